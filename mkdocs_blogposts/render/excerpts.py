"""A post's excerpt for listings, cut from the HTML MkDocs already rendered (never converted
again): the part before `<!-- more -->` / `<!-- truncate -->`, else the description, else
the first paragraph."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from lxml import etree
from lxml import html as lxml_html
from markupsafe import escape

from ..links import strip_permalinks
from ..read.post import MORE_MARKERS

if TYPE_CHECKING:
    from collections.abc import Sequence

_FIRST_H1 = re.compile(r"^\s*<h1[^>]*>.*?</h1>", re.DOTALL)
_FIRST_PARAGRAPH = re.compile(r"<p(?:\s[^>]*)?>.*?</p>", re.DOTALL)
_ID = re.compile(r'\sid="[^"]*"')
_DOCUMENT_TAGS = re.compile(r"<!DOCTYPE[^>]*>|</?(?:html|body)(?:\s[^>]*)?>|<head\b.*?</head>",
                            re.IGNORECASE | re.DOTALL)


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
    match = _FIRST_PARAGRAPH.search(html)
    return match[0] if match else ""


def clean(fragment: str) -> str:
    """A fragment cut from a post, re-serialized (no tag left open) with its ids dropped."""
    fragment = _FIRST_H1.sub("", strip_permalinks(fragment), count=1).strip()
    # A post's raw HTML may hold a whole document's tags (`<html>`, `<!DOCTYPE>`): not ours
    # to keep in an excerpt, and lxml's fragment parser refuses a fragment of only those.
    fragment = _DOCUMENT_TAGS.sub("", fragment).strip()
    if not fragment:
        return ""
    try:
        root = lxml_html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, AssertionError, ValueError):
        return ""
    serialized = (str(escape(root.text or ""))
                  + "".join(lxml_html.tostring(part, encoding="unicode") for part in root))
    return _ID.sub("", serialized).strip()
