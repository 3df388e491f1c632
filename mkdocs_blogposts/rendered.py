"""The HTML MkDocs rendered for each post, kept across `mkdocs serve` rebuilds.

A `--dirty` rebuild renders only the files that changed, yet listings and feeds need every
post's HTML. Entries are keyed by a digest of the post's source text, so a changed post never
gets its old HTML back; a full build renders (and so replaces) every entry."""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Mapping


def digest(text: str) -> str:
    """A digest of a post's source text."""
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()


class RenderedHtml:
    """`get(src_uri)` gives the post's HTML when it was rendered from today's source."""

    def __init__(self) -> None:
        self._entries: dict[str, tuple[str, str]] = {}
        self._digests: Mapping[str, str] = {}

    def start_build(self, digests: Mapping[str, str]) -> None:
        """Forget posts that are gone; remember which source each post has now."""
        self._digests = digests
        self._entries = {uri: entry for uri, entry in self._entries.items() if uri in digests}

    def store(self, src_uri: str, html: str) -> None:
        """Keep what MkDocs rendered for `src_uri` in this build."""
        self._entries[src_uri] = (self._digests.get(src_uri, ""), html)

    def get(self, src_uri: str, default: str = "") -> str:
        """The post's HTML, or `default` when it was never rendered from its current text."""
        entry = self._entries.get(src_uri)
        if entry is None or entry[0] != self._digests.get(src_uri):
            return default
        return entry[1]
