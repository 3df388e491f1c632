"""Moving a real blog over: Material's blog (its options, its URLs), Docusaurus folder posts,
Hugo aliases, Jekyll permalinks, Astro's MDX. Each layout is built and its exact URLs,
listings and redirects checked, with `use_directory_urls` both ways."""

from __future__ import annotations

import posixpath
from typing import TYPE_CHECKING

import pytest
from bs4 import BeautifulSoup

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from conftest import Site

# A Material blog with the options real Material blogs set (10+), as Material lays it out.
MATERIAL_POSTS: dict[str, str | bytes] = {
    "blog/index.md": "# Blog\n",
    "blog/.authors.yml": """
        authors:
          squidfunk:
            name: Martin Donath
            description: Creator
            avatar: https://example.org/a.png
          alex:
            name: Alex Voss
            description: Writer
            avatar: https://example.org/b.png
        """,
    "blog/posts/search.md": """
        ---
        date: 2021-09-13
        authors: [squidfunk]
        categories: [Search, Performance]
        title: "Search: better, faster, smaller"
        ---

        # Search: better, faster, smaller

        Intro.

        <!-- more -->

        Rest, with ![a figure](search/figure.png).
        """,
    "blog/posts/search/figure.png": b"\x89PNG\r\n\x1a\n",
    "blog/posts/chinese.md": """
        ---
        date:
          created: 2022-05-05
          updated: 2022-06-01
        authors: [squidfunk, alex]
        categories: [Search]
        ---

        # Chinese search support \u2013 中文搜索支持

        Text.
        """,
    "blog/posts/mkdocs-2.md": """
        ---
        date: 2026-02-18
        authors: [squidfunk]
        categories: [General]
        slug: mkdocs-2.0
        pin: true
        ---

        # What MkDocs 2.0 means

        Text.
        """,
    "blog/posts/gitter.md": """
        ---
        date: 2023-10-02
        authors: [alex]
        categories: [General, Community]
        readtime: 7
        links:
          - blog/posts/search.md
          - Setup: blog/posts/chinese.md#text
        ---

        # Sunsetting Gitter: Towards Efficient Community Engagement

        Text.
        """,
    "blog/posts/draft.md": """
        ---
        date: 2024-01-05
        authors: [alex]
        categories: [General]
        draft: true
        ---

        # Work in progress

        Text.
        """,
    "blog/posts/nested/deep-post.md": """
        ---
        date: 2024-03-07
        authors: [squidfunk]
        categories: [Release Notes]
        ---

        # Deep post v1.2.3!

        Text.
        """,
}
MATERIAL_OPTIONS = {
    "post_date_format": "medium",
    "post_url_date_format": "yyyy/MM/dd",
    "post_url_format": "{date}/{slug}",
    "post_excerpt": "optional",
    "post_excerpt_max_authors": 2,
    "post_readtime": True,
    "archive_url_date_format": "yyyy",
    "categories_url_format": "category/{slug}",
    "authors_file": "{blog}/.authors.yml",
    "pagination_per_page": 2,
    "draft_on_serve": True,
    "blog_toc": True,
    "archive_name": "Archive",
    "categories_name": "Categories",
    "pagination_format": "~2~",
}


def written_pages(site: Path, below: str = "blog") -> set[str]:
    """URL of every HTML page written below `below` (as with use_directory_urls)."""
    pages = set()
    for path in (site / below).rglob("*.html"):
        rel = path.relative_to(site).as_posix()
        pages.add(rel.removesuffix("index.html") if rel.endswith("/index.html") else rel)
    return pages


def post_pages(site: Path, titles: set[str]) -> dict[str, str]:
    """Page URL by post title, for pages whose `<h1>` is one of `titles`."""
    found = {}
    for page in written_pages(site):
        path = site / (page + "index.html" if page.endswith("/") else page)
        heading = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").find("h1")
        if heading and heading.get_text(strip=True).rstrip("¶") in titles:
            found[heading.get_text(strip=True).rstrip("¶")] = page
    return found


