"""Text as part of a URL: how other engines spell a label or a title (so a blog moved from
them keeps its URLs: Material's blog, Hugo, Docusaurus, Jekyll), and a cap on a part's length."""

from __future__ import annotations

import hashlib
import re
import unicodedata

from pymdownx.slugs import slugify as pymdownx_slugify

_MATERIAL_SLUGIFY = pymdownx_slugify(case="lower")
_HUGO_KEEPS = re.compile(r"[./_#+~\-@]")


def material_slug(text: str, separator: str = "-") -> str:
    """Material's blog plugin default (`pymdownx.slugs.slugify(case="lower")`): tags removed,
    lower case, punctuation deleted, each space one separator; non-Latin letters kept."""
    return str(_MATERIAL_SLUGIFY(text, separator))


def hugo_urlize(text: str) -> str:
    """Hugo's `urlize` without its escaping (MkDocs escapes URLs): letters, digits, marks and
    `. / _ # + ~ - @` kept, runs of spaces one `-`, everything else deleted, lower case."""
    out: list[str] = []
    space = False
    for char in text:
        if char.isspace():
            space = bool(out)
        elif _HUGO_KEEPS.fullmatch(char) or unicodedata.category(char)[0] in "LM" \
                or unicodedata.category(char) == "Nd":
            if space and char != "-" and out[-1] != "-":
                out.append("-")
            space = False
            out.append(char)
    return "".join(out).lower()


def kebab_case(text: str) -> str:
    """lodash's `kebabCase`, as Docusaurus makes tag URLs (`GraphQL` -> `graph-ql`)."""
    import pydash  # only Docusaurus' URLs need it: loaded then, not with every build

    return str(pydash.kebab_case(text))


def jekyll_title(text: str) -> str:
    """Jekyll's `:title` (`slugify` in `pretty` mode, case kept): letters, digits and
    `._~!$&'()+,;=@` kept, other runs one `-`, none at either end."""
    slug = re.sub(r"[^\w._~!$&'()+,;=@-]+|_(?=\W|$)", "-", text)
    return slug.strip("-")


SLUG_BYTES = 100
"""A slug's length at most, in UTF-8 bytes (a file name may have 255)."""


def cap(segment: str, limit: int = SLUG_BYTES) -> str:
    """`segment` as it is when it fits in `limit` UTF-8 bytes; else cut, with a short hash of
    the whole so that two long labels sharing a beginning stay apart, build after build."""
    data = segment.encode("utf-8")
    if len(data) <= limit:
        return segment
    digest = hashlib.blake2b(data, digest_size=4).hexdigest()
    head = data[: limit - len(digest) - 1].decode("utf-8", errors="ignore").rstrip("-.")
    return f"{head}-{digest}"
