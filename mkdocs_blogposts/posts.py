"""Read one post's front matter and apply the alias table (ARCHITECTURE.md section 2).

Pure: takes text, returns a frozen `Post` and every finding about it, all at once.
"""

from __future__ import annotations

import datetime as dt
import posixpath
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cached_property

import frontmatter
import yaml
from frontmatter.default_handlers import YAMLHandler
from mkdocs.plugins import get_plugin_logger
from mkdocs.utils.meta import YAML_RE

from .authors import Author, author_from_mapping, find_author
from .dates import DateError, PostDate, date_from_name, parse_date, parse_date_leniently
from .front_matter import read_other_front_matter
from .links import is_external
from .slugs import tag_key

log = get_plugin_logger(__name__)

MORE_MARKERS = ("<!-- more -->", "<!-- truncate -->")
_YAML_HANDLER = YAMLHandler()  # pinned: never guess TOML or JSON from the delimiters
_H1 = re.compile(r"^#[ \t]+(.+?)[ \t]*#*[ \t]*$", re.MULTILINE)
_HTML_TAG = re.compile(r"<[^>]+>")
_FENCE = re.compile(r"^(```|~~~).*?^\1", re.MULTILINE | re.DOTALL)


@dataclass(frozen=True)
class Post:
    """A post as every engine's front matter means it, normalized."""

    src_uri: str
    title: str
    date: PostDate
    description: str = ""
    description_given: bool = False
    """The description came from the front matter (not cut from the body)."""
    updated: PostDate | None = None
    authors: tuple[Author, ...] = ()
    tags: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    image: str = ""
    """Absolute URL, or a path relative to `docs_dir` (a `src_uri`)."""
    draft: bool = False
    unlisted: bool = False
    words: int = 0
    """Words of the body, for the reading time."""

    @property
    def sort_key(self) -> tuple[PostDate, str]:
        """Newest first when sorted in reverse; the path keeps equal dates stable."""
        return (self.date, self.src_uri)


# What each kind of finding is called in the `validation` option; "invalid" (a value of the
# wrong shape) is always a warning, "lenient" (a value read generously) always an info.
INVALID, LENIENT = "invalid", "lenient"
UNDATED, MISSING_IMAGES, UNKNOWN_AUTHORS = "undated", "missing_images", "unknown_authors"


@dataclass(frozen=True)
class Finding:
    """Something worth telling about a post: `message` reads `field: what is wrong`."""

    check: str
    message: str
    excludes: bool = False
    """The post is left out of listings and feeds until this is fixed."""


@dataclass
class ReadResult:
    """A post (None when a finding excludes it) and every finding about it."""

    post: Post | None
    findings: list[Finding] = field(default_factory=list)
    body: str = ""
    """The Markdown after the front matter."""


@dataclass(frozen=True)
class ReadContext:
    """What reading a post needs besides its text."""

    tz: dt.tzinfo
    authors: Mapping[str, Author]
    """Profiles by id and by case-folded name (`authors.author_lookup`)."""
    existing: frozenset[str]
    """`src_uri`s of the site's files, to check images."""

    @cached_property
    def known_slugs(self) -> set[str]:
        """Slugs of the authors file's profiles."""
        return {author.slug for author in self.authors.values()}


def read_post(src_uri: str, text: str, ctx: ReadContext,
              split: Callable[[str], ParsedFrontMatter] | None = None) -> ReadResult:
    """Parse `text` (a Markdown file under the blog folder) into a `Post`; `split` reads
    the front matter (default: `split_front_matter`)."""
    meta, body, problem = (split or split_front_matter)(text)
    if problem:
        return ReadResult(None, [Finding(INVALID, problem, excludes=True)], body)
    reader = _FieldReader(src_uri, meta, body, ctx)
    post = reader.post()
    excluded = any(f.excludes for f in reader.findings)
    return ReadResult(None if excluded else post, reader.findings, body)


ParsedFrontMatter = tuple[dict[str, object], str, str]
"""`(metadata, body, problem)`, as `split_front_matter` gives them."""


