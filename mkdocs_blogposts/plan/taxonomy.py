"""Group posts by tag, category, author and year; give every group one stable slug."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..slugs import TermSlugs, safe_segment, tag_key

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Callable, Iterable, Mapping

    from ..read.authors import Author
    from ..read.data_files import TagInfo
    from ..read.post import Post
    from ..urls import TermKind


@dataclass
class Term:
    """One tag, category or author: its page is `urls.BlogUrls.term(kind, slug)`."""

    kind: TermKind
    slug: str
    label: str
    posts: list[Post] = field(default_factory=list)
    author: Author | None = None
    description: str = ""


@dataclass
class Taxonomy:
    """All terms of one kind, plus the lookup from a label's identity to its slug."""

    kind: TermKind
    terms: dict[str, Term] = field(default_factory=dict)
    slug_of: dict[str, str] = field(default_factory=dict)

    def term_for(self, label: str) -> Term | None:
        """The term a label as written in a post belongs to."""
        slug = self.slug_of.get(tag_key(label))
        return self.terms.get(slug) if slug else None

    def display(self, label: str) -> str:
        """How a label as written in a post is shown: its term's label (`ai` -> `AI`)."""
        term = self.term_for(label)
        return term.label if term else label

    def sorted_terms(self) -> list[Term]:
        """Alphabetical by label, case-insensitively."""
        return sorted(self.terms.values(), key=lambda t: (t.label.casefold(), t.slug))


def group_labels(
    kind: TermKind, posts: Iterable[Post], labels_of: Callable[[Post], Iterable[str]],
    warn: Callable[[str], None], known: Mapping[str, TagInfo] | None = None,
    slugs: TermSlugs | None = None,
) -> Taxonomy:
    """Terms for free-text labels (tags, categories); `posts` newest first.

    Labels are one term when equal ignoring case and spacing. Different labels that still
    share a slug (`Node.js`, `Node JS`) each keep a page: in sorted order the first keeps
    the slug, the next get `-2`, `-3`, and a warning names them. `known` (the tags file)
    gives labels, descriptions and (Docusaurus) permalinks; `slugs` how a label is spelled in
    a URL (ours by default).
    """
    known = known or {}
    slugs = slugs or TermSlugs()
    by_key: dict[str, list[Post]] = defaultdict(list)
    first_label: dict[str, str] = {}
    for post in posts:
        for label in labels_of(post):
            key = tag_key(label)
            # The newest post's spelling (posts come newest first); the tags file's wins.
            first_label.setdefault(key, known[key].label if key in known else label)
            by_key[key].append(post)
    taxonomy = Taxonomy(kind)
    by_slug: dict[str, list[str]] = defaultdict(list)
    for key in sorted(by_key):
        info = known.get(key)
        if info is not None and info.permalink:
            by_slug[safe_segment(info.permalink.strip("/"), kind)].append(key)
        else:
            by_slug[slugs(kind, first_label[key])].append(key)
    for base, keys in sorted(by_slug.items()):
        if len(keys) > 1:
            shown = ", ".join(
                f"{first_label[k]!r} ({', '.join(sorted({p.src_uri for p in by_key[k]}))})"
                for k in keys
            )
            warn(f"{kind} labels {shown} share the URL slug {base!r}; each gets its own page "
                 "(did you mean one of them?)")
        for number, key in enumerate(keys, start=1):
            slug = base if number == 1 else f"{base}-{number}"
            while slug in taxonomy.terms:
                slug += "-"  # a label that already ends in -2 took it; very unlikely
            taxonomy.slug_of[key] = slug
            info = known.get(key)
            taxonomy.terms[slug] = Term(kind, slug, first_label[key], by_key[key],
                                        description=info.description if info else "")
    return taxonomy


def group_authors(posts: Iterable[Post]) -> Taxonomy:
    """Terms for authors, identified by the author's slug (their id, or slugified name)."""
    taxonomy = Taxonomy("author")
    for post in posts:
        for author in post.authors:
            term = taxonomy.terms.get(author.slug)
            if term is None:
                term = taxonomy.terms[author.slug] = Term("author", author.slug, author.name,
                                                          author=author)
            taxonomy.slug_of[tag_key(author.slug)] = author.slug
            # A marker may name an author as posts show them: `author="Ann Lee"`.
            taxonomy.slug_of.setdefault(tag_key(author.name), author.slug)
            term.posts.append(post)
    return taxonomy


def group_archives(posts: Iterable[Post], key: Callable[[dt.date], str]) -> dict[str, list[Post]]:
    """Posts by archive page (`key` of their calendar day: a year, or a month), newest first."""
    archives: dict[str, list[Post]] = defaultdict(list)
    for post in posts:
        archives[key(post.date.day)].append(post)
    return dict(sorted(archives.items(), key=lambda item: item[1][0].sort_key, reverse=True))


def year_of(day: dt.date) -> str:
    """The default archive key: the year."""
    return str(day.year)
