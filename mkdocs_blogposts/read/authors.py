"""Authors: profiles from an authors file and names written inline in posts."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ..slugs import slugify


@dataclass(frozen=True, slots=True)
class Author:
    """One author; `slug` is its identity and the last part of its page URL."""

    slug: str
    name: str
    description: str = ""
    avatar: str = ""
    url: str = ""
    email: str = ""
    socials: tuple[tuple[str, str], ...] = ()
    """`(platform, URL)` of each profile elsewhere (Docusaurus' `socials`)."""


# Docusaurus' `socials` take a handle or a URL; a handle is made a URL as Docusaurus does.
_SOCIAL_URLS = {
    "github": "https://github.com/{}", "x": "https://x.com/{}", "twitter": "https://x.com/{}",
    "linkedin": "https://www.linkedin.com/in/{}/", "stackoverflow": "https://stackoverflow.com/users/{}",
    "bluesky": "https://bsky.app/profile/{}", "instagram": "https://www.instagram.com/{}",
    "threads": "https://www.threads.net/@{}", "youtube": "https://youtube.com/@{}",
    "twitch": "https://twitch.tv/{}",
}
_AVATAR_KEYS = ("avatar", "image", "image_url")
_DESCRIPTION_KEYS = ("description", "title")


def author_from_mapping(data: Mapping[str, object], *, slug: str | None = None) -> Author:
    """An `Author` from a mapping as Material, Docusaurus or an inline post writes it."""
    name = _text(data.get("name")) or (slug or "")
    if not name:
        raise ValueError("an author mapping needs a 'name'")
    own_slug = _text(data.get("slug"))
    page = data.get("page")
    if not own_slug and isinstance(page, Mapping):  # Docusaurus: page: {permalink: /x}
        own_slug = _text(page.get("permalink")).strip("/")
    if own_slug:  # a slug is part of a path: never `..` or `/`
        own_slug = slugify(own_slug, "author")
    return Author(
        slug=own_slug or slug or slugify(name, "author"),
        name=name,
        description=_first_text(data, _DESCRIPTION_KEYS),
        avatar=_first_text(data, _AVATAR_KEYS),
        url=_text(data.get("url")),
        email=_text(data.get("email")),
        socials=_socials(data.get("socials")),
    )


def _socials(value: object) -> tuple[tuple[str, str], ...]:
    if not isinstance(value, Mapping):
        return ()
    found = []
    for platform, handle in value.items():
        text = _text(handle)
        if not text:
            continue
        if "://" not in text:
            pattern = _SOCIAL_URLS.get(str(platform).lower())
            if pattern is None:
                continue
            text = pattern.format(text.lstrip("@"))
        found.append((str(platform), text))
    return tuple(found)


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
