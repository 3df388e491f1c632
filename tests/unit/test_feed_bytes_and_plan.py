"""Feed bytes (feeds/writers.py) against golden files, and which feeds a blog gets with what
in them (feeds/plan.py).

Re-record the golden files after a deliberate change:
BLOGPOSTS_RECORD=1 pytest tests/unit/test_feed_bytes_and_plan.py
"""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import replace
from pathlib import Path
from xml.etree import ElementTree

import feedparser
import pytest
from helpers import Findings, author, post

from mkdocs_blogposts.feeds.plan import (
    FeedSettings,
    feed_scopes,
    feed_specs,
    head_feeds,
    listing_feeds,
    posts_in_feeds,
)
from mkdocs_blogposts.feeds.writers import (
    FeedAuthor,
    FeedImage,
    FeedItem,
    FeedSpec,
    render_atom,
    render_json,
    render_rss,
    write_all,
    xml_safe,
)
from mkdocs_blogposts.plan.blog import Blog
from mkdocs_blogposts.read.dates import PostDate
from mkdocs_blogposts.render.post_html import PostHtml
from mkdocs_blogposts.urls import BlogUrls

GOLDEN = Path(__file__).parent.parent / "golden" / "feeds"
UTC = dt.timezone.utc
ATOM = "{http://www.w3.org/2005/Atom}"
DC = "{http://purl.org/dc/elements/1.1/}"

SPEC = FeedSpec(
    title="Site: Blog",
    description="News & notes",
    link="https://e.org/sub/blog/",
    files={"rss": ("blog/feed.xml", "https://e.org/sub/blog/feed.xml"),
           "atom": ("blog/atom.xml", "https://e.org/sub/blog/atom.xml"),
           "json": ("blog/feed.json", "https://e.org/sub/blog/feed.json")},
    language="de-DE",
    stylesheet_url="/sub/blog/feed.xsl",
    items=(
        FeedItem(
            title="Newest <b> & \x01more", link="https://e.org/sub/blog/new/",
            published=dt.datetime(2025, 3, 1, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=9))),
            summary="Summary & <more>", content_html='<p>Hi <a href="https://e.org/">x</a></p>',
            tags=("AI", "C++"),
            authors=(FeedAuthor("Ann", "ann@e.org", "https://e.org/ann"), FeedAuthor("Bob")),
            image=FeedImage("https://e.org/sub/cover.png", "image/png", 68),
        ),
        FeedItem(
            title="Older, updated later", link="https://e.org/sub/blog/old/",
            published=dt.datetime(2024, 1, 1, tzinfo=UTC),
            updated=dt.datetime(2025, 6, 1, 12, tzinfo=UTC),
            summary="Old one", image=FeedImage("https://cdn.e.org/x.jpg", "image/jpeg"),
        ),
    ),
)


@pytest.mark.parametrize(("name", "render"), [("rss.xml", render_rss), ("atom.xml", render_atom),
                                              ("feed.json", render_json)])
def test_feed_bytes(name: str, render) -> None:
    data = render(SPEC, None)
    if os.environ.get("BLOGPOSTS_RECORD"):
        (GOLDEN / name).write_bytes(data)
    assert data == (GOLDEN / name).read_bytes()
    assert render(SPEC, {}) == data  # entries shared between feeds change nothing


def test_rss_channel_and_items() -> None:
    root = ElementTree.fromstring(render_rss(SPEC))
    channel = root.find("channel")
    assert channel is not None
    self_link = channel.find(f"{ATOM}link")
    assert self_link is not None
    assert (self_link.get("rel"), self_link.get("href")) == ("self",
                                                             "https://e.org/sub/blog/feed.xml")
    assert channel.findtext("link") == "https://e.org/sub/blog/"
    # The newest change of any item, its updated date included: not the clock.
    assert channel.findtext("lastBuildDate") == "Sun, 01 Jun 2025 12:00:00 +0000"
    assert channel.findtext("language") == "de-DE"
    items = channel.findall("item")
    assert [i.findtext("title") for i in items] == ["Newest <b> & more", "Older, updated later"]
    assert [i.findtext("guid") for i in items] == ["https://e.org/sub/blog/new/",
                                                   "https://e.org/sub/blog/old/"]
    assert items[0].findtext("pubDate") == "Sat, 01 Mar 2025 09:30:00 +0900"
    # Two authors: a dc:creator each, never <author> beside them.
    assert items[0].findtext("author") is None
    assert [c.text for c in items[0].findall(f"{DC}creator")] == ["Ann", "Bob"]
    assert items[1].find("enclosure").attrib == {  # a URL cover: length unknown, 0
        "url": "https://cdn.e.org/x.jpg", "length": "0", "type": "image/jpeg"}
    assert [c.text for c in items[0].findall("category")] == ["AI", "C++"]
    enclosure = items[0].find("enclosure")
    assert enclosure is not None
    assert enclosure.attrib == {"url": "https://e.org/sub/cover.png", "length": "68",
                                "type": "image/png"}


