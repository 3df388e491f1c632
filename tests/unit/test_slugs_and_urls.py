"""Slugs, label identity and every path the blog writes (slugs.py, urls.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from mkdocs_blogposts.slugs import slugify, tag_key
from mkdocs_blogposts.urls import RESERVED, BlogUrls


@pytest.mark.parametrize(("label", "slug"), [
    ("C", "c"), ("C++", "c-plus-plus"), ("C#", "c-sharp"), ("F#", "f-sharp"),
    ("Machine Learning", "machine-learning"), ("  Spaces  around ", "spaces-around"),
    ("a_b", "a-b"), ("a__b--c", "a-b-c"), ("Node.js", "node-js"), ("Node JS", "node-js"),
    ("机器学习", "机器学习"), ("Машинное обучение", "машинное-обучение"),
    ("Ünïcödé", "ünïcödé"), ("\uff21\uff22\uff23", "abc"),  # NFKC folds full-width letters
    ("🚀", "tag"), ("!!!", "tag"), ("", "tag"),
    ("../../etc", "etc"), ("/root/", "root"), ("a/b", "a-b"),
    ("index", "index-tag"), ("Page", "page-tag"), ("feed.xml", "feed-xml-tag"),
    ("feed", "feed-tag"), ("atom", "atom-tag"), ("Tags", "tags-tag"), ("archive", "archive-tag"),
    ("indexes", "indexes"),
])
def test_slugify(label: str, slug: str) -> None:
    assert slugify(label, "tag") == slug


def test_slug_fallback_names_the_kind() -> None:
    assert slugify("✨", "author") == "author"
    assert slugify("index", "category") == "index-category"


def test_reserved_names_are_our_files_and_folders() -> None:
    assert {"index", "page", "archive", "tags", "authors", "categories", "feeds", "feed",
            "atom", "feed-xml", "atom-xml", "feed-json"} == RESERVED


@pytest.mark.parametrize(("a", "b"), [
    ("AI", "ai"), ("Machine  Learning", "machine learning"), (" x ", "x"),
    ("\uff21\uff29", "ai"), ("Straße", "STRASSE"),
])
def test_labels_equal_ignoring_case_and_spacing(a: str, b: str) -> None:
    assert tag_key(a) == tag_key(b)


def test_different_labels_stay_different() -> None:
    assert len({tag_key(label) for label in ["C", "C++", "C#", "Node.js", "Node JS"]}) == 5


def test_blog_paths() -> None:
    urls = BlogUrls("news/blog")
    assert urls.index == "news/blog/index.md"
    assert urls.paged(urls.index, 1) == "news/blog/index.md"
    assert urls.paged(urls.index, 12) == "news/blog/page/12/index.md"
    assert urls.term_index("tag") == "news/blog/tags/index.md"
    assert urls.term_index("author") == "news/blog/authors/index.md"
    assert urls.term_index("category") == "news/blog/categories/index.md"
    assert urls.term("tag", "ai") == "news/blog/tags/ai/index.md"
    assert urls.term("author", "mara") == "news/blog/authors/mara/index.md"
    assert urls.term("category", "release") == "news/blog/categories/release/index.md"
    assert urls.paged(urls.term("tag", "ai"), 3) == "news/blog/tags/ai/page/3/index.md"
    assert urls.archive(dt.date(2024, 5, 1)) == "news/blog/archive/2024/index.md"
    assert urls.feed_folder(None) == "news/blog"
    assert urls.feed_folder(("tag", "ai", "AI")) == "news/blog/tags/ai"
    assert urls.feed_folder(("author", "x", "X")) == "news/blog/authors/x"
    assert urls.feed("news/blog", "rss") == "news/blog/feed.xml"
    assert urls.feed("news/blog", "atom") == "news/blog/atom.xml"
    assert urls.feed("news/blog", "json") == "news/blog/feed.json"
    assert urls.stylesheet() == "news/blog/feed.css"
    assert urls.stylesheet(xslt=True) == "news/blog/feed.xsl"


@pytest.mark.parametrize(("src_uri", "inside"), [
    ("news/blog/a.md", True), ("news/blog/x/y.md", True), ("news/blog.md", False),
    ("news/blogs/a.md", False), ("news/a.md", False), ("news/blog", False),
])
def test_what_is_below_the_blog_folder(src_uri: str, inside: bool) -> None:
    assert BlogUrls("news/blog").holds(src_uri) is inside
