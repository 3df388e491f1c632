"""The blog's files as MkDocs sees them: our templates and stylesheet in the theme, a virtual
page per listing, and, once the files are final, the URL each one is published at."""

from __future__ import annotations

import html
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from mkdocs.structure.files import File, InclusionLevel
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc

from ..checks import Check
from ..markers import LISTING_MARKER
from ..urls import THEME_CSS

if TYPE_CHECKING:
    from collections.abc import Container, Iterable, Mapping

    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files

    from ..checks import Reporter
    from .listings import Listing

PACKAGE = Path(__file__).parent.parent
TEMPLATES = PACKAGE / "templates"
STYLESHEET = PACKAGE / "assets" / "blogposts.css"


def add_theme_files(config: MkDocsConfig) -> None:
    """Our templates behind the theme's (a `custom_dir/blogposts/` file wins), and our
    stylesheet for the themes that have no blog styles of their own."""
    config.theme.dirs.append(str(TEMPLATES))
    config.extra_css.append(THEME_CSS)


@dataclass(frozen=True)
class Published:
    """Where each file of the finished site is published, and the size of the files feeds
    describe. Only `finish_files` makes one, after its last change to the files, so no URL can
    be read before every page is where it will be."""

    urls: Mapping[str, str]
    sizes: Mapping[str, int]

    def url_of(self, src_uri: str) -> str | None:
        """The site-relative URL of the file at `src_uri` (None: no such file)."""
        return self.urls.get(src_uri)

    def size_of(self, src_uri: str) -> int | None:
        """Bytes of the file at `src_uri`, when it was asked for."""
        return self.sizes.get(src_uri)


def finish_files(files: Files, listings: Iterable[Listing], config: MkDocsConfig,
                 report: Reporter, *, sized: Iterable[str], in_users_nav: Container[str] = (),
                 dirty: bool = False) -> Published:
    """Add the listing pages and our stylesheet to `files`: the plugin's last change to them.
    Then where everything is published, and the size of the `sized` files."""
    _add_listing_files(files, listings, config, report, in_users_nav=in_users_nav, dirty=dirty)
    if files.get_file_from_path(THEME_CSS) is None:
        files.append(File.generated(config, THEME_CSS, abs_src_path=str(STYLESHEET)))
    sizes = {}
    for src_uri in sized:
        file = files.get_file_from_path(src_uri)
        if file is not None:
            sizes[src_uri] = (os.path.getsize(file.abs_src_path) if file.abs_src_path
                              else len(file.content_bytes))
    return Published({file.src_uri: file.url for file in files}, sizes)


def _add_listing_files(files: Files, listings: Iterable[Listing], config: MkDocsConfig,
                       report: Reporter, *, in_users_nav: Container[str] = (),
                       dirty: bool = False) -> None:
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
            report(Check.DUPLICATE_SLUGS, f"{by_dest[dest]}: url: its URL is the one of the "
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