def test_rss_has_one_author_element_only_for_one_author_with_an_email() -> None:
    one = FeedItem("T", "https://e.org/t/", dt.datetime(2024, 1, 1, tzinfo=UTC),
                   authors=(FeedAuthor("Ann", "ann@e.org"),))
    item = ElementTree.fromstring(render_rss(replace(SPEC, items=(one,)))).find("channel/item")
    assert item is not None
    assert item.findtext("author") == "ann@e.org (Ann)"
    assert item.find(f"{DC}creator") is None
    # Plain-text elements carry & and < as hexadecimal references (RSS Best Practices).
    assert b"<description>News &#x26; notes</description>" in render_rss(SPEC)


def test_atom_entries_without_author_have_the_feeds() -> None:
    lone = FeedItem("T", "https://e.org/t/", dt.datetime(2024, 1, 1, tzinfo=UTC))
    root = ElementTree.fromstring(render_atom(replace(SPEC, items=(lone,), author="Site")))
    assert root.findtext(f"{ATOM}author/{ATOM}name") == "Site"
    feed = json.loads(render_json(replace(SPEC, items=(lone,), author="Site")))
    assert feed["authors"] == [{"name": "Site"}]
    assert feed["items"][0]["content_text"] == feed["items"][0]["summary"] == ""


def test_atom_links_dates_and_enclosures() -> None:
    root = ElementTree.fromstring(render_atom(SPEC))
    links = {link.get("rel"): link.get("href") for link in root.findall(f"{ATOM}link")}
    assert links == {"self": "https://e.org/sub/blog/atom.xml",
                     "alternate": "https://e.org/sub/blog/"}
    assert root.findtext(f"{ATOM}updated") == "2025-06-01T12:00:00+00:00"
    entries = root.findall(f"{ATOM}entry")
    assert [e.findtext(f"{ATOM}updated") for e in entries] == [
        "2025-03-01T09:30:00+09:00", "2025-06-01T12:00:00+00:00"]
    assert [e.findtext(f"{ATOM}published") for e in entries] == [
        "2025-03-01T09:30:00+09:00", "2024-01-01T00:00:00+00:00"]
    content = entries[0].find(f"{ATOM}content")
    assert content is not None
    assert content.get("type") == "html"
    enclosures = [(link.get("href"), link.get("length"))
                  for e in entries for link in e.findall(f"{ATOM}link")
                  if link.get("rel") == "enclosure"]
    assert enclosures == [("https://e.org/sub/cover.png", "68"), ("https://cdn.e.org/x.jpg", None)]
    parsed = feedparser.parse(render_atom(SPEC))
    assert parsed.bozo == 0
    assert [e.link for e in parsed.entries] == ["https://e.org/sub/blog/new/",
                                                "https://e.org/sub/blog/old/"]


def test_json_feed() -> None:
    feed = json.loads(render_json(SPEC))
    assert feed["feed_url"] == "https://e.org/sub/blog/feed.json"
    assert feed["home_page_url"] == "https://e.org/sub/blog/"
    assert [i["id"] for i in feed["items"]] == ["https://e.org/sub/blog/new/",
                                                "https://e.org/sub/blog/old/"]
    assert feed["items"][1]["date_modified"] == "2025-06-01T12:00:00+00:00"
    assert feed["items"][1]["content_text"] == "Old one"
    assert feed["items"][0]["authors"] == [{"name": "Ann", "url": "https://e.org/ann"},
                                           {"name": "Bob"}]


def test_an_empty_feed_has_stable_dates() -> None:
    empty = FeedSpec("T", "", "https://e.org/", {"atom": ("a.xml", "https://e.org/a.xml"),
                                                  "rss": ("r.xml", "https://e.org/r.xml")})
    assert b"<updated>1970-01-01T00:00:00+00:00</updated>" in render_atom(empty)
    assert b"lastBuildDate" not in render_rss(empty)


def test_write_all_writes_each_format_of_each_spec() -> None:
    written: dict[str, bytes] = {}
    count = write_all([SPEC], written.__setitem__)
    assert count == 3
    assert list(written) == ["blog/feed.xml", "blog/atom.xml", "blog/feed.json"]


def test_xml_safe() -> None:
    assert xml_safe("a\x00b\x08c\x0bd\x0ce\x1ff\tg\nh\ri\ufffej\uffffk") == "abcdef\tg\nh\rijk"


# -- feeds/plan.py --------------------------------------------------------------------------

NOW = dt.datetime(2030, 1, 1, tzinfo=UTC)
URLS = BlogUrls("blog")


def settings(**changes) -> FeedSettings:
    values = {"site_url": "https://e.org/sub/", "site_name": "Site", "urls": URLS,
              "language": "en", "limit": 2, "full_content": True,
              "formats": ("rss", "atom", "json"), **changes}
    return FeedSettings(**values)


