"""A folder of posts becomes a blog: listings, tag and author pages, bylines, feeds."""

from __future__ import annotations

import json
import logging

import feedparser
import pytest
from conftest import ASTRO_POSTS, THEMES, Site
from mkdocs.exceptions import Abort

TITLES_NEWEST_FIRST = ["First post", "Second post", "Material style", "Jekyll style"]


@pytest.mark.parametrize("use_directory_urls", [True, False])
@pytest.mark.parametrize("theme", THEMES)
def test_posts_become_a_blog(site: Site, theme: str, use_directory_urls: bool) -> None:
    site.config["theme"] = {"name": theme}
    site.config["use_directory_urls"] = use_directory_urls
    site.write(ASTRO_POSTS).build()

    index = site.html(site.dest("blog/index.md"))
    titles = [a.get_text(strip=True) for a in index.select(".blogposts-card-title a")]
    assert titles == TITLES_NEWEST_FIRST
    assert index.find("h1").get_text() == "Blog"

    # One page per tag (AI and ai are one tag, C++ gets its own slug), author and category.
    for src in ["blog/tags/ai/index.md", "blog/tags/engineering/index.md",
                "blog/tags/llm/index.md", "blog/tags/c-plus-plus/index.md",
                "blog/tags/release/index.md", "blog/tags/cli/index.md",
                "blog/tags/index.md", "blog/authors/index.md",
                "blog/authors/omair-khan/index.md", "blog/authors/squidfunk/index.md",
                "blog/categories/release/index.md", "blog/archive/2025/index.md"]:
        assert (site.out / site.dest(src)).is_file(), src
    ai = site.html(site.dest("blog/tags/ai/index.md"))
    assert [a.get_text(strip=True) for a in ai.select(".blogposts-card-title a")] == [
        "First post", "Material style"]

    tags_index = site.html(site.dest("blog/tags/index.md"))
    counts = {li.a.get_text(): li.select_one(".blogposts-count").get_text()
              for li in tags_index.select(".blogposts-terms li")}
    assert counts["AI"] == "2"
    assert counts["Engineering"] == "2"

    author = site.html(site.dest("blog/authors/squidfunk/index.md"))
    assert author.find("h1").get_text() == "Martin Donath"
    assert "Creator" in author.select_one(".blogposts-profile").get_text()
    assert author.select_one(".blogposts-avatar")["src"] == "https://example.org/avatar.png"

    # Post page: h1 added when the body has none, byline with <time>, links to pages.
    post_dest = site.dest("blog/posts/first-post.md")
    post = site.html(post_dest)
    h1s = post.find_all("h1")
    assert [h.get_text(strip=True).rstrip("¶") for h in h1s] == ["First post"]
    byline = post.select_one(".blogposts-byline")
    assert byline.find("time")["datetime"] == "2026-01-05T00:00:00+00:00"
    assert byline.find("time").get_text() == "January 5, 2026"
    assert [a.get_text() for a in byline.select("a[rel=author]")] == ["Omair Khan"]
    assert [a.get_text() for a in byline.select("a[rel=tag]")] == ["AI", "Engineering", "LLM"]
    # The body's own h1 is kept and gets the byline under it.
    second = site.html(site.dest("blog/posts/second-post.md"))
    assert len(second.find_all("h1")) == 1
    assert second.find("h1").find_next_sibling("div")["class"][0] == "blogposts-byline"

    for src in ["blog/index.md", "blog/tags/index.md", "blog/tags/ai/index.md",
                "blog/authors/squidfunk/index.md", "blog/posts/first-post.md",
                "blog/posts/second-post.md", "blog/archive/2025/index.md"]:
        assert site.broken_links(site.dest(src)) == [], src

    # Every page links the blog's feeds in <head>; tag pages also their own.
    home = site.html(site.dest("index.md"))
    alternates = {link["href"]: link["type"] for link in home.select("head link[rel=alternate]")}
    assert alternates == {
        "https://example.org/sub/blog/feed.xml": "application/rss+xml",
        "https://example.org/sub/blog/atom.xml": "application/atom+xml",
        "https://example.org/sub/blog/feed.json": "application/feed+json",
    }
    ai_alternates = [link["href"] for link in ai.select("head link[rel=alternate]")]
    assert "https://example.org/sub/blog/tags/ai/feed.xml" in ai_alternates

    post_url = "https://example.org/sub/" + (
        "blog/posts/first-post/" if use_directory_urls else "blog/posts/first-post.html")
    for name in ["feed.xml", "atom.xml"]:
        feed = feedparser.parse(site.text(f"blog/{name}"))
        assert feed.bozo == 0, feed.get("bozo_exception")
        assert [e.title for e in feed.entries] == TITLES_NEWEST_FIRST
        first = feed.entries[0]
        assert first.link == post_url
        assert first.id == post_url
        assert first.published_parsed[:3] == (2026, 1, 5)
        assert {t.term for t in first.tags} == {"AI", "Engineering", "LLM"}
        assert first.author == "Omair Khan"
        assert first.summary == "The very first post."
        # Relative links of the post are absolute in the feed content.
        content = first.content[0].value
        assert 'href="https://example.org/sub/blog/posts/second-post' in content
    json_feed = json.loads(site.text("blog/feed.json"))
    assert json_feed["version"] == "https://jsonfeed.org/version/1.1"
    assert [i["title"] for i in json_feed["items"]] == TITLES_NEWEST_FIRST

    ai_feed = feedparser.parse(site.text("blog/tags/ai/feed.xml"))
    assert ai_feed.bozo == 0
    assert [e.title for e in ai_feed.entries] == ["First post", "Material style"]


