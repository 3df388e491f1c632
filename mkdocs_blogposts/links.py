"""Move the links of rendered HTML: absolute for feeds read far from the site, re-based for
excerpts shown on another page of it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from urllib.parse import urljoin

if TYPE_CHECKING:
    from collections.abc import Callable

_URL_ATTR = re.compile(
    r"""(\s(?:href|src|poster)\s*=\s*)(["'])(.*?)\2""", re.IGNORECASE | re.DOTALL
)
_SRCSET_ATTR = re.compile(r"""(\ssrcset\s*=\s*)(["'])(.*?)\2""", re.IGNORECASE | re.DOTALL)
_HEADERLINK = re.compile(r'<a class="headerlink"[^>]*>.*?</a>', re.DOTALL)
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
    return _HEADERLINK.sub("", html)


def absolutize(html: str, base_url: str) -> str:
    """Every `href`, `src` and `srcset` URL in `html`, resolved against `base_url`."""
    return map_urls(html, lambda url: urljoin(base_url, url))


def rebase(html: str, from_url: str) -> str:
    """Links of HTML written for the page at `from_url` (site-relative), made `rooted` so
    they work on any page once `relink`ed; absolute URLs stay as they are."""
    def move(url: str) -> str:
        joined = urljoin(_BASE + from_url, url)
        if not joined.startswith(_BASE):
            return joined
        return rooted(joined[len(_BASE):])

    return map_urls(html, move)


def map_urls(html: str, move: Callable[[str], str]) -> str:
    """`html` with `move` applied to every URL of its `href`, `src`, `poster` and `srcset`."""

    def one(match: re.Match[str]) -> str:
        return f"{match[1]}{match[2]}{move(match[3].strip())}{match[2]}"

    def srcset(match: re.Match[str]) -> str:
        candidates = []
        for candidate in match[3].split(","):
            parts = candidate.strip().split(None, 1)
            if parts:
                parts[0] = move(parts[0])
                candidates.append(" ".join(parts))
        return f"{match[1]}{match[2]}{', '.join(candidates)}{match[2]}"

    return _SRCSET_ATTR.sub(srcset, _URL_ATTR.sub(one, html))
