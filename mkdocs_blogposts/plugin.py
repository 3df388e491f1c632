"""MkDocs events -> the modules that do the work. No logic of its own beyond wiring."""

from __future__ import annotations

import datetime as dt
import html
import time
from pathlib import Path
from typing import TYPE_CHECKING

from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger
from mkdocs.structure.files import File

from .authors import author_lookup
from .blog import Blog
from .config import BlogpostsConfig
from .dates import DateError, load_timezone
from .discovery import discover_posts, load_data_files, mark_drafts
from .feeds import write_all
from .head import HeadTags, insert_into_head
from .nav import lift_index_pages, nav_paths
from .pages import (
    Listing,
    add_listing_files,
    file_sizes,
    insert_listing,
    mark_listing,
    place_listing,
    plan_listings,
)
from .posts import FrontMatterCache, ReadContext
from .render import Renderer, mark_post, parse_locale
from .rendered import RenderedHtml
from .report import Reporter
from .syndication import FeedSettings, feed_specs, posts_in_feeds

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.nav import Navigation
    from mkdocs.structure.pages import Page
    from mkdocs.utils.templates import TemplateContext


log = get_plugin_logger(__name__)

TEMPLATES = Path(__file__).parent / "templates"
STYLESHEET = Path(__file__).parent / "assets" / "blogposts.css"
STYLESHEET_URI = "assets/blogposts/blogposts.css"
FEED_STYLESHEET = Path(__file__).parent / "assets" / "feed.xsl"


