"""Move the links of rendered HTML: absolute for feeds read far from the site, re-based for
excerpts shown on another page of it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from urllib.parse import quote, urljoin

from .html_tree import parse_fragment, serialize_fragment

if TYPE_CHECKING:
    from collections.abc import Callable

_HEADERLINK = re.compile(r'<a class="headerlink"[^<>]*>')
_END_A = re.compile(r"</a>", re.IGNORECASE)
_BASE = "https://site.invalid/"  # stands for the site's root while re-basing


_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*:", re.IGNORECASE)
_SAFE_SCHEMES = ("http:", "https:", "mailto:")


def is_external(url: str) -> bool:
    """A URL with a scheme (`https:`, `mailto:`...) or a host (`//cdn`), not a site path."""
    return bool(_SCHEME.match(url)) or url.startswith("//")


def up_to_root(page_url: str) -> str:
    """The way up from the page at `page_url` (site-relative) to the site root: `../../`."""
    return "../" * page_url.count("/")


def from_root(url: str, page_url: str) -> str:
    """A link to the site-relative `url` from the page at `page_url`, through the site root
    (`../../blog/tags/ai/`): a string join, cheap enough for every link of every listing."""
    return (up_to_root(page_url) + url) or "./"


# Fragments shown on many pages (a post's card is on about five listings) are rendered once,
# with every site link written as ROOT + its site-relative URL; `relink` then turns ROOT into
# the way up from each page. Private-use characters: no Markdown or theme writes them.
ROOT = "\ue000blogposts-root\ue001"


_ROOT_ENCODED = quote(ROOT, safe="")


def rooted(url: str) -> str:
    """`url` (site-relative) as a link from the site root, to be `relink`ed per page."""
    return ROOT + (url or "./")


def relink(html: str, page_url: str) -> str:
    """`html` with every `rooted` link made relative to the page at `page_url`."""
    return html.replace(ROOT, up_to_root(page_url))


def safe_url(url: str) -> str:
    """`url` when it is relative or a web or mail link; "" for `javascript:` and any other
    scheme that could run or embed something on our pages or in a reader."""
    return url if not _SCHEME.match(url) or url.lower().startswith(_SAFE_SCHEMES) else ""


def strip_permalinks(html: str) -> str:
    """`html` without the `toc` extension's pilcrow anchors, noise outside their page."""
    return drop_elements(html, _HEADERLINK, _END_A)


def drop_elements(html: str, start: re.Pattern[str], end: re.Pattern[str]) -> str:
    """`html` without each element from a match of `start` to the next match of `end`, in
    one pass: where no `end` follows, nothing further is dropped (a lazy `.*?` would scan
    to the end of the text once for each unclosed start: the square of its length)."""
    kept: list[str] = []
    position = 0
    while (opened := start.search(html, position)) is not None:
        closed = end.search(html, opened.end())
        if closed is None:
            break
        kept.append(html[position:opened.start()])
        position = closed.end()
    kept.append(html[position:])
    return "".join(kept)


def absolutize(html: str, base_url: str) -> str:
    """Every URL attribute in `html` (`href`, `src`, `srcset`, `action`, `xlink:href`...),
    resolved against `base_url`."""
    return map_urls(html, lambda url: urljoin(base_url, url))


def rebase(html: str, from_url: str) -> str:
    """Links of HTML written for the page at `from_url` (site-relative), made `rooted` so
    they work on any page once `relink`ed; absolute URLs stay as they are."""
    def move(url: str) -> str:
        joined = urljoin(_BASE + from_url, url)
        if not joined.startswith(_BASE):
            return joined
        return rooted(joined[len(_BASE):])

    # The marker written in the post itself is not ours: it goes, so only our links move.
    html = html.replace(ROOT, "").replace(_ROOT_ENCODED, "")
    # libxml2 writes URL attributes percent-encoded (an IRI becomes a URL): so is our marker.
    return map_urls(html, move).replace(_ROOT_ENCODED, ROOT)


# Attributes holding a URL, in HTML, SVG and MathML (`xlink:href` as lxml's HTML parser names
# it), and those holding a list of image candidates.
URL_ATTRIBUTES = frozenset({
    "href", "src", "poster", "action", "formaction", "data", "cite", "longdesc", "background",
    "usemap", "manifest", "codebase", "icon", "profile", "itemid", "xlink:href",
})
SRCSET_ATTRIBUTES = frozenset({"srcset", "imagesrcset"})


def map_urls(html: str, move: Callable[[str], str]) -> str:
    """`html` with `move` applied to every URL in its elements' URL attributes (`srcset`
    candidates included). The HTML is parsed, so text is never touched: code that shows
    `<a href="/x">` stays as written."""
    if not _MAY_HOLD_URLS.search(html):
        return html
    root = parse_fragment(html)
    if root is None:
        return html
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue  # a comment or a processing instruction
        for name, value in element.attrib.items():
            if name in URL_ATTRIBUTES:
                element.set(name, move(value.strip()))
            elif name in SRCSET_ATTRIBUTES:
                element.set(name, _map_srcset(value, move))
    return serialize_fragment(root)


def _map_srcset(value: str, move: Callable[[str], str]) -> str:
    candidates = []
    for candidate in value.split(","):
        parts = candidate.strip().split(None, 1)
        if parts:
            parts[0] = move(parts[0])
            candidates.append(" ".join(parts))
    return ", ".join(candidates)


_MAY_HOLD_URLS = re.compile(
    r"\s(?:" + "|".join(re.escape(name) for name in URL_ATTRIBUTES | SRCSET_ATTRIBUTES)
    + r")\s*=", re.IGNORECASE)
