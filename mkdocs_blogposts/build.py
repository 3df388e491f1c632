"""What one build knows, made once in `on_files` by `Build.start`; each later MkDocs event asks
it what to do with a page.

The order inside `Build.start` is the only one that works: read the posts, group them, move
posts to their URLs, plan the listings, add the generated files, and only then read where every
file is published (`site_files.finish_files` returns that, after its last change to the files).
"""

from __future__ import annotations

import html
import posixpath
import re
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from babel.dates import format_date
from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.files import File, InclusionLevel
from mkdocs.structure.toc import get_toc
from mkdocs.utils import get_build_datetime

from .checks import Check, Reporter
from .feeds.plan import feed_directory, feed_paths, feed_specs, listing_feeds, posts_in_feeds
from .feeds.writers import write_all
from .links import is_external
from .markers import (
    expand_latest,
    fill_listing,
    fill_post,
    mark_listing,
    mark_post,
    place_listing,
    set_direction,
)
from .plan.blog import Blog
from .plan.dirty import (
    digest,
    page_keys,
    rebuild_all,
    rebuild_changed,
    rebuild_latest,
    remove_stale,
    written_files,
)
from .plan.listings import plan_listings
from .plan.nav import lift_index_pages, nav_paths, repeated_section
from .plan.redirects import archive_page_redirects, plan_redirects
from .plan.site_files import finish_files, move_media, place_posts
from .read.aliases import resolve_docs_path
from .read.authors import author_lookup
from .read.data_files import DataFiles, load_data_files
from .read.discovery import adopt_mdx, discover_posts, leave_out
from .read.post import ReadContext
from .render.fragments import Renderer, Shown, make_environment, redirect_page
from .render.head import HeadParts, HeadTags
from .render.i18n import DateTexts, parse_locale
from .urls import parent_paths
from .worker import PARALLEL_FROM, Worker

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Callable

    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.nav import Navigation, Section
    from mkdocs.structure.pages import Page

    from .markers import LatestRequest
    from .plan.listings import Listing
    from .plan.site_files import Published
    from .read.discovery import Discovered
    from .settings import Session, Settings

log = get_plugin_logger(__name__)

TITLE_ID = "blogposts-title"
"""The `id` of a generated listing page's heading."""


@dataclass(frozen=True)
class PageFragments:
    """What goes into one written page of the blog: plain strings (and `HeadParts`), so a
    worker process can make them and send them."""

    listing: str
    byline: str
    footer: str
    head: HeadParts