def test_material_looks_native(site: Site) -> None:
    site.config["theme"] = {"name": "material", "font": False}
    site.write(ASTRO_POSTS).build()
    index = site.html("blog/index.html")
    card = index.select_one("article.blogposts-card")
    assert "md-post" in card["class"]
    assert card.select("a.md-tag")  # Material's own tag chips
    post = site.html("blog/posts/first-post/index.html")
    assert post.select_one(".blogposts-byline.md-meta")
    # Material adds its own <h1> only when the content has none: exactly one here.
    assert len(post.find_all("h1")) == 1


def test_pagination_ten_a_page(site: Site) -> None:
    posts = {
        f"blog/posts/p{n:02d}.md": f"---\ntitle: Post {n:02d}\ndate: 2025-01-{n:02d}\n---\n\nx\n"
        for n in range(1, 24)
    }
    site.write(posts).build()
    first = site.html("blog/index.html")
    assert len(first.select(".blogposts-card")) == 10
    assert first.select_one(".blogposts-card-title a").get_text() == "Post 23"
    next_href = first.select_one(".blogposts-pagination a[rel=next]")["href"]
    assert site.resolve("blog/index.html", next_href) == "blog/page/2"
    third = site.html("blog/page/3/index.html")
    assert [a.get_text() for a in third.select(".blogposts-card-title a")] == [
        "Post 03", "Post 02", "Post 01"]
    prev_href = third.select_one(".blogposts-pagination a[rel=prev]")["href"]
    assert site.resolve("blog/page/3/index.html", prev_href) == "blog/page/2"
    assert not (site.out / "blog/page/4").exists()
    assert site.broken_links("blog/page/2/index.html") == []
    assert len(feedparser.parse(site.text("blog/feed.xml")).entries) == 20


def test_long_pagination_shows_a_window_of_pages(site: Site) -> None:
    # 12 pages: listing every number on every page would grow with the square of the posts.
    posts = {
        f"blog/posts/p{n:02d}.md": f"---\ntitle: Post {n:02d}\ndate: 2025-01-{n:02d}\n---\n\nx\n"
        for n in range(1, 13)
    }
    site.plugin_options(posts_per_page=1).write(posts).build()

    def shown(rel: str) -> list[str]:
        return [item.get_text() for item in site.html(rel).select(
            ".blogposts-pagination > a:not([rel]), .blogposts-pagination > span")]

    assert shown("blog/index.html") == ["1", "2", "3", "…", "12"]
    assert shown("blog/page/6/index.html") == ["1", "…", "4", "5", "6", "7", "8", "…", "12"]
    assert shown("blog/page/4/index.html") == ["1", "2", "3", "4", "5", "6", "…", "12"]
    page6 = site.html("blog/page/6/index.html")
    assert page6.select_one(".blogposts-pagination [aria-current=page]").get_text() == "6"
    hrefs = {a.get_text(): a["href"] for a in page6.select(".blogposts-pagination > a")}
    assert site.resolve("blog/page/6/index.html", hrefs["1"]) == "blog"
    assert site.resolve("blog/page/6/index.html", hrefs["12"]) == "blog/page/12"
    assert site.broken_links("blog/page/6/index.html") == []


