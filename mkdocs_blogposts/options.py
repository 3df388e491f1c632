"""Config option types that check their own values, once, as MkDocs reads `mkdocs.yml`.

A bad value is a config error naming the option (`Plugin 'blogposts' option 'timezone': ...`),
as MkDocs' own options do; the rest of the plugin only ever sees checked values.
"""

from __future__ import annotations

import datetime as dt
import posixpath
from collections.abc import Callable
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel.dates import format_date
from mkdocs.config.base import BaseConfigOption, ValidationError

from .render.translations import (
    PLURAL_CATEGORIES,
    gettext_id,
    known_messages,
    placeholders,
    user_pattern,
)
from .urls import check_format

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
    """A folder inside `docs_dir`, as a relative POSIX path without `./` or trailing `/`; `.`
    (as Material allows) is a blog at the site root, given as "". Feeds are written under
    `site_dir/<blog_dir>`, so it never leaves the site."""

    def __init__(self, default: str = "blog") -> None:
        super().__init__()
        self.default = default

    def run_validation(self, value: object) -> str:
        if not isinstance(value, str):
            raise ValidationError(f"expected a folder name like 'blog', got {value!r}")
        folder = value.strip()
        if "\\" in folder:
            raise ValidationError(f"{value!r} must name a folder inside docs_dir, like 'blog' "
                                  "(or '.' for a blog at the site root)")
        folder = posixpath.normpath(folder.strip("/")) if folder.strip("/") else "."
        if folder.split("/")[0] == "..":
            raise ValidationError(f"{value!r} must name a folder inside docs_dir, like 'blog' "
                                  "(or '.' for a blog at the site root)")
        return "" if folder == "." else folder


class IntRange(BaseConfigOption[int]):
    """A whole number between `low` and `high`, both included."""

    def __init__(self, low: int, high: int, default: int | None = None) -> None:
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

    def __init__(self, placeholders: tuple[str, ...], default: str | None = None) -> None:
        super().__init__()
        self.placeholders, self.default = placeholders, default

    def run_validation(self, value: object) -> str:
        if not isinstance(value, str):
            raise ValidationError(f"expected text, got {value!r}")
        try:
            check_format(value, self.placeholders)
        except ValueError as exc:
            raise ValidationError(str(exc)) from exc
        return value


class Function(BaseConfigOption[Callable[..., Any]]):
    """A Python callable, given in YAML as `!!python/name:package.module.function` (as
    Material's `post_slugify` is)."""

    def run_validation(self, value: object) -> Callable[..., Any]:
        if not callable(value):
            raise ValidationError(f"expected a function, written like "
                                  f"!!python/name:pymdownx.slugs.slugify, got {value!r}")
        return value


class FeedStylesheet(BaseConfigOption[str]):
    """`css`, `xslt`, or `false` for none; `true` (what it once was) is `css`."""

    def __init__(self, default: str = "css") -> None:
        super().__init__()
        self.default = default

    def run_validation(self, value: object) -> str:
        if value is True or value == "css":
            return "css"
        if value is False or value in ("none", ""):
            return ""
        if value in ("xslt", "xsl"):
            return "xslt"
        raise ValidationError(f"expected css, xslt or false, got {value!r}")


class Ignored(BaseConfigOption[object]):
    """An option of Material's blog plugin that has no meaning here: accepted as it is, so a
    Material config works unchanged (the build says once which ones it leaves unused)."""

    def run_validation(self, value: object) -> object:
        return value


class DateFormat(BaseConfigOption[str]):
    """`short`, `medium`, `long`, `full` or a babel date pattern like `d MMM y`."""

    def __init__(self, default: str | None = "long") -> None:
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



class InterfaceStrings(BaseConfigOption[dict[str, Any]]):
    """The `strings` option: the blog's interface strings in the user's words, by their
    English text (`Continue reading: Read on`); placeholders as `{count}`. A string that
    depends on a number takes a text for every count, or one per CLDR plural category
    (`{one: "{count} minute", other: "{count} minutes"}`). Read into gettext patterns by
    msgid (`render.translations`)."""

    def __init__(self) -> None:
        super().__init__()
        self.default: dict[str, Any] = {}

    def run_validation(self, value: object) -> dict[str, Any]:
        if value is None:
            return {}
        if not isinstance(value, dict):
            raise ValidationError("expected a mapping of the English text of a string to "
                                  f"your text, like {{'Continue reading': 'Read on'}}, got "
                                  f"{value!r}")
        known = known_messages()
        patterns: dict[str, Any] = {}
        for key, text in value.items():
            msgid = gettext_id(str(key))
            if msgid not in known:
                self.warnings.append(f"{key!r} is not one of the blog's strings, left unused "
                                     "(README \"Languages\" lists them)")
                continue
            allowed = placeholders(msgid) | ({"count"} if known[msgid] else set())
            patterns[msgid] = self._pattern(key, text, allowed, plural=bool(known[msgid]))
        return patterns

    @staticmethod
    def _pattern(key: object, text: object, allowed: set[str], *,
                 plural: bool) -> str | dict[str, str]:
        if isinstance(text, dict) and plural:
            unknown = sorted(str(c) for c in text if c not in PLURAL_CATEGORIES)
            if unknown or "other" not in text:
                raise ValidationError(
                    f"{key!r}: the forms of a plural string are named by CLDR category "
                    f"({', '.join(PLURAL_CATEGORIES)}), 'other' among them; got "
                    f"{', '.join(map(str, text))}")
            return {str(c): InterfaceStrings._text(key, t, allowed) for c, t in text.items()}
        return InterfaceStrings._text(key, text, allowed)

    @staticmethod
    def _text(key: object, text: object, allowed: set[str]) -> str:
        if not isinstance(text, (str, int, float)) or isinstance(text, bool):
            raise ValidationError(f"{key!r}: expected a text, got {text!r}")
        pattern = user_pattern(str(text))
        extra = placeholders(pattern) - allowed
        if extra:
            raise ValidationError(
                f"{key!r}: {', '.join('{' + name + '}' for name in sorted(extra))} "
                f"{'is not a placeholder' if len(extra) == 1 else 'are not placeholders'} "
                f"of this string (it has: "
                f"{', '.join('{' + name + '}' for name in sorted(allowed)) or 'none'})")
        return pattern
