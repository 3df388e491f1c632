"""Excerpts cut from rendered HTML, the post HTML kept across serve rebuilds, head tags
(render/excerpts.py, render/post_html.py, render/head.py, render/i18n.py)."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from bs4 import BeautifulSoup
from helpers import Findings, author, post

from mkdocs_blogposts.feeds.plan import FeedSettings
from mkdocs_blogposts.plan.blog import Blog
from mkdocs_blogposts.plan.listings import plan_listings
from mkdocs_blogposts.read.dates import PostDate
from mkdocs_blogposts.render.excerpts import clean, cut_excerpt, first_paragraph
from mkdocs_blogposts.render.head import HeadTags, insert_into_head, json_ld
from mkdocs_blogposts.render.i18n import DateTexts, parse_locale
from mkdocs_blogposts.render.post_html import PostHtml
from mkdocs_blogposts.urls import BlogUrls


@pytest.mark.parametrize(("html", "excerpt", "more"), [
    ("<p>A</p><!-- more --><p>B</p>", "<p>A</p>", True),
    ("<p>A</p><!-- truncate --><p>B</p>", "<p>A</p>", True),
    ("<p>A</p><p>B</p>", "", False),
    ('<h1 id="t">Title<a class="headerlink" href="#t">¶</a></h1><p id="x">A</p><!-- more -->',
     "<p>A</p>", True),
    ("<ul><li>one</li><li>two<!-- more --></li></ul>", "<ul><li>one</li><li>two</li></ul>", True),
    ("<p>A</p><!-- truncate --><p>B</p><!-- more -->", "<p>A</p>", True),
])
def test_cut_excerpt(html: str, excerpt: str, more: bool) -> None:
    assert cut_excerpt(html) == (excerpt, more)


def test_first_paragraph_and_clean() -> None:
    html = '<h1>T</h1><div><p id="a">First <b>x</b></p></div><p>Second</p>'
    assert first_paragraph(html) == '<p id="a">First <b>x</b></p>'
    assert clean(first_paragraph(html)) == "<p>First <b>x</b></p>"
    assert first_paragraph("<div>no paragraph</div>") == ""
    assert clean("  ") == ""
    assert clean("text <i>open") == "text <i>open</i>"
    assert clean("<head><title>x</title></head><p>A</p>") == "<p>A</p>"
    assert first_paragraph("<p>open <p>second</p>") == "<p>open <p>second</p>"


# Thousands of openers without closers in a post's raw HTML: each is passed over once (a scan
# from each to the end took the square of the size; benchmarks/hostile.py times this).
@pytest.mark.parametrize("html", [
    "<p " * 60_000, "<p>" * 60_000 + "x", "<head>" * 60_000 + "<p>x</p>",
    '<a class="headerlink" href="#">' * 40_000 + "<p>x</p>",
])
def test_unclosed_openers(html: str) -> None:
    excerpt = clean(first_paragraph(html) or html[:2000])
    assert "<head" not in excerpt
    assert cut_excerpt(html + "<!-- more -->")[1] is True


def test_post_html_serves_only_the_current_source() -> None:
    store = PostHtml()
    store.start_build({"a.md": "d1", "b.md": "d2"}, keep_html={"a.md"})
    store.store("a.md", "<p>A</p><!-- more --><p>rest</p>")
    store.store("b.md", "<p>B</p><p>C</p>")
    parts = store.parts("a.md")
    assert parts is not None
    assert (parts.excerpt, parts.more, parts.first_paragraph) == ("<p>A</p>", True, "")
    assert store.get("a.md") == "<p>A</p><!-- more --><p>rest</p>"
    parts_b = store.parts("b.md")
    assert parts_b is not None
    assert (parts_b.excerpt, parts_b.first_paragraph, parts_b.html) == ("", "<p>B</p>", None)
    assert store.get("b.md", "none kept") == "none kept"
    # Next build: a.md changed (another digest), b.md is gone.
    store.start_build({"a.md": "d3"}, keep_html={"a.md"})
    assert store.parts("a.md") is None
    assert store.get("a.md") == ""
    assert store.parts("b.md") is None
    assert store.parts("missing.md") is None


def test_locales_and_dates() -> None:
    assert str(parse_locale("pt-BR")) == "pt_BR"
    assert str(parse_locale("pt_BR")) == "pt_BR"
    assert str(parse_locale("xx-nope")) == "en"
    assert str(parse_locale(None)) == "en"
    day = PostDate(dt.datetime(2024, 3, 1, tzinfo=dt.timezone(dt.timedelta(hours=9))),
                   date_only=True)
    assert DateTexts(parse_locale("de"), "long")(day).text == "1. März 2024"
    assert DateTexts(parse_locale("en"), "d MMM y")(day).text == "1 Mar 2024"
    shown = DateTexts(parse_locale("en"), "long")
    assert shown(day) is shown(day)
    assert shown(day).iso == "2024-03-01T00:00:00+09:00"


def test_insert_into_head_and_json_ld() -> None:
    assert insert_into_head("<head><title>x</title></head>", "<meta>") == (
        "<head><title>x</title><meta></head>")
    assert insert_into_head("<p>no head</p>", "<meta>") == "<p>no head</p>"
    assert insert_into_head("<head></head>", "") == "<head></head>"
    script = json_ld({"name": "</script><script>alert(1)</script>"})
    inner = script.removeprefix('<script type="application/ld+json">').removesuffix(
        "</script>\n")
    assert "<" not in inner
    assert json.loads(inner) == {"name": "</script><script>alert(1)</script>"}


HEAD_BLOG = Blog.collect(
    [post("a", "2025-01-02", tags=("AI",), authors=(author("ann", "Ann <A>",
                                                           url="https://ann.org"),),
          description='Desc "q"', image="assets/c.png",
          updated=PostDate(dt.datetime(2025, 2, 1, tzinfo=dt.timezone.utc))),
     post("b", "2025-01-01", tags=("AI",), image="javascript:alert(1)")],
    now=dt.datetime(2030, 1, 1, tzinfo=dt.timezone.utc), include_future=False, preview=False,
    report=Findings())


def head_tags(site_url: str = "https://e.org/sub/") -> HeadTags:
    feeds = FeedSettings(site_url="https://e.org/sub/", site_name="S", urls=BlogUrls("blog"),
                         language="en", limit=10, full_content=True, formats=("rss",))
    urls = {"blog/a.md": "blog/a/", "blog/b.md": "blog/b/", "blog/index.md": "blog/",
            "blog/page/2/index.md": "blog/page/2/", "assets/c.png": "assets/c.png"}
    return HeadTags(HEAD_BLOG, site_url, "S", urls.get, feeds)


def meta_of(html: str) -> dict[str, list[str]]:
    soup = BeautifulSoup(html, "html.parser")
    found: dict[str, list[str]] = {}
    for tag in soup.find_all("meta"):
        found.setdefault(tag["property"], []).append(tag["content"])
    return found


def post_head(tags: HeadTags, src_uri: str, page_url: str, *,
              theme_canonical: bool = False) -> str:
    """What a post page's head gets, the theme having written a canonical link or not."""
    theirs = '<link rel="canonical" href="theirs">' if theme_canonical else ""
    page = f"<html><head>{theirs}</head><body></body></html>"
    written = tags.parts(page_url, post=HEAD_BLOG.posts[src_uri]).insert(page)
    return written[written.index(theirs) + len(theirs):written.index("</head>")]


