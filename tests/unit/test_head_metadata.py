"""Exact head tags of posts and listings, with and without `site_url` (render/head.py)."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from helpers import Findings, author, post

from mkdocs_blogposts.feeds.plan import FeedSettings
from mkdocs_blogposts.plan.blog import Blog
from mkdocs_blogposts.plan.listings import plan_listings
from mkdocs_blogposts.render.head import (
    HeadParts,
    HeadTags,
    alternate_links,
    insert_into_head,
    json_ld,
)
from mkdocs_blogposts.urls import BlogUrls

UTC = dt.timezone.utc
BLOG = Blog.collect(
    [post("a", "2025-01-03", tags=("AI",), image="assets/my cover.png"),
     post("b", "2025-01-02", tags=("AI",), authors=(author("ann", "Ann"),)),
     post("c", "2025-01-01", image="http://cdn.e.org/c.png")],
    now=dt.datetime(2030, 1, 1, tzinfo=UTC), include_future=False, preview=False,
    report=Findings())
URLS = {"blog/a.md": "blog/a/", "blog/b.md": "blog/b/", "blog/c.md": "blog/c/",
        "blog/index.md": "blog/", "blog/page/2/index.md": "blog/page/2/",
        "blog/page/3/index.md": "blog/page/3/", "blog/tags/ai/index.md": "blog/tags/ai/",
        "assets/my cover.png": "assets/my%20cover.png"}
FEEDS = FeedSettings(site_url="https://e.org/sub/", site_name="S", urls=BlogUrls("blog"),
                     language="en", limit=10, full_content=True, formats=("rss",))
BLOG_LINK = ('<link rel="alternate" type="application/rss+xml" title="S: Blog (RSS)" '
             'href="https://e.org/sub/blog/feed.xml">\n')
TAG_LINK = ('<link rel="alternate" type="application/rss+xml" title="S: Posts tagged AI (RSS)" '
            'href="https://e.org/sub/blog/tags/ai/feed.xml">\n')


def tags(site_url: str = "https://e.org/sub/", feeds: FeedSettings | None = FEEDS) -> HeadTags:
    return HeadTags(BLOG, site_url, "S", URLS.get, feeds)


def listings() -> dict[str, object]:
    per_page = dict.fromkeys(("index", "tag", "author", "category"), 1)
    return {x.src_uri: x for x in plan_listings(BLOG, BlogUrls("blog"), per_page)}


def script_data(html: str) -> dict:
    start = html.index('<script type="application/ld+json">') + 35
    return json.loads(html[start:html.index("</script>", start)])


def test_alternate_links_and_json_ld_exactly() -> None:
    assert alternate_links([("A & B", "https://e.org/f.xml?a=1&b=2", "application/rss+xml"),
                            ("C", "https://e.org/c.json", "application/feed+json")]) == (
        '<link rel="alternate" type="application/rss+xml" title="A &amp; B" '
        'href="https://e.org/f.xml?a=1&amp;b=2">\n'
        '<link rel="alternate" type="application/feed+json" title="C" '
        'href="https://e.org/c.json">\n')
    assert json_ld({"name": "Café <b>", "n": [1, 2]}) == (
        '<script type="application/ld+json">{"name":"Café \\u003cb>","n":[1,2]}</script>\n')


@pytest.mark.parametrize(("html", "expected"), [
    ("<head></head>", "<head>TAGS</head>"),
    ("</head><body></body>", "TAGS</head><body></body>"),
    ('<head></head><body><script>w("</head>")</script></body>',
     '<head>TAGS</head><body><script>w("</head>")</script></body>'),
])
def test_insert_into_head_before_the_first_head_end(html: str, expected: str) -> None:
    assert insert_into_head(html, "TAGS") == expected


def test_head_parts_insert_a_canonical_only_where_the_head_has_none() -> None:
    parts = HeadParts("F", "C", "M")
    assert parts.insert("<head><title>t</title></head><body>x</body>") == (
        "<head><title>t</title>FCM</head><body>x</body>")
    assert parts.insert('<head><link rel="canonical" href="x"></head>') == (
        '<head><link rel="canonical" href="x">FM</head>')
    # A page about canonical links: its body is not its head.
    body = ('<body><code>&lt;link rel="canonical"&gt;</code>'
            '<script>w("</head>")</script></body>')
    assert parts.insert(f"<head></head>{body}") == f"<head>FCM</head>{body}"


def test_post_parts_exactly() -> None:
    parts = tags().parts("blog/b/", post=BLOG.posts["blog/b.md"])
    assert parts.feed_links == BLOG_LINK
    assert parts.canonical == '<link rel="canonical" href="https://e.org/sub/blog/b/">\n'
    meta = parts.metadata.split("<script", 1)[0]
    assert meta == (
        '<meta property="og:type" content="article">\n'
        '<meta property="og:title" content="B">\n'
        '<meta property="og:site_name" content="S">\n'
        '<meta property="og:url" content="https://e.org/sub/blog/b/">\n'
        '<meta property="article:published_time" content="2025-01-02T00:00:00+00:00">\n'
        '<meta property="article:tag" content="AI">\n'
        '<meta property="article:author" content="Ann">\n'
        '<meta property="twitter:card" content="summary">\n'
        '<meta property="twitter:title" content="B">\n')
    assert script_data(parts.metadata) == {
        "@context": "https://schema.org", "@type": "BlogPosting", "headline": "B",
        "datePublished": "2025-01-02T00:00:00+00:00",
        "dateModified": "2025-01-02T00:00:00+00:00",
        "author": [{"@type": "Person", "name": "Ann"}], "keywords": ["AI"],
        "url": "https://e.org/sub/blog/b/", "mainEntityOfPage": "https://e.org/sub/blog/b/"}


@pytest.mark.parametrize(("site_url", "src_uri", "image"), [
    ("https://e.org/sub/", "blog/a.md", "https://e.org/sub/assets/my%20cover.png"),
    ("https://e.org/sub/", "blog/c.md", "http://cdn.e.org/c.png"),
    ("", "blog/a.md", ""),  # no site_url: no absolute URL for a file of the site
    ("", "blog/c.md", "http://cdn.e.org/c.png"),
])
def test_post_images(site_url: str, src_uri: str, image: str) -> None:
    parts = tags(site_url).parts("blog/x/", post=BLOG.posts[src_uri])
    found = [line for line in parts.metadata.split("\n") if "og:image" in line]
    assert found == ([f'<meta property="og:image" content="{image}">'] if image else [])
    assert script_data(parts.metadata).get("image", "") == image


def test_https_images_are_kept_without_site_url() -> None:
    blog = Blog.collect([post("d", "2025-01-01", image="https://cdn.e.org/d.png")],
                        now=dt.datetime(2030, 1, 1, tzinfo=UTC), include_future=False,
                        preview=False, report=Findings())
    head = HeadTags(blog, "", "S", URLS.get)
    parts = head.parts("blog/d/", post=blog.posts["blog/d.md"])
    assert script_data(parts.metadata)["image"] == "https://cdn.e.org/d.png"
    assert (parts.feed_links, parts.canonical) == ("", "")


def test_listing_parts_exactly() -> None:
    page2 = listings()["blog/page/2/index.md"]
    parts = tags().parts("blog/page/2/", listing=page2)
    assert (parts.feed_links, parts.canonical) == (BLOG_LINK, "")
    links = parts.metadata.split("<script", 1)[0]
    assert links == ('<link rel="prev" href="https://e.org/sub/blog/">\n'
                     '<link rel="next" href="https://e.org/sub/blog/page/3/">\n')
    assert script_data(parts.metadata) == {
        "@context": "https://schema.org", "@type": "CollectionPage", "name": "Blog (page 2)",
        "url": "https://e.org/sub/blog/page/2/",
        "hasPart": [{"@type": "BlogPosting", "headline": "B",
                     "url": "https://e.org/sub/blog/b/",
                     "datePublished": "2025-01-02T00:00:00+00:00"}]}


def test_listing_links_between_pages_without_site_url() -> None:
    pages = listings()
    first = tags("").for_listing(pages["blog/index.md"], "blog/")
    assert first.split("<script")[0] == '<link rel="next" href="../blog/page/2/">\n'
    assert script_data(first) == {
        "@context": "https://schema.org", "@type": "CollectionPage", "name": "Blog",
        "hasPart": [{"@type": "BlogPosting", "headline": "A",
                     "datePublished": "2025-01-03T00:00:00+00:00"}]}
    last = tags("").for_listing(pages["blog/page/3/index.md"], "blog/page/3/")
    assert last.split("<script")[0] == '<link rel="prev" href="../../../blog/page/2/">\n'


def test_a_term_page_links_to_its_own_feeds_too() -> None:
    head = tags()
    tag_page = listings()["blog/tags/ai/index.md"]
    assert head.feed_links(None) == BLOG_LINK
    assert head.feed_links(tag_page.term) == BLOG_LINK + TAG_LINK
    assert head.parts("blog/tags/ai/", listing=tag_page).feed_links == BLOG_LINK + TAG_LINK
    page = "<html><head></head><body></body></html>"
    decorated = head.decorate(page, "blog/tags/ai/", listing=tag_page)
    assert decorated.startswith("<html><head>" + BLOG_LINK + TAG_LINK + '<link rel="next"')
    assert '"@type":"CollectionPage"' in decorated


def test_other_pages_get_the_blogs_feed_links_only() -> None:
    assert tags().parts("about/") == HeadParts(BLOG_LINK, "", "")
    assert tags(feeds=None).parts("about/") == HeadParts("", "", "")
    assert tags(feeds=None).decorate("<head></head>", "about/") == "<head></head>"