def test_users_own_page_keeps_its_text(site: Site) -> None:
    site.write({
        **ASTRO_POSTS,
        "blog/index.md": "# Our blog\n\nIntro text.\n",
        "blog/tags/index.md": "# All tags\n\nBefore.\n\n<!-- blogposts:listing -->\n\nAfter.\n",
    }).build()
    index = site.html("blog/index.html")
    assert index.find("h1").get_text(strip=True).rstrip("¶") == "Our blog"
    text = index.select_one("[role=main]").get_text()
    assert text.index("Intro text.") < text.index("First post")
    tags = site.text("blog/tags/index.html")
    assert tags.index("Before.") < tags.index("blogposts-terms") < tags.index("After.")
    assert "<!-- blogposts:listing -->" not in tags


def test_nothing_written_to_docs(site: Site) -> None:
    site.write({**ASTRO_POSTS, "index.md": "# Home\n"})
    before = sorted(p.relative_to(site.docs) for p in site.docs.rglob("*"))
    site.build()
    assert sorted(p.relative_to(site.docs) for p in site.docs.rglob("*")) == before


def test_without_site_url_one_warning_and_no_feeds(site: Site, warnings) -> None:
    del site.config["site_url"]
    site.write(ASTRO_POSTS).build(strict=False)
    assert [w for w in warnings() if "site_url" in w] == [
        "site_url is not set in mkdocs.yml: feeds need absolute links, so no feeds are "
        "written (set site_url, or 'feeds: false')"]
    assert not (site.out / "blog/feed.xml").exists()
    assert "rel=\"alternate\"" not in site.text("index.html")
    with pytest.raises(Abort):
        site.build(strict=True)


def test_rebuild_with_same_plugin_forgets_removed_tag(site: Site) -> None:
    site.write(ASTRO_POSTS).build()
    plugin = site.last_config.plugins["blogposts"]
    assert (site.out / "blog/tags/llm/index.html").is_file()
    site.write({"blog/posts/first-post.md": ASTRO_POSTS["blog/posts/first-post.md"].replace(
        '"LLM"', '"Agents"')})
    site.build()
    assert site.last_config.plugins["blogposts"] is plugin  # as under `mkdocs serve`
    assert not (site.out / "blog/tags/llm").exists()
    assert (site.out / "blog/tags/agents/index.html").is_file()
    first = site.html("blog/posts/first-post/index.html")
    assert [a.get_text() for a in first.select("a[rel=tag]")] == ["AI", "Engineering", "Agents"]
    assert "LLM" not in site.text("blog/feed.xml")


def test_serve_rebuild_reads_only_changed_front_matter(site: Site, caplog) -> None:
    # Under serve, front matter is kept by a digest of each post's text: an edit is a new
    # text, so it is parsed again and its new values show; unchanged posts keep theirs.
    caplog.set_level(logging.DEBUG, logger="mkdocs.plugins")
    site.write(ASTRO_POSTS).build(command="serve", serve_url="http://127.0.0.1:8000/sub/")

    def hits() -> list[str]:
        return [r.getMessage() for r in caplog.records if "not parsed again" in r.getMessage()]

    # (MkDocs may hand this test a plugin object an earlier one used: no count here.)
    assert len(hits()) == 1
    caplog.clear()
    site.write({"blog/posts/first-post.md": ASTRO_POSTS["blog/posts/first-post.md"].replace(
        '"First post"', '"First post, renamed"').replace('"LLM"', '"Agents"')})
    site.build(command="serve", serve_url="http://127.0.0.1:8000/sub/")
    assert hits() == ["mkdocs_blogposts: front matter of 3 of 4 posts unchanged since the "
                      "last build: not parsed again"]
    index = site.html("blog/index.html")
    assert [a.get_text() for a in index.select(".blogposts-card-title a")] == [
        "First post, renamed", "Second post", "Material style", "Jekyll style"]
    assert (site.out / "blog/tags/agents/index.html").is_file()
    assert not (site.out / "blog/tags/llm").exists()
    second = site.html("blog/posts/second-post/index.html")
    assert [a.get_text() for a in second.select("a[rel=tag]")] == ["Engineering", "C++"]
    assert second.select_one(".blogposts-byline time")["datetime"] == "2025-07-08T00:00:00+00:00"
    # A plain `mkdocs build` keeps no such cache.
    caplog.clear()
    site.build()
    assert hits() == []


