"""Redirect pages: from a post's old URLs (Hugo's `aliases`, Jekyll's `redirect_from`, and the
URL MkDocs gave it before a URL format moved it) to where it is now."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import unquote

from mkdocs.structure.files import File

from ..checks import Check, shown
from ..urls import BlogUrls

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Callable, Iterable, Mapping

    from ..checks import Reporter
    from ..read.post import Post
    from .blog import Blog


@dataclass(frozen=True)
class Redirect:
    """A redirect page at `path` (site-relative file) to the page of `target` (`src_uri`)."""

    path: str
    target: str
    source: str
    """The post that asked for it, for messages."""
    field: str
    """What asked for it: `aliases`, `redirect_from`, `url` (the post moved), or
    `archive_pagination` (a page Material's archive has)."""
    title: str = ""
    """The title of the page it leads to."""


def plan_redirects(posts: Iterable[Post], moved: Mapping[str, str],
                   url_of: Callable[[str], str | None], report: Reporter) -> list[Redirect]:
    """Every redirect of the blog: each post's aliases and `redirect_from` paths, and the old
    URL of each post in `moved` (`src_uri` -> its MkDocs URL before it moved)."""
    redirects = []
    for post in posts:
        page_url = url_of(post.src_uri)
        if page_url is None:
            continue
        wanted = [("aliases", alias, True) for alias in post.aliases]
        wanted += [("redirect_from", path, False) for path in post.redirect_from]
        if post.src_uri in moved:
            wanted.append(("url", "/" + unquote(moved[post.src_uri]), True))
        for field, alias, relative in wanted:
            path = BlogUrls.redirect(alias, page_url, relative_to_page=relative)
            if path is None:
                report(Check.INVALID, f"{post.src_uri}: {field}: {shown(alias)} is not a path on "
                       "this site (like /2022/05/19/old/); no redirect is written for it")
            else:
                redirects.append(Redirect(path, post.src_uri, post.src_uri, field, post.title))
    return redirects


def archive_page_redirects(blog: Blog, urls: BlogUrls, per_page: int,
                           use_directory_urls: bool,
                           title_of: Callable[[dt.date], str]) -> list[Redirect]:
    """An archive here is one page; Material splits it into pages of `per_page` posts. Each
    of those later pages becomes a redirect to the archive, so links to them keep working."""
    redirects = []
    for posts in blog.archives.values():
        first = urls.archive(posts[0].date.day)
        for number in range(2, -(-len(posts) // per_page) + 1):
            src_uri = urls.paged(first, number)
            path = File(src_uri, "", "", use_directory_urls).dest_uri
            redirects.append(Redirect(path, first, first, "archive_pagination",
                                      title_of(posts[0].date.day)))
    return redirects
