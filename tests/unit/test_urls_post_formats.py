"""Where a post goes (urls.BlogUrls.post): URL formats and their placeholders, each engine's
style, Jekyll's and Hugo's permalinks, and the listing pages' own paths per style."""

from __future__ import annotations

import datetime as dt

import pytest

from mkdocs_blogposts.urls import STYLES, BlogUrls, PathProblem, PostSource, UrlStyleName

MAY_FIRST = dt.datetime(2024, 5, 1, 9, 30, tzinfo=dt.timezone.utc)


def source(src_uri: str, title: str = "Hello, World 2.0", **fields: object) -> PostSource:
    return PostSource(src_uri, title, fields.pop("date", MAY_FIRST), **fields)  # type: ignore[arg-type]


def post_url(fmt: str, src: PostSource, blog_dir: str = "blog", **options: object) -> str | None:
    return BlogUrls(blog_dir, **options).with_style(post=fmt).post(src)  # type: ignore[arg-type]


DATED = source("blog/posts/2024-05-01-my-post.md", categories=("Big News", "Other"))


@pytest.mark.parametrize(("fmt", "expected"), [
    ("{date}/{slug}", "blog/2024/05/01/hello-world-20.md"),
    ("{year}/{month}/{day}/{file}", "blog/2024/05/01/2024-05-01-my-post.md"),
    ("{name}", "blog/my-post.md"),
    ("{title}", "blog/hello-world-2.0.md"),
    ("{categories}/{slug}", "blog/Big News/hello-world-20.md"),
    ("{path}.html", "blog/posts/2024-05-01-my-post.html"),
    ("{path}.htm", "blog/posts/2024-05-01-my-post.htm"),
    ("{path}/", "blog/posts/2024-05-01-my-post.md"),
    ("/{slug}/", "hello-world-20.md"),
    ("/{year}/{slug}.html", "2024/hello-world-20.html"),
    ("{date}", "blog/2024/05/01.md"),
    ("X{year}", "blog/X2024.md"),
    ("/X{year}", "X2024.md"),
])
def test_post_url_format_placeholders(fmt: str, expected: str) -> None:
    assert post_url(fmt, DATED) == expected


def test_the_default_format_keeps_mkdocs_url() -> None:
    assert BlogUrls("blog").post(DATED) is None


def test_a_blog_at_the_site_root() -> None:
    src = source("2024-05-01-my-post.md")
    assert post_url("{date}/{name}", src, blog_dir="") == "2024/05/01/my-post.md"


@pytest.mark.parametrize(("src_uri", "file", "name"), [
    ("blog/2024-05-01-my-post.md", "2024-05-01-my-post", "my-post"),
    ("blog/2024-5-1-my-post.md", "2024-5-1-my-post", "my-post"),
    ("blog/x/2024-05-01-folder-post/index.md", "2024-05-01-folder-post", "folder-post"),
    ("blog/x/readme-post/README.md", "readme-post", "readme-post"),
    ("blog/index.md", "index", "index"),
    ("blog/plain.mdx", "plain", "plain"),
    ("blog/2024-05-01.md", "2024-05-01", "2024-05-01"),  # named only by its date
])
def test_file_and_name_of_a_post(src_uri: str, file: str, name: str) -> None:
    assert post_url("{file}", source(src_uri)) == f"blog/{file}.md"
    assert post_url("{name}", source(src_uri)) == f"blog/{name}.md"


def test_path_of_a_folder_post_is_its_folder() -> None:
    assert post_url("{path}/", source("blog/a/b/index.md")) == "blog/a/b.md"
    assert post_url("{path}/", source("blog/a/README.md")) == "blog/a.md"


def test_front_matter_slug_wins_over_the_title() -> None:
    src = source("blog/x.md", slug="my-own")
    assert post_url("{year}/{slug}", src) == "blog/2024/my-own.md"
    assert post_url("{year}/{slug}", source("blog/x.md", slug_title="Other Title")) == \
        "blog/2024/other-title.md"


