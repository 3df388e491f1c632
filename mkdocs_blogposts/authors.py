"""Authors: profiles from an authors file and names written inline in posts."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

import yaml

from .slugs import slugify

if TYPE_CHECKING:
    from pathlib import Path


@dataclass(frozen=True)
class Author:
    """One author; `slug` is its identity and the last part of its page URL."""

    slug: str
    name: str
    description: str = ""
    avatar: str = ""
    url: str = ""
    email: str = ""


class DataFileError(ValueError):
    """An authors or tags file cannot be read; the message names the file and the problem."""


_AVATAR_KEYS = ("avatar", "image", "image_url")
_DESCRIPTION_KEYS = ("description", "title")


def author_from_mapping(data: Mapping[str, object], *, slug: str | None = None) -> Author:
    """An `Author` from a mapping as Material, Docusaurus or an inline post writes it."""
    name = _text(data.get("name")) or (slug or "")
    if not name:
        raise ValueError("an author mapping needs a 'name'")
    own_slug = _text(data.get("slug"))
    if own_slug:  # a slug is part of a path: never `..` or `/`
        own_slug = slugify(own_slug, "author")
    return Author(
        slug=own_slug or slug or slugify(name, "author"),
        name=name,
        description=_first_text(data, _DESCRIPTION_KEYS),
        avatar=_first_text(data, _AVATAR_KEYS),
        url=_text(data.get("url")),
        email=_text(data.get("email")),
    )


def load_authors(path: Path, display: str) -> dict[str, Author]:
    """Profiles by id from Material's `{authors: {id: {...}}}` or Docusaurus' `{id: {...}}`."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8-sig"))
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        where = f" (line {mark.line + 1}, column {mark.column + 1})" if mark else ""
        raise DataFileError(f"{display}: not valid YAML{where}: {exc.problem}") from exc
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise DataFileError(f"{display}: cannot be read: {exc}") from exc
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


def author_lookup(profiles: Mapping[str, Author]) -> dict[str, Author]:
    """Profiles by id, and by name ignoring case: `Mara Lindqvist` finds the id `mara`."""
    lookup = {author.name.casefold(): author for author in profiles.values()}
    lookup.update(profiles)
    return lookup


def find_author(lookup: Mapping[str, Author], written: str) -> Author:
    """The profile an author string names (id first, then name), else a display name."""
    return (lookup.get(written) or lookup.get(written.casefold())
            or author_from_mapping({"name": written}))


def _first_text(data: Mapping[str, object], keys: tuple[str, ...]) -> str:
    for key in keys:
        value = _text(data.get(key))
        if value:
            return value
    return ""


def _text(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""
