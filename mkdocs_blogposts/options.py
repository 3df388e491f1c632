"""Config option types that check their own values, once, as MkDocs reads `mkdocs.yml`.

A bad value is a config error naming the option (`Plugin 'blogposts' option 'timezone': ...`),
as MkDocs' own options do; the rest of the plugin only ever sees checked values.
"""

from __future__ import annotations

import datetime as dt
import posixpath
import string
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel.dates import format_date
from mkdocs.config.base import BaseConfigOption, ValidationError

_DATE_STYLES = ("short", "medium", "long", "full")


class TimeZone(BaseConfigOption[dt.tzinfo]):
    """An IANA zone name (`Europe/Berlin`), read into a `tzinfo`."""

    def __init__(self, default: str = "UTC") -> None:
        super().__init__()
        self.default = default

    def run_validation(self, value: object) -> dt.tzinfo:
        if not isinstance(value, str):
            raise ValidationError(f"expected an IANA zone name like 'Europe/Berlin', got "
                                  f"{value!r}")
        try:
            return ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValidationError(f"unknown time zone {value!r}, expected an IANA name like "
                                  "'UTC' or 'Europe/Berlin'") from exc


class BlogDir(BaseConfigOption[str]):
    """A folder inside `docs_dir`, as a relative POSIX path without `./` or trailing `/`:
    feeds are written under `site_dir/<blog_dir>`, so it never leaves the site."""

    def __init__(self, default: str = "blog") -> None:
        super().__init__()
        self.default = default

    def run_validation(self, value: object) -> str:
        if not isinstance(value, str):
            raise ValidationError(f"expected a folder name like 'blog', got {value!r}")
        folder = posixpath.normpath(value.strip().strip("/")) if value.strip("/ ") else ""
        if not folder or folder == "." or "\\" in folder or folder.split("/")[0] == "..":
            raise ValidationError(f"{value!r} must name a folder inside docs_dir, like 'blog'")
        return folder


class IntRange(BaseConfigOption[int]):
    """A whole number between `low` and `high`, both included."""

    def __init__(self, low: int, high: int, default: int) -> None:
        super().__init__()
        self.low, self.high, self.default = low, high, default

    def run_validation(self, value: object) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValidationError(f"expected a whole number, got {value!r}")
        if not self.low <= value <= self.high:
            raise ValidationError(f"expected a number from {self.low} to {self.high}, got "
                                  f"{value}")
        return value


class Pattern(BaseConfigOption[str]):
    """A `str.format` pattern that may use only the named `placeholders`."""

    def __init__(self, placeholders: tuple[str, ...], default: str) -> None:
        super().__init__()
        self.placeholders, self.default = placeholders, default

    def run_validation(self, value: object) -> str:
        if not isinstance(value, str):
            raise ValidationError(f"expected text, got {value!r}")
        allowed = ", ".join("{" + name + "}" for name in self.placeholders)
        try:
            fields = [name for _, name, _, _ in string.Formatter().parse(value)
                      if name is not None]
            unknown = [name for name in fields if name not in self.placeholders]
            if unknown:
                raise ValidationError(f"unknown placeholder {{{unknown[0]}}} in {value!r}; "
                                      f"expected {allowed}")
            value.format(**dict.fromkeys(self.placeholders, ""))
        except (ValueError, IndexError, KeyError, AttributeError) as exc:
            raise ValidationError(f"{value!r} is not a valid pattern ({exc}); write text with "
                                  f"{allowed}, and '{{{{' for a literal brace") from exc
        return value


class DateFormat(BaseConfigOption[str]):
    """`short`, `medium`, `long`, `full` or a babel date pattern like `d MMM y`."""

    def __init__(self, default: str = "long") -> None:
        super().__init__()
        self.default = default

    def run_validation(self, value: object) -> str:
        if not isinstance(value, str) or not value.strip():
            raise ValidationError(f"expected short, medium, long, full or a date pattern like "
                                  f"'d MMM y', got {value!r}")
        if value in _DATE_STYLES:
            return value
        try:
            sample = format_date(dt.date(2024, 1, 2), format=value, locale="en")
        except Exception as exc:  # babel raises many kinds for a bad pattern
            raise ValidationError(f"{value!r} is not a babel date pattern ({exc}); expected "
                                  "short, medium, long, full or a pattern like 'd MMM y'"
                                  ) from exc
        if not sample.strip():
            raise ValidationError(f"{value!r} writes a date as nothing; expected short, medium, "
                                  "long, full or a pattern like 'd MMM y'")
        return value

