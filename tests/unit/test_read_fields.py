"""Each field of the alias table read into a whole `Post`, with the exact findings a user sees
(read/aliases.py): the keys in order, the shapes accepted, and what a bad value costs."""

from __future__ import annotations

import dataclasses
import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from mkdocs_blogposts.checks import Check, shown
from mkdocs_blogposts.read.aliases import read_post, resolve_docs_path
from mkdocs_blogposts.read.authors import Author, author_lookup
from mkdocs_blogposts.read.dates import PostDate
from mkdocs_blogposts.read.post import Finding, LinkRef, Post, ReadContext, ReadResult

BERLIN = ZoneInfo("Europe/Berlin")
MARA = Author("mara", "Mara Lindqvist", "Maintainer")
CTX = ReadContext(BERLIN, author_lookup({"mara": MARA}),
                  frozenset({"blog/posts/pic.png", "assets/cover.png", "blog/posts/alt.png"}))
NO_AUTHORS = ReadContext(dt.timezone.utc, {}, frozenset())
JAN_1 = PostDate(dt.datetime(2024, 1, 1, tzinfo=BERLIN), date_only=True)


def read(front: str, body: str = "Body text.", src_uri: str = "blog/posts/x.md",
         ctx: ReadContext = CTX) -> ReadResult:
    return read_post(src_uri, f"---\n{front}\n---\n\n{body}\n", ctx)


def found(result: ReadResult) -> list[tuple[str, str, bool]]:
    return [(f.check.value, f.message, f.excludes) for f in result.findings]


def listed(front: str, body: str = "Body text.", src_uri: str = "blog/posts/x.md",
           ctx: ReadContext = CTX) -> Post:
    """The post of `front`, which must read with no finding at all."""
    result = read(front, body, src_uri, ctx)
    assert found(result) == []
    assert result.post is not None
    return result.post


# --- the whole Post ---------------------------------------------------------------------------

def test_a_plain_post_is_read_whole() -> None:
    result = read("title: Hello\ndate: 2024-01-01", "# Heading\n\nOne two three.")
    assert result == ReadResult(
        Post(src_uri="blog/posts/x.md", title="Hello", date=JAN_1, description="One two three.",
             words=5, slug_title="Hello"),
        [], "# Heading\n\nOne two three.")


def test_every_field_at_once() -> None:
    post = listed(
        "title: '  All of it '\ndate: 2024-01-01\nupdated: 2024-02-01\nsummary: ' S  s '\n"
        "authors: mara\ntags: [a]\ncategories: [C]\ncover: pic.png\ndraft: true\n"
        "unlisted: true\nslug: ' my-slug '\npermalink: ' /p/ '\naliases: /old/\n"
        "redirect_from: [/older/]\npin: true\nreadtime: 7\nlinks: [a.md]",
        body="one two")
    assert post == Post(
        src_uri="blog/posts/x.md", title="All of it", date=JAN_1, description="S s",
        description_given=True,
        updated=PostDate(dt.datetime(2024, 2, 1, tzinfo=BERLIN), date_only=True),
        authors=(MARA,), tags=("a",), categories=("C",), image="blog/posts/pic.png",
        draft=True, unlisted=True, words=2, slug="my-slug", slug_title="  All of it ",
        permalink="/p/", permalink_is_hugo=False, aliases=("/old/",),
        redirect_from=("/older/",), pin=True, readtime=7, links=(LinkRef("", "a.md"),))


def test_the_body_is_handed_back_even_when_the_post_is_excluded() -> None:
    result = read("date: 2024-01-01\ntitle: [x]", "The body.")
    assert result.post is None
    assert result.body == "The body."


def test_front_matter_that_cannot_be_read_is_one_excluding_finding() -> None:
    result = read_post("blog/x.md", "---\ntitle: [open\n---\n\nBody\n", CTX)
    assert result.post is None
    assert len(result.findings) == 1
    assert result.findings[0].check is Check.INVALID
    assert result.findings[0].excludes is True
    assert result.findings[0].message.startswith("front matter: invalid YAML at line 3")


def test_a_given_splitter_reads_the_front_matter() -> None:
    calls: list[str] = []

    def split(text: str) -> tuple[dict[str, object], str, str]:
        calls.append(text)
        return {"title": "From split", "date": "2024-01-01"}, "split body", ""

    result = read_post("blog/x.md", "raw text", CTX, split)
    assert calls == ["raw text"]
    assert result.post is not None
    assert (result.post.title, result.body) == ("From split", "split body")

    result = read_post("blog/x.md", "raw", CTX, lambda t: ({}, "b", "front matter: broken"))
    assert result == ReadResult(None, [Finding(Check.INVALID, "front matter: broken", True)],
                                "b")


