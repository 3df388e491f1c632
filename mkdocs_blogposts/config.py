"""Typed configuration of the plugin (`plugins: [blogposts: {...}]`)."""

from __future__ import annotations

from mkdocs.config import base
from mkdocs.config import config_options as c

FEED_FORMATS = ("rss", "atom", "json")
FEED_SCOPES = ("blog", "tags", "authors", "categories")


class BlogpostsConfig(base.Config):
    """Every option has a default: `plugins: [blogposts]` alone gives a full blog."""

    blog_dir = c.Type(str, default="blog")
    """Folder under `docs_dir` that holds the posts; generated pages live under it too."""

    authors_file = c.Type(str, default=".authors.yml")
    """Authors file (Material `.authors.yml` or Docusaurus `authors.yml`), relative to
    `blog_dir`. A missing default file is fine; a missing file you named is an error."""

    timezone = c.Type(str, default="UTC")
    """IANA zone for dates written without an offset, e.g. `Europe/Berlin`."""

    posts_per_page = c.Type(int, default=10)
    """Posts on each page of the blog index and of each tag, author and category page."""

    feeds = c.Type(bool, default=True)
    """Write feeds (needs `site_url`, feeds carry absolute links)."""

    feed_formats = c.ListOfItems(c.Choice(FEED_FORMATS), default=list(FEED_FORMATS))
    """Which feed formats to write: `rss` (feed.xml), `atom` (atom.xml), `json` (feed.json)."""

    feed_scopes = c.ListOfItems(c.Choice(FEED_SCOPES), default=list(FEED_SCOPES))
    """Which feeds to write: the whole `blog`, and one per tag, author and category."""

    feed_title = c.Type(str, default="{site_name}: {title}")
    """Channel title; `{site_name}` and `{title}` (`Blog`, `Posts tagged AI`, ...)."""

    feed_stylesheet = c.Type(bool, default=True)
    """Write `feed.xsl` and point RSS and Atom at it, so a browser shows a readable page."""

    feed_items = c.Type(int, default=20)
    """Newest posts in each feed."""

    feed_full_content = c.Type(bool, default=True)
    """Put each post's full HTML in feeds; `false` gives the summary only."""

    include_future = c.Type(bool, default=False)
    """List posts dated in the future (by default they are built only by `mkdocs serve`)."""

    posts_in_nav = c.Type(bool, default=False)
    """Show every post in the automatic navigation (off: a big blog would flood the sidebar)."""
