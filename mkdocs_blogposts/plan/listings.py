"""The listing pages of a blog: the index, each tag, author and category, the indexes of
those, and year archives, each split into pages of `posts_per_page` posts."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from ..render.translations import N_, english
from .blog import Blog

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Callable, Collection, Mapping

    from ..read.post import Post
    from ..urls import BlogUrls, TermKind
    from .taxonomy import Taxonomy, Term

ListingKind = Literal["index", "tag", "author", "category", "archive",
                      "tags", "authors", "categories", "archives", "feeds"]
"""What a listing shows: the blog (`index`), one term, one archive page (a year or a month),
every term of a kind (`tags`, `authors`, `categories`), every archive page (`archives`) or
every feed. Templates see it as `listing.kind`."""

INDEX_TITLES: dict[str, tuple[ListingKind, str]] = {
    "tag": ("tags", N_("Tags")), "author": ("authors", N_("Authors")),
    "category": ("categories", N_("Categories")),
}
"""The index of each kind of term: its kind of listing and its title."""


@dataclass(frozen=True)
class Listing:
    """One listing page: which posts (or terms) it shows and where it sits in its series."""

    src_uri: str
    title: str
    kind: ListingKind
    series: tuple[str, ...]
    """`src_uri` of every page of this listing, the first page first."""
    posts: tuple[Post, ...] = ()
    number: int = 1
    term: Term | None = None
    terms: tuple[Term, ...] = ()
    in_nav: bool = False

    @property
    def total(self) -> int:
        """How many pages the series has."""
        return len(self.series)

    def uri_of_page(self, number: int) -> str:
        """`src_uri` of page `number` of this listing's series."""
        return self.series[number - 1]


def plan_listings(blog: Blog, urls: BlogUrls, per_page: Mapping[str, int], *,
                  term_pages: Collection[TermKind] = ("tag", "author", "category"),
                  archive_title: Callable[[dt.date], str] | None = None,
                  feeds_page: bool = False,
                  text: Callable[..., str] = english) -> list[Listing]:
    """Every listing page of the blog, page 2 onwards included. `per_page` holds the posts a
    page for `index` and each term kind; `term_pages` the kinds that get pages; an archive
    page's title is `archive_title` of its newest post's day (none: no archive pages; else
    an index of them too); `feeds_page` adds the page listing every feed; `text` translates
    titles (`Strings.text`)."""
    listings = _series(urls, urls.index, text(N_("Blog")), "index",
                       blog.pinned_first(blog.listed), per_page["index"], text, in_nav=True)
    for taxonomy in (blog.tags, blog.authors, blog.categories):
        if taxonomy.kind in term_pages:
            listings += _taxonomy_listings(urls, taxonomy, per_page[taxonomy.kind], text)
    if archive_title is not None and blog.archives:
        if urls.archive_index != urls.index:  # archives right below the blog: no index
            listings.append(Listing(urls.archive_index, text(N_("Archive")), "archives",
                                    (urls.archive_index,), in_nav=True))
        for posts in blog.archives.values():
            # An archive is a compact list of titles and dates: one page each, not paginated.
            day = posts[0].date.day
            listings += _series(urls, urls.archive(day), archive_title(day), "archive", posts,
                                len(posts), text)
    if feeds_page:
        listings.append(Listing(urls.feeds_index, text(N_("Feeds")), "feeds",
                                (urls.feeds_index,)))
    return listings


def _taxonomy_listings(urls: BlogUrls, taxonomy: Taxonomy, per_page: int,
                       text: Callable[..., str]) -> list[Listing]:
    if not taxonomy.terms:
        return []
    kind, title = INDEX_TITLES[taxonomy.kind]
    index_uri = urls.term_index(taxonomy.kind)
    listings = []
    if index_uri != urls.index:  # terms right below the blog folder: the blog is their index
        listings.append(Listing(index_uri, text(title), kind, (index_uri,),
                                terms=tuple(taxonomy.sorted_terms()), in_nav=True))
    for term in taxonomy.terms.values():
        posts = term.posts if term.kind != "category" else Blog.pinned_first(term.posts)
        listings += _series(urls, urls.term(term.kind, term.slug, term.label), term.label,
                            term.kind, posts, per_page, text, term=term)
    return listings


def _series(
    urls: BlogUrls, first_uri: str, title: str, kind: ListingKind, posts: list[Post],
    per_page: int, text: Callable[..., str], *, term: Term | None = None,
    in_nav: bool = False,
) -> list[Listing]:
    per_page = max(per_page, 1)
    total = max(1, -(-len(posts) // per_page))
    series = tuple(urls.paged(first_uri, number) for number in range(1, total + 1))
    return [
        Listing(
            series[number - 1],
            title if number == 1 else text(N_("%(title)s (page %(number)s)"), title=title,
                                           number=number),
            kind,
            series,
            tuple(posts[(number - 1) * per_page : number * per_page]),
            number,
            term,
            in_nav=in_nav and number == 1,
        )
        for number in range(1, total + 1)
    ]


def page_numbers(current: int, total: int, around: int = 2) -> list[int | None]:
    """Page numbers a pagination shows: the first, the last and `around` either side of
    `current`, with None for each gap (a blog of 10,000 posts has 1,000 index pages)."""
    shown = {1, total, *range(current - around, current + around + 1)}
    numbers: list[int | None] = []
    previous = 0
    for number in sorted(n for n in shown if 1 <= n <= total):
        if number - previous == 2:  # an ellipsis would hide just one page: show it
            numbers.append(number - 1)
        elif number - previous > 2:
            numbers.append(None)
        numbers.append(number)
        previous = number
    return numbers
