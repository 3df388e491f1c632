"""Every feed of a hostile site (several authors and none, code showing markup, raw HTML with
every URL attribute, non-Latin tags, covers given as URLs, control characters, summaries with
markup and entities) follows the specs' rules, checked here as written in RSS 2.0 and its Best
Practices Profile, RFC 4287 (Atom) and JSON Feed 1.1; and three independent parsers read the
same items from it, which agree with each other and across the three formats."""

from __future__ import annotations

import datetime as dt
import email.utils
import html
import json
import re
from pathlib import Path
from urllib.parse import quote, urlsplit
from xml.etree import ElementTree

import atoma
import fastfeedparser
import feedparser
import pytest
from bs4 import BeautifulSoup
from mkdocs.commands.build import build
from mkdocs.config import load_config

HOSTILE = Path(__file__).parent / "sites" / "hostile"
SITE_URL = "https://example.org/sub/"
ATOM = "{http://www.w3.org/2005/Atom}"
DC = "{http://purl.org/dc/elements/1.1/}"
CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
RFC822 = re.compile(r"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep"
                    r"|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} [+-]\d{4}$")
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?([+-]\d{2}:\d{2}|Z)$")
EMAIL = re.compile(r"^[^@\s()<>]+@[^@\s()<>]+ \(.+\)$")
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
URL_ATTRIBUTES = ("href", "src", "poster", "action", "formaction", "data", "cite", "longdesc",
                  "background", "usemap", "xlink:href")


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    site = tmp_path_factory.mktemp("hostile") / "site"
    config = load_config(str(HOSTILE / "mkdocs.yml"), site_dir=str(site))
    config.plugins.on_startup(command="build", dirty=False)
    try:
        build(config)
    finally:
        config.plugins.on_shutdown()
    return site


def feeds_of(site: Path, name: str) -> list[Path]:
    return sorted(site.rglob(name))


def own_url(site: Path, path: Path) -> str:
    """The address a feed file is served at: its path percent-encoded, as MkDocs does."""
    return SITE_URL + quote(path.relative_to(site).as_posix())


def absolute_urls_only(html: str, where: str) -> None:
    soup = BeautifulSoup(html, "html.parser")
    for tag in soup.find_all(True):
        for attribute in URL_ATTRIBUTES:
            value = tag.get(attribute)
            if value and not value.startswith("#"):
                assert urlsplit(value).scheme in ("https", "http", "mailto"), (where, value)
        for candidate in (tag.get("srcset") or "").split(","):
            if candidate.strip():
                assert urlsplit(candidate.split()[0]).scheme == "https", (where, candidate)


def test_rss_follows_rss_2_and_its_best_practices(hostile: Path) -> None:
    files = feeds_of(hostile, "feed.xml")
    assert len(files) >= 15
    for path in files:
        where = path.relative_to(hostile).as_posix()
        text = path.read_text(encoding="utf-8")
        assert not CONTROL.search(text), where
        channel = ElementTree.fromstring(text.encode()).find("channel")
        assert channel is not None
        for element in ("title", "link", "description"):  # required
            assert (channel.findtext(element) or "").strip(), (where, element)
        selves = [link for link in channel.findall(f"{ATOM}link") if link.get("rel") == "self"]
        assert [link.get("href") for link in selves] == [own_url(hostile, path)], where
        assert RFC822.match(channel.findtext("lastBuildDate") or ""), where
        for item in channel.findall("item"):
            title = item.findtext("title") or ""
            assert title.strip(), where
            assert item.findtext("link") == item.findtext("guid"), where
            assert item.find("guid").get("isPermaLink") == "true", where
            assert RFC822.match(item.findtext("pubDate") or ""), (where, title)
            assert (item.findtext("description") or "").strip(), (where, title)
            authors = item.findall("author")
            creators = item.findall(f"{DC}creator")
            assert len(authors) <= 1, (where, title)  # one <author> at most ...
            assert not (authors and creators), (where, title)  # ... never with dc:creator
            for author in authors:
                assert EMAIL.match(author.text or ""), (where, author.text)
            for enclosure in item.findall("enclosure"):
                assert set(enclosure.attrib) == {"url", "length", "type"}, where
                url = enclosure.get("url") or ""
                assert urlsplit(url).scheme == "https", where
                if url.startswith(SITE_URL):  # a file of the site: its real size
                    local = hostile / url.removeprefix(SITE_URL)
                    assert int(enclosure.get("length") or -1) == local.stat().st_size, where
                else:
                    assert enclosure.get("length") == "0", where
            absolute_urls_only(item.findtext(CONTENT) or "", where)
            assert urlsplit(item.findtext("link") or "").scheme == "https"