@dataclass
class Build:
    """One build's blog: its posts, listings, where every page is published, and the
    renderers that fill its pages and write its feeds."""

    settings: Settings
    session: Session
    blog: Blog
    listings: dict[str, Listing]
    bodies: dict[str, str]
    """Markdown of posts whose front matter MkDocs cannot strip (TOML, `---js`)."""
    published: Published
    fragments: Renderer
    head: HeadTags
    files: Files
    ours: list[str]
    """`src_uri`s of the pages and files the blog makes (posts, listings, redirects)."""
    detached: dict[str, Section] = field(default_factory=dict)
    """Listing pages rendered outside the section of their own name (`mark_page`)."""
    blocked_feeds: frozenset[str] = frozenset()
    """Feed files a page of the user's is written over (reported): not written."""
    worker: Worker | None = None
    """The second process making fragments and feeds, when one runs (`prepare`)."""

    @classmethod
    def start(cls, files: Files, config: MkDocsConfig, settings: Settings,
              session: Session) -> Build:
        """Read the posts among `files`, add the blog's pages to them, and get ready to
        render. Bad input is reported as it is found; checks set to `error` stop here."""
        options, urls = settings.options, settings.urls
        report = Reporter(options.validation, log)
        adopt_mdx(files, settings.posts_dir, config, report)
        data = load_data_files(Path(config.docs_dir), urls,
                               authors_file=options.authors_file if options.authors else None,
                               tags_file=options.tags_file, report=report)
        leave_out(files, data.paths)
        _check_avatars(data, files, report)
        ctx = ReadContext(options.timezone, author_lookup(data.authors),
                          frozenset(f.src_uri for f in files), settings.excerpt_separators,
                          options.post_excerpt == "required")
        cache = session.front_matter if session.serving else None
        found = discover_posts(files, urls, settings.posts_dir, ctx, report,
                               posts_in_nav=options.posts_in_nav, cache=cache)
        if cache is not None:
            log.debug("front matter of %d of %d posts unchanged since the last build: not "
                      "parsed again", cache.hits, len(found.digests))
        preview = settings.drafts_in_build or (session.serving and settings.drafts_on_serve)
        blog = Blog.collect(
            # The build's time is MkDocs' (SOURCE_DATE_EPOCH when set, for reproducible builds).
            found.posts, now=get_build_datetime(), include_future=settings.include_future,
            preview=preview, report=report, known_tags=data.tags, slugs=settings.term_slugs,
            archive_key=urls.archive_key, categories_allowed=options.categories_allowed)
        _explain_an_empty_blog(files, found, blog, settings.posts_dir, report)
        for failure in dict.fromkeys(settings.term_slugs.failures):
            report(Check.INVALID, f"categories_slugify failed on {failure}; the category's "
                   "slug is the plugin's own")
        settings.term_slugs.failures.clear()
        feeds = settings.feeds
        in_feeds = posts_in_feeds(blog, feeds) if feeds and feeds.full_content else set()
        session.post_html.start_build(found.digests, keep_html=in_feeds,
                                      separators=settings.excerpt_separators)
        _hide_drafts(files, blog, preview=preview, serving=session.serving)
        archive_title = _archive_title(settings) if settings.archive else None
        listings = plan_listings(blog, urls, settings.per_page, term_pages=settings.term_pages,
                                 archive_title=archive_title, feeds_page=feeds is not None,
                                 text=settings.strings.text)
        feed_files = feed_paths(blog, feeds) if feeds else {}
        # A post's URL may come from its front matter: never a listing's, nor a feed's.
        reserved = {**feed_files,
                    **{_dest(listing.src_uri, config): f"the page {listing.title!r}"
                       for listing in listings}}
        post_urls = replace(urls, term_slug=lambda kind, label: _category_slug(blog, label))
        moved = place_posts(files, blog.posts.values(), post_urls, config, report,
                            reserved=reserved)
        if session.serving:  # --dirty renders only changed files: also those that show others
            keys = page_keys(blog, found.digests, options.related_posts,
                             url_of=lambda uri: (file.url if (file := files.get_file_from_path(
                                 uri)) else None),
                             exists=lambda uri: files.get_file_from_path(uri) is not None)
            options_key = digest((sorted(options.items(), key=str), config.site_url,
                                  config.theme.get("language"), config.theme.get("locale")))
            if session.dirty:
                if options_key != session.options_key:
                    rebuild_all(files)
                rebuild_changed(files, keys, session.page_keys)
                rebuild_latest(files, blog.posts)
            session.page_keys = keys
            session.options_key = options_key
        if settings.media_dir is not None:
            move_media(files, settings.media_dir, urls.blog_dir, config)
        in_users_nav = frozenset(nav_paths(config.nav))
        env = make_environment(config.theme.dirs, settings.strings)
        redirects = plan_redirects(
            blog.posts.values(), moved if options.redirect_file_urls else {},
            lambda src_uri: _written_url(files, src_uri, serving=session.serving),
            report)
        if archive_title is not None and settings.archive_page_urls:
            redirects += archive_page_redirects(blog, urls, settings.archive_page_urls,
                                                config.use_directory_urls, archive_title)
        published = finish_files(
            files, listings, config, report,
            sized={post.image for post in blog.listed if post.image}, posts=blog.posts,
            in_users_nav=in_users_nav, dirty=session.dirty, redirects=redirects,
            redirect_page=lambda redirect, target: redirect_page(
                env, redirect.path, target, title=redirect.title,
                site_url=settings.site_url, lang=settings.locale.replace("_", "-")))
        blocked = _blocked_feeds(files, feed_files, report)
        report.raise_if_errors()
        fragments = Renderer(
            blog=blog, urls=urls, theme_dirs=config.theme.dirs, url_of=published.url_of,
            dates=DateTexts(parse_locale(settings.locale), settings.date_format),
            html_of=session.post_html,
            shown=Shown(settings.words_per_minute, settings.reading_time, options.related_posts,
                        not _tags_plugin(config), settings.card_authors,
                        settings.card_categories),
            title_of=lambda src_uri: _title_of(files, src_uri),
            feeds_of=(lambda term: listing_feeds(feeds, term)) if feeds else None,
            archive_title=archive_title,
            feed_directory=(lambda: feed_directory(blog, feeds)) if feeds else None,
            strings=settings.strings,
        )
        head = HeadTags(blog, settings.site_url, config.site_name, published.url_of, feeds)
        # A folder post's own files too: under --dirty, an image removed from it must go.
        folders = tuple(posixpath.dirname(uri) + "/" for uri in blog.posts
                        if posixpath.basename(uri) in ("index.md", "README.md"))
        assets = [file.src_uri for file in files.media_files()
                  if folders and file.src_uri.startswith(folders)]
        ours = [*blog.posts, *published.listings, *(r.path for r in redirects), *assets]
        return cls(settings, session, blog, dict(published.listings), found.bodies, published,
                   fragments, head, files, ours, blocked_feeds=blocked)

    def arrange_nav(self, nav: Navigation, config: MkDocsConfig) -> None:
        """In the automatic nav, the blog's index pages sit directly in its Blog section; a
        nav the user wrote is respected as written."""
        if config.nav is None:
            lift_index_pages(nav.items, {uri for uri, listing in self.listings.items()
                                         if listing.in_nav})

    def page_markdown(self, markdown: str, page: Page) -> str:
        """A listing page's Markdown with the listing marker; a post's body without front
        matter MkDocs cannot strip, and its title made HTML-safe for the theme."""
        src_uri = page.file.src_uri
        if src_uri in self.listings:
            return place_listing(markdown)
        post = self.blog.posts.get(src_uri)
        if post is not None:
            # Themes print page titles unescaped: hand them HTML-safe text; Material prints
            # the description in an attribute, so quotes too.
            page.meta["title"] = html.escape(post.title, quote=False)
            if isinstance(page.meta.get("description"), str):
                page.meta["description"] = html.escape(page.meta["description"])
        return self.bodies.get(src_uri, markdown)

    def page_content(self, content: str, page: Page) -> str:
        """A generated listing page gets its heading; a post's HTML is kept for excerpts and
        feeds."""
        src_uri = page.file.src_uri
        listing = self.listings.get(src_uri)
        if listing is not None and page.file.generated_by is not None:
            # The heading is the page's contents: themes show a box of contents beside it
            # (an empty box without an entry, on the mkdocs theme).
            title = html.escape(listing.title)
            page.toc = get_toc([{"level": 1, "id": TITLE_ID, "name": title, "children": []}])
            return f'<h1 id="{TITLE_ID}">{title}</h1>\n{content}'

        if src_uri in self.blog.posts:
            self.session.post_html.store(src_uri, content)
        return content

    def _latest(self, page: Page, request: LatestRequest) -> str:
        """The latest posts a marker asks for; a marker naming no term of the blog is left
        out with a warning (it is a typo, or the term's posts are gone)."""
        html = self.fragments.latest(request, page.url)
        if not html and request.kind is not None:
            log.warning('%s: <!-- blogposts:latest %s="%s" -->: no %s of the blog is called '
                        "%r; the marker is left out", page.file.src_uri, request.kind,
                        request.value, request.kind, request.value)
        return html

    def mark_page(self, page: Page) -> None:
        """Markers where the fragments go: latest posts are filled now; a post's byline and
        footer and a listing are filled in the written page (`fill_page`)."""
        if page.content is None:
            return
        page.content = expand_latest(page.content, partial(self._latest, page))
        post = self.blog.posts.get(page.file.src_uri)
        if post is not None:
            page.content = mark_post(page.content, post.title)
        if page.file.src_uri in self.listings:
            page.content = mark_listing(page.content)
            section = repeated_section(page)
            if section is not None:  # rendered without it, so breadcrumbs say "Blog" once
                page.parent = section.parent
                self.detached[page.file.src_uri] = section

    def prepare(self, files: Files, site_dir: Path) -> None:
        """Once every page's Markdown is rendered, before MkDocs writes any: a worker
        process makes the blog's fragments and feeds meanwhile (`worker`), when it pays."""
        if not self.settings.parallel or self.session.serving:
            return
        urls = {file.src_uri: file.page.url for file in files.documentation_pages()
                if file.page is not None
                and (file.src_uri in self.listings or file.src_uri in self.blog.posts)}
        if len(urls) >= PARALLEL_FROM:
            self.worker = Worker.start(list(urls), lambda uri: self.fragments_of(uri, urls[uri]),
                                       lambda: self.write_feeds(site_dir))

    def fragments_of(self, src_uri: str, page_url: str) -> PageFragments:
        """What `fill_page` puts into the written page of a listing or a post."""
        listing = self.listings.get(src_uri)
        post = self.blog.posts.get(src_uri)
        return PageFragments(
            listing=self.fragments.listing(listing, page_url) if listing else "",
            byline=self.fragments.byline(post, page_url) if post else "",
            footer=self.fragments.post_footer(post, page_url) if post else "",
            head=self.head.parts(page_url, post=post, listing=listing))

    def fill_page(self, output: str, page: Page) -> str:
        """The written page with its listing, byline and footer, and head tags."""
        src_uri = page.file.src_uri
        section = self.detached.pop(src_uri, None)
        if section is not None:  # back before MkDocs marks the page and its parents inactive
            page.parent = section
        listing = self.listings.get(src_uri)
        post = self.blog.posts.get(src_uri)
        if listing is None and post is None:
            return self.head.decorate(output, page.url)
        made = self.worker.take(src_uri) if self.worker is not None else None
        if made is None:
            made = self.fragments_of(src_uri, page.url)
        if listing is not None:
            output = fill_listing(output, made.listing)
        if post is not None:
            output = fill_post(output, made.byline, made.footer)
        if self.settings.strings.rtl:
            output = set_direction(output, "rtl")  # the blog's pages; the user's are theirs
        return made.head.insert(output)

    def finish(self, site_dir: Path) -> None:
        """After MkDocs wrote the pages: the feeds (the worker's, or written here), and under
        `--dirty` the removal of what the blog no longer has."""
        written = self.worker.finish() if self.worker is not None else None
        if written is None:
            if self.worker is not None:
                log.debug("the worker process stopped (%s): feeds written here",
                          self.worker.failure)
            written = self.write_feeds(site_dir)
        self.forget_stale(site_dir, written)

    def abandon(self) -> None:
        """The build failed: stop the worker, if one runs."""
        if self.worker is not None:
            self.worker.abandon()
            self.worker = None

    def write_feeds(self, site_dir: Path) -> list[str]:
        """Every feed file, and the feeds' stylesheet, into `site_dir`; returns their paths."""
        feeds = self.settings.feeds
        written: list[str] = []
        if feeds is None:
            return written

        def write(path: str, data: bytes) -> None:
            if path in self.blocked_feeds:
                return
            target = site_dir / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
            written.append(path)

        specs = feed_specs(self.blog, feeds, url_of=self.published.url_of,
                           html_of=self.session.post_html, size_of=self.published.size_of)
        write_all(specs, write)
        if feeds.stylesheet_path:
            stylesheet = self.fragments.feed_stylesheet(xslt=feeds.stylesheet == "xslt")
            write(feeds.stylesheet_path, stylesheet.encode())
        return written

    def forget_stale(self, site_dir: Path, feed_files: list[str]) -> None:
        """Under `serve --dirty`, delete what the blog wrote last build and not this one (the
        page and feeds of a tag that lost its last post, a deleted post's page)."""
        if not self.session.serving:
            return
        written = written_files(self.files, self.ours, feed_files)
        if self.session.dirty:
            everything = {file.dest_uri for file in self.files
                          if file.inclusion is not InclusionLevel.EXCLUDED} | written
            for path in remove_stale(site_dir, self.session.written, everything):
                log.debug("removed %s: the blog no longer has it", path)
        self.session.written = written


