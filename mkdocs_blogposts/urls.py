"""Every path the blog writes, in one place: posts (URL formats and other engines' styles),
listing pages and their pages 2+, each tag, author and category page, archives, feeds,
redirect pages, and the names the plugin keeps for itself.

Paths here are MkDocs `src_uri`s (`blog/tags/ai/index.md`) of pages, from which MkDocs makes
URLs (with or without `use_directory_urls`), or site-relative paths of files we write
(`blog/tags/ai/feed.xml`). Nothing else in the package builds a path by hand.
"""

from __future__ import annotations

import datetime as dt
import posixpath
import re
import string
from dataclasses import dataclass, field, replace
from functools import cached_property, partial
from typing import TYPE_CHECKING, Literal

from babel.dates import format_date, format_datetime

from .url_text import cap, hugo_urlize, jekyll_title, material_slug

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping, Sequence

    from babel.core import Locale

TermKind = Literal["tag", "author", "category"]
TERM_KINDS: tuple[TermKind, ...] = ("tag", "author", "category")
UrlStyleName = Literal["mkdocs", "material", "docusaurus", "hugo", "jekyll"]

# A feed's file name in its folder, by format.
FEED_FILES: dict[str, str] = {"rss": "feed.xml", "atom": "atom.xml", "json": "feed.json"}
STYLESHEET_FILE = "feed.css"
XSLT_FILE = "feed.xsl"
INDEX_PAGE = "index.md"
THEME_CSS = "assets/blogposts/blogposts.css"
"""Our stylesheet for the `mkdocs` and `readthedocs` themes, from the site root."""

# Names a tag, author or category slug must not take: they are our own files and folders.
RESERVED = frozenset({
    "index", "page", "archive", "tags", "authors", "categories", "feeds",
    *(name.split(".")[0] for name in FEED_FILES.values()),
    *(name.replace(".", "-") for name in FEED_FILES.values()),
})

PATH_PART_BYTES = 200
"""A post URL's parts at most, in UTF-8 bytes (with `.html`, under a file name's 255)."""
MAX_PATH_BYTES = 1000
"""A page's site-relative path at most (file systems refuse 4,096 bytes with the site's own
folder in front): a 5,000-letter permalink or 99 categories of 100 letters are refused."""
MAX_FORMAT_WIDTH = 200
"""A field width a URL or title pattern may ask for (`{slug:>20}`), at most."""
_UNSAFE_CHARACTERS = re.compile(r"[\x00-\x1f\x7f\\]")


class PathProblem(ValueError):
    """A path a URL setting or a post's front matter makes that cannot be a page of the
    site: it leads outside it, is too long, or holds control characters or backslashes. The
    message says which; `field` names what made it, when known."""

    def __init__(self, message: str, field: str = "") -> None:
        super().__init__(message)
        self.field = field


def _checked(field: str, value: str, make: Callable[[], str]) -> str:
    """`make()`, a `PathProblem` from it said of `value` and `field`."""
    try:
        return make()
    except PathProblem as exc:
        if exc.field:
            raise
        shown = value if len(value) <= 80 else value[:77] + "..."
        raise PathProblem(f"{shown!r} {exc}", field) from None


def inside_site(path: str) -> str:
    """`path` (site-relative, `/` between folders) normalized, or `PathProblem`: a page of a
    site is below its folder, whatever a format, a slug or a permalink says."""
    if _UNSAFE_CHARACTERS.search(path):
        raise PathProblem("holds a control character or a backslash")
    normal = posixpath.normpath(path.strip("/")) if path.strip("/") else ""
    if normal == ".":
        normal = ""
    if normal == ".." or normal.startswith("../"):
        raise PathProblem("leads outside the site")
    if len(normal.encode()) > MAX_PATH_BYTES:
        raise PathProblem(f"makes a path longer than {MAX_PATH_BYTES:,} bytes")
    return normal


