"""Paths of listing pages (pages 2+, term pages, archives, the feeds page), the pages a user's
file may stand in for (is_generated), data files, and redirect pages (urls.BlogUrls)."""

from __future__ import annotations

import datetime as dt

import pytest

from mkdocs_blogposts.urls import STYLES, BlogUrls

DEFAULT_TERMS = {"tag": "tags/{slug}", "author": "authors/{slug}", "category": "categories/{slug}"}


@pytest.mark.parametrize(("first", "number", "expected"), [
    ("blog/index.md", 1, "blog/index.md"),
    ("blog/index.md", 2, "blog/page/2/index.md"),
    ("blog/tags/ai/index.md", 3, "blog/tags/ai/page/3/index.md"),
    ("blog/category/x.md", 1, "blog/category/x.md"),
    ("blog/category/x.md", 3, "blog/category/x/page/3.md"),
    ("blog/archive/2024.md", 2, "blog/archive/2024/page/2.md"),
])
def test_material_pages_of_a_listing(first: str, number: int, expected: str) -> None:
    assert BlogUrls("blog", STYLES["material"]).paged(first, number) == expected


@pytest.mark.parametrize(("pagination", "first", "expected"), [
    ("p{page}", "blog/index.md", "blog/p2/index.md"),
    ("p{page}", "blog/tags/x/index.md", "blog/tags/x/p2/index.md"),
    ("p{page}", "blog/tags/x.md", "blog/tags/x/p2/index.md"),
    ("/p/{page}/", "blog/index.md", "blog/p/2/index.md"),
    ("p/./{page}", "blog/index.md", "blog/p/2/index.md"),
])
def test_pagination_url_format(pagination: str, first: str, expected: str) -> None:
    assert BlogUrls("blog").with_style(pagination=pagination).paged(first, 2) == expected


@pytest.mark.parametrize(("label", "page", "folder"), [
    ("Mara Voss", "blog/people/Mara Voss/index.md", "blog/people/Mara Voss"),
    ("a/b\\c", "blog/people/a-b-c/index.md", "blog/people/a-b-c"),
    ("/Mara/", "blog/people/Mara/index.md", "blog/people/Mara"),
    ("..", "blog/people/mara/index.md", "blog/people/mara"),
    ("", "blog/people/mara/index.md", "blog/people/mara"),
    ("-/-", "blog/people/mara/index.md", "blog/people/mara"),
    ("Xena-", "blog/people/Xena/index.md", "blog/people/Xena"),
    ("X", "blog/people/X/index.md", "blog/people/X"),
])
def test_author_pages_by_name(label: str, page: str, folder: str) -> None:
    urls = BlogUrls("blog").with_style(terms={**DEFAULT_TERMS, "author": "people/{name}"})
    assert urls.term("author", "mara", label) == page
    assert urls.term_folder("author", "mara", label) == folder
    assert urls.feed_folder(("author", "mara", label)) == folder  # feeds beside the page
    assert urls.term("author", "mara") == "blog/people/mara/index.md"


def test_long_term_folders_are_capped() -> None:
    page = BlogUrls("blog").term("tag", "x" * 250)
    folder = page.removeprefix("blog/tags/").removesuffix("/index.md")
    assert len(folder) == 200
    assert folder.startswith("x" * 190)
    assert BlogUrls("blog").term("tag", "x" * 200) == f"blog/tags/{'x' * 200}/index.md"


def test_term_and_archive_indexes_are_their_formats_first_folder() -> None:
    urls = BlogUrls("blog").with_style(
        archive="years/y{date}/list",
        terms={"tag": "x/y/{slug}/z", "author": "{slug}", "category": "cat-{slug}/{slug}"})
    assert urls.archive_index == "blog/years/index.md"
    assert urls.archive(dt.date(2024, 1, 1)) == "blog/years/y2024/list/index.md"
    assert urls.term_index("tag") == "blog/x/y/index.md"
    assert urls.term_index("author") == "blog/index.md"
    assert urls.term_index("category") == "blog/index.md"
    assert urls.term("category", "x") == "blog/cat-x/x/index.md"
    people = BlogUrls("blog").with_style(terms={**DEFAULT_TERMS, "author": "people/{slug}/{name}"})
    assert people.term_index("author") == "blog/people/index.md"


@pytest.mark.parametrize(("locale", "pattern", "day", "key", "page"), [
    ("en", "yyyy", dt.date(2024, 5, 1), "2024", "blog/archive/2024/index.md"),
    ("en", "yyyy/MM", dt.date(2024, 5, 1), "2024/05", "blog/archive/2024/05/index.md"),
    ("de", "MMMM yyyy", dt.date(2024, 3, 1), "März 2024", "blog/archive/März 2024/index.md"),
    ("en", "long", dt.date(2024, 3, 1), "March 1, 2024", "blog/archive/March 1, 2024/index.md"),
])
def test_archive_pages(locale: str, pattern: str, day: dt.date, key: str, page: str) -> None:
    urls = BlogUrls("blog", locale=locale).with_style(archive_date=pattern)
    assert urls.archive_key(day) == key
    assert urls.archive(day) == page