def _hide_drafts(files: Files, blog: Blog, *, preview: bool, serving: bool) -> None:
    """Drafts and future posts: built only when previewed (`mkdocs serve`, or Material's
    `draft: true`); left out even by `serve` when `draft_on_serve` is off."""
    if preview:
        return
    level = InclusionLevel.EXCLUDED if serving else InclusionLevel.DRAFT
    for src_uri in blog.future | {uri for uri, post in blog.posts.items() if post.draft}:
        file = files.get_file_from_path(src_uri)
        if file is not None:
            file.inclusion = level


def _written_url(files: Files, src_uri: str, *, serving: bool) -> str | None:
    """The URL of the page this build writes for `src_uri` (None: none is written, as for
    a draft under `mkdocs build`; a redirect must not lead there)."""
    file = files.get_file_from_path(src_uri)
    unwritten = ({InclusionLevel.EXCLUDED} if serving
                 else {InclusionLevel.EXCLUDED, InclusionLevel.DRAFT})
    if file is None or file.inclusion in unwritten:
        return None
    return file.url


def _tags_plugin(config: MkDocsConfig) -> bool:
    """Whether Material's tags plugin is on: it shows a post's tags above it, so our byline
    leaves them out (our tag pages and feeds stay)."""
    return any(name in config.plugins for name in ("tags", "material/tags"))


