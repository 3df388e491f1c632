"""URL slugs for tags, categories and authors, and the identity of a label."""

from __future__ import annotations

import re
import unicodedata

from .urls import RESERVED

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
