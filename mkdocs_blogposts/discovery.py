"""Find the posts among MkDocs' files, read each once, and report what is wrong with them.

With `pages.py` the only module that touches MkDocs `Files`; it knows which files are posts,
not what a post means (that is `posts.py`).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from functools import partial
from typing import TYPE_CHECKING, TypeVar

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import InclusionLevel
from mkdocs.utils.meta import YAML_RE

from .authors import DataFileError, load_authors
from .posts import INVALID, read_post
from .rendered import digest
from .tags_file import load_tags

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from mkdocs.structure.files import File, Files

    from .authors import Author
    from .posts import FrontMatterCache, Post, ReadContext
    from .tags_file import TagInfo

    Report = Callable[[str, str], None]

_NOT_POSTS = {"index.md", "readme.md"}
DEFAULT_AUTHORS_FILES = (".authors.yml", "authors.yml")
DEFAULT_TAGS_FILE = "tags.yml"
T = TypeVar("T")


@dataclass
class Discovered:
    """The posts of a build, and the Markdown to give MkDocs for some of them."""

    posts: list[Post] = field(default_factory=list)
    bodies: dict[str, str] = field(default_factory=dict)
    """Body of each post whose front matter MkDocs cannot strip (`---js`, `+++` TOML)."""
    digests: dict[str, str] = field(default_factory=dict)
    """Digest of each post's source text (see `rendered.py`)."""


def is_post(file: File, blog_dir: str) -> bool:
    """A Markdown file under `blog_dir`, not an index or README, not under `.` or `_`."""
    if not file.is_documentation_page() or file.inclusion is InclusionLevel.EXCLUDED:
        return False
    if not file.src_uri.startswith(blog_dir + "/"):
        return False
    parts = file.src_uri[len(blog_dir) + 1 :].split("/")
    if any(part.startswith((".", "_")) for part in parts):
        return False
    return parts[-1].lower() not in _NOT_POSTS


def discover_posts(files: Files, blog_dir: str, ctx: ReadContext, report: Report, *,
                   posts_in_nav: bool, cache: FrontMatterCache | None = None) -> Discovered:
    """Read every post of `files`; set their inclusion (out of the automatic nav, drafts).
    With a `cache` (under `mkdocs serve`), unchanged posts' front matter is not parsed again."""
    found = Discovered()
    if cache is not None:
        cache.start_build()
    if not any(f.src_uri.startswith(blog_dir + "/") for f in files):
        report(INVALID, f"blog_dir: there is no folder '{blog_dir}' with posts in docs_dir; "
               "set blog_dir to the folder that holds your posts")
    for file in list(files):
        if not is_post(file, blog_dir):
            continue
        try:
            text = file.content_string
        except (OSError, UnicodeDecodeError) as exc:
            # MkDocs would stop the whole build on this file: leave it out, loudly.
            report(INVALID, f"{file.src_uri}: file: cannot be read as UTF-8 text ({exc}); "
                   "left out of the site")
            file.inclusion = InclusionLevel.EXCLUDED
            continue
        key = found.digests[file.src_uri] = digest(text)
        split = partial(cache.split, key=key) if cache is not None else None
        result = read_post(file.src_uri, text, ctx, split)
        for finding in result.findings:
            report(finding.check, f"{file.src_uri}: {finding.message}")
        if not YAML_RE.match(text) and result.body != text:
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


def load_data_files(docs_dir: Path, blog_dir: str, *, authors_file: str, tags_file: str,
                    report: Report) -> tuple[dict[str, Author], dict[str, TagInfo]]:
    """The authors and tags files. A file named in the config must exist; the defaults may
    not. A file that cannot be read is one warning, and the blog goes on without it."""
    authors_names = (DEFAULT_AUTHORS_FILES if authors_file == DEFAULT_AUTHORS_FILES[0]
                     else (authors_file,))
    authors_path = _data_file(docs_dir, blog_dir, "authors_file", authors_names,
                              DEFAULT_AUTHORS_FILES)
    tags_path = _data_file(docs_dir, blog_dir, "tags_file", (tags_file,), (DEFAULT_TAGS_FILE,))
    return (_load(authors_path, load_authors, docs_dir, report),
            _load(tags_path, load_tags, docs_dir, report))


def _data_file(docs_dir: Path, blog_dir: str, option: str, names: tuple[str, ...],
               defaults: tuple[str, ...]) -> Path | None:
    for name in names:
        if (docs_dir / blog_dir / name).is_file():
            return docs_dir / blog_dir / name
    if names[0] not in defaults:
        raise PluginError(f"blogposts: {option}: {blog_dir}/{names[0]} does not exist in "
                          "docs_dir")
    return None


def _load(path: Path | None, loader: Callable[[Path, str], dict[str, T]], docs_dir: Path,
          report: Report) -> dict[str, T]:
    if path is None:
        return {}
    try:
        return loader(path, os.path.relpath(path, docs_dir))
    except DataFileError as exc:
        report(INVALID, str(exc))
        return {}
