"""Split a post's text into front matter and body: YAML where MkDocs itself sees it, and what
other engines write that is not YAML (Eleventy's `---js` / `---json`, Hugo's `+++` TOML), which
MkDocs would show as text, so we read it and strip it. `FrontMatterCache` keeps the result
across `mkdocs serve` rebuilds."""

from __future__ import annotations

import ast
import json
import re
import sys
from functools import partial

from frontmatter.default_handlers import YAMLHandler
from mkdocs.utils.meta import YAML_RE

from ..checks import shown
from .parsing import ParseError, load_yaml, parse

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

_FENCED = re.compile(r"^---[ \t]*([A-Za-z]+)[ \t]*\n(.*?)^---[ \t]*(?:\n|$)",
                     re.DOTALL | re.MULTILINE)
_TOML = re.compile(r"^\+\+\+[ \t]*\n(.*?)^\+\+\+[ \t]*(?:\n|$)", re.DOTALL | re.MULTILINE)
_JS_ASSIGNMENT = re.compile(r"^(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*(.+?)\s*;?\s*$")
_JS_WORDS = {"true": True, "false": False, "null": None}

ParsedFrontMatter = tuple[dict[str, object], str, str]
"""`(metadata, body, problem)`: `problem` is "" or a message `front matter: ...`."""
# Pinned (never guess TOML or JSON from the delimiters), and closing where MkDocs' YAML_RE
# closes: at the first `---` or `...` line (YAML's end-of-document marker).
_YAML_HANDLER = YAMLHandler(re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.MULTILINE))


def split_front_matter(text: str) -> ParsedFrontMatter:
    """`(metadata, body, problem)`. YAML only where MkDocs itself would see it (its own
    `YAML_RE`); Eleventy's `---js` and Hugo's `+++` TOML are read too, since MkDocs would
    otherwise show them as text."""
    if not YAML_RE.match(text):
        other = read_other_front_matter(text)
        if other is not None:
            return other
        return {}, text, ""
    try:
        block, body = _YAML_HANDLER.split(text.strip())
    except ValueError:
        return {}, text, ""  # no closing line: MkDocs reads it as Markdown too
    try:
        data = load_yaml(block)
    except ParseError as exc:
        # The handler hands YAML the text from the end of the opening "---" line on, so its
        # line numbers count from the file's first line as YAML's count from 0: +1 is done.
        return {}, text, f"front matter: {exc}"
    if data is None:
        data = {}
    if not isinstance(data, dict):
        return {}, body.strip(), ("front matter: expected a YAML mapping of keys to values, "
                                  f"got {type(data).__name__} {shown(data)}")
    return {str(k): v for k, v in data.items()}, body.strip(), ""


def is_stripped_by_mkdocs(text: str) -> bool:
    """Whether MkDocs itself removes this text's front matter (YAML); else we hand MkDocs
    the body we split off."""
    return bool(YAML_RE.match(text))


class FrontMatterCache:
    """`split_front_matter` of each post by a digest of its whole text, kept across
    `mkdocs serve` rebuilds, so an unchanged post is not parsed again.

    Cannot serve stale data: an edited post has another digest, so it is parsed afresh;
    entries no build used since the one before are dropped. Values are read, never
    changed, by `read_post`. A body is kept as its place in the text when it is one."""

    def __init__(self) -> None:
        self._previous: dict[str, tuple[dict[str, object], str | tuple[int, int], str]] = {}
        self._current: dict[str, tuple[dict[str, object], str | tuple[int, int], str]] = {}
        self.hits = 0

    def start_build(self) -> None:
        """Keep what the last build read; count this build's hits from zero."""
        if self._current:
            self._previous, self._current = self._current, {}
        self.hits = 0

    def split(self, text: str, key: str) -> ParsedFrontMatter:
        """`split_front_matter(text)`, where `key` is the digest of `text`."""
        entry = self._current.get(key) or self._previous.get(key)
        if entry is None:
            meta, body, problem = split_front_matter(text)
            start = text.find(body)
            entry = (meta, (start, start + len(body)) if start >= 0 else body, problem)
        else:
            self.hits += 1
        self._current[key] = entry
        meta, place, problem = entry
        return meta, place if isinstance(place, str) else text[place[0]:place[1]], problem


def read_other_front_matter(text: str) -> ParsedFrontMatter | None:
    """`(metadata, body, problem)` for a non-YAML block at the start of `text`, else None."""
    toml = _TOML.match(text)
    if toml:
        body = text[toml.end():]
        try:
            return parse("TOML", lambda: tomllib.loads(toml[1])), body, ""
        except ParseError as exc:
            # tomllib counts lines from the block's first line: the file's second.
            message = re.sub(r"at line (\d+)", lambda m: f"at line {int(m[1]) + 1}", str(exc))
            return {}, body, f"front matter: {message}"
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


def _json_object(block: str, body: str) -> ParsedFrontMatter:
    try:
        data = parse("JSON", lambda: _json(block))
    except ParseError as exc:
        return {}, body, f"front matter: {exc}"
    if not isinstance(data, dict):
        return {}, body, "front matter: expected a JSON object of keys to values"
    return data, body, ""


def _json(block: str) -> object:
    try:
        return json.loads(block)
    except json.JSONDecodeError as exc:  # its own line count starts at the block: +1
        raise ParseError(f"invalid JSON at line {exc.lineno + 1}: {exc.msg}") from exc


def _js_assignments(block: str, body: str) -> ParsedFrontMatter:
    """Lines like `const title = "A post";`: the only JavaScript we read (nothing is run)."""
    data: dict[str, object] = {}
    for number, line in enumerate(block.splitlines(), start=2):
        line = line.strip()
        if not line or line.startswith("//"):
            continue
        match = _JS_ASSIGNMENT.match(line)
        try:
            value = parse("JavaScript", partial(_literal, match[2])) if match else _NOT_A_LITERAL
        except ParseError as exc:
            return {}, body, f"front matter: line {number}: {exc}"
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
