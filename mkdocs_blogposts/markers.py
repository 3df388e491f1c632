"""Markers in pages: where a listing, a post's byline and footer, and the latest posts go.

One event puts a marker in a page (or the user wrote it); a later one replaces it with a
fragment. Bylines, footers and listings are put into the written page (`on_post_page`), not
into `page.content`: the search index gets the post alone, and 10,000 posts' fragments need
not stay in memory for the whole build.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

from markupsafe import escape

if TYPE_CHECKING:
    from collections.abc import Callable

    from .urls import TermKind

LISTING_MARKER = "<!-- blogposts:listing -->"
BYLINE_MARKER = "<!-- blogposts:byline -->"
FOOTER_MARKER = "<!-- blogposts:footer -->"

_LATEST = re.compile(
    r"""<!--\s*blogposts:latest(?:\s+(?P<count>\d+))?"""
    r"""(?:\s+(?P<kind>tag|author|category)=(?P<value>"[^"]*"|'[^']*'|[^\s>]+))?\s*-->"""
)


def mark_post(html: str, title: str) -> str:
    """A post's content with the byline marker under its first `h1` (an `h1` is added when
    the body has none; Material then adds none of its own) and the footer marker at the end."""
    heading_end = html.find("</h1>") if "<h1" in html else -1
    if heading_end < 0:
        return f"<h1>{escape(title)}</h1>\n{BYLINE_MARKER}\n{html}{FOOTER_MARKER}"
    heading_end += len("</h1>")
    return f"{html[:heading_end]}\n{BYLINE_MARKER}{html[heading_end:]}{FOOTER_MARKER}"


def fill_post(output: str, byline: str, footer: str) -> str:
    """A post's written page with its byline and footer at the markers `mark_post` left."""
    return output.replace(BYLINE_MARKER, byline, 1).replace(FOOTER_MARKER, footer, 1)


def place_listing(markdown: str) -> str:
    """Markdown of a listing page with the marker where the listing goes (end by default)."""
    if LISTING_MARKER in markdown:
        return markdown
    return f"{markdown.rstrip()}\n\n{LISTING_MARKER}\n"


def mark_listing(content: str) -> str:
    """A listing page's content, with the marker where the listing goes: where the user put
    it, else at the end (also when their Markdown swallowed it, e.g. inside a paragraph)."""
    return content if LISTING_MARKER in content else f"{content}\n{LISTING_MARKER}"


def fill_listing(output: str, fragment: str) -> str:
    """A listing page's written HTML with the listing at its (first) marker."""
    return output.replace(LISTING_MARKER, fragment, 1)


@dataclass(frozen=True)
class LatestRequest:
    """`<!-- blogposts:latest 3 tag="AI" -->`: how many posts, and of which term."""

    count: int
    kind: TermKind | None
    value: str


def expand_latest(html: str, render: Callable[[LatestRequest], str]) -> str:
    """`html` with each `<!-- blogposts:latest [N] [tag|author|category="X"] -->` replaced
    by `render` of its request (N defaults to 5)."""
    if "blogposts:latest" not in html:
        return html

    def one(match: re.Match[str]) -> str:
        kind = cast("TermKind | None", match["kind"])
        value = match["value"].strip("\"'") if match["value"] else ""
        return render(LatestRequest(int(match["count"] or 5), kind, value))

    return _LATEST.sub(one, html)


_HTML_TAG = re.compile(r"<html\b([^<>]*)>", re.IGNORECASE)


def set_direction(output: str, direction: str) -> str:
    """The page's `<html>` with `dir` when the theme gave it none (MkDocs' own themes have no
    right-to-left mode; Material sets `dir` itself, and is left as it is)."""
    match = _HTML_TAG.search(output, 0, 2000)
    if match is None or re.search(r"\sdir\s*=", match[1], re.IGNORECASE):
        return output
    return f'{output[:match.end() - 1]} dir="{direction}"{output[match.end() - 1:]}'
