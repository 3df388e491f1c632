"""Feeds a reader trusts: every scope and format parses, links are absolute, bytes are stable."""

from __future__ import annotations

import json
import re
from datetime import datetime
from urllib.parse import urlsplit
from xml.etree import ElementTree

import feedparser
import pytest
from bs4 import BeautifulSoup
from conftest import ASTRO_POSTS, Site

EXTRA_POSTS: dict[str, str | bytes] = {
    "blog/posts/unlisted.md": "---\ntitle: Unlisted one\ndate: 2025-02-02\nunlisted: true\n"
                              "tags: [AI]\n---\n\nx\n",
    "blog/posts/future.md": "---\ntitle: From the future\ndate: 2999-01-01\ntags: [AI]\n---\n\nx\n",
    "blog/posts/draft.md": "---\ntitle: A draft\ndate: 2025-02-03\nstatus: draft\n"
                           "tags: [AI]\n---\n\nx\n",
}


def test_every_feed_parses_with_the_right_items(site: Site) -> None:
    site.write({**ASTRO_POSTS, **EXTRA_POSTS}).build()
    feeds = site.feeds()
    folders = {path.rsplit("/", 1)[0] for path in feeds}
    assert folders == {
        "blog", "blog/tags/ai", "blog/tags/engineering", "blog/tags/llm",
        "blog/tags/c-plus-plus", "blog/tags/release", "blog/tags/cli",
        "blog/authors/omair-khan", "blog/authors/squidfunk", "blog/categories/release",
    }
    for folder in folders:
        page = site.html(f"{folder}/index.html")
        listed = [a.get_text() for a in page.select(".blogposts-card-title a")]
        for name in ("feed.xml", "atom.xml"):
            parsed = feedparser.parse(feeds[f"{folder}/{name}"])
            assert parsed.bozo == 0, (folder, name, parsed.get("bozo_exception"))
            assert [e.title for e in parsed.entries] == listed, (folder, name)
            dates = [e.published_parsed for e in parsed.entries]
            assert dates == sorted(dates, reverse=True)
        data = json.loads(feeds[f"{folder}/feed.json"])
        assert [item["title"] for item in data["items"]] == listed
    everything = b"".join(feeds.values()).decode()
    for hidden in ("Unlisted one", "From the future", "A draft", "blogposts:listing"):
        assert hidden not in everything
    for path, data in feeds.items():  # listing pages are never items
        if not path.endswith(".json"):
            links = [e.link for e in feedparser.parse(data).entries]
            assert all("/blog/posts/" in link or "/blog/2024" in link for link in links), path


def test_json_feed_follows_version_1_1(site: Site) -> None:
    site.config["site_description"] = "News & notes"
    site.write(ASTRO_POSTS).build()
    for path, data in site.feeds().items():
        if not path.endswith(".json"):
            continue
        feed = json.loads(data)
        assert feed["version"] == "https://jsonfeed.org/version/1.1"
        assert isinstance(feed["title"], str)
        assert feed["title"]
        assert feed["feed_url"] == f"https://example.org/sub/{path}"
        assert feed["home_page_url"].startswith("https://example.org/sub/blog/")
        assert "author" not in feed  # 1.1 uses `authors`
        for item in feed["items"]:
            assert isinstance(item["id"], str)
            assert item["id"] == item["url"]
            assert "content_html" in item or "content_text" in item
            # RFC 3339: a full date and time with an offset.
            assert datetime.fromisoformat(item["date_published"]).tzinfo is not None
            for author in item.get("authors", []):
                assert set(author) <= {"name", "url", "avatar"}
                assert author["name"]
            assert all(isinstance(tag, str) for tag in item.get("tags", []))
    blog = json.loads(site.feeds()["blog/feed.json"])
    assert blog["description"] == "News & notes"
    first = blog["items"][0]
    assert first["image"] == "https://example.org/sub/assets/cover.png"
    assert first["authors"] == [{"name": "Omair Khan"}]
    assert first["tags"] == ["AI", "Engineering", "LLM"]


