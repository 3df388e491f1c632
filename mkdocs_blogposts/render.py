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
from markupsafe import Markup, escape

from .feeds import FEED_FILES
from .links import from_root, is_external, rebase, safe_url
from .pages import paged_uri, term_uri

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Callable, Sequence

    from .authors import Author
    from .blog import Blog
    from .dates import PostDate
    from .pages import Listing
    from .posts import Post
    from .rendered import RenderedHtml
    from .syndication import FeedSettings
    from .taxonomy import Taxonomy, Term

_LATEST = re.compile(
    r"""<!--\s*blogposts:latest(?:\s+(?P<count>\d+))?"""
    r"""(?:\s+(?P<kind>tag|author|category)=(?P<value>"[^"]*"|'[^']*'|[^\s>]+))?\s*-->"""
)


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
    html_of: RenderedHtml
    """Rendered HTML of each post, for excerpts (missing for pages a dirty build skipped)."""
    date_format: str = "long"
    words_per_minute: int = 200
    related_count: int = 3
    feeds: FeedSettings | None = None

    def __post_init__(self) -> None:
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(list(self.theme_dirs)),
            autoescape=True,
            trim_blocks=False,
            undefined=jinja2.StrictUndefined,
        )
        self._date_texts: dict[dt.date, str] = {}

    def byline(self, post: Post, page_url: str) -> str:
        """The line under a post's title: date, updated, authors, reading time, tags, cover."""
        image = None
        if post.image:
            image = {"src": self._href(post.image, page_url), "alt": ""}
        return self._render(
            "byline.html",
            post=post,
            date=self._date(post.date),
            updated=self._date(post.updated) if post.updated else None,
            reading_minutes=self._minutes(post),
            authors=[self._author_link(a, page_url) for a in post.authors],
            tags=self._labels(self.blog.tags, post.tags, page_url),
            image=image,
            draft=self.blog.is_draft(post),
        )

    def with_byline(self, html: str, post: Post, page_url: str) -> str:
        """A post's HTML with the byline under its first `h1` (one is added when the body
        has none; Material then adds none of its own)."""
        byline = self.byline(post, page_url)
        heading_end = html.find("</h1>") if "<h1" in html else -1
        if heading_end < 0:
            return f"<h1>{escape(post.title)}</h1>\n{byline}\n{html}"
        heading_end += len("</h1>")
        return f"{html[:heading_end]}\n{byline}{html[heading_end:]}"

    def post_footer(self, post: Post, page_url: str) -> str:
        """Related posts and the newer and older post, under a post."""
        newer, older = self.blog.neighbours(post)
        related = self.blog.related(post, self.related_count) if self.related_count else []
        return self._render(
            "post_footer.html",
            related=[self._link(p, page_url) for p in related],
            newer=self._link(newer, page_url) if newer else None,
            older=self._link(older, page_url) if older else None,
        )

    def listing(self, listing: Listing, page_url: str) -> str:
        """A listing page's posts (or terms), pagination and feed links."""
        term = listing.term
        profile = None
        if term is not None and term.author is not None:
            author = term.author
            profile = {"name": author.name, "description": author.description,
                       "url": safe_url(author.url),
                       "avatar": self._href(author.avatar, page_url) if author.avatar else ""}
        return self._render(
            "listing.html",
            listing=listing,
            profile=profile,
            cards=[self._card(post, page_url) for post in listing.posts],
            pagination=self._pagination(listing, page_url),
            terms=self._cloud(listing.terms, page_url),
            years=self._years(page_url) if listing.kind == "index" else [],
            feeds=self._feeds(term, page_url),
        )

    def expand_latest(self, html: str, page_url: str) -> str:
        """Replace each `<!-- blogposts:latest [N] [tag|author|category="X"] -->` in a page
        with the newest N (default 5) listed posts, of that tag, author or category."""
        if "blogposts:latest" not in html:
            return html

        def one(match: re.Match[str]) -> str:
            count = int(match["count"] or 5)
            term = None
            if match["kind"]:
                taxonomy = {"tag": self.blog.tags, "author": self.blog.authors,
                            "category": self.blog.categories}[match["kind"]]
                term = taxonomy.term_for(match["value"].strip("\"'"))
                if term is None:
                    return ""
            posts = term.posts if term else self.blog.listed
            more_uri = term_uri(self.blog_dir, term) if term else f"{self.blog_dir}/index.md"
            return self._render(
                "latest.html",
                posts=[{**self._link(p, page_url), "description": p.description}
                       for p in posts[:count]],
                more={"href": self._href(more_uri, page_url),
                      "name": term.label if term else ""},
            )

        return _LATEST.sub(one, html)

    def _render(self, name: str, **context: Any) -> str:
        return self.env.get_template(f"blogposts/{name}").render(**context)

    def _card(self, post: Post, page_url: str) -> dict[str, Any]:
        excerpt, more = self._excerpt(post)
        post_url = self.url_of(post.src_uri) or ""
        return {
            "title": post.title,
            "href": self._href(post.src_uri, page_url),
            "date": self._date(post.date),
            "authors": [self._author_link(a, page_url) for a in post.authors],
            "tags": self._labels(self.blog.tags, post.tags, page_url),
            "excerpt": Markup(rebase(excerpt, post_url, page_url)),
            "more": more,
            "reading_minutes": self._minutes(post),
            "image": self._href(post.image, page_url) if post.image else "",
            "draft": self.blog.is_draft(post),
        }

    def _excerpt(self, post: Post) -> tuple[str, bool]:
        """`(HTML for the post's own URL, whether the post goes on)`."""
        parts = self.html_of.parts(post.src_uri)
        if parts is not None and parts.excerpt:
            return parts.excerpt, parts.more
        if parts is not None and parts.first_paragraph and not post.description_given:
            return parts.first_paragraph, False
        return (f"<p>{escape(post.description)}</p>" if post.description else ""), False

    def _minutes(self, post: Post) -> int:
        return max(1, round(post.words / max(self.words_per_minute, 1))) if post.words else 0

    def _link(self, post: Post, page_url: str) -> dict[str, Any]:
        return {"title": post.title, "href": self._href(post.src_uri, page_url),
                "date": self._date(post.date)}

    def _cloud(self, terms: Sequence[Term], page_url: str) -> list[dict[str, Any]]:
        """Terms with counts and a weight from 1 to 5 by count, for a tag cloud."""
        counts = [len(t.posts) for t in terms]
        low, high = min(counts, default=0), max(counts, default=0)
        return [{"name": t.label, "href": self._term_href(t, page_url), "count": len(t.posts),
                 "weight": 1 + round(4 * (len(t.posts) - low) / (high - low)) if high > low
                 else 3}
                for t in terms]

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
                 "href": from_root(f"{folder}/{FEED_FILES[fmt][0]}", page_url)}
                for fmt in self.feeds.formats]

    def _author_link(self, author: Author, page_url: str) -> dict[str, Any]:
        term = self.blog.authors.terms.get(author.slug)
        return {"name": author.name, "href": self._term_href(term, page_url) if term else None}

    def _labels(self, taxonomy: Taxonomy, labels: Sequence[str],
                page_url: str) -> list[dict[str, Any]]:
        links = []
        for label in labels:
            term = taxonomy.term_for(label)
            links.append({"name": taxonomy.display(label),
                          "href": self._term_href(term, page_url) if term else None})
        return links

    def _term_href(self, term: Term, page_url: str) -> str:
        return self._href(term_uri(self.blog_dir, term), page_url)

    def _href(self, target: str, page_url: str) -> str:
        """A link from the page at `page_url` to a `src_uri` (or an absolute URL as is)."""
        if is_external(target):
            return safe_url(target)
        url = self.url_of(target)
        return from_root(url if url is not None else target, page_url)

    def _date(self, date: PostDate) -> dict[str, str]:
        text = self._date_texts.get(date.day)
        if text is None:  # babel is slow; a blog has far fewer days than date displays
            text = format_date(date.day, format=self.date_format, locale=self.locale)
            self._date_texts[date.day] = text
        return {"iso": date.iso, "text": text}
