"""MDX posts (Docusaurus, Astro) as plain Markdown: what MkDocs can render of Markdown + JSX.

ESM `import`/`export` statements and `{/* comments */}` go, `{/* truncate */}` becomes the
`<!-- truncate -->` excerpt marker, JSX components lose their tags but keep their Markdown
children (a Docusaurus tab keeps its label as a bold line), `{'string'}` expressions become
their text and other expressions go. Code (fenced or inline), math (`$x^{2}$`, `$$` blocks),
HTML comments, lowercase HTML tags and heading ids (`{#id}`) are copied as written. A
```` ```mdx-code-block ```` fence is unwrapped: Docusaurus renders its content as MDX, not code.

One pass over the text, line by line for block structure (fences, ESM, blank lines) and
character by character inside lines, where tags, expressions and code spans may run over
several lines. Every scan that can fail is bounded or remembered, so time stays linear even
on hostile input; nothing raises."""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left
from dataclasses import dataclass

__all__ = ["MdxResult", "mdx_to_markdown"]


@dataclass(frozen=True)
class MdxResult:
    """A converted post."""

    markdown: str
    """The post as plain Markdown MkDocs can render, front matter first and byte-identical."""
    dropped: tuple[str, ...]
    """Names of the JSX components left out, each once, in order of first appearance."""


def mdx_to_markdown(text: str) -> MdxResult:
    """The MDX post `text` as plain Markdown, and which components it lost on the way."""
    return _Converter(text).run()


# YAML front matter, kept as is; a BOM before it stays too.
_FRONT_MATTER = re.compile(r"\ufeff?(?:---[ \t]*\r?\n(?:.*?\r?\n)?---[ \t]*(?:\r?\n|\Z))?",
                           re.DOTALL)
# A fence may follow blockquote and list markers and any indentation: MDX has no indented code,
# so fences sit 4+ spaces deep inside list items and components. Unambiguous, so no backtracking.
# `$$` lines fence math (remark-math): its braces are TeX, not expressions.
_FENCE = re.compile(r"(?P<prefix>[ \t]*(?:(?:>|[-*+][ \t]|\d{1,9}[.)][ \t])[ \t]*)*)"
                    r"(?P<fence>`{3,}|~{3,}|\${2,})(?P<info>[^\n]*)")
# MDX reads ESM at column 0 only, after exactly `import ` / `export `; a prose line such as
# "import the data" is no statement (MDX itself would fail on it), so it needs a JS shape.
_ESM = re.compile(r"(?:import +(?:[\w$]+[ \t]*(?:,|from\b|\r?$)|type\b|[{*'\"])"
                  r"|export +(?:(?:const|let|var|function|async|class|default|type|interface"
                  r"|enum|declare)\b|[{*]))")
_BLANK = re.compile(r"[ \t\r]*(?:\n|\Z)")
_BLANK_LINES = re.compile(r"(?:[ \t\r]*\n)+|[ \t\r]*\Z")
_BLANK_INSIDE = re.compile(r"\n[ \t\r]*\n")
_INDENT = re.compile(r"[ \t]*")
_NEXT_INDENT = re.compile(r"(?:[ \t\r]*\n)*([ \t]*)")
_HEADING = re.compile(r"#{1,6}(?:[ \t]|\r?\n|\r?\Z)")
_HEADING_ID = re.compile(r"#[\w-]+")  # Docusaurus `## Title {#custom-id}`
_TEXT_SPECIAL = re.compile(r"[\n`<{\\$]")
_BACKTICKS = re.compile(r"`+")
_DOLLARS = re.compile(r"\$+")
_ANGLES = re.compile(r"<+")
_OPENERS = re.compile(r"[{(\[]+")
_CLOSERS = re.compile(r"[})\]]+")
# Lines that need no conversion: no character that starts a construct, not blank (blank lines
# steer what follows), no heading, ESM or `~~~` fence. Unambiguous, so no backtracking.
_PLAIN_LINES = re.compile(
    r"(?:(?![ \t]*#|import |export |[ \t]*(?:(?:>|[-*+][ \t]|\d{1,9}[.)][ \t])[ \t]*)*~~~)"
    r"[ \t\r]*[^\s`<{\\$][^\n`<{\\$]*\n)+")
