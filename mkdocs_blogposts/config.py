"""Typed configuration of the plugin (`plugins: [blogposts: {...}]`). Every option checks its
own value as MkDocs reads `mkdocs.yml` (see `options.py`)."""

from __future__ import annotations

from mkdocs.config import base
from mkdocs.config import config_options as c

from .checks import LEVELS
from .options import BlogDir, DateFormat, IntRange, Pattern, TimeZone

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

    feed_stylesheet = c.Type(bool, default=True)
    """Write `feed.xsl` and point RSS and Atom at it, so a browser shows a readable page."""

    feed_items = IntRange(1, 100_000, default=20)
    """Newest posts in each feed."""

    feed_full_content = c.Type(bool, default=True)
    """Put each post's full HTML in feeds; `false` gives the summary only."""

    include_future = c.Type(bool, default=False)
    """List posts dated in the future (by default they are built only by `mkdocs serve`)."""

    posts_in_nav = c.Type(bool, default=False)
    """Show every post in the automatic navigation (off: a big blog would flood the sidebar)."""