def _contents(path: str, data: bytes) -> list[str]:
    """Each item's full HTML as written (feedparser would sanitize `srcset` away)."""
    if path.endswith(".json"):
        return [item.get("content_html", "") for item in json.loads(data)["items"]]
    root = ElementTree.fromstring(data)
    tags = ["{http://purl.org/rss/1.0/modules/content/}encoded",
            "{http://www.w3.org/2005/Atom}content"]
    return [el.text or "" for tag in tags for el in root.iter(tag)]


def _urls_in_content(html: str) -> list[str]:
    soup = BeautifulSoup(html, "html.parser")
    urls = [t[a] for t in soup.find_all(True) for a in ("href", "src") if t.get(a)]
    for tag in soup.find_all(srcset=True):
        urls += [c.strip().split()[0] for c in tag["srcset"].split(",")]
    return urls


@pytest.mark.parametrize("use_directory_urls", [True, False])
def test_feed_content_links_are_absolute_and_right(site: Site, use_directory_urls: bool) -> None:
    site.config["use_directory_urls"] = use_directory_urls
    site.write({
        **ASTRO_POSTS,
        "blog/posts/links.md": """
            ---
            title: Links
            date: 2025-09-09
            ---

            A [raw relative link](../other/), a [post](second-post.md), [top](#top),
            ![an image](img/x.png) and
            <img src="img/x.png" srcset="img/x.png 1x, img/x@2x.png 2x" alt="raw">
            """,
        "blog/posts/img/x.png": ASTRO_POSTS["assets/cover.png"],
        "blog/posts/img/x@2x.png": ASTRO_POSTS["assets/cover.png"],
    }).build(strict=False)
    for path, data in site.feeds().items():
        for html in _contents(path, data):
            for url in _urls_in_content(html):
                assert urlsplit(url).scheme in ("https", "mailto"), (path, url)
    links_post = next(html for html in _contents("atom.xml", site.feeds()["blog/atom.xml"])
                      if "raw relative link" in html)
    urls = _urls_in_content(links_post)
    base = "https://example.org/sub/blog/"
    if use_directory_urls:
        expected_other, post = base + "posts/other/", base + "posts/second-post/"
        page = base + "posts/links/"
    else:
        expected_other, post = base + "other/", base + "posts/second-post.html"
        page = base + "posts/links.html"
    image = base + "posts/img/x.png"
    # MkDocs rewrites Markdown images; raw HTML is resolved as a browser would on the page.
    raw = base + ("posts/links/" if use_directory_urls else "posts/")
    assert urls == [expected_other, post, page + "#top", image, raw + "img/x.png",
                    raw + "img/x.png", raw + "img/x@2x.png"]


def test_same_input_gives_byte_identical_feeds(site: Site) -> None:
    site.write(ASTRO_POSTS).build()
    first = site.feeds()
    site.build()
    assert site.feeds() == first
    assert len(first) == 30


def test_cover_image_enclosure_and_authors(site: Site) -> None:
    site.write({
        **ASTRO_POSTS,
        "blog/.authors.yml": """
            authors:
              squidfunk:
                name: Martin Donath
                email: martin@example.org
                url: https://github.com/squidfunk
            """,
    }).build()
    size = len(ASTRO_POSTS["assets/cover.png"])
    rss = site.text("blog/feed.xml")
    assert (f'<enclosure url="https://example.org/sub/assets/cover.png" length="{size}" '
            'type="image/png"/>') in rss
    assert "<author>martin@example.org (Martin Donath)</author>" in rss
    assert "<dc:creator>Omair Khan</dc:creator>" in rss
    assert "<author>Omair Khan" not in rss  # RSS <author> must be an email
    atom = feedparser.parse(site.text("blog/atom.xml"))
    first = atom.entries[0]
    assert first.link == "https://example.org/sub/blog/posts/first-post/"
    assert [(link.rel, link.href) for link in first.links] == [
        ("alternate", "https://example.org/sub/blog/posts/first-post/"),
        ("enclosure", "https://example.org/sub/assets/cover.png"),
    ]
    assert first.enclosures[0].length == str(size)