# Where a code span must have closed: a blank line or a fence interrupts its paragraph.
_PARAGRAPH_END = re.compile(r"\n[ \t\r]*\n|\n[ \t>]*(?:```|~~~)")
_WHITESPACE = re.compile(r"\s*")
_NAME = re.compile(r"(?:[^\W\d]|\$)[\w$-]*")
_JS_SPECIAL = re.compile(r"[\n'\"`/{}()\[\]]")
_TEMPLATE_SPECIAL = re.compile(r"[\\`$]")
# JS strings end at their quote or, unterminated, at the end of the line (apostrophes in JSX
# text inside an expression are not strings; this keeps the damage to one line).
_QUOTED = {"'": re.compile(r"'(?:[^'\\\n]|\\.)*'?"), '"': re.compile(r'"(?:[^"\\\n]|\\.)*"?')}
_STRING_LITERAL = re.compile(r"\s*(?:'((?:[^'\\\n]|\\.)*)'|\"((?:[^\"\\\n]|\\.)*)\""
                             r"|`((?:[^`\\$]|\\[\s\S]|\$(?!\{))*)`)\s*")
_ESCAPE = re.compile(r"\\(u\{[0-9a-fA-F]{1,6}\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|\r\n|[\s\S])")
_SIMPLE_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "v": "\v",
                   "0": "\0", "\n": "", "\r\n": "", "\r": "", "\u2028": "", "\u2029": ""}
_TRUNCATE = re.compile(r"\s*/\*\s*truncate\s*\*/\s*")
_TRUNCATE_MARKER = "<!-- truncate -->"

_TEMPLATE, _INTERPOLATION, _BRACE = ord("`"), ord("$"), ord("{")


@dataclass(frozen=True)
class _Tag:
    """A JSX tag that ends just before `end`; its `label` prop, if a string."""

    end: int
    name: str
    closing: bool
    self_closing: bool
    label: str | None

    @property
    def component(self) -> bool:
        # JSX's own rule: a lowercase first letter is an HTML element, the rest (and members
        # such as `motion.div`, and fragments) are components.
        return not self.name or "." in self.name or not "a" <= self.name[0] <= "z"