TITLES = {"Search: better, faster, smaller", "Chinese search support \u2013 中文搜索支持",
          "What MkDocs 2.0 means", "Sunsetting Gitter: Towards Efficient Community Engagement",
          "Deep post v1.2.3!"}


@pytest.fixture
def material_site(site: Site) -> Site:
    site.config["theme"] = {"name": "material", "font": False}
    site.write(MATERIAL_POSTS)
    return site


def test_material_blog_moves_over_with_one_word(material_site: Site, tmp_path: Path,
                                                 warnings: Callable[[], list[str]],
                                                 caplog: pytest.LogCaptureFixture) -> None:
    site = material_site
    site.config["plugins"] = ["search", {"blog": MATERIAL_OPTIONS}]
    material = site.build(strict=False)
    theirs = post_pages(material, TITLES)
    their_pages = written_pages(material)
    assert len(theirs) == 5  # the fixture is a valid Material blog
    site.out = tmp_path / "ours"
    site.config["plugins"] = ["search", {"blogposts": {"url_style": "material",
                                                        **MATERIAL_OPTIONS}}]
    ours_dir = site.build()  # --strict: no warning about any option
    assert warnings() == []
    assert [r.getMessage() for r in caplog.records if "no meaning here" in r.getMessage()] == [
        "mkdocs_blogposts: options of Material's blog plugin with no meaning here, left "
        "unused: blog_toc, pagination_format"]
    ours = post_pages(ours_dir, TITLES)
    assert ours == theirs  # every post at Material's URL
    assert ours["What MkDocs 2.0 means"] == "blog/2026/02/18/mkdocs-2.0/"
    assert ours["Deep post v1.2.3!"] == "blog/2024/03/07/deep-post-v123/"
    # Category, archive and index pages Material has, we have at the same URLs.
    assert their_pages - written_pages(ours_dir) <= {
        page for page in their_pages if "/author/" in page}
    assert (ours_dir / "blog/category/release-notes/index.html").is_file()
    # Images below posts/ are published at the blog folder, as Material does.
    assert (ours_dir / "blog/search/figure.png").is_file()
    assert (material / "blog/search/figure.png").is_file()
    post = site.html("blog/2021/09/13/search-better-faster-smaller/index.html")
    figure = post.select_one(".md-content .md-typeset > p img")  # not an author's avatar
    assert figure["src"] == "../../../../search/figure.png"


