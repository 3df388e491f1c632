"""Which feeds a blog has and what goes in them: Posts and their HTML -> `FeedSpec`s."""

from __future__ import annotations

import mimetypes
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import quote, urljoin, urlsplit

from ..links import safe_url
from ..render.translations import N_, english
from .content import feed_html, html_text, plain
from .writers import FEED_TYPES, FeedAuthor, FeedImage, FeedItem, FeedSpec, xml_safe

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from ..plan.blog import Blog
    from ..plan.taxonomy import Term
    from ..read.post import Post
    from ..render.post_html import PostHtml, Rendered
    from ..urls import BlogUrls, TermKind

FEED_CATEGORIES = 20
"""Tags (and authors) an item names at most: a post with thousands of tags is in thousands
of feeds."""
# Which option value of `feed_scopes` covers a term kind.
SCOPE_OF_KIND: dict[TermKind, str] = {"tag": "tags", "author": "authors",
                                      "category": "categories"}
_SCOPE_TITLES: dict[TermKind, str] = {"tag": N_("Posts tagged %(label)s"),
                                      "author": N_("Posts by %(label)s"),
                                      "category": N_("Posts in %(label)s")}


@dataclass(frozen=True)
class FeedSettings:
    """What every feed of a build shares."""

    site_url: str
    site_name: str
    urls: BlogUrls
    language: str
    limit: int
    full_content: bool
    formats: Sequence[str]
    scopes: Sequence[str] = ("blog", "tags", "authors", "categories")
    site_description: str = ""
    title_pattern: str = "{site_name}: {title}"
    stylesheet: str = "css"
    """How a browser shows a feed: `css` (every browser), `xslt` (formatted, where browsers
    still run XSLT), or "" for neither."""
    site_author: str = ""
    text: Callable[..., str] = english
    """Translates a message and fills its placeholders (`Strings.text`)."""

    def covers(self, term: Term | None) -> bool:
        """Whether the blog (`term` None) or this term has feeds of its own."""
        return (SCOPE_OF_KIND[term.kind] if term else "blog") in self.scopes

    def folder(self, term: Term | None) -> str:
        """Site-relative folder of the feeds of the blog (`term` None) or of one term."""
        return self.urls.feed_folder((term.kind, term.slug, term.label) if term else None)

    def files(self, term: Term | None) -> dict[str, str]:
        """Site-relative path of each format's file for the blog or `term`."""
        folder = self.folder(term)
        return {fmt: self.urls.feed(folder, fmt) for fmt in self.formats}

    def url(self, path: str) -> str:
        """The absolute URL of a site-relative file, percent-encoded as MkDocs writes page
        URLs (a feed's self link must be its address exactly)."""
        return urljoin(self.site_url, quote(path))

    def title(self, term: Term | None) -> str:
        """Channel title from the `feed_title` pattern."""
        scope = (self.text(_SCOPE_TITLES[term.kind], label=term.label) if term
                 else self.text(N_("Blog")))
        return self.title_pattern.format(site_name=self.site_name, title=scope)

    @property
    def stylesheet_path(self) -> str:
        """Site-relative path of the feeds' stylesheet, or "" when there is none."""
        if not self.stylesheet:
            return ""
        return self.urls.stylesheet(xslt=self.stylesheet == "xslt")


def head_feeds(settings: FeedSettings, term: Term | None) -> list[tuple[str, str, str]]:
    """`(title, absolute URL, MIME)` of the blog's feeds, then `term`'s own if given."""
    links = []
    for scope in (None, term) if term else (None,):
        if not settings.covers(scope):
            continue
        for fmt, path in settings.files(scope).items():
            mime, name = FEED_TYPES[fmt]
            links.append((f"{settings.title(scope)} ({name})", settings.url(path), mime))
    return links


def listing_feeds(settings: FeedSettings, term: Term | None) -> list[tuple[str, str, str]]:
    """`(name, MIME, site-relative path)` of the feeds of a listing: the blog's on the blog
    index (`term` None), a term's own on its page; none when the scope has no feeds."""
    if not settings.covers(term):
        return []
    return [(FEED_TYPES[fmt][1], FEED_TYPES[fmt][0], path)
            for fmt, path in settings.files(term).items()]


def feed_directory(blog: Blog, settings: FeedSettings
                   ) -> list[tuple[str, Term | None, list[tuple[str, str, str, str]]]]:
    """Every feed of the blog for the page that lists them: `(title, term or None for the
    blog, [(format name, MIME, site-relative path, absolute URL)])`."""
    rows = []
    for term, _ in feed_scopes(blog, settings):
        files = [(FEED_TYPES[fmt][1], FEED_TYPES[fmt][0], path, settings.url(path))
                 for fmt, path in settings.files(term).items()]
        rows.append((plain(settings.title(term)), term, files))
    return rows


def feed_paths(blog: Blog, settings: FeedSettings) -> dict[str, str]:
    """Site-relative path of every feed file the build writes (and the stylesheet), with
    what it is: a page must not take one of them."""
    paths = {path: f"the {FEED_TYPES[fmt][1]} feed {settings.title(term)!r}"
             for term, _ in feed_scopes(blog, settings)
             for fmt, path in settings.files(term).items()}
    if settings.stylesheet_path:
        paths[settings.stylesheet_path] = "the feeds' stylesheet"
    return paths


