"""What a post's body says when its front matter is silent: its title as MkDocs and our pages
read it, and its plain-text excerpt (read/body_text.py)."""

from __future__ import annotations

import pytest

from mkdocs_blogposts.read.body_text import (
    excerpt_text,
    first_heading,
    page_title,
    title_from_path,
)


@pytest.mark.parametrize(("body", "title"), [
    ("# T\n\nbody", "T"),
    ("\n\n  \n# Spaced   \nx", "Spaced"),
    ("# # Hashes\nx", "Hashes"),
    ("# Xmas\nx", "Xmas"),
    ("#T\nx", "My post name"),  # no space: not a heading
    ("## T\nx", "My post name"),
    ("text\n# T", "My post name"),  # only the first non-blank line counts
    ("", "My post name"),
])
def test_page_title_from_the_first_line(body: str, title: str) -> None:
    assert page_title(body, "blog/2024/my-post_name.md") == title


@pytest.mark.parametrize(("src_uri", "title"), [
    ("blog/README.md", "Index"),
    ("blog/readme.md", "Readme"),
    ("blog/index.md", "Index"),
    ("blog/My-Post.md", "My Post"),  # mixed case is kept
    ("blog/2024-01-01-hello.md", "2024 01 01 hello"),
    ("blog/x.y.md", "X.y"),
])
def test_page_title_from_the_file_name(src_uri: str, title: str) -> None:
    assert page_title("No heading.", src_uri) == title


@pytest.mark.parametrize(("body", "heading"), [
    ("# A\n# B", "A"),
    ("#\tTab\n", "Tab"),
    ("# A#", "A#"),
    ("# C# #", "C#"),
    ("# A \t#\t", "A"),
    ("# A\t##", "A"),
    # Only spaces and tabs around the text are stripped (CommonMark).
    ("# MAX", "MAX"),
    ("# Learn X #", "Learn X"),
    ("# Type X#", "Type X#"),
    ("# A\u00a0", "A\u00a0"),
    ("# A \u00a0 #", "A \u00a0"),
    ("# #", None),
    ("#   \n", None),
    ("intro\n\n```\n# code\n```\n\n# Real", "Real"),
    ("~~~python\n# code\n~~~\n# Real\n", "Real"),
    ("```\n# open fence, closed by ~~~\n~~~\n# Real\n```", None),
    ("", None),
])
def test_first_heading(body: str, heading: str | None) -> None:
    assert first_heading(body) == heading


@pytest.mark.parametrize(("src_uri", "title"), [
    ("blog/2024-5-1-hi.md", "Hi"),
    ("blog/2024-05-01_under_score.md", "Under score"),
    ("blog/2024-05-01hello.md", "Hello"),
    ("blog/hello-2024-05-01.md", "Hello 2024 05 01"),
    ("blog/-edge-.md", "Edge"),
    ("blog/MIXED-Case.md", "Mixed case"),
])
def test_title_from_path(src_uri: str, title: str) -> None:
    assert title_from_path(src_uri) == title


@pytest.mark.parametrize(("body", "text"), [
    # The first separator in the text ends the excerpt, whichever it is.
    ("a <!-- more --> b <!-- truncate --> c", "a"),
    ("x <!--truncate--> y <!-- more -->", "x"),
    ("a\n\n<!--more-->\n\nb", "a"),
    ("a <!-- more --> b <!-- more --> c", "a"),
    ("<!-- more -->\n\nAfter.", ""),  # nothing before the separator
    # Before a separator every paragraph counts; without one, the first.
    ("A\n\n```\nc\n```\n\nB\n\n<!-- more -->", "A B"),
    ("A\n\nB", "A"),
    ("A\n  \t\nB", "A"),
    ("a  b\n  c\n\nd", "a b c"),
    # Blocks that are not prose are skipped.
    ("{% raw %}\n\n---\n\n??? note\n\n<div>\n\n# H\n\n!!! tip\n\n| t |\n\nText __b__ *i*",
     "Text b i"),
    ("[ref]: http://x\n\nText", "Text"),
    ("[A link](x.md) and [a ref][r] and ![pic](p.png) and <span>tag</span>",
     "A link and a ref and and tag"),
    ("**bold** `code` *em*", "bold code em"),
    ("One &lt;b&gt; &amp; two", "One <b> & two"),
    ("&nbsp;a&#32;&#32;b", "a b"),
])
def test_excerpt_text(body: str, text: str) -> None:
    assert excerpt_text(body) == text


def test_excerpt_separators_are_the_callers() -> None:
    body = "One.\n\nTwo.\n\n<!-- cut -->\n\nThree.\n\n<!-- more -->"
    assert excerpt_text(body, separators=("<!-- cut -->",)) == "One. Two."
    assert excerpt_text(body, separators=("<!-- nope -->",)) == "One."
    assert excerpt_text(body) == "One. Two. Three."


@pytest.mark.parametrize(("text", "limit", "excerpt"), [
    ("x" * 10, 10, "x" * 10),
    ("ab cd ef", 8, "ab cd ef"),
    ("ab cd ef", 7, "ab cd…"),
    ("ab cd ef", 5, "ab…"),
    ("abcdefghijk", 10, "abcdefghi…"),
])
def test_excerpts_are_cut_at_a_word_within_the_limit(text: str, limit: int, excerpt: str) -> None:
    assert excerpt_text(text, limit=limit) == excerpt
    assert len(excerpt_text(text, limit=limit)) <= limit


def test_the_default_limit_is_300_characters() -> None:
    assert excerpt_text("a" * 300) == "a" * 300
    assert excerpt_text("a" * 301) == "a" * 299 + "…"