def test_bad_front_matter_is_reported_built_and_not_listed(site: Site, warnings) -> None:
    site.write({
        **ASTRO_POSTS,
        "blog/posts/broken-yaml.md": "---\ntitle: [unclosed\n---\n\nBody of broken.\n",
        "blog/posts/bad-tags.md": "---\ntitle: Bad tags\ndate: 2025-01-01\n"
                                  "tags: {a: 1}\n---\n\nBody.\n",
        "blog/posts/bad-date.md": "---\ntitle: Bad date\ndate: someday\n---\n\nBody.\n",
    }).build(strict=False)
    found = warnings()
    assert "blog/posts/broken-yaml.md: front matter: invalid YAML at line 3, column 1: " \
           "expected ',' or ']', but got '<stream end>' (while parsing a flow sequence " \
           "started at line 2, column 8)" in found
    assert "blog/posts/bad-tags.md: tags: expected a list or a comma-separated string, " \
           "got {'a': 1}" in found
    assert any(w.startswith("blog/posts/bad-date.md: date: expected a date") for w in found)
    for page in ["broken-yaml", "bad-tags", "bad-date"]:
        assert (site.out / f"blog/posts/{page}/index.html").is_file()
    listed = [a.get_text() for a in site.html("blog/index.html").select(
        ".blogposts-card-title a")]
    assert listed == TITLES_NEWEST_FIRST
    assert "Bad tags" not in site.text("blog/feed.xml")
    with pytest.raises(Abort):
        site.build(strict=True)


def test_hostile_strings_stay_text(site: Site) -> None:
    site.write({
        "blog/posts/xss.md": """
            ---
            title: "Tom & Jerry <script>alert(1)</script>"
            date: 2025-05-05
            author: "<img src=x onerror=alert(1)>"
            tags: ["<b>bold</b>", "a&b"]
            description: "Quotes \\" and <i>markup</i>"
            ---

            Body.
            """,
    }).build()
    for rel in ["blog/index.html", "blog/posts/xss/index.html", "blog/tags/index.html",
                "blog/authors/index.html"]:
        soup = site.html(rel)
        assert not soup.find("script", string="alert(1)"), rel
        assert not soup.find("b", string="bold"), rel
        assert not soup.select("img[onerror]"), rel
    index = site.html("blog/index.html")
    assert index.select_one(".blogposts-card-title a").get_text() == \
        "Tom & Jerry <script>alert(1)</script>"
    tag_pages = sorted(p.name for p in (site.out / "blog/tags").iterdir() if p.is_dir())
    assert tag_pages == ["a-b", "b-bold-b"]
    # A hostile label's own page: its heading and title are the label as text.
    tag_page = site.html("blog/tags/b-bold-b/index.html")
    heading = tag_page.find("h1")
    assert heading.get_text() == "<b>bold</b>"
    assert heading.find(True) is None
    assert tag_page.title.get_text().startswith("<b>bold</b>")
    author_page = site.html("blog/authors/img-src-x-onerror-alert-1/index.html")
    assert author_page.find("h1").get_text() == "<img src=x onerror=alert(1)>"
    assert not author_page.select("img[onerror]")
    for name in ["feed.xml", "atom.xml"]:
        feed = feedparser.parse(site.text(f"blog/{name}"))
        assert feed.bozo == 0
        assert feed.entries[0].title == "Tom & Jerry alert(1)"  # a title is text in feeds
    for rel in ["blog/index.html", "blog/posts/xss/index.html", "blog/feed.xml",
                "blog/atom.xml"]:
        assert "<script>alert" not in site.text(rel), rel
        assert "<b>bold" not in site.text(rel), rel


