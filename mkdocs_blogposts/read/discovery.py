"""Find the posts among MkDocs' files, read each once, and report what is wrong with them.

It knows which files are posts, not what a post means (that is `aliases.py`).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from functools import partial
from typing import TYPE_CHECKING

from mkdocs.structure.files import InclusionLevel

from ..checks import Check
from .aliases import read_post
from .front_matter import is_stripped_by_mkdocs

if TYPE_CHECKING:
    from mkdocs.structure.files import File, Files

    from ..checks import Reporter
    from ..urls import BlogUrls
    from .front_matter import FrontMatterCache
    from .post import Post, ReadContext

_NOT_POSTS = {"index.md", "readme.md"}


def digest(text: str) -> str:
    """A digest of a post's source text: which version of a post a cached result is for."""
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()


@dataclass
class Discovered:
    """The posts of a build, and the Markdown to give MkDocs for some of them."""

    posts: list[Post] = field(default_factory=list)
    bodies: dict[str, str] = field(default_factory=dict)
    """Body of each post whose front matter MkDocs cannot strip (`---js`, `+++` TOML)."""
    digests: dict[str, str] = field(default_factory=dict)
    """Digest of each post's source text (`digest`)."""


def is_post(file: File, urls: BlogUrls) -> bool:
    """A Markdown file under the blog folder, not an index or README, not under `.` or `_`."""
    if not file.is_documentation_page() or file.inclusion is InclusionLevel.EXCLUDED:
        return False
    if not urls.holds(file.src_uri):
        return False
    parts = file.src_uri[len(urls.blog_dir) + 1 :].split("/")
    if any(part.startswith((".", "_")) for part in parts):
        return False
    return parts[-1].lower() not in _NOT_POSTS


def discover_posts(files: Files, urls: BlogUrls, ctx: ReadContext, report: Reporter, *,
                   posts_in_nav: bool, cache: FrontMatterCache | None = None) -> Discovered:
    """Read every post of `files`; set their inclusion (out of the automatic nav, drafts).
    With a `cache` (under `mkdocs serve`), unchanged posts' front matter is not parsed again."""
    found = Discovered()
    if cache is not None:
        cache.start_build()
    if not any(urls.holds(f.src_uri) for f in files):
        report(Check.INVALID, f"blog_dir: there is no folder '{urls.blog_dir}' with posts in "
               "docs_dir; "
               "set blog_dir to the folder that holds your posts")
    for file in list(files):
        if not is_post(file, urls):
            continue
        try:
            text = file.content_string
        except (OSError, UnicodeDecodeError) as exc:
            # MkDocs would stop the whole build on this file: leave it out, loudly.
            report(Check.INVALID, f"{file.src_uri}: file: cannot be read as UTF-8 text ({exc}); "
                   "left out of the site")
            file.inclusion = InclusionLevel.EXCLUDED
            continue
        key = found.digests[file.src_uri] = digest(text)
        split = partial(cache.split, key=key) if cache is not None else None
        result = read_post(file.src_uri, text, ctx, split)
        for finding in result.findings:
            report(finding.check, f"{file.src_uri}: {finding.message}")
        if not is_stripped_by_mkdocs(text) and result.body != text:
            found.bodies[file.src_uri] = result.body
        post = result.post
        if post is not None:
            if file.inclusion is InclusionLevel.DRAFT:  # MkDocs' own `draft_docs`
                post = replace(post, draft=True)
            found.posts.append(post)
        if file.inclusion.value > InclusionLevel.DRAFT.value and not posts_in_nav:
            file.inclusion = InclusionLevel.NOT_IN_NAV
    return found


def mark_drafts(files: Files, src_uris: set[str] | frozenset[str]) -> None:
    """Drafts (and future posts) are built by `mkdocs serve` only."""
    for src_uri in src_uris:
        file = files.get_file_from_path(src_uri)
        if file is not None:
            file.inclusion = InclusionLevel.DRAFT
