"""URL settings checked at config time (BlogUrls.problems, check_format) and every path kept
inside the site (inside_site)."""

from __future__ import annotations

import re

import pytest

from mkdocs_blogposts.urls import STYLES, BlogUrls, PathProblem, check_format, inside_site

DEFAULT_TERMS = {"tag": "tags/{slug}", "author": "authors/{slug}", "category": "categories/{slug}"}


def problems(blog_dir: str = "blog", **style: object) -> list[str]:
    return BlogUrls(blog_dir).with_style(**style).problems()


@pytest.mark.parametrize("style", list(STYLES))
@pytest.mark.parametrize("blog_dir", ["blog", "", "news/blog"])
def test_every_style_is_sound(style: str, blog_dir: str) -> None:
    assert BlogUrls(blog_dir, STYLES[style]).problems() == []  # type: ignore[index]


@pytest.mark.parametrize(("style", "expected"), [
    ({"pagination": "../page/{page}"},
     ["pagination_url_format (page 2): leads outside the site",
      "pagination_url_format (page 3): leads outside the site"]),
    ({"pagination": "page"},
     ["pagination_url_format (page 3) and pagination_url_format (page 2) give the same page "
      "(blog/page/index.md)"]),
    ({"terms": {**DEFAULT_TERMS, "tag": "x"}},
     ["tags_url_format (tag 'b') and tags_url_format (tag 'a') give the same page "
      "(blog/x/index.md)"]),
    ({"terms": {**DEFAULT_TERMS, "author": "tags/{slug}"}},
     ["authors_profiles_url_format (author 'a') and tags_url_format (tag 'a') give the same "
      "page (blog/tags/a/index.md)",
      "authors_profiles_url_format (author 'b') and tags_url_format (tag 'b') give the same "
      "page (blog/tags/b/index.md)",
      "authors_profiles_url_format (the index of every author) and tags_url_format (the index "
      "of every tag) give the same page (blog/tags/index.md)"]),
    ({"terms": {**DEFAULT_TERMS, "category": "../{slug}"}},
     ["categories_url_format (category 'a'): leads outside the site",
      "categories_url_format (category 'b'): leads outside the site",
      "categories_url_format (the index of every category): leads outside the site"]),
    ({"terms": {**DEFAULT_TERMS, "tag": "tags/{nope}"}},
     ["tags_url_format (tag 'a'): 'nope'", "tags_url_format (tag 'b'): 'nope'"]),
    ({"terms": {**DEFAULT_TERMS, "author": "people/{name}"}}, []),
    ({"terms": {**DEFAULT_TERMS, "tag": ""}},
     ["tags_url_format (tag 'a') and the blog index give the same page (blog/index.md)",
      "tags_url_format (tag 'b') and the blog index give the same page (blog/index.md)"]),
    ({"terms": {**DEFAULT_TERMS, "author": "tags/{name}"}},  # names are not slugs: `A`, `a`
     ["authors_profiles_url_format (the index of every author) and tags_url_format (the index "
      "of every tag) give the same page (blog/tags/index.md)"]),
    ({"pagination": "page/{page:02d}"}, []),
    ({"terms": {**DEFAULT_TERMS, "tag": "{slug}"}}, []),
    ({"archive": "x"},
     ["archive_url_format (2024) and archive_url_format (2023) give the same page "
      "(blog/x/index.md)"]),
    ({"archive": "feeds/{date}"},
     ["the feeds page and archive_url_format (the index of the archive) give the same page "
      "(blog/feeds/index.md)"]),
    ({"archive": "../{date}"},
     ["archive_url_format (2023): leads outside the site",
      "archive_url_format (2024): leads outside the site",
      "archive_url_format (the index of the archive): leads outside the site"]),
    ({"archive_date": "dd"}, ["archive_url_date_format: 'dd' gives two years one archive page"]),
    ({"archive_date": "MM"}, ["archive_url_date_format: 'MM' gives two years one archive page"]),
    ({"archive": "{date}"}, []),
    ({"post": "x"}, ["post_url_format: 'x' gives every post one URL (blog/x.md)"]),
    ({"post": "{year}"}, []),
    ({"post": "/{slug}"}, []),
    ({"post": "/../{slug}"},
     ["post URL (url_style, post_url_format): '/../first-post' leads outside the site"]),
    ({"post": "/../{file}"},
     ["post URL (url_style, post_url_format): '/../2023-01-15-first-post' leads outside the "
      "site"]),
    ({"post": "/../{categories}"},
     ["post URL (url_style, post_url_format): '/../News' leads outside the site"]),
    ({"post": "/../{date}", "post_date": "yyyy-MM-dd-HH"},
     ["post URL (url_style, post_url_format): '/../2023-01-15-10' leads outside the site"]),
    ({"post": "{date}", "post_date": "HH"},
     ["post_url_format: '{date}' gives every post one URL (blog/10.md)"]),
    ({"post": "{slug}/\x01"},
     ["post URL (url_style, post_url_format): 'first-post/\\x01' holds a control character or "
      "a backslash"]),
])
def test_problems_name_the_option_at_fault(style: dict[str, object], expected: list[str]) -> None:
    assert problems(**style) == expected


def test_a_term_format_at_the_blog_index_is_not_a_collision() -> None:
    urls = BlogUrls("blog").with_style(terms={**DEFAULT_TERMS, "tag": "{slug}"})
    assert urls.term_index("tag") == urls.index
    assert urls.problems() == []