class _Converter:
    """One conversion: the source, the output so far, and what the scans learnt."""

    def __init__(self, src: str) -> None:
        self.src = src
        self.n = len(src)
        front = _FRONT_MATTER.match(src)
        self.start = front.end() if front else 0
        self.out: list[str] = [src[: self.start]]
        self.dropped: dict[str, None] = {}
        # Open block components: (name, indentation their children lose, with their parents'),
        # and how many are open by name (a stray closing tag must not search them all).
        self.frames: list[tuple[str, int]] = []
        self.open_names: dict[str, int] = {}
        # Open ```mdx-code-block fences: (fence char, length, inside a blockquote).
        self.mdx_fences: list[tuple[str, int, bool]] = []
        # `{` positions known never to close, as runs start -> end, so that a stray brace is
        # scanned once, not once per brace (quadratic on `{{{{...`).
        self.unclosed: dict[int, int] = {}
        self.unclosed_run = (0, 0)
        self.found: dict[str, tuple[int, int]] = {}
        self.runs_span = (0, 0)
        self.runs: dict[int, list[int]] = {}
        # State of the current line and of the lines before it.
        self.line_out = 0
        self.line_indent = 0
        self.heading = False
        self.removed = False
        self.label_line = False
        self.prev_blank = True
        self.in_paragraph = False
        self.collapse_blank = False
        self.blank_before = False

    def run(self) -> MdxResult:
        """Convert the body, a line (or a run of plain or blank lines) at a time."""
        src, pos = self.src, self.start
        while pos < self.n:
            plain = None if self.frames and self.frames[-1][1] else _PLAIN_LINES.match(src, pos)
            if plain:
                if self.blank_before:
                    self.out.append("\n")
                self.out.append(plain.group())
                self.prev_blank = self.collapse_blank = self.blank_before = False
                self.in_paragraph = True
                pos = plain.end()
                continue
            eol = src.find("\n", pos)
            eol = self.n if eol < 0 else eol
            if self.mdx_fences and self._closes(pos, eol, *self.mdx_fences[-1]):
                self.mdx_fences.pop()
                self._skip_line()
                pos = eol + 1
                continue
            fence = self._fence(pos, eol)
            if fence:
                if fence["info"].split()[:1] == ["mdx-code-block"]:
                    # Docusaurus renders this fence as MDX, not as code: unwrap it.
                    self.mdx_fences.append((fence["fence"][0], len(fence["fence"]),
                                            ">" in fence["prefix"]))
                    self._skip_line()
                    pos = eol + 1
                else:
                    pos = self._copy_fence(pos, eol, fence)
                continue
            if not self.in_paragraph and _ESM.match(src, pos, eol):
                end = self._js_end(pos, esm=True)
                pos = end if end >= 0 else self._esm_fallback_end(eol)
                self._skip_line()
                continue
            if _BLANK.match(src, pos):
                # All blank lines at once, as written; the first goes if a removal left two.
                end = _match_end(_BLANK_LINES, src, pos)
                if self.collapse_blank:
                    self.collapse_blank = False
                    pos = eol + 1
                if pos < end:
                    self.out.append(src[pos:end])
                    self.prev_blank, self.in_paragraph, self.blank_before = True, False, False
                pos = max(pos, end)
                continue
            pos = self._content_line(pos, self._dedent(pos, eol))
        return MdxResult("".join(self.out), tuple(self.dropped))

    # Lines

    def _dedent(self, pos: int, eol: int) -> int:
        """Where the line at `pos` starts once the indentation its components gave it is gone."""
        amount = self.frames[-1][1] if self.frames else 0
        if not amount:
            return pos
        end = _INDENT.match(self.src, pos, min(pos + amount, eol))
        return end.end() if end else pos

    def _fence(self, pos: int, eol: int) -> re.Match[str] | None:
        """The fence opening at the line `pos`, if it is one (```` ```a``` ```` is inline code)."""
        match = _FENCE.match(self.src, pos, eol)
        if match is None:
            return None
        char, info = match["fence"][0], match["info"]
        if (char == "`" and "`" in info) or (char == "$" and info.strip()):
            return None
        return match

    def _closes(self, pos: int, eol: int, char: str, length: int, quoted: bool) -> bool:
        line = self.src[pos:eol].lstrip(" \t>" if quoted else " \t").rstrip()
        return len(line) >= length and line == char * len(line)

    def _copy_fence(self, pos: int, eol: int, fence: re.Match[str]) -> int:
        """Copy the fenced block at `pos` as written (less its components' indentation)."""
        src, n = self.src, self.n
        char, length = fence["fence"][0], len(fence["fence"])
        quoted = ">" in fence["prefix"]
        if self.blank_before:
            self.out.append("\n")
        self.out.append(src[self._dedent(pos, eol) : eol + 1])
        pos = eol + 1
        while pos < n:
            eol = src.find("\n", pos)
            eol = n if eol < 0 else eol
            if quoted and not src[pos:eol].lstrip().startswith(">"):
                break  # the blockquote, and so the fence, ended
            self.out.append(src[self._dedent(pos, eol) : eol + 1])
            closed = self._closes(pos, eol, char, length, quoted)
            pos = eol + 1
            if closed:
                break
        self.prev_blank = self.in_paragraph = self.collapse_blank = self.blank_before = False
        return pos

    def _esm_fallback_end(self, eol: int) -> int:
        """An ESM statement that never balances ends at a blank line or a fence, so that one
        stray bracket cannot take the rest of the post with it."""
        pos = eol + 1
        while pos < self.n:
            if _BLANK.match(self.src, pos):
                return pos
            eol = self.src.find("\n", pos)
            eol = self.n if eol < 0 else eol
            if self._fence(pos, eol):
                return pos
            pos = eol + 1
        return self.n

    def _skip_line(self) -> None:
        """A line left out whole; the blank line after it goes too if one came before it."""
        self.collapse_blank = self.prev_blank
        self.in_paragraph = False

    def _content_line(self, pos: int, start: int) -> int:
        """Convert the line at `pos` (from `start`, past its dedent); return the next line."""
        src, out = self.src, self.out
        self.line_out = len(out)
        indent = _INDENT.match(src, pos)
        self.line_indent = indent.end() - pos if indent else 0
        self.heading = bool(_HEADING.match(src, start))
        self.removed = self.label_line = False
        i, newline = start, False
        while True:
            special = _TEXT_SPECIAL.search(src, i)
            if special is None:
                out.append(src[i:])
                i = self.n
                break
            j = special.start()
            if j > i:
                out.append(src[i:j])
            char = src[j]
            if char == "\n":
                i, newline = j + 1, True
                break
            if char == "\\":
                i = self._escape(j)
            elif char == "`":
                i = self._code_span(j)
            elif char == "$":
                i = self._math(j)
            elif char == "<":
                i = self._angle(j)
            else:
                i = self._brace(j)
        self._end_line(newline)
        return i

    def _end_line(self, newline: bool) -> None:
        out = self.out
        text = "".join(out[self.line_out :])
        if not text.strip() and self.removed:
            del out[self.line_out :]  # only JSX or comments were on it
            self._skip_line()
            return
        if self.blank_before and text.strip():
            out.insert(self.line_out, "\n")
            self.blank_before = False
        if newline:
            out.append("\n")
        self.blank_before = self.label_line
        self.prev_blank = not text.strip()
        self.in_paragraph = not self.prev_blank and not self.heading
        self.collapse_blank = False

    # Inline constructs

    def _escape(self, pos: int) -> int:
        following = self.src[pos + 1 : pos + 2]
        if following == "<":
            self.out.append("&lt;")  # MDX's `\<`; Python-Markdown would show the backslash
            return pos + 2
        if following in ("", "\n"):
            self.out.append("\\")
            return pos + 1
        self.out.append(self.src[pos : pos + 2])
        return pos + 2

    def _code_span(self, pos: int) -> int:
        """Copy the code span opening at `pos`, or its backticks if it never closes."""
        length = _match_end(_BACKTICKS, self.src, pos) - pos
        after = pos + length
        if not self.runs_span[0] <= after < self.runs_span[1]:
            # Index this paragraph's backtick runs once: searching for each closer anew would
            # be quadratic on a paragraph full of lone backticks.
            stop = _PARAGRAPH_END.search(self.src, after)
            self.runs_span = (after, stop.start() if stop else self.n)
            self.runs = {}
            for run in _BACKTICKS.finditer(self.src, *self.runs_span):
                self.runs.setdefault(run.end() - run.start(), []).append(run.start())
        starts = self.runs.get(length, [])
        k = bisect_left(starts, after)
        end = starts[k] + length if k < len(starts) else after
        self.out.append(self.src[pos:end])
        return end

    def _math(self, pos: int) -> int:
        """Copy `$x^{2}$` as written. Pandoc's rule tells math from prices ("$5 or $10"): no
        space inside either dollar, no digit after the closing one, all on one line."""
        src = self.src
        length = _match_end(_DOLLARS, src, pos) - pos
        after = pos + length
        close = self._find("$", after)
        end = after
        if (close > after and not src[after].isspace() and not src[close - 1].isspace()
                and src.find("\n", after, close) < 0):
            run = _match_end(_DOLLARS, src, close)
            if run - close == length and not src[run : run + 1].isdigit():
                end = run
        self.out.append(src[pos:end])
        return end

    def _angle(self, pos: int) -> int:
        src = self.src
        if src.startswith("<<", pos):
            last = _match_end(_ANGLES, src, pos) - 1  # no tag starts `<<`: all but the last
            self.out.append("&lt;" * (last - pos))
            return last
        if src.startswith("<!--", pos):
            end = self._find("-->", pos + 4)
            if end >= 0:
                self.out.append(src[pos : end + 3])  # HTML comments (`<!-- more -->`) stay
                return end + 3
        autolink = _AUTOLINK.match(src, pos)
        if autolink:  # `<https://...>` and `<me@example.org>`: Markdown's own links
            self.out.append(autolink[0])
            return autolink.end()
        tag = self._tag(pos)
        if tag is None:
            # Text, as MDX can only mean it: written `&lt;`, so Markdown's HTML reader
            # (which scans ahead from every `<` it sees) never takes it for a tag.
            self.out.append("&lt;")
            return pos + 1
        if not tag.component:
            self.out.append(src[pos : tag.end])
            return tag.end
        self.removed = True
        if tag.name:
            self.dropped.setdefault(tag.name)
        if tag.closing:
            self._close(tag.name)
        elif not tag.self_closing:
            self._open(tag)
        return tag.end

    def _close(self, name: str) -> None:
        """Close the innermost open `name` (and what it left open); a stray closer does nothing."""
        if not self.open_names.get(name):
            return
        k = len(self.frames) - 1
        while self.frames[k][0] != name:
            k -= 1
        for inner, _ in self.frames[k:]:
            self.open_names[inner] -= 1
        del self.frames[k:]

    def _open(self, tag: _Tag) -> None:
        """Children follow: note how far they are indented, and show a tab's label."""
        src = self.src
        block = _BLANK.match(src, tag.end)
        dedent = 0
        if block:
            child = _NEXT_INDENT.match(src, block.end())
            indent = child.end() - child.start(1) if child else 0
            dedent = max(0, indent - self.line_indent)
        self.frames.append((tag.name, dedent + (self.frames[-1][1] if self.frames else 0)))
        self.open_names[tag.name] = self.open_names.get(tag.name, 0) + 1
        if tag.name != "TabItem" or not tag.label:
            return
        label = f"**{_as_text(tag.label)}**"
        lead = "".join(self.out[self.line_out :])
        if block and not lead.strip():
            # A line of its own, so that it is no paragraph's last line nor a fence's title.
            self.out.append(label if self.prev_blank else f"\n{lead}{label}")
            self.label_line = True
        else:
            self.out.append(label + " ")

    def _brace(self, pos: int) -> int:
        end = self._js_end(pos, esm=False)
        if end < 0:
            # Braces known never to close are text; a run of them goes at once.
            start, end = self.unclosed_run
            end = end if start <= pos < end else pos + 1
            self.out.append(self.src[pos:end])
            return end
        inner = self.src[pos + 1 : end - 1]
        if self.heading and _HEADING_ID.fullmatch(inner) and _BLANK.match(self.src, end):
            self.out.append(self.src[pos:end])  # a heading id, read by attr_list
            return end
        self.removed = True
        value = _TRUNCATE_MARKER if _TRUNCATE.fullmatch(inner) else _as_text(_string_value(inner))
        if value is not None:
            self.out.append(value)
        return end

    # Scanners

    def _find(self, needle: str, start: int) -> int:
        """`src.find`, remembering the last answer: asked again from further on, it holds."""
        since, at = self.found.get(needle, (-1, -1))
        if 0 <= since <= start and (at < 0 or at >= start):
            return at
        at = self.src.find(needle, start)
        self.found[needle] = (start, at)
        return at

    def _tag(self, pos: int) -> _Tag | None:
        """The JSX tag at `pos` as MDX reads it, or None: no space after `<`; a name with
        `.` members or a `:` namespace; attributes `a`, `a="v"`, `a='v'`, `a={expr}`,
        `{...spread}`; whitespace and line breaks between them, but no blank line."""
        src, n = self.src, self.n
        i = pos + 1
        closing = src.startswith("/", i)
        if closing:
            i = self._space(i + 1)
        elif i >= n or src[i].isspace():
            return None
        name = ""
        if i >= 0 and (match := _NAME.match(src, i)):
            name, i = match.group(), match.end()
            while True:
                j = self._space(i)
                if j < 0 or not src.startswith((".", ":"), j) or ":" in name:
                    break
                separator, k = src[j], self._space(j + 1)
                part = _NAME.match(src, k) if k >= 0 else None
                if part is None or (separator == ":" and "." in name):
                    return None
                name, i = f"{name}{separator}{part.group()}", part.end()
        label: str | None = None
        value_prop: str | None = None  # Docusaurus titles a tab without `label` by `value`
        while i >= 0:
            i = self._space(i)
            if not 0 <= i < n:
                return None
            char = src[i]
            if char == ">":
                return _Tag(i + 1, name, closing, False, label or value_prop)
            if char == "/" and not closing:
                j = self._space(i + 1)
                if 0 <= j < n and src[j] == ">":
                    return _Tag(j + 1, name, closing, True, label or value_prop)
                return None
            if closing or not name:
                return None
            if char == "{":
                i = self._js_end(i, esm=False)
                continue
            attribute = _NAME.match(src, i)
            if attribute is None:
                return None
            i = attribute.end()
            if src.startswith(":", i) and (local := _NAME.match(src, i + 1)):
                i = local.end()
            j = self._space(i)
            if j < 0 or not src.startswith("=", j):
                continue
            j = self._space(j + 1)
            if not 0 <= j < n:
                return None
            quote = src[j]
            if quote in "'\"":
                i = self._find(quote, j + 1)
                if i < 0 or _BLANK_INSIDE.search(src, j, i):
                    return None  # a stray quote must not take paragraphs (or fences) with it
                value: str | None = src[j + 1 : i]
                i += 1
            elif quote == "{":
                i = self._js_end(j, esm=False)
                value = _string_value(src[j + 1 : i - 1]) if i >= 0 else None
            else:
                return None
            if attribute.group() == "label" and value is not None:
                label = value.strip()
            elif attribute.group() == "value" and value is not None:
                value_prop = value.strip()
        return None

    def _space(self, pos: int) -> int:
        """Past the whitespace at `pos`; -1 if it holds a blank line (a tag ends before it)."""
        if pos < 0:
            return pos
        end = _match_end(_WHITESPACE, self.src, pos)
        return -1 if self.src.count("\n", pos, end) > 1 else end

    def _is_unclosed(self, pos: int) -> bool:
        start, end = self.unclosed_run
        if start <= pos < end:
            return True
        end = self.unclosed.get(pos, -1)
        if end < 0:
            return False
        self.unclosed_run = (pos, end)
        return True

    def _js_end(self, start: int, *, esm: bool) -> int:
        """Where the JavaScript at `start` ends, or -1 if it never does.

        For an expression (`start` at `{`): just past its matching `}`. For an ESM statement
        (`start` at a line): at the first blank line outside brackets, strings, templates and
        comments, as MDX does, or at the end of the text. A line that opens a code fence ends
        the search (fences win over a stray brace)."""
        src, n = self.src, self.n
        if not esm and self._is_unclosed(start):
            return -1
        opened: array[int] = array("q")
        kinds = bytearray()
        i = start
        while i < n:
            if kinds and kinds[-1] == _TEMPLATE:
                special = _TEMPLATE_SPECIAL.search(src, i)
                if special is None:
                    i = n
                    break
                i = special.start()
                char = src[i]
                if char == "\\":
                    i += 2
                elif char == "`":
                    opened.pop()
                    kinds.pop()
                    i += 1
                elif src.startswith("{", i + 1):
                    if self._is_unclosed(i + 1):
                        break
                    opened.append(i + 1)
                    kinds.append(_INTERPOLATION)
                    i += 2
                else:
                    i += 1
                continue
            special = _JS_SPECIAL.search(src, i)
            if special is None:
                i = n
                break
            i = special.start()
            char = src[i]
            if char == "\n":
                if esm and not kinds and _BLANK.match(src, i + 1):
                    return i + 1
                if self._fence(i + 1, n):
                    break
                i += 1
            elif char in "'\"":
                i = _match_end(_QUOTED[char], src, i)
            elif char == "`":
                opened.append(i)
                kinds.append(_TEMPLATE)
                i += 1
            elif char == "/" and src.startswith("//", i):
                i = src.find("\n", i)
                i = n if i < 0 else i
            elif char == "/" and src.startswith("/*", i):
                i = self._find("*/", i + 2)
                if i < 0:
                    break
                i += 2
            elif char == "/":
                i += 1
            elif char in "{([":
                if char == "{" and self._is_unclosed(i):
                    break
                # A run of openers at once (`{{{{` would otherwise cost a turn each).
                end = _match_end(_OPENERS, src, i)
                opened.extend(range(i, end))
                kinds.extend(src[i:end].encode())
                i = end
            else:
                # Closers pop frames, a run at once, but stop after the `}` of a `${`:
                # the template resumes there.
                depth = len(kinds)
                count = min(_match_end(_CLOSERS, src, i) - i, depth)
                interpolation = kinds.rfind(_INTERPOLATION, depth - count)
                if interpolation >= 0:
                    count = depth - interpolation
                del opened[depth - count :], kinds[depth - count :]
                i += max(count, 1)
                if not kinds and not esm:
                    return i
        if esm and not kinds and i >= n:
            return n
        self._remember_unclosed(opened, kinds)
        self._is_unclosed(start)  # the brace after this one is most likely asked next
        return -1

    def _remember_unclosed(self, opened: array[int], kinds: bytearray) -> None:
        """Note the braces of a failed scan: from any of them, a scan fails the same way."""
        start = end = -1
        for pos, kind in zip(opened, kinds, strict=True):
            if kind not in (_BRACE, _INTERPOLATION):
                continue
            if pos != end:
                if start >= 0:
                    self.unclosed[start] = end
                start = pos
            end = pos + 1
        if start >= 0:
            self.unclosed[start] = end