def parent_paths(path: str) -> list[str]:
    """`a/b/c` -> `a/b`, `a`: where a file would be a folder's name (`blog/feed.xml/x`)."""
    parts = path.split("/")
    return ["/".join(parts[:end]) for end in range(len(parts) - 1, 0, -1)]


POST_PLACEHOLDERS = ("date", "year", "month", "day", "slug", "file", "name", "title",
                     "categories", "path")
# Jekyll's permalink `:tokens` and Hugo's, as our placeholders.
_TOKEN = re.compile(r":([a-z_]+)")
_JEKYLL_TOKENS = {"year": "year", "month": "month", "i_month": "month", "day": "day",
                  "i_day": "day", "title": "jekyll_title", "slug": "slug", "name": "file",
                  "categories": "categories", "output_ext": "html"}
_HUGO_TOKENS = {"year": "year", "month": "month", "day": "day", "title": "title",
                "slug": "slug", "slugorfilename": "slug_or_file",
                "slugorcontentbasename": "slug_or_file", "filename": "file",
                "contentbasename": "file", "section": "section"}
_DATE_IN_NAME = re.compile(r"^(?P<folder>.*?)(?P<date>\d{4}[-/]\d{1,2}[-/]\d{1,2})(?:-|/|$)")


@dataclass(frozen=True)
class UrlStyle:
    """Where pages go below the blog folder, as one engine puts them. `url_style` picks a
    preset (`STYLES`); each part also has its own option, which wins."""

    post: str = "{path}"
    """`post_url_format`: placeholders `POST_PLACEHOLDERS`; `/` first = from the site root;
    a trailing `.html` names the file."""
    post_date: str = "yyyy/MM/dd"
    """`post_url_date_format`: babel pattern of `{date}`."""
    max_categories: int = 1
    """`post_url_max_categories`: how many categories `{categories}` holds."""
    date_from_name: bool = False
    """Docusaurus: the date placeholders are the date the file or folder name writes (as
    written; none when it has none), and `{name}` what follows it in the path."""
    slug_is_path: bool = False
    """Docusaurus: front matter `slug` is the post's whole path below the blog."""
    hugo_paths: bool = False
    """Hugo: `{path}` is lower case with spaces as `-`, and `slug` replaces its last part."""
    jekyll_titles: bool = False
    """Jekyll: `{name}` (or front matter `slug`) is cleaned as Jekyll's `:title` is."""
    terms: Mapping[TermKind, str] = field(default_factory=lambda: {
        "tag": "tags/{slug}", "author": "authors/{slug}", "category": "categories/{slug}"})
    """`tags_url_format`, `authors_profiles_url_format`, `categories_url_format`."""
    term_slugs: Mapping[TermKind, str] = field(default_factory=lambda: {
        "tag": "blogposts", "author": "blogposts", "category": "blogposts"})
    """How a label becomes a slug per kind: `blogposts` (ours), `material`, `kebab`
    (Docusaurus), `urlize` (Hugo)."""
    category_path: Literal["slug", "lower"] = "slug"
    """How a category is written in `{categories}`: its slug, or lower case (Jekyll)."""
    archive: str = "archive/{date}"
    """`archive_url_format`."""
    archive_date: str = "yyyy"
    """`archive_url_date_format`: `yyyy/MM` gives monthly archives."""
    pagination: str = "page/{page}"
    """`pagination_url_format`: page 2 onwards, below the listing's own path."""
    page_files: bool = False
    """Material: term, archive and later pages are `<path>.md`, not `<path>/index.md` (the
    same URLs with `use_directory_urls`; `.../name.html` without)."""
    dates_in_zone: bool = True
    """Date placeholders are the day in the site's time zone (Jekyll); Material keeps the
    offset a date is written with."""
    move_media: bool = False
    """Material: images and other files below the posts folder (`post_dir`, by default
    `{blog}/posts`) are published at the blog folder."""