class FrontMatterCache:
    """`split_front_matter` of each post by a digest of its whole text, kept across
    `mkdocs serve` rebuilds, so an unchanged post is not parsed again.

    Cannot serve stale data: an edited post has another digest, so it is parsed afresh;
    entries no build used since the one before are dropped. Values are read, never
    changed, by `read_post`. A body is kept as its place in the text when it is one."""

    def __init__(self) -> None:
        self._previous: dict[str, tuple[dict[str, object], str | tuple[int, int], str]] = {}
        self._current: dict[str, tuple[dict[str, object], str | tuple[int, int], str]] = {}
        self.hits = 0

    def start_build(self) -> None:
        """Keep what the last build read; count this build's hits from zero."""
        if self._current:
            self._previous, self._current = self._current, {}
        self.hits = 0

    def split(self, text: str, key: str) -> ParsedFrontMatter:
        """`split_front_matter(text)`, where `key` is the digest of `text`."""
        entry = self._current.get(key) or self._previous.get(key)
        if entry is None:
            meta, body, problem = split_front_matter(text)
            start = text.find(body)
            entry = (meta, (start, start + len(body)) if start >= 0 else body, problem)
        else:
            self.hits += 1
        self._current[key] = entry
        meta, place, problem = entry
        return meta, place if isinstance(place, str) else text[place[0]:place[1]], problem


def split_front_matter(text: str) -> ParsedFrontMatter:
    """`(metadata, body, problem)`. YAML only where MkDocs itself would see it (its own
    `YAML_RE`); Eleventy's `---js` and Hugo's `+++` TOML are read too, since MkDocs would
    otherwise show them as text."""
    if not YAML_RE.match(text):
        other = read_other_front_matter(text)
        if other is not None:
            return other
        return {}, text, ""
    try:
        parsed = frontmatter.loads(text, handler=_YAML_HANDLER)
    except yaml.MarkedYAMLError as exc:
        # python-frontmatter hands YAML the text from the end of the opening "---" line on, so
        # its marks are 0-based file lines: add 1.
        mark, context = exc.problem_mark, exc.context_mark
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        started = ""
        if context and exc.context:
            started = (f" ({exc.context} started at line {context.line + 1}, "
                       f"column {context.column + 1})")
        return {}, text, f"front matter: invalid YAML{where}: {exc.problem}{started}"
    except (yaml.YAMLError, ValueError, TypeError, AttributeError) as exc:
        return {}, text, f"front matter: expected a YAML mapping of keys to values ({exc})"
    return {str(k): v for k, v in parsed.metadata.items()}, parsed.content, ""


