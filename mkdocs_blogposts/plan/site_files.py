"""The blog's files as MkDocs sees them: our templates and stylesheet in the theme, posts (and
a folder post's own files) at the URLs their format asks for, a virtual page per listing,
redirect pages, and, once the files are final, the URL each one is published at."""

from __future__ import annotations

import html
import json
import os
import posixpath
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote as urlquote

from mkdocs.structure.files import File, InclusionLevel
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc

from ..checks import Check
from ..markers import LISTING_MARKER
from ..urls import THEME_CSS, PathProblem, PostSource, parent_paths

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Callable, Container, Iterable, Mapping

    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files

    from ..checks import Reporter
    from ..read.post import Post
    from ..urls import BlogUrls
    from .listings import Listing
    from .redirects import Redirect

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
    listings: Mapping[str, Listing]
    """Each listing by the `src_uri` of the page that holds it (ours, or the user's)."""

    def url_of(self, src_uri: str) -> str | None:
        """The site-relative URL of the file at `src_uri` (None: no such file)."""
        return self.urls.get(src_uri)

    def size_of(self, src_uri: str) -> int | None:
        """Bytes of the file at `src_uri`, when it was asked for."""
        return self.sizes.get(src_uri)


def place_posts(files: Files, posts: Iterable[Post], urls: BlogUrls, config: MkDocsConfig,
                report: Reporter, *, reserved: Mapping[str, str] | None = None
                ) -> dict[str, str]:
    """Give each post the URL its format asks for, on its MkDocs `File` (so links, the nav,
    search and the sitemap follow), moving a folder post's own files with it. Returns the
    MkDocs URL each moved post had, by `src_uri` (for redirects). A URL another page has, or
    one of the `reserved` ones (`dest_uri` -> what it is for: the blog's listings and feeds),
    is reported, as is a path that cannot be a page of the site; the post then keeps its own."""
    taken = {**(reserved or {}), **{file.dest_uri: file.src_uri for file in files}}
    moved: dict[str, str] = {}
    for post in sorted(posts, key=lambda p: p.src_uri):
        file = files.get_file_from_path(post.src_uri)
        if file is None:
            continue
        try:
            path = urls.post(PostSource(post.src_uri, post.title,
                                        _in_zone(post.date.value, urls), post.categories,
                                        post.slug, post.permalink, post.permalink_is_hugo,
                                        post.slug_title or post.title))
        except PathProblem as exc:
            report(Check.INVALID, f"{post.src_uri}: {exc.field}: {exc}; the post keeps "
                   f"{file.url!r}")
            continue
        if path is None:
            continue
        target = File(path, "", config.site_dir, config.use_directory_urls)
        if target.dest_uri == file.dest_uri:
            continue
        other = taken.get(target.dest_uri)
        if other is None:  # below a reserved file: `blog/feed.xml/index.html`
            other = next((taken[below] for below in parent_paths(target.dest_uri)
                          if below in taken), None)
        if other is not None:
            report(Check.DUPLICATE_SLUGS, f"{post.src_uri}: url: {target.url!r} is the URL of "
                   f"{other} too; this post keeps {file.url!r} (give it another slug)")
            continue
        del taken[file.dest_uri]
        taken[target.dest_uri] = post.src_uri
        moved[post.src_uri] = file.url
        old_folder = posixpath.dirname(file.dest_uri)
        _move(file, target.dest_uri, config)
        if posixpath.basename(post.src_uri) in ("index.md", "README.md"):
            _move_assets(files, posixpath.dirname(post.src_uri), old_folder,
                         posixpath.dirname(target.dest_uri), config)
    return moved


def move_media(files: Files, posts_dir: str, blog_dir: str, config: MkDocsConfig) -> None:
    """Material puts the images and other files below its posts folder (`blog/posts/x.png`)
    at the blog folder (`blog/x.png`); so do we in its style, so their URLs stay."""
    prefix = posts_dir + "/"
    for file in files.media_files():
        if file.src_uri.startswith(prefix):
            rest = file.dest_uri[len(prefix):] if file.dest_uri.startswith(prefix) else None
            if rest is not None:
                _move(file, posixpath.join(blog_dir, rest) if blog_dir else rest, config)


def _move_assets(files: Files, folder: str, old: str, new: str, config: MkDocsConfig) -> None:
    """A folder post's images and other files go with it: its relative links keep working,
    raw HTML ones too."""
    for file in files:
        if file.is_documentation_page() or not file.src_uri.startswith(folder + "/"):
            continue
        if file.dest_uri.startswith(old + "/"):
            _move(file, posixpath.join(new, file.dest_uri[len(old) + 1:]), config)