STYLES: dict[UrlStyleName, UrlStyle] = {
    "mkdocs": UrlStyle(),
    "material": UrlStyle(
        post="{date}/{slug}",
        terms={"tag": "tags/{slug}", "author": "author/{slug}", "category": "category/{slug}"},
        term_slugs={"tag": "blogposts", "author": "blogposts", "category": "material"},
        page_files=True, move_media=True, dates_in_zone=False),
    "docusaurus": UrlStyle(
        post="{date}/{name}", date_from_name=True, slug_is_path=True,
        term_slugs={"tag": "kebab", "author": "blogposts", "category": "kebab"}),
    "hugo": UrlStyle(hugo_paths=True,
                     term_slugs={"tag": "urlize", "author": "urlize", "category": "urlize"}),
    "jekyll": UrlStyle(post="{categories}/{year}/{month}/{day}/{name}.html", max_categories=99,
                       jekyll_titles=True, category_path="lower"),
}


@dataclass(frozen=True)
class PostSource:
    """What a post's URL may be made of."""

    src_uri: str
    title: str
    date: dt.datetime
    """In the site's time zone (an offset written in the value is converted to it)."""
    categories: Sequence[str] = ()
    slug: str = ""
    """Front matter `slug`, as written."""
    permalink: str = ""
    """Jekyll's `permalink:` or Hugo's `url:`: the whole path from the site root."""
    permalink_is_hugo: bool = False
    """The permalink is Hugo's `url:` (its `:tokens` mean Hugo's)."""
    slug_title: str = ""
    """What `{slug}` slugifies without a front matter `slug` (default: `title`)."""


