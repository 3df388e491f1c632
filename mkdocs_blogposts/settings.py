"""What `mkdocs.yml` says, for one build: the options resolved into what the plugin does
(Material's option names, the URL style and each URL option, which pages exist, how many
posts a page), and what outlives a build under `mkdocs serve` (`Session`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from mkdocs.exceptions import PluginError
from mkdocs.plugins import get_plugin_logger

from .config import IGNORED_OPTIONS
from .feeds.plan import SCOPE_OF_KIND, FeedSettings
from .read.front_matter import FrontMatterCache
from .read.post import MORE_MARKERS
from .render.i18n import parse_locale
from .render.post_html import PostHtml
from .render.translations import Strings, material_lookup, user_pattern
from .slugs import TermSlugs
from .urls import STYLES, BlogUrls

if TYPE_CHECKING:
    from collections.abc import Mapping

    from mkdocs.config.defaults import MkDocsConfig

    from .config import BlogpostsConfig
    from .urls import TermKind

log = get_plugin_logger(__name__)


@dataclass(frozen=True)
class Settings:
    """What `mkdocs.yml` and the plugin's options say, for one build."""

    options: BlogpostsConfig
    urls: BlogUrls
    posts_dir: str
    """Docs-relative folder whose Markdown files are posts ("": every folder; the blog
    index and the pages at generated paths still are not)."""
    media_dir: str | None
    """Docs-relative folder whose other files are published at the blog folder (Material)."""
    locale: str
    strings: Strings
    """The interface's strings in the site's language."""
    site_url: str
    """`site_url` ending in `/`, or "" when it is not set."""
    feeds: FeedSettings | None
    """None when no feeds are written."""
    term_slugs: TermSlugs
    per_page: Mapping[str, int]
    """Posts a page, by listing kind (`index`, `tag`, `author`, `category`)."""
    term_pages: frozenset[TermKind]
    """Kinds of terms that get pages (and feeds)."""
    archive: bool
    archive_page_urls: int | None
    """Material splits archives into pages of this many posts: redirect pages keep those
    URLs (our archive is one page). None: no such pages."""
    date_format: str
    archive_title_format: str
    words_per_minute: int
    reading_time: bool
    excerpt_separators: tuple[str, ...]
    drafts_in_build: bool
    """Material's `draft: true`: drafts are built and listed (marked) by `mkdocs build`."""
    drafts_on_serve: bool
    include_future: bool
    card_authors: int | None
    card_categories: int
    parallel: bool
    """A worker process makes fragments and feeds while MkDocs writes pages (`worker`)."""

    @classmethod
    def read(cls, options: BlogpostsConfig, config: MkDocsConfig) -> Settings:
        """The settings of this build; warns once when feeds are on but `site_url` is not,
        and says once which of Material's options it leaves unused."""
        unused = [name for name in IGNORED_OPTIONS if options[name] is not None]
        if unused:
            log.info("options of Material's blog plugin with no meaning here, left unused: %s",
                     ", ".join(unused))
        locale = str(config.theme.get("language") or config.theme.get("locale") or "en")
        urls = _urls(options, locale)
        site_url = config.site_url.rstrip("/") + "/" if config.site_url else ""
        if urlsplit(site_url).query or urlsplit(site_url).fragment:
            raise PluginError(f"blogposts: site_url: {config.site_url!r} has a query or a "
                              "fragment; feeds and links need a plain address like "
                              "https://example.org/docs/")
        per_page = options.pagination_per_page or options.posts_per_page
        if not options.pagination:
            per_page = 1_000_000
        term_pages: set[TermKind] = {"tag"}
        if options.categories:
            term_pages.add("category")
        if options.authors and options.authors_profiles is not False:
            term_pages.add("author")
        separator = options.post_excerpt_separator
        strings = _strings(options, config, locale)
        return cls(
            options=options,
            urls=urls,
            posts_dir=_posts_dir(options, urls),
            media_dir=(urls.data_file(options.post_dir or "{blog}/posts")
                       if urls.style.move_media else None),
            locale=locale,
            strings=strings,
            site_url=site_url,
            feeds=_feeds(options, config, urls, site_url, locale, frozenset(term_pages),
                         strings),
            term_slugs=TermSlugs(
                modes=urls.style.term_slugs,
                custom={"category": options.categories_slugify} if options.categories_slugify
                else {},
                separator=options.categories_slugify_separator or "-"),
            per_page={
                "index": per_page,
                "tag": per_page,
                "category": _paged(options.categories_pagination,
                                   options.categories_pagination_per_page, per_page),
                "author": _paged(options.authors_profiles_pagination,
                                 options.authors_profiles_pagination_per_page, per_page),
            },
            term_pages=frozenset(term_pages),
            archive=options.archive,
            archive_page_urls=(
                (options.archive_pagination_per_page or per_page)
                if urls.style.page_files and options.archive_pagination is not False
                and options.pagination else None),
            date_format=options.post_date_format or options.date_format,
            archive_title_format=options.archive_date_format or urls.style.archive_date,
            words_per_minute=(options.post_readtime_words_per_minute
                              or options.words_per_minute),
            reading_time=options.post_readtime,
            excerpt_separators=(separator, *MORE_MARKERS) if separator else MORE_MARKERS,
            drafts_in_build=bool(options.draft),
            drafts_on_serve=options.draft_on_serve,
            include_future=(options.include_future or options.draft_if_future_date is False),
            card_authors=options.post_excerpt_max_authors,
            card_categories=(5 if options.post_excerpt_max_categories is None
                             else options.post_excerpt_max_categories),
            parallel=options.parallel,
        )