def test_categories_are_their_slugs_up_to_the_maximum() -> None:
    def term_slug(kind: str, label: str) -> str:
        return f"{kind[:3]}-{label.lower().replace(' ', '-')}"

    urls = BlogUrls("blog", term_slug=term_slug)
    src = source("blog/x.md", categories=("Big News", "Other", "Third"))
    assert urls.with_style(post="{categories}/{year}").post(src) == "blog/cat-big-news/2024.md"
    assert urls.with_style(post="{categories}/{year}", max_categories=2).post(src) == \
        "blog/cat-big-news/cat-other/2024.md"
    assert urls.with_style(post="{categories}/{year}", category_path="lower").post(src) == \
        "blog/big news/2024.md"
    assert urls.with_style(post="{categories}/{year}").post(source("blog/x.md")) == \
        "blog/2024.md"


def test_post_date_format_is_babel_in_the_locale() -> None:
    src = source("blog/x.md", title="Hi")
    assert post_url("{date}/{slug}", src) == "blog/2024/05/01/hi.md"
    urls = BlogUrls("blog").with_style(post="{date}/{slug}", post_date="yyyy/MMM")
    assert urls.post(src) == "blog/2024/May/hi.md"
    french = BlogUrls("blog", locale="fr").with_style(post="{date}/{slug}", post_date="MMMM-yy")
    assert french.post(src) == "blog/mai-24/hi.md"


@pytest.mark.parametrize(("locale", "pattern", "date"), [
    ("en", "short", "5/1/24"), ("en", "medium", "May 1, 2024"), ("en", "long", "May 1, 2024"),
    ("en", "full", "Wednesday, May 1, 2024"), ("fr", "long", "1 mai 2024"),
    ("en", "yyyy/HH", "2024/09"),
])
def test_post_date_formats_by_name_are_dates(locale: str, pattern: str, date: str) -> None:
    urls = BlogUrls("blog", locale=locale).with_style(post="{date}", post_date=pattern)
    assert urls.post(source("blog/x.md")) == f"blog/{date}.md"


