"""Findings about the user's input -> log lines, at the level the `validation` option sets."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from mkdocs.exceptions import PluginError

if TYPE_CHECKING:
    import logging
    from collections.abc import Mapping

LEVELS = ("ignore", "info", "warn", "error")
# Checks whose level is not an option: a value of the wrong shape always warns (so --strict
# fails); a value read generously (a Jekyll date with a stray word) is only worth an info.
FIXED_LEVELS = {"invalid": "warn", "lenient": "info", "future": "info"}


@dataclass
class Reporter:
    """One line per finding: `<file>: <field>: <what is wrong>`."""

    levels: Mapping[str, str]
    log: logging.LoggerAdapter[logging.Logger]
    errors: int = field(default=0)

    def __call__(self, check: str, message: str) -> None:
        level = FIXED_LEVELS.get(check) or self.levels.get(check, "warn")
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
