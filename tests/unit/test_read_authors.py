"""Author profiles as Material, Docusaurus and inline posts write them (read/authors.py)."""

from __future__ import annotations

import pytest

from mkdocs_blogposts.read.authors import Author, author_from_mapping, author_lookup, find_author


@pytest.mark.parametrize(("data", "slug", "author"), [
    ({"name": " Ann Lee ", "description": " Editor ", "avatar": " a.png ", "url": " https://a ",
      "email": " a@x "}, None, Author("ann-lee", "Ann Lee", "Editor", "a.png", "https://a", "a@x")),
    ({"name": "Ann", "title": "CTO", "image_url": "i.png"}, None,
     Author("ann", "Ann", "CTO", "i.png")),
    ({"name": "Ann", "description": "  ", "title": "CTO", "avatar": "", "image": "b.png",
      "image_url": "c.png"}, None, Author("ann", "Ann", "CTO", "b.png")),
    ({"name": "Ann", "description": 3, "url": 3, "email": ["a"], "avatar": True}, None,
     Author("ann", "Ann")),
    # The id of an authors file is the slug, and the name when none is given.
    ({}, "squid", Author("squid", "squid")),
    ({"name": "  "}, "squid", Author("squid", "squid")),
    ({"name": 3}, "squid", Author("squid", "squid")),
    ({"name": "Martin"}, "squid", Author("squid", "Martin")),
    # A slug written in the mapping wins over the id, and is made safe for a path.
    ({"name": "A", "slug": "Own Slug"}, "squid", Author("own-slug", "A")),
    ({"name": "A", "slug": "!!!"}, None, Author("author", "A")),
    ({"name": "!!!"}, None, Author("author", "!!!")),
    # Docusaurus: `page: {permalink: /x}` is the author page's slug.
    ({"name": "A", "page": {"permalink": "/ann/"}}, "squid", Author("ann", "A")),
    ({"name": "A", "page": {"permalink": "/people/ann"}}, None, Author("people-ann", "A")),
    ({"name": "A", "slug": "own", "page": {"permalink": "/ann"}}, None, Author("own", "A")),
    ({"name": "A", "slug": " ", "page": {"permalink": "/ann"}}, None, Author("ann", "A")),
    ({"name": "A", "page": True}, None, Author("a", "A")),
    ({"name": "A", "page": {"permalink": "/Xavier/"}}, None, Author("xavier", "A")),
    ({"name": "A", "page": {"permalink": 3}}, "squid", Author("squid", "A")),
    ({"name": "A", "page": {"permalink": "/"}}, "squid", Author("squid", "A")),
])
def test_author_from_mapping(data: dict[str, object], slug: str | None, author: Author) -> None:
    assert author_from_mapping(data, slug=slug) == author


@pytest.mark.parametrize("data", [{}, {"name": ""}, {"name": None}, {"title": "CTO"}])
def test_a_mapping_without_a_name_is_refused(data: dict[str, object]) -> None:
    with pytest.raises(ValueError, match=r"^an author mapping needs a 'name'$"):
        author_from_mapping(data)


@pytest.mark.parametrize(("socials", "expected"), [
    ({"github": "me"}, (("github", "https://github.com/me"),)),
    ({"x": "@me"}, (("x", "https://x.com/me"),)),
    ({"Twitter": " me "}, (("Twitter", "https://x.com/me"),)),
    ({"linkedin": "me"}, (("linkedin", "https://www.linkedin.com/in/me/"),)),
    ({"stackoverflow": "123"}, (("stackoverflow", "https://stackoverflow.com/users/123"),)),
    ({"bluesky": "me.bsky.social"}, (("bluesky", "https://bsky.app/profile/me.bsky.social"),)),
    ({"instagram": "me"}, (("instagram", "https://www.instagram.com/me"),)),
    ({"threads": "@me"}, (("threads", "https://www.threads.net/@me"),)),
    ({"youtube": "me"}, (("youtube", "https://youtube.com/@me"),)),
    ({"twitch": "me"}, (("twitch", "https://twitch.tv/me"),)),
    # A URL is kept as written, for any platform; a handle only where its URL is known.
    ({"mastodon": "https://m.social/@me", "github": "https://gh.example/me"},
     (("mastodon", "https://m.social/@me"), ("github", "https://gh.example/me"))),
    ({"mastodon": "@me", "github": "me"}, (("github", "https://github.com/me"),)),
    ({"github": "  ", "x": 3, "twitch": None}, ()),
    ({"github": "", "x": "Xavier"}, (("x", "https://x.com/Xavier"),)),
    ({"github": "a", "x": "b"}, (("github", "https://github.com/a"), ("x", "https://x.com/b"))),
    (["github", "me"], ()),
    ("me", ()),
])
def test_socials(socials: object, expected: tuple[tuple[str, str], ...]) -> None:
    assert author_from_mapping({"name": "A", "socials": socials}).socials == expected


MARA = Author("mara", "Mara Lindqvist")
BO = Author("bo", "Bo")


def test_lookup_by_id_then_by_name_ignoring_case() -> None:
    lookup = author_lookup({"mara": MARA, "Bo": BO})
    assert lookup == {"mara lindqvist": MARA, "bo": BO, "mara": MARA, "Bo": BO}
    assert find_author(lookup, "Bo") is BO
    assert find_author(lookup, "BO") is BO
    assert find_author(lookup, "MARA") is MARA  # the id, folded
    assert find_author(lookup, "Mara Lindqvist") is MARA
    assert find_author(lookup, "Cy Young") == Author("cy-young", "Cy Young")


def test_an_id_is_matched_as_written_first() -> None:
    mk = Author("mk", "Mara K")
    lookup = author_lookup({"MK": mk})
    assert find_author(lookup, "MK") is mk
    assert find_author(lookup, "mara k") is mk
    assert find_author(lookup, "mk") == Author("mk", "mk")  # neither an id nor a name


def test_an_id_wins_over_another_profiles_name() -> None:
    ann = Author("ann", "Bob")
    bob = Author("bob", "Robert")
    lookup = author_lookup({"ann": ann, "bob": bob})
    assert find_author(lookup, "bob") is bob
    assert find_author(lookup, "robert") is bob