def test_drafts_only_in_serve(site: Site) -> None:
    draft = {"blog/posts/draft.md": "---\ntitle: Secret draft\ndate: 2025-06-01\n"
                                    "draft: true\ntags: [hidden-tag]\n---\n\nWIP.\n"}
    site.write({**ASTRO_POSTS, **draft}).build()
    assert not (site.out / "blog/posts/draft").exists()
    assert not (site.out / "blog/tags/hidden-tag").exists()
    assert "Secret draft" not in site.text("blog/index.html")
    assert "Secret draft" not in site.text("blog/feed.xml")

    site.build(command="serve", serve_url="http://127.0.0.1:8000/sub/")
    assert (site.out / "blog/posts/draft/index.html").is_file()
    index = site.html("blog/index.html")
    assert "Secret draft" in index.get_text()
    assert index.select_one(".blogposts-draft")
    assert "Secret draft" not in site.text("blog/feed.xml")


def test_dates_from_every_engine(site: Site) -> None:
    site.config["site_url"] = "https://example.org/"
    site.plugin_options(timezone="Asia/Kolkata")
    site.write({
        "blog/posts/a.md": "---\ntitle: A\npubDate: 'Jul 08 2022'\n---\n\nx\n",
        "blog/posts/b.md": "---\ntitle: B\ndate: 2025-01-29 18:15:32 +0530\n---\n\nx\n",
        "blog/posts/c.md": "---\ntitle: C\ndate:\n  created: 2023-11-30\n"
                           "  updated: 2023-12-02\n---\n\nx\n",
        "blog/2021-04-01-d.md": "---\ntitle: D\n---\n\nx\n",
        "blog/posts/e.md": "---\ntitle: E\ndate: '2024-02-03T04:05:06Z'\n---\n\nx\n",
    }).build()
    times = {
        a.get_text(): a.find_parent("article").find("time")["datetime"]
        for a in site.html("blog/index.html").select(".blogposts-card-title a")
    }
    assert times == {
        "B": "2025-01-29T18:15:32+05:30",
        "E": "2024-02-03T04:05:06+00:00",
        "C": "2023-11-30T00:00:00+05:30",
        "A": "2022-07-08T00:00:00+05:30",
        "D": "2021-04-01T00:00:00+05:30",
    }
    assert list(times) == ["B", "E", "C", "A", "D"]
    c_page = site.html("blog/posts/c/index.html")
    assert [t["datetime"] for t in c_page.select(".blogposts-byline time")] == [
        "2023-11-30T00:00:00+05:30", "2023-12-02T00:00:00+05:30"]
    # A date-only post is that calendar day everywhere, feeds included.
    rss = feedparser.parse(site.text("blog/feed.xml"))
    assert {e.title: e.published for e in rss.entries}["A"] == "Fri, 08 Jul 2022 00:00:00 +0530"


def test_automatic_nav_has_blog_section_without_posts(site: Site) -> None:
    site.write(ASTRO_POSTS).build()
    nav = site.html("index.html").select_one(".navbar-nav")
    links = [a.get_text(strip=True) for a in nav.select("a.dropdown-item")]
    assert links == ["Blog", "Archive", "Authors", "Categories", "Tags"]
    assert "First post" not in nav.get_text()


def test_explicit_nav_is_respected(site: Site) -> None:
    site.config["nav"] = ["index.md", {"News": "blog/index.md"},
                          {"Launch": "blog/posts/first-post.md"}]
    site.write(ASTRO_POSTS).build()
    nav = site.html("index.html").select_one(".navbar-nav")
    assert [a.get_text(strip=True) for a in nav.select("a.nav-link")] == [
        "Home", "News", "Launch"]
