"""HTML fragments (bylines, cards, listings, footers, latest posts) from Jinja templates a
theme's `custom_dir` can override.

Templates live in `templates/blogposts/`; a file of the same name under `blogposts/` in the
theme's `custom_dir` wins. Autoescaping is on: every label and title is escaped.

Every fragment is rendered with links from the site root (`links.rooted`) and made relative
to its page at the end (`links.relink`), so a post's card is rendered once per build however
many listings show it.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, TypeVar, cast

import jinja2
from babel.core import Locale
from babel.dates import get_month_names
from markupsafe import Markup, escape

from ..links import from_root, is_external, rebase, relink, rooted, safe_url
from ..plan.listings import INDEX_TITLES, page_numbers
from .contexts import (
    Card,
    FeedLink,
    FeedRow,
    Image,
    Link,
    More,
    PageLink,
    Pagination,
    PostLink,
    Profile,
    Reference,
    Summary,
    TermCount,
)
from .excerpts import clean
from .translations import N_, Strings

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Callable, Sequence

    from ..markers import LatestRequest
    from ..plan.blog import Blog
    from ..plan.listings import Listing
    from ..plan.taxonomy import Taxonomy, Term
    from ..read.authors import Author
    from ..read.post import LinkRef, Post
    from ..urls import BlogUrls, TermKind
    from .i18n import DateTexts
    from .post_html import PostHtml

T = TypeVar("T")

CARD_AUTHORS = 12
"""Authors a card names at most (a post by 2,000 authors is on 2,000 author pages)."""

_BACK = {"tag": N_("All tags"), "author": N_("All authors"), "category": N_("All categories")}
"""The link from a term's page back to the index of its kind."""


