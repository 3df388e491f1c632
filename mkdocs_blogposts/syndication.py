"""Which feeds a blog has and what goes in them: Posts and their HTML -> FeedSpecs."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urljoin

from .feeds import FEED_FILES, FeedAuthor, FeedItem, FeedSpec
from .links import absolutize, strip_permalinks
from .pages import FOLDERS, term_uri

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping, Sequence

    from .blog import Blog
    from .posts import Post
    from .taxonomy import Term

_TITLES = {"tag": "{site}: posts tagged {label}", "author": "{site}: posts by {label}",
           "category": "{site}: {label}"}


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


def feed_folder(blog_dir: str, term: Term | None) -> str:
    """Site-relative folder of the feeds of the blog (`term` None) or of one term."""
    return f"{blog_dir}/{FOLDERS[term.kind]}/{term.slug}" if term else blog_dir


def feed_title(site_name: str, term: Term | None) -> str:
    """Channel title: the site's name, and the term's for a tag, author or category."""
    if term is None:
        return f"{site_name}: blog"
    return _TITLES[term.kind].format(site=site_name, label=term.label)


def head_feeds(settings: FeedSettings, term: Term | None) -> list[tuple[str, str, str]]:
    """`(title, absolute URL, MIME)` of the blog's feeds, then `term`'s own if given."""
    links = []
    for scope in (None, term) if term else (None,):
        folder = urljoin(settings.site_url, feed_folder(settings.blog_dir, scope) + "/")
        title = feed_title(settings.site_name, scope)
        for fmt in settings.formats:
            filename, mime, name = FEED_FILES[fmt]
            links.append((f"{title} ({name})", folder + filename, mime))
    return links


def feed_specs(
    blog: Blog, settings: FeedSettings, *, url_of: Callable[[str], str | None],
    html_of: Mapping[str, str],
) -> list[tuple[str, FeedSpec]]:
    """The blog's feed and one per tag, author and category, as `(folder, spec)`."""
    items: dict[str, FeedItem] = {}

    def item(post: Post) -> FeedItem:
        if post.src_uri not in items:
            items[post.src_uri] = _item(post, blog, settings, url_of, html_of)
        return items[post.src_uri]

    scopes: list[tuple[Term | None, list[Post]]] = [(None, blog.listed)]
    for taxonomy in (blog.tags, blog.authors, blog.categories):
        scopes += [(term, term.posts) for term in taxonomy.terms.values()]
    specs = []
    for term, posts in scopes:
        folder = feed_folder(settings.blog_dir, term)
        page_uri = term_uri(settings.blog_dir, term) if term else f"{settings.blog_dir}/index.md"
        description = ""
        if term is not None and term.author is not None:
            description = term.author.description
        specs.append((folder, FeedSpec(
            title=feed_title(settings.site_name, term),
            description=description or feed_title(settings.site_name, term),
            link=urljoin(settings.site_url, url_of(page_uri) or ""),
            folder_url=urljoin(settings.site_url, folder + "/"),
            language=settings.language,
            items=tuple(item(p) for p in blog.published(posts)[: settings.limit]),
        )))
    return specs


def _item(post: Post, blog: Blog, settings: FeedSettings, url_of: Callable[[str], str | None],
          html_of: Mapping[str, str]) -> FeedItem:
    link = urljoin(settings.site_url, url_of(post.src_uri) or "")
    html = html_of.get(post.src_uri, "") if settings.full_content else ""
    tags = []
    for label in post.tags:
        term = blog.tags.term_for(label)
        tags.append(term.label if term else label)
    return FeedItem(
        title=post.title,
        link=link,
        published=post.date.value,
        updated=post.updated.value if post.updated else None,
        summary=post.description,
        content_html=absolutize(strip_permalinks(html), link) if html else "",
        tags=tuple(tags),
        authors=tuple(FeedAuthor(a.name, a.email, a.url) for a in post.authors),
    )
