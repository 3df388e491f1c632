"""Tags for a page's `<head>`: links to the feeds that cover it."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable


def alternate_links(feeds: Iterable[tuple[str, str, str]]) -> str:
    """`<link rel="alternate">` for each `(title, absolute href, MIME type)`."""
    return "".join(
        f'<link rel="alternate" type="{escape(mime)}" title="{escape(title)}" '
        f'href="{escape(href)}">\n'
        for title, href, mime in feeds
    )


def insert_into_head(html: str, tags: str) -> str:
    """`html` with `tags` just before `</head>` (unchanged when there is no head)."""
    if not tags:
        return html
    at = html.find("</head>")
    if at < 0:
        return html
    return html[:at] + tags + html[at:]
