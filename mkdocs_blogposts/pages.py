"""Listing pages (blog index, tags, authors, categories, years) as MkDocs virtual files."""

from __future__ import annotations

import html
import json
import os
import posixpath
from dataclasses import dataclass
from typing import TYPE_CHECKING

from mkdocs.structure.files import File, InclusionLevel
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc

if TYPE_CHECKING:
    from collections.abc import Callable, Container, Iterable

    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files

    from .blog import Blog
    from .posts import Post
    from .taxonomy import Taxonomy, Term

LISTING_MARKER = "<!-- blogposts:listing -->"

# Folder of each taxonomy under blog_dir, as in the contract's URL table.
FOLDERS = {"tag": "tags", "author": "authors", "category": "categories"}
INDEX_TITLES = {"tag": "Tags", "author": "Authors", "category": "Categories"}


@dataclass(frozen=True)
class Listing:
    """One listing page: which posts (or terms) it shows and where it sits in its series."""

    src_uri: str
    title: str
    kind: str
    """`index`, `tag`, `author`, `category`, `year`, or `tags`/`authors`/`categories`
    for the page that lists every term of a taxonomy."""
    posts: tuple[Post, ...] = ()
    number: int = 1
    total: int = 1
    first_uri: str = ""
    term: Term | None = None
    terms: tuple[Term, ...] = ()
    in_nav: bool = False

    def uri_of_page(self, number: int) -> str:
        """`src_uri` of page `number` of this listing's series."""
        return paged_uri(self.first_uri, number)


def paged_uri(first_uri: str, number: int) -> str:
    """`blog/index.md` -> `blog/page/2/index.md`."""
    if number == 1:
        return first_uri
    return posixpath.join(posixpath.dirname(first_uri), "page", str(number), "index.md")


def term_uri(blog_dir: str, term: Term) -> str:
    """`src_uri` of the first page of a tag, author or category."""
    return f"{blog_dir}/{FOLDERS[term.kind]}/{term.slug}/index.md"


def plan_listings(blog: Blog, blog_dir: str, per_page: int) -> list[Listing]:
    """Every listing page of the blog, page 2 onwards included."""
    listings = _series(f"{blog_dir}/index.md", "Blog", "index", blog.listed, per_page,
                       in_nav=True)
    for taxonomy in (blog.tags, blog.authors, blog.categories):
        listings += _taxonomy_listings(blog_dir, taxonomy, per_page)
    for year, posts in blog.years.items():
        # An archive is a compact list of titles and dates: one page per year, not paginated.
        listings += _series(f"{blog_dir}/archive/{year}/index.md", str(year), "year", posts,
                            len(posts))
    return listings


def _taxonomy_listings(blog_dir: str, taxonomy: Taxonomy, per_page: int) -> list[Listing]:
    if not taxonomy.terms:
        return []
    folder = FOLDERS[taxonomy.kind]
    index_uri = f"{blog_dir}/{folder}/index.md"
    listings = [Listing(index_uri, INDEX_TITLES[taxonomy.kind], folder, first_uri=index_uri,
                        terms=tuple(taxonomy.sorted_terms()), in_nav=True)]
    for term in taxonomy.terms.values():
        listings += _series(term_uri(blog_dir, term), term.label, term.kind, term.posts,
                            per_page, term=term)
    return listings


