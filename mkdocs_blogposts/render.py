"""HTML fragments (bylines, listings) from Jinja templates a theme's `custom_dir` can override.

Templates live in `templates/blogposts/`; a file of the same name under `blogposts/` in the
theme's `custom_dir` wins. Autoescaping is on: every label and title is escaped.

Every fragment is rendered with links from the site root (`links.rooted`) and made relative
to its page at the end (`links.relink`), so a post's card is rendered once per build however
many listings show it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar, cast

import jinja2
from babel.core import Locale, UnknownLocaleError
from babel.dates import format_date
from markupsafe import Markup, escape

from .excerpts import clean
from .feeds import FEED_FILES
from .links import is_external, rebase, relink, rooted, safe_url
from .pages import paged_uri, term_uri

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from .authors import Author
    from .blog import Blog
    from .dates import PostDate
    from .pages import Listing
    from .posts import Post
    from .rendered import RenderedHtml
    from .syndication import FeedSettings
    from .taxonomy import Taxonomy, Term

T = TypeVar("T")

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


# Where a post's byline and footer go. They are put into the written page (`fill_post`), not
# into page.content: the search index gets the post alone, and 10,000 posts' bylines and
# related posts need not stay in memory for the whole build.
BYLINE_MARKER = "<!-- blogposts:byline -->"
FOOTER_MARKER = "<!-- blogposts:footer -->"


def mark_post(html: str, title: str) -> str:
    """A post's content with the byline marker under its first `h1` (an `h1` is added when
    the body has none; Material then adds none of its own) and the footer marker at the end."""
    heading_end = html.find("</h1>") if "<h1" in html else -1
    if heading_end < 0:
        return f"<h1>{escape(title)}</h1>\n{BYLINE_MARKER}\n{html}{FOOTER_MARKER}"
    heading_end += len("</h1>")
    return f"{html[:heading_end]}\n{BYLINE_MARKER}{html[heading_end:]}{FOOTER_MARKER}"


def page_numbers(current: int, total: int, around: int = 2) -> list[int | None]:
    """Page numbers a pagination shows: the first, the last and `around` either side of
    `current`, with None for each gap (a blog of 10,000 posts has 1,000 index pages)."""
    shown = {1, total, *range(current - around, current + around + 1)}
    numbers: list[int | None] = []
    previous = 0
    for number in sorted(n for n in shown if 1 <= n <= total):
        if number - previous == 2:  # an ellipsis would hide just one page: show it
            numbers.append(number - 1)
        elif number - previous > 2:
            numbers.append(None)
        numbers.append(number)
        previous = number
    return numbers


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
            # One environment per build: no need to stat each template file per fragment.
            auto_reload=False,
            trim_blocks=False,
            undefined=jinja2.StrictUndefined,
        )
        self._dates: dict[str, dict[str, str]] = {}
        self._made: dict[tuple[str, str], Any] = {}

    def byline(self, post: Post, page_url: str) -> str:
        """The line under a post's title: date, updated, authors, reading time, tags, cover."""
        image = None
        if post.image:
            image = {"src": self._href(post.image), "alt": ""}
        return self._render(
            "byline.html",
            page_url,
            post=post,
            date=self._date(post.date),
            updated=self._date(post.updated) if post.updated else None,
            reading_minutes=self._minutes(post),
            authors=self._post_authors(post),
            tags=self._post_tags(post),
            image=image,
            draft=self.blog.is_draft(post),
        )

    def fill_post(self, output: str, post: Post, page_url: str) -> str:
        """A post's written page with its byline and footer at the markers `mark_post` left."""
        return (output.replace(BYLINE_MARKER, self.byline(post, page_url), 1)
                .replace(FOOTER_MARKER, self.post_footer(post, page_url), 1))

    def post_footer(self, post: Post, page_url: str) -> str:
        """Related posts and the newer and older post, under a post."""
        newer, older = self.blog.neighbours(post)
        related = self.blog.related(post, self.related_count) if self.related_count else []
        return self._render(
            "post_footer.html",
            page_url,
            related=[self._link(p) for p in related],
            newer=self._link(newer) if newer else None,
            older=self._link(older) if older else None,
        )

    def listing(self, listing: Listing, page_url: str) -> str:
        """A listing page's posts (or terms), pagination and feed links."""
        term = listing.term
        profile = None
        if term is not None and term.author is not None:
            author = term.author
            profile = {"name": author.name, "description": author.description,
                       "url": safe_url(author.url),
                       "avatar": self._href(author.avatar) if author.avatar else ""}
        return self._render(
            "listing.html",
            page_url,
            listing=listing,
            profile=profile,
            cards=[self._card(post) for post in listing.posts],
            pagination=self._pagination(listing),
            terms=self._cloud(listing.terms),
            years=self._years() if listing.kind == "index" else [],
            feeds=self._feeds(term),
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
                page_url,
                posts=[{**self._link(p), "description": p.description}
                       for p in posts[:count]],
                more={"href": self._href(more_uri),
                      "name": term.label if term else ""},
            )

        return _LATEST.sub(one, html)

    def _render(self, name: str, page_url: str | None, **context: Any) -> str:
        """Template `name`; its rooted links made relative to `page_url` (None: kept)."""
        html = self.env.get_template(f"blogposts/{name}").render(**context)
        return html if page_url is None else relink(html, page_url)

    def _once(self, kind: str, post: Post, make: Callable[[Post], T]) -> T:
        """`make(post)`, made once per build: a post shows on several pages (its card on
        about five listings, its link in other posts' footers, its tags in byline and card)."""
        key = (kind, post.src_uri)
        if key not in self._made:
            self._made[key] = make(post)
        return cast("T", self._made[key])

    def _card(self, post: Post) -> dict[str, Any]:
        """A post's card: its fields and, as `html`, card.html."""
        return self._once("card", post, self._make_card)

    def _make_card(self, post: Post) -> dict[str, Any]:
        excerpt, more = self._excerpt(post)
        card = {
            "title": post.title,
            "href": self._href(post.src_uri),
            "date": self._date(post.date),
            "authors": self._post_authors(post),
            "tags": self._post_tags(post),
            "excerpt": Markup(rebase(excerpt, self.url_of(post.src_uri) or "")),
            "more": more,
            "reading_minutes": self._minutes(post),
            "image": self._href(post.image) if post.image else "",
            "draft": self.blog.is_draft(post),
        }
        card["html"] = Markup(self._render("card.html", None, card=card))
        return card

    def _excerpt(self, post: Post) -> tuple[str, bool]:
        """`(HTML for the post's own URL, whether the post goes on)`."""
        parts = self.html_of.parts(post.src_uri)
        if parts is not None and parts.excerpt:
            return parts.excerpt, parts.more
        paragraph = parts.first_paragraph if parts is not None else ""
        if paragraph and not post.description_given and (paragraph := clean(paragraph)):
            return paragraph, False
        return (f"<p>{escape(post.description)}</p>" if post.description else ""), False

    def _minutes(self, post: Post) -> int:
        return max(1, round(post.words / max(self.words_per_minute, 1))) if post.words else 0

    def _link(self, post: Post) -> dict[str, Any]:
        """A post's title, link and date."""
        return self._once("link", post, lambda p: {
            "title": p.title, "href": self._href(p.src_uri), "date": self._date(p.date)})

    def _post_tags(self, post: Post) -> list[dict[str, Any]]:
        return self._once("tags", post, lambda p: self._labels(self.blog.tags, p.tags))

    def _post_authors(self, post: Post) -> list[dict[str, Any]]:
        return self._once("authors", post, lambda p: [self._author_link(a) for a in p.authors])

    def _cloud(self, terms: Sequence[Term]) -> list[dict[str, Any]]:
        """Terms with counts and a weight from 1 to 5 by count, for a tag cloud."""
        counts = [len(t.posts) for t in terms]
        low, high = min(counts, default=0), max(counts, default=0)
        return [{"name": t.label, "href": self._term_href(t), "count": len(t.posts),
                 "weight": 1 + round(4 * (len(t.posts) - low) / (high - low)) if high > low
                 else 3}
                for t in terms]

    def _pagination(self, listing: Listing) -> dict[str, Any] | None:
        if listing.total < 2:
            return None

        def href(number: int) -> str | None:
            if 1 <= number <= listing.total:
                return self._href(paged_uri(listing.first_uri, number))
            return None

        pages: list[dict[str, Any]] = []
        for number in page_numbers(listing.number, listing.total):
            if number is None:
                pages.append({"number": None, "href": None, "current": False})
            else:
                pages.append({"number": number, "href": href(number),
                              "current": number == listing.number})
        return {"previous": href(listing.number - 1), "next": href(listing.number + 1),
                "pages": pages}

    def _years(self) -> list[dict[str, Any]]:
        return [{"name": str(year), "count": len(posts),
                 "href": self._href(f"{self.blog_dir}/archive/{year}/index.md")}
                for year, posts in self.blog.years.items()]

    def _feeds(self, term: Term | None) -> list[dict[str, str]]:
        """This listing's own feeds (the blog's on the blog index), as relative links."""
        if self.feeds is None or not self.feeds.covers(term):
            return []
        folder = self.feeds.folder(term)
        return [{"name": FEED_FILES[fmt][2], "type": FEED_FILES[fmt][1],
                 "href": rooted(f"{folder}/{FEED_FILES[fmt][0]}")}
                for fmt in self.feeds.formats]

    def _author_link(self, author: Author) -> dict[str, Any]:
        term = self.blog.authors.terms.get(author.slug)
        return {"name": author.name, "href": self._term_href(term) if term else None}

    def _labels(self, taxonomy: Taxonomy, labels: Sequence[str]) -> list[dict[str, Any]]:
        links = []
        for label in labels:
            term = taxonomy.term_for(label)
            links.append({"name": taxonomy.display(label),
                          "href": self._term_href(term) if term else None})
        return links

    def _term_href(self, term: Term) -> str:
        return self._href(term_uri(self.blog_dir, term))

    def _href(self, target: str) -> str:
        """A `rooted` link to a `src_uri` (or an absolute URL as is)."""
        if is_external(target):
            return safe_url(target)
        url = self.url_of(target)
        return rooted(url if url is not None else target)

    def _date(self, date: PostDate) -> dict[str, str]:
        shown = self._dates.get(date.iso)
        if shown is None:  # babel is slow; a blog has far fewer dates than date displays
            text = format_date(date.day, format=self.date_format, locale=self.locale)
            shown = self._dates[date.iso] = {"iso": date.iso, "text": text}
        return shown