def _blocked_feeds(files: Files, feeds: dict[str, str], report: Reporter) -> frozenset[str]:
    """Feed paths where a page of the site is written, or a folder of its pages: each is
    reported, and that feed is not written (the page is the user's)."""
    blocked = set()
    for file in files:
        for path in (*reversed(parent_paths(file.dest_uri)), file.dest_uri):
            if path in feeds and path not in blocked:
                blocked.add(path)
                report(Check.DUPLICATE_SLUGS, f"{file.src_uri}: its page {file.dest_uri!r} "
                       f"is where {feeds[path]} goes ({path}); that feed is not written "
                       "(rename the page)")
    return frozenset(blocked)


def _check_avatars(data: DataFiles, files: Files, report: Reporter) -> None:
    """An avatar that is a path must be a file of the site: else it is reported, and the
    author is shown without one (never a broken image)."""
    for key, author in list(data.authors.items()):
        avatar = author.avatar
        if not avatar or is_external(avatar):
            continue
        path = resolve_docs_path("", avatar)  # from docs_dir: no file outside it
        if files.get_file_from_path(path) is None:
            report(Check.MISSING_IMAGES, f"{data.authors_path}: {key}: avatar: {avatar!r} is "
                   f"not a file of the site (docs/{path}); the author is shown without it")
            data.authors[key] = replace(author, avatar="")