@pytest.mark.parametrize("use_directory_urls", [True, False])
def test_material_urls_exact(material_site: Site, use_directory_urls: bool) -> None:
    site = material_site
    site.config["use_directory_urls"] = use_directory_urls
    site.plugin_options(url_style="material", authors_file="{blog}/.authors.yml",
                        pagination_per_page=2, categories_pagination_per_page=1,
                        archive_url_date_format="yyyy/MM")
    site.build()

    def page(path: str) -> str:
        return path + "index.html" if use_directory_urls else path.rstrip("/") + ".html"

    posts = ["blog/2021/09/13/search-better-faster-smaller/",
             "blog/2022/05/05/chinese-search-support--中文搜索支持/",
             "blog/2026/02/18/mkdocs-2.0/",
             "blog/2023/10/02/sunsetting-gitter-towards-efficient-community-engagement/",
             "blog/2024/03/07/deep-post-v123/"]
    for path in [*posts, "blog/category/search/", "blog/category/general/",
                 "blog/category/release-notes/", "blog/archive/2021/09/",
                 "blog/archive/2026/02/", "blog/author/squidfunk/"]:
        assert (site.out / page(path)).is_file(), path
    assert (site.out / "blog/page/2/index.html").is_file()
    paged = "blog/category/general/page/2/" if use_directory_urls else \
        "blog/category/general/page/2.html"
    assert (site.out / (paged + "index.html" if use_directory_urls else paged)).is_file()
    # The pinned post is first on the index and its category, newest first elsewhere.
    index = site.html(site.dest("blog/index.md"))
    titles = [a.get_text() for a in index.select(".blogposts-card-title a")]
    assert titles[0] == "What MkDocs 2.0 means"
    assert index.select_one(".blogposts-card .blogposts-pinned")
    # Old file-path URLs redirect to the new ones.
    old = "blog/posts/search/" if use_directory_urls else "blog/posts/search.html"
    redirect = site.text(old + "index.html" if use_directory_urls else old)
    soup = BeautifulSoup(redirect, "html.parser")
    assert soup.find("meta", attrs={"name": "robots"})["content"] == "noindex"
    target = soup.find("a")["href"]
    resolved = posixpath.normpath(posixpath.join(posixpath.dirname(old if not
                                  use_directory_urls else old + "index.html"), target))
    assert resolved.rstrip("/") + ("/" if use_directory_urls else "") == \
        posts[0].rstrip("/") + ("/" if use_directory_urls else ".html")
    assert soup.find("link", rel="canonical")["href"] == (
        "https://example.org/sub/" + (posts[0] if use_directory_urls
                                      else posts[0].rstrip("/") + ".html"))
    # Bylines and cards name categories; readtime and links from the front matter.
    gitter = site.html(page(posts[3]))
    assert [a.get_text() for a in gitter.select(".blogposts-categories a")] == [
        "General", "Community"]
    assert "7 min read" in gitter.select_one(".blogposts-byline").get_text()
    links = gitter.select(".blogposts-links a")
    assert [a.get_text() for a in links] == ["Search: better, faster, smaller", "Setup"]
    assert links[1]["href"].endswith(("#text", ".html#text"))
    for path in posts:
        assert site.broken_links(page(path)) == [], path
    assert site.broken_links(site.dest("blog/index.md")) == []


def test_docusaurus_folder_posts_keep_their_urls(site: Site, warnings) -> None:
    site.config["use_directory_urls"] = True
    # GraphQL is not in tags.yml: Docusaurus warns about such inline tags too.
    site.plugin_options(url_style="docusaurus", validation={"unknown_tags": "info"})
    site.write({
        "blog/2024-05-21-folder-post/index.md": """
            ---
            title: Folder post
            authors: [alice]
            tags: [known, GraphQL]
            ---

            A folder post with ![an image](diagram.png) and <img src="diagram.png" alt="raw">.

            <!-- truncate -->

            More.
            """,
        "blog/2024-05-21-folder-post/diagram.png": b"\x89PNG\r\n\x1a\n",
        "blog/2018-1-5-short-date.md": "---\ntitle: Short date\n---\n\nText.\n",
        "blog/2019-01-01-slug-rel.md": "---\ntitle: Slug rel\nslug: my-custom-slug\n---\n\nT.\n",
        "blog/2019-01-02-slug-abs.md": "---\ntitle: Slug abs\nslug: /abs/custom\n---\n\nT.\n",
        "blog/no-date-post.md": "---\ntitle: No date\ndate: 2020-01-01\n---\n\nT.\n",
        "blog/2023-03-04-mdx-post/index.mdx": """
            ---
            title: MDX post
            authors: [alice]
            ---

            import Tabs from '@theme/Tabs';
            import TabItem from '@theme/TabItem';

            Intro text.

            {/* truncate */}

            <Tabs>
            <TabItem value="a" label="First">

            Tab content.

            </TabItem>
            </Tabs>
            """,
        "blog/tags.yml": "known:\n  label: Known Label\n  permalink: /custom-known\n",
        "blog/authors.yml": """
            alice:
              name: Alice
              title: Engineer
              email: alice@example.org
              image_url: https://example.org/alice.png
              page: true
              socials:
                github: alice
                x: https://x.com/alice
            """,
    }).build()
    urls = {
        "blog/2024/05/21/folder-post/": "Folder post",
        "blog/2018/1/5/short-date/": "Short date",
        "blog/my-custom-slug/": "Slug rel",
        "blog/abs/custom/": "Slug abs",
        "blog/no-date-post/": "No date",
        "blog/2023/03/04/mdx-post/": "MDX post",
    }
    for url, title in urls.items():
        page = site.html(url + "index.html")
        assert page.find("h1").get_text(strip=True).rstrip("¶") == title, url
        assert site.broken_links(url + "index.html") == [], url
    listed = [a.get_text() for a in site.html("blog/index.html").select(".blogposts-card-title a")]
    assert sorted(listed) == sorted(urls.values())
    folder = site.html("blog/2024/05/21/folder-post/index.html")
    assert (site.out / "blog/2024/05/21/folder-post/diagram.png").is_file()
    assert [img["src"] for img in folder.select(".md-content img, [role=main] img")
            if "blogposts" not in " ".join(img.get("class", []))
            and img.find_parent(class_="blogposts-byline") is None][:2] == [
        "diagram.png", "diagram.png"]
    # Tags: the tags file's permalink, else lodash's kebab case as Docusaurus makes them.
    assert (site.out / "blog/tags/custom-known/index.html").is_file()
    assert (site.out / "blog/tags/graph-ql/index.html").is_file()
    alice = site.html("blog/authors/alice/index.html")
    assert [a["href"] for a in alice.select(".blogposts-profile a[rel=me]")] == [
        "https://github.com/alice", "https://x.com/alice"]
    # The data files are read, never published (the authors file holds emails).
    assert not (site.out / "blog/authors.yml").exists()
    assert not (site.out / "blog/tags.yml").exists()
    mdx = site.html("blog/2023/03/04/mdx-post/index.html")
    assert "import Tabs" not in mdx.get_text()
    assert "Tab content." in mdx.get_text()
    assert "<Tabs>" not in site.text("blog/2023/03/04/mdx-post/index.html")
    # Old MkDocs URLs of moved posts redirect.
    assert "blog/2024/05/21/folder-post/" in site.text("blog/2024-05-21-folder-post/index.html")
    assert warnings() == []