@dataclass(frozen=True)
class BlogUrls:
    """Paths of one blog. `blog_dir` "" is a blog at the site root."""

    blog_dir: str
    style: UrlStyle = field(default_factory=UrlStyle)
    locale: Locale | str = "en"
    """For babel patterns in URLs (`MMM` writes month names)."""
    post_slugify: Callable[[str, str], str] | None = None
    """`post_slugify`: a callable `(title, separator)`; default Material's."""
    slug_separator: str = "-"
    term_slug: Callable[[TermKind, str], str] | None = None
    """A category's slug, for `{categories}` (set by the build once terms have slugs)."""
    zone: dt.tzinfo | None = None
    """The site's time zone: date placeholders are days there."""

    def _join(self, *parts: str) -> str:
        return posixpath.join(self.blog_dir, *parts) if self.blog_dir else posixpath.join(*parts)

    def _page(self, path: str) -> str:
        """`src_uri` of a generated page at `path` below the blog (`style.page_files`)."""
        if not path:
            return self._join(INDEX_PAGE)
        return self._join(f"{path}.md" if self.style.page_files else f"{path}/{INDEX_PAGE}")

    @property
    def index(self) -> str:
        """`src_uri` of the blog index: `blog/index.md`."""
        return self._join(INDEX_PAGE)

    def paged(self, first_uri: str, number: int) -> str:
        """`src_uri` of page `number` of the listing whose first page is `first_uri`:
        `blog/index.md` -> `blog/page/2/index.md`, `blog/tags/ai/index.md` ->
        `blog/tags/ai/page/2/index.md` (Material: `blog/category/x.md` -> `.../x/page/2.md`)."""
        if number == 1:
            return first_uri
        below = _clean(self.style.pagination.format(page=number))
        folder, name = posixpath.split(first_uri)
        if name == INDEX_PAGE:
            return posixpath.join(folder, below, INDEX_PAGE)
        base = posixpath.join(folder, posixpath.splitext(name)[0], below)
        return f"{base}.md" if self.style.page_files else posixpath.join(base, INDEX_PAGE)

    def term_folder(self, kind: TermKind, slug: str, label: str = "") -> str:
        """Site-relative folder of one term's page: `blog/tags/ai`."""
        return self._join(_clean(self._term_path(kind, slug, label)))

    def term(self, kind: TermKind, slug: str, label: str = "") -> str:
        """`src_uri` of the first page of one tag, author or category (`label`: an author's
        name, for Material's `{name}`)."""
        return self._page(_clean(self._term_path(kind, slug, label)))

    def _term_path(self, kind: TermKind, slug: str, label: str) -> str:
        # Material's `{name}` is an author's name as written: one folder's name, all the same.
        name = re.sub(r"[/\\]+", "-", label).strip("-")
        return self.style.terms[kind].format(slug=slug, name=name if name.strip(".") else slug)

    def term_index(self, kind: TermKind) -> str:
        """`src_uri` of the page listing every tag (author, category): the folder of the
        term pages, `blog/tags/index.md`."""
        return self._join(_term_root(self.style.terms[kind]), INDEX_PAGE)

    def archive(self, day: dt.date) -> str:
        """`src_uri` of the archive page holding `day` (a year, or a month)."""
        return self._page(_clean(self.style.archive.format(date=self.archive_key(day))))

    def archive_key(self, day: dt.date) -> str:
        """Which archive page `day` is on: `2024`, or `2024/05` for monthly archives."""
        return _babel(day, self.style.archive_date, self.locale)

    @property
    def archive_index(self) -> str:
        """`src_uri` of the page listing the archive pages: `blog/archive/index.md`."""
        return self._join(_term_root(self.style.archive), INDEX_PAGE)

    @property
    def feeds_index(self) -> str:
        """`src_uri` of the page listing every feed: `blog/feeds/index.md`."""
        return self._join("feeds", INDEX_PAGE)

    def feed_folder(self, term: tuple[TermKind, str, str] | None) -> str:
        """Site-relative folder of the blog's feeds (`term` None) or of one term's
        (`(kind, slug, label)`): the folder of the term's page."""
        return self.term_folder(*term) if term else self.blog_dir

    @staticmethod
    def feed(folder: str, fmt: str) -> str:
        """Site-relative path of the feed in format `fmt` in `folder`."""
        return posixpath.join(folder, FEED_FILES[fmt])

    def stylesheet(self, *, xslt: bool = False) -> str:
        """Site-relative path of the feeds' stylesheet: CSS, or XSLT."""
        return self._join(XSLT_FILE if xslt else STYLESHEET_FILE)

    def holds(self, src_uri: str) -> bool:
        """Whether `src_uri` is below the blog folder."""
        return not self.blog_dir or src_uri.startswith(self.blog_dir + "/")

    def below(self, src_uri: str) -> str:
        """`src_uri` relative to the blog folder."""
        return src_uri[len(self.blog_dir) + 1:] if self.blog_dir else src_uri

    def data_file(self, name: str) -> str:
        """Docs-relative path of a data file the options name: Material's `{blog}/...` is
        from docs_dir, anything else from the blog folder."""
        if "{blog}" in name:
            return posixpath.normpath(name.replace("{blog}", self.blog_dir or "."))
        return posixpath.normpath(self._join(name))

    def is_generated(self, src_uri: str) -> bool:
        """Whether a page the user wrote sits where a generated page may go (`blog/tags.md`,
        `blog/tags/index.md`, `blog/tags/ai/index.md`, `blog/page/2/index.md`...): such a
        page is the user's version of ours, never a post."""
        if not self.holds(src_uri):
            return False
        path = posixpath.splitext(self.below(src_uri))[0]
        path = re.sub(r"(^|/)(index|README)$", "", path)
        return bool(self._generated_pattern.match(path))

    @cached_property
    def _generated_pattern(self) -> re.Pattern[str]:
        # Every folder our listings live in, then anything below it (made once: asked for
        # each file of the site).
        roots = {_term_root(fmt) for fmt in (*self.style.terms.values(), self.style.archive)}
        roots |= {_term_root(self.style.pagination), "feeds"}
        roots.discard("")
        alternatives = "|".join(re.escape(root) for root in sorted(roots))
        return re.compile(rf"^(?:{alternatives})(?:/.*)?$|^$" if alternatives else r"^$")

    # -- posts -----------------------------------------------------------------------------

    def post(self, source: PostSource) -> str | None:
        """Site-relative destination of a post (`blog/2024/05/01/hello/` as `.../index.html`
        or `.../hello.html`, MkDocs decides), as a `src_uri`-like path ending in `.md`, or
        in `.html` when the format names the file; None to keep MkDocs' own. `PathProblem`
        (its `field` naming what made the path) when the path cannot be a page of the site."""
        style = self.style
        if source.permalink:  # from the site root; Jekyll's and Hugo's `:tokens` filled in
            field = "url" if source.permalink_is_hugo else "permalink"
            values = self._placeholders(source, field)
            tokens = _HUGO_TOKENS if source.permalink_is_hugo else _JEKYLL_TOKENS
            path = _TOKEN.sub(lambda m: values[tokens[m[1]]] if m[1] in tokens else m[0],
                              source.permalink)
            return _checked(field, source.permalink, lambda: _as_page(
                path.lstrip("/"), keep_slash=path.endswith("/")))
        if source.slug and style.slug_is_path:
            return _checked("slug", source.slug,
                            lambda: _as_page(self._join(source.slug.strip("/"))))
        if style.post == "{path}" and not style.hugo_paths:
            return None
        field = "slug" if source.slug else "post URL (url_style, post_url_format)"
        path = style.post.format(**self._placeholders(source, field))
        if style.post.startswith("/"):  # from the site root, as other engines' permalinks are
            return _checked(field, source.slug or path, lambda: _as_page(path.lstrip("/")))
        return _checked(field, source.slug or path,
                        lambda: _as_page(self._join(path.strip("/"))))

    def _placeholders(self, source: PostSource, field: str) -> dict[str, str]:
        style = self.style
        below = self.below(source.src_uri)
        folder, filename = posixpath.split(posixpath.splitext(below)[0])
        if filename in ("index", "README") and folder:  # a folder post: the folder names it
            folder, filename = posixpath.split(folder)
        named = _DATE_IN_NAME.match(posixpath.join(folder, filename)) if style.date_from_name \
            else None
        if named:
            date = named["date"].replace("-", "/")
            year, month, day = date.split("/")
            rest = posixpath.join(folder, filename)[named.end():]
            name = named["folder"] + rest
        else:
            date = _babel(source.date, style.post_date, self.locale)
            year, month, day = (f"{source.date.year:04d}", f"{source.date.month:02d}",
                                f"{source.date.day:02d}")
            # A file named only by its date keeps that name: {name} is never empty.
            name = re.sub(r"^\d{4}-\d{1,2}-\d{1,2}(?:-|$)", "", filename) or filename
            if style.date_from_name:  # no date in the name: none in the URL (Docusaurus)
                date = year = month = day = ""
        jekyll = jekyll_title(source.slug or name)
        slug = source.slug or self._slugify(source.slug_title or source.title, field)
        path = posixpath.join(folder, filename)
        if style.hugo_paths:
            parts = path.lower().replace(" ", "-").split("/")
            if source.slug:
                parts[-1] = source.slug
            path = "/".join(parts)
        categories = [self._category_path(label) for label in
                      source.categories[: style.max_categories]]
        return {"date": date, "year": year, "month": month, "day": day, "slug": slug,
                "file": filename, "name": jekyll if style.jekyll_titles else name,
                "title": hugo_urlize(source.title), "jekyll_title": jekyll,
                "categories": "/".join(c for c in categories if c), "path": path,
                "slug_or_file": source.slug or filename, "section": self.blog_dir,
                "html": ".html"}

    def _slugify(self, title: str, field: str) -> str:
        if self.post_slugify is None and self.style.hugo_paths:
            return hugo_urlize(title)  # Hugo's `:slug` without a slug is the urlized title
        if self.post_slugify is None:
            return material_slug(title, self.slug_separator)
        try:
            return str(self.post_slugify(title, self.slug_separator))
        except Exception as exc:  # the user's function: any failure is theirs to see
            raise PathProblem(f"post_slugify failed on {title!r} ({type(exc).__name__}: "
                              f"{exc})", "post_slugify") from None

    def _category_path(self, label: str) -> str:
        if self.style.category_path == "lower":
            return label.lower()
        return self.term_slug("category", label) if self.term_slug else label

    def with_style(self, **changes: object) -> BlogUrls:
        """These paths with some parts of the style changed (explicit options)."""
        return replace(self, style=replace(self.style, **changes))  # type: ignore[arg-type]

    # -- checks ----------------------------------------------------------------------------

    def _index_of(self, kind: TermKind) -> str | None:
        """The index page of a kind of terms; None when the blog index is it."""
        index = self.term_index(kind)
        return index if index != self.index else None

    def problems(self) -> list[str]:
        """What is wrong with these URL settings, each naming the option at fault (found on
        sample terms, years, pages and posts): a page outside the blog folder or the site,
        a format that gives two pages one URL, two kinds of pages in one place."""
        found: list[str] = []
        seen: dict[str, str] = {}

        def sample(what: str, make: Callable[[], str | None]) -> None:
            try:
                path = make()
            except (PathProblem, ValueError, KeyError, IndexError) as exc:
                found.append(f"{what}: {exc}")
                return
            if path is None:
                return
            if not self.holds(path) and path != self.index:
                found.append(f"{what}: {path!r} is outside the blog folder "
                             f"{self.blog_dir!r}")
            elif path in seen:
                found.append(f"{what} and {seen[path]} give the same page ({path})")
            seen.setdefault(path, what)

        sample("the blog index", lambda: self.index)
        sample("pagination_url_format (page 2)", lambda: self.paged(self.index, 2))
        sample("pagination_url_format (page 3)", lambda: self.paged(self.index, 3))
        for kind, option in _TERM_OPTIONS.items():
            for slug in ("a", "b"):
                sample(f"{option} ({kind} {slug!r})",
                       partial(self.term, kind, slug, slug.upper()))
            sample(f"{option} (the index of every {kind})", partial(self._index_of, kind))
        days = (_SAMPLE_DAYS[0], _SAMPLE_DAYS[1]) if self.archive_key(_SAMPLE_DAYS[0]) != \
            self.archive_key(_SAMPLE_DAYS[1]) else ()
        if not days:
            found.append(f"archive_url_date_format: {self.style.archive_date!r} gives two "
                         "years one archive page")
        for day in days:
            sample(f"archive_url_format ({day.year})", partial(self.archive, day))
        sample("archive_url_format (the index of the archive)",
               lambda: self.archive_index if self.archive_index != self.index else None)
        sample("the feeds page", lambda: self.feeds_index)
        posts: list[str | None] = []
        for source in _sample_posts(self.blog_dir):
            try:
                posts.append(self.post(source))
            except PathProblem as exc:
                found.append(f"{exc.field}: {exc}")
                break
        if len(posts) == 2 and posts[0] is not None and posts[0] == posts[1]:
            found.append(f"post_url_format: {self.style.post!r} gives every post one URL "
                         f"({posts[0]})")
        return found

    # -- redirects -------------------------------------------------------------------------

    @staticmethod
    def redirect(alias: str, page_url: str, *, relative_to_page: bool) -> str | None:
        """Site-relative file of a redirect page for `alias`: `/2022/05/19/x.html` as is,
        `/old/` as `old/index.html`, `old` (Jekyll) as `old.html`; a relative Hugo alias
        from the folder above the page. None when it would leave the site."""
        alias = alias.strip()
        if not alias or "://" in alias or alias.startswith("//"):
            return None
        if alias.startswith("/") or not relative_to_page:
            path = alias.lstrip("/")
            jekyll_file = not relative_to_page and not alias.endswith("/")
        else:
            parent = posixpath.dirname(page_url.rstrip("/"))
            path = posixpath.join(parent, alias)
            jekyll_file = False
        normal = posixpath.normpath(path) if path.strip("/") else ""
        if normal == ".." or normal.startswith("../") or normal in ("", "."):
            return None
        if normal.endswith((".html", ".htm")):
            return normal
        if jekyll_file:
            return f"{normal}.html"
        return f"{normal}/index.html"