def make_environment(theme_dirs: Sequence[str],
                     strings: Strings | None = None) -> jinja2.Environment:
    """The Jinja environment of our templates: the theme's `custom_dir/blogposts/` first;
    their strings in `strings`' language (English if none)."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(list(theme_dirs)),
        autoescape=True,
        # One environment per build: no need to stat each template file per fragment.
        auto_reload=False,
        trim_blocks=False,
        undefined=jinja2.StrictUndefined,
    )
    (strings or Strings(Locale.parse("en"))).install(env)
    return env


def css_string(text: str) -> str:
    """`text` as a quoted CSS string: quotes, backslashes, angle brackets and controls as
    escapes (a translation must not end the string or the stylesheet)."""
    return '"' + "".join(f"\\{ord(char):x} " if char in '"\\<>' or not char.isprintable()
                         else char for char in text) + '"'


def _language_tag(locale: Locale) -> str:
    """`pt_BR` as a BCP 47 tag: `pt-BR`."""
    return str(locale).replace("_", "-")


def redirect_page(env: jinja2.Environment, path: str, target_url: str, *, title: str,
                  site_url: str, lang: str) -> str:
    """The HTML of a redirect page at the site-relative file `path` to the page at the
    site-relative `target_url`."""
    href = from_root(target_url, path)
    return env.get_template("blogposts/redirect.html").render(
        href=href, canonical=site_url + target_url if site_url else href, title=title,
        lang=lang)


@dataclass(frozen=True)
class Shown:
    """What the fragments show, as the options say."""

    words_per_minute: int = 200
    reading_time: bool = True
    related_count: int = 3
    tags: bool = True
    """False when Material's tags plugin shows a post's tags already."""
    card_authors: int | None = None
    """How many authors a card names (None: all)."""
    card_categories: int = 5
    card_tags: int = 5
    """How many tags a card names; the rest are counted (`+3`): a post with thousands of
    tags must not repeat all of them on each of its thousands of tag pages."""
    byline_tags: int = 12


@dataclass
class Renderer:
    """Renders fragments for one build; `url_of` maps a `src_uri` to its site URL."""

    blog: Blog
    urls: BlogUrls
    theme_dirs: Sequence[str]
    url_of: Callable[[str], str | None]
    dates: DateTexts
    html_of: PostHtml
    """Rendered HTML of each post, for excerpts (missing for pages a dirty build skipped)."""
    shown: Shown = field(default_factory=Shown)
    title_of: Callable[[str], str | None] = lambda src_uri: None
    """The title of a page of the site (for Material's `links:` without one)."""
    feeds_of: Callable[[Term | None], list[tuple[str, str, str]]] | None = None
    """`(name, MIME, site-relative path)` of a listing's own feeds (`feeds.plan`)."""
    archive_title: Callable[[dt.date], str] | None = None
    """The title of the archive page holding a day; None: no archive pages."""
    feed_directory: Callable[[], list[tuple[str, Term | None,
                                            list[tuple[str, str, str, str]]]]] | None = None
    """Every feed of the blog (`feeds.plan.feed_directory`), for the feeds page."""
    strings: Strings = field(default_factory=lambda: Strings(Locale.parse("en")))
    _made: dict[tuple[str, str], Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.env = make_environment(self.theme_dirs, self.strings)

    def byline(self, post: Post, page_url: str) -> str:
        """The line under a post's title: date, updated, authors, reading time, tags, cover."""
        tags = self._post_tags(post) if self.shown.tags else []
        return self._render(
            "byline.html",
            page_url,
            post=post,
            date=self.dates(post.date),
            updated=self.dates(post.updated) if post.updated else None,
            reading_minutes=self._minutes(post),
            authors=self._post_authors(post),
            tags=tags[: self.shown.byline_tags],
            tags_more=max(0, len(tags) - self.shown.byline_tags),
            categories=self._post_categories(post),
            image=Image(self._href(post.image), "") if post.image else None,
            draft=self.blog.is_draft(post),
        )

    def post_footer(self, post: Post, page_url: str) -> str:
        """Related posts and the newer and older post, under a post."""
        newer, older = self.blog.neighbours(post)
        count = self.shown.related_count
        related = self.blog.related(post, count) if count else []
        return self._render(
            "post_footer.html",
            page_url,
            related=[self._link(p) for p in related],
            newer=self._link(newer) if newer else None,
            older=self._link(older) if older else None,
            links=[self._reference(link) for link in post.links],
        )

    def listing(self, listing: Listing, page_url: str) -> str:
        """A listing page's posts (or terms), pagination and feed links."""
        term = listing.term
        profile = None
        if term is not None and term.author is not None:
            author = term.author
            links = [Link(name, safe_url(url)) for name, url in author.socials if safe_url(url)]
            profile = Profile(author.name, author.description, safe_url(author.url),
                              self._href(author.avatar) if author.avatar else "", links)
        return self._render(
            "listing.html",
            page_url,
            listing=listing,
            summary=self._summary(listing),
            profile=profile,
            cards=[self._card(post) for post in listing.posts],
            pagination=self._pagination(listing),
            terms=self._cloud(listing.terms),
            archives=self._archives() if listing.kind in ("index", "archives") else [],
            indexes=self._indexes() if listing.kind == "index" else [],
            feeds=[FeedLink(name, mime, rooted(path))
                   for name, mime, path in (self.feeds_of(term) if self.feeds_of else [])],
            feeds_page=(self._href(self.urls.feeds_index)
                        if self.feed_directory is not None else ""),
            all_feeds=self._all_feeds() if listing.kind == "feeds" else [],
        )

    def latest(self, request: LatestRequest, page_url: str) -> str:
        """The newest `request.count` listed posts (of one term, if it names one)."""
        term = None
        if request.kind is not None:
            taxonomy = {"tag": self.blog.tags, "author": self.blog.authors,
                        "category": self.blog.categories}[request.kind]
            term = taxonomy.term_for(request.value)
            if term is None:
                return ""
        posts = term.posts if term else self.blog.listed
        more_uri = self.urls.term(term.kind, term.slug, term.label) if term else self.urls.index
        return self._render(
            "latest.html",
            page_url,
            posts=[replace(self._link(p), description=p.description)
                   for p in posts[:request.count]],
            more=More(self._href(more_uri), term.label if term else ""),
        )

    def feed_stylesheet(self, *, xslt: bool) -> str:
        """The stylesheet browsers show feeds with: `feed.xsl` or `feed.css`."""
        if xslt:
            months = get_month_names("abbreviated", locale=self.strings.locale)
            return self._render("feed.xsl", None, lang=_language_tag(self.strings.locale),
                                months=[months[number] for number in range(1, 13)])
        about = self.strings.text(N_("This is a web feed: copy this page's address into your "
                                     "feed reader to follow new posts."))
        return self._render("feed.css", None, about=Markup(css_string(about)))

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

    def _card(self, post: Post) -> Card:
        """A post's card: its fields and, as `html`, card.html."""
        return self._once("card", post, self._make_card)

    def _make_card(self, post: Post) -> Card:
        excerpt, more = self._excerpt(post)
        tags = self._post_tags(post)
        card = Card(
            title=post.title,
            href=self._href(post.src_uri),
            date=self.dates(post.date),
            authors=self._post_authors(post),
            tags=tags[: self.shown.card_tags],
            tags_more=max(0, len(tags) - self.shown.card_tags),
            excerpt=Markup(rebase(excerpt, self.url_of(post.src_uri) or "")),
            more=more,
            reading_minutes=self._minutes(post),
            image=self._href(post.image) if post.image else "",
            draft=self.blog.is_draft(post),
            categories=self._post_categories(post)[: self.shown.card_categories],
            pinned=post.pin,
        )
        # A card names a handful of authors: it is on each of their pages.
        limit = self.shown.card_authors
        card.authors = card.authors[: CARD_AUTHORS if limit is None else min(limit, CARD_AUTHORS)]
        card.html = Markup(self._render("card.html", None, card=card))
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
        if not self.shown.reading_time:
            return 0
        if post.readtime:
            return post.readtime
        words = post.words
        return max(1, round(words / max(self.shown.words_per_minute, 1))) if words else 0

    def _link(self, post: Post) -> PostLink:
        """A post's title, link and date."""
        return self._once("link", post, lambda p: PostLink(
            p.title, self._href(p.src_uri), self.dates(p.date)))

    def _post_tags(self, post: Post) -> list[Link]:
        return self._once("tags", post, lambda p: self._labels(self.blog.tags, p.tags))

    def _post_categories(self, post: Post) -> list[Link]:
        return self._once("categories", post,
                          lambda p: self._labels(self.blog.categories, p.categories))

    def _reference(self, link: LinkRef) -> Reference:
        """One of Material's `links:`: a path from docs_dir (with an anchor), or a URL."""
        if is_external(link.target):
            return Reference(link.title or link.target, safe_url(link.target), link.section)
        path, _, anchor = link.target.partition("#")
        path = path.lstrip("/")
        url = self.url_of(path)
        title = link.title or self.title_of(path) or path
        href = rooted(url) + (f"#{anchor}" if anchor else "") if url is not None else ""
        return Reference(title, href, link.section)

    def _all_feeds(self) -> list[FeedRow]:
        if self.feed_directory is None:
            return []
        return [FeedRow(title, self._term_href(term) if term else self._href(self.urls.index),
                        [FeedLink(name, mime, rooted(path), url)
                         for name, mime, path, url in files])
                for title, term, files in self.feed_directory()]

    def _indexes(self) -> list[Link]:
        """The blog's other indexes (tags, categories, authors, archive), linked from its
        index."""
        kinds: tuple[TermKind, ...] = ("tag", "category", "author")
        pages = [(self.urls.term_index(kind), INDEX_TITLES[kind][1]) for kind in kinds]
        pages.append((self.urls.archive_index, N_("Archive")))
        return [Link(self.strings.text(name), self._href(uri))
                for uri, name in pages if self.url_of(uri) is not None]

    def _summary(self, listing: Listing) -> Summary | None:
        """How many posts a term or an archive page has, and a link back to its index."""
        if listing.term is not None:
            count = len(listing.term.posts)
            index = self.urls.term_index(listing.term.kind)
            name = _BACK[listing.term.kind]
        elif listing.kind == "archive":
            count = len(listing.posts)
            index = self.urls.archive_index
            name = N_("Archive")
        else:
            return None
        back = (Link(self.strings.text(name), self._href(index))
                if self.url_of(index) is not None else None)
        return Summary(count, back)

    def _post_authors(self, post: Post) -> list[Link]:
        return self._once("authors", post, lambda p: [self._author_link(a) for a in p.authors])

    def _cloud(self, terms: Sequence[Term]) -> list[TermCount]:
        """Terms with counts and a weight from 1 to 5 by count, for a tag cloud."""
        counts = [len(t.posts) for t in terms]
        low, high = min(counts, default=0), max(counts, default=0)
        return [TermCount(t.label, self._term_href(t), len(t.posts),
                          1 + round(4 * (len(t.posts) - low) / (high - low)) if high > low
                          else 3)
                for t in terms]

    def _pagination(self, listing: Listing) -> Pagination | None:
        if listing.total < 2:
            return None

        def href(number: int) -> str | None:
            if 1 <= number <= listing.total:
                return self._href(listing.uri_of_page(number))
            return None

        pages = [PageLink(None, None, False) if number is None
                 else PageLink(number, href(number), number == listing.number)
                 for number in page_numbers(listing.number, listing.total)]
        return Pagination(href(listing.number - 1), href(listing.number + 1), pages)

    def _archives(self) -> list[TermCount]:
        if self.archive_title is None:
            return []
        return [TermCount(self.archive_title(posts[0].date.day),
                          self._href(self.urls.archive(posts[0].date.day)), len(posts))
                for posts in self.blog.archives.values()]

    def _author_link(self, author: Author) -> Link:
        term = self.blog.authors.terms.get(author.slug)
        return Link(author.name, self._term_href(term) if term else None,
                    self._href(author.avatar) if author.avatar else "")

    def _labels(self, taxonomy: Taxonomy, labels: Sequence[str]) -> list[Link]:
        links = []
        for label in labels:
            term = taxonomy.term_for(label)
            links.append(Link(taxonomy.display(label), self._term_href(term) if term else None))
        return links

    def _term_href(self, term: Term) -> str:
        return self._href(self.urls.term(term.kind, term.slug, term.label))

    def _href(self, target: str) -> str:
        """A `rooted` link to a `src_uri` (or an absolute URL as is); "" for a page the site
        does not have (a listing whose URL a page of the user's took), which templates show
        without a link."""
        if is_external(target):
            return safe_url(target)
        url = self.url_of(target)
        if url is None and target.endswith(".md"):
            return ""
        return rooted(url if url is not None else target)
