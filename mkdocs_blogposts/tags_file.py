"""The optional tags file: known tags with a label and a description for their pages."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

import yaml

from .authors import DataFileError
from .slugs import tag_key

if TYPE_CHECKING:
    from pathlib import Path


@dataclass(frozen=True)
class TagInfo:
    """What the tags file says of one tag."""

    label: str
    description: str = ""


def load_tags(path: Path, display: str) -> dict[str, TagInfo]:
    """Tags by identity (`tag_key`) from `{key: {label, description}}` (Docusaurus' format;
    a bare `key:` or `key: Label` works too)."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise DataFileError(f"{display}: cannot be read: {exc}") from exc
    if data is None:
        return {}
    if not isinstance(data, Mapping):
        raise DataFileError(f"{display}: expected a mapping of tags to label and description")
    tags: dict[str, TagInfo] = {}
    for key, entry in data.items():
        if isinstance(entry, str):
            entry = {"label": entry}
        elif entry is None:
            entry = {}
        if not isinstance(entry, Mapping):
            raise DataFileError(f"{display}: {key}: expected a mapping with 'label' and "
                                   "'description'")
        label = str(entry.get("label") or key)
        info = TagInfo(label, str(entry.get("description") or ""))
        tags[tag_key(str(key))] = info
        tags.setdefault(tag_key(label), info)
    return tags
