"""Splitting front matter in any syntax, and the serve cache (read/front_matter.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from mkdocs_blogposts.read.discovery import digest
from mkdocs_blogposts.read.front_matter import (
    FrontMatterCache,
    is_stripped_by_mkdocs,
    split_front_matter,
)


@pytest.mark.parametrize(("text", "meta", "body"), [
    ("---\ntitle: A\ndate: 2024-01-02\n---\n\nBody\n", {"title": "A",
                                                       "date": dt.date(2024, 1, 2)}, "Body"),
    ("No front matter.\n\n---\n\nx: y\n---\n", {}, "No front matter.\n\n---\n\nx: y\n---\n"),
    ("+++\ntitle = \"T\"\ntags = [\"a\"]\n+++\nBody\n", {"title": "T", "tags": ["a"]}, "Body\n"),
    ('---json\n{"title": "J"}\n---\nBody', {"title": "J"}, "Body"),
    ("---js\n{\"title\": \"J\"}\n---\nBody", {"title": "J"}, "Body"),
    ("---js\n// a comment\nconst title = 'Hi';\n\nlet n = 3;\nvar t = [\"a\", 'b'];\n"
     "const ok = true;\nconst no = null;\n---\nBody",
     {"title": "Hi", "n": 3, "t": ["a", "b"], "ok": True, "no": None}, "Body"),
    ("---javascript\nconst x = 1\n---\nB", {"x": 1}, "B"),
])
def test_front_matter_in_every_syntax(text: str, meta: dict[str, object], body: str) -> None:
    assert split_front_matter(text) == (meta, body, "")


@pytest.mark.parametrize(("text", "problem"), [
    ("---\ntitle: [unclosed\n---\n\nBody\n",
     "front matter: invalid YAML at line 3, column 1: expected ',' or ']', but got "
     "'<stream end>' (while parsing a flow sequence started at line 2, column 8)"),
    ("---\n- a list\n---\nx", "front matter: expected a YAML mapping of keys to values"),
    ("+++\ntitle = \n+++\n\nB.\n",
     "front matter: invalid TOML: Invalid value (at line 2, column 9)"),
    ('---json\n{"a": }\n---\nB', "front matter: invalid JSON at line 2: Expecting value"),
    ("---json\n[1]\n---\nB", "front matter: expected a JSON object of keys to values"),
    ("---js\nconst t = compute();\n---\nB", "front matter: line 2: only lines like "
     "`const name = \"value\";` are read from JavaScript front matter"),
    ("---js\nconst x = 1;\nmodule.exports = {};\n---\nB", "front matter: line 3: only lines "
     "like `const name = \"value\";` are read from JavaScript front matter"),
    ("---coffee\ntitle: 'x'\n---\n\nC.\n", "front matter: '---coffee' front matter is not "
     "supported; write YAML between two '---' lines"),
])
def test_bad_front_matter_is_one_message(text: str, problem: str) -> None:
    meta, _, found = split_front_matter(text)
    assert meta == {}
    assert found.startswith(problem), found


def test_only_yaml_is_stripped_by_mkdocs() -> None:
    assert is_stripped_by_mkdocs("---\na: 1\n---\nx")
    assert not is_stripped_by_mkdocs("+++\na = 1\n+++\nx")
    assert not is_stripped_by_mkdocs("---js\nconst a = 1;\n---\nx")


def test_cache_parses_each_text_once_and_forgets_unused_entries() -> None:
    cache = FrontMatterCache()
    one, two = "---\ntitle: One\n---\nBody one", "---\ntitle: Two\n---\nBody two"
    cache.start_build()
    assert cache.split(one, digest(one)) == ({"title": "One"}, "Body one", "")
    assert cache.split(two, digest(two)) == ({"title": "Two"}, "Body two", "")
    assert cache.hits == 0
    cache.start_build()
    assert cache.split(one, digest(one)) == ({"title": "One"}, "Body one", "")
    assert cache.hits == 1
    edited = one.replace("One", "Uno")
    assert cache.split(edited, digest(edited)) == ({"title": "Uno"}, "Body one", "")
    assert cache.hits == 1
    cache.start_build()  # `two` was not used by the last build: parsed again now
    cache.split(two, digest(two))
    assert cache.hits == 0


def test_digests_tell_texts_apart() -> None:
    assert digest("a") == digest("a")
    assert digest("a") != digest("b")
    assert len(digest("a")) == 32
