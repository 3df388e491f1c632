"""The alias table: front matter as any engine writes it, read into one Post
(read/aliases.py, read/body_text.py, read/authors.py)."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from mkdocs_blogposts.read.aliases import read_post, resolve_docs_path
from mkdocs_blogposts.read.authors import Author, author_from_mapping, author_lookup, find_author
from mkdocs_blogposts.read.body_text import (
    count_words,
    excerpt_text,
    first_heading,
    title_from_path,
)
from mkdocs_blogposts.read.post import ReadContext

MARA = Author("mara", "Mara Lindqvist", "Maintainer", "a.png", "https://m.org", "m@x.org")
CTX = ReadContext(ZoneInfo("Europe/Berlin"), author_lookup({"mara": MARA}),
                  frozenset({"blog/img.png", "assets/cover.png"}))


def read(front: str, body: str = "Body text.", src_uri: str = "blog/posts/x.md"):
    return read_post(src_uri, f"---\n{front}\n---\n\n{body}\n", CTX)


def messages(result) -> list[tuple[str, str]]:
    return [(f.check.value, f.message) for f in result.findings]


@pytest.mark.parametrize(("front", "field", "value"), [
    ("title: T\ndate: 2024-01-01", "title", "T"),
    ("title: 2024\ndate: 2024-01-01", "title", "2024"),
    ("description: ' a\n  b '\ndate: 2024-01-01", "description", "a b"),
    ("summary: S\ndate: 2024-01-01", "description", "S"),
    ("excerpt: E\ndate: 2024-01-01", "description", "E"),
    ("abstract: A\ndate: 2024-01-01", "description", "A"),
    ("date: 2024-01-01\ntags: [a, ' b ', a]", "tags", ("a", "b")),
    ("date: 2024-01-01\ntags: 'x, y,,z'", "tags", ("x", "y", "z")),
    ("date: 2024-01-01\ntag: one", "tags", ("one",)),
    ("date: 2024-01-01\nkeywords: [k]", "tags", ("k",)),
    ("date: 2024-01-01\ntags: [AI, ai, Ai]", "tags", ("AI",)),
    ("date: 2024-01-01\ntags: [1, 2.5]", "tags", ("1", "2.5")),
    ("date: 2024-01-01\ncategories: [News]", "categories", ("News",)),
    ("date: 2024-01-01\ncategory: News, Notes", "categories", ("News", "Notes")),
    ("date: 2024-01-01\nimage: ../img.png", "image", "blog/img.png"),
    ("date: 2024-01-01\nheroImage: /assets/cover.png", "image", "assets/cover.png"),
    ("date: 2024-01-01\ncover: {src: /assets/cover.png}", "image", "assets/cover.png"),
    ("date: 2024-01-01\nog_image: https://e.org/i.png", "image", "https://e.org/i.png"),
    ("date: 2024-01-01\nthumbnail: {url: '//cdn/x.png'}", "image", "//cdn/x.png"),
    ("date: 2024-01-01\ndraft: true", "draft", True),
    ("date: 2024-01-01\npublished: false", "draft", True),
    ("date: 2024-01-01\nstatus: Draft", "draft", True),
    ("date: 2024-01-01\nstatus: published", "draft", False),
    ("date: 2024-01-01\nunlisted: true", "unlisted", True),
    ("date: 2024-01-01\nhidden: true", "unlisted", True),
])
def test_each_alias(front: str, field: str, value: object) -> None:
    result = read(front)
    assert result.post is not None, messages(result)
    assert getattr(result.post, field) == value


@pytest.mark.parametrize(("front", "iso", "updated"), [
    ("date: 2024-01-01", "2024-01-01T00:00:00+01:00", None),
    ("pubDate: 2024-07-01", "2024-07-01T00:00:00+02:00", None),
    ("publishDate: 2024-07-01 10:00", "2024-07-01T10:00:00+02:00", None),
    ("published: 2024-07-01", "2024-07-01T00:00:00+02:00", None),
    ("pub_date: 2024-07-01", "2024-07-01T00:00:00+02:00", None),
    ("created: 2024-07-01", "2024-07-01T00:00:00+02:00", None),
    ("date: {created: 2024-01-01, updated: 2024-02-01}", "2024-01-01T00:00:00+01:00",
     "2024-02-01T00:00:00+01:00"),
    ("date: 2024-01-01\nlastmod: 2024-03-01", "2024-01-01T00:00:00+01:00",
     "2024-03-01T00:00:00+01:00"),
    ("date: 2024-01-01\nupdatedDate: 2024-03-01", "2024-01-01T00:00:00+01:00",
     "2024-03-01T00:00:00+01:00"),
    ("date: 2024-01-01\nlast_modified_at: 2024-03-01", "2024-01-01T00:00:00+01:00",
     "2024-03-01T00:00:00+01:00"),
    ("date: 2024-01-01\ndateModified: 2024-03-01", "2024-01-01T00:00:00+01:00",
     "2024-03-01T00:00:00+01:00"),
    ("date: 2024-01-01\nmodified: 2024-03-01", "2024-01-01T00:00:00+01:00",
     "2024-03-01T00:00:00+01:00"),
    ("date: 2024-01-01\nupdated: 2024-03-01", "2024-01-01T00:00:00+01:00",
     "2024-03-01T00:00:00+01:00"),
    ("date: 2024-01-01\npubDate: 2020-01-01", "2024-01-01T00:00:00+01:00", None),
    ("published: true\npubDate: 2024-07-01", "2024-07-01T00:00:00+02:00", None),
])
def test_dates_from_every_key(front: str, iso: str, updated: str | None) -> None:
    result = read(front)
    assert result.post is not None, messages(result)
    assert result.post.date.iso == iso
    assert (result.post.updated.iso if result.post.updated else None) == updated


def test_date_from_the_file_or_folder_name() -> None:
    post = read("title: x", src_uri="blog/2023-05-06-hello.md").post
    assert post is not None
    assert post.date.iso == "2023-05-06T00:00:00+02:00"
    post = read("title: x", src_uri="blog/2023-05-06-trip/index.md").post
    assert post is not None
    assert post.date.iso == "2023-05-06T00:00:00+02:00"


def test_a_jekyll_date_is_read_leniently_and_said_so() -> None:
    result = read("date: 2023-01-29 18:30:22 2023 -0800")
    assert result.post is not None
    assert result.post.date.iso == "2023-01-29T18:30:22-08:00"
    assert messages(result) == [("lenient", "date: '2023-01-29 18:30:22 2023 -0800' is not a "
                                 "clean date; read as 2023-01-29T18:30:22-08:00, as Jekyll and "
                                 "Ruby would read it")]


@pytest.mark.parametrize(("front", "found"), [
    ("title: x", [("undated", "date: no date found, so the post is not listed; add 'date: "
                   "2024-05-01' or start the file name with the date (2024-05-01-title.md)")]),
    ("date: someday", [("invalid", "date: expected a date like 2024-05-01, got 'someday'")]),
    ("date: {created: nope}", [("invalid", "date.created: expected a date like 2024-05-01, "
                                "got 'nope'")]),
    ("date: 2024-01-01\ntags: {a: 1}", [("invalid", "tags: expected a list or a "
                                         "comma-separated string, got {'a': 1}")]),
    ("date: 2024-01-01\ntags: [[a]]", [("invalid", "tags: expected each entry to be text, got "
                                        "['a']")]),
    ("date: 2024-01-01\ntags: [true]", [("invalid", "tags: expected each entry to be text, got "
                                         "True")]),
    ("date: 2024-01-01\ntitle: [a]", [("invalid", "title: expected text, got ['a']")]),
    ("date: 2024-01-01\ndescription: 3", [("invalid", "description: expected text, got 3")]),
    ("date: 2024-01-01\ndraft: 'yes'", [("invalid", "draft: expected true or false, got "
                                         "'yes'")]),
    ("date: 2024-01-01\nimage: 3", [("invalid", "image: expected a path or URL, or a mapping "
                                     "with 'src', got 3")]),
    ("date: 2024-01-01\nauthors: [3]", [("invalid", "authors: expected a name, an author id, "
                                         "a mapping with 'name' or a list of those, got 3")]),
    ("date: 2024-01-01\nauthor: {url: x}", [("invalid", "author: an author mapping needs a "
                                             "'name'")]),
])
def test_bad_values_exclude_the_post_with_one_message(front: str, found: list) -> None:
    result = read(front)
    assert result.post is None
    assert messages(result) == found


def test_a_missing_image_is_dropped_with_a_message_and_the_post_kept() -> None:
    result = read("date: 2024-01-01\nimage: nope.png")
    assert result.post is not None
    assert result.post.image == ""
    assert messages(result) == [("missing_images", "image: image 'nope.png' not found (no file "
                                 "docs/blog/posts/nope.png); the post is shown without it")]
    result = read("date: 2024-01-01\nimage: ../../../../x.png")
    assert messages(result)[0][1].endswith("not found (it points outside docs_dir); the post "
                                           "is shown without it")


@pytest.mark.parametrize(("written", "slug", "name"), [
    ("mara", "mara", "Mara Lindqvist"),
    ("Mara Lindqvist", "mara", "Mara Lindqvist"),
    ("mara lindqvist", "mara", "Mara Lindqvist"),  # names match ignoring case
    ("MARA LINDQVIST", "mara", "Mara Lindqvist"),
    ("Omair Khan", "omair-khan", "Omair Khan"),
])
def test_author_strings(written: str, slug: str, name: str) -> None:
    found = find_author(author_lookup({"mara": MARA}), written)
    assert (found.slug, found.name) == (slug, name)


def test_authors_in_every_shape() -> None:
    result = read("date: 2024-01-01\nauthors: [mara, Bob B, {name: Cy, url: 'https://c', "
                  "image_url: c.png, title: CTO, email: c@x, slug: Cy Slug}, mara]")
    assert result.post is not None
    assert result.post.authors == (
        MARA, Author("bob-b", "Bob B"), Author("cy-slug", "Cy", "CTO", "c.png", "https://c",
                                               "c@x"))
    assert messages(result) == [("unknown_authors", "authors: 'Bob B' is not an id or a name "
                                 "in the authors file; shown as a display name")]


def test_author_mappings() -> None:
    assert author_from_mapping({"name": "A", "avatar": "a", "image": "b"}).avatar == "a"
    assert author_from_mapping({"name": "A", "image": "b"}).avatar == "b"
    assert author_from_mapping({"name": " A ", "description": "d", "title": "t"}) == Author(
        "a", "A", "d")
    assert author_from_mapping({}, slug="x").name == "x"
    assert author_from_mapping({"name": "A", "slug": "../../x"}).slug == "x"
    with pytest.raises(ValueError, match="needs a 'name'"):
        author_from_mapping({"name": "  "})


def test_title_from_heading_then_file_name() -> None:
    post = read("date: 2024-01-01", "```\n# not this\n```\n\n# The Title #\n\ntext").post
    assert post is not None
    assert post.title == "The Title"
    post = read("date: 2024-01-01", "no heading", src_uri="blog/2024-01-01-my_first-post.md").post
    assert post is not None
    assert post.title == "My first post"


def test_description_from_the_body() -> None:
    post = read("date: 2024-01-01", "First [para](x.md) with **bold**.\n\nSecond.").post
    assert post is not None
    assert (post.description, post.description_given) == ("First para with bold.", False)
    post = read("date: 2024-01-01\ndescription: D").post
    assert post is not None
    assert (post.description, post.description_given) == ("D", True)


@pytest.mark.parametrize(("body", "text"), [
    ("One.\n\nTwo.", "One."),
    ("# H\n\nOne `code` and ![img](x.png) and <b>html</b>.\n\nTwo.", "One code and and html."),
    ("Intro.\n\nMore intro.\n\n<!-- more -->\n\nRest.", "Intro. More intro."),
    ("Intro.\n\nMore intro.\n\n<!-- truncate -->\n\nRest.", "Intro. More intro."),
    ("```\ncode\n```\n\nAfter fence.", "After fence."),
    ("!!! note\n    x\n\n| a | b |\n\n[ref]: x\n\nReal.", "Real."),
    ("[a][b] and [c](d)", "a and c"),
    ("", ""),
])
def test_excerpt_text(body: str, text: str) -> None:
    assert excerpt_text(body) == text


def test_excerpt_text_is_cut_at_a_word() -> None:
    assert excerpt_text("word " * 100, limit=22) == "word word word word…"


@pytest.mark.parametrize(("body", "words"), [
    ("", 0), ("one two  three\nfour", 4), ("<b>x</b>y <i>z</i>", 3), ("a<br/>b", 2),
])
def test_count_words(body: str, words: int) -> None:
    assert count_words(body) == words


def test_first_heading_and_title_from_path() -> None:
    assert first_heading("x\n#  A  #\n") == "A"
    assert first_heading("#nospace\n## h2") is None
    assert first_heading("~~~\n# in fence\n~~~\n") is None
    assert first_heading("# Learn C#\n") == "Learn C#"  # closing hashes follow a space
    assert first_heading("# Title ##  \n") == "Title"
    assert first_heading("# ##\n") is None
    assert title_from_path("blog/2024-05-01-hello-world.md") == "Hello world"
    assert title_from_path("blog/2024-05-01.md") == "2024 05 01"
    assert title_from_path("blog/x/some_name.markdown") == "Some name"


@pytest.mark.parametrize(("src_uri", "path", "resolved"), [
    ("blog/posts/a.md", "img.png", "blog/posts/img.png"),
    ("blog/posts/a.md", "../../assets/x.png", "assets/x.png"),
    ("blog/posts/a.md", "/assets/x.png", "assets/x.png"),
    ("blog/posts/a.md", "img.png?v=2#frag", "blog/posts/img.png"),
    ("blog/a.md", "../../x.png", "../x.png"),
])
def test_resolve_docs_path(src_uri: str, path: str, resolved: str) -> None:
    assert resolve_docs_path(src_uri, path) == resolved


def test_words_counted_for_reading_time() -> None:
    post = read("date: 2024-01-01", "one two three")
    assert post.post is not None
    assert post.post.words == 3


# Openers without closers, 80,000 of them: each pattern must stop at the next opener (a scan
# to the end of the text from each took 54 s here; benchmarks/hostile.py times them).
@pytest.mark.parametrize(("body", "words"), [
    ("1 < 2 " * 80_000, 240_000), ("[a " * 80_000, 80_000), ("[a](" * 80_000, 1),
    ("# " + " " * 200_000 + "x", 2),
])
def test_openers_without_closers(body: str, words: int) -> None:
    assert count_words(body) == words
    assert excerpt_text(body, limit=50).endswith("…") or len(excerpt_text(body)) <= 300
