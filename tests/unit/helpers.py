"""Posts made in code for unit tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

from mkdocs_blogposts.read.authors import Author
from mkdocs_blogposts.read.dates import PostDate
from mkdocs_blogposts.read.post import Post


def post(name: str, day: str, **fields: Any) -> Post:
    """A post at `blog/<name>.md` dated `day` (ISO, UTC midnight)."""
    date = PostDate(dt.datetime.fromisoformat(day + "T00:00:00+00:00"), date_only=True)
    return Post(src_uri=f"blog/{name}.md", title=fields.pop("title", name.title()), date=date,
                **fields)


def author(slug: str, name: str | None = None, **fields: Any) -> Author:
    return Author(slug, name or slug.title(), **fields)


class Findings(list[tuple[str, str]]):
    """A reporter for tests: keeps `(check value, message)`."""

    def __call__(self, check: Any, message: str) -> None:
        self.append((check.value, message))
