"""Typed configuration of the plugin (`plugins: [blogposts: {...}]`). Every option checks its
own value as MkDocs reads `mkdocs.yml` (see `options.py`)."""

from __future__ import annotations

from mkdocs.config import base
from mkdocs.config import config_options as c

from .checks import LEVELS
from .options import (
    BlogDir,
    DateFormat,
    FeedStylesheet,
    Function,
    Ignored,
    InterfaceStrings,
    IntRange,
    Pattern,
    TimeZone,
)
from .urls import POST_PLACEHOLDERS, STYLES

FEED_FORMATS = ("rss", "atom", "json")
FEED_SCOPES = ("blog", "tags", "authors", "categories")


class ValidationConfig(base.Config):
    """How loudly to report each kind of finding: `ignore`, `info`, `warn` or `error`.

    A value of the wrong shape is always a warning. `warn` fails `mkdocs build --strict`;
    `error` stops any build after listing every problem. The keys are the values of
    `checks.CONFIGURABLE`.
    """

    unknown_authors = c.Choice(LEVELS, default="info")
    """An author string that is neither an id nor a name in the authors file (only checked
    when there is an authors file; such an author is a display name)."""

    unknown_tags = c.Choice(LEVELS, default="warn")
    """A tag missing from the tags file (only checked when there is one)."""

    undated = c.Choice(LEVELS, default="warn")
    """A post with no date in its front matter or file name: it cannot be listed."""

    missing_images = c.Choice(LEVELS, default="warn")
    """A cover image that is not a file of the site."""

    duplicate_slugs = c.Choice(LEVELS, default="warn")
    """Two tags (or categories) whose labels give one slug, or two pages with one URL."""