def _series(
    first_uri: str, title: str, kind: str, posts: list[Post], per_page: int,
    *, term: Term | None = None, in_nav: bool = False,
) -> list[Listing]:
    per_page = max(per_page, 1)
    total = max(1, -(-len(posts) // per_page))
    return [
        Listing(
            paged_uri(first_uri, number),
            title if number == 1 else f"{title} (page {number})",
            kind,
            tuple(posts[(number - 1) * per_page : number * per_page]),
            number,
            total,
            first_uri,
            term,
            in_nav=in_nav and number == 1,
        )
        for number in range(1, total + 1)
    ]


def add_listing_files(files: Files, listings: list[Listing], config: MkDocsConfig,
                      report: Callable[[str, str], None], *,
                      in_users_nav: Container[str] = (), dirty: bool = False) -> None:
    """Add a virtual page for each listing, unless the user wrote a page at that path.

    A user's page keeps its text; the listing goes at its marker, or below it. A page at
    another path with the same URL (`blog/tags.md` and the tags index) is reported, and wins.
    Pages named in `in_users_nav` are left for MkDocs to make, with the nav's title.
    In a `dirty` build, a user's page that holds a listing is rebuilt like a changed file.
    """
    by_dest = {file.dest_uri: file.src_uri for file in files.documentation_pages()}
    for listing in listings:
        own = files.get_file_from_path(listing.src_uri)
        if own is not None:
            if dirty:
                # --dirty rebuilds only files changed since their output was written, but this
                # page also shows other posts: it is never up to date by its own date alone.
                own.is_modified = lambda: True  # type: ignore[method-assign]
            continue
        dest = File(listing.src_uri, "", "", config.use_directory_urls).dest_uri
        if dest in by_dest:
            report("duplicate_slugs", f"{by_dest[dest]}: url: its URL is the one of the "
                   f"generated page {listing.src_uri} ({listing.title!r}); rename the file")
            continue
        # Themes print page titles unescaped: give them text that is already HTML-safe.
        meta: dict[str, object] = {"title": html.escape(listing.title)}
        if listing.number > 1:  # Material's search: page 2 onwards only repeats page 1
            meta["search"] = {"exclude": True}
        # The same as front matter, for plugins that read a file's text (a JSON string is a
        # YAML string).
        front = "".join(f"{key}: {json.dumps(value)}\n" for key, value in meta.items())
        file = File.generated(
            config,
            listing.src_uri,
            content=f"---\n{front}---\n\n{LISTING_MARKER}\n",
            inclusion=InclusionLevel.UNDEFINED if listing.in_nav else InclusionLevel.NOT_IN_NAV,
        )
        files.append(file)
        if listing.src_uri not in in_users_nav:
            ListingPage(file, meta, config)


class ListingPage(Page):
    """The page of a generated listing file. Its text is known, only the listing marker:
    so it is not parsed as YAML and Markdown (a blog of 1,000 posts has 500 such pages);
    should another plugin change its Markdown, it is rendered as any page."""

    def __init__(self, file: File, meta: dict[str, object], config: MkDocsConfig) -> None:
        super().__init__(None, file, config)  # sets file.page: MkDocs builds this page
        self._listing_meta = meta

    def read_source(self, config: MkDocsConfig) -> None:
        self.markdown = LISTING_MARKER
        self.meta = dict(self._listing_meta)

    def render(self, config: MkDocsConfig, files: Files) -> None:
        if self.markdown is None or self.markdown.strip() != LISTING_MARKER:
            super().render(config, files)
            return
        self.content = LISTING_MARKER
        self.toc = get_toc([])
        self.present_anchor_ids = set()
        self.links_to_anchors = {}


def file_sizes(files: Files, src_uris: Iterable[str]) -> dict[str, int]:
    """Byte size of each of these files of the site (feeds give cover images a length)."""
    sizes = {}
    for src_uri in src_uris:
        file = files.get_file_from_path(src_uri)
        if file is not None:
            sizes[src_uri] = (os.path.getsize(file.abs_src_path) if file.abs_src_path
                              else len(file.content_bytes))
    return sizes


def place_listing(markdown: str) -> str:
    """Markdown of a listing page with the marker where the listing goes (end by default)."""
    if LISTING_MARKER in markdown:
        return markdown
    return f"{markdown.rstrip()}\n\n{LISTING_MARKER}\n"


def mark_listing(content: str) -> str:
    """A listing page's content, with the marker where the listing goes: where the user put
    it, else at the end (also when their Markdown swallowed it, e.g. inside a paragraph)."""
    return content if LISTING_MARKER in content else f"{content}\n{LISTING_MARKER}"


def insert_listing(output: str, fragment: str) -> str:
    """A listing page's written HTML with the listing at its (first) marker."""
    return output.replace(LISTING_MARKER, fragment, 1)