@pytest.mark.parametrize("use_directory_urls", [True, False])
def test_hugo_blog_with_aliases(site: Site, use_directory_urls: bool, warnings) -> None:
    site.config["use_directory_urls"] = use_directory_urls
    site.plugin_options(blog_dir="posts", url_style="hugo")
    site.write({
        "posts/my-first-post.md": """
            +++
            title = "My First Post"
            date = 2024-05-21T10:00:00Z
            aliases = ["/2024/05/21/my-first-post.html", "old-relative", "/old/path/"]
            tags = ["C++", "Hello World"]
            +++

            Text.
            """,
        "posts/slugged.md": "---\ntitle: Slugged\ndate: 2024-05-20\nslug: Custom Slug\n---\n\nT.\n",
        "posts/Bundle Post/index.md": "---\ntitle: Bundle\ndate: 2024-05-19\n---\n\nT.\n",
        "posts/urled.md": "---\ntitle: URLed\ndate: 2024-05-18\nurl: /Custom/URL/\n"
                          f"aliases: [/{'about/' if use_directory_urls else 'about.html'}]\n"
                          "---\n\nT.\n",
        "about.md": "# About\n\nA real page: no alias may replace it.\n",
    }).build(strict=False)

    def page(path: str) -> str:
        return path + "index.html" if use_directory_urls else path.rstrip("/") + ".html"

    for path, title in {page("posts/my-first-post/"): "My First Post",
                        page("posts/Custom Slug/"): "Slugged", page("posts/bundle-post/"): "Bundle",
                        "Custom/URL/index.html": "URLed"}.items():  # a url: ending in / is a folder
        assert site.html(path).find("h1").get_text(strip=True).rstrip("¶") == title, path
    for alias in ["2024/05/21/my-first-post.html", "posts/old-relative/index.html",
                  "old/path/index.html"]:
        soup = BeautifulSoup(site.text(alias), "html.parser")
        target = soup.find("meta", attrs={"http-equiv": "refresh"})["content"]
        assert "my-first-post" in target, alias
    assert "A real page" in site.text(page("about/"))
    assert [w for w in warnings() if "already" in w] == [
        f"posts/urled.md: aliases: {page('about/')!r} is a page of the site already (about.md); "
        "no redirect is written there"]
    assert (site.out / "posts/tags/c++/index.html").is_file()
    assert (site.out / "posts/tags/hello-world/index.html").is_file()


