"""RSS 2.0 and Atom 1.0 (feedgen) and JSON Feed 1.1 from plain data. Pure: data in, bytes out.

Same input, same bytes: every date in a feed comes from its items, never from the clock.

feedgen and lxml are imported where they are used: feeds are written by the worker process
(`worker`), so the main process of a build never loads them (5 MB it keeps for the build).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from html import escape
from typing import TYPE_CHECKING, Any

from .. import __version__

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Callable, Mapping, Sequence

    from feedgen.feed import FeedGenerator

# format -> (MIME type, name shown to readers)
FEED_TYPES: dict[str, tuple[str, str]] = {
    "rss": ("application/rss+xml", "RSS"),
    "atom": ("application/atom+xml", "Atom"),
    "json": ("application/feed+json", "JSON Feed"),
}
ATOM_NS = "http://www.w3.org/2005/Atom"
GENERATOR = ("mkdocs-blogposts", __version__, "https://pypi.org/project/mkdocs-blogposts/")

# Characters XML 1.0 forbids (a stray one makes a whole feed unreadable), and the other
# control characters (DEL, C1) it allows but readers choke on or show as boxes.
_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """`text` without control characters, the ones XML 1.0 cannot carry and the others."""
    return _XML_FORBIDDEN.sub("", text)


@dataclass(frozen=True)
class FeedAuthor:
    """An item's author: RSS has one `<author>` only for a post's one author with an email
    (it must be an email), else a `dc:creator` each; Atom and JSON Feed name them all."""

    name: str
    email: str = ""
    url: str = ""
    avatar: str = ""


@dataclass(frozen=True)
class FeedImage:
    """A post's cover: RSS enclosure (needs type and length), Atom link, JSON `image`."""

    url: str
    mime: str
    length: int | None = None
    """Bytes, known only for a file of the site."""


@dataclass(frozen=True)
class FeedItem:
    """One post as feeds need it; every URL already absolute."""

    title: str
    link: str
    published: dt.datetime
    updated: dt.datetime | None = None
    summary: str = ""
    """Plain text, never empty: the description, else the excerpt, else the first
    paragraph, else the title."""
    content_html: str = ""
    tags: tuple[str, ...] = ()
    """The post's tags and categories."""
    authors: tuple[FeedAuthor, ...] = ()
    image: FeedImage | None = None

    @property
    def last_change(self) -> dt.datetime:
        """The item's own `<updated>`: its updated date, else its published date."""
        return self.updated or self.published


@dataclass(frozen=True)
class FeedSpec:
    """One feed (a channel) in every format: the blog's, or a tag's, author's, category's."""

    title: str
    description: str
    link: str
    """Absolute URL of the HTML page this feed mirrors."""
    files: Mapping[str, tuple[str, str]]
    """For each format written: the site-relative path of its file, and its absolute URL."""
    language: str = "en"
    items: tuple[FeedItem, ...] = field(default=())
    author: str = ""
    """Who writes the feed (`site_author`, else the site's name): Atom names one for entries
    without an author of their own."""
    stylesheet_url: str = ""
    """URL path of the stylesheet that makes RSS and Atom readable in a browser ("" for
    none): CSS, or XSLT when it ends in `.xsl`."""

    def self_url(self, fmt: str) -> str:
        """Absolute URL of this feed in format `fmt`."""
        return self.files[fmt][1]

    @property
    def last_change(self) -> dt.datetime | None:
        """Newest published-or-updated date of the items: the channel's build date."""
        return max((item.last_change for item in self.items), default=None)


Entries = dict[FeedItem, Any]
"""feedgen entries of one format by item: a post in five feeds is made into an entry once
(feedgen's `add_entry` takes an existing entry)."""


