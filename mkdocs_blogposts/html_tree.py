"""HTML fragments as lxml trees: the one place that parses a fragment and writes it back.

lxml is imported on first use, not with the plugin: excerpts, re-based links and feed HTML
are made by the worker process (`worker`), so the main process of a build never loads it.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lxml.html import HtmlElement


def parse_fragment(html: str) -> HtmlElement | None:
    """`html` as the children of a `<div>`; None when lxml cannot read it."""
    from lxml import etree  # the module docstring says why here
    from lxml import html as lxml_html

    try:
        return lxml_html.fragment_fromstring(html, create_parent="div")
    except (etree.ParserError, AssertionError, ValueError):
        return None


def serialize_fragment(root: HtmlElement) -> str:
    """What `parse_fragment` read, written back: the leading text and every child."""
    from lxml import html as lxml_html

    return str(escape(root.text or "", quote=False)) + "".join(
        lxml_html.tostring(child, encoding="unicode") for child in root)


def remove_element(element: HtmlElement) -> None:
    """`element` out of its tree, its tail text kept in place."""
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail or ""
    previous = element.getprevious()
    if previous is not None:
        previous.tail = (previous.tail or "") + tail
    else:
        parent.text = (parent.text or "") + tail
    parent.remove(element)