_TERM_OPTIONS: dict[TermKind, str] = {"tag": "tags_url_format",
                                      "category": "categories_url_format",
                                      "author": "authors_profiles_url_format"}
# The same day of two years: a date format without the year gives both one archive page.
_SAMPLE_DAYS = (dt.date(2023, 1, 15), dt.date(2024, 1, 15))


def _sample_posts(blog_dir: str) -> list[PostSource]:
    """Two posts that differ in every way a post URL may use."""
    folder = blog_dir + "/" if blog_dir else ""
    return [PostSource(f"{folder}2023-01-15-first-post.md", "First post",
                       dt.datetime(2023, 1, 15, 10, tzinfo=dt.timezone.utc), ("News",)),
            PostSource(f"{folder}second-post.md", "Second post",
                       dt.datetime(2024, 6, 15, 10, tzinfo=dt.timezone.utc), ("Notes",))]


def check_format(value: str, placeholders: Sequence[str]) -> None:
    """Raises ValueError when `value` uses a placeholder not in `placeholders` or is not a
    `str.format` pattern."""
    allowed = ", ".join("{" + name + "}" for name in placeholders)
    try:
        fields = [name for _, name, _, _ in string.Formatter().parse(value) if name is not None]
    except ValueError as exc:
        raise ValueError(f"{value!r} is not a valid pattern ({exc}); write text with "
                         f"{allowed}, and '{{{{' for a literal brace") from exc
    unknown = [name for name in fields if name not in placeholders]
    if unknown:
        raise ValueError(f"unknown placeholder {{{unknown[0]}}} in {value!r}; expected {allowed}")
    if re.search(r"[\x00-\x1f\x7f]", value):
        raise ValueError(f"{value!r} holds a control character")
    for _, name, spec, _ in string.Formatter().parse(value):
        widths = [int(number) for number in re.findall(r"\d+", spec or "")]
        if name is not None and widths and max(widths) > MAX_FORMAT_WIDTH:
            raise ValueError(f"{value!r}: a width of {max(widths):,} in {{{name}:{spec}}} is "
                             f"more than a URL or a title needs ({MAX_FORMAT_WIDTH} at most)")
    try:
        value.format(**dict.fromkeys(placeholders, ""))
    except (ValueError, IndexError, KeyError, AttributeError) as exc:
        raise ValueError(f"{value!r} is not a valid pattern ({exc}); write text with "
                         f"{allowed}, and '{{{{' for a literal brace") from exc


