"""Every path the blog writes, in one place: listing pages and their pages 2+, each tag, author
and category page, year archives, feeds and the names the plugin keeps for itself.

Paths here are MkDocs `src_uri`s (`blog/tags/ai/index.md`) of the pages we generate, or
site-relative paths of the files we write (`blog/tags/ai/feed.xml`). A page's URL is what
MkDocs makes of its `src_uri` (with or without `use_directory_urls`); nothing else in the
package builds a path by hand.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass
from typing import Literal

TermKind = Literal["tag", "author", "category"]
TERM_KINDS: tuple[TermKind, ...] = ("tag", "author", "category")

# Folder of each taxonomy under the blog folder, as in the README's URL table.
TERM_FOLDERS: dict[TermKind, str] = {"tag": "tags", "author": "authors",
                                     "category": "categories"}
# A feed's file name in its folder, by format.
FEED_FILES: dict[str, str] = {"rss": "feed.xml", "atom": "atom.xml", "json": "feed.json"}
STYLESHEET_FILE = "feed.xsl"
PAGE_FOLDER = "page"
ARCHIVE_FOLDER = "archive"
INDEX_PAGE = "index.md"
THEME_CSS = "assets/blogposts/blogposts.css"
"""Our stylesheet for the `mkdocs` and `readthedocs` themes, from the site root."""

# Names a tag, author or category slug must not take: they are our own files and folders.
RESERVED = frozenset({
    "index", PAGE_FOLDER, ARCHIVE_FOLDER, *TERM_FOLDERS.values(),
    *(name.split(".")[0] for name in FEED_FILES.values()),
    *(name.replace(".", "-") for name in FEED_FILES.values()),
})


@dataclass(frozen=True)
class BlogUrls:
    """Paths of one blog, all under `blog_dir`."""

    blog_dir: str

    @property
    def index(self) -> str:
        """`src_uri` of the blog index: `blog/index.md`."""
        return f"{self.blog_dir}/{INDEX_PAGE}"

    def paged(self, first_uri: str, number: int) -> str:
        """`src_uri` of page `number` of the listing whose first page is `first_uri`:
        `blog/index.md` -> `blog/page/2/index.md`."""
        if number == 1:
            return first_uri
        return posixpath.join(posixpath.dirname(first_uri), PAGE_FOLDER, str(number),
                              INDEX_PAGE)

    def term_index(self, kind: TermKind) -> str:
        """`src_uri` of the page listing every tag (author, category): `blog/tags/index.md`."""
        return f"{self.blog_dir}/{TERM_FOLDERS[kind]}/{INDEX_PAGE}"

    def term(self, kind: TermKind, slug: str) -> str:
        """`src_uri` of the first page of one tag, author or category."""
        return f"{self.blog_dir}/{TERM_FOLDERS[kind]}/{slug}/{INDEX_PAGE}"

    def year(self, year: int) -> str:
        """`src_uri` of one year's archive."""
        return f"{self.blog_dir}/{ARCHIVE_FOLDER}/{year}/{INDEX_PAGE}"

    def feed_folder(self, term: tuple[TermKind, str] | None) -> str:
        """Site-relative folder of the blog's feeds (`term` None) or of one term's."""
        if term is None:
            return self.blog_dir
        return posixpath.dirname(self.term(*term))

    @staticmethod
    def feed(folder: str, fmt: str) -> str:
        """Site-relative path of the feed in format `fmt` in `folder`."""
        return f"{folder}/{FEED_FILES[fmt]}"

    @property
    def stylesheet(self) -> str:
        """Site-relative path of the feeds' XSLT."""
        return f"{self.blog_dir}/{STYLESHEET_FILE}"

    def holds(self, src_uri: str) -> bool:
        """Whether `src_uri` is below the blog folder."""
        return src_uri.startswith(self.blog_dir + "/")
