"""The finish of the pages on each theme: contents, breadcrumbs, profiles, avatars, the meta
line, drafts, and the pages that say where they belong."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from conftest import Site

AUTHORS = """
authors:
  ann:
    name: Ann Lee
    avatar: https://example.org/ann.png
    description: Writes about parsers.
  bob:
    name: Bob Stone
"""


def post(title: str, day: int, author: str, extra: str = "") -> str:
    return (f"---\ntitle: {title}\ndate: 2025-01-{day:02d}\nauthors: [{author}]\n"
            f"tags: [Parsing]\n{extra}---\n\nBody of {title}.\n")


POSTS: dict[str, str | bytes] = {
    "blog/.authors.yml": AUTHORS,
    "blog/a.md": post("First", 1, "ann"),
    "blog/b.md": post("Second", 2, "bob"),
    "blog/c.md": post("Third", 3, "ann, bob"),
}


@pytest.mark.parametrize("theme", ["mkdocs", "readthedocs", "material"])
def test_generated_pages_have_contents_and_one_breadcrumb(site: Site, theme: str) -> None:
    site.config["theme"] = {"name": theme}
    site.write(POSTS).build()
    index = site.html("blog/index.html")
    heading = index.find("h1")
    assert heading.get_text() == "Blog"
    assert heading["id"] == "blogposts-title"
    if theme == "mkdocs":  # the box of contents names the heading, it is never empty
        assert [a.get_text(strip=True) for a in index.select(".bs-sidebar .nav-link")] == [
            "Blog"]
    if theme == "readthedocs":  # "Blog" once, not "Blog / Blog"
        assert [li.get_text(strip=True) for li in index.select(".wy-breadcrumbs li")
                if li.get_text(strip=True)] == ["Blog"]
        tags = site.html("blog/tags/index.html")
        assert [li.get_text(strip=True) for li in tags.select(".wy-breadcrumbs li")
                if li.get_text(strip=True)] == ["Blog", "Tags"]


def test_profiles_avatars_and_the_meta_line(site: Site) -> None:
    site.write(POSTS).build()
    ann = site.html("blog/authors/ann/index.html")
    profile = ann.select_one(".blogposts-profile")
    assert profile.select_one("img")["alt"] == "Ann Lee"
    assert ann.select_one(".blogposts-summary").get_text(" ", strip=True) == (
        "2 posts · All authors")
    back = ann.select_one(".blogposts-summary a")["href"]
    assert site.resolve("blog/authors/ann/index.html", back) == "blog/authors"
    # An author without a profile has no empty box.
    assert site.html("blog/authors/bob/index.html").select_one(".blogposts-profile") is None
    # Avatars: small, round (CSS), the name as alt text, on bylines and cards; none for Bob.
    third = site.html("blog/c/index.html").select_one(".blogposts-byline")
    assert [(img["src"], img["alt"]) for img in third.select(".blogposts-avatars img")] == [
        ("https://example.org/ann.png", "Ann Lee")]
    cards = site.html("blog/index.html").select(".blogposts-card")
    assert [len(card.select(".blogposts-avatars img")) for card in cards] == [1, 0, 1]
    # No item of the meta line ends in a space (the dot after it would stand apart).
    for item in [*third.select(".md-meta__item"), *cards[0].select(".md-meta__item")]:
        assert item.get_text() == item.get_text().strip(), item


def test_term_and_archive_pages_say_where_they_belong(site: Site) -> None:
    site.write(POSTS).build()
    tag = site.html("blog/tags/parsing/index.html")
    assert tag.select_one(".blogposts-summary").get_text(" ", strip=True) == (
        "3 posts · All tags")
    back = tag.select_one(".blogposts-summary a")["href"]
    assert site.resolve("blog/tags/parsing/index.html", back) == "blog/tags"
    year = site.html("blog/archive/2025/index.html")
    assert year.select_one(".blogposts-summary").get_text(" ", strip=True) == "3 posts · Archive"
    archive = site.html("blog/archive/index.html")
    assert archive.find("h1").get_text() == "Archive"
    assert [(a.get_text(), site.resolve("blog/archive/index.html", a["href"]))
            for a in archive.select(".blogposts-years a")] == [("2025", "blog/archive/2025")]
    assert site.broken_links("blog/archive/index.html") == []
    browse = [a.get_text() for a in site.html("blog/index.html").select(
        ".blogposts-indexes a")]
    assert browse == ["Tags", "Authors", "Archive"]


def test_drafts_are_marked_as_a_badge_not_a_link(site: Site) -> None:
    site.write({**POSTS, "blog/d.md": post("Draft one", 4, "ann", "draft: true\n")})
    site.build(command="serve")
    mark = site.html("blog/d/index.html").select_one(".blogposts-byline .blogposts-draft")
    assert mark.name == "span"
    assert mark.get_text() == "Draft"
    assert mark.find_parent("a") is None