# --- title, slug_title, description -----------------------------------------------------------

@pytest.mark.parametrize(("title", "expected"), [
    ("' Spaced '", "Spaced"),
    ("1984", "1984"),
    ("2.5", "2.5"),
    ("0", "0"),
])
def test_titles(title: str, expected: str) -> None:
    assert listed(f"title: {title}\ndate: 2024-01-01").title == expected


@pytest.mark.parametrize(("title", "message"), [
    ("yes", "title: expected text, got True"),
    (".nan", "title: expected text, got nan"),
    (".inf", "title: expected text, got inf"),
    ("'  '", "title: expected text, got '  '"),
    ("{a: 1}", "title: expected text, got {'a': 1}"),
])
def test_titles_that_are_not_text(title: str, message: str) -> None:
    result = read(f"title: {title}\ndate: 2024-01-01", "# Heading")
    assert result.post is None
    assert found(result) == [("invalid", message, True)]


def test_a_null_title_is_no_title() -> None:
    post = listed("title:\ndate: 2024-01-01", body="# From the heading")
    assert (post.title, post.slug_title) == ("From the heading", "From the heading")


@pytest.mark.parametrize(("front", "body", "src_uri", "slug_title"), [
    ("title: Given", "# Heading", "blog/a.md", "Given"),
    ("title: 1984", "# Heading", "blog/a.md", "Heading"),  # not text: what MkDocs reads
    ("", "# Heading", "blog/a.md", "Heading"),
    ("", "Text", "blog/my_post-name.md", "My post name"),
])
def test_slug_title_is_what_mkdocs_reads_before_rendering(front: str, body: str, src_uri: str,
                                                          slug_title: str) -> None:
    post = listed(f"{front}\ndate: 2024-01-01", body=body, src_uri=src_uri)
    assert post.slug_title == slug_title


@pytest.mark.parametrize(("front", "description"), [
    ("description: D\nsummary: S\nexcerpt: E\nabstract: A", "D"),
    ("summary: S\nexcerpt: E\nabstract: A", "S"),
    ("excerpt: E\nabstract: A", "E"),
    ("description:\nsummary: S", "S"),  # a null key is skipped
    ("description: \"a\\tb\\n c\"", "a b c"),
])
def test_description_keys_in_order(front: str, description: str) -> None:
    post = listed(f"{front}\ndate: 2024-01-01")
    assert (post.description, post.description_given) == (description, True)


def test_a_description_that_is_not_text_names_its_key() -> None:
    result = read("summary: [a]\ndate: 2024-01-01", "Body.")
    assert found(result) == [("invalid", "summary: expected text, got ['a']", True)]


def test_the_description_from_the_body_ends_at_the_configured_separator() -> None:
    ctx = dataclasses.replace(CTX, separators=("<!-- cut -->",))
    body = "One.\n\nTwo.\n\n<!-- cut -->\n\nThree."
    post = read("date: 2024-01-01", body, ctx=ctx).post
    assert post is not None
    assert (post.description, post.description_given) == ("One. Two.", False)


# --- excerpt required ------------------------------------------------------------------------

def test_a_missing_excerpt_separator_is_reported_when_required() -> None:
    ctx = dataclasses.replace(CTX, separators=("<!-- cut -->", "<!-- more -->"),
                              excerpt_required=True)
    result = read("date: 2024-01-01", "No separator.", ctx=ctx)
    assert result.post is not None  # listed all the same
    assert found(result) == [("invalid", "body: no <!-- cut --> marks where the excerpt ends "
                              "(post_excerpt: required); the post is listed with its first "
                              "paragraph", False)]
    for body in ("A\n\n<!-- cut -->\n\nB", "A\n\n<!-- more -->\n\nB"):
        assert found(read("date: 2024-01-01", body, ctx=ctx)) == []
    assert found(read("date: 2024-01-01", "No separator.")) == []  # not required


