"""The alias table: one post's front matter, as any engine writes it, read into a `Post`.

Pure: takes text, returns a frozen `Post` and every finding about it, all at once. The keys
each field accepts, in order, are the tuples passed to `_pick` below (README "Front matter").
"""

from __future__ import annotations

import datetime as dt
import math
import posixpath
from collections.abc import Callable, Mapping

from mkdocs.plugins import get_plugin_logger

from ..checks import Check, shown
from ..links import is_external
from ..slugs import tag_key
from .authors import Author, author_from_mapping, find_author
from .body_text import count_words, excerpt_text, first_heading, page_title, title_from_path
from .dates import DateError, PostDate, date_from_name, parse_date, parse_date_leniently
from .front_matter import ParsedFrontMatter, split_front_matter
from .post import Finding, LinkRef, Post, ReadContext, ReadResult

log = get_plugin_logger(__name__)


def read_post(src_uri: str, text: str, ctx: ReadContext,
              split: Callable[[str], ParsedFrontMatter] | None = None) -> ReadResult:
    """Parse `text` (a Markdown file under the blog folder) into a `Post`; `split` reads
    the front matter (default: `split_front_matter`)."""
    meta, body, problem = (split or split_front_matter)(text)
    if problem:
        return ReadResult(None, [Finding(Check.INVALID, problem, excludes=True)], body)
    reader = _FieldReader(src_uri, meta, body, ctx)
    post = reader.post()
    excluded = any(f.excludes for f in reader.findings)
    return ReadResult(None if excluded else post, reader.findings, body)


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
        self.findings.append(Finding(Check.INVALID, message, excludes=True))

    def post(self) -> Post:
        if self.ctx.excerpt_required and not any(m in self.body for m in self.ctx.separators):
            self.findings.append(Finding(
                Check.INVALID, f"body: no {self.ctx.separators[0]} marks where the excerpt "
                "ends (post_excerpt: required); the post is listed with its first paragraph"))
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
            words=count_words(self.body),
            slug=self._text(("slug",)),
            slug_title=(str(self.meta["title"]) if isinstance(self.meta.get("title"), str)
                        else page_title(self.body, self.src_uri)),
            permalink=self._permalink(),
            permalink_is_hugo="permalink" not in self.meta and "url" in self.meta,
            aliases=self._paths("aliases"),
            redirect_from=self._paths("redirect_from"),
            pin=self._flag(("pin",)),
            readtime=self._readtime(),
            links=self._links(),
        )

    def _pick(self, keys: tuple[str, ...]) -> tuple[str, object] | None:
        for key in keys:
            if key in self.meta and self.meta[key] is not None:
                return key, self.meta[key]
        return None

    def _title(self) -> str:
        found = self._pick(("title",))
        if found:
            value = found[1]
            # A number is a title (`title: 1984`); YAML's yes/no and JSON's NaN are not.
            number = isinstance(value, (int, float)) and not isinstance(value, bool) \
                and math.isfinite(value)
            if (isinstance(value, str) or number) and str(value).strip():
                return str(value).strip()
            self.invalid(f"title: expected text, got {shown(value)}")
        return first_heading(self.body) or title_from_path(self.src_uri)

    def _description(self) -> tuple[str, bool]:
        found = self._pick(("description", "summary", "excerpt", "abstract"))
        if found:
            if isinstance(found[1], str):
                return " ".join(found[1].split()), True
            self.invalid(f"{found[0]}: expected text, got {shown(found[1])}")
        return excerpt_text(self.body, separators=self.ctx.separators), False

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
            if not any(f.check is Check.INVALID and f.message.startswith(("date", "pub", "created"))
                       for f in self.findings):
                self.findings.append(Finding(
                    Check.UNDATED, "date: no date found, so the post is not listed; add "
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
                Check.LENIENT, f"{key}: {value!r} is not a clean date; read as {lenient.iso}, as "
                "Jekyll and Ruby would read it"))
            return lenient

    def _authors(self) -> tuple[Author, ...]:
        found = self._pick(("authors", "author"))
        if not found:
            return ()
        key, value = found
        legacy = {field: self.meta[f"author_{field}"] for field in ("title", "url", "image_url")
                  if isinstance(self.meta.get(f"author_{field}"), str)}
        if key == "author" and isinstance(value, str) and legacy:
            # Docusaurus 1: author, author_title, author_url, author_image_url
            value = {"name": value, **legacy}
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
                    Check.UNKNOWN_AUTHORS, f"{key}: {name!r} is not an id or a name in the authors "
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
            f"those, got {shown(item)}"
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
                f"{key}: expected a list or a comma-separated string, got {shown(value)}"
            )
            return ()
        labels: dict[str, str] = {}
        for item in items:
            if isinstance(item, bool) or not isinstance(item, (str, int, float)):
                self.invalid(f"{key}: expected each entry to be text, got {shown(item)}")
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
                                 f"got {shown(found[1])}")
            return ""
        path = value.strip()
        if is_external(path):
            if path.lower().startswith(("http://", "https://", "//")):
                return path
            self.findings.append(Finding(
                Check.INVALID, f"{key}: expected a path in the site or an http(s) URL, got "
                f"{shown(path)}; the post is shown without it"))
            return ""
        resolved = resolve_docs_path(self.src_uri, path)
        if resolved not in self.ctx.existing:
            where = ("it points outside docs_dir" if resolved.startswith("../")
                     else f"no file docs/{resolved}")
            self.findings.append(Finding(
                Check.MISSING_IMAGES, f"{key}: image {path!r} not found ({where}); the post is "
                "shown without it"))
            return ""
        return resolved

    def _text(self, keys: tuple[str, ...]) -> str:
        found = self._pick(keys)
        if not found:
            return ""
        if isinstance(found[1], (str, int, float)) and not isinstance(found[1], bool):
            return str(found[1]).strip()
        self.invalid(f"{found[0]}: expected text, got {shown(found[1])}")
        return ""

    def _permalink(self) -> str:
        """Jekyll's and Eleventy's `permalink:`, Hugo's `url:`: the post's path from the site
        root. Eleventy's templates (`{{ ... }}`) are not read: the post keeps its URL."""
        found = self._pick(("permalink", "url"))
        if not found or found[1] is False:  # Eleventy: `permalink: false` writes no page
            return ""
        key, value = found
        if not isinstance(value, str) or not value.strip():
            self.invalid(f"{key}: expected a path like /2024/05/01/hello/, got {shown(value)}")
            return ""
        if "{{" in value or "{%" in value:
            self.findings.append(Finding(
                Check.INVALID, f"{key}: {shown(value)} is a template, which is not read here; "
                "the post keeps its own URL (give a plain path, or use post_url_format)"))
            return ""
        if "://" in value or value.strip().startswith("//"):
            self.invalid(f"{key}: expected a path on this site, got {shown(value)}")
            return ""
        return value.strip()

    def _paths(self, key: str) -> tuple[str, ...]:
        """Old URLs of the post (`aliases`, `redirect_from`): a path or a list of them."""
        value = self.meta.get(key)
        if value is None:
            return ()
        items = value if isinstance(value, list) else [value]
        paths = []
        for item in items:
            if not isinstance(item, str) or not item.strip():
                self.findings.append(Finding(
                    Check.INVALID, f"{key}: expected a path like /2022/05/19/old/, got "
                    f"{shown(item)}; left out"))
                continue
            paths.append(item.strip())
        return tuple(paths)

    def _readtime(self) -> int | None:
        found = self._pick(("readtime",))
        if not found:
            return None
        value = found[1]
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            self.findings.append(Finding(
                Check.INVALID, f"readtime: expected minutes as a whole number, got "
                f"{shown(value)}; the reading time is computed"))
            return None
        return value or None  # 0, as in Material: computed

    def _links(self) -> tuple[LinkRef, ...]:
        """Material's `links:`, a list like MkDocs' `nav`: `path`, `{title: path}`, or
        `{section: [...]}` one level deep."""
        value = self.meta.get("links")
        if value is None:
            return ()
        links: list[LinkRef] = []

        def add(item: object, section: str) -> bool:
            if isinstance(item, str) and item.strip():
                links.append(LinkRef("", item.strip(), section))
                return True
            if isinstance(item, Mapping) and len(item) == 1:
                title, target = next(iter(item.items()))
                if isinstance(target, str) and target.strip():
                    links.append(LinkRef(str(title), target.strip(), section))
                    return True
                if isinstance(target, list) and not section:
                    # Each entry is added, not only those up to the first bad one.
                    added = [add(child, str(title)) for child in target]
                    return all(added)
            return False

        added = [add(item, "") for item in value] if isinstance(value, list) else [False]
        if not all(added):
            self.findings.append(Finding(
                Check.INVALID, f"links: expected a list of paths, '{{title: path}}' or "
                f"'{{section: [...]}}', got {shown(value)}; the valid ones are shown"))
        return tuple(links)

    def _draft(self) -> bool:
        status = self.meta.get("status")
        published = self.meta.get("published")
        if status is not None and not isinstance(status, str):
            self.invalid(f"status: expected a word like draft or published, got "
                         f"{shown(status)}; the post is not a draft")
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
        self.invalid(f"{found[0]}: expected true or false, got {shown(found[1])}")
        return False


def resolve_docs_path(src_uri: str, path: str) -> str:
    """A path written in a post (relative to it, or `/`-rooted at docs) as a `src_uri`."""
    path = path.split("#", 1)[0].split("?", 1)[0]
    if path.startswith("/"):
        joined = path.lstrip("/")
    else:
        joined = posixpath.join(posixpath.dirname(src_uri), path)
    return posixpath.normpath(joined)