def test_date_placeholders_keep_the_day_the_date_writes() -> None:
    late = dt.datetime(2024, 5, 1, 23, 30, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
    src = source("blog/x.md", title="Hi", date=late)
    assert post_url("{date}/{year}-{month}-{day}", src) == "blog/2024/05/01/2024-05-01.md"


@pytest.mark.parametrize(("separator", "expected"), [
    ("-", "hello-world-20"), ("_", "hello_world_20")])
def test_slug_separator(separator: str, expected: str) -> None:
    assert post_url("{slug}", DATED, slug_separator=separator) == f"blog/{expected}.md"


def test_post_slugify_is_called_with_the_title_and_separator() -> None:
    calls: list[tuple[str, str]] = []

    def slugify(title: str, separator: str) -> str:
        calls.append((title, separator))
        return title.upper().replace(" ", separator)

    assert post_url("{slug}", source("blog/x.md", title="A b"), post_slugify=slugify,
                    slug_separator="+") == "blog/A+B.md"
    assert calls == [("A b", "+")]


def test_post_slugify_result_is_made_a_string() -> None:
    assert post_url("{slug}", DATED, post_slugify=lambda title, sep: 42) == "blog/42.md"


def test_a_failing_post_slugify_is_a_path_problem_naming_the_option() -> None:
    def slugify(title: str, separator: str) -> str:
        raise RuntimeError("boom")

    with pytest.raises(PathProblem) as caught:
        post_url("{slug}", source("blog/x.md", title="Hi"), post_slugify=slugify)
    assert str(caught.value) == "post_slugify failed on 'Hi' (RuntimeError: boom)"
    assert caught.value.field == "post_slugify"


def test_long_parts_are_capped_but_the_path_kept() -> None:
    path = post_url("{slug}", source("blog/x.md", title="word " * 60))
    assert path is not None
    part = path.removeprefix("blog/").removesuffix(".md")
    assert len(part.encode()) == 200
    assert part.startswith("word-word-")
    assert post_url("{slug}", source("blog/x.md", slug="é" * 100)) == f"blog/{'é' * 100}.md"


# -- styles --------------------------------------------------------------------------------


@pytest.mark.parametrize(("style", "src", "expected"), [
    ("material", source("blog/posts/2024-05-01-my-post.md"), "blog/2024/05/01/hello-world-20.md"),
    ("material", source("blog/posts/x.md", slug="own"), "blog/2024/05/01/own.md"),
    ("docusaurus", source("blog/2024-05-01-my-post.md"), "blog/2024/05/01/my-post.md"),
    ("docusaurus", source("blog/2024/05/01/my-post.md"), "blog/2024/05/01/my-post.md"),
    ("docusaurus", source("blog/2023-9-7-folder/index.mdx"), "blog/2023/9/7/folder.md"),
    ("docusaurus", source("blog/sub/2023-09-07-x.md"), "blog/2023/09/07/sub/x.md"),
    ("docusaurus", source("blog/undated-post.md"), "blog/undated-post.md"),
    ("docusaurus", source("blog/2024-05-01-my-post.md", slug="/a/b/"), "blog/a/b.md"),
    ("docusaurus", source("blog/x.md", slug="/Xmas/"), "blog/Xmas.md"),
    ("hugo", source("blog/Posts/My Post.md"), "blog/posts/my-post.md"),
    ("hugo", source("blog/Posts/My Post.md", slug="Own"), "blog/posts/Own.md"),
    ("hugo", source("blog/bundle/index.md"), "blog/bundle.md"),
    ("hugo", source("blog/a/b/c.md", slug="own"), "blog/a/b/own.md"),
    ("jekyll", source("blog/2024-05-01-my-post!.md", categories=("Big News", "Two")),
     "blog/big news/two/2024/05/01/my-post!.html"),
    ("jekyll", source("blog/2024-05-01-x.md", slug="Own Slug"), "blog/2024/05/01/Own-Slug.html"),
])
def test_post_url_in_each_style(style: UrlStyleName, src: PostSource, expected: str) -> None:
    assert BlogUrls("blog", STYLES[style]).post(src) == expected


def test_hugo_slug_without_front_matter_is_the_urlized_title() -> None:
    urls = BlogUrls("blog", STYLES["hugo"]).with_style(post="{year}/{slug}")
    assert urls.post(source("blog/x.md", title="Hello, World 2.0")) == \
        "blog/2024/hello-world-2.0.md"
    custom = BlogUrls("blog", STYLES["hugo"], post_slugify=lambda t, s: "mine")
    assert custom.with_style(post="{slug}").post(DATED) == "blog/mine.md"


@pytest.mark.parametrize(("style", "paths"), [
    ("mkdocs", ("blog/tags/ai/index.md", "blog/categories/x/index.md", "blog/authors/index.md",
                "blog/archive/2024/index.md", "blog/tags/ai/page/2/index.md")),
    ("material", ("blog/tags/ai.md", "blog/category/x.md", "blog/author/index.md",
                  "blog/archive/2024.md", "blog/tags/ai/page/2.md")),
    ("jekyll", ("blog/tags/ai/index.md", "blog/categories/x/index.md", "blog/authors/index.md",
                "blog/archive/2024/index.md", "blog/tags/ai/page/2/index.md")),
])
def test_listing_pages_in_each_style(style: UrlStyleName, paths: tuple[str, ...]) -> None:
    urls = BlogUrls("blog", STYLES[style])
    assert (urls.term("tag", "ai"), urls.term("category", "x"), urls.term_index("author"),
            urls.archive(dt.date(2024, 5, 1)), urls.paged(urls.term("tag", "ai"), 2)) == paths
    assert urls.paged(urls.index, 2) == "blog/page/2/index.md"


# -- permalinks ----------------------------------------------------------------------------


@pytest.mark.parametrize(("permalink", "expected"), [
    ("/:year/:month/:day/:title/", "2024/05/01/my-post/index.md"),
    ("/:categories/:year/:i_month/:i_day/:title:output_ext", "news/2024/05/01/my-post.html"),
    ("/:name/:slug/:unknown", "2024-05-01-my-post/hello-world-20/:unknown.md"),
    ("/", "index.md"),
    ("/about", "about.md"),
    ("/about.html", "about.html"),
    ("about/", "about/index.md"),
    ("/a//./b", "a/b.md"),
    ("/Xmas/", "Xmas/index.md"),
])
def test_jekyll_permalink_from_the_site_root(permalink: str, expected: str) -> None:
    src = source("blog/2024-05-01-my-post.md", categories=("News",), permalink=permalink)
    assert BlogUrls("blog", STYLES["jekyll"]).post(src) == expected


def test_jekyll_permalink_title_is_the_front_matter_slug_when_set() -> None:
    src = source("blog/2024-05-01-x.md", slug="Custom Slug", permalink="/:title/:slug")
    assert BlogUrls("blog").post(src) == "Custom-Slug/Custom Slug.md"


@pytest.mark.parametrize(("permalink", "slug", "expected"), [
    ("/:section/:year/:month/:day/:title/", "", "blog/2024/05/01/hello-world-2.0/index.md"),
    ("/:slug/:slugorfilename/:filename", "", "hello-world-20/2024-05-01-p/2024-05-01-p.md"),
    ("/:contentbasename/:slugorcontentbasename", "", "2024-05-01-p/2024-05-01-p.md"),
    ("/:slugorfilename/:slug/:name", "S", "S/S/:name.md"),
])
def test_hugo_url_tokens(permalink: str, slug: str, expected: str) -> None:
    src = source("blog/posts/2024-05-01-p.md", slug=slug, permalink=permalink,
                 permalink_is_hugo=True)
    assert BlogUrls("blog").post(src) == expected


@pytest.mark.parametrize(("hugo", "field"), [(False, "permalink"), (True, "url")])
def test_a_permalink_leaving_the_site_names_its_field(hugo: bool, field: str) -> None:
    src = source("blog/x.md", permalink="/../../etc/x", permalink_is_hugo=hugo)
    with pytest.raises(PathProblem) as caught:
        BlogUrls("blog").post(src)
    assert str(caught.value) == "'/../../etc/x' leads outside the site"
    assert caught.value.field == field


def test_a_slug_leaving_the_site_names_the_slug() -> None:
    with pytest.raises(PathProblem) as caught:
        BlogUrls("blog", STYLES["docusaurus"]).post(source("blog/x.md", slug="../../up"))
    assert (str(caught.value), caught.value.field) == ("'../../up' leads outside the site", "slug")
    with pytest.raises(PathProblem) as caught:
        post_url("/{slug}", source("blog/x.md", slug="../up"))
    assert (str(caught.value), caught.value.field) == ("'../up' leads outside the site", "slug")
    with pytest.raises(PathProblem) as caught:
        post_url("{slug}", source("blog/x.md", slug="../../up"))
    assert (str(caught.value), caught.value.field) == ("'../../up' leads outside the site", "slug")


def test_a_format_leaving_the_site_names_the_options() -> None:
    with pytest.raises(PathProblem) as caught:
        post_url("/../{year}", source("blog/x.md"))
    assert str(caught.value) == "'/../2024' leads outside the site"
    assert caught.value.field == "post URL (url_style, post_url_format)"


def test_a_long_value_is_shortened_in_the_message() -> None:
    permalink = "/" + "a" * 1200
    with pytest.raises(PathProblem) as caught:
        BlogUrls("blog").post(source("blog/x.md", permalink=permalink))
    assert str(caught.value) == f"'/{'a' * 76}...' makes a path longer than 1,000 bytes"
    longer = "/" + "a\\" * 40
    assert len(longer) == 81
    with pytest.raises(PathProblem) as caught:
        BlogUrls("blog").post(source("blog/x.md", permalink=longer))
    shown = longer[:77] + "..."
    assert str(caught.value) == f"{shown!r} holds a control character or a backslash"
    short = "/" + "a\\" * 39 + "b"
    assert len(short) == 80
    with pytest.raises(PathProblem) as caught:
        BlogUrls("blog").post(source("blog/x.md", permalink=short))
    assert str(caught.value) == f"{short!r} holds a control character or a backslash"