# --- dates -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("front", "day"), [
    ("date: 2024-01-01\npubDate: 2024-01-02", "2024-01-01"),
    ("pubDate: 2024-01-02\npublishDate: 2024-01-03", "2024-01-02"),
    ("publishDate: 2024-01-03\npublished: 2024-01-04", "2024-01-03"),
    ("published: 2024-01-04\npub_date: 2024-01-05", "2024-01-04"),
    ("pub_date: 2024-01-05\ncreated: 2024-01-06", "2024-01-05"),
    ("published: false\ncreated: 2024-01-06", "2024-01-06"),
    ("date:\npubDate: 2024-01-02", "2024-01-02"),
])
def test_date_keys_in_order(front: str, day: str) -> None:
    assert listed(front).date == PostDate(
        dt.datetime.fromisoformat(day).replace(tzinfo=BERLIN), date_only=True)


@pytest.mark.parametrize(("front", "updated"), [
    ("updated: 2024-02-01\nupdatedDate: 2024-02-02", "2024-02-01"),
    ("updatedDate: 2024-02-02\nlastmod: 2024-02-03", "2024-02-02"),
    ("lastmod: 2024-02-03\nmodified: 2024-02-04", "2024-02-03"),
    ("modified: 2024-02-04\nlast_modified_at: 2024-02-05", "2024-02-04"),
    ("last_modified_at: 2024-02-05\ndateModified: 2024-02-06", "2024-02-05"),
])
def test_updated_keys_in_order(front: str, updated: str) -> None:
    post = listed(f"date: 2024-01-01\n{front}")
    assert post.updated == PostDate(dt.datetime.fromisoformat(updated).replace(tzinfo=BERLIN),
                                    date_only=True)


def test_materials_date_mapping() -> None:
    post = listed("date: {created: 2024-01-01, updated: 2024-03-01}\nupdated: 2024-02-01")
    assert (post.date.iso, post.updated.iso if post.updated else None) == (
        "2024-01-01T00:00:00+01:00", "2024-03-01T00:00:00+01:00")  # date.updated wins
    post = listed("date: {created: 2024-01-01, updated: null}\nlastmod: 2024-02-01")
    assert post.updated is not None
    assert post.updated.iso == "2024-02-01T00:00:00+01:00"
    post = listed("date: {created: 2024-01-01}")
    assert post.updated is None


def test_a_bad_date_mapping_entry_names_its_key() -> None:
    result = read("date: {created: 2024-01-01, updated: soon}")
    assert found(result) == [("invalid", "date.updated: expected a date like 2024-05-01, got "
                              "'soon'", True)]


def test_a_bad_updated_date_names_its_key() -> None:
    result = read("date: 2024-01-01\nlastmod: soon")
    assert found(result) == [("invalid", "lastmod: expected a date like 2024-05-01, got 'soon'",
                              True)]


def test_a_lenient_updated_date_is_said_and_kept() -> None:
    result = read("date: 2024-01-01\nupdated: 2024-02-01 10:00 2024 +0100")
    assert result.post is not None
    assert result.post.updated is not None
    assert result.post.updated.iso == "2024-02-01T10:00:00+01:00"
    assert found(result) == [("lenient", "updated: '2024-02-01 10:00 2024 +0100' is not a clean "
                              "date; read as 2024-02-01T10:00:00+01:00, as Jekyll and Ruby "
                              "would read it", False)]


def test_a_lenient_date_without_an_offset_is_in_the_configured_zone() -> None:
    result = read("date: 2024-02-01 10:00 5")
    assert result.post is not None
    assert result.post.date.iso == "2024-02-01T10:00:00+01:00"
    assert [check for check, _, _ in found(result)] == ["lenient"]


@pytest.mark.parametrize(("src_uri", "iso"), [
    ("blog/2020-01-01-trip/2021-02-03-x.md", "2021-02-03T00:00:00+01:00"),  # the file first
    ("blog/2020-01-01-trip/index.md", "2020-01-01T00:00:00+01:00"),
    ("2019-05-06-root.md", "2019-05-06T00:00:00+02:00"),
])
def test_date_from_the_name_nearest_the_file(src_uri: str, iso: str) -> None:
    post = listed("title: x", src_uri=src_uri)
    assert post.date.iso == iso


UNDATED = ("undated", "date: no date found, so the post is not listed; add 'date: 2024-05-01' "
           "or start the file name with the date (2024-05-01-title.md)", True)


