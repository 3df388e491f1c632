"""What the templates get: one small dataclass per kind of variable (README "Templates").

Links (`href`, `src`) are written from the site root behind `links.ROOT` and made relative
to each page once its fragment is rendered.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from markupsafe import Markup


@dataclass(frozen=True)
class DateText:
    """A date as `<time datetime="{{ iso }}">{{ text }}</time>` shows it."""

    iso: str
    """ISO 8601 with the offset, for `datetime` attributes."""
    text: str
    """As the site's language writes a day, in the `date_format` option's style."""


@dataclass(frozen=True)
class Link:
    """An author or a tag, as a byline or a card names it."""

    name: str
    href: str | None
    """Its page; None when it has none (an unlisted post's tag, say)."""
    avatar: str = ""
    """An author's picture (`rooted`, or a URL); "" for none and for tags."""


@dataclass(frozen=True)
class Image:
    """A cover image; `alt` is "" as covers are decorative (the title says it all)."""

    src: str
    """A site file's `rooted` link, or an http(s) URL."""
    alt: str


@dataclass(frozen=True)
class PostLink:
    """Another post, as related posts, newer/older links and the latest posts show it."""

    title: str
    href: str
    """The post's `rooted` link."""
    date: DateText
    description: str = ""
    """Only for the latest posts."""


@dataclass
class Card:
    """One post on a listing page; `html` is the card as `card.html` renders it."""

    title: str
    href: str
    date: DateText
    authors: list[Link]
    tags: list[Link]
    excerpt: Markup
    more: bool
    """The post goes on after the excerpt ("Continue reading")."""
    reading_minutes: int
    image: str
    draft: bool
    categories: list[Link] = field(default_factory=list)
    tags_more: int = 0
    """Tags of the post not named on the card."""
    pinned: bool = False
    """Material's `pin`: kept first on the blog index and its category's pages."""
    html: Markup = field(default_factory=Markup)


@dataclass(frozen=True)
class PageLink:
    """One entry of a pagination: `number` None stands for a gap (an ellipsis)."""

    number: int | None
    href: str | None
    current: bool


@dataclass(frozen=True)
class Pagination:
    """Newer and older pages of a listing, and the page numbers shown between them."""

    previous: str | None
    next: str | None
    pages: list[PageLink]


@dataclass(frozen=True)
class TermCount:
    """A tag, author, category or year on an index: its page and how many posts it has;
    `weight` (1-5) sizes it in the tag cloud."""

    name: str
    href: str
    count: int
    weight: int = 3


@dataclass(frozen=True)
class Summary:
    """Under a term's or an archive's heading: how many posts, and the index it is part of."""

    count: int
    back: Link | None


@dataclass(frozen=True)
class Profile:
    """The author shown at the top of their page."""

    name: str
    description: str
    url: str
    avatar: str
    links: list[Link] = field(default_factory=list)
    """Their pages elsewhere: `url` and Docusaurus' `socials` (`name` is the platform)."""


@dataclass(frozen=True)
class FeedLink:
    """One of a listing's own feeds: `name` is the format's (RSS, Atom, JSON Feed)."""

    name: str
    type: str
    href: str
    url: str = ""
    """Its absolute address, to copy into a feed reader."""


@dataclass(frozen=True)
class FeedRow:
    """One feed on the page of every feed: its title, its listing page, its formats."""

    name: str
    href: str
    feeds: list[FeedLink]


@dataclass(frozen=True)
class Reference:
    """One of Material's `links:` under a post: `href` "" when the page is not found."""

    title: str
    href: str
    section: str = ""


@dataclass(frozen=True)
class More:
    """Where the latest posts come from: the listing's link and the term's name ("" for the
    whole blog)."""

    href: str
    name: str