def _dest(src_uri: str, config: MkDocsConfig) -> str:
    """Where MkDocs writes the page of `src_uri`."""
    return File(src_uri, "", "", config.use_directory_urls).dest_uri


def _title_of(files: Files, src_uri: str) -> str | None:
    """A page's title as text (MkDocs gives it as HTML: `a &amp; b`, `<code>x</code>`)."""
    file = files.get_file_from_path(src_uri)
    title = file.page.title if file is not None and file.page is not None else None
    return html.unescape(re.sub(r"<[^<>]*>", "", title)) if title else None


def _category_slug(blog: Blog, label: str) -> str:
    term = blog.categories.term_for(label)
    return term.slug if term else label


def _archive_title(settings: Settings) -> Callable[[dt.date], str]:
    locale = parse_locale(settings.locale)
    pattern = settings.archive_title_format
    return lambda day: format_date(day, format=pattern, locale=locale)


def _explain_an_empty_blog(files: Files, found: Discovered, blog: Blog, posts_dir: str,
                           report: Reporter) -> None:
    """When the posts folder holds Markdown files but not one post is listed, say so and
    why, once (each file's own problems were reported already)."""
    if blog.listed:
        return
    pages = [f for f in files.documentation_pages()
             if not posts_dir or f.src_uri.startswith(posts_dir + "/")]
    if not pages:
        return
    unread = found.candidates - len(found.posts)
    reasons = []
    if found.candidates < len(pages):
        reasons.append(f"{len(pages) - found.candidates} are not posts (an index.md of the "
                       "blog, a README.md, a page at a generated page's path, or under a "
                       "'.' or '_' folder)")
    if unread:
        reasons.append(f"{unread} could not be read as posts (see the messages above)")
    for what, count in (("drafts", sum(p.draft for p in found.posts)),
                        ("dated in the future", len(blog.future)),
                        ("unlisted", sum(p.unlisted for p in found.posts))):
        if count:
            reasons.append(f"{count} {what}")
    report(Check.INVALID, f"{posts_dir}/: {len(pages)} Markdown files, but no post is listed: "
           + "; ".join(reasons or ["none of them is a post"]))