@pytest.mark.parametrize(("front", "findings"), [
    ("pubDate: nope", [("invalid", "pubDate: expected a date like 2024-05-01, got 'nope'",
                        True)]),
    ("created: nope", [("invalid", "created: expected a date like 2024-05-01, got 'nope'",
                        True)]),
    ("published: nope", [("invalid", "published: expected a date like 2024-05-01, got 'nope'",
                          True)]),
    ("title: [x]", [UNDATED, ("invalid", "title: expected text, got ['x']", True)]),
    ("published: true", [UNDATED]),
    ("date: {updated: 2024-01-01}", [("invalid", "date.created: expected a date like "
                                      "2024-05-01, got None", True)]),
])
def test_a_date_problem_is_said_once(front: str, findings: list) -> None:
    result = read(front)
    assert result.post is None
    assert found(result) == findings


def test_an_earlier_problem_of_another_field_does_not_hide_the_missing_date() -> None:
    ctx = dataclasses.replace(CTX, excerpt_required=True)
    result = read("title: x", "No separator.", ctx=ctx)
    assert [(check, excludes) for check, _, excludes in found(result)] == [
        ("invalid", False), UNDATED[::2]]


# --- authors ---------------------------------------------------------------------------------

def test_docusaurus_1_author_fields() -> None:
    post = listed("date: 2024-01-01\nauthor: Ann\nauthor_title: Editor\n"
                  "author_url: https://a.org\nauthor_image_url: a.png", ctx=NO_AUTHORS)
    assert post.authors == (Author("ann", "Ann", "Editor", "a.png", "https://a.org"),)
    post = listed("date: 2024-01-01\nauthor: Ann\nauthor_url: https://a.org\nauthor_title: 3",
                  ctx=NO_AUTHORS)
    assert post.authors == (Author("ann", "Ann", url="https://a.org"),)
    # Only with `author:` as a name: `authors:` keeps its own shape.
    post = listed("date: 2024-01-01\nauthors: Ann\nauthor_title: Editor", ctx=NO_AUTHORS)
    assert post.authors == (Author("ann", "Ann"),)
    post = listed("date: 2024-01-01\nauthor: Ann", ctx=NO_AUTHORS)
    assert post.authors == (Author("ann", "Ann"),)


def test_authors_before_author_and_one_mapping() -> None:
    post = listed("date: 2024-01-01\nauthors: mara\nauthor: Bob")
    assert post.authors == (MARA,)
    post = listed("date: 2024-01-01\nauthors:\nauthor: mara")
    assert post.authors == (MARA,)
    post = listed("date: 2024-01-01\nauthor: {name: Cy, 1: x}", ctx=NO_AUTHORS)
    assert post.authors == (Author("cy", "Cy"),)


def test_authors_are_kept_once_by_slug_in_order() -> None:
    result = read("date: 2024-01-01\nauthors: [Bob, mara, bob, {name: BOB}, Mara Lindqvist]")
    assert result.post is not None
    assert result.post.authors == (Author("bob", "Bob"), MARA)
    assert [message.split(" is ")[0] for _, message, _ in found(result)] == [
        "authors: 'Bob'", "authors: 'bob'"]


def test_names_outside_the_authors_file() -> None:
    # No authors file: any name is a display name, said nowhere.
    assert listed("date: 2024-01-01\nauthor: ' Zed '", ctx=NO_AUTHORS).authors == (
        Author("zed", "Zed"),)
    result = read("date: 2024-01-01\nauthor: ' Zed '")
    assert result.post is not None
    assert result.post.authors == (Author("zed", "Zed"),)
    assert found(result) == [("unknown_authors", "author: 'Zed' is not an id or a name in the "
                              "authors file; shown as a display name", False)]


@pytest.mark.parametrize(("front", "message"), [
    ("authors: ['  ']", "authors: expected a name, an author id, a mapping with 'name' or a "
                        "list of those, got '  '"),
    ("author: true", "author: expected a name, an author id, a mapping with 'name' or a list of "
                     "those, got True"),
    ("authors: [{title: x}]", "authors: an author mapping needs a 'name'"),
])
def test_bad_authors(front: str, message: str) -> None:
    result = read(f"date: 2024-01-01\n{front}")
    assert result.post is None
    assert found(result) == [("invalid", message, True)]


def test_a_bad_author_leaves_the_good_ones() -> None:
    result = read("date: 2024-01-01\nauthors: [mara, 3]")
    assert len(result.findings) == 1
    assert result.post is None


# --- tags and categories ---------------------------------------------------------------------