def test_a_failing_post_slugify_is_reported_once() -> None:
    def slugify(title: str, separator: str) -> str:
        raise ValueError(title)

    urls = BlogUrls("blog", post_slugify=slugify).with_style(post="{slug}")
    assert urls.problems() == [
        "post_slugify: post_slugify failed on 'First post' (ValueError: First post)"]


def test_a_post_slugify_failing_on_the_second_sample_post() -> None:
    def slugify(title: str, separator: str) -> str:
        if title.startswith("Second"):
            raise KeyError(title)
        return title

    urls = BlogUrls("blog", post_slugify=slugify).with_style(post="{slug}")
    assert urls.problems() == [
        "post_slugify: post_slugify failed on 'Second post' (KeyError: 'Second post')"]


def test_sample_posts_of_a_blog_at_the_site_root() -> None:
    assert problems("", post="/../{path}") == [
        "post URL (url_style, post_url_format): '/../2023-01-15-first-post' leads outside the "
        "site"]


def test_a_post_slugify_giving_one_slug_gives_every_post_one_url() -> None:
    urls = BlogUrls("blog", post_slugify=lambda title, sep: "same").with_style(post="{slug}")
    assert urls.problems() == ["post_url_format: '{slug}' gives every post one URL (blog/same.md)"]


def test_sample_posts_differ_in_date_name_title_and_category() -> None:
    def term_slug(kind: str, label: str) -> str:
        return label.lower()

    for fmt in ("{date}", "{year}", "{month}", "{file}", "{name}", "{title}",
                "{slug}", "{path}", "/{year}"):
        assert problems(post=fmt) == [], fmt
    urls = BlogUrls("blog", term_slug=term_slug).with_style(post="{categories}")
    assert urls.problems() == []
    assert problems(post="{day}") == [
        "post_url_format: '{day}' gives every post one URL (blog/15.md)"]
    assert problems(post="{date}", post_date="dd") == [
        "post_url_format: '{date}' gives every post one URL (blog/15.md)"]
    assert problems("", post="{date}", post_date="dd") == [
        "post_url_format: '{date}' gives every post one URL (15.md)"]


# -- check_format --------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["{slug}", "tags/{slug}", "{name}-{slug}", "{slug:>200}",
                                   "{{x}}", "plain", ""])
def test_valid_formats(value: str) -> None:
    check_format(value, ("slug", "name"))


@pytest.mark.parametrize(("value", "message"), [
    ("{nope}", "unknown placeholder {nope} in '{nope}'; expected {slug}, {name}"),
    ("{slug}/{nope}", "unknown placeholder {nope} in '{slug}/{nope}'; expected {slug}, {name}"),
    ("{}", "unknown placeholder {} in '{}'; expected {slug}, {name}"),
    ("{slug[0]}", "unknown placeholder {slug[0]} in '{slug[0]}'; expected {slug}, {name}"),
    ("{slug", "'{slug' is not a valid pattern (expected '}' before end of string); write text "
              "with {slug}, {name}, and '{{' for a literal brace"),
    ("}", "'}' is not a valid pattern (Single '}' encountered in format string); write text "
          "with {slug}, {name}, and '{{' for a literal brace"),
    ("{slug!z}", "'{slug!z}' is not a valid pattern (Unknown conversion specifier z); write "
                 "text with {slug}, {name}, and '{{' for a literal brace"),
    ("{slug:d}", "'{slug:d}' is not a valid pattern (Unknown format code 'd' for object of "
                 "type 'str'); write text with {slug}, {name}, and '{{' for a literal brace"),
    ("a\x01{slug}", "'a\\x01{slug}' holds a control character"),
    ("a\x7f", "'a\\x7f' holds a control character"),
    ("{slug:>201}", "'{slug:>201}': a width of 201 in {slug:>201} is more than a URL or a "
                    "title needs (200 at most)"),
    ("{name:0>5.3000}", "'{name:0>5.3000}': a width of 3,000 in {name:0>5.3000} is more than "
                        "a URL or a title needs (200 at most)"),
])
def test_invalid_formats(value: str, message: str) -> None:
    with pytest.raises(ValueError, match=f"^{re.escape(message)}$"):
        check_format(value, ("slug", "name"))


# -- inside_site ---------------------------------------------------------------------------


@pytest.mark.parametrize(("path", "normal"), [
    ("", ""), ("/", ""), (".", ""), ("./", ""), ("a/..", ""),
    ("a/./b/", "a/b"), ("/a//b/", "a/b"), ("a/b/../c", "a/c"),
    ("..a", "..a"), ("a/..b", "a/..b"), ("X", "X"), ("Xa/b", "Xa/b"), (" ", " "),
    ("a" * 1000, "a" * 1000), ("é" * 500, "é" * 500),
])
def test_paths_inside_the_site(path: str, normal: str) -> None:
    assert inside_site(path) == normal


@pytest.mark.parametrize(("path", "message"), [
    ("..", "leads outside the site"),
    ("../a", "leads outside the site"),
    ("/../a", "leads outside the site"),
    ("a/../..", "leads outside the site"),
    ("a\\b", "holds a control character or a backslash"),
    ("a\x00b", "holds a control character or a backslash"),
    ("a\x1fb", "holds a control character or a backslash"),
    ("a\x7fb", "holds a control character or a backslash"),
    ("a" * 1001, "makes a path longer than 1,000 bytes"),
    ("é" * 501, "makes a path longer than 1,000 bytes"),
])
def test_paths_that_cannot_be_pages(path: str, message: str) -> None:
    with pytest.raises(PathProblem) as caught:
        inside_site(path)
    assert str(caught.value) == message
    assert caught.value.field == ""