class _FieldReader:
    """Applies the alias table to one post, collecting every problem on the way."""

    def __init__(self, src_uri: str, meta: dict[str, object], body: str, ctx: ReadContext):
        self.src_uri = src_uri
        self.meta = meta
        self.body = body
        self.ctx = ctx
        self.findings: list[Finding] = []

    def invalid(self, message: str) -> None:
        """A value of the wrong shape: a warning, and the post is not listed."""
        self.findings.append(Finding(INVALID, message, excludes=True))

    def post(self) -> Post:
        date, updated = self._dates()
        description, description_given = self._description()
        return Post(
            src_uri=self.src_uri,
            title=self._title(),
            description=description,
            description_given=description_given,
            date=date,
            updated=updated,
            authors=self._authors(),
            tags=self._labels("tags", ("tags", "tag", "keywords")),
            categories=self._labels("categories", ("categories", "category")),
            image=self._image(),
            draft=self._draft(),
            unlisted=self._flag(("unlisted", "hidden")),
            # Words as a reader counts them, near enough for minutes of reading: what stands
            # between spaces (str.split is 4x faster than a regex over every post).
            words=len(_HTML_TAG.sub(" ", self.body).split()),
        )

    def _pick(self, keys: tuple[str, ...]) -> tuple[str, object] | None:
        for key in keys:
            if key in self.meta and self.meta[key] is not None:
                log.debug("%s: using front matter key %r", self.src_uri, key)
                return key, self.meta[key]
        return None

    def _title(self) -> str:
        found = self._pick(("title",))
        if found:
            if isinstance(found[1], (str, int, float)) and str(found[1]).strip():
                return str(found[1]).strip()
            self.invalid(f"title: expected text, got {_show(found[1])}")
        match = _H1.search(_FENCE.sub("", self.body))
        if match:
            return match[1]
        stem = posixpath.splitext(posixpath.basename(self.src_uri))[0]
        stem = re.sub(r"^\d{4}-\d{2}-\d{2}[-_]?", "", stem) or stem
        return stem.replace("-", " ").replace("_", " ").strip().capitalize()

    def _description(self) -> tuple[str, bool]:
        found = self._pick(("description", "summary", "excerpt", "abstract"))
        if found:
            if isinstance(found[1], str):
                return " ".join(found[1].split()), True
            self.invalid(f"{found[0]}: expected text, got {_show(found[1])}")
        return excerpt_text(self.body), False

    def _dates(self) -> tuple[PostDate, PostDate | None]:
        tz = self.ctx.tz
        date: PostDate | None = None
        updated: PostDate | None = None
        raw = self.meta.get("date")
        if isinstance(raw, Mapping):  # Material: date: {created: ..., updated: ...}
            date = self._parse("date.created", raw.get("created"))
            if raw.get("updated") is not None:
                updated = self._parse("date.updated", raw.get("updated"))
        else:
            published = self.meta.get("published")
            keys = ["date", "pubDate", "publishDate"]
            if published is not None and not isinstance(published, bool):
                keys.append("published")
            keys += ["pub_date", "created"]
            found = self._pick(tuple(keys))
            if found:
                date = self._parse(*found)
        found_updated = self._pick(("updated", "updatedDate", "lastmod", "modified",
                                    "last_modified_at", "dateModified"))
        if found_updated and updated is None:
            updated = self._parse(*found_updated)
        if date is None:
            for part in reversed(self.src_uri.split("/")):
                date = date_from_name(part, tz)
                if date:
                    break
        if date is None:
            if not any(f.check == INVALID and f.message.startswith(("date", "pub", "created"))
                       for f in self.findings):
                self.findings.append(Finding(
                    UNDATED, "date: no date found, so the post is not listed; add "
                    "'date: 2024-05-01' or start the file name with the date "
                    "(2024-05-01-title.md)", excludes=True))
            # A placeholder only: a post with a problem is never listed.
            date = PostDate(dt.datetime(1970, 1, 1, tzinfo=tz), date_only=True)
        return date, updated

    def _parse(self, key: str, value: object) -> PostDate | None:
        try:
            return parse_date(value, self.ctx.tz)
        except DateError as exc:
            lenient = parse_date_leniently(value, self.ctx.tz)
            if lenient is None:
                self.invalid(f"{key}: {exc}")
                return None
            self.findings.append(Finding(
                LENIENT, f"{key}: {value!r} is not a clean date; read as {lenient.iso}, as "
                "Jekyll and Ruby would read it"))
            return lenient

    def _authors(self) -> tuple[Author, ...]:
        found = self._pick(("authors", "author"))
        if not found:
            return ()
        key, value = found
        items = value if isinstance(value, list) else [value]
        authors: list[Author] = []
        for item in items:
            author = self._author(key, item)
            if author and author.slug not in {a.slug for a in authors}:
                authors.append(author)
        return tuple(authors)

    def _author(self, key: str, item: object) -> Author | None:
        if isinstance(item, str) and item.strip():
            name = item.strip()
            author = find_author(self.ctx.authors, name)
            if self.ctx.authors and author.slug not in self.ctx.known_slugs:
                self.findings.append(Finding(
                    UNKNOWN_AUTHORS, f"{key}: {name!r} is not an id or a name in the authors "
                    "file; shown as a display name"))
            return author
        if isinstance(item, Mapping):
            try:
                return author_from_mapping({str(k): v for k, v in item.items()})
            except ValueError as exc:
                self.invalid(f"{key}: {exc}")
                return None
        self.invalid(
            f"{key}: expected a name, an author id, a mapping with 'name' or a list of "
            f"those, got {_show(item)}"
        )
        return None

    def _labels(self, field_name: str, keys: tuple[str, ...]) -> tuple[str, ...]:
        found = self._pick(keys)
        if not found:
            return ()
        key, value = found
        if isinstance(value, str):
            items: list[object] = list(value.split(","))
        elif isinstance(value, list):
            items = value
        else:
            self.invalid(
                f"{key}: expected a list or a comma-separated string, got {_show(value)}"
            )
            return ()
        labels: dict[str, str] = {}
        for item in items:
            if isinstance(item, bool) or not isinstance(item, (str, int, float)):
                self.invalid(f"{key}: expected each entry to be text, got {_show(item)}")
                continue
            label = " ".join(str(item).split())
            if label:
                labels.setdefault(tag_key(label), label)
        return tuple(labels.values())

    def _image(self) -> str:
        found = self._pick(("image", "heroImage", "cover", "cover_image", "thumbnail", "banner",
                            "og_image"))
        if not found:
            return ""
        key, value = found
        if isinstance(value, Mapping):
            value = next((value[k] for k in ("src", "url", "path") if value.get(k)), None)
        if not isinstance(value, str) or not value.strip():
            self.invalid(f"{key}: expected a path or URL, or a mapping with 'src', "
                                 f"got {_show(found[1])}")
            return ""
        path = value.strip()
        if is_external(path):
            return path
        resolved = resolve_docs_path(self.src_uri, path)
        if resolved not in self.ctx.existing:
            where = ("it points outside docs_dir" if resolved.startswith("../")
                     else f"no file docs/{resolved}")
            self.findings.append(Finding(
                MISSING_IMAGES, f"{key}: image {path!r} not found ({where}); the post is "
                "shown without it"))
            return ""
        return resolved

    def _draft(self) -> bool:
        status = self.meta.get("status")
        published = self.meta.get("published")
        return (
            self._flag(("draft",))
            or published is False
            or (isinstance(status, str) and status.strip().lower() == "draft")
        )

    def _flag(self, keys: tuple[str, ...]) -> bool:
        found = self._pick(keys)
        if not found:
            return False
        if isinstance(found[1], bool):
            return found[1]
        self.invalid(f"{found[0]}: expected true or false, got {_show(found[1])}")
        return False


