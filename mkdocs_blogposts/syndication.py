"""Which feeds a blog has and what goes in them: Posts and their HTML -> FeedSpecs."""

from __future__ import annotations

import mimetypes
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

from .feeds import FEED_FILES, STYLESHEET_FILE, FeedAuthor, FeedImage, FeedItem, FeedSpec
from .links import absolutize, safe_url, strip_permalinks
from .pages import FOLDERS, term_uri

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from .blog import Blog
    from .posts import Post
    from .rendered import RenderedHtml
    from .taxonomy import Term

# Which option value of `feed_scopes` covers a term kind.
SCOPE_OF_KIND = {"tag": "tags", "author": "authors", "category": "categories"}
_SCOPE_TITLES = {"tag": "Posts tagged {label}", "author": "Posts by {label}",
                 "category": "Category: {label}"}


@dataclass(frozen=True)
class FeedSettings:
    """What every feed of a build shares."""

    site_url: str
    site_name: str
    blog_dir: str
    language: str
    limit: int
    full_content: bool
    formats: Sequence[str]
    scopes: Sequence[str] = ("blog", "tags", "authors", "categories")
    site_description: str = ""
    title_pattern: str = "{site_name}: {title}"
    stylesheet: bool = True

    def covers(self, term: Term | None) -> bool:
        """Whether the blog (`term` None) or this term has feeds of its own."""
        return (SCOPE_OF_KIND[term.kind] if term else "blog") in self.scopes

    def folder(self, term: Term | None) -> str:
        """Site-relative folder of the feeds of the blog (`term` None) or of one term."""
        return f"{self.blog_dir}/{FOLDERS[term.kind]}/{term.slug}" if term else self.blog_dir

    def title(self, term: Term | None) -> str:
        """Channel title from the `feed_title` pattern."""
        scope = _SCOPE_TITLES[term.kind].format(label=term.label) if term else "Blog"
        return self.title_pattern.format(site_name=self.site_name, title=scope)

    @property
    def stylesheet_path(self) -> str:
        """Site-relative path of the XSLT, or "" when there is none."""
        return f"{self.blog_dir}/{STYLESHEET_FILE}" if self.stylesheet else ""


def head_feeds(settings: FeedSettings, term: Term | None) -> list[tuple[str, str, str]]:
    """`(title, absolute URL, MIME)` of the blog's feeds, then `term`'s own if given."""
    links = []
    for scope in (None, term) if term else (None,):
        if not settings.covers(scope):
            continue
        folder = urljoin(settings.site_url, settings.folder(scope) + "/")
        for fmt in settings.formats:
            filename, mime, name = FEED_FILES[fmt]
            links.append((f"{settings.title(scope)} ({name})", folder + filename, mime))
    return links


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
    html_of: RenderedHtml, size_of: Callable[[str], int | None],
) -> list[tuple[str, FeedSpec]]:
    """Every feed of the blog as `(site-relative folder, spec)`, per `feed_scopes`."""
    items: dict[str, FeedItem] = {}

    def item(post: Post) -> FeedItem:
        if post.src_uri not in items:
            items[post.src_uri] = _item(post, blog, settings, url_of, html_of, size_of)
        return items[post.src_uri]

    # A browser applies XSLT only from the feed's own origin: link it by path, not by host.
    stylesheet = (urlsplit(urljoin(settings.site_url, settings.stylesheet_path)).path
                  if settings.stylesheet else "")
    specs = []
    for term, posts in feed_scopes(blog, settings):
        folder = settings.folder(term)
        page_uri = term_uri(settings.blog_dir, term) if term else f"{settings.blog_dir}/index.md"
        title = settings.title(term)
        if term is None:
            description = settings.site_description
        else:
            description = term.author.description if term.author else term.description
        specs.append((folder, FeedSpec(
            title=title,
            description=description or title,
            link=urljoin(settings.site_url, url_of(page_uri) or ""),
            folder_url=urljoin(settings.site_url, folder + "/"),
            language=settings.language,
            items=tuple(item(p) for p in posts),
            stylesheet_url=stylesheet,
        )))
    return specs


def _item(post: Post, blog: Blog, settings: FeedSettings, url_of: Callable[[str], str | None],
          html_of: RenderedHtml, size_of: Callable[[str], int | None]) -> FeedItem:
    link = urljoin(settings.site_url, url_of(post.src_uri) or "")
    html = html_of.get(post.src_uri, "") if settings.full_content else ""
    return FeedItem(
        title=post.title,
        link=link,
        published=post.date.value,
        updated=post.updated.value if post.updated else None,
        summary=post.description,
        content_html=absolutize(strip_permalinks(html), link) if html else "",
        tags=tuple(blog.tags.display(label) for label in post.tags),
        authors=tuple(FeedAuthor(a.name, a.email, safe_url(a.url)) for a in post.authors),
        image=_image(post.image, settings, url_of, size_of) if safe_url(post.image) else None,
    )


def _image(image: str, settings: FeedSettings, url_of: Callable[[str], str | None],
           size_of: Callable[[str], int | None]) -> FeedImage:
    mime = mimetypes.guess_type(image.split("?", 1)[0])[0] or "application/octet-stream"
    url = url_of(image)
    if url is None:  # an absolute URL in the front matter: its size is unknown here
        return FeedImage(image, mime)
    return FeedImage(urljoin(settings.site_url, url), mime, size_of(image))