def _urls(options: BlogpostsConfig, locale: str) -> BlogUrls:
    """The URL style, with each explicit URL option over it."""
    style = STYLES[options.url_style]
    terms = dict(style.terms)
    explicit: dict[TermKind, str | None] = {"tag": options.tags_url_format,
                                            "category": options.categories_url_format,
                                            "author": options.authors_profiles_url_format}
    for kind, value in explicit.items():
        if value is not None:
            terms[kind] = value
    urls = BlogUrls(options.blog_dir, style, parse_locale(locale), options.post_slugify,
                    options.post_slugify_separator, zone=options.timezone)
    changes: dict[str, object] = {"terms": terms}
    explicit_style: tuple[tuple[str, str | int | None], ...] = (
        ("post", options.post_url_format),
        ("post_date", options.post_url_date_format),
        ("max_categories", options.post_url_max_categories),
        ("archive", options.archive_url_format),
        ("archive_date", options.archive_url_date_format),
        ("pagination", options.pagination_url_format))
    changes.update((name, given) for name, given in explicit_style if given is not None)
    urls = urls.with_style(**changes)
    problems = urls.problems()
    if problems:
        raise PluginError("blogposts: " + "; ".join(problems))
    return urls


def _strings(options: BlogpostsConfig, config: MkDocsConfig, locale: str) -> Strings:
    """The interface's strings: the `strings` option (and Material's names of its indexes)
    over Material's own translations on Material, over our catalogs."""
    overrides = dict(options.strings)
    for option, message in (("archive_name", "Archive"), ("categories_name", "Categories"),
                            ("authors_profiles_name", "Authors")):
        if options[option] is not None:
            overrides.setdefault(message, user_pattern(options[option]))
    theme = None
    if config.theme.name == "material":
        theme = material_lookup(config.theme.get_env(), str(config.theme.get("language")))
    direction = config.theme.get("direction")
    return Strings(parse_locale(locale), overrides, theme,
                   direction if direction in ("ltr", "rtl") else None)


def _posts_dir(options: BlogpostsConfig, urls: BlogUrls) -> str:
    """Where posts are: `post_dir` (`{blog}` is the blog folder), else the blog folder; for
    a blog at the site root, `posts/` (Material's default), never every page of the site."""
    if options.post_dir is not None:
        folder = urls.data_file(options.post_dir)
        return "" if folder == "." else folder
    return urls.blog_dir or "posts"


def _paged(enabled: bool | None, per_page: int | None, default: int) -> int:
    if enabled is False:
        return 1_000_000
    return per_page or default


def _feeds(options: BlogpostsConfig, config: MkDocsConfig, urls: BlogUrls, site_url: str,
           locale: str, term_pages: frozenset[TermKind],
           strings: Strings) -> FeedSettings | None:
    if not (options.feeds and options.feed_formats):
        return None
    if not site_url:
        log.warning("site_url is not set in mkdocs.yml: feeds need absolute links, so no "
                    "feeds are written (set site_url, or 'feeds: false')")
        return None
    kind_of_scope = {scope: kind for kind, scope in SCOPE_OF_KIND.items()}
    scopes = [scope for scope in options.feed_scopes
              if scope == "blog" or kind_of_scope[scope] in term_pages]
    return FeedSettings(
        site_url=site_url,
        site_name=config.site_name,
        site_description=config.site_description or "",
        urls=urls,
        language=locale.replace("_", "-"),
        limit=options.feed_items,
        full_content=options.feed_full_content,
        formats=tuple(options.feed_formats),
        scopes=tuple(scopes),
        title_pattern=options.feed_title,
        stylesheet=options.feed_stylesheet,
        site_author=config.site_author or "",
        text=strings.text,
    )


@dataclass
class Session:
    """What outlives a build: whether we serve, the HTML of posts keyed by their source (for
    --dirty rebuilds) and, when serving, their parsed front matter keyed by their text."""

    serving: bool = False
    dirty: bool = False
    post_html: PostHtml = field(default_factory=PostHtml)
    front_matter: FrontMatterCache = field(default_factory=FrontMatterCache)
    page_keys: dict[str, str] = field(default_factory=dict)
    """What each post's page showed last build (`plan.dirty.page_keys`)."""
    options_key: str = ""
    """A digest of the blog's options last build: when they change, every page changes."""
    written: set[str] = field(default_factory=set)
    """The files the blog wrote last build, site-relative."""