def resolve_docs_path(src_uri: str, path: str) -> str:
    """A path written in a post (relative to it, or `/`-rooted at docs) as a `src_uri`."""
    path = path.split("#", 1)[0].split("?", 1)[0]
    if path.startswith("/"):
        joined = path.lstrip("/")
    else:
        joined = posixpath.join(posixpath.dirname(src_uri), path)
    return posixpath.normpath(joined)


_INLINE_MARKUP = [
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),  # images
    (re.compile(r"\[([^\]]*)\]\([^)]*\)"), r"\1"),  # links
    (re.compile(r"\[([^\]]*)\]\[[^\]]*\]"), r"\1"),  # reference links
    (re.compile(r"<[^>]+>"), ""),  # inline HTML
    (re.compile(r"(\*\*|__|\*|`)"), ""),
]


def excerpt_text(body: str, limit: int = 300) -> str:
    """Plain text of the part before `<!-- more -->`, else of the first paragraph."""
    cut = min((body.find(m) for m in MORE_MARKERS if m in body), default=-1)
    text = _FENCE.sub("", body if cut < 0 else body[:cut])
    paragraphs = []
    for block in re.split(r"\n\s*\n", text):
        block = block.strip()
        if not block or block.startswith(("#", "<", "!!!", "???", "|", "{%", "[", "---")):
            continue
        paragraphs.append(block)
        if cut < 0:
            break
    plain = " ".join(" ".join(paragraphs).split())
    for pattern, repl in _INLINE_MARKUP:
        plain = pattern.sub(repl, plain)
    plain = plain.strip()
    if len(plain) > limit:
        plain = plain[: limit - 1].rsplit(" ", 1)[0] + "…"
    return plain


def _show(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."

