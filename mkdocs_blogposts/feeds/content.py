"""A post's HTML and text as feeds carry them: read far from the site, by readers that show
only plain HTML.

One lxml pass over the rendered HTML: every URL attribute absolute, the heading that repeats
the title dropped (readers show the title already), permalink anchors dropped, and what no
reader shows or should run left out: scripts, styles, embedded objects, event handlers, and
elements that are not HTML (their text is kept). Text for summaries comes from the same HTML,
entities decoded, never from the Markdown source.
"""

from __future__ import annotations

import re
from html import escape
from typing import TYPE_CHECKING
from urllib.parse import urljoin

from ..html_tree import parse_fragment, remove_element, serialize_fragment
from ..links import SRCSET_ATTRIBUTES, URL_ATTRIBUTES, strip_permalinks
from .writers import xml_safe

if TYPE_CHECKING:
    from lxml.html import HtmlElement

# HTML elements a feed may carry (HTML 5, less those feed readers refuse).
_HTML_NAMES = """
a abbr address area article aside audio b bdi blockquote br button caption center cite code col
colgroup data dd del details dfn dialog div dl dt em fieldset figcaption figure footer h1 h2 h3
h4 h5 h6 header hgroup hr i img input ins kbd label legend li main map mark menu meter nav ol
optgroup option output p picture pre progress q rp rt ruby s samp section select small source
span strong sub summary sup table tbody td textarea tfoot th thead time tr track tt u ul var video
wbr form
"""
HTML_ELEMENTS = frozenset(_HTML_NAMES.split())
# Left out with everything inside them.
_DROPPED_NAMES = """
script style noscript template object embed applet iframe frame frameset noframes base basefont
link meta param title head slot plaintext xmp listing isindex
"""
DROPPED = frozenset(_DROPPED_NAMES.split())
_SPACES = re.compile(r"\s+")


def feed_html(html: str, base_url: str, title: str) -> str:
    """A post's rendered HTML for a feed: absolute URLs, safe elements only, and without a
    first `<h1>` that repeats `title`."""
    html = strip_permalinks(html).strip()
    if not html:
        return ""
    root = parse_fragment(html)
    if root is None:
        return xml_safe(escape(html))
    first = next(iter(root), None)
    if (first is not None and first.tag == "h1" and not (root.text or "").strip()
            and _text(first) == _text_of(title)):
        remove_element(first)
    _clean(root, base_url)
    return xml_safe(serialize_fragment(root))


def html_text(html: str, limit: int = 300) -> str:
    """The plain text of an HTML fragment, entities decoded and spaces collapsed, cut at a
    word to `limit` characters."""
    if not html.strip():
        return ""
    root = parse_fragment(html)
    if root is None:
        return ""
    for element in list(root.iter("script", "style")):
        remove_element(element)
    text = _SPACES.sub(" ", root.text_content()).strip()
    if len(text) > limit:
        text = text[: limit - 1].rsplit(" ", 1)[0] + "…"
    return xml_safe(text)


def plain(text: str) -> str:
    """A title or a label as feeds show it: text, with HTML tags written in it left out
    (readers show titles as text; `<em>` in a title meant emphasis)."""
    return xml_safe(_SPACES.sub(" ", _TAG.sub("", text)).strip()) or xml_safe(text.strip())


_TAG = re.compile(r"</?(?:" + "|".join(sorted(HTML_ELEMENTS | DROPPED)) + r")\b[^<>]*>",
                  re.IGNORECASE)


def _clean(root: HtmlElement, base_url: str) -> None:
    for element in list(root.iter()):
        if not isinstance(element.tag, str):  # a comment or a processing instruction
            if element.getparent() is not None:
                remove_element(element)
            continue
        if element is root:
            continue
        tag = element.tag.lower()
        if tag in DROPPED:
            remove_element(element)
            continue
        for name in list(element.attrib):
            value = element.attrib[name]
            if name.startswith("on") or name in ("style", "xmlns") or ":" in name:
                del element.attrib[name]
            elif name in URL_ATTRIBUTES:
                element.set(name, urljoin(base_url, value.strip()))
            elif name in SRCSET_ATTRIBUTES:
                element.set(name, ", ".join(_absolute_candidate(c, base_url)
                                            for c in value.split(",") if c.strip()))
        if tag not in HTML_ELEMENTS:
            element.drop_tag()  # not HTML (SVG, a typo, a component): its text stays


def _absolute_candidate(candidate: str, base_url: str) -> str:
    parts = candidate.strip().split(None, 1)
    parts[0] = urljoin(base_url, parts[0])
    return " ".join(parts)


def _text(element: HtmlElement) -> str:
    return _SPACES.sub(" ", element.text_content()).strip()


def _text_of(title: str) -> str:
    """A title as its heading reads: tags written in it (`<tag>`) are elements there."""
    return _SPACES.sub(" ", re.sub(r"<[^<>]*>", "", title)).strip()