def test_post_head_tags() -> None:
    html = post_head(head_tags(), "blog/a.md", "blog/a/")
    soup = BeautifulSoup(html, "html.parser")
    assert soup.find("link", rel="canonical")["href"] == "https://e.org/sub/blog/a/"
    assert meta_of(html) == {
        "og:type": ["article"], "og:title": ["A"], "og:site_name": ["S"],
        "og:description": ['Desc "q"'], "og:url": ["https://e.org/sub/blog/a/"],
        "og:image": ["https://e.org/sub/assets/c.png"],
        "article:published_time": ["2025-01-02T00:00:00+00:00"],
        "article:modified_time": ["2025-02-01T00:00:00+00:00"], "article:tag": ["AI"],
        "article:author": ["Ann <A>"], "twitter:card": ["summary_large_image"],
        "twitter:title": ["A"], "twitter:description": ['Desc "q"'],
        "twitter:image": ["https://e.org/sub/assets/c.png"]}
    data = json.loads(soup.find("script", type="application/ld+json").string)
    assert data == {
        "@context": "https://schema.org", "@type": "BlogPosting", "headline": "A",
        "description": 'Desc "q"', "datePublished": "2025-01-02T00:00:00+00:00",
        "dateModified": "2025-02-01T00:00:00+00:00",
        "author": [{"@type": "Person", "name": "Ann <A>", "url": "https://ann.org"}],
        "keywords": ["AI"], "url": "https://e.org/sub/blog/a/",
        "mainEntityOfPage": "https://e.org/sub/blog/a/", "image": "https://e.org/sub/assets/c.png"}
    assert "<A>" not in html.replace("&lt;A&gt;", "")  # escaped in attributes, \u003c in JSON


def test_post_head_tags_without_site_url_or_unsafe_image() -> None:
    html = post_head(head_tags(""), "blog/a.md", "blog/a/")
    assert "canonical" not in html
    assert "og:url" not in html
    html = post_head(head_tags(), "blog/b.md", "blog/b/", theme_canonical=True)
    assert "javascript" not in html
    assert "canonical" not in html
    assert meta_of(html)["twitter:card"] == ["summary"]


def test_listing_head_tags_and_feed_links() -> None:
    tags = head_tags()
    per_page = dict.fromkeys(("index", "tag", "author", "category"), 1)
    listing = plan_listings(HEAD_BLOG, BlogUrls("blog"), per_page)[1]  # blog/page/2
    html = tags.for_listing(listing, "blog/page/2/")
    soup = BeautifulSoup(html, "html.parser")
    assert soup.find("link", rel="prev")["href"] == "https://e.org/sub/blog/"
    assert soup.find("link", rel="next") is None
    data = json.loads(soup.find("script").string)
    assert data["@type"] == "CollectionPage"
    assert data["name"] == "Blog (page 2)"
    assert data["url"] == "https://e.org/sub/blog/page/2/"
    assert [part["url"] for part in data["hasPart"]] == ["https://e.org/sub/blog/b/"]
    term = HEAD_BLOG.tags.terms["ai"]
    assert tags.feed_links(term) is tags.feed_links(term)
    links = BeautifulSoup(tags.feed_links(term), "html.parser").find_all("link")
    assert [(x["title"], x["href"]) for x in links] == [
        ("S: Blog (RSS)", "https://e.org/sub/blog/feed.xml"),
        ("S: Posts tagged AI (RSS)", "https://e.org/sub/blog/tags/ai/feed.xml")]
    page = "<html><head></head><body></body></html>"
    decorated = tags.decorate(page, "blog/a/", post=HEAD_BLOG.posts["blog/a.md"])
    assert decorated.count("canonical") == 1
    assert tags.decorate('<head><link rel="canonical" href="x"></head>', "blog/a/",
                         post=HEAD_BLOG.posts["blog/a.md"]).count("canonical") == 1