def render_rss(spec: FeedSpec, entries: Entries | None = None) -> bytes:
    """RSS 2.0 with `atom:link rel=self`, `content:encoded` and `dc:creator`."""
    fg = _generator(spec, "rss")
    fg.load_extension("dc", atom=False, rss=True)
    fg.description(xml_safe(spec.description or spec.title))
    if spec.last_change:
        fg.lastBuildDate(spec.last_change)
    else:  # feedgen starts it at "now": an empty feed must still be the same bytes tomorrow
        fg._FeedGenerator__rss_lastBuildDate = None
    for item in spec.items:
        entry, new = _entry(fg, item, entries, "rss")
        if not new:
            continue
        # RSS's <author> must be an email, and an item may have one: more authors, or
        # authors without an email, are each a dc:creator (never both kinds at once).
        authors = _safe_authors(item)
        if len(authors) == 1 and authors[0].email:
            entry.author({"name": authors[0].name, "email": authors[0].email})
        elif authors:
            entry.dc.dc_creator([author.name for author in authors])
        if item.image:  # a length of 0 when unknown, as the RSS Best Practices say
            entry.enclosure(xml_safe(item.image.url), str(item.image.length or 0),
                            item.image.mime)
    return _with_stylesheet(_hex_references(fg.rss_str(pretty=True), _RSS_TEXT), spec)


def render_atom(spec: FeedSpec, entries: Entries | None = None) -> bytes:
    """Atom 1.0; content as escaped `type="html"` (feedgen's CDATA type is not valid Atom)."""
    fg = _generator(spec, "atom")
    if spec.description:
        fg.subtitle(xml_safe(spec.description))
    if spec.author:  # RFC 4287: every entry has an author, its own or the feed's
        fg.author({"name": xml_safe(spec.author)})
    if spec.last_change:
        fg.updated(spec.last_change)
    else:  # an empty feed still needs <updated>; keep it stable rather than "now"
        fg.updated("1970-01-01T00:00:00+00:00")
    for item in spec.items:
        entry, new = _entry(fg, item, entries, "atom")
        if not new:
            continue
        for author in _safe_authors(item):
            data = {"name": author.name}
            if author.email:
                data["email"] = author.email
            if author.url:
                data["uri"] = author.url
            entry.author(data)
    return _with_stylesheet(
        _hex_references(_add_atom_enclosures(fg.atom_str(pretty=True), spec), _ATOM_TEXT), spec)


