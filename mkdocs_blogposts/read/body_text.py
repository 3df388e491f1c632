"""What a post's Markdown body says when its front matter is silent: a title from its first
`# ` heading, a plain-text description, and its length in words."""

from __future__ import annotations

import html
import posixpath
import re
from typing import TYPE_CHECKING

from .post import MORE_MARKERS

if TYPE_CHECKING:
    from collections.abc import Sequence

# Every pattern below stops a scan at the next opening character (`[^<>]`, not `[^>]`): on a
# body of `<` or `[` without their closers, a scan per opener to the end of the text would
# take the square of its length (minutes for a 500 KB post).
_H1 = re.compile(r"^#[ \t]+(.*)$", re.MULTILINE)
_HTML_TAG = re.compile(r"<[^<>]+>")
_FENCE = re.compile(r"^(```|~~~).*?^\1", re.MULTILINE | re.DOTALL)
_FILE_DATE = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}[-_]?")
_REFERENCE_DEFINITION = re.compile(r"^\[[^\]]+\]:")
_SKIPPED_BLOCKS = ("#", "<", "!!!", "???", "|", "{%", "---")
_INLINE_MARKUP = [
    (re.compile(r"!\[[^\[\]]*\]\([^()]*\)"), ""),  # images
    (re.compile(r"\[([^\[\]]*)\]\([^()]*\)"), r"\1"),  # links
    (re.compile(r"\[([^\[\]]*)\]\[[^\[\]]*\]"), r"\1"),  # reference links
    (_HTML_TAG, ""),  # inline HTML
    (re.compile(r"(\*\*|__|\*|`)"), ""),
]


def first_heading(body: str) -> str | None:
    """The text of the body's first `# ` heading outside code fences, if any."""
    match = _H1.search(_FENCE.sub("", body))
    if match is None:
        return None
    # `# Title ##` may close with hashes after a space (CommonMark); `# Learn C#` keeps its.
    title = match[1].rstrip(" \t")
    unclosed = title.rstrip("#")
    if unclosed != title and (not unclosed or unclosed[-1] in " \t"):
        title = unclosed.rstrip(" \t")
    return title or None


def page_title(body: str, src_uri: str) -> str:
    """The title MkDocs gives a page before rendering it (so Material's blog slugs posts
    with it): the first non-blank line when it is a `# ` heading, else the file name with
    `-` and `_` as spaces, capitalized when all lower case."""
    for line in body.splitlines():
        if line.strip():
            if line.startswith("# "):
                return line.lstrip("# ").strip()
            break
    stem = posixpath.splitext(posixpath.basename(src_uri))[0]
    if stem == "README":
        stem = "index"
    title = stem.replace("-", " ").replace("_", " ")
    return title.capitalize() if title.lower() == title else title


def title_from_path(src_uri: str) -> str:
    """`blog/2024-05-01-hello-world.md` -> `Hello world`."""
    stem = posixpath.splitext(posixpath.basename(src_uri))[0]
    stem = _FILE_DATE.sub("", stem) or stem
    return stem.replace("-", " ").replace("_", " ").strip().capitalize()


def count_words(body: str) -> int:
    """Words as a reader counts them, near enough for minutes of reading: what stands between
    spaces once tags are gone (str.split is 4x faster than a regex over every post)."""
    return len(_HTML_TAG.sub(" ", body).split())


def excerpt_text(body: str, limit: int = 300,
                 separators: Sequence[str] = MORE_MARKERS) -> str:
    """Plain text of the part before `<!-- more -->`, else of the first paragraph."""
    cut = min((body.find(m) for m in separators if m in body), default=-1)
    text = _FENCE.sub("", body if cut < 0 else body[:cut])
    paragraphs = []
    for block in re.split(r"\n\s*\n", text):
        block = block.strip()
        if (not block or block.startswith(_SKIPPED_BLOCKS)
                or _REFERENCE_DEFINITION.match(block)):
            continue
        paragraphs.append(block)
        if cut < 0:
            break
    plain = " ".join(" ".join(paragraphs).split())
    for pattern, repl in _INLINE_MARKUP:
        plain = pattern.sub(repl, plain)
    # What is left is text: `&lt;` in Markdown is a `<` a reader sees, `&amp;` an `&`.
    plain = " ".join(html.unescape(plain).split())
    if len(plain) > limit:
        plain = plain[: limit - 1].rsplit(" ", 1)[0] + "…"
    return plain