@pytest.mark.parametrize("use_directory_urls", [True, False])
def test_jekyll_posts_keep_their_html_urls(site: Site, use_directory_urls: bool,
                                           warnings) -> None:
    site.config["use_directory_urls"] = use_directory_urls
    site.plugin_options(url_style="jekyll", post_url_format=(
        "/{categories}/{year}/{month}/{day}/{name}.html"))
    site.write({
        "blog/2013-05-06-jekyll-1-0-0-released.md": """
            ---
            title: Jekyll 1.0.0 Released
            date: "2013-05-06 02:12:52 +0200"
            categories: [Release]
            redirect_from: [/news/1-0/, /old-release]
            ---

            Text.
            """,
        "blog/2014-01-01-Mixed_Case Name (v2)!.md": "---\ntitle: Mixed\n---\n\nT.\n",
        "blog/2015-02-02-permalinked.md": "---\ntitle: Permalinked\n"
                                          "permalink: /custom/:year/:title/\n---\n\nT.\n",
    }).build()
    # The date in the site's zone (UTC): 00:12:52 UTC on May 6th.
    assert site.html("release/2013/05/06/jekyll-1-0-0-released.html").find("h1")
    assert (site.out / "2014/01/01/Mixed_Case-Name-(v2)!.html").is_file()
    # A permalink ending in / is a folder, as Jekyll writes it.
    assert (site.out / "custom/2015/permalinked/index.html").is_file()
    for old in ["news/1-0/index.html", "old-release.html"]:
        assert "jekyll-1-0-0-released.html" in site.text(old), old
    assert warnings() == []


def test_astro_mdx_posts_are_posts(site: Site) -> None:
    site.write({
        "blog/using-mdx.mdx": """
            ---
            title: 'Using MDX'
            description: 'Lorem ipsum dolor sit amet'
            pubDate: 'Jun 01 2024'
            ---

            import HeaderLink from '../../components/HeaderLink.astro';

            This theme comes with the [@astrojs/mdx](https://docs.astro.build/) integration.

            <HeaderLink href="#" onclick="alert('clicked!')">Embedded component in MDX</HeaderLink>

            ```js
            import x from 'kept-in-code';
            ```
            """,
    }).build()
    page = site.html("blog/using-mdx/index.html")
    text = page.get_text()
    assert "This theme comes with" in text
    assert "import HeaderLink" not in text
    assert "import x from 'kept-in-code';" in text
    assert not page.find(attrs={"onclick": True})
    assert not (site.out / "blog/using-mdx.mdx").exists()
    assert [a.get_text() for a in site.html("blog/index.html").select(
        ".blogposts-card-title a")] == ["Using MDX"]


def test_blog_at_the_site_root(site: Site) -> None:
    site.plugin_options(blog_dir=".", url_style="material")
    site.write({
        "index.md": "# Welcome\n\nThe blog is the site.\n",
        "posts/hello.md": "---\ndate: 2024-01-02\ncategories: [News]\n---\n\n# Hello there\n\nT.\n",
        "about.md": "# About\n\nNot a post.\n",
    }).build()
    assert (site.out / "2024/01/02/hello-there/index.html").is_file()
    home = site.html("index.html")
    assert "The blog is the site." in home.get_text()
    assert [a.get_text() for a in home.select(".blogposts-card-title a")] == ["Hello there"]
    assert (site.out / "category/news/index.html").is_file()
    assert (site.out / "feed.xml").is_file()
    assert "About" not in [a.get_text() for a in home.select(".blogposts-card-title a")]


