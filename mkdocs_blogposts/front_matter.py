"""Front matter other engines write that is not YAML: Eleventy's `---js` / `---json` and
Hugo's `+++` TOML. MkDocs would show such a block as text, so we read it and strip it."""

from __future__ import annotations

import ast
import json
import re
import sys

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

_FENCED = re.compile(r"^---[ \t]*([A-Za-z]+)[ \t]*\n(.*?)^---[ \t]*(?:\n|$)",
                     re.DOTALL | re.MULTILINE)
_TOML = re.compile(r"^\+\+\+[ \t]*\n(.*?)^\+\+\+[ \t]*(?:\n|$)", re.DOTALL | re.MULTILINE)
_JS_ASSIGNMENT = re.compile(r"^(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*(.+?)\s*;?\s*$")
_JS_WORDS = {"true": True, "false": False, "null": None}

Parsed = tuple[dict[str, object], str, str]


def read_other_front_matter(text: str) -> Parsed | None:
    """`(metadata, body, problem)` for a non-YAML block at the start of `text`, else None."""
    toml = _TOML.match(text)
    if toml:
        body = text[toml.end():]
        try:
            return tomllib.loads(toml[1]), body, ""
        except tomllib.TOMLDecodeError as exc:
            # tomllib counts lines from the block's first line: the file's second.
            message = re.sub(r"at line (\d+)", lambda m: f"at line {int(m[1]) + 1}", str(exc))
            return {}, body, f"front matter: invalid TOML: {message}"
    fenced = _FENCED.match(text)
    if not fenced:
        return None
    language, block, body = fenced[1].lower(), fenced[2], text[fenced.end():]
    if language == "json":
        return _json_object(block, body)
    if language in ("js", "javascript"):
        if block.lstrip().startswith("{"):
            return _json_object(block, body)
        return _js_assignments(block, body)
    return {}, body, (f"front matter: '---{fenced[1]}' front matter is not supported; write "
                      "YAML between two '---' lines")


def _json_object(block: str, body: str) -> Parsed:
    try:
        data = json.loads(block)
    except json.JSONDecodeError as exc:
        return {}, body, f"front matter: invalid JSON at line {exc.lineno + 1}: {exc.msg}"
    if not isinstance(data, dict):
        return {}, body, "front matter: expected a JSON object of keys to values"
    return data, body, ""


def _js_assignments(block: str, body: str) -> Parsed:
    """Lines like `const title = "A post";`: the only JavaScript we read (nothing is run)."""
    data: dict[str, object] = {}
    for number, line in enumerate(block.splitlines(), start=2):
        line = line.strip()
        if not line or line.startswith("//"):
            continue
        match = _JS_ASSIGNMENT.match(line)
        value = _literal(match[2]) if match else _NOT_A_LITERAL
        if match is None or value is _NOT_A_LITERAL:
            return {}, body, (f"front matter: line {number}: only lines like "
                              "`const name = \"value\";` are read from JavaScript front matter")
        data[match[1]] = value
    return data, body, ""


_NOT_A_LITERAL = object()


def _literal(source: str) -> object:
    if source in _JS_WORDS:
        return _JS_WORDS[source]
    try:
        return json.loads(source)
    except json.JSONDecodeError:
        pass
    try:  # single-quoted strings and lists of them
        value = ast.literal_eval(source)
    except (ValueError, SyntaxError, MemoryError, RecursionError):
        return _NOT_A_LITERAL
    return value if isinstance(value, (str, int, float, list)) else _NOT_A_LITERAL