class BlogpostsPlugin(BasePlugin[BlogpostsConfig]):
    """`plugins: [blogposts]`: the posts under `docs/<blog_dir>/` become a blog."""

    supports_multiple_instances = False
    # Kept across builds (`mkdocs serve` reuses this object): whether we serve, the HTML of
    # posts keyed by their source (for --dirty rebuilds) and, when serving, their parsed
    # front matter keyed by their text. Everything else is reset per build.
    _serving = False
    _dirty = False
    _rendered: RenderedHtml | None = None
    _front_matter: FrontMatterCache | None = None

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self._serving = command == "serve"
        self._dirty = dirty

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        # Every per-build field is reset here, every build.
        self._blog: Blog | None = None
        self._listings: dict[str, Listing] = {}
        self._renderer: Renderer | None = None
        self._head: HeadTags | None = None
        self._urls: dict[str, str] = {}
        self._bodies: dict[str, str] = {}
        self._sizes: dict[str, int] = {}
        self._feeds: FeedSettings | None = None
        self.blog_dir = self.config.blog_dir.strip("/")
        if not self.blog_dir or ".." in self.blog_dir.split("/") or "\\" in self.blog_dir:
            # Feeds are written under site_dir/<blog_dir>: never outside it.
            raise PluginError(f"blogposts: blog_dir: {self.config.blog_dir!r} must name a "
                              "folder inside docs_dir, like 'blog'")
        try:
            self._tz = load_timezone(self.config.timezone)
        except DateError as exc:
            raise PluginError(f"blogposts: timezone: {exc}") from exc
        config.theme.dirs.append(str(TEMPLATES))
        config.extra_css.append(STYLESHEET_URI)
        self._locale = str(config.theme.get("language") or config.theme.get("locale") or "en")
        self._site_url = config.site_url.rstrip("/") + "/" if config.site_url else ""
        if self.config.feeds and self.config.feed_formats:
            if self._site_url:
                self._feeds = FeedSettings(
                    site_url=self._site_url,
                    site_name=config.site_name,
                    site_description=config.site_description or "",
                    blog_dir=self.blog_dir,
                    language=self._locale.replace("_", "-"),
                    limit=self.config.feed_items,
                    full_content=self.config.feed_full_content,
                    formats=tuple(self.config.feed_formats),
                    scopes=tuple(self.config.feed_scopes),
                    title_pattern=self.config.feed_title,
                    stylesheet=self.config.feed_stylesheet,
                )
            else:
                log.warning("site_url is not set in mkdocs.yml: feeds need absolute links, so "
                            "no feeds are written (set site_url, or 'feeds: false')")
        return config

    @event_priority(-50)  # after plugins that add pages of their own
    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        report = Reporter(self.config.validation, log)
        authors, tags = load_data_files(
            Path(config.docs_dir), self.blog_dir, authors_file=self.config.authors_file,
            tags_file=self.config.tags_file, report=report)
        ctx = ReadContext(self._tz, author_lookup(authors), frozenset(f.src_uri for f in files))
        if self._serving and self._front_matter is None:
            self._front_matter = FrontMatterCache()
        cache = self._front_matter if self._serving else None
        found = discover_posts(files, self.blog_dir, ctx, report,
                               posts_in_nav=self.config.posts_in_nav, cache=cache)
        if cache is not None:
            log.debug("front matter of %d of %d posts unchanged since the last build: not "
                      "parsed again", cache.hits, len(found.digests))
        self._bodies = found.bodies
        self._blog = blog = Blog.collect(
            found.posts, now=dt.datetime.now(dt.timezone.utc),
            include_future=self.config.include_future, preview=self._serving, report=report,
            known_tags=tags,
        )
        if self._rendered is None:
            self._rendered = RenderedHtml()
        in_feeds = (posts_in_feeds(blog, self._feeds)
                    if self._feeds and self._feeds.full_content else set())
        self._rendered.start_build(found.digests, keep_html=in_feeds)
        mark_drafts(files, blog.future | {p.src_uri for p in found.posts if p.draft})
        listings = plan_listings(blog, self.blog_dir, self.config.posts_per_page)
        self._listings = {listing.src_uri: listing for listing in listings}
        add_listing_files(files, listings, config, report,
                          in_users_nav=set(nav_paths(config.nav)), dirty=self._dirty)
        if files.get_file_from_path(STYLESHEET_URI) is None:
            files.append(File.generated(config, STYLESHEET_URI, abs_src_path=str(STYLESHEET)))
        report.raise_if_errors()
        self._urls = {file.src_uri: file.url for file in files}
        self._sizes = file_sizes(files, {post.image for post in blog.listed if post.image})
        self._head = HeadTags(blog, self._site_url, config.site_name, self._url_of, self._feeds)
        self._renderer = Renderer(
            blog=blog, blog_dir=self.blog_dir, theme_dirs=config.theme.dirs,
            url_of=self._url_of, locale=parse_locale(self._locale), html_of=self._rendered,
            date_format=self.config.date_format, words_per_minute=self.config.words_per_minute,
            related_count=self.config.related_posts, feeds=self._feeds,
        )
        return files

    def on_nav(self, nav: Navigation, *, config: MkDocsConfig, files: Files) -> Navigation:
        if config.nav is None:  # a nav the user wrote is respected as written
            index_uris = {uri for uri, listing in self._listings.items() if listing.in_nav}
            lift_index_pages(nav.items, index_uris)
        return nav

    def on_page_markdown(self, markdown: str, *, page: Page, config: MkDocsConfig,
                         files: Files) -> str:
        src_uri = page.file.src_uri
        if src_uri in self._listings:
            return place_listing(markdown)
        markdown = self._bodies.get(src_uri, markdown)  # front matter MkDocs did not strip
        post = self._blog.posts.get(src_uri) if self._blog else None
        if post is not None:
            # Themes print page titles unescaped: hand them HTML-safe text.
            page.meta["title"] = html.escape(post.title, quote=False)
        return markdown

    def on_page_content(self, html_text: str, *, page: Page, config: MkDocsConfig,
                        files: Files) -> str:
        src_uri = page.file.src_uri
        listing = self._listings.get(src_uri)
        if listing is not None and page.file.generated_by is not None:
            return f"<h1>{html.escape(listing.title)}</h1>\n{html_text}"
        if self._rendered is not None and self._blog and src_uri in self._blog.posts:
            self._rendered.store(src_uri, html_text)  # feeds and excerpts reuse it
        return html_text

    # After the search plugins (priority 0) have indexed page.content: the search index gets
    # the listing page's own text and the posts themselves, not 600 pages of excerpts nor
    # every post's byline and "related posts".
    @event_priority(-50)
    def on_page_context(self, context: TemplateContext, *, page: Page, config: MkDocsConfig,
                        nav: Navigation) -> TemplateContext:
        if self._renderer is None or page.content is None:
            return context
        page.content = self._renderer.expand_latest(page.content, page.url)
        post = self._blog.posts.get(page.file.src_uri) if self._blog else None
        if post is not None:
            page.content = mark_post(page.content, post.title)
        if page.file.src_uri in self._listings:
            page.content = mark_listing(page.content)
        return context

    # Before plugins that rework the output (minifiers...). Listings, bylines and post footers
    # go into the written HTML, never into page.content: they need not stay in memory.
    @event_priority(50)
    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str:
        if self._head is None or self._renderer is None:
            return output
        listing = self._listings.get(page.file.src_uri)
        if listing is not None:
            output = insert_listing(output, self._renderer.listing(listing, page.url))
        tags = self._head.feed_links(listing.term if listing else None)
        post = self._blog.posts.get(page.file.src_uri) if self._blog else None
        if post is not None:
            output = self._renderer.fill_post(output, post, page.url)
            head = output[: output.find("</head>")]
            tags += self._head.for_post(post, page.url, has_canonical='rel="canonical"' in head)
        elif listing is not None:
            tags += self._head.for_listing(listing, page.url)
        return insert_into_head(output, tags)

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        if self._feeds is None or self._blog is None or self._rendered is None:
            return
        site_dir = Path(config.site_dir)

        def write(path: str, data: bytes) -> None:
            target = site_dir / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)

        started = time.perf_counter()
        specs = feed_specs(self._blog, self._feeds, url_of=self._url_of, html_of=self._rendered,
                           size_of=self._size_of)
        count = write_all(specs, self._feeds.formats, write)
        if self._feeds.stylesheet_path:
            write(self._feeds.stylesheet_path, FEED_STYLESHEET.read_bytes())
        items = sum(len(spec.items) for _, spec in specs)
        log.debug("wrote %d feeds (%d files, %d items) in %.2f s", len(specs), count, items,
                  time.perf_counter() - started)

    # -- helpers -------------------------------------------------------------------------

    def _size_of(self, src_uri: str) -> int | None:
        return self._sizes.get(src_uri)

    def _url_of(self, src_uri: str) -> str | None:
        return self._urls.get(src_uri)