def test_folder_index_is_a_post_but_generated_paths_are_not(site: Site, warnings) -> None:
    site.write({
        "blog/trip/index.md": "---\ntitle: A trip\ndate: 2024-02-02\ntags: [travel]\n---\n\nT.\n",
        "blog/tags.md": "# All our tags\n\nMaterial's tags plugin page.\n",
        "blog/README.md": "Notes for writers.\n",
    }).build()
    index = site.html("blog/index.html")
    assert [a.get_text() for a in index.select(".blogposts-card-title a")] == ["A trip"]
    # blog/README.md is MkDocs' index of blog/: the user's blog index, listing included.
    assert "Notes for writers." in index.get_text()
    # blog/tags.md has the URL of the tags index: the user's version of it.
    tags = site.html("blog/tags/index.html")
    assert "Material's tags plugin page." in tags.get_text()
    assert [a.get_text() for a in tags.select(".blogposts-cloud a")] == ["travel"]
    assert warnings() == []


def test_a_folder_of_markdown_with_no_post_says_why(site: Site, warnings) -> None:
    site.write({
        "blog/one.md": "# One\n\nNo date here.\n",
        "blog/two.md": "---\ntitle: Two\ndate: 2024-01-01\ndraft: true\n---\n\nT.\n",
    }).build(strict=False)
    assert ("blog/: 2 Markdown files, but no post is listed: 1 could not be read as posts "
            "(see the messages above); 1 drafts") in warnings()


# Blog blocks of real Material sites, verbatim but for `archive_file` (not an option of
# Material's either: MkDocs warns about it there too).
REAL_CONFIGS = {
    "shafish": ("newBlog", {
        "blog_dir": "newBlog", "blog_toc": True, "post_date_format": "long",
        "post_url_date_format": "yyyy/MM/dd", "post_url_format": "{slug}",
        "post_excerpt": "required", "post_excerpt_max_authors": 1,
        "post_excerpt_separator": "<!-- more -->", "archive_name": "shafish 的归档",
        "archive_toc": True, "archive_date_format": "MMMM yyyy",
        "archive_url_date_format": "yyyy/MM", "archive_url_format": "archive/{date}",
        "categories_name": "shafish 的标签", "categories_toc": True,
        "categories_url_format": "category/{slug}", "pagination_per_page": 10,
        "pagination_format": "$link_first $link_previous ~2~ $link_next $link_last",
        "pagination_keep_content": True, "draft": True, "draft_if_future_date": True}),
    "mazaiguo": ("blog", {
        "blog_dir": "blog", "post_dir": "{blog}/posts", "post_date_format": "full",
        "post_url_format": "{date}/{slug}", "pagination_per_page": 10,
        "pagination_url_format": "page/{page}", "authors_file": "{blog}/.authors.yml",
        "blog_toc": True, "categories_toc": True, "archive": True, "archive_name": "归档",
        "archive_date_format": "YYYY年MM月", "archive_url_format": "archive/{date}",
        "archive_toc": True, "categories": True, "categories_name": "分类",
        "categories_url_format": "category/{slug}"}),
}


@pytest.mark.parametrize("name", list(REAL_CONFIGS))
def test_real_material_configs_build_with_blog_replaced(site: Site, name: str,
                                                        warnings) -> None:
    blog, options = REAL_CONFIGS[name]
    site.config["theme"] = {"name": "material", "font": False, "language": "zh"}
    site.config["plugins"] = ["search", {"blogposts": {"url_style": "material", **options}}]
    site.write({
        f"{blog}/index.md": "# Blog\n",
        f"{blog}/.authors.yml": "authors:\n  shafish:\n    name: shafish\n"
                                "    description: x\n    avatar: a.png\n",
        "a.png": b"\x89PNG\r\n\x1a\n",  # Material reads an avatar path from the site root
        f"{blog}/posts/docker_note.md": "---\ntitle: 容器日常\nauthors: [shafish]\ndate:\n"
                                        "  created: 2022-07-10\n  updated: 2023-10-25\n"
                                        "categories: [docker, linux]\n---\n\nIntro.\n\n"
                                        "<!-- more -->\n\nRest.\n",
        f"{blog}/posts/CPP/VC获取时间.md": "---\ntitle: VC获取时间\ndate: 2023-12-22\n"
                                          "categories: [windows程序]\n---\n\nA.\n\n"
                                          "<!-- more -->\n\nB.\n",
    }).build()
    assert warnings() == []
    if name == "shafish":
        paths = ["newBlog/容器日常/", "newBlog/vc获取时间/", "newBlog/archive/2022/07/",
                 "newBlog/category/docker/"]
    else:
        paths = ["blog/2022/07/10/容器日常/", "blog/2023/12/22/vc获取时间/",
                 "blog/archive/2023/", "blog/category/windows程序/"]
    for path in paths:
        assert (site.out / path / "index.html").is_file(), path


