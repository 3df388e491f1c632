"""HTML fragments (bylines, listings) from Jinja templates a theme's `custom_dir` can override.

Templates live in `templates/blogposts/`; a file of the same name under `blogposts/` in the
theme's `custom_dir` wins. Autoescaping is on: every label and title is escaped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import jinja2
from babel.core import Locale, UnknownLocaleError
from babel.dates import format_date
from mkdocs.utils import get_relative_url

from .feeds import FEED_FILES
from .pages import paged_uri, term_uri

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Callable, Sequence

    from .authors import Author
    from .blog import Blog
    from .dates import PostDate
    from .pages import Listing
    from .posts import Post
    from .syndication import FeedSettings
    from .taxonomy import Taxonomy, Term

_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*:|^//", re.IGNORECASE)
WORDS_PER_MINUTE = 200


def parse_locale(name: str | None) -> Locale:
    """`pt-BR`, `pt_BR` and `en` all work; anything unknown falls back to English."""
    try:
        return Locale.parse((name or "en").replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        return Locale.parse("en")


@dataclass
class Renderer:
    """Renders fragments for one build; `url_of` maps a `src_uri` to its site URL."""

    blog: Blog
    blog_dir: str
    theme_dirs: Sequence[str]
    url_of: Callable[[str], str | None]
    locale: Locale
    date_format: str = "long"
    feeds: FeedSettings | None = None

    def __post_init__(self) -> None:
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(list(self.theme_dirs)),
            autoescape=True,
            trim_blocks=False,
            undefined=jinja2.StrictUndefined,
        )
        self._date_texts: dict[dt.date, str] = {}

    def byline(self, post: Post, page_url: str, *, words: int) -> str:
        """The line under a post's title: date, updated, authors, reading time, tags, cover."""
        image = None
        if post.image:
            image = {"src": self._href(post.image, page_url), "alt": ""}
        return self._render(
            "byline.html",
            post=post,
            date=self._date(post.date),
            updated=self._date(post.updated) if post.updated else None,
            reading_minutes=max(1, round(words / WORDS_PER_MINUTE)) if words else 0,
            authors=[self._author_link(a, page_url) for a in post.authors],
            tags=self._labels(self.blog.tags, post.tags, page_url),
            image=image,
            draft=self.blog.is_draft(post),
        )

    def listing(self, listing: Listing, page_url: str) -> str:
        """A listing page's posts (or terms), pagination and feed links."""
        term = listing.term
        profile = None
        if term is not None and term.author is not None:
            author = term.author
            profile = {"name": author.name, "description": author.description,
                       "url": author.url,
                       "avatar": self._href(author.avatar, page_url) if author.avatar else ""}
        return self._render(
            "listing.html",
            listing=listing,
            profile=profile,
            cards=[self._card(post, page_url) for post in listing.posts],
            pagination=self._pagination(listing, page_url),
            terms=[{"name": t.label, "href": self._term_href(t, page_url), "count": len(t.posts)}
                   for t in listing.terms],
            years=self._years(page_url) if listing.kind == "index" else [],
            feeds=self._feeds(term, page_url),
        )

    def _render(self, name: str, **context: Any) -> str:
        return self.env.get_template(f"blogposts/{name}").render(**context)

    def _card(self, post: Post, page_url: str) -> dict[str, Any]:
        return {
            "title": post.title,
            "href": self._href(post.src_uri, page_url),
            "date": self._date(post.date),
            "authors": [self._author_link(a, page_url) for a in post.authors],
            "tags": self._labels(self.blog.tags, post.tags, page_url),
            "summary": post.description,
            "image": self._href(post.image, page_url) if post.image else "",
            "draft": self.blog.is_draft(post),
        }

    def _pagination(self, listing: Listing, page_url: str) -> dict[str, Any] | None:
        if listing.total < 2:
            return None

        def href(number: int) -> str | None:
            if 1 <= number <= listing.total:
                return self._href(paged_uri(listing.first_uri, number), page_url)
            return None

        return {
            "previous": href(listing.number - 1),
            "next": href(listing.number + 1),
            "pages": [{"number": n, "href": href(n), "current": n == listing.number}
                      for n in range(1, listing.total + 1)],
        }

    def _years(self, page_url: str) -> list[dict[str, Any]]:
        return [{"name": str(year), "count": len(posts),
                 "href": self._href(f"{self.blog_dir}/archive/{year}/index.md", page_url)}
                for year, posts in self.blog.years.items()]

    def _feeds(self, term: Term | None, page_url: str) -> list[dict[str, str]]:
        """This listing's own feeds (the blog's on the blog index), as relative links."""
        if self.feeds is None or not self.feeds.covers(term):
            return []
        folder = self.feeds.folder(term)
        return [{"name": FEED_FILES[fmt][2], "type": FEED_FILES[fmt][1],
                 "href": get_relative_url(f"{folder}/{FEED_FILES[fmt][0]}", page_url)}
                for fmt in self.feeds.formats]

    def _author_link(self, author: Author, page_url: str) -> dict[str, Any]:
        term = self.blog.authors.terms.get(author.slug)
        return {"name": author.name, "href": self._term_href(term, page_url) if term else None}

    def _labels(self, taxonomy: Taxonomy, labels: Sequence[str],
                page_url: str) -> list[dict[str, Any]]:
        links = []
        for label in labels:
            term = taxonomy.term_for(label)
            links.append({"name": term.label if term else label,
                          "href": self._term_href(term, page_url) if term else None})
        return links

    def _term_href(self, term: Term, page_url: str) -> str:
        return self._href(term_uri(self.blog_dir, term), page_url)

    def _href(self, target: str, page_url: str) -> str:
        """A link from the page at `page_url` to a `src_uri` (or an absolute URL as is).

        Relative through the site root (`../../blog/posts/x/`): a listing holds hundreds of
        links, and this is a string join where MkDocs' `get_relative_url` walks both paths.
        """
        if _SCHEME.match(target):
            return target
        url = self.url_of(target)
        return ("../" * page_url.count("/") + (url if url is not None else target)) or "./"

    def _date(self, date: PostDate) -> dict[str, str]:
        text = self._date_texts.get(date.day)
        if text is None:  # babel is slow; a blog has far fewer days than date displays
            text = format_date(date.day, format=self.date_format, locale=self.locale)
            self._date_texts[date.day] = text
        return {"iso": date.iso, "text": text}
