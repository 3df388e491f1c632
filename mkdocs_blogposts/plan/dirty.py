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

from mkdocs.structure.files import InclusionLevel

if TYPE_CHECKING:
    from collections.abc import Callable, Collection, Iterable, Mapping
    from pathlib import Path

    from mkdocs.structure.files import Files

    from .blog import Blog


def page_keys(blog: Blog, digests: Mapping[str, str], related: int, *,
              url_of: Callable[[str], str | None] = lambda uri: None,
              exists: Callable[[str], bool] = lambda uri: True) -> dict[str, str]:
    """A key per post of all its page shows besides its own text: its authors' profiles,
    its tags' and categories' names and pages, its cover (is it there?), its neighbours and
    related posts (by title and URL)."""
    keys = {}
    for uri, post in blog.posts.items():
        newer, older = blog.neighbours(post)
        parts: list[object] = [digests.get(uri, ""), post.authors, blog.is_draft(post),
                               (post.image, exists(post.image)) if post.image else None]
        for taxonomy, labels in ((blog.tags, post.tags), (blog.categories, post.categories)):
            for label in labels:
                term = taxonomy.term_for(label)
                parts.append((term.slug, term.label) if term else label)
        for other in (newer, older, *(blog.related(post, related) if related else ())):
            parts.append((other.src_uri, other.title, url_of(other.src_uri)) if other else None)
        keys[uri] = digest(parts)
    return keys


def digest(value: object) -> str:
    """A short digest of `repr(value)`."""
    return hashlib.blake2b(repr(value).encode("utf-8"), digest_size=12).hexdigest()


def rebuild_all(files: Files) -> None:
    """Mark every page as modified: what all pages show changed (the blog's options)."""
    for file in files.documentation_pages():
        file.is_modified = lambda: True  # type: ignore[method-assign]


def rebuild_latest(files: Files, posts: Collection[str]) -> None:
    """Mark each page of the user's that shows the latest posts (`<!-- blogposts:latest`)
    as modified: it shows other files' titles."""
    for file in files.documentation_pages():
        if file.src_uri in posts or file.abs_src_path is None:
            continue
        try:
            text = file.content_string
        except (OSError, UnicodeDecodeError, ValueError):
            continue
        if "blogposts:latest" in text:
            file.is_modified = lambda: True  # type: ignore[method-assign]


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
        if file is not None and file.inclusion is not InclusionLevel.EXCLUDED:
            written.add(file.dest_uri.replace(os.sep, "/"))
    return written
