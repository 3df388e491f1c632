"""Feeds that share posts, stylesheets, authors and text escaping (feeds/writers.py)."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from xml.etree import ElementTree

import pytest

from mkdocs_blogposts.feeds.writers import (
    FeedAuthor,
    FeedImage,
    FeedItem,
    FeedSpec,
    render_atom,
    render_json,
    render_rss,
    write_all,
)

UTC = dt.timezone.utc
ATOM = "{http://www.w3.org/2005/Atom}"
DC = "{http://purl.org/dc/elements/1.1/}"
FILES = {"rss": ("f/feed.xml", "https://e.org/f/feed.xml"),
         "atom": ("f/atom.xml", "https://e.org/f/atom.xml"),
         "json": ("f/feed.json", "https://e.org/f/feed.json")}

SHARED = FeedItem("Shared", "https://e.org/shared/", dt.datetime(2025, 1, 2, tzinfo=UTC),
                  summary="S", authors=(FeedAuthor("Ann", "ann@e.org"),),
                  image=FeedImage("https://e.org/s.png", "image/png", 5))
NEWER = FeedItem("Newer", "https://e.org/newer/", dt.datetime(2025, 1, 3, tzinfo=UTC),
                 summary="N", authors=(FeedAuthor("Bob"), FeedAuthor("Cy")))
OLDER = FeedItem("Older", "https://e.org/older/", dt.datetime(2025, 1, 1, tzinfo=UTC),
                 summary="O", image=FeedImage("https://e.org/o.png", "image/png"))


def spec(*items: FeedItem, folder: str = "f", **changes) -> FeedSpec:
    files = {fmt: (path.replace("f/", f"{folder}/"), url.replace("/f/", f"/{folder}/"))
             for fmt, (path, url) in FILES.items()}
    return FeedSpec(**{"title": folder, "description": "", "link": "https://e.org/",
                       "files": files, "items": items, **changes})


def rss_items(data: bytes) -> list[dict]:
    channel = ElementTree.fromstring(data).find("channel")
    assert channel is not None
    return [{"title": i.findtext("title"), "author": i.findtext("author"),
             "creators": [c.text for c in i.findall(f"{DC}creator")],
             "enclosures": [e.attrib for e in i.findall("enclosure")]}
            for i in channel.findall("item")]


def atom_entries(data: bytes) -> list[dict]:
    root = ElementTree.fromstring(data)
    return [{"title": e.findtext(f"{ATOM}title"),
             "authors": [a.findtext(f"{ATOM}name") for a in e.findall(f"{ATOM}author")],
             "enclosures": [link.get("href") for link in e.findall(f"{ATOM}link")
                            if link.get("rel") == "enclosure"]}
            for e in root.findall(f"{ATOM}entry")]


def test_feeds_sharing_posts_are_each_whole_and_in_order() -> None:
    """A post in several feeds is made once per format; every feed still has all of its
    items, each complete and once, newest first."""
    first = spec(SHARED, folder="a")
    second = spec(NEWER, SHARED, OLDER, folder="b")
    written: dict[str, bytes] = {}
    assert write_all([first, second], written.__setitem__) == 6
    # The same bytes as each feed rendered on its own.
    for one in (first, second):
        for fmt, render in (("rss", render_rss), ("atom", render_atom), ("json", render_json)):
            assert written[one.files[fmt][0]] == render(one), (one.title, fmt)
    assert rss_items(written["b/feed.xml"]) == [
        {"title": "Newer", "author": None, "creators": ["Bob", "Cy"], "enclosures": []},
        {"title": "Shared", "author": "ann@e.org (Ann)", "creators": [],
         "enclosures": [{"url": "https://e.org/s.png", "length": "5", "type": "image/png"}]},
        {"title": "Older", "author": None, "creators": [],
         "enclosures": [{"url": "https://e.org/o.png", "length": "0", "type": "image/png"}]}]
    assert atom_entries(written["b/atom.xml"]) == [
        {"title": "Newer", "authors": ["Bob", "Cy"], "enclosures": []},
        {"title": "Shared", "authors": ["Ann"], "enclosures": ["https://e.org/s.png"]},
        {"title": "Older", "authors": [], "enclosures": ["https://e.org/o.png"]}]
    items = json.loads(written["b/feed.json"])["items"]
    assert [(i["title"], i.get("image")) for i in items] == [
        ("Newer", None), ("Shared", "https://e.org/s.png"), ("Older", "https://e.org/o.png")]


def test_json_authors_with_avatars_and_text_as_utf8() -> None:
    item = FeedItem("Café ☕", "https://e.org/c/", dt.datetime(2025, 1, 1, tzinfo=UTC),
                    authors=(FeedAuthor("Zoë\x07", "z@e.org", "https://zoe.org",
                                        "https://e.org/z\x00.png"),
                             FeedAuthor("Al", avatar="https://e.org/al.png")))
    data = render_json(spec(item))
    assert '"title": "Café ☕"'.encode() in data
    assert json.loads(data)["items"][0]["authors"] == [
        {"name": "Zoë", "url": "https://zoe.org", "avatar": "https://e.org/z.png"},
        {"name": "Al", "avatar": "https://e.org/al.png"}]


@pytest.mark.parametrize(("url", "instruction"), [
    ("/blog/feed.css", b'<?xml-stylesheet type="text/css" href="/blog/feed.css"?>'),
    ("/blog/feed.xsl", b'<?xml-stylesheet type="text/xsl" href="/blog/feed.xsl"?>'),
    ("/a&b/feed.css", b'<?xml-stylesheet type="text/css" href="/a&amp;b/feed.css"?>'),
])
@pytest.mark.parametrize("render", [render_rss, render_atom])
def test_the_stylesheet_follows_the_declaration(render, url: str, instruction: bytes) -> None:
    lines = render(spec(OLDER, stylesheet_url=url)).split(b"\n")
    assert lines[0] == b"<?xml version='1.0' encoding='UTF-8'?>"
    assert lines[1] == instruction


@pytest.mark.parametrize("render", [render_rss, render_atom])
def test_no_stylesheet_no_instruction(render) -> None:
    assert b"xml-stylesheet" not in render(spec(OLDER))


def test_rss_descriptions_are_html_escaping_only_what_html_needs() -> None:
    item = replace(OLDER, summary='Say "hi" & it\'s <done>')
    found = ElementTree.fromstring(render_rss(spec(item))).find("channel/item")
    assert found is not None
    # The text is HTML: < and & escaped in it, quotes left as written.
    assert found.findtext("description") == "Say \"hi\" &amp; it's &lt;done&gt;"
    entry = ElementTree.fromstring(render_atom(spec(item))).find(f"{ATOM}entry")
    assert entry is not None
    assert entry.findtext(f"{ATOM}summary") == 'Say "hi" & it\'s <done>'  # Atom's is text
