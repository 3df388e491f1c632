"""Front matter split off a post's text, syntax by syntax, with the exact problem each broken
block is (read/front_matter.py)."""

from __future__ import annotations

import pytest

from mkdocs_blogposts.read.front_matter import (
    FrontMatterCache,
    read_other_front_matter,
    split_front_matter,
)

JS_ONLY = ("only lines like `const name = \"value\";` are read from JavaScript front matter")


@pytest.mark.parametrize(("text", "split"), [
    # YAML, as MkDocs sees it.
    ("---\n1: a\nno: b\n---\n\n  Body  \n\n", ({"1": "a", "False": "b"}, "Body", "")),
    ("---\n# only a comment\n---\nBody", ({}, "Body", "")),
    ("---\ntitle: x\n", ({}, "---\ntitle: x\n", "")),  # never closed: all Markdown
    ("\n---\ntitle: x\n---\nBody", ({}, "\n---\ntitle: x\n---\nBody", "")),
    # Closed by YAML's end-of-document line, as MkDocs reads it; later lines are the body's.
    ("---\ntitle: T\n...\nBody\n", ({"title": "T"}, "Body", "")),
    ("---\ntitle: T\n---\nBody\n...\nmore", ({"title": "T"}, "Body\n...\nmore", "")),
    # TOML
    ("+++ \ntitle = 'T'\n+++  \nBody", ({"title": "T"}, "Body", "")),
    ("+++\n+++\nBody", ({}, "Body", "")),
    # Eleventy's JSON and JavaScript
    ("--- JSON \n{\"a\": 1}\n--- \nB\n", ({"a": 1}, "B\n", "")),
    ("---json\n{\"a\": 1}\n---", ({"a": 1}, "", "")),
    ("---JavaScript\n{\"a\": [1]}\n---\nB", ({"a": [1]}, "B", "")),
    ("---js\n  // c\n\n  let y = 'q' ;  \nvar z=2.5\n---\nB", ({"y": "q", "z": 2.5}, "B", "")),
    ("---js\nconst $a_1 = [1, ['x']];\nconst b = false;\n---\nB",
     ({"$a_1": [1, ["x"]], "b": False}, "B", "")),
    ("---js\nconst s = \"a;b\";\n---\nB", ({"s": "a;b"}, "B", "")),
])
def test_front_matter_split(text: str, split: tuple[dict[str, object], str, str]) -> None:
    assert split_front_matter(text) == split


@pytest.mark.parametrize(("text", "body", "problem"), [
    ("---\n- a list\n---\nx", "x",
     "front matter: expected a YAML mapping of keys to values, got list ['a list']"),
    ("---\n3\n---\n\n x \n", "x",
     "front matter: expected a YAML mapping of keys to values, got int 3"),
    ("---\na: [\n---\nx", "---\na: [\n---\nx",  # MkDocs shows it as it is
     "front matter: invalid YAML at line 3, column 1: "),
    ("+++\na = 1\n\n\n\n\n\n\n\n\n\nb = \n+++\nB", "B",
     "front matter: invalid TOML: Invalid value (at line 12, column 5)"),
    ("---json\n{\n\n\"a\" 1}\n---\nB", "B",
     "front matter: invalid JSON at line 4: Expecting ':' delimiter"),
    ("---yaml\na: 1\n---\nB", "B",
     "front matter: '---yaml' front matter is not supported; write YAML between two '---' "
     "lines"),
    ("---js\nconst x = (1, 2);\n---\nB", "B", f"front matter: line 2: {JS_ONLY}"),
    ("---js\n// c\n\nconst x = [1,;\n---\nB", "B", f"front matter: line 4: {JS_ONLY}"),
    ("---js\nconst x = None;\n---\nB", "B", f"front matter: line 2: {JS_ONLY}"),
    ("---js\nconst x = {1};\n---\nB", "B", f"front matter: line 2: {JS_ONLY}"),
    ("---js\nconst x = b'x';\n---\nB", "B", f"front matter: line 2: {JS_ONLY}"),
    ("---js\nconst 1a = 1\n---\nB", "B", f"front matter: line 2: {JS_ONLY}"),
    ("---js\nconst x\n---\nB", "B", f"front matter: line 2: {JS_ONLY}"),
    ("---js\nconst x = 1;\nx = 2;\n---\nB", "B", f"front matter: line 3: {JS_ONLY}"),
    ("---js\nconst x = [" + ", ".join(["1"] * 20_001) + "];\n---\nB", "B",
     "front matter: line 2: more than 20,000 values once YAML aliases are expanded; nothing "
     "that large is read"),
    ("---js\n[1]\n---\nB", "B", f"front matter: line 2: {JS_ONLY}"),
    ("---js\n  {\"a\": }\n---\nB", "B", "front matter: invalid JSON at line 2: Expecting value"),
    ("---json\n" + "[" * 100_000 + "]" * 100_000 + "\n---\nB", "B",
     "front matter: invalid JSON: nested too deeply"),
    ("---js\nconst x = " + "[" * 100_000 + "]" * 100_000 + ";\n---\nB", "B",
     "front matter: line 2: invalid JavaScript: nested too deeply"),
])
def test_front_matter_problems(text: str, body: str, problem: str) -> None:
    meta, split_body, found = split_front_matter(text)
    assert (meta, split_body) == ({}, body)
    if problem.endswith(": "):
        assert found.startswith(problem)
    else:
        assert found == problem


def test_text_without_other_front_matter() -> None:
    assert read_other_front_matter("Just text.\n\n---\n") is None
    assert read_other_front_matter("---\na: 1\n---\n") is None
    assert read_other_front_matter(" +++\na = 1\n+++\n") is None


def test_cache_gives_back_the_body_of_the_text_it_is_handed() -> None:
    cache = FrontMatterCache()
    assert cache.hits == 0
    cache.start_build()
    assert cache.split("---\na: 1\n---\nnew", "n") == ({"a": 1}, "new", "")
    assert cache.split("---\na: 1\n---\nnew", "n") == ({"a": 1}, "new", "")
    assert cache.hits == 1  # the same text twice in one build
    cache.start_build()
    text = "---\ntitle: One\n---\n\n  Body  \n"
    assert cache.split(text, "k") == ({"title": "One"}, "Body", "")
    cache.start_build()
    assert cache.split(text, "k") == ({"title": "One"}, "Body", "")
    assert cache.hits == 1
    assert cache.split(text, "k") == ({"title": "One"}, "Body", "")
    assert cache.hits == 2
    cache.start_build()
    cache.start_build()  # a build that split nothing keeps what the one before read
    assert cache.split(text, "k") == ({"title": "One"}, "Body", "")
    assert cache.hits == 1
