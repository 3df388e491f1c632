"""How long hostile inputs take: the tests check what they give, never how fast.

Times, once each with `time.perf_counter`: the MDX reader (`mdx_to_markdown`) on shapes that
would be quadratic or worse in a naive parser, and real `mkdocs build`s (theme mkdocs,
`plugins: [search, blogposts]`) of a post with a YAML alias bomb, a post with 3,000 tags and
a 480 KB post. Prints one line per case as it finishes (so a case that hangs is named) and
exits 1 if any case takes longer than its budget, which is generous: a slow machine passes,
a quadratic regression does not.

Usage: python benchmarks/hostile.py
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
import time
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config

from mkdocs_blogposts.read.mdx import mdx_to_markdown

MDX_BUDGET_S = 5.0
BUILD_BUDGET_S = 30.0

MIXED = ("<" * 37 + "{" * 41 + ' text <Foo a={ b="\n') * 10_000
"""About 1 MB of unclosed tags and expressions, mixed."""

SHAPES: list[tuple[str, int]] = [
    ("{", 100_000), ("<A b={", 20_000), ('<A b="', 20_000), ("<A ", 40_000),
    ("{/*", 40_000), ("{'{'", 30_000), ("{`${", 30_000), ("<!--", 30_000),
    ("import {\n\n", 10_000), ("export const x = (\n", 6_000), ("<A>\n ", 20_000),
    (" `` ", 25_000), ("$a ", 30_000), ("a\n", 50_000),
]
"""`(unit, count)`: MDX input `unit * count`, each an opening left unclosed again and again."""


def mdx_cases() -> list[tuple[str, str]]:
    """`(label, text)` of each MDX input."""
    cases = [("1 MB mixed: <*37 {*41 text <Foo a={ b=\"", MIXED)]
    cases += [(f"{unit!r} * {count:_}", unit * count) for unit, count in SHAPES]
    cases.append(("'<A>\\n' * 10_000 + '</B>\\n' * 10_000", "<A>\n" * 10_000 + "</B>\n" * 10_000))
    return cases


CONFIG = """\
site_name: Hostile input
site_url: https://example.org/
theme:
  name: mkdocs
plugins:
  - search
  - blogposts
"""


def alias_bomb() -> str:
    """Nine levels of nine YAML aliases (9**9 values once expanded), as `tags`; the text of
    tests/test_hardening.py::test_a_yaml_alias_bomb_is_refused_at_once."""
    lines = ["a: &a [x, x, x, x, x, x, x, x, x]"]
    for prev, name in zip("abcdefgh", "bcdefghi", strict=True):
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{prev}"] * 9) + "]")
    lines.append("tags: *i")
    return "---\ntitle: Bomb\ndate: 2025-01-01\n" + "\n".join(lines) + "\n---\n\nx\n"


def build_cases() -> list[tuple[str, str, bool]]:
    """`(label, post text, strict)` of each site, one post each."""
    tags = ", ".join(f"tag{n}" for n in range(3000))
    head = "---\ntitle: A post\ndate: 2025-01-05\n{}---\n\n"
    return [
        ("build: YAML alias bomb in front matter", alias_bomb(), False),
        ("build: one post, 3,000 tags", head.format(f"tags: [{tags}]\n") + "Body.\n", True),
        ("build: body '1 < 2 ' * 80_000", head.format("") + "1 < 2 " * 80_000 + "\n", False),
    ]


def build_site(root: Path, post: str, *, strict: bool) -> float:
    """Build a site whose blog holds `post`; its build time in seconds."""
    (root / "docs" / "blog").mkdir(parents=True)
    (root / "docs" / "index.md").write_text("# Home\n", encoding="utf-8")
    (root / "docs" / "blog" / "post.md").write_text(post, encoding="utf-8")
    (root / "mkdocs.yml").write_text(CONFIG, encoding="utf-8")
    start = time.perf_counter()
    config = load_config(str(root / "mkdocs.yml"), strict=strict, site_dir=str(root / "site"))
    config.plugins.on_startup(command="build", dirty=False)
    try:
        build(config)
    finally:
        config.plugins.on_shutdown()
    return time.perf_counter() - start


def _size(text: str) -> str:
    size = len(text.encode())
    return f"{size / 1000:,.0f} KB" if size >= 1000 else f"{size} B"


def _row(size: str, seconds: float, budget: float) -> bool:
    """Print the end of a case's line; True if it kept to its budget."""
    ok = seconds <= budget
    verdict = "ok" if ok else f"OVER BUDGET ({budget:.0f} s)"
    print(f"{size:>9} {seconds:9.3f}  {verdict}", flush=True)
    return ok


def main() -> int:
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    # The builds' warnings (the bomb is refused with one) are expected, not news.
    logging.getLogger("mkdocs").setLevel(logging.ERROR)
    print(f"{'case':<48} {'input':>9} {'seconds':>9}  verdict")
    passed = True
    for label, text in mdx_cases():
        print(f"{'mdx: ' + label:<48} ", end="", flush=True)
        start = time.perf_counter()
        mdx_to_markdown(text)
        passed &= _row(_size(text), time.perf_counter() - start, MDX_BUDGET_S)
    with tempfile.TemporaryDirectory(prefix="blogposts-hostile-") as tmp:
        # An untimed build first, so the first case does not pay for the imports.
        build_site(Path(tmp, "warm-up"), "---\ntitle: A\ndate: 2025-01-05\n---\n\nx\n",
                   strict=True)
        for number, (label, post, strict) in enumerate(build_cases()):
            print(f"{label:<48} ", end="", flush=True)
            seconds = build_site(Path(tmp, str(number)), post, strict=strict)
            passed &= _row(_size(post), seconds, BUILD_BUDGET_S)
    print("all within budget" if passed else "some cases went over budget")
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