class BlogpostsConfig(base.Config):
    """Every option has a default: `plugins: [blogposts]` alone gives a full blog."""

    blog_dir = BlogDir(default="blog")
    """Folder under `docs_dir` that holds the posts; generated pages live under it too."""

    authors_file = c.Type(str, default=".authors.yml")
    """Authors file (Material `.authors.yml` or Docusaurus `authors.yml`), relative to
    `blog_dir`. A missing default file is fine; a missing file you named is an error."""

    tags_file = c.Type(str, default="tags.yml")
    """Optional tags file in `blog_dir` (`{key: {label, description}}`): labels and
    descriptions for tag pages, and the list the `unknown_tags` check uses."""

    validation = c.SubConfig(ValidationConfig)
    """Levels of the checks on posts (see `ValidationConfig`)."""

    timezone = TimeZone(default="UTC")
    """IANA zone for dates written without an offset, e.g. `Europe/Berlin`."""

    posts_per_page = IntRange(1, 10_000, default=10)
    """Posts on each page of the blog index and of each tag, author and category page."""

    date_format = DateFormat(default="long")
    """Dates in bylines and listings: `short`, `medium`, `long`, `full` or a babel pattern
    like `d MMM y`, in the site language (`theme.language` or `theme.locale`)."""

    words_per_minute = IntRange(1, 10_000, default=200)
    """Reading speed for the reading time shown with each post."""

    related_posts = IntRange(0, 100, default=3)
    """Related posts (most shared tags, then newest) under each post; 0 for none."""

    feeds = c.Type(bool, default=True)
    """Write feeds (needs `site_url`, feeds carry absolute links)."""

    feed_formats = c.ListOfItems(c.Choice(FEED_FORMATS), default=list(FEED_FORMATS))
    """Which feed formats to write: `rss` (feed.xml), `atom` (atom.xml), `json` (feed.json)."""

    feed_scopes = c.ListOfItems(c.Choice(FEED_SCOPES), default=list(FEED_SCOPES))
    """Which feeds to write: the whole `blog`, and one per tag, author and category."""

    feed_title = Pattern(("site_name", "title"), default="{site_name}: {title}")
    """Channel title; `{site_name}` and `{title}` (`Blog`, `Posts tagged AI`, ...)."""

    feed_stylesheet = FeedStylesheet(default="css")
    """How a browser shows RSS and Atom: `css` (a stylesheet every browser applies), `xslt`
    (a formatted page, where browsers still run XSLT) or `false`."""

    feed_items = IntRange(1, 100_000, default=20)
    """Newest posts in each feed."""

    feed_full_content = c.Type(bool, default=True)
    """Put each post's full HTML in feeds; `false` gives the summary only."""

    include_future = c.Type(bool, default=False)
    """List posts dated in the future (by default they are built only by `mkdocs serve`)."""

    strings = InterfaceStrings()
    """The interface's words, by their English text: `{"Continue reading": "Read on"}`
    (README "Languages" lists every string; placeholders as `{count}`)."""

    parallel = c.Type(bool, default=True)
    """Make the blog's bylines, listings and feeds in a second process while MkDocs writes
    pages, on the other core (`mkdocs build` on Linux, blogs of 100 pages or more)."""

    posts_in_nav = c.Type(bool, default=False)
    """Show every post in the automatic navigation (off: a big blog would flood the sidebar)."""

    # -- URLs: where posts and pages go (README "Post URLs" and "Moving a blog here") --------

    url_style = c.Choice(tuple(STYLES), default="mkdocs")
    """Post and taxonomy URLs as another engine makes them: `mkdocs` (posts keep MkDocs'
    URL), `material`, `docusaurus`, `hugo`, `jekyll`. Each part below overrides it."""

    post_url_format = c.Optional(Pattern(POST_PLACEHOLDERS))
    """Where posts go below the blog folder, e.g. `{date}/{slug}`; `/` first: from the site
    root; a trailing `.html` names the file."""

    post_url_date_format = c.Optional(DateFormat(default=None))
    """Babel pattern of `{date}` in post URLs (default `yyyy/MM/dd`)."""

    post_url_max_categories = c.Optional(IntRange(0, 100))
    """How many of a post's categories `{categories}` holds (default 1)."""

    post_slugify = c.Optional(Function())
    """A callable `(title, separator)` making `{slug}` of a title without `slug:` (default:
    Material's, which keeps non-Latin letters)."""

    post_slugify_separator = c.Type(str, default="-")
    """The separator `post_slugify` puts between words."""

    post_dir = c.Optional(c.Type(str))
    """Only files below this folder are posts (Material: `{blog}/posts`); default: any
    Markdown file below the blog folder."""

    tags_url_format = c.Optional(Pattern(("slug",)))
    """Where a tag's page goes below the blog folder (default `tags/{slug}`)."""

    categories_url_format = c.Optional(Pattern(("slug",)))
    """Where a category's page goes (default `categories/{slug}`; Material `category/{slug}`)."""

    authors_profiles_url_format = c.Optional(Pattern(("slug", "name")))
    """Where an author's page goes (default `authors/{slug}`; Material `author/{slug}`)."""

    archive_url_format = c.Optional(Pattern(("date",)))
    """Where an archive page goes (default `archive/{date}`)."""

    archive_url_date_format = c.Optional(DateFormat(default=None))
    """Babel pattern of `{date}` in archive URLs: `yyyy` (default) one page a year, `yyyy/MM`
    one a month."""

    pagination_url_format = c.Optional(Pattern(("page",)))
    """Where page 2 onwards of a listing goes, below the listing (default `page/{page}`)."""

    redirect_file_urls = c.Type(bool, default=True)
    """When posts move (a URL format or style), a redirect page at each post's old URL."""

    # -- Material's blog plugin options: each works here as there (README "Moving from
    # Material's blog"); those with no meaning here are accepted and named once, as info. ----

    enabled = c.Type(bool, default=True)
    """`false`: the plugin does nothing."""

    post_date_format = c.Optional(DateFormat(default=None))
    """Material's name for `date_format`."""

    post_excerpt = c.Optional(c.Choice(("optional", "required")))
    """`required`: a post without `<!-- more -->` is reported."""

    post_excerpt_max_authors = c.Optional(IntRange(0, 1000))
    """How many authors a post's card names (default all)."""

    post_excerpt_max_categories = c.Optional(IntRange(0, 1000))
    """How many categories a post's card names (default 5)."""

    post_excerpt_separator = c.Optional(c.Type(str))
    """The marker ending a post's excerpt (default `<!-- more -->`; `<!-- truncate -->` too)."""

    post_readtime = c.Type(bool, default=True)
    """`false`: no reading time."""

    post_readtime_words_per_minute = c.Optional(IntRange(1, 10_000))
    """Material's name for `words_per_minute`."""

    archive = c.Type(bool, default=True)
    """`false`: no archive pages."""

    archive_date_format = c.Optional(DateFormat(default=None))
    """Babel pattern of an archive page's title (default: as its URL, `yyyy`)."""

    archive_pagination = c.Optional(c.Type(bool))
    """An archive here is one compact page; in Material's style its later pages (which
    Material makes) are redirects to it. `false`: none."""

    archive_pagination_per_page = c.Optional(IntRange(1, 10_000))
    """Posts a page of Material's archive pages (for those redirects)."""

    categories = c.Type(bool, default=True)
    """`false`: no category pages."""

    categories_slugify = c.Optional(Function())
    """A callable `(name, separator)` making a category's slug."""

    categories_slugify_separator = c.Optional(c.Type(str))
    """The separator for `categories_slugify` (default `-`)."""

    categories_allowed = c.Type(list, default=[])
    """When not empty, a category outside this list is reported."""

    categories_pagination = c.Optional(c.Type(bool))
    """`false`: each category on one page."""

    categories_pagination_per_page = c.Optional(IntRange(1, 10_000))
    """Posts on each page of a category (default `posts_per_page`)."""

    authors = c.Type(bool, default=True)
    """`false`: no authors file and no author pages."""

    authors_profiles = c.Optional(c.Type(bool))
    """`false`: no author pages (on by default here, unlike Material)."""

    authors_profiles_pagination = c.Optional(c.Type(bool))
    """`false`: each author on one page."""

    authors_profiles_pagination_per_page = c.Optional(IntRange(1, 10_000))
    """Posts on each page of an author (default `posts_per_page`)."""

    pagination = c.Type(bool, default=True)
    """`false`: every listing on one page."""

    pagination_per_page = c.Optional(IntRange(1, 10_000))
    """Material's name for `posts_per_page`."""

    draft = c.Optional(c.Type(bool))
    """`true`: drafts are built and listed (marked) by `mkdocs build` too, never in feeds."""

    draft_on_serve = c.Type(bool, default=True)
    """`false`: `mkdocs serve` leaves drafts out as `mkdocs build` does."""

    draft_if_future_date = c.Optional(c.Type(bool))
    """Material's opposite of `include_future`: `false` lists posts dated in the future."""

    archive_name = c.Optional(c.Type(str))
    """The title of the archive pages' index and headings (same as `strings: {Archive: ...}`)."""

    categories_name = c.Optional(c.Type(str))
    """The title of the categories index (same as `strings: {Categories: ...}`)."""

    authors_profiles_name = c.Optional(c.Type(str))
    """The title of the authors index (same as `strings: {Authors: ...}`)."""

    blog_toc = Ignored()
    archive_toc = Ignored()
    categories_sort_by = Ignored()
    categories_sort_reverse = Ignored()
    categories_toc = Ignored()
    authors_profiles_toc = Ignored()
    pagination_format = Ignored()
    pagination_if_single_page = Ignored()
    pagination_keep_content = Ignored()
    pagination_template = Ignored()


IGNORED_OPTIONS = tuple(name for name, option in BlogpostsConfig._schema
                        if isinstance(option, Ignored))
"""Material's options with no meaning here (README says why for each)."""
