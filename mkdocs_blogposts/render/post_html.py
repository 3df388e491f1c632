"""What listings and feeds need from the HTML MkDocs rendered for each post, kept across
`mkdocs serve` rebuilds.

A `--dirty` rebuild renders only the files that changed, yet listings and feeds need every
post. Entries are keyed by a digest of the post's source text, so a changed post never gets its
old HTML back; a full build renders (and so replaces) every entry. To keep memory flat on big
blogs, the full HTML is kept only for posts a feed carries; for the rest, just the excerpt."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..read.post import MORE_MARKERS
from .excerpts import cut_excerpt, first_paragraph

if TYPE_CHECKING:
    from collections.abc import Collection, Mapping, Sequence


@dataclass(frozen=True)
class Rendered:
    """One post's rendered parts, for the source text with `digest`."""

    digest: str
    """Of the source text it was rendered from (`read.discovery.digest`)."""
    excerpt: str
    """HTML before `<!-- more -->` / `<!-- truncate -->`, or ""."""
    more: bool
    first_paragraph: str
    """The first `<p>` as rendered, or "" when there is an excerpt (cleaned only when a card
    shows it: most posts have a description instead)."""
    html: str | None = None
    """The whole HTML, kept only for posts some feed carries."""


class PostHtml:
    """Posts' rendered parts, by `src_uri`, valid only for today's source of each post."""

    def __init__(self) -> None:
        self._entries: dict[str, Rendered] = {}
        self._digests: Mapping[str, str] = {}
        self._keep_html: Collection[str] = ()
        self._separators: Sequence[str] = MORE_MARKERS

    def start_build(self, digests: Mapping[str, str], keep_html: Collection[str],
                    separators: Sequence[str] = MORE_MARKERS) -> None:
        """Forget posts that are gone; note each post's source, which need whole HTML, and
        where excerpts end."""
        self._digests = digests
        self._keep_html = keep_html
        self._separators = separators
        self._entries = {uri: entry for uri, entry in self._entries.items() if uri in digests}

    def store(self, src_uri: str, html: str) -> None:
        """Keep what listings and feeds need of what MkDocs rendered for `src_uri`."""
        excerpt, more = cut_excerpt(html, self._separators)
        self._entries[src_uri] = Rendered(
            self._digests.get(src_uri, ""), excerpt, more,
            "" if excerpt else first_paragraph(html),
            html if src_uri in self._keep_html else None,
        )

    def parts(self, src_uri: str) -> Rendered | None:
        """The post's parts, or None when it was never rendered from its current text."""
        entry = self._entries.get(src_uri)
        if entry is None or entry.digest != self._digests.get(src_uri):
            return None
        return entry

    def get(self, src_uri: str, default: str = "") -> str:
        """The post's whole HTML (for feeds), or `default`."""
        entry = self.parts(src_uri)
        return entry.html if entry is not None and entry.html is not None else default
