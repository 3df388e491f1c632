"""What a `mkdocs serve --dirty` rebuild must redo or remove, so it never shows what is gone.

MkDocs' `--dirty` rebuilds only pages whose own file changed, and removes nothing. But a
post's page also shows its authors (from the authors file), its tags and categories as they
are spelled and linked now, and its newer, older and related posts; and the pages and feeds
of a tag that lost its last post must go. So: each post gets a key of everything its page
shows, and a changed key rebuilds the page; each file the blog wrote last time and does not
write now is deleted.
"""

from __future__ import annotations

import hashlib
import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Collection, Iterable, Mapping
    from pathlib import Path

    from mkdocs.structure.files import Files

    from ..read.post import Post
    from .blog import Blog


def page_keys(blog: Blog, digests: Mapping[str, str], related: int) -> dict[str, str]:
    """A key per post of all its page shows besides its own text: its authors' profiles,
    its tags' and categories' names and pages, its neighbours and related posts."""
    keys = {}
    for uri, post in blog.posts.items():
        newer, older = blog.neighbours(post)
        parts: list[object] = [digests.get(uri, ""), post.authors, blog.is_draft(post)]
        for taxonomy, labels in ((blog.tags, post.tags), (blog.categories, post.categories)):
            for label in labels:
                term = taxonomy.term_for(label)
                parts.append((term.slug, term.label) if term else label)
        for other in (newer, older, *(blog.related(post, related) if related else ())):
            parts.append(_link(other))
        keys[uri] = hashlib.blake2b(repr(parts).encode("utf-8"), digest_size=12).hexdigest()
    return keys


def _link(post: Post | None) -> tuple[str, str] | None:
    return (post.src_uri, post.title) if post is not None else None


def rebuild_changed(files: Files, keys: Mapping[str, str], before: Mapping[str, str]) -> int:
    """Mark each post whose key changed since the last build as modified, so `--dirty`
    renders it again. Returns how many."""
    count = 0
    for uri, key in keys.items():
        if before.get(uri) == key:
            continue
        file = files.get_file_from_path(uri)
        if file is not None:
            file.is_modified = lambda: True  # type: ignore[method-assign]
            count += 1
    return count


def remove_stale(site_dir: Path, before: Iterable[str], now: Collection[str]) -> list[str]:
    """Delete each file the blog wrote last build (`before`, site-relative) that this build
    does not write (`now`), and the folders it leaves empty. Returns what was deleted."""
    removed = []
    root = site_dir.resolve()
    for path in sorted(set(before) - set(now)):
        target = (root / path).resolve()
        if root not in target.parents or not target.is_file():
            continue  # never anything outside site_dir
        target.unlink()
        removed.append(path)
        folder = target.parent
        while folder != root and not any(folder.iterdir()):
            folder.rmdir()
            folder = folder.parent
    return removed


def written_files(files: Files, ours: Iterable[str], extra: Iterable[str]) -> set[str]:
    """Site-relative files this build writes for the blog: the pages of `ours` (`src_uri`s of
    posts, listings, redirects) and `extra` (feeds, their stylesheet)."""
    written = set(extra)
    for uri in ours:
        file = files.get_file_from_path(uri)
        if file is not None:
            written.add(file.dest_uri.replace(os.sep, "/"))
    return written
