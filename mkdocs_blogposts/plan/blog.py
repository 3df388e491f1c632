"""The blog of one build: its posts, their groups and what is listed where."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from itertools import chain
from typing import TYPE_CHECKING

from ..checks import Check
from ..slugs import tag_key
from .taxonomy import Taxonomy, group_archives, group_authors, group_labels, year_of

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Callable, Collection, Iterable, Mapping

    from ..checks import Reporter
    from ..read.data_files import TagInfo
    from ..read.post import Post
    from ..slugs import TermSlugs


RELATED_WINDOW = 200


@dataclass
class Blog:
    """Every post of the build (by `src_uri`) and the listed ones, newest first."""

    posts: dict[str, Post]
    listed: list[Post]
    tags: Taxonomy
    categories: Taxonomy
    authors: Taxonomy
    archives: dict[str, list[Post]] = field(default_factory=dict)
    """Posts of each archive page (a year, or a month), newest first."""
    future: frozenset[str] = frozenset()
    """`src_uri`s of posts dated after the build: treated like drafts."""

    @cached_property
    def _position(self) -> dict[str, int]:
        return {post.src_uri: number for number, post in enumerate(self.listed)}

    def neighbours(self, post: Post) -> tuple[Post | None, Post | None]:
        """`(newer, older)` next to `post` in the blog's order (None at either end)."""
        at = self._position.get(post.src_uri)
        if at is None:
            return None, None
        newer = self.listed[at - 1] if at > 0 else None
        older = self.listed[at + 1] if at + 1 < len(self.listed) else None
        return newer, older

    @cached_property
    def _tag_uris(self) -> dict[str, list[str]]:
        """Each tag's `src_uri`s, newest first (by slug)."""
        return {slug: [post.src_uri for post in term.posts]
                for slug, term in self.tags.terms.items()}

    def related(self, post: Post, count: int) -> list[Post]:
        """Up to `count` listed posts sharing the most tags with `post`, then the newest.

        Looks at the newest `RELATED_WINDOW` posts of each of `post`'s tags, so the cost per
        post stays flat however big a tag grows (a scan of whole tags is quadratic). Counting
        and both sorts run in C: this is done for every post of the blog."""
        windows = []
        for label in post.tags:
            term = self.tags.term_for(label)
            if term:
                windows.append(self._tag_uris[term.slug][:RELATED_WINDOW])
        shared = Counter(chain.from_iterable(windows))
        shared.pop(post.src_uri, None)
        newest_first = sorted(shared, key=self._position.__getitem__)
        # A stable sort, so posts sharing as many tags stay newest first.
        ranked = sorted(newest_first, key=shared.__getitem__, reverse=True)[:count]
        return [self.posts[uri] for uri in ranked]

    def is_draft(self, post: Post) -> bool:
        """A draft, or a post dated in the future: previewed by serve, never in a feed."""
        return post.draft or post.src_uri in self.future

    def published(self, posts: Iterable[Post]) -> list[Post]:
        """`posts` without drafts: what feeds may carry."""
        return [post for post in posts if not self.is_draft(post)]

    @staticmethod
    def pinned_first(posts: list[Post]) -> list[Post]:
        """`posts` (newest first) with pinned ones first (Material's `pin`): the order of the
        blog index and of category pages."""
        if not any(post.pin for post in posts):
            return posts
        return [post for post in posts if post.pin] + [post for post in posts if not post.pin]

    @classmethod
    def collect(
        cls, posts: Iterable[Post], *, now: dt.datetime, include_future: bool,
        preview: bool, report: Reporter,
        known_tags: Mapping[str, TagInfo] | None = None,
        slugs: TermSlugs | None = None,
        archive_key: Callable[[dt.date], str] = year_of,
        categories_allowed: Collection[str] = (),
    ) -> Blog:
        """Group `posts`; unlisted posts are never listed; drafts and (unless included)
        future posts only in a `preview` (`mkdocs serve`), and never in feeds."""
        every = sorted(posts, key=lambda p: p.sort_key, reverse=True)
        listed = []
        future = set()
        for post in every:
            if post.unlisted:
                continue
            if post.date.value > now and not include_future and not post.draft:
                report(Check.FUTURE, f"{post.src_uri}: date: {post.date.iso} is in the future; "
                       "the post is built only by 'mkdocs serve' until then (option "
                       "include_future lists it)")
                future.add(post.src_uri)
            if preview or not (post.draft or post.src_uri in future):
                listed.append(post)
            if known_tags:
                for label in post.tags:
                    if tag_key(label) not in known_tags:
                        report(Check.UNKNOWN_TAGS, f"{post.src_uri}: tags: {label!r} is not in the "
                               "tags file; it gets a page all the same")
            for label in post.categories:
                if categories_allowed and label not in categories_allowed:
                    report(Check.INVALID, f"{post.src_uri}: categories: {label!r} is not in "
                           "categories_allowed; it gets a page all the same")

        def duplicate(message: str) -> None:
            report(Check.DUPLICATE_SLUGS, message)

        return cls(
            posts={p.src_uri: p for p in every},
            listed=listed,
            tags=group_labels("tag", listed, lambda p: p.tags, duplicate, known_tags, slugs),
            categories=group_labels("category", listed, lambda p: p.categories, duplicate,
                                    slugs=slugs),
            authors=group_authors(listed),
            archives=group_archives(listed, archive_key),
            future=frozenset(future),
        )
