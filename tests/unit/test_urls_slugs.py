"""Term slugs per kind and mode (slugs.TermSlugs) and slugs as one safe path segment
(slugs.safe_segment)."""

from __future__ import annotations

import pytest

from mkdocs_blogposts.slugs import TermSlugs, safe_segment
from mkdocs_blogposts.urls import STYLES, TermKind

LONG = "a" * 150
LONG_SLUG = "a" * 91 + "-e45f34b0"


@pytest.mark.parametrize(("mode", "label", "slug"), [
    ("blogposts", "C++ / Rust", "c-plus-plus-rust"),
    ("blogposts", "GraphQL Tips", "graphql-tips"),
    ("material", "GraphQL Tips", "graphql-tips"),
    ("material", "C++ / Rust", "c--rust"),
    ("material", "Node.js", "nodejs"),
    ("kebab", "GraphQL Tips", "graph-ql-tips"),
    ("kebab", "C++ / Rust", "c-rust"),
    ("kebab", "Node.js", "node-js"),
    ("urlize", "GraphQL Tips", "graphql-tips"),
    ("urlize", "C++ / Rust", "c++---rust"),
    ("urlize", "Node.js", "node.js"),
    ("urlize", "a/b", "a-b"),
    ("unknown", "C++", "c-plus-plus"),
])
def test_each_mode(mode: str, label: str, slug: str) -> None:
    assert TermSlugs(modes={"tag": mode})("tag", label) == slug


@pytest.mark.parametrize("mode", ["blogposts", "material", "kebab", "urlize"])
@pytest.mark.parametrize(("kind", "label", "slug"), [
    ("tag", "index", "index-tag"), ("category", "index", "index-category"),
    ("author", "Feeds", "feeds-author"), ("tag", "..", "tag"), ("category", "!!!", "category"),
    ("tag", LONG, LONG_SLUG),
])
def test_every_mode_gives_one_safe_segment(mode: str, kind: TermKind, label: str,
                                           slug: str) -> None:
    assert TermSlugs(modes={kind: mode})(kind, label) == slug


def test_modes_are_per_kind() -> None:
    slugs = TermSlugs(modes={"tag": "kebab", "author": "urlize"})
    assert slugs("tag", "Node.js") == "node-js"
    assert slugs("author", "Node.js") == "node.js"
    assert slugs("category", "Node.js") == "node-js"


def test_material_style_slugs_categories_as_material_does() -> None:
    slugs = TermSlugs(modes=STYLES["material"].term_slugs)
    assert slugs("category", "C++ & Rust") == "c--rust"
    assert slugs("tag", "C++ & Rust") == "c-plus-plus-rust"


def test_material_separator() -> None:
    assert TermSlugs(modes={"tag": "material"}, separator="_")("tag", "Hello World") == \
        "hello_world"


def test_a_custom_function_gets_the_label_and_separator() -> None:
    calls: list[tuple[str, str]] = []

    def slugify(label: str, separator: str) -> str:
        calls.append((label, separator))
        return label.upper() + separator + "x/y"

    slugs = TermSlugs(modes={"category": "material"}, custom={"category": slugify},
                      separator="_")
    assert slugs("category", "ab") == "AB_x-y"
    assert slugs("category", "..") == ".._x-y"
    assert slugs("tag", "ab") == "ab"
    assert calls == [("ab", "_"), ("..", "_")]
    assert slugs.failures == []


def test_a_custom_function_result_becomes_text() -> None:
    assert TermSlugs(custom={"category": lambda label, sep: 5})("category", "x") == "5"
    assert TermSlugs(custom={"category": lambda label, sep: "feeds"})("category", "x") == \
        "feeds-category"


def test_a_failing_custom_function_falls_back_to_ours_and_is_recorded() -> None:
    def slugify(label: str, separator: str) -> str:
        raise ValueError(f"no {label}")

    slugs = TermSlugs(modes={"category": "kebab"}, custom={"category": slugify})
    assert slugs("category", "C++") == "c-plus-plus"
    assert slugs("category", "index") == "index-category"
    assert slugs("tag", "C++") == "c-plus-plus"
    assert slugs.failures == ["'C++': ValueError: no C++", "'index': ValueError: no index"]


@pytest.mark.parametrize(("slug", "safe"), [
    ("a/b", "a-b"), ("a\\b", "a-b"), ("a//\\b", "a-b"), ("//a//", "a"), ("-a-", "a"),
    ("..", "tag"), ("...", "tag"), ("", "tag"), ("-/-", "tag"),
    ("index", "index-tag"), ("feed-xml", "feed-xml-tag"), ("page", "page-tag"),
    ("a..b", "a..b"), (".x", ".x"), ("X", "X"), ("XL-", "XL"), ("-Xbox/", "Xbox"),
    (LONG, LONG_SLUG),
])
def test_safe_segment(slug: str, safe: str) -> None:
    assert safe_segment(slug, "tag") == safe
