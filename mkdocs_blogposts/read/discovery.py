"""Find the posts among MkDocs' files, read each once, and report what is wrong with them.

It knows which files are posts, not what a post means (that is `aliases.py`).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from functools import partial
from typing import TYPE_CHECKING

from mkdocs.structure.files import File, InclusionLevel

from ..checks import Check
from .aliases import read_post
from .front_matter import is_stripped_by_mkdocs
from .mdx import mdx_to_markdown

if TYPE_CHECKING:
    from collections.abc import Iterable

    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files

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
    candidates: int = 0
    """Files read as posts, whether or not they could be."""


def is_post(file: File, urls: BlogUrls, posts_dir: str) -> bool:
    """A Markdown file below `posts_dir` (the blog folder by default), not the blog index, not
    a README, not under `.` or `_`, and not a page the user wrote where a generated page goes
    (`blog/tags.md`): a folder's `index.md` is a post (Docusaurus and Hugo bundles)."""
    if not file.is_documentation_page() or file.inclusion is InclusionLevel.EXCLUDED:
        return False
    src_uri = file.src_uri
    if posts_dir and not src_uri.startswith(posts_dir + "/"):
        return False
    if not urls.holds(src_uri) or src_uri == urls.index:
        return False
    parts = urls.below(src_uri).split("/")
    if any(part.startswith((".", "_")) for part in parts):
        return False
    return parts[-1].lower() != "readme.md" and not urls.is_generated(src_uri)


def discover_posts(files: Files, urls: BlogUrls, posts_dir: str, ctx: ReadContext,
                   report: Reporter, *, posts_in_nav: bool,
                   cache: FrontMatterCache | None = None) -> Discovered:
    """Read every post of `files`; set their inclusion (out of the automatic nav, drafts).
    With a `cache` (under `mkdocs serve`), unchanged posts' front matter is not parsed again."""
    found = Discovered()
    if cache is not None:
        cache.start_build()
    if posts_dir and not any(f.src_uri.startswith(posts_dir + "/") for f in files):
        report(Check.INVALID, f"blog_dir: there is no folder '{posts_dir}' with posts in "
               "docs_dir; set blog_dir (or post_dir) to the folder that holds your posts")
    for file in list(files):
        if not is_post(file, urls, posts_dir):
            continue
        found.candidates += 1
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


def adopt_mdx(files: Files, posts_dir: str, config: MkDocsConfig, report: Reporter) -> None:
    """Each `.mdx` file below the posts folder (Docusaurus, Astro) becomes a Markdown page at
    the same path: imports and exports dropped, components left out with one info line."""
    for file in list(files):
        if not file.src_uri.endswith(".mdx") or not file.src_uri.startswith(
                f"{posts_dir}/" if posts_dir else ""):
            continue
        markdown_uri = file.src_uri[:-1]  # x.mdx -> x.md
        files.remove(file)
        if files.get_file_from_path(markdown_uri) is not None:
            report(Check.INVALID, f"{file.src_uri}: file: {markdown_uri} is there too; the .md "
                   "file is the post, this one is left out")
            continue
        try:
            text = file.content_string
        except (OSError, UnicodeDecodeError) as exc:
            report(Check.INVALID, f"{file.src_uri}: file: cannot be read as UTF-8 text ({exc}); "
                   "left out of the site")
            continue
        result = mdx_to_markdown(text)
        if result.dropped:
            report(Check.LENIENT, f"{file.src_uri}: body: MDX components left out (they need "
                   f"React to render): {', '.join(result.dropped)}")
        files.append(File.generated(config, markdown_uri, content=result.markdown,
                                    inclusion=file.inclusion))


def leave_out(files: Files, src_uris: Iterable[str]) -> None:
    """Files the plugin reads that must not be published (an authors file holds emails)."""
    for src_uri in src_uris:
        file = files.get_file_from_path(src_uri)
        if file is not None:
            files.remove(file)
