"""The kinds of findings about the user's input, and the reporter that logs each one at the
level the `validation` option sets for its kind."""

from __future__ import annotations

import reprlib
from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING, Literal

from mkdocs.exceptions import PluginError

if TYPE_CHECKING:
    import logging
    from collections.abc import Mapping

Level = Literal["ignore", "info", "warn", "error"]
LEVELS: tuple[Level, ...] = ("ignore", "info", "warn", "error")


class Check(Enum):
    """A kind of finding. The first five have a level of their own in the `validation`
    option (its keys are their values); the others always log at a fixed level."""

    UNKNOWN_AUTHORS = "unknown_authors"
    UNKNOWN_TAGS = "unknown_tags"
    UNDATED = "undated"
    MISSING_IMAGES = "missing_images"
    DUPLICATE_SLUGS = "duplicate_slugs"
    INVALID = "invalid"
    """A value of the wrong shape: always a warning, so `--strict` fails."""
    LENIENT = "lenient"
    """A value read generously (a Jekyll date with a stray word): worth an info."""
    FUTURE = "future"
    """A post dated after the build, treated as a draft: an info."""


FIXED_LEVELS: dict[Check, Level] = {Check.INVALID: "warn", Check.LENIENT: "info",
                                    Check.FUTURE: "info"}
CONFIGURABLE: tuple[Check, ...] = tuple(c for c in Check if c not in FIXED_LEVELS)


@dataclass
class Reporter:
    """One line per finding: `<file>: <field>: <what is wrong>`."""

    levels: Mapping[str, str]
    """The `validation` option: a level by check name."""
    log: logging.LoggerAdapter[logging.Logger]
    errors: int = field(default=0)

    def __call__(self, check: Check, message: str) -> None:
        level = FIXED_LEVELS.get(check) or self.levels[check.value]
        if level == "ignore":
            return
        if level == "error":
            self.errors += 1
            self.log.error(message)
        elif level == "warn":
            self.log.warning(message)
        else:
            self.log.info(message)

    def raise_if_errors(self) -> None:
        """Stop the build, cleanly, if a check set to `error` found anything."""
        if self.errors:
            raise PluginError(f"blogposts: {self.errors} problem(s) found by checks set to "
                              "'error' in the 'validation' option (listed above)")


_SHORT = reprlib.Repr()
_SHORT.maxstring = _SHORT.maxother = 60
_SHORT.maxlevel, _SHORT.maxlist, _SHORT.maxdict, _SHORT.maxtuple = 3, 6, 6, 6


def shown(value: object, limit: int = 60) -> str:
    """`value` as a message quotes it: a `repr` cut to `limit` characters, made without
    ever writing out all of a huge value (an expanded YAML alias bomb, say)."""
    text = _SHORT.repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."
