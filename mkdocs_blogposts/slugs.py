"""URL slugs for tags, categories and authors, and the identity of a label."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .url_text import cap, hugo_urlize, kebab_case, material_slug
from .urls import RESERVED

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

    from .urls import TermKind

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
    return cap(slug)



def tag_key(label: str) -> str:
    """Identity of a tag: `AI` and `ai`, `Machine  learning` and `machine learning` are one."""
    return " ".join(unicodedata.normalize("NFKC", label).casefold().split())



@dataclass(frozen=True)
class TermSlugs:
    """How a label becomes the slug of its page, per kind: ours (`slugify`), Material's,
    Docusaurus' (`kebab`), Hugo's (`urlize`), or a callable `(label, separator)` from the
    options (Material's `categories_slugify`). Whatever the source, the slug is one safe path
    segment: no `/`, no `..`, never one of our own names."""

    modes: Mapping[TermKind, str] = field(default_factory=dict)
    """`TermKind` -> `blogposts` | `material` | `kebab` | `urlize`."""
    custom: Mapping[TermKind, Callable[[str, str], str]] = field(default_factory=dict)
    separator: str = "-"
    failures: list[str] = field(default_factory=list, compare=False)
    """What a `custom` function raised, for each label it failed on (ours gave the slug);
    the build reports them."""

    def __call__(self, kind: TermKind, label: str) -> str:
        mode = self.modes.get(kind, "blogposts")
        if kind in self.custom:
            try:
                raw = str(self.custom[kind](label, self.separator))
            except Exception as exc:  # the user's function: its failure is theirs to see
                self.failures.append(f"{label!r}: {type(exc).__name__}: {exc}")
                return slugify(label, kind)
        elif mode == "material":
            raw = material_slug(label, self.separator)
        elif mode == "kebab":
            raw = kebab_case(label)
        elif mode == "urlize":
            raw = hugo_urlize(label)
        else:
            return slugify(label, kind)
        return safe_segment(raw, kind)


def safe_segment(slug: str, fallback: str) -> str:
    """`slug` as one path segment: slashes become `-`, a segment of dots or nothing becomes
    `fallback`, one of our own names gets `fallback` as a suffix."""
    slug = re.sub(r"[/\\]+", "-", slug).strip("-")
    if not slug.strip("."):
        return fallback
    if slug in RESERVED:
        return f"{slug}-{fallback}"
    return cap(slug)