@pytest.mark.parametrize(("front", "tags"), [
    ("tags: ['Machine   learning', 'machine learning']", ("Machine learning",)),
    ("tags: '  spaced , out  '", ("spaced", "out")),
    ("tags: [a]\ntag: b\nkeywords: c", ("a",)),
    ("tag: b\nkeywords: c", ("b",)),
    ("tags:\nkeywords: c", ("c",)),
    ("tags: []", ()),
    ("tags: ''", ()),
])
def test_tags(front: str, tags: tuple[str, ...]) -> None:
    assert listed(f"date: 2024-01-01\n{front}").tags == tags


def test_categories_before_category() -> None:
    post = listed("date: 2024-01-01\ncategories: [A]\ncategory: B")
    assert (post.categories, post.tags) == (("A",), ())


def test_each_bad_label_entry_is_said() -> None:
    result = read("date: 2024-01-01\ntags: [[a], ok, true]")
    assert found(result) == [
        ("invalid", "tags: expected each entry to be text, got ['a']", True),
        ("invalid", "tags: expected each entry to be text, got True", True)]


def test_a_bad_label_entry_leaves_the_others_and_names_its_key() -> None:
    result = read("date: 2024-01-01\ncategory: [ok, null]")
    assert found(result) == [("invalid", "category: expected each entry to be text, got None",
                              True)]
    assert read("date: 2024-01-01\nkeywords: 3").findings[0].message == (
        "keywords: expected a list or a comma-separated string, got 3")


# --- image -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("front", "image"), [
    ("image: pic.png\ncover: /assets/cover.png", "blog/posts/pic.png"),
    ("cover_image: pic.png", "blog/posts/pic.png"),
    ("banner: ' pic.png '", "blog/posts/pic.png"),
    ("image:\nbanner: pic.png", "blog/posts/pic.png"),
    ("image: ./pic.png#top", "blog/posts/pic.png"),
    ("image: {src: '', url: pic.png, path: alt.png}", "blog/posts/pic.png"),
    ("image: {path: alt.png}", "blog/posts/alt.png"),
    ("image: {src: pic.png, url: alt.png}", "blog/posts/pic.png"),
    ("image: HTTPS://e.org/i.png", "HTTPS://e.org/i.png"),
    ("image: http://e.org/i.png", "http://e.org/i.png"),
    ("image: //cdn.org/i.png", "//cdn.org/i.png"),
])
def test_images(front: str, image: str) -> None:
    assert listed(f"date: 2024-01-01\n{front}").image == image


@pytest.mark.parametrize(("front", "findings"), [
    ("image: {alt: x}", [("invalid", "image: expected a path or URL, or a mapping with 'src', "
                          "got {'alt': 'x'}", True)]),
    ("cover: '  '", [("invalid", "cover: expected a path or URL, or a mapping with 'src', got "
                      "'  '", True)]),
    ("thumbnail: mailto:a@b.org", [("invalid", "thumbnail: expected a path in the site or an "
                                    "http(s) URL, got 'mailto:a@b.org'; the post is shown "
                                    "without it", False)]),
    ("image: /missing.png", [("missing_images", "image: image '/missing.png' not found (no file "
                              "docs/missing.png); the post is shown without it", False)]),
    ("image: ../../../x.png", [("missing_images", "image: image '../../../x.png' not found (it "
                                "points outside docs_dir); the post is shown without it",
                                False)]),
])
def test_images_not_shown(front: str, findings: list) -> None:
    result = read(f"date: 2024-01-01\n{front}")
    assert found(result) == findings
    if not any(excludes for _, _, excludes in findings):
        assert result.post is not None
        assert result.post.image == ""


# --- slug, permalink, aliases ----------------------------------------------------------------

@pytest.mark.parametrize(("front", "slug"), [
    ("slug: ' hi '", "hi"), ("slug: 42", "42"), ("slug: 1.5", "1.5"), ("slug:", ""), ("", ""),
])
def test_slugs(front: str, slug: str) -> None:
    assert listed(f"date: 2024-01-01\n{front}").slug == slug


@pytest.mark.parametrize("value", ["true", "[a]"])
def test_a_slug_that_is_not_text(value: str) -> None:
    result = read(f"date: 2024-01-01\nslug: {value}")
    shown_value = "True" if value == "true" else "['a']"
    assert found(result) == [("invalid", f"slug: expected text, got {shown_value}", True)]