def test_a_blog_at_the_site_root() -> None:
    urls = BlogUrls("")
    assert (urls.index, urls.term("tag", "a"), urls.term_index("tag"), urls.feeds_index,
            urls.archive_index, urls.stylesheet(), urls.feed_folder(None)) == (
        "index.md", "tags/a/index.md", "tags/index.md", "feeds/index.md",
        "archive/index.md", "feed.css", "")
    assert BlogUrls("blog").feeds_index == "blog/feeds/index.md"
    assert BlogUrls("blog").archive_index == "blog/archive/index.md"


@pytest.mark.parametrize(("blog_dir", "src_uri", "below"), [
    ("blog", "blog/a/b.md", "a/b.md"), ("news/blog", "news/blog/x.md", "x.md"),
    ("", "a/b.md", "a/b.md"),
])
def test_below_the_blog(blog_dir: str, src_uri: str, below: str) -> None:
    assert BlogUrls(blog_dir).below(src_uri) == below


@pytest.mark.parametrize(("blog_dir", "name", "path"), [
    ("blog", "{blog}/posts", "blog/posts"), ("blog", ".authors.yml", "blog/.authors.yml"),
    ("blog", "../x.yml", "x.yml"), ("blog", "./a/../b.yml", "blog/b.yml"),
    ("", "{blog}/posts", "posts"), ("", "a.yml", "a.yml"), ("", "{blog}", "."),
])
def test_data_files(blog_dir: str, name: str, path: str) -> None:
    assert BlogUrls(blog_dir).data_file(name) == path


@pytest.mark.parametrize(("src_uri", "generated"), [
    ("blog/tags.md", True), ("blog/tags/index.md", True), ("blog/tags/ai/index.md", True),
    ("blog/tags/ai.md", True), ("blog/page/2/index.md", True), ("blog/index.md", True),
    ("blog/README.md", True), ("blog/feeds.md", True), ("blog/archive/2024.md", True),
    ("blog/categories/README.md", True), ("blog/authors/a.md", True),
    ("blog/posts/x.md", False), ("other/tags.md", False), ("blog/tagsx.md", False),
    ("blog/x/index.md", False), ("blog/posts/tags.md", False), ("blog/my-index.md", False),
])
def test_pages_a_user_may_write_for_ours(src_uri: str, generated: bool) -> None:
    assert BlogUrls("blog").is_generated(src_uri) is generated


def test_generated_pages_follow_the_formats() -> None:
    urls = BlogUrls("").with_style(terms={"tag": "t/{slug}", "author": "people/x/{slug}",
                                          "category": "{slug}"},
                                   archive="years/{date}", pagination="p/{page}")
    for src_uri in ("t/a.md", "people/x/b/index.md", "years/2024.md", "p/2/index.md",
                    "feeds/index.md", "index.md", "t.md"):
        assert urls.is_generated(src_uri), src_uri
    for src_uri in ("tags/a.md", "categories/a.md", "archive/2024.md", "page/2/index.md",
                    "a.md", "people.md", "a/t.md"):
        assert not urls.is_generated(src_uri), src_uri


def test_only_the_index_is_generated_without_folders() -> None:
    urls = BlogUrls("blog").with_style(terms={"tag": "{slug}", "author": "{slug}",
                                              "category": "{slug}"},
                                       archive="{date}", pagination="{page}")
    assert urls.is_generated("blog/index.md")
    assert urls.is_generated("blog/feeds.md")
    assert not urls.is_generated("blog/a.md")
    assert not urls.is_generated("blog/2/index.md")


# -- redirects -----------------------------------------------------------------------------


@pytest.mark.parametrize(("alias", "page_url", "relative", "file"), [
    ("/2022/05/19/x.html", "blog/x/", False, "2022/05/19/x.html"),
    ("/old/", "blog/x/", False, "old/index.html"),
    ("old", "blog/x/", False, "old.html"),
    ("old/", "blog/x/", False, "old/index.html"),
    (" /old.htm ", "blog/x/", False, "old.htm"),
    ("/a/../b", "blog/x/", False, "b.html"),
    ("old", "blog/2024/x/", True, "blog/2024/old/index.html"),
    ("../old/", "blog/2024/x/", True, "blog/old/index.html"),
    ("/old", "blog/x/", True, "old/index.html"),
    ("x.htm", "a/b/", True, "a/x.htm"),
    ("x", "b.html", True, "x/index.html"),
    ("/Xmas/", "blog/x/", False, "Xmas/index.html"),
    ("X", "blog/x/", False, "X.html"),
    ("old", "blog/X/", True, "blog/old/index.html"),
    ("/..x/y", "blog/x/", False, "..x/y.html"),  # a folder named "..x" is inside the site
])
def test_redirect_pages(alias: str, page_url: str, relative: bool, file: str) -> None:
    assert BlogUrls.redirect(alias, page_url, relative_to_page=relative) == file


@pytest.mark.parametrize(("alias", "relative"), [
    ("", False), ("  ", True), ("https://example.org/x", False), ("//example.org/x", False),
    ("mailto://x", True), ("/", False), ("/.", False), ("/..", False), ("/../x", False),
    ("../../..", True), ("..", True),
])
def test_redirects_that_would_leave_the_site(alias: str, relative: bool) -> None:
    assert BlogUrls.redirect(alias, "blog/x/", relative_to_page=relative) is None
