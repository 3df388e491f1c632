"""What one build knows, made once in `on_files` by `Build.start`; each MkDocs event asks it
what to do with a page. `Settings` is what `mkdocs.yml` says (made in `on_config`); `Session`
is what outlives a build (`mkdocs serve` reuses the plugin object).

The order inside `Build.start` is the only one that works: read the posts, group them, plan the
listings, add the generated files, and only then read where every file is published
(`site_files.finish_files` returns that, after its last change to the files).
"""

from __future__ import annotations

import html
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from mkdocs.plugins import get_plugin_logger
from mkdocs.utils import get_build_datetime

from .checks import Reporter
from .feeds.plan import FeedSettings, feed_specs, listing_feeds, posts_in_feeds
from .feeds.writers import write_all
from .markers import expand_latest, fill_listing, fill_post, mark_listing, mark_post, place_listing
from .plan.blog import Blog
from .plan.listings import plan_listings
from .plan.nav import lift_index_pages, nav_paths
from .plan.site_files import finish_files
from .read.authors import author_lookup
from .read.data_files import load_data_files
from .read.discovery import discover_posts, mark_drafts
from .read.front_matter import FrontMatterCache
from .read.post import ReadContext
from .render.fragments import Renderer
from .render.head import HeadTags
from .render.i18n import DateTexts, parse_locale
from .render.post_html import PostHtml
from .urls import BlogUrls

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.nav import Navigation
    from mkdocs.structure.pages import Page

    from .config import BlogpostsConfig
    from .plan.listings import Listing
    from .plan.site_files import Published

log = get_plugin_logger(__name__)

FEED_STYLESHEET = Path(__file__).parent / "assets" / "feed.xsl"


@dataclass(frozen=True)
class Settings:
    """What `mkdocs.yml` and the plugin's options say, for one build."""

    options: BlogpostsConfig
    urls: BlogUrls
    locale: str
    site_url: str
    """`site_url` ending in `/`, or "" when it is not set."""
    feeds: FeedSettings | None
    """None when no feeds are written."""

    @classmethod
    def read(cls, options: BlogpostsConfig, config: MkDocsConfig) -> Settings:
        """The settings of this build; warns once when feeds are on but `site_url` is not."""
        urls = BlogUrls(options.blog_dir)
        locale = str(config.theme.get("language") or config.theme.get("locale") or "en")
        site_url = config.site_url.rstrip("/") + "/" if config.site_url else ""
        feeds = None
        if options.feeds and options.feed_formats:
            if site_url:
                feeds = FeedSettings(
                    site_url=site_url,
                    site_name=config.site_name,
                    site_description=config.site_description or "",
                    urls=urls,
                    language=locale.replace("_", "-"),
                    limit=options.feed_items,
                    full_content=options.feed_full_content,
                    formats=tuple(options.feed_formats),
                    scopes=tuple(options.feed_scopes),
                    title_pattern=options.feed_title,
                    stylesheet=options.feed_stylesheet,
                )
            else:
                log.warning("site_url is not set in mkdocs.yml: feeds need absolute links, so "
                            "no feeds are written (set site_url, or 'feeds: false')")
        return cls(options, urls, locale, site_url, feeds)