@pytest.mark.parametrize(("front", "permalink", "is_hugo"), [
    ("permalink: ' /2024/05/01/hello/ '", "/2024/05/01/hello/", False),
    ("url: /posts/hello/", "/posts/hello/", True),
    ("permalink: /a/\nurl: /b/", "/a/", False),
    ("permalink: false", "", False),  # Eleventy: no page; the post keeps its URL
    ("permalink: false\nurl: /b/", "", False),
    ("permalink:\nurl: /b/", "/b/", False),
    ("", "", False),
])
def test_permalinks(front: str, permalink: str, is_hugo: bool) -> None:
    post = listed(f"date: 2024-01-01\n{front}")
    assert (post.permalink, post.permalink_is_hugo) == (permalink, is_hugo)


@pytest.mark.parametrize(("front", "finding"), [
    ("permalink: true", ("invalid", "permalink: expected a path like /2024/05/01/hello/, got "
                         "True", True)),
    ("url: '  '", ("invalid", "url: expected a path like /2024/05/01/hello/, got '  '", True)),
    ("url: 3", ("invalid", "url: expected a path like /2024/05/01/hello/, got 3", True)),
    ("permalink: 'https://e.org/x/'", ("invalid", "permalink: expected a path on this site, got "
                                       "'https://e.org/x/'", True)),
    ("permalink: ' //e.org/x/'", ("invalid", "permalink: expected a path on this site, got "
                                  "' //e.org/x/'", True)),
    ("permalink: '/{{ page.fileSlug }}/'", (
        "invalid", "permalink: '/{{ page.fileSlug }}/' is a template, which is not read here; "
        "the post keeps its own URL (give a plain path, or use post_url_format)", False)),
    ("permalink: '/{% x %}/'", (
        "invalid", "permalink: '/{% x %}/' is a template, which is not read here; the post "
        "keeps its own URL (give a plain path, or use post_url_format)", False)),
])
def test_permalinks_not_taken(front: str, finding: tuple[str, str, bool]) -> None:
    result = read(f"date: 2024-01-01\n{front}")
    assert found(result) == [finding]
    if not finding[2]:
        assert result.post is not None
        assert result.post.permalink == ""


@pytest.mark.parametrize(("front", "aliases", "redirect_from"), [
    ("aliases: ' /old/ '", ("/old/",), ()),
    ("aliases: [/a/, b/]\nredirect_from: /c/", ("/a/", "b/"), ("/c/",)),
    ("aliases:\nredirect_from: []", (), ()),
])
def test_old_urls(front: str, aliases: tuple[str, ...], redirect_from: tuple[str, ...]) -> None:
    post = listed(f"date: 2024-01-01\n{front}")
    assert (post.aliases, post.redirect_from) == (aliases, redirect_from)


def test_a_bad_old_url_is_left_out_and_said() -> None:
    result = read("date: 2024-01-01\nredirect_from: [/a/, 3, '  ', /b/]")
    assert result.post is not None
    assert result.post.redirect_from == ("/a/", "/b/")
    assert found(result) == [
        ("invalid", "redirect_from: expected a path like /2022/05/19/old/, got 3; left out",
         False),
        ("invalid", "redirect_from: expected a path like /2022/05/19/old/, got '  '; left out",
         False)]


# --- readtime, pin, draft --------------------------------------------------------------------

@pytest.mark.parametrize(("front", "readtime"), [
    ("readtime: 12", 12), ("readtime: 0", None), ("readtime:", None), ("", None),
])
def test_readtime(front: str, readtime: int | None) -> None:
    assert listed(f"date: 2024-01-01\n{front}").readtime == readtime


@pytest.mark.parametrize(("value", "shown_value"), [
    ("true", "True"), ("-1", "-1"), ("'5'", "'5'"), ("2.5", "2.5"),
])
def test_a_readtime_that_is_not_minutes_is_computed(value: str, shown_value: str) -> None:
    result = read(f"date: 2024-01-01\nreadtime: {value}")
    assert result.post is not None
    assert result.post.readtime is None
    assert found(result) == [("invalid", "readtime: expected minutes as a whole number, got "
                              f"{shown_value}; the reading time is computed", False)]