def blog_for_feeds(preview: bool = False) -> Blog:
    ann = author("ann", "Ann", description="Writes")
    posts = [
        post("a", "2025-01-03", tags=("AI",), authors=(ann,), categories=("News",),
             updated=PostDate(dt.datetime(2025, 2, 1, tzinfo=UTC)), image="assets/c.png"),
        post("b", "2025-01-02", tags=("ai",)),
        post("c", "2025-01-01", tags=("AI",), authors=(ann,)),
        post("d", "2025-01-04", tags=("AI",), draft=True),
        post("e", "2029-06-01", tags=("AI",)),
    ]
    return Blog.collect(posts, now=NOW, include_future=True, preview=preview, report=Findings())


def test_scopes_carry_published_posts_newest_first_up_to_the_limit() -> None:
    blog = blog_for_feeds(preview=True)  # as under `mkdocs serve`: drafts listed, never in feeds
    scopes = {(term.kind, term.slug) if term else None: [p.src_uri for p in posts]
              for term, posts in feed_scopes(blog, settings())}
    assert scopes == {None: ["blog/e.md", "blog/a.md"], ("tag", "ai"): ["blog/e.md", "blog/a.md"],
                      ("author", "ann"): ["blog/a.md", "blog/c.md"],
                      ("category", "news"): ["blog/a.md"]}
    assert posts_in_feeds(blog, settings()) == {"blog/e.md", "blog/a.md", "blog/c.md"}
    only_tags = feed_scopes(blog, settings(scopes=("tags",)))
    assert [term.slug for term, _ in only_tags if term] == ["ai"]
    assert len(only_tags) == 1


def test_specs_self_links_and_items() -> None:
    blog = blog_for_feeds()
    html = PostHtml()
    html.start_build({"blog/a.md": "d"}, keep_html={"blog/a.md"})
    html.store("blog/a.md", '<p>See <a href="../b/">b</a><a class="headerlink" href="#x">¶</a></p>')
    specs = feed_specs(blog, settings(), url_of=lambda uri: uri.replace(".md", "/"),
                       html_of=html, size_of={"assets/c.png": 68}.get)
    by_title = {spec.title: spec for spec in specs}
    assert list(by_title) == ["Site: Blog", "Site: Posts tagged AI", "Site: Posts by Ann",
                              "Site: Posts in News"]
    tag = by_title["Site: Posts tagged AI"]
    assert tag.files == {
        "rss": ("blog/tags/ai/feed.xml", "https://e.org/sub/blog/tags/ai/feed.xml"),
        "atom": ("blog/tags/ai/atom.xml", "https://e.org/sub/blog/tags/ai/atom.xml"),
        "json": ("blog/tags/ai/feed.json", "https://e.org/sub/blog/tags/ai/feed.json")}
    assert tag.link == "https://e.org/sub/blog/tags/ai/index/"
    assert tag.description == "Site: Posts tagged AI"
    assert by_title["Site: Posts by Ann"].description == "Writes"
    item = by_title["Site: Blog"].items[1]
    assert item.link == "https://e.org/sub/blog/a/"
    assert item.content_html == '<p>See <a href="https://e.org/sub/blog/b/">b</a></p>'
    assert item.tags == ("AI", "News")  # tags and categories
    assert item.updated == dt.datetime(2025, 2, 1, tzinfo=UTC)
    assert item.image == FeedImage("https://e.org/sub/assets/c.png", "image/png", 68)
    assert item is by_title["Site: Posts tagged AI"].items[1]  # made once per build
    assert by_title["Site: Blog"].items[0].content_html == ""  # no HTML kept: none given


def test_summary_only_feeds_keep_no_content() -> None:
    blog = blog_for_feeds()
    html = PostHtml()
    html.start_build({"blog/a.md": "d"}, keep_html={"blog/a.md"})
    html.store("blog/a.md", "<p>x</p>")
    specs = feed_specs(blog, settings(full_content=False), url_of=lambda uri: uri,
                       html_of=html, size_of=lambda uri: None)
    assert all(item.content_html == "" for spec in specs for item in spec.items)


def test_feed_titles_links_and_listing_feeds() -> None:
    blog = blog_for_feeds()
    term = blog.tags.terms["ai"]
    custom = settings(title_pattern="{title} | {site_name}", formats=("atom",))
    assert custom.title(term) == "Posts tagged AI | Site"
    assert head_feeds(custom, term) == [
        ("Blog | Site (Atom)", "https://e.org/sub/blog/atom.xml", "application/atom+xml"),
        ("Posts tagged AI | Site (Atom)", "https://e.org/sub/blog/tags/ai/atom.xml",
         "application/atom+xml")]
    assert listing_feeds(custom, term) == [("Atom", "application/atom+xml",
                                            "blog/tags/ai/atom.xml")]
    assert listing_feeds(settings(scopes=("blog",)), term) == []
    assert custom.stylesheet_path == "blog/feed.css"
    assert settings(stylesheet="xslt").stylesheet_path == "blog/feed.xsl"
    assert settings(stylesheet="").stylesheet_path == ""
