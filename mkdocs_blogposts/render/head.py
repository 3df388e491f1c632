"""Tags for a page's `<head>`: feed links, and for posts and listings the metadata that
search engines and link previews read (canonical, Open Graph, Twitter card, JSON-LD)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from html import escape
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin

from ..feeds.plan import head_feeds
from ..links import from_root, safe_url

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from ..feeds.plan import FeedSettings
    from ..plan.blog import Blog
    from ..plan.listings import Listing
    from ..plan.taxonomy import Term
    from ..read.post import Post


HEAD_TAGS = 20
"""Tags and authors named in a post's head at most: output grows with posts, not with tags."""


def alternate_links(feeds: Iterable[tuple[str, str, str]]) -> str:
    """`<link rel="alternate">` for each `(title, absolute href, MIME type)`."""
    return "".join(
        f'<link rel="alternate" type="{escape(mime)}" title="{escape(title)}" '
        f'href="{escape(href)}">\n'
        for title, href, mime in feeds
    )


def insert_into_head(html: str, tags: str) -> str:
    """`html` with `tags` just before `</head>` (unchanged when there is no head)."""
    if not tags:
        return html
    at = html.find("</head>")
    if at < 0:
        return html
    return html[:at] + tags + html[at:]


def json_ld(data: dict[str, Any]) -> str:
    """A JSON-LD script; `<` is escaped so no string can close the script element."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")
    return f'<script type="application/ld+json">{text}</script>\n'


@dataclass(frozen=True)
class HeadParts:
    """What goes into a page's `<head>`: feed links, a canonical link (only where the theme
    wrote none) and the page's metadata; plain strings, so they travel between processes."""

    feed_links: str
    canonical: str
    metadata: str

    def insert(self, output: str) -> str:
        head = output[: output.find("</head>")]
        canonical = self.canonical if 'rel="canonical"' not in head else ""
        return insert_into_head(output, self.feed_links + canonical + self.metadata)


@dataclass
class HeadTags:
    """Builds the metadata of post and listing pages for one build."""

    blog: Blog
    site_url: str
    """`site_url` ending in `/`, or "" when it is not set (then URLs are left out)."""
    site_name: str
    url_of: Callable[[str], str | None]
    feeds: FeedSettings | None = None
    _feed_links: dict[tuple[str, str], str] = field(default_factory=dict)
    _absolutes: dict[str, str] = field(default_factory=dict)
    _parts: dict[str, dict[str, str]] = field(default_factory=dict)

    def feed_links(self, term: Term | None) -> str:
        """`<link rel="alternate">` to the blog's feeds, and to `term`'s own if it has any;
        made once per term, as every page of the site carries them."""
        if self.feeds is None:
            return ""
        key = (term.kind, term.slug) if term else ("", "")
        links = self._feed_links.get(key)
        if links is None:
            links = self._feed_links[key] = alternate_links(head_feeds(self.feeds, term))
        return links

    def decorate(self, output: str, page_url: str, *, post: Post | None = None,
                 listing: Listing | None = None) -> str:
        """A written page with its feed links, and the metadata of the post or listing it
        is, in its `<head>`."""
        return self.parts(page_url, post=post, listing=listing).insert(output)

    def parts(self, page_url: str, *, post: Post | None = None,
              listing: Listing | None = None) -> HeadParts:
        """What `decorate` adds to a page, before the page is written (the canonical link
        goes in only if the theme wrote none)."""
        feed_links = self.feed_links(listing.term if listing else None)
        if post is not None:
            canonical, tags = self.for_post(post, page_url)
            return HeadParts(feed_links, canonical, tags)
        if listing is not None:
            return HeadParts(feed_links, "", self.for_listing(listing, page_url))
        return HeadParts(feed_links, "", "")

    def for_post(self, post: Post, page_url: str) -> tuple[str, str]:
        """`(canonical link, Open Graph, Twitter card and BlogPosting)` of a post."""
        url = self._absolute(page_url)
        target = (self.url_of(post.image) or safe_url(post.image)) if post.image else ""
        image = self._absolute(target) if target else ""
        meta: list[tuple[str, str]] = [
            ("og:type", "article"), ("og:title", post.title), ("og:site_name", self.site_name),
            ("og:description", post.description), ("og:url", url), ("og:image", image),
            ("article:published_time", post.date.iso),
            ("article:modified_time", post.updated.iso if post.updated else ""),
        ]
        meta += [("article:tag", tag) for tag in post.tags[:HEAD_TAGS]]
        meta += [("article:author", author.name) for author in post.authors[:HEAD_TAGS]]
        meta += [("twitter:card", "summary_large_image" if image else "summary"),
                 ("twitter:title", post.title), ("twitter:description", post.description),
                 ("twitter:image", image)]
        tags = "".join(f'<meta property="{name}" content="{escape(value)}">\n'
                       for name, value in meta if value)
        canonical = f'<link rel="canonical" href="{escape(url)}">\n' if url else ""
        data: dict[str, Any] = {
            "@context": "https://schema.org", "@type": "BlogPosting", "headline": post.title,
            "description": post.description, "datePublished": post.date.iso,
            "dateModified": (post.updated or post.date).iso,
            "author": [self._person(a.name, safe_url(a.url)) for a in post.authors],
            "keywords": list(post.tags[:HEAD_TAGS]),
        }
        if url:
            data["url"] = data["mainEntityOfPage"] = url
        if image:
            data["image"] = image
        return canonical, tags + json_ld({k: v for k, v in data.items() if v})

    def for_listing(self, listing: Listing, page_url: str) -> str:
        """`rel=prev/next` between pages of a listing, and a CollectionPage."""
        tags = ""
        for rel, number in (("prev", listing.number - 1), ("next", listing.number + 1)):
            if 1 <= number <= listing.total:
                target = self.url_of(listing.uri_of_page(number)) or ""
                href = self._absolute(target) or from_root(target, page_url)
                tags += f'<link rel="{rel}" href="{escape(href)}">\n'
        data: dict[str, Any] = {"@context": "https://schema.org", "@type": "CollectionPage",
                                "name": listing.title}
        url = self._absolute(page_url)
        if url:
            data["url"] = url
        parts = [self._part(post) for post in listing.posts]
        if parts:
            data["hasPart"] = parts
        return tags + json_ld(data)

    def _part(self, post: Post) -> dict[str, str]:
        """A post as a listing's `hasPart` names it (made once: a post is on ~5 listings)."""
        part = self._parts.get(post.src_uri)
        if part is None:
            whole = {"@type": "BlogPosting", "headline": post.title,
                     "url": self._absolute(self.url_of(post.src_uri) or ""),
                     "datePublished": post.date.iso}
            part = self._parts[post.src_uri] = {k: v for k, v in whole.items() if v}
        return part

    def _absolute(self, url: str) -> str:
        """An absolute URL for a site-relative one (as MkDocs gives them: no leading `/`),
        or for a protocol-relative one (`//cdn/x.png`); "" without `site_url`."""
        if url.startswith(("http://", "https://")):
            return url
        if not self.site_url:
            return ""
        absolute = self._absolutes.get(url)
        if absolute is None:
            absolute = self._absolutes[url] = urljoin(self.site_url, url)
        return absolute

    @staticmethod
    def _person(name: str, url: str) -> dict[str, str]:
        person = {"@type": "Person", "name": name}
        if url:
            person["url"] = url
        return person