def _move(file: File, dest_uri: str, config: MkDocsConfig) -> None:
    """Where MkDocs writes `file` and links to it: the same three fields Material sets."""
    moved = File(dest_uri, "", config.site_dir, config.use_directory_urls)
    file.dest_uri = moved.dest_uri if file.is_documentation_page() else dest_uri
    file.abs_dest_path = os.path.normpath(os.path.join(config.site_dir, file.dest_uri))
    file.url = moved.url if file.is_documentation_page() else urlquote(dest_uri)


def _in_zone(value: dt.datetime, urls: BlogUrls) -> dt.datetime:
    """A post's date for its URL: an offset written in the value is moved to the site's time
    zone (as Jekyll does; Material keeps the offset); a date without one is as written."""
    zone = urls.zone
    if zone is None or value.tzinfo is zone or not urls.style.dates_in_zone:
        return value
    return value.astimezone(zone)


def finish_files(files: Files, listings: Iterable[Listing], config: MkDocsConfig,
                 report: Reporter, *, sized: Iterable[str], posts: Container[str] = (),
                 in_users_nav: Container[str] = (),
                 dirty: bool = False, redirects: Iterable[Redirect] = (),
                 redirect_page: Callable[[Redirect, str], str] | None = None) -> Published:
    """Add the listing pages, our stylesheet and redirect pages to `files`: the plugin's last
    change to them. Then where everything is published, and the size of the `sized` files.
    `redirect_page(redirect, target URL)` writes a redirect page's HTML."""
    held = _add_listing_files(files, listings, config, report, posts=posts,
                              in_users_nav=in_users_nav, dirty=dirty)
    if files.get_file_from_path(THEME_CSS) is None:
        files.append(File.generated(config, THEME_CSS, abs_src_path=str(STYLESHEET)))
    if redirect_page is not None:
        _add_redirects(files, redirects, config, report, redirect_page)
    sizes = {}
    for src_uri in sized:
        file = files.get_file_from_path(src_uri)
        if file is not None:
            sizes[src_uri] = (os.path.getsize(file.abs_src_path) if file.abs_src_path
                              else len(file.content_bytes))
    urls = {file.src_uri: file.url for file in files}
    for holder, listing in held.items():  # the user's `blog.md` holds `blog/index.md`
        urls.setdefault(listing.src_uri, urls[holder])
    return Published(urls, sizes, held)


def _add_redirects(files: Files, redirects: Iterable[Redirect], config: MkDocsConfig,
                   report: Reporter, page: Callable[[Redirect, str], str]) -> None:
    """A small page at each old URL, never over a real page (nor over another redirect)."""
    taken = {file.dest_uri: file.src_uri for file in files}
    for redirect in redirects:
        target = files.get_file_from_path(redirect.target)
        if target is None:
            continue
        if redirect.path in taken:
            if taken[redirect.path] != redirect.target:
                report(Check.DUPLICATE_SLUGS, f"{redirect.source}: {redirect.field}: "
                       f"{redirect.path!r} is a page of the site already "
                       f"({taken[redirect.path]}); no redirect is written there")
            continue
        taken[redirect.path] = redirect.target
        files.append(File.generated(config, redirect.path,
                                    content=page(redirect, target.url)))


def _add_listing_files(files: Files, listings: Iterable[Listing], config: MkDocsConfig,
                       report: Reporter, *, posts: Container[str],
                       in_users_nav: Container[str] = (), dirty: bool = False
                       ) -> dict[str, Listing]:
    """Add a virtual page for each listing, unless the user wrote a page there (at its path,
    or at another path with its URL: `blog/tags.md` for `blog/tags/index.md`). Returns each
    listing by the `src_uri` of the page that holds it.

    A user's page keeps its text; the listing goes at its marker, or below it. A post with a
    listing's URL is reported and keeps it. Pages named in `in_users_nav` are left for MkDocs
    to make, with the nav's title. In a `dirty` build, a user's page that holds a listing is
    rebuilt like a changed file.
    """
    pages = {file.dest_uri: file for file in files.documentation_pages()}
    held: dict[str, Listing] = {}
    for listing in listings:
        dest = File(listing.src_uri, "", "", config.use_directory_urls).dest_uri
        own = files.get_file_from_path(listing.src_uri) or pages.get(dest)
        if own is not None and own.src_uri in posts:
            report(Check.DUPLICATE_SLUGS, f"{own.src_uri}: url: its URL is the one of the "
                   f"generated page {listing.src_uri} ({listing.title!r}); rename the file")
            continue
        if own is not None:
            held[own.src_uri] = listing
            if dirty:
                # --dirty rebuilds only files changed since their output was written, but this
                # page also shows other posts: it is never up to date by its own date alone.
                own.is_modified = lambda: True  # type: ignore[method-assign]
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
        pages[file.dest_uri] = file
        held[listing.src_uri] = listing
        if listing.src_uri not in in_users_nav:
            ListingPage(file, meta, config)
    return held


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