def test_atom_follows_rfc_4287(hostile: Path) -> None:
    for path in feeds_of(hostile, "atom.xml"):
        where = path.relative_to(hostile).as_posix()
        text = path.read_text(encoding="utf-8")
        assert not CONTROL.search(text), where
        feed = ElementTree.fromstring(text.encode())
        for element in ("id", "title", "updated"):  # 4.1.1: MUST contain
            assert (feed.findtext(f"{ATOM}{element}") or "").strip(), (where, element)
        assert RFC3339.match(feed.findtext(f"{ATOM}updated") or ""), where
        links = {link.get("rel"): link.get("href") for link in feed.findall(f"{ATOM}link")}
        assert links["self"] == own_url(hostile, path), where
        feed_author = feed.find(f"{ATOM}author")
        for entry in feed.findall(f"{ATOM}entry"):
            for element in ("id", "title", "updated", "published", "summary"):
                assert (entry.findtext(f"{ATOM}{element}") or "").strip(), (where, element)
            assert RFC3339.match(entry.findtext(f"{ATOM}updated") or ""), where
            assert RFC3339.match(entry.findtext(f"{ATOM}published") or ""), where
            # 4.1.2: an author of its own, or the feed's.
            assert entry.find(f"{ATOM}author") is not None or feed_author is not None, where
            for author in entry.findall(f"{ATOM}author"):
                assert (author.findtext(f"{ATOM}name") or "").strip(), where
            alternates = [link for link in entry.findall(f"{ATOM}link")
                          if link.get("rel") in (None, "alternate")]
            assert len(alternates) == 1, where
            for enclosure in (link for link in entry.findall(f"{ATOM}link")
                              if link.get("rel") == "enclosure"):
                assert enclosure.get("type"), where
            content = entry.find(f"{ATOM}content")
            if content is not None:
                assert content.get("type") == "html", where
                absolute_urls_only(content.text or "", where)


def test_json_feed_follows_version_1_1(hostile: Path) -> None:
    for path in feeds_of(hostile, "feed.json"):
        where = path.relative_to(hostile).as_posix()
        text = path.read_text(encoding="utf-8")
        feed = json.loads(text)
        assert not CONTROL.search(json.dumps(feed, ensure_ascii=False)), where
        assert feed["version"] == "https://jsonfeed.org/version/1.1"
        assert feed["title"].strip()
        assert feed["feed_url"] == own_url(hostile, path), where
        assert urlsplit(feed["home_page_url"]).scheme == "https"
        for item in feed["items"]:
            assert item["id"] == item["url"]
            assert item["summary"].strip(), (where, item["title"])
            assert "content_html" in item or item["content_text"].strip(), where
            assert RFC3339.match(item["date_published"]), where
            for author in item.get("authors", []):
                assert author["name"].strip()
                for key in ("url", "avatar"):
                    if key in author:
                        assert urlsplit(author[key]).scheme == "https", (where, author)
            absolute_urls_only(item.get("content_html", ""), where)


def test_what_the_hostile_posts_become(hostile: Path) -> None:
    rss = feedparser.parse((hostile / "blog/feed.xml").read_bytes())
    by_title = {entry.title: entry for entry in rss.entries}
    # Summaries keep their text, entities decoded (never "Intro with & and characters").
    several = by_title["Two authors & a <tag>"]
    summary = "Intro with & and < and > characters, and &copy; an entity"
    channel = ElementTree.fromstring((hostile / "blog/feed.xml").read_bytes()).find("channel")
    # RSS's description is HTML: the text escaped into it; Atom's summary is the text.
    assert channel.find("item").findtext("description") == html.escape(summary, quote=False)
    atom_root = ElementTree.fromstring((hostile / "blog/atom.xml").read_bytes())
    assert atom_root.find(f"{ATOM}entry").findtext(f"{ATOM}summary") == summary
    # Code that shows markup is left alone: only real links are made absolute.
    content = several.content[0].value
    assert "&lt;a href=\"/relative\"&gt;" in content
    assert 'href="https://example.org/sub/blog/posts/no-author/"' in content
    # The heading that repeats the title is not in the item (readers show the title).
    assert "<h1" not in content
    # A cover given as a URL is an enclosure in every format.
    no_author = by_title["No author at all"]
    assert no_author.enclosures[0].href == "https://cdn.example.org/cover.jpg?size=large&v=2"
    atom = feedparser.parse((hostile / "blog/atom.xml").read_bytes())
    assert [link.href for entry in atom.entries if entry.title == "No author at all"
            for link in entry.links if link.rel == "enclosure"] == [
        "https://cdn.example.org/cover.jpg?size=large&v=2"]
    # Categories reach feed items (with the tags), and non-Latin tag feeds link themselves
    # percent-encoded.
    assert "News & Views" in [tag.term for tag in several.tags]
    hebrew = json.loads((hostile / "blog/tags/עברית/feed.json").read_text(encoding="utf-8"))
    assert hebrew["feed_url"] == SITE_URL + "blog/tags/%D7%A2%D7%91%D7%A8%D7%99%D7%AA/feed.json"
    # Authors carry their avatar in JSON Feed.
    json_items = json.loads((hostile / "blog/feed.json").read_text(encoding="utf-8"))["items"]
    truncate = next(i for i in json_items if i["title"] == "Truncated, Docusaurus style")
    assert truncate["authors"] == [{"name": "Inline Person", "url": "https://example.org/inline",
                                    "avatar": "https://example.org/inline.png"}]


