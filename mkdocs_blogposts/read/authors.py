"""Authors: profiles from an authors file and names written inline in posts."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..slugs import slugify

if TYPE_CHECKING:
    from collections.abc import Mapping


@dataclass(frozen=True)
class Author:
    """One author; `slug` is its identity and the last part of its page URL."""

    slug: str
    name: str
    description: str = ""
    avatar: str = ""
    url: str = ""
    email: str = ""


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