def _as_page(path: str, *, keep_slash: bool = False) -> str:
    """A post's destination written as a page path: `x/` or `x` -> `x.md`, `x.html` kept;
    with `keep_slash` a folder (`x/`) stays one whatever `use_directory_urls` says. Each part
    fits a file name (a 300-letter title makes a long slug); `PathProblem` when it cannot be
    a page of the site."""
    path = inside_site(path)
    if not path:  # `permalink: /`: the site's home page (another page has it: reported)
        return "index.md"
    path = "/".join(cap(part, PATH_PART_BYTES) for part in path.split("/"))
    if path.endswith((".html", ".htm")):
        return path
    return f"{path}/index.md" if keep_slash else f"{path}.md"


def _clean(path: str) -> str:
    """A listing's path: inside the site, each folder's name short enough for a file system."""
    normal = inside_site(path)
    return "/".join(cap(part, PATH_PART_BYTES) for part in normal.split("/")) if normal else ""


def _term_root(fmt: str) -> str:
    """The fixed folder a format starts with: `category/{slug}` -> `category`."""
    fixed = fmt.split("{", 1)[0]
    return _clean(fixed.rsplit("/", 1)[0] if "/" in fixed else "")


def _babel(value: dt.date, pattern: str, locale: Locale | str) -> str:
    if pattern in ("short", "medium", "long", "full"):
        return format_date(value, format=pattern, locale=locale)
    if hasattr(value, "hour"):
        return format_datetime(value, format=pattern, locale=locale)
    return format_date(value, format=pattern, locale=locale)

