"""The one door every parser of the user's input goes through: YAML (front matter, authors and
tags files), TOML, JSON and the JavaScript literals of `---js`.

Whatever a parser raises (a syntax error, `ValueError` from a date like `2025-02-30`,
`RecursionError` from deep nesting, `MemoryError`), the caller gets one `ParseError` whose
message says what is wrong. A result is also bounded: YAML aliases can expand a few hundred
bytes into billions of values, so a result holding more than `MAX_VALUES` values (counted
without expanding them) is refused.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

import yaml

if TYPE_CHECKING:
    from collections.abc import Callable

T = TypeVar("T")

MAX_VALUES = 20_000
"""Values one post's front matter or one data file may hold (a real post has dozens)."""


class ParseError(ValueError):
    """Input a parser could not read, or too big once read; the message says which."""


def parse(what: str, load: Callable[[], T]) -> T:
    """`load()`, with any exception turned into a `ParseError` about `what` (`YAML`, `TOML`,
    `JSON`), and a result over `MAX_VALUES` values refused."""
    try:
        value = load()
    except ParseError:
        raise
    except yaml.MarkedYAMLError as exc:
        raise ParseError(yaml_problem(exc)) from exc
    except RecursionError as exc:
        raise ParseError(f"invalid {what}: nested too deeply") from exc
    except MemoryError as exc:
        raise ParseError(f"invalid {what}: too large to read") from exc
    except Exception as exc:  # parsers raise many kinds; every one is the user's input
        raise ParseError(f"invalid {what}: {_first_line(exc)}") from exc
    count_values(value)
    return value


def yaml_problem(exc: yaml.MarkedYAMLError) -> str:
    """A YAML error with its line and column, and where the construct it is in started.
    Marks count lines of the text YAML was given: the caller adds what came before it."""
    mark, context = exc.problem_mark, exc.context_mark
    where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
    started = ""
    if context and exc.context:
        started = f" ({exc.context} started at line {context.line + 1}, column " \
                  f"{context.column + 1})"
    return f"invalid YAML{where}: {exc.problem}{started}"


_FAST_LOADER: type[yaml.SafeLoader] | None = getattr(yaml, "CSafeLoader", None)


def load_yaml(text: str) -> object:
    """A YAML document, through the door (safe: no tags that build Python objects)."""
    return parse("YAML", lambda: _safe_load(text))


def _safe_load(text: str) -> object:
    """libyaml's parser where PyYAML has it (the same safe constructor, so the same values;
    four times faster on a thousand front matters); text it refuses is read again by PyYAML's
    own parser, whose messages say plainly what is wrong (or which reads it)."""
    if _FAST_LOADER is not None:
        try:
            return yaml.load(text, Loader=_FAST_LOADER)  # a safe loader: CSafeLoader
        except yaml.YAMLError:
            pass
    return yaml.safe_load(text)


def count_values(value: object, limit: int = MAX_VALUES) -> int:
    """How many values `value` holds, nested ones included; `ParseError` past `limit`.
    Shared objects (YAML aliases) are counted each time they appear, as readers of the value
    would meet them, but the walk stops at `limit`: it never expands a bomb."""
    count = 0
    stack = [value]
    while stack:
        item = stack.pop()
        count += 1
        if count > limit:
            raise ParseError(f"more than {limit:,} values once YAML aliases are expanded; "
                             "nothing that large is read")
        if isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, (list, tuple, set)):
            stack.extend(item)
    return count


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    line = text[0] if text else type(exc).__name__
    return line if len(line) <= 160 else line[:157] + "..."
