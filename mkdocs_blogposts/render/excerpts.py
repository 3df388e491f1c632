"""A post's excerpt for listings, cut from the HTML MkDocs already rendered (never converted
again): the part before `<!-- more -->` / `<!-- truncate -->`, else the description, else
the first paragraph."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..html_tree import parse_fragment, serialize_fragment
from ..links import drop_elements, strip_permalinks
from ..read.post import MORE_MARKERS

if TYPE_CHECKING:
    from collections.abc import Sequence

# Tags are scanned with `[^<>]` and elements cut with `drop_elements`: a scan from each of
# thousands of unclosed `<p` or `<head` to the end of a post would take the square of its size.
_FIRST_H1 = re.compile(r"^\s*<h1[^<>]*>")
_END_H1 = re.compile(r"</h1>", re.IGNORECASE)
_P = re.compile(r"<p(?:\s[^<>]*)?>")
_END_P = re.compile(r"</p>")
_ID = re.compile(r'\sid="[^"]*"')
_DOCUMENT_TAGS = re.compile(r"<!DOCTYPE[^<>]*>|</?(?:html|body)(?:\s[^<>]*)?>", re.IGNORECASE)
_HEAD = re.compile(r"<head\b[^<>]*>", re.IGNORECASE)
_END_HEAD = re.compile(r"</head>", re.IGNORECASE)


def cut_excerpt(html: str, separators: Sequence[str] = MORE_MARKERS) -> tuple[str, bool]:
    """`(excerpt HTML, True)` when the post marks where its excerpt ends, else `("", False)`.

    The cut is re-serialized by lxml so a marker inside a list or admonition cannot leave
    tags open on the listing page; ids are dropped, as the post page owns them."""
    cut = min((html.find(marker) for marker in separators if marker in html), default=-1)
    if cut < 0:
        return "", False
    return clean(html[:cut]), True


def first_paragraph(html: str) -> str:
    """The first `<p>` of a post's HTML as written, or "" (`clean` it to show it)."""
    opened = _P.search(html)
    closed = _END_P.search(html, opened.end()) if opened else None
    return html[opened.start():closed.end()] if opened and closed else ""


def clean(fragment: str) -> str:
    """A fragment cut from a post, re-serialized (no tag left open) with its ids dropped."""
    fragment = strip_permalinks(fragment)
    opened = _FIRST_H1.match(fragment)
    closed = _END_H1.search(fragment, opened.end()) if opened else None
    if closed is not None:
        fragment = fragment[closed.end():]
    fragment = fragment.strip()
    # A post's raw HTML may hold a whole document's tags (`<html>`, `<!DOCTYPE>`): not ours
    # to keep in an excerpt, and lxml's fragment parser refuses a fragment of only those.
    fragment = _DOCUMENT_TAGS.sub("", drop_elements(fragment, _HEAD, _END_HEAD)).strip()
    if not fragment:
        return ""
    root = parse_fragment(fragment)
    if root is None:
        return ""
    return _ID.sub("", serialize_fragment(root)).strip()