@dataclass
class Session:
    """What outlives a build: whether we serve, the HTML of posts keyed by their source (for
    --dirty rebuilds) and, when serving, their parsed front matter keyed by their text."""

    serving: bool = False
    dirty: bool = False
    post_html: PostHtml = field(default_factory=PostHtml)
    front_matter: FrontMatterCache = field(default_factory=FrontMatterCache)


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
    in_users_nav: frozenset[str]

    @classmethod
    def start(cls, files: Files, config: MkDocsConfig, settings: Settings,
              session: Session) -> Build:
        """Read the posts among `files`, add the blog's pages to them, and get ready to
        render. Bad input is reported as it is found; checks set to `error` stop here."""
        options = settings.options
        report = Reporter(options.validation, log)
        authors, tags = load_data_files(
            Path(config.docs_dir), settings.urls.blog_dir, authors_file=options.authors_file,
            tags_file=options.tags_file, report=report)
        ctx = ReadContext(options.timezone, author_lookup(authors),
                          frozenset(f.src_uri for f in files))
        cache = session.front_matter if session.serving else None
        found = discover_posts(files, settings.urls, ctx, report,
                               posts_in_nav=options.posts_in_nav, cache=cache)
        if cache is not None:
            log.debug("front matter of %d of %d posts unchanged since the last build: not "
                      "parsed again", cache.hits, len(found.digests))
        blog = Blog.collect(
            # The build's time is MkDocs' (SOURCE_DATE_EPOCH when set, for reproducible builds).
            found.posts, now=get_build_datetime(),
            include_future=options.include_future, preview=session.serving, report=report,
            known_tags=tags,
        )
        feeds = settings.feeds
        in_feeds = posts_in_feeds(blog, feeds) if feeds and feeds.full_content else set()
        session.post_html.start_build(found.digests, keep_html=in_feeds)
        mark_drafts(files, blog.future | {p.src_uri for p in found.posts if p.draft})
        listings = plan_listings(blog, settings.urls, options.posts_per_page)
        in_users_nav = frozenset(nav_paths(config.nav))
        published = finish_files(files, listings, config, report,
                                 sized={post.image for post in blog.listed if post.image},
                                 in_users_nav=in_users_nav, dirty=session.dirty)
        report.raise_if_errors()
        fragments = Renderer(
            blog=blog, urls=settings.urls, theme_dirs=config.theme.dirs,
            url_of=published.url_of, dates=DateTexts(parse_locale(settings.locale),
                                                     options.date_format),
            html_of=session.post_html, words_per_minute=options.words_per_minute,
            related_count=options.related_posts,
            feeds_of=(lambda term: listing_feeds(feeds, term)) if feeds else None,
        )
        head = HeadTags(blog, settings.site_url, config.site_name, published.url_of, feeds)
        return cls(settings, session, blog, {listing.src_uri: listing for listing in listings},
                   found.bodies, published, fragments, head, in_users_nav)

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
            # Themes print page titles unescaped: hand them HTML-safe text.
            page.meta["title"] = html.escape(post.title, quote=False)
        return self.bodies.get(src_uri, markdown)

    def page_content(self, content: str, page: Page) -> str:
        """A generated listing page gets its heading; a post's HTML is kept for excerpts and
        feeds."""
        src_uri = page.file.src_uri
        listing = self.listings.get(src_uri)
        if listing is not None and page.file.generated_by is not None:
            return f"<h1>{html.escape(listing.title)}</h1>\n{content}"
        if src_uri in self.blog.posts:
            self.session.post_html.store(src_uri, content)
        return content

    def mark_page(self, page: Page) -> None:
        """Markers where the fragments go: latest posts are filled now; a post's byline and
        footer and a listing are filled in the written page (`fill_page`)."""
        if page.content is None:
            return
        page.content = expand_latest(
            page.content, lambda request: self.fragments.latest(request, page.url))
        post = self.blog.posts.get(page.file.src_uri)
        if post is not None:
            page.content = mark_post(page.content, post.title)
        if page.file.src_uri in self.listings:
            page.content = mark_listing(page.content)

    def fill_page(self, output: str, page: Page) -> str:
        """The written page with its listing, byline and footer, and head tags."""
        listing = self.listings.get(page.file.src_uri)
        if listing is not None:
            output = fill_listing(output, self.fragments.listing(listing, page.url))
        post = self.blog.posts.get(page.file.src_uri)
        if post is not None:
            output = fill_post(output, self.fragments.byline(post, page.url),
                               self.fragments.post_footer(post, page.url))
        return self.head.decorate(output, page.url, post=post, listing=listing)

    def write_feeds(self, site_dir: Path) -> None:
        """Every feed file, and the feeds' stylesheet, into `site_dir`."""
        feeds = self.settings.feeds
        if feeds is None:
            return

        def write(path: str, data: bytes) -> None:
            target = site_dir / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)

        started = time.perf_counter()
        specs = feed_specs(self.blog, feeds, url_of=self.published.url_of,
                           html_of=self.session.post_html, size_of=self.published.size_of)
        count = write_all(specs, write)
        if feeds.stylesheet_path:
            write(feeds.stylesheet_path, FEED_STYLESHEET.read_bytes())
        log.debug("wrote %d feeds (%d files, %d items) in %.2f s", len(specs), count,
                  sum(len(spec.items) for spec in specs), time.perf_counter() - started)
