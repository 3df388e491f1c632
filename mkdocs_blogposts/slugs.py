"""URL slugs for tags, categories and authors (contract: ARCHITECTURE.md section 3)."""

from __future__ import annotations

import re
import unicodedata

# Names the plugin itself uses inside a taxonomy folder; a label slugging to one gets a suffix.
RESERVED = frozenset({"index", "page", "feed", "feed-xml", "atom", "atom-xml", "feed-json",
                      "tags", "authors", "categories", "archive"})

_NOT_WORD = re.compile(r"[\W_]+")


def slugify(label: str, fallback: str) -> str:
    """`C++` -> `c-plus-plus`, `Machine Learning` -> `machine-learning`, `机器学习` kept.

    The result never holds `/` or `..`; a label with no letter or digit gets `fallback`,
    and a label that would shadow one of our own names gets `fallback` as a suffix.
    """
    text = unicodedata.normalize("NFKC", label).lower()
    text = text.replace("+", " plus ").replace("#", " sharp ")
    slug = _NOT_WORD.sub("-", text).strip("-")
    if not slug:
        return fallback
    if slug in RESERVED:
        return f"{slug}-{fallback}"
    return slug


def tag_key(label: str) -> str:
    """Identity of a tag: `AI` and `ai`, `Machine  learning` and `machine learning` are one."""
    return " ".join(unicodedata.normalize("NFKC", label).casefold().split())