def _match_end(pattern: re.Pattern[str], text: str, pos: int) -> int:
    """Where `pattern`, which cannot fail at `pos`, ends."""
    match = pattern.match(text, pos)
    return match.end() if match else pos


_AUTOLINK = re.compile(r"<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\s]*|[^<>\s@]+@[^<>\s]+)>")


def _as_text(value: str | None) -> str | None:
    """A JavaScript string as React shows it: text, so `<script>` in it is not markup."""
    if value is None:
        return None
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _string_value(code: str) -> str | None:
    """The value of `code` if it is one string literal (`'a'`, `"a"`, a plain template)."""
    match = _STRING_LITERAL.fullmatch(code)
    if match is None:
        return None
    body = next(group for group in match.groups() if group is not None)
    value = _ESCAPE.sub(_unescape, body)
    # Join `\ud83d\ude00`-style surrogate pairs; lone halves become U+FFFD.
    return value.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


def _unescape(match: re.Match[str]) -> str:
    """One JavaScript string escape, decoded."""
    escape = match[1]
    if escape in _SIMPLE_ESCAPES:
        return _SIMPLE_ESCAPES[escape]
    if escape[0] in "ux" and len(escape) > 1:
        code = int(escape.strip("ux{}"), 16)
        return chr(code) if code <= 0x10FFFF else "\ufffd"
    return escape