def test_beside_mkdocs_redirects_and_materials_tags(site: Site, warnings) -> None:
    site.config["theme"] = {"name": "material", "font": False}
    site.config["plugins"] = [
        "search", "tags",
        {"redirects": {"redirect_maps": {"old-home.md": "index.md",
                                         "blog/posts/one/index.md": "index.md"}}},
        {"blogposts": {"url_style": "material"}}]
    site.write({
        "blog/posts/one.md": "---\ndate: 2024-01-02\ntags: [AI]\naliases: [/legacy/one/]\n---\n\n"
                             "# One\n\nText.\n",
    }).build()
    assert warnings() == []
    assert "being redirected" in site.text("old-home/index.html")  # mkdocs-redirects' own
    assert "2024/01/02/one/" in site.text("legacy/one/index.html")  # ours
    # Where both write one (the post's old URL), mkdocs-redirects' redirect wins.
    assert "being redirected" in site.text("blog/posts/one/index.html")
    # Material's tags plugin shows the post's tags: our byline leaves them out.
    post = site.html("blog/2024/01/02/one/index.html")
    assert not post.select(".blogposts-byline a[rel=tag]")
    assert (site.out / "blog/tags/ai/index.html").is_file()


def test_author_pages_by_name_keep_their_feeds_and_links_beside_them(site: Site) -> None:
    site.plugin_options(authors_profiles_url_format="people/{name}")
    site.write({
        "blog/posts/a.md": "---\ntitle: A\ndate: 2024-01-02\nauthor: Ann Lee\n---\n\nText.\n",
        "news.md": '# News\n\n<!-- blogposts:latest 3 author="Ann Lee" -->\n',
    }).build()
    assert (site.out / "blog/people/Ann Lee/index.html").is_file()
    assert (site.out / "blog/people/Ann Lee/feed.xml").is_file()
    assert not (site.out / "blog/people/ann-lee").exists()
    head = site.html("blog/people/Ann Lee/index.html").find_all("link", rel="alternate")
    assert "https://example.org/sub/blog/people/Ann%20Lee/feed.xml" in [x["href"] for x in head]
    assert site.broken_links("news/index.html") == []
    more = site.html("news/index.html").select_one(".blogposts--latest .blogposts-more a")
    assert site.resolve("news/index.html", more["href"]).startswith("blog/people/Ann%20Lee")


def test_a_latest_marker_naming_no_term_is_reported(site: Site, warnings) -> None:
    site.write({
        "blog/posts/a.md": "---\ntitle: A\ndate: 2024-01-02\ntags: [AI]\n---\n\nText.\n",
        "news.md": '# News\n\n<!-- blogposts:latest 3 tag="Ai" -->\n\n'
                   '<!-- blogposts:latest 3 tag="Nope" -->\n',
    }).build(strict=False)
    assert [a.get_text() for a in site.html("news/index.html").select(".blogposts-latest a")] \
        == ["A"]
    assert warnings() == ['news.md: <!-- blogposts:latest tag="Nope" -->: no tag of the blog is '
                          "called 'Nope'; the marker is left out"]
