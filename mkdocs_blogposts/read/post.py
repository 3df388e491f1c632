"""A post as every engine's front matter means it, normalized, and what reading it found."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Mapping

    from ..checks import Check
    from .authors import Author
    from .dates import PostDate

# Where a post's excerpt ends: Material's and Docusaurus' separators (Docusaurus' own posts
# write `<!--truncate-->` too).
MORE_MARKERS = ("<!-- more -->", "<!-- truncate -->", "<!--more-->", "<!--truncate-->")


@dataclass(frozen=True, slots=True)
class Post:
    """A post as every engine's front matter means it, normalized."""

    src_uri: str
    """Where MkDocs found the post's file: its identity in a build."""
    title: str
    date: PostDate
    description: str = ""
    description_given: bool = False
    """The description came from the front matter (not cut from the body)."""
    updated: PostDate | None = None
    authors: tuple[Author, ...] = ()
    tags: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    image: str = ""
    """Absolute URL, or a path relative to `docs_dir` (a `src_uri`)."""
    draft: bool = False
    unlisted: bool = False
    words: int = 0
    """Words of the body, for the reading time."""
    slug: str = ""
    """Front matter `slug`, as written (the `{slug}` of post URLs)."""
    slug_title: str = ""
    """What `{slug}` slugifies when there is no `slug`: the title as MkDocs and Material's
    blog read it before rendering (front matter, else a first-line `# ` heading, else the
    file name)."""
    permalink: str = ""
    """Jekyll's `permalink:` or Hugo's `url:`: the post's whole path from the site root."""
    permalink_is_hugo: bool = False
    """It came from Hugo's `url:`, whose `:tokens` are Hugo's."""
    aliases: tuple[str, ...] = ()
    """Hugo's `aliases:`: old URLs, from the site root or from the page's parent folder."""
    redirect_from: tuple[str, ...] = ()
    """Jekyll's `redirect_from:`: old URLs, from the site root."""
    pin: bool = False
    """Material: first on the blog index and its category pages."""
    readtime: int | None = None
    """Material: minutes of reading, instead of the computed ones."""
    links: tuple[LinkRef, ...] = ()
    """Material's `links:`: related pages, shown under the post."""

    @property
    def sort_key(self) -> tuple[PostDate, str]:
        """Newest first when sorted in reverse; the path keeps equal dates stable."""
        return (self.date, self.src_uri)


@dataclass(frozen=True, slots=True)
class LinkRef:
    """One of Material's `links:`: a title (or none: the page's own) and a path from
    docs_dir or a URL, under an optional section heading."""

    title: str
    target: str
    section: str = ""


@dataclass(frozen=True)
class Finding:
    """Something worth telling about a post: `message` reads `field: what is wrong`."""

    check: Check
    message: str
    excludes: bool = False
    """The post is left out of listings and feeds until this is fixed."""


@dataclass
class ReadResult:
    """A post (None when a finding excludes it) and every finding about it."""

    post: Post | None
    findings: list[Finding] = field(default_factory=list)
    body: str = ""
    """The Markdown after the front matter."""


@dataclass(frozen=True)
class ReadContext:
    """What reading a post needs besides its text."""

    tz: dt.tzinfo
    authors: Mapping[str, Author]
    """Profiles by id and by case-folded name (`authors.author_lookup`)."""
    existing: frozenset[str]
    """`src_uri`s of the site's files, to check images."""
    separators: tuple[str, ...] = MORE_MARKERS
    """Where an excerpt ends."""
    excerpt_required: bool = False
    """Material's `post_excerpt: required`: a post without a separator is reported."""

    @cached_property
    def known_slugs(self) -> set[str]:
        """Slugs of the authors file's profiles."""
        return {author.slug for author in self.authors.values()}
