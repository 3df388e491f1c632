"""The blog's data files: the authors file (Material's `.authors.yml`, Docusaurus'
`authors.yml`) and the optional tags file (known tags with a label and a description)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TypeVar

from mkdocs.exceptions import PluginError

from ..checks import Check, shown
from ..slugs import slugify, tag_key
from .authors import Author, author_from_mapping
from .parsing import ParseError, load_yaml

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from ..checks import Reporter
    from ..urls import BlogUrls

DEFAULT_AUTHORS_FILES = (".authors.yml", "authors.yml")
DEFAULT_TAGS_FILE = "tags.yml"
T = TypeVar("T")


class DataFileError(ValueError):
    """An authors or tags file cannot be read; the message names the file and the problem."""


@dataclass(frozen=True)
class TagInfo:
    """What the tags file says of one tag."""

    label: str
    description: str = ""
    permalink: str = ""
    """Docusaurus: the last part of the tag's URL (`/ai-ml`)."""


def load_authors(path: Path, display: str) -> dict[str, Author]:
    """Profiles by id from Material's `{authors: {id: {...}}}` or Docusaurus' `{id: {...}}`."""
    data = _read(path, display)
    if data is None:
        return {}
    if isinstance(data, Mapping) and isinstance(data.get("authors"), Mapping):
        data = data["authors"]
    if not isinstance(data, Mapping):
        raise DataFileError(f"{display}: expected a mapping of author ids to profiles")
    profiles: dict[str, Author] = {}
    for key, entry in data.items():
        author_id = str(key)
        if not isinstance(entry, Mapping):
            raise DataFileError(f"{display}: {author_id}: expected a mapping with 'name'")
        profiles[author_id] = author_from_mapping(
            {"name": author_id, **entry}, slug=slugify(author_id, "author")
        )
    return profiles


def _read(path: Path, display: str) -> object:
    """A data file's YAML, through the one door of every parser."""
    try:
        return load_yaml(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(f"{display}: cannot be read: {exc}") from exc
    except ParseError as exc:
        raise DataFileError(f"{display}: {exc}") from exc


def load_tags(path: Path, display: str) -> dict[str, TagInfo]:
    """Tags by identity (`tag_key`) from `{key: {label, description}}` (Docusaurus' format;
    a bare `key:` or `key: Label` works too)."""
    data = _read(path, display)
    if data is None:
        return {}
    if not isinstance(data, Mapping):
        raise DataFileError(f"{display}: expected a mapping of tags to label and description")
    tags: dict[str, TagInfo] = {}
    for key, entry in data.items():
        if isinstance(entry, str):
            entry = {"label": entry}
        elif entry is None:
            entry = {}
        if not isinstance(entry, Mapping):
            raise DataFileError(f"{display}: {key}: expected a mapping with 'label' and "
                                   "'description'")
        for field_name in ("label", "description", "permalink"):
            value = entry.get(field_name)
            if value is not None and not isinstance(value, (str, int, float)):
                raise DataFileError(f"{display}: {key}: {field_name}: expected text, got "
                                    f"{shown(value)}")
        label = str(entry.get("label") or key)
        info = TagInfo(label, str(entry.get("description") or ""),
                       str(entry.get("permalink") or ""))
        tags[tag_key(str(key))] = info
        tags.setdefault(tag_key(label), info)
    return tags


@dataclass(frozen=True)
class DataFiles:
    """What the authors and tags files say, and where they are (they are not published)."""

    authors: dict[str, Author] = field(default_factory=dict)
    tags: dict[str, TagInfo] = field(default_factory=dict)
    paths: tuple[str, ...] = ()
    """Docs-relative paths of the files read."""
    authors_path: str = ""
    """Docs-relative path of the authors file, if one was read."""


def load_data_files(docs_dir: Path, urls: BlogUrls, *, authors_file: str | None,
                    tags_file: str, report: Reporter) -> DataFiles:
    """The authors file (None: none is read) and the tags file. A file named in the config
    must exist; the defaults may not. A file that cannot be read is one warning, and the blog
    goes on without it."""
    authors_path = None
    if authors_file is not None:
        names = (DEFAULT_AUTHORS_FILES if authors_file == DEFAULT_AUTHORS_FILES[0]
                 else (authors_file,))
        authors_path = _data_file(docs_dir, urls, "authors_file", names, DEFAULT_AUTHORS_FILES)
    tags_path = _data_file(docs_dir, urls, "tags_file", (tags_file,), (DEFAULT_TAGS_FILE,))
    paths = {path: os.path.relpath(path, docs_dir).replace(os.sep, "/")
             for path in (authors_path, tags_path) if path is not None}
    return DataFiles(_load(authors_path, load_authors, docs_dir, report),
                     _load(tags_path, load_tags, docs_dir, report), tuple(paths.values()),
                     paths.get(authors_path, "") if authors_path else "")


def _data_file(docs_dir: Path, urls: BlogUrls, option: str, names: tuple[str, ...],
               defaults: tuple[str, ...]) -> Path | None:
    for name in names:
        if (docs_dir / urls.data_file(name)).is_file():
            return docs_dir / urls.data_file(name)
    if names[0] not in defaults:
        raise PluginError(f"blogposts: {option}: {urls.data_file(names[0])} does not exist in "
                          "docs_dir")
    return None


def _load(path: Path | None, loader: Callable[[Path, str], dict[str, T]], docs_dir: Path,
          report: Reporter) -> dict[str, T]:
    if path is None:
        return {}
    try:
        return loader(path, os.path.relpath(path, docs_dir))
    except DataFileError as exc:
        report(Check.INVALID, str(exc))
        return {}
