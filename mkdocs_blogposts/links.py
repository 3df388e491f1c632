"""Make the links of rendered HTML absolute, for feeds read far from the site."""

from __future__ import annotations

import re
from urllib.parse import urljoin

_URL_ATTR = re.compile(
    r"""(\s(?:href|src|poster)\s*=\s*)(["'])(.*?)\2""", re.IGNORECASE | re.DOTALL
)
_SRCSET_ATTR = re.compile(r"""(\ssrcset\s*=\s*)(["'])(.*?)\2""", re.IGNORECASE | re.DOTALL)


_HEADERLINK = re.compile(r'<a class="headerlink"[^>]*>.*?</a>', re.DOTALL)


def strip_permalinks(html: str) -> str:
    """`html` without the `toc` extension's pilcrow anchors, noise outside the site."""
    return _HEADERLINK.sub("", html)


def absolutize(html: str, base_url: str) -> str:
    """Every `href`, `src` and `srcset` URL in `html`, resolved against `base_url`."""

    def one(match: re.Match[str]) -> str:
        return f"{match[1]}{match[2]}{urljoin(base_url, match[3].strip())}{match[2]}"

    def srcset(match: re.Match[str]) -> str:
        candidates = []
        for candidate in match[3].split(","):
            parts = candidate.strip().split(None, 1)
            if parts:
                parts[0] = urljoin(base_url, parts[0])
                candidates.append(" ".join(parts))
        return f"{match[1]}{match[2]}{', '.join(candidates)}{match[2]}"

    return _SRCSET_ATTR.sub(srcset, _URL_ATTR.sub(one, html))