def _utc(value: dt.datetime) -> dt.datetime:
    return value.astimezone(dt.timezone.utc)


def read_feedparser(path: Path, *, inherit: bool = False) -> dict[str, tuple]:
    """Items by link; `inherit`: an Atom entry without an author has the feed's (RFC 4287
    4.2.1), as atoma reads it."""
    parsed = feedparser.parse(path.read_bytes())
    feed_authors = [a.get("name") for a in parsed.feed.get("authors", [])] if inherit else []
    items = {}
    for entry in parsed.entries:
        when = _utc(email.utils.parsedate_to_datetime(entry.published)
                    if "," in entry.published else dt.datetime.fromisoformat(entry.published))
        authors = [a.get("name") for a in entry.get("authors", [])] or feed_authors
        items[entry.link] = (entry.title, when, authors,
                             sorted(tag.term for tag in entry.get("tags", [])))
    return items


def read_json(path: Path) -> dict[str, tuple]:
    return {item["url"]: (item["title"], _utc(dt.datetime.fromisoformat(item["date_published"])),
                          [a["name"] for a in item.get("authors", [])],
                          sorted(item.get("tags", [])))
            for item in json.loads(path.read_text(encoding="utf-8"))["items"]}


def read_fastfeedparser(path: Path) -> dict[str, tuple]:
    items = {}
    for entry in fastfeedparser.parse(path.read_bytes()).entries:
        # It leaves RSS's `email (Name)` whole: the name is in the brackets.
        authors = [re.sub(r"^\S+@\S+ \((.*)\)$", r"\1", a.get("name") or "")
                   for a in entry.get("authors") or []]
        items[entry["link"]] = (entry["title"], _utc(dt.datetime.fromisoformat(entry["published"])),
                                authors, sorted(tag["term"] for tag in entry.get("tags") or []))
    return items


def read_atoma(path: Path) -> dict[str, tuple]:
    items = {}
    if path.name == "feed.xml":
        for item in atoma.parse_rss_bytes(path.read_bytes()).items:
            items[item.link] = (item.title, _utc(item.pub_date), None, sorted(item.categories))
    elif path.name == "atom.xml":
        feed = atoma.parse_atom_bytes(path.read_bytes())
        for entry in feed.entries:
            link = next(link.href for link in entry.links if link.rel in (None, "alternate"))
            # An entry's own authors (one without has the feed's: RFC 4287 4.2.1).
            items[link] = (entry.title.value, _utc(entry.published),
                           [person.name for person in entry.authors],
                           sorted(category.term for category in entry.categories))
    return items


@pytest.mark.parametrize("name", ["feed.xml", "atom.xml", "feed.json"])
def test_three_parsers_agree(hostile: Path, name: str) -> None:
    """feedparser, fastfeedparser and atoma (independent code) read every item alike. Known
    limits of theirs are left out of the comparison, not of the feeds: fastfeedparser keeps an
    item's first author only, atoma reads no dc:creator and no JSON Feed 1.1."""
    for path in feeds_of(hostile, name):
        where = path.relative_to(hostile).as_posix()
        reference = (read_feedparser(path, inherit=name == "atom.xml") if name != "feed.json"
                     else read_json(path))
        fast = read_fastfeedparser(path)
        own = read_feedparser(path) if name == "atom.xml" else reference
        assert list(fast) == list(reference), where
        for link, (title, when, _, tags) in reference.items():
            fast_title, fast_when, fast_authors, fast_tags = fast[link]
            assert (fast_title, fast_when, fast_tags) == (title, when, tags), (where, link)
            assert fast_authors == own[link][2][:1], (where, link)  # it keeps its own authors
        other = read_atoma(path)
        if other:
            assert list(other) == list(reference), where
            for link, (title, when, authors, tags) in other.items():
                assert (title, when, tags) == (*reference[link][:2], reference[link][3]), where
                if authors is not None:
                    assert authors == reference[link][2], (where, link)


def test_the_three_formats_of_a_post_agree(hostile: Path) -> None:
    rss = read_feedparser(hostile / "blog/feed.xml")
    atom = read_feedparser(hostile / "blog/atom.xml")
    items = read_json(hostile / "blog/feed.json")
    assert list(rss) == list(atom) == list(items)
    for link, expected in items.items():
        assert rss[link] == expected, link
        assert atom[link] == expected, link