def render_json(spec: FeedSpec, entries: Entries | None = None) -> bytes:
    """JSON Feed 1.1 (https://jsonfeed.org/version/1.1)."""
    items = []
    for item in spec.items:
        if entries is not None and item in entries:
            items.append(entries[item])
            continue
        data: dict[str, Any] = {"id": xml_safe(item.link), "url": xml_safe(item.link),
                                "title": xml_safe(item.title)}
        summary = xml_safe(item.summary)
        if item.content_html:
            data["content_html"] = xml_safe(item.content_html)
        else:
            data["content_text"] = summary
        data["summary"] = summary
        data["date_published"] = item.published.isoformat()
        if item.updated:
            data["date_modified"] = item.updated.isoformat()
        if item.image:
            data["image"] = xml_safe(item.image.url)
        if item.tags:
            data["tags"] = [xml_safe(tag) for tag in item.tags]
        if item.authors:
            data["authors"] = [{key: value for key, value in (("name", a.name), ("url", a.url),
                                                               ("avatar", a.avatar)) if value}
                               for a in _safe_authors(item)]
        items.append(data)
        if entries is not None:
            entries[item] = data
    feed: dict[str, Any] = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": xml_safe(spec.title),
        "home_page_url": spec.link,
        "feed_url": spec.self_url("json"),
        "language": spec.language,
        "items": items,
    }
    if spec.description:
        feed["description"] = xml_safe(spec.description)
    if spec.author:
        feed["authors"] = [{"name": xml_safe(spec.author)}]
    return (json.dumps(feed, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _safe_authors(item: FeedItem) -> list[FeedAuthor]:
    """The item's authors with every string filtered (the same filter in every format)."""
    return [FeedAuthor(xml_safe(a.name), xml_safe(a.email), xml_safe(a.url), xml_safe(a.avatar))
            for a in item.authors]


# Plain-text elements, whose `&` and `<` the RSS Best Practices want written as hexadecimal
# references: the same text to every XML parser, and no validator takes `&copy;` written in a
# text for HTML.
_RSS_TEXT = re.compile(rb"<(title|description|author|category|dc:creator)>([^<]*)</\1>")
_ATOM_TEXT = re.compile(rb"<(title|subtitle|summary|name)>([^<]*)</\1>")


def _hex_references(xml: bytes, elements: re.Pattern[bytes]) -> bytes:
    def text(match: re.Match[bytes]) -> bytes:
        value = (match[2].replace(b"&amp;", b"&#x26;").replace(b"&lt;", b"&#x3C;")
                 .replace(b"&gt;", b"&#x3E;"))
        return b"<" + match[1] + b">" + value + b"</" + match[1] + b">"

    return elements.sub(text, xml)


def _add_atom_enclosures(xml: bytes, spec: FeedSpec) -> bytes:
    """Add each cover as `<link rel="enclosure">` to its Atom entry.

    feedgen 1.0.0 drops `rel`, `type` and `length` from every entry link once an entry has
    two, so readers would take the image for the post; we add the element ourselves.
    """
    covers = {item.link: item.image for item in spec.items if item.image}
    if not covers:
        return xml
    from lxml import etree  # the module docstring says why here

    root = etree.fromstring(xml)
    for entry in root.iterfind(f"{{{ATOM_NS}}}entry"):
        image = covers.get(entry.findtext(f"{{{ATOM_NS}}}id") or "")
        if image is None:
            continue
        link = etree.SubElement(entry, f"{{{ATOM_NS}}}link", rel="enclosure", href=image.url,
                                type=image.mime)
        if image.length is not None:
            link.set("length", str(image.length))
    etree.indent(root, space="  ")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8",  # type: ignore[no-any-return]
                          pretty_print=True)


def _with_stylesheet(xml: bytes, spec: FeedSpec) -> bytes:
    """Point the feed at our stylesheet, so a browser shows it as a readable page."""
    if not spec.stylesheet_url:
        return xml
    kind = "text/xsl" if spec.stylesheet_url.endswith(".xsl") else "text/css"
    declaration_end = xml.index(b"?>") + 2
    pi = f'\n<?xml-stylesheet type="{kind}" href="{escape(spec.stylesheet_url)}"?>'
    return xml[:declaration_end] + pi.encode("utf-8") + xml[declaration_end:]


RENDERERS: dict[str, Callable[[FeedSpec, Entries | None], bytes]] = {
    "rss": render_rss, "atom": render_atom, "json": render_json,
}


def _generator(spec: FeedSpec, fmt: str) -> FeedGenerator:
    from feedgen.feed import FeedGenerator  # the module docstring says why here

    fg = FeedGenerator()
    fg.id(spec.link)
    fg.title(xml_safe(spec.title))
    # feedgen takes RSS's <link> from the last link set: the self link goes first.
    fg.link(href=spec.self_url(fmt), rel="self")
    fg.link(href=spec.link, rel="alternate")
    fg.language(spec.language)
    fg.generator(*GENERATOR)
    return fg


def _entry(fg: FeedGenerator, item: FeedItem, entries: Entries | None,
           fmt: str) -> tuple[Any, bool]:
    """`item`'s entry, added to `fg`, and whether it is new (then the caller completes it)."""
    # feedgen prepends entries by default; append keeps our newest-first order.
    if entries is not None and item in entries:
        return fg.add_entry(entries[item], order="append"), False
    entry = fg.add_entry(order="append")
    if entries is not None:
        entries[item] = entry
    entry.id(item.link)
    entry.guid(item.link, permalink=True)
    entry.title(xml_safe(item.title))
    entry.link(href=xml_safe(item.link))
    entry.published(item.published)
    entry.updated(item.last_change)
    # RSS's <description> is HTML (plain text escaped into it); Atom's <summary> is text.
    summary = xml_safe(item.summary)
    entry.summary(escape(summary, quote=False) if fmt == "rss" else summary)
    if item.content_html:
        entry.content(xml_safe(item.content_html), type="html")
    for tag in item.tags:
        entry.category(term=xml_safe(tag))
    return entry, True


def write_all(specs: Sequence[FeedSpec], write: Callable[[str, bytes], None]) -> int:
    """Render every spec in each of its formats; `write(relative path, bytes)` stores each
    file. Returns how many files were written."""
    count = 0
    entries: dict[str, Entries] = {fmt: {} for fmt in RENDERERS}
    for spec in specs:
        for fmt, (path, _) in spec.files.items():
            write(path, RENDERERS[fmt](spec, entries[fmt]))
            count += 1
    return count