def test_feed_options(site: Site) -> None:
    site.plugin_options(feed_formats=["rss"], feed_scopes=["blog", "tags"], feed_items=2,
                        feed_full_content=False, feed_title="{title} at {site_name}",
                        feed_stylesheet=False)
    site.write(ASTRO_POSTS).build()
    assert sorted(site.feeds()) == sorted(
        ["blog/feed.xml"] + [f"blog/tags/{t}/feed.xml" for t in
                             ("ai", "engineering", "llm", "c-plus-plus", "release", "cli")])
    rss = feedparser.parse(site.text("blog/feed.xml"))
    assert rss.feed.title == "Blog at Test Site"
    assert len(rss.entries) == 2
    assert "content" not in rss.entries[0]
    assert "xml-stylesheet" not in site.text("blog/feed.xml")
    assert feedparser.parse(site.text("blog/tags/ai/feed.xml")).feed.title == \
        "Posts tagged AI at Test Site"
    heads = [link["href"] for link in site.html("blog/authors/omair-khan/index.html").select(
        "head link[rel=alternate]")]
    assert heads == ["https://example.org/sub/blog/feed.xml"]


def test_channel_and_stylesheet(site: Site) -> None:
    site.config["theme"] = {"name": "mkdocs", "locale": "pt_BR"}
    site.write(ASTRO_POSTS).build()
    rss = site.text("blog/feed.xml")
    # By default a CSS stylesheet, which every browser applies (Chromium is removing XSLT).
    assert rss.splitlines()[1] == '<?xml-stylesheet type="text/css" href="/sub/blog/feed.css"?>'
    assert "@namespace atom" in (site.out / "blog/feed.css").read_text()
    assert not (site.out / "blog/feed.xsl").exists()
    channel = feedparser.parse(rss).feed
    assert channel.language == "pt-BR"
    assert channel.link == "https://example.org/sub/blog/"
    assert "<lastBuildDate>Mon, 05 Jan 2026 00:00:00 +0000</lastBuildDate>" in rss
    assert re.search(r'<atom:link href="https://example.org/sub/blog/feed.xml" rel="self"', rss)
    atom = feedparser.parse(site.text("blog/atom.xml"))
    assert atom.feed.updated == "2026-01-05T00:00:00+00:00"


@pytest.mark.parametrize(("value", "line", "file"), [
    ("xslt", '<?xml-stylesheet type="text/xsl" href="/sub/blog/feed.xsl"?>', "feed.xsl"),
    (False, "<rss", None),
])
def test_other_feed_stylesheets(site: Site, value: object, line: str, file: str | None) -> None:
    site.plugin_options(feed_stylesheet=value)
    site.write(ASTRO_POSTS).build()
    assert site.text("blog/atom.xml").splitlines()[1].startswith(
        line if file else "<feed")
    assert site.text("blog/feed.xml").splitlines()[1].startswith(line)
    if file:
        assert (site.out / "blog" / file).read_text().startswith("<?xml")
    assert not (site.out / "blog/feed.css").exists()


def test_markup_and_forbidden_characters_are_safe(site: Site) -> None:
    site.write({
        "blog/posts/odd.md": "---\ntitle: \"Bell \\a and ]]> and <b>bold</b>\"\n"
                             "date: 2025-01-01\ntags: [\"<script>x</script>\"]\n---\n\n"
                             "Text with ]]> inside and \x0b a vertical tab.\n",
    }).build()
    for path, data in site.feeds().items():
        if path.endswith(".json"):  # the same text in every format: no control characters
            assert json.loads(data)["items"][0]["title"] == "Bell  and ]]> and bold"
            continue
        parsed = feedparser.parse(data)
        assert parsed.bozo == 0, (path, parsed.get("bozo_exception"))
        # A title is text: tags written in it are left out (readers show titles as text).
        assert parsed.entries[0].title == "Bell  and ]]> and bold"
        assert b"<script>" not in data
        assert b"<b>bold" not in data


def test_serve_feeds_use_the_serve_address(site: Site) -> None:
    site.write(ASTRO_POSTS).build(command="serve", serve_url="http://127.0.0.1:8123/sub/")
    rss = feedparser.parse(site.text("blog/feed.xml"))
    assert rss.bozo == 0
    assert rss.entries[0].link == "http://127.0.0.1:8123/sub/blog/posts/first-post/"
    head = [link["href"] for link in site.html("index.html").select("head link[rel=alternate]")]
    assert head[0] == "http://127.0.0.1:8123/sub/blog/feed.xml"