def feed_scopes(blog: Blog, settings: FeedSettings) -> list[tuple[Term | None, list[Post]]]:
    """Each feed per `feed_scopes` (`None` for the whole blog) with the posts it carries."""
    scopes: list[tuple[Term | None, list[Post]]] = [(None, blog.listed)]
    for taxonomy in (blog.tags, blog.authors, blog.categories):
        scopes += [(term, term.posts) for term in taxonomy.terms.values()]
    return [(term, blog.published(posts)[: settings.limit])
            for term, posts in scopes if settings.covers(term)]


def posts_in_feeds(blog: Blog, settings: FeedSettings) -> set[str]:
    """`src_uri`s of the posts some feed carries (the only ones whose whole HTML we keep)."""
    return {post.src_uri for _, posts in feed_scopes(blog, settings) for post in posts}


def feed_specs(
    blog: Blog, settings: FeedSettings, *, url_of: Callable[[str], str | None],
    html_of: PostHtml, size_of: Callable[[str], int | None],
) -> list[FeedSpec]:
    """Every feed of the blog, per `feed_scopes`."""
    items: dict[str, FeedItem] = {}

    def item(post: Post) -> FeedItem:
        if post.src_uri not in items:
            items[post.src_uri] = _item(post, blog, settings, url_of, html_of, size_of)
        return items[post.src_uri]

    # A browser applies a stylesheet only from the feed's own origin: link it by path.
    stylesheet = (urlsplit(settings.url(settings.stylesheet_path)).path
                  if settings.stylesheet else "")
    specs = []
    for term, posts in feed_scopes(blog, settings):
        page_uri = (settings.urls.term(term.kind, term.slug, term.label) if term
                    else settings.urls.index)
        title = plain(settings.title(term))
        if term is None:
            description = settings.site_description
        else:
            description = term.author.description if term.author else term.description
        specs.append(FeedSpec(
            title=title,
            description=plain(description) or title,
            link=urljoin(settings.site_url, url_of(page_uri) or ""),
            files={fmt: (path, settings.url(path))
                   for fmt, path in settings.files(term).items()},
            language=settings.language,
            items=tuple(item(p) for p in posts),
            author=plain(settings.site_author or settings.site_name),
            stylesheet_url=stylesheet,
        ))
    return specs


def _item(post: Post, blog: Blog, settings: FeedSettings, url_of: Callable[[str], str | None],
          html_of: PostHtml, size_of: Callable[[str], int | None]) -> FeedItem:
    link = urljoin(settings.site_url, url_of(post.src_uri) or "")
    html = html_of.get(post.src_uri, "") if settings.full_content else ""
    labels = [blog.tags.display(label) for label in post.tags[:FEED_CATEGORIES]]
    labels += [blog.categories.display(label) for label in post.categories[:FEED_CATEGORIES]]
    # Every string a feed carries is filtered (`plain`, `xml_safe`): a control character in
    # an author's email or a cover's URL would make the whole feed unreadable.
    return FeedItem(
        title=plain(post.title),
        link=xml_safe(link),
        published=post.date.value,
        updated=post.updated.value if post.updated else None,
        summary=summary_of(post, html_of.parts(post.src_uri)),
        content_html=feed_html(html, link, post.title) if html else "",
        tags=tuple(dict.fromkeys(plain(label) for label in labels)),
        authors=tuple(FeedAuthor(plain(a.name), xml_safe(a.email), xml_safe(safe_url(a.url)),
                                 _avatar(a.avatar, settings, url_of))
                      for a in post.authors[:FEED_CATEGORIES]),
        image=_image(post.image, settings, url_of, size_of) if safe_url(post.image) else None,
    )


def summary_of(post: Post, parts: Rendered | None) -> str:
    """A post's summary as plain text, never empty: its description, else the text of its
    excerpt or first paragraph as rendered, else the text made from its Markdown, else its
    title."""
    if post.description_given:
        return plain(post.description)
    if parts is not None:
        text = html_text(parts.excerpt or parts.first_paragraph)
        if text:
            return text
    return plain(post.description) or plain(post.title)


def _avatar(avatar: str, settings: FeedSettings, url_of: Callable[[str], str | None]) -> str:
    if not avatar:
        return ""
    local = url_of(avatar.lstrip("/"))
    return xml_safe(urljoin(settings.site_url, local if local is not None else safe_url(avatar)))


def _image(image: str, settings: FeedSettings, url_of: Callable[[str], str | None],
           size_of: Callable[[str], int | None]) -> FeedImage:
    mime = mimetypes.guess_type(image.split("?", 1)[0])[0] or "application/octet-stream"
    url = url_of(image)
    if url is None:  # an absolute URL in the front matter: its size is unknown here
        return FeedImage(xml_safe(urljoin(settings.site_url, image)), mime)
    return FeedImage(xml_safe(urljoin(settings.site_url, url)), mime, size_of(image))