@pytest.mark.parametrize(("front", "pin", "draft", "unlisted"), [
    ("pin: true", True, False, False),
    ("pin: false", False, False, False),
    ("draft: false", False, False, False),
    ("draft: false\nstatus: ' DRAFT '", False, True, False),
    ("published: true", False, False, False),
    ("status: review", False, False, False),
    ("unlisted: false\nhidden: true", False, False, False),
    ("unlisted:\nhidden: true", False, False, True),
])
def test_flags(front: str, pin: bool, draft: bool, unlisted: bool) -> None:
    post = listed(f"date: 2024-01-01\n{front}")
    assert (post.pin, post.draft, post.unlisted) == (pin, draft, unlisted)


@pytest.mark.parametrize(("front", "message"), [
    ("status: [draft]", "status: expected a word like draft or published, got ['draft']; the "
                        "post is not a draft"),
    ("pin: 1", "pin: expected true or false, got 1"),
    ("hidden: 'no'", "hidden: expected true or false, got 'no'"),
])
def test_bad_flags(front: str, message: str) -> None:
    result = read(f"date: 2024-01-01\n{front}")
    assert result.post is None
    assert found(result) == [("invalid", message, True)]


# --- links -----------------------------------------------------------------------------------

def test_related_links_in_every_shape() -> None:
    post = listed("date: 2024-01-01\nlinks:\n  - ' a.md '\n  - Title B: ' b.md '\n"
                  "  - Section:\n      - c.md\n      - Title D: https://d.org\n  - 3: e.md")
    assert post.links == (
        LinkRef("", "a.md"), LinkRef("Title B", "b.md"), LinkRef("", "c.md", "Section"),
        LinkRef("Title D", "https://d.org", "Section"), LinkRef("3", "e.md"))
    assert listed("date: 2024-01-01\nlinks:").links == ()
    assert listed("date: 2024-01-01\nlinks: []").links == ()


LINKS_MESSAGE = ("links: expected a list of paths, '{{title: path}}' or '{{section: [...]}}', "
                 "got {}; the valid ones are shown")


@pytest.mark.parametrize(("links", "kept", "shown_value"), [
    ("a.md", (), "'a.md'"),
    ("{T: a.md}", (), "{'T': 'a.md'}"),
    ("[a.md, '  ']", (LinkRef("", "a.md"),), "['a.md', '  ']"),
    ("[a.md, 3]", (LinkRef("", "a.md"),), "['a.md', 3]"),
    ("[b.md, {T: '  '}]", (LinkRef("", "b.md"),), "['b.md', {'T': '  '}]"),
    ("[{A: a.md, B: b.md}]", (), "[{'A': 'a.md', 'B': 'b.md'}]"),
    ("[{T: 3}]", (), "[{'T': 3}]"),
    ("[{S: [{T: [x.md]}]}]", (), shown([{"S": [{"T": ["x.md"]}]}])),  # one level of sections
    ("[{S: [a.md, 3]}]", (LinkRef("", "a.md", "S"),), "[{'S': ['a.md', 3]}]"),
    # Valid entries after a bad one are kept too.
    ("[3, b.md, {S: [4, c.md]}]", (LinkRef("", "b.md"), LinkRef("", "c.md", "S")),
     "[3, 'b.md', {'S': [4, 'c.md']}]"),
])
def test_related_links_that_are_not_read(links: str, kept: tuple[LinkRef, ...],
                                         shown_value: str) -> None:
    result = read(f"date: 2024-01-01\nlinks: {links}")
    assert result.post is not None  # listed, with the valid links
    assert result.post.links == kept
    assert found(result) == [("invalid", LINKS_MESSAGE.format(shown_value), False)]


# --- resolve_docs_path -----------------------------------------------------------------------

@pytest.mark.parametrize(("src_uri", "path", "resolved"), [
    ("blog/posts/a.md", "//x.png", "x.png"),
    ("blog/posts/a.md", "/a/../b.png", "b.png"),
    ("blog/posts/a.md", "x.png#a?b", "blog/posts/x.png"),
    ("blog/posts/a.md", "x.png?a#b", "blog/posts/x.png"),
    ("blog/posts/a.md", "sub/./x.png", "blog/posts/sub/x.png"),
    ("blog/posts/a.md", "x.png?a?b", "blog/posts/x.png"),
    ("blog/posts/a.md", "x.png#a#b", "blog/posts/x.png"),
    ("blog/posts/a.md", "/Xmas/x.png", "Xmas/x.png"),
    ("a.md", "x.png", "x.png"),
])
def test_paths_written_in_posts(src_uri: str, path: str, resolved: str) -> None:
    assert resolve_docs_path(src_uri, path) == resolved
