"""Build-time and memory cost of the `blogposts` plugin on a large generated blog.

Generates a deterministic site with N Astro-style posts, then builds it with three configs:
plain (`plugins: [search]`, the posts as ordinary pages), floor (the plain site plus a
heading-only page at the path of every page the blog adds: the cost of those pages alone) and
blog (`plugins: [search, blogposts]`), and reports the median wall time and peak memory (max
RSS) of each `mkdocs build`, for every combination of `--sizes`, `--themes` and `--words`.
With theme material, and when Material's blog plugin and mkdocs-rss-plugin are installed, it
also builds the same posts as a Material blog (`plugins: [search, blog, rss]`) for comparison.
`--quick` is the check to run before committing: 200 posts, one run, one line.

Usage: python benchmarks/bench.py [--sizes N[,N...]] [--themes T[,T...]] [--words L[,L...]]
                                  [--runs R] [--keep DIR] [--no-compare] [--json]
       python benchmarks/bench.py --quick

Stdlib and MkDocs only; needs the `resource` module (Linux, macOS).
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.metadata
import importlib.util
import json
import os
import platform
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import mkdocs

if TYPE_CHECKING:
    from collections.abc import Collection

SEED = 42
THEMES = ("material", "mkdocs", "readthedocs")
COMPARE_ROWS = {"material-blog": "material-blog+rss", "material-blog-git": "material+rss+git"}
"""Table label of each Material blog + mkdocs-rss-plugin build: dates from front matter, and
the plugin's defaults (dates from `git log`, run for every page) in a git repository."""
COMPARE_ROW = COMPARE_ROWS["material-blog"]
COMPARE_MODULES = {"material.plugins.blog": "mkdocs-material",
                   "mkdocs_rss_plugin": "mkdocs-rss-plugin"}
"""Modules the comparison needs, and the package of each."""
COMPARE_ENABLE = "pip install -e '.[bench]'"
MORE = "<!-- more -->"
"""Excerpt separator of Material's blog (and mkdocs-rss-plugin's abstract delimiter)."""
LAST_DATE = dt.date(2026, 5, 31)
"""Newest post date: fixed so the site is the same on every day it is generated."""
SPAN_DAYS = 3 * 365
BODY_WORDS = {"short": (150, 250), "long": (600, 900)}
"""Words of prose (headings, paragraphs, list items; not code) in a post's body, by `--words`."""
LOG_RECORD = re.compile(r"^(DEBUG|INFO|WARNING|ERROR|CRITICAL)\s*-")
"""Start of a line MkDocs logs: `WARNING -  message`."""
MARKER = ".blogposts-bench"
"""File that marks a `--keep` folder as ours, so a re-run may replace it."""

# Runs `mkdocs build ...` in-process (same CLI as `python -m mkdocs`), then writes the
# process's peak RSS and exit code as JSON to the file named by argv[1].
WRAPPER = """\
import json, resource, sys
from mkdocs.__main__ import cli
code = 0
try:
    cli.main(args=sys.argv[2:], prog_name="mkdocs")
except SystemExit as exc:
    code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
with open(sys.argv[1], "w") as out:
    json.dump({"maxrss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
               "children": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
               "exit": code}, out)
sys.exit(code)
"""

VOCABULARY_FILE = Path(__file__).with_name("vocabulary.json")
# The word lists live in a data file so this code holds none; their order is part of the
# generated site (the generator picks by index), so the file is read as is, never sorted.
_VOCABULARY = json.loads(VOCABULARY_FILE.read_text(encoding="utf-8"))
WORDS: list[str] = _VOCABULARY["words"]
AUTHORS: list[str] = _VOCABULARY["authors"]
TAGS: list[str] = _VOCABULARY["tags"]
CATEGORIES: list[str] = _VOCABULARY["categories"]
"""Material blog variant: a post's category is that of its first tag (5 tags each)."""
CODE_SNIPPETS: list[tuple[str, str]] = [(language, template) for language, template
                                        in _VOCABULARY["code_snippets"]]
"""(language, `str.format` template whose `{a}`, `{b}`, `{c}` become random words)."""


# -- site generation ---------------------------------------------------------------------


def _words(rng: random.Random, count: int) -> list[str]:
    """`count` random vocabulary words."""
    return [rng.choice(WORDS) for _ in range(count)]


def _sentence(words: list[str]) -> str:
    """Capitalize `words` and end them with a full stop."""
    text = " ".join(words)
    return text[:1].upper() + text[1:] + "."


def _paragraph(rng: random.Random, count: int, link: str | None = None) -> str:
    """About `count` words of prose in sentences; the first one links to `link`."""
    sentences: list[str] = []
    left = count
    while left > 0:
        size = min(left, rng.randint(8, 18))
        words = _words(rng, size)
        if link is not None and len(words) >= 5:
            start = rng.randint(1, len(words) - 4)
            end = start + rng.randint(2, 3)
            words[start:end] = ["[" + " ".join(words[start:end]) + f"]({link})"]
            link = None
        sentences.append(_sentence(words))
        left -= size
    return " ".join(sentences)


def _prose_words(block: str) -> int:
    """Words of a Markdown block as a reader counts them (no code blocks, no markup)."""
    if block.startswith("```"):
        return 0
    return sum(1 for word in block.split() if any(char.isalnum() for char in word))


def post_name(number: int, total: int) -> str:
    """File name of post `number`, e.g. `post-00017.md`."""
    return f"post-{number:0{max(5, len(str(total)))}d}.md"


def post_dates(rng: random.Random, total: int) -> list[dt.date]:
    """`total` ascending dates spread evenly over three years that end on `LAST_DATE`."""
    first = LAST_DATE - dt.timedelta(days=SPAN_DAYS - 1)
    step = SPAN_DAYS / total
    return [first + dt.timedelta(days=int(i * step + rng.random() * step)) for i in range(total)]


@dataclass
class Post:
    """One generated post, before it is written in either front matter style."""

    number: int
    title: str
    description: str
    date: dt.date
    author: str
    tags: list[str]
    blocks: list[str]
    """Markdown blocks of the body: intro paragraph, then headings and their content."""


def _heading(rng: random.Random) -> str:
    """A `##` heading of two to five words."""
    return "## " + _sentence(_words(rng, rng.randint(2, 5)))[:-1]


def _bullet_list(rng: random.Random) -> str:
    """Three to six bullets of a short sentence each."""
    return "\n".join("- " + _sentence(_words(rng, rng.randint(4, 10)))
                     for _ in range(rng.randint(3, 6)))


def _code_block(rng: random.Random) -> str:
    """A fenced code block from one of the snippets."""
    language, code = rng.choice(CODE_SNIPPETS)
    code = code.format(a=rng.choice(WORDS), b=rng.choice(WORDS), c=rng.choice(WORDS))
    return f"```{language}\n{code}```"


HTML_LINE = "Press <kbd>Ctrl</kbd> + <kbd>K</kbd> to open the command palette."


def long_body(rng: random.Random, links: list[str]) -> list[str]:
    """600-900 words: an intro paragraph and three to five `##` sections; the first three
    sections end with a bullet list, a code block and a line of inline HTML."""
    code = _code_block(rng)
    sections = rng.randint(3, 5)
    headings = [_heading(rng) for _ in range(sections)]
    extras = [_bullet_list(rng), code, HTML_LINE]
    fixed = sum(_prose_words(b) for b in [*headings, *extras])
    left = rng.randint(*BODY_WORDS["long"]) - fixed
    paragraphs: list[str] = []
    while left > 0:
        size = min(left, rng.randint(50, 110))
        link = links[len(paragraphs)] if len(paragraphs) < len(links) else None
        paragraphs.append(_paragraph(rng, size, link))
        left -= size

    # Intro paragraph, then the sections; the extras go into the first sections.
    blocks = [paragraphs.pop(0)] if paragraphs else []
    per_section = max(1, len(paragraphs) // sections)
    for index, heading in enumerate(headings):
        blocks.append(heading)
        last = index == sections - 1
        take = len(paragraphs) if last else per_section
        blocks.extend(paragraphs[:take])
        del paragraphs[:take]
        if index < len(extras):  # there are at least as many sections as extras
            blocks.append(extras[index])
    return blocks


def short_body(rng: random.Random, links: list[str]) -> list[str]:
    """150-250 words: an intro paragraph and one or two `##` sections; the first section
    ends with at most one extra (a bullet list, a code block or a line of inline HTML)."""
    sections = rng.randint(1, 2)
    headings = [_heading(rng) for _ in range(sections)]
    extra = rng.choice([None, _bullet_list(rng), _code_block(rng), HTML_LINE])
    fixed = sum(_prose_words(b) for b in [*headings, *([extra] if extra else [])])
    left = rng.randint(*BODY_WORDS["short"]) - fixed  # at least 150 - 10 - 60 words
    # An intro and at least one paragraph per section, however few words are left.
    count = 1 + sections + rng.randint(0, 1)
    sizes = [left // count] * (count - 1) + [left - left // count * (count - 1)]
    paragraphs = [_paragraph(rng, size, links[index] if index < len(links) else None)
                  for index, size in enumerate(sizes)]

    blocks = [paragraphs.pop(0)]
    for index, heading in enumerate(headings):
        blocks.append(heading)
        take = len(paragraphs) if index == sections - 1 else 1
        blocks.extend(paragraphs[:take])
        del paragraphs[:take]
        if index == 0 and extra:
            blocks.append(extra)
    return blocks


def make_post(rng: random.Random, number: int, total: int, date: dt.date,
              words: str = "long") -> Post:
    """Post `number` of `total`: title, description, tags, author and a body of `words`
    length (`BODY_WORDS`)."""
    title = " ".join(w.capitalize() for w in _words(rng, rng.randint(3, 6)))
    description = _sentence(_words(rng, rng.randint(12, 20)))
    tags = rng.sample(TAGS, 3)
    others = [n for n in (rng.randint(1, total) for _ in range(8)) if n != number]
    links = [post_name(n, total) for n in others[:2]]
    # The long body is drawn even for a short post: `rng` then gives every post the same
    # title, tags, author and links at both lengths, so short and long sites differ only in
    # their bodies. A short body comes from a stream of its own (a str seed is hashed with
    # SHA-512, the same in every process).
    blocks = long_body(rng, links)
    author = rng.choice(AUTHORS)
    if words == "short":
        blocks = short_body(random.Random(f"{SEED}-short-{number}"), links)
    return Post(number=number, title=f"Post {number}: {title}", description=description,
                date=date, author=author, tags=tags, blocks=blocks)


def _yaml_list(items: list[str]) -> str:
    """A flow-style YAML list of quoted strings: `["a", "b"]`."""
    return "[" + ", ".join(f'"{item}"' for item in items) + "]"


def astro_text(post: Post) -> str:
    """The post with Astro-style front matter (`pubDate`, `author`), for our plugin."""
    front_matter = "\n".join([
        "---",
        f'title: "{post.title}"',
        f'description: "{post.description}"',
        f"pubDate: {post.date.isoformat()}",
        f'author: "{post.author}"',
        f"tags: {_yaml_list(post.tags)}",
        "---",
    ])
    return front_matter + "\n\n" + "\n\n".join(post.blocks) + "\n"


def author_id(name: str) -> str:
    """Material blog author id of `name`: `Pavel Sørensen` -> `pavel-sorensen`."""
    return re.sub(r"[^a-z0-9]+", "-", name.lower().replace("ø", "o")).strip("-")


def material_text(post: Post) -> str:
    """The post as Material's blog expects it: `date`, `authors` (ids), `categories`.

    The body is the same, with Material's excerpt separator after the intro paragraph, as
    Material blogs are written: without it, each listing page would show whole posts.
    """
    category = CATEGORIES[TAGS.index(post.tags[0]) // 5]
    front_matter = "\n".join([
        "---",
        f'title: "{post.title}"',
        f'description: "{post.description}"',
        f"date: {post.date.isoformat()}",
        f"authors: [{author_id(post.author)}]",
        f"categories: {_yaml_list([category])}",
        f"tags: {_yaml_list(post.tags)}",
        "---",
    ])
    return front_matter + "\n\n" + "\n\n".join([*post.blocks[:1], MORE, *post.blocks[1:]]) + "\n"


def authors_yaml() -> str:
    """`docs/blog/.authors.yml` of the Material blog variant: the 20 authors by id."""
    lines = ["authors:"]
    for name in AUTHORS:
        ident = author_id(name)
        lines += [f"  {ident}:", f'    name: "{name}"', "    description: Writer",
                  f"    avatar: https://example.org/avatars/{ident}.png"]
    return "\n".join(lines) + "\n"


def theme_yaml(theme: str) -> str:
    """The `theme:` section for `theme`; Material must not fetch Google Fonts."""
    lines = ["theme:", f"  name: {theme}"]
    if theme == "material":
        lines.append("  font: false")
    return "\n".join(lines)


def config_yaml(theme: str, site_dir: str, *, plugin: bool) -> str:
    """An `mkdocs.yml` with (`plugin=True`) or without the `blogposts` plugin.

    Without the plugin the posts are ordinary pages; MkDocs' automatic nav would list all
    of them, whereas the plugin keeps them out of it. So the plain config gets an explicit
    nav, and `not_in_nav` so that MkDocs does not report each post as missing from it.
    """
    parts = [
        "site_name: Blogposts benchmark",
        "site_url: https://example.org/",
        "docs_dir: docs",
        f"site_dir: {site_dir}",
        theme_yaml(theme),
    ]
    if plugin:
        parts.append("plugins:\n  - search\n  - blogposts")
    else:
        parts += [
            "nav:\n  - index.md\n  - blog/index.md",
            "not_in_nav: |\n  /blog/posts/",
            "validation:\n  nav:\n    omitted_files: ignore",
            "plugins:\n  - search",
        ]
    return "\n".join(parts) + "\n"


NAV_INDEX_PAGES = (("Archive", "archive"), ("Authors", "authors"), ("Tags", "tags"))
"""Index pages the plugin puts in the automatic nav beside the blog's index, in its order."""


def write_floor_site(root: Path, theme: str) -> Path:
    """The floor: the plain site plus, at the path of every page the blog build wrote besides
    the posts (listings, pages 2+, archives...), a Markdown page holding only a heading. It is
    what those pages cost through the theme with no plugin work at all, the part of the blog
    build no plugin code can remove. Needs `site-blog/` built; returns the floor's config."""
    docs = root / "docs-floor"
    shutil.copytree(root / "docs", docs)
    site = root / "site-blog"
    for page in site.rglob("index.html"):
        rel = page.parent.relative_to(site)
        if rel.parts[:1] != ("blog",) or rel.parts[:2] == ("blog", "posts"):
            continue
        markdown = docs / rel / "index.md"
        if not markdown.exists():
            markdown.parent.mkdir(parents=True, exist_ok=True)
            markdown.write_text(f"# {rel.as_posix()}\n", encoding="utf-8")
    # The blog's nav has a Blog section: its index and the index pages of archive, authors
    # and tags (the plugin's defaults). Every page renders the nav, so the floor's has the
    # same entries: what listing them costs is the theme's, not the plugin's.
    section = ["blog/index.md"] + [
        f"{title}: blog/{folder}/index.md" for title, folder in NAV_INDEX_PAGES
        if (docs / "blog" / folder / "index.md").exists()]
    nav = "nav:\n  - index.md\n  - Blog:\n" + "".join(f"    - {entry}\n" for entry in section)
    config = root / "mkdocs-floor.yml"
    config.write_text(
        config_yaml(theme, "site-floor", plugin=False)
        .replace("docs_dir: docs\n", "docs_dir: docs-floor\n")
        .replace("nav:\n  - index.md\n  - blog/index.md\n", nav)
        .replace("  /blog/posts/", "  /blog/"), encoding="utf-8")
    return config


MATERIAL_BLOG_CONFIG = """\
site_name: Blogposts benchmark
site_url: https://example.org/
docs_dir: docs-material-blog
site_dir: site-material-blog
theme:
  name: material
  font: false
plugins:
  - search
  - blog
  - rss:
      match_path: blog/posts/.*
      use_git: false
      date_from_meta:
        as_creation: date
        as_update: date
"""
"""Material's blog plugin and mkdocs-rss-plugin, default options except: the feeds list only
posts, and take their dates from the front matter, as the generated site has no git history
(`use_git: false`; mkdocs-rss-plugin 1.19 wants a key name, not `false`, in `as_update`)."""

MATERIAL_BLOG_GIT_CONFIG = MATERIAL_BLOG_CONFIG.split("      use_git: false")[0].replace(
    "site_dir: site-material-blog", "site_dir: site-material-blog-git")
"""The same with mkdocs-rss-plugin's defaults (dates from git), the site in a git repository
with one commit: what a user of both plugins runs."""

GIT_DATE = "2026-05-31T12:00:00+00:00"


def commit_all(root: Path) -> bool:
    """Make `root` a git repository with everything in one commit; False without git."""
    if shutil.which("git") is None:
        return False
    env = {**os.environ, "GIT_AUTHOR_DATE": GIT_DATE, "GIT_COMMITTER_DATE": GIT_DATE}
    identity = ["-c", "user.name=bench", "-c", "user.email=bench@example.org"]
    for args in (["init", "-q"], ["add", "-A"], [*identity, "commit", "-q", "-m", "posts"]):
        subprocess.run(["git", *args], cwd=root, env=env, check=True, capture_output=True)
    return True


def generate_site(root: Path, posts: int, theme: str, *, words: str = "long",
                  material_blog: bool = False) -> dict[str, Path]:
    """Write docs and configs under `root`; return the config path of each variant.

    `words`: the body length, a key of `BODY_WORDS`. `material_blog`: also write the same
    posts, for Material's blog plugin, under `docs-material-blog/`, and the `material-blog`
    variant's config.
    """
    rng = random.Random(SEED)
    trees = [root / "docs"] + ([root / "docs-material-blog"] if material_blog else [])
    for docs in trees:
        (docs / "blog" / "posts").mkdir(parents=True)
        (docs / "index.md").write_text(
            f"# Blogposts benchmark\n\nA generated site with {posts} posts.\n",
            encoding="utf-8")
        (docs / "blog" / "index.md").write_text("# Blog\n", encoding="utf-8")
    if material_blog:
        (trees[1] / "blog" / ".authors.yml").write_text(authors_yaml(), encoding="utf-8")
    for number, date in enumerate(post_dates(rng, posts), start=1):
        post = make_post(rng, number, posts, date, words)
        name = post_name(number, posts)
        (trees[0] / "blog" / "posts" / name).write_text(astro_text(post), encoding="utf-8")
        if material_blog:
            (trees[1] / "blog" / "posts" / name).write_text(material_text(post),
                                                            encoding="utf-8")
    configs = {"plain": root / "mkdocs-plain.yml", "blog": root / "mkdocs-blog.yml"}
    for name, path in configs.items():
        path.write_text(config_yaml(theme, f"site-{name}", plugin=name == "blog"),
                        encoding="utf-8")
    if material_blog:
        configs["material-blog"] = root / "mkdocs-material-blog.yml"
        configs["material-blog"].write_text(MATERIAL_BLOG_CONFIG, encoding="utf-8")
        if commit_all(root):
            configs["material-blog-git"] = root / "mkdocs-material-blog-git.yml"
            configs["material-blog-git"].write_text(MATERIAL_BLOG_GIT_CONFIG, encoding="utf-8")
    return configs


def comparison_missing() -> list[str]:
    """Packages the Material blog comparison needs that cannot be imported."""
    missing: list[str] = []
    for module, package in COMPARE_MODULES.items():
        try:
            found = importlib.util.find_spec(module) is not None
        except (ImportError, ValueError):  # a parent package is missing
            found = False
        if not found:
            missing.append(package)
    return missing


def prepare_keep_dir(path: Path) -> Path:
    """`--keep DIR`: a new or empty folder, or one a previous run made (then replaced)."""
    if path.exists() and any(path.iterdir()):
        if not (path / MARKER).is_file():
            raise SystemExit(f"--keep {path}: folder is not empty and was not made by this "
                             "script; choose a new or empty folder")
        shutil.rmtree(path)
    path.mkdir(parents=True, exist_ok=True)
    return path


# -- measuring ----------------------------------------------------------------------------


@dataclass
class Variant:
    """Measurements of one config across its timed runs."""

    config: str
    times_s: list[float] = field(default_factory=list)
    peaks_mb: list[float] = field(default_factory=list)
    worker_peaks_mb: list[float] = field(default_factory=list)
    """Max RSS of the build's child process (the plugin's worker), 0 without one. Most of its
    pages are the main process's, shared (copy-on-write): the two do not add up."""
    html_files: int = 0
    warnings: list[str] = field(default_factory=list)

    @property
    def median_s(self) -> float:
        """Median wall time of the timed runs."""
        return statistics.median(self.times_s)

    @property
    def peak_mb(self) -> float:
        """Largest max RSS of the timed runs."""
        return max(self.peaks_mb)


def rss_mb(maxrss: int) -> float:
    """`ru_maxrss` in MB (2**20 bytes): kilobytes on Linux, bytes on macOS."""
    return maxrss / 2**20 if sys.platform == "darwin" else maxrss / 2**10


def problems(output: str) -> list[str]:
    """The lines of a build's log that are not INFO or DEBUG records (with their
    indented continuation lines): warnings, errors and anything else printed."""
    kept: list[str] = []
    keep = True
    for line in output.splitlines():
        match = LOG_RECORD.match(line)
        if match:
            keep = match[1] not in ("DEBUG", "INFO")
        elif not line.startswith((" ", "\t")):
            keep = True  # not a log record, nor part of one
        if keep and line.strip():
            kept.append(line)
    return kept


def build_once(config: Path, variant: Variant, *, quiet: bool = True) -> tuple[float, float]:
    """Run `mkdocs build [-q] -f config`; return (wall seconds, peak MB). Exit on failure.
    The peak of its child process (the plugin's worker) goes into `variant.worker_peaks_mb`
    for timed (quiet) builds."""
    elapsed, peak, worker = _build_once(config, variant, quiet=quiet)
    if quiet:
        variant.worker_peaks_mb.append(worker)
    return elapsed, peak


def _build_once(config: Path, variant: Variant, *,
                quiet: bool = True) -> tuple[float, float, float]:
    """Run `mkdocs build [-q] -f config`; return (wall seconds, peak MB, the peak MB of its
    child process). Exit on failure.

    `-q` hides warnings, so the warm-up build runs without it to collect them.
    """
    # Builds import compiled bytecode, as after any `pip install` (the warm-up writes it):
    # with PYTHONDONTWRITEBYTECODE set, every blog build compiled the plugin again (~0.05 s).
    env = {key: value for key, value in os.environ.items()
           if key != "PYTHONDONTWRITEBYTECODE"}
    env["NO_MKDOCS_2_WARNING"] = "1"
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as handle:
        result_path = Path(handle.name)
    try:
        args = ["build", "-q", "-f", str(config)] if quiet else ["build", "-f", str(config)]
        start = time.perf_counter()
        proc = subprocess.run([sys.executable, "-c", WRAPPER, str(result_path), *args],
                              cwd=config.parent, env=env, capture_output=True, text=True,
                              check=False)
        elapsed = time.perf_counter() - start
        if proc.returncode != 0:
            sys.stderr.write(proc.stdout + proc.stderr)
            raise SystemExit(f"mkdocs {' '.join(args)} failed (exit {proc.returncode})")
        stats = json.loads(result_path.read_text(encoding="utf-8"))
    finally:
        result_path.unlink(missing_ok=True)
    for line in problems(proc.stdout + proc.stderr):
        if line not in variant.warnings:
            variant.warnings.append(line)
    return elapsed, rss_mb(int(stats["maxrss"])), rss_mb(int(stats.get("children", 0)))


def _progress(title: str, label: str, name: str, elapsed: float, peak: float) -> None:
    print(f"{title}  {label:<9} {name:<17} {elapsed:7.2f} s  {peak:6.0f} MB", file=sys.stderr)


def measure_combination(root: Path, posts: int, theme: str, words: str, runs: int, *,
                        compare: bool) -> Row:
    """Generate the site of one combination, warm each config up with one untimed build,
    then time `runs` builds of each, alternating (so a slow spell hits them all alike)."""
    configs = generate_site(root, posts, theme, words=words, material_blog=compare)
    print(f"site generated in {root}", file=sys.stderr)
    title = f"{posts} {theme} {words}"
    variants = {name: Variant(config=path.name) for name, path in configs.items()}
    # The blog's warm-up comes first: the floor site mirrors the pages it writes. Warm-ups
    # run without -q, so they collect the warnings.
    elapsed, peak = build_once(configs["blog"], variants["blog"], quiet=False)
    _progress(title, "warm-up", "blog", elapsed, peak)
    floor = write_floor_site(root, theme)
    configs = {"plain": configs["plain"], "floor": floor, **configs}
    variants = {"plain": variants["plain"], "floor": Variant(config=floor.name), **variants}
    for name, path in configs.items():
        if name != "blog":
            elapsed, peak = build_once(path, variants[name], quiet=False)
            _progress(title, "warm-up", name, elapsed, peak)
    for round_ in range(1, runs + 1):
        for name, path in configs.items():
            elapsed, peak = build_once(path, variants[name])
            _progress(title, f"run {round_}/{runs}", name, elapsed, peak)
            variants[name].times_s.append(elapsed)
            variants[name].peaks_mb.append(peak)
    for name, variant in variants.items():
        variant.html_files = sum(1 for _ in (root / f"site-{name}").rglob("*.html"))
    return Row(posts, theme, words, variants)


# -- reporting ----------------------------------------------------------------------------


def cores() -> int:
    """CPUs this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


@dataclass
class Row:
    """The builds of one combination of size, theme and body length."""

    posts: int
    theme: str
    words: str
    variants: dict[str, Variant]

    @property
    def plain(self) -> Variant:
        return self.variants["plain"]

    @property
    def floor(self) -> Variant:
        return self.variants["floor"]

    @property
    def blog(self) -> Variant:
        return self.variants["blog"]

    @property
    def comparisons(self) -> list[tuple[str, Variant]]:
        """`(table label, build)` of each Material blog + RSS build this combination ran."""
        return [(label, self.variants[name]) for name, label in COMPARE_ROWS.items()
                if name in self.variants]


def _ratio(numerator: float, denominator: float) -> float:
    return numerator / denominator if denominator else float("nan")


def _ratios(build: Variant, base: Variant) -> dict[str, float]:
    """`build`'s median time and peak memory over `base`'s."""
    return {"time": _ratio(build.median_s, base.median_s),
            "memory": _ratio(build.peak_mb, base.peak_mb)}


def _variant_data(variant: Variant) -> dict[str, object]:
    return {**asdict(variant), "median_s": variant.median_s, "peak_mb": variant.peak_mb}


def growth(rows: list[Row]) -> dict[str, dict[str, float]]:
    """Per theme and body length (and for the Material blog), how the blog build's median
    time grows from the smallest to the largest size; empty with a single size."""
    series: dict[str, dict[int, Variant]] = {}
    for row in rows:
        series.setdefault(f"{row.theme} {row.words}", {})[row.posts] = row.blog
        if "material-blog" in row.variants:
            series.setdefault(f"{COMPARE_ROW} {row.words}", {})[row.posts] = (
                row.variants["material-blog"])
    result: dict[str, dict[str, float]] = {}
    for label, by_size in series.items():
        if len(by_size) < 2:
            continue
        small, large = min(by_size), max(by_size)
        result[label] = {
            "from_posts": small, "to_posts": large,
            "from_s": by_size[small].median_s, "to_s": by_size[large].median_s,
            "factor": _ratio(by_size[large].median_s, by_size[small].median_s),
            "posts_factor": large / small,
        }
    return result


def versions() -> dict[str, str | None]:
    """Installed versions of the packages the builds use."""
    found: dict[str, str | None] = {}
    for package in ("mkdocs", "mkdocs-blogposts", "mkdocs-material", "mkdocs-rss-plugin"):
        try:
            found[package] = importlib.metadata.version(package)
        except importlib.metadata.PackageNotFoundError:
            found[package] = None
    return found


def report(args: argparse.Namespace, rows: list[Row], comparison: str) -> dict[str, object]:
    """Everything measured, as JSON-ready data: one entry per combination."""
    entries: list[dict[str, object]] = []
    for row in rows:
        entries.append({
            "posts": row.posts, "theme": row.theme, "words": row.words,
            "plain": _variant_data(row.plain), "floor": _variant_data(row.floor),
            "blog": _variant_data(row.blog),
            "ratio_floor": _ratios(row.blog, row.floor),
            "ratio_plain": _ratios(row.blog, row.plain),
            "comparisons": [{"build": label, **_variant_data(other),
                             "ratio_vs_blog": _ratios(other, row.blog)}
                            for label, other in row.comparisons],
        })
    return {
        "quick": args.quick,
        "sizes": args.sizes, "themes": args.themes, "words": args.words,
        "runs": args.runs,
        "cores": cores(),
        "python": platform.python_version(),
        "versions": versions(),
        "comparison": comparison,
        "rows": entries,
        "growth": growth(rows),
    }


def _x(value: float) -> str:
    return f"{value:.2f}x"


def print_table(args: argparse.Namespace, rows: list[Row], comparison: str) -> None:
    """The human-readable summary: one row per combination, then the comparison builds."""
    print(f"runs={args.runs} cores={cores()} python={platform.python_version()} "
          f"mkdocs={mkdocs.__version__}")
    print(f"{'posts':>6}  {'theme':<11} {'words':<5} | {'plain s':>7} {'floor s':>7} "
          f"{'blog s':>7} {'blog/floor':>10} {'blog/plain':>10} | {'plain MB':>8} "
          f"{'floor MB':>8} {'blog MB':>7} {'blog/plain':>10} | html plain/floor/blog")
    for row in rows:
        plain, floor, blog = row.plain, row.floor, row.blog
        print(f"{row.posts:>6}  {row.theme:<11} {row.words:<5} | {plain.median_s:>7.2f} "
              f"{floor.median_s:>7.2f} {blog.median_s:>7.2f} "
              f"{_x(_ratio(blog.median_s, floor.median_s)):>10} "
              f"{_x(_ratio(blog.median_s, plain.median_s)):>10} | {plain.peak_mb:>8.0f} "
              f"{floor.peak_mb:>8.0f} {blog.peak_mb:>7.0f} "
              f"{_x(_ratio(blog.peak_mb, plain.peak_mb)):>10} | "
              f"{plain.html_files}/{floor.html_files}/{blog.html_files}")
    print("Median wall time (s) and peak memory (max RSS, MB) of `mkdocs build`. floor: the "
          "plain site plus a page with just a heading at the path of every page the blog "
          "build adds, no plugin: what those pages cost by themselves.")
    workers = [f"{row.posts} {row.theme} {row.words}: {max(row.blog.worker_peaks_mb):.0f} MB"
               for row in rows if row.blog.worker_peaks_mb and max(row.blog.worker_peaks_mb)]
    if workers:
        print("The blog build's worker process (peak RSS; it shares most of its memory with "
              "the main process, copy-on-write): " + "; ".join(workers) + ".")
    if any(row.comparisons for row in rows):
        print(f"\n{'posts':>6}  {'theme':<11} {'words':<5} | {'compared build':<17} "
              f"{'s':>7} {'vs blog':>8} | {'MB':>5} {'vs blog':>8} | html")
        for row in rows:
            for label, other in row.comparisons:
                ratios = _ratios(other, row.blog)
                print(f"{row.posts:>6}  {row.theme:<11} {row.words:<5} | {label:<17} "
                      f"{other.median_s:>7.2f} {_x(ratios['time']):>8} | "
                      f"{other.peak_mb:>5.0f} {_x(ratios['memory']):>8} | {other.html_files}")
        print(f"{COMPARE_ROW}: Material's blog plugin + mkdocs-rss-plugin on the same posts, "
              f"dates from front matter; {COMPARE_ROWS['material-blog-git']}: the same with "
              "mkdocs-rss-plugin's defaults (dates from git) in a git repository; vs blog: "
              "their time and memory over our blog build's (same posts, theme and words).")
    if comparison != "run":
        print(comparison)
    for label, data in growth(rows).items():
        print(f"growth {label}: blog build {data['from_posts']:.0f} -> {data['to_posts']:.0f} "
              f"posts ({data['posts_factor']:.1f}x): {data['from_s']:.2f} s -> "
              f"{data['to_s']:.2f} s = {data['factor']:.2f}x")


def print_quick(row: Row) -> None:
    """`--quick`: the one line a developer reads before committing."""
    print(f"quick: blog/floor {_ratio(row.blog.median_s, row.floor.median_s):.2f}x "
          f"(blog {row.blog.median_s:.1f} s, floor {row.floor.median_s:.1f} s, "
          f"plain {row.plain.median_s:.1f} s), {row.posts} posts, {row.theme}")


def print_build_output(row: Row, limit: int = 20) -> None:
    """The warnings and errors the builds printed, to stderr."""
    for name, variant in row.variants.items():
        if not variant.warnings:
            continue
        print(f"\n{row.posts} posts, {row.theme}, {row.words}: {name} build printed "
              f"{len(variant.warnings)} distinct line(s):", file=sys.stderr)
        for line in variant.warnings[:limit]:
            print(f"  {line}", file=sys.stderr)
        if len(variant.warnings) > limit:
            print(f"  ... {len(variant.warnings) - limit} more", file=sys.stderr)


def _items(text: str) -> list[str]:
    """The non-empty items of a comma-separated list, duplicates dropped, order kept."""
    return list(dict.fromkeys(part.strip() for part in text.split(",") if part.strip()))


def sizes_list(text: str) -> list[int]:
    """`--sizes 1000,10000`: post counts, each at least 1."""
    try:
        sizes = list(dict.fromkeys(int(item) for item in _items(text)))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a comma list of numbers: {text!r}") from None
    if not sizes or min(sizes) < 1:
        raise argparse.ArgumentTypeError("sizes must be at least 1")
    return sizes


def _choices(text: str, known: Collection[str], what: str) -> list[str]:
    """A comma list of `known` names."""
    items = _items(text)
    unknown = [item for item in items if item not in known]
    if unknown or not items:
        raise argparse.ArgumentTypeError(
            f"unknown {what} {', '.join(unknown) or repr(text)} (choose from {', '.join(known)})")
    return items


def themes_list(text: str) -> list[str]:
    """`--themes material,mkdocs`: known theme names."""
    return _choices(text, THEMES, "theme")


def words_list(text: str) -> list[str]:
    """`--words short,long`: body lengths."""
    return _choices(text, BODY_WORDS, "length")


QUICK = {"sizes": [200], "themes": ["material"], "words": ["long"], "runs": 1}
"""What `--quick` runs (with no comparison): the pre-commit check."""
DEFAULTS = {"sizes": [1000], "themes": ["material"], "words": list(BODY_WORDS), "runs": 3}


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """Command-line options."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", "--posts", type=sizes_list, metavar="N[,N...]",
                        help="posts to generate, comma list (1000)")
    parser.add_argument("--themes", "--theme", type=themes_list, metavar="T[,T...]",
                        help=f"themes, comma list of {', '.join(THEMES)} (material)")
    parser.add_argument("--words", type=words_list, metavar="L[,L...]",
                        help="post body lengths, comma list of short (150-250 words), long "
                             "(600-900 words) (short,long)")
    parser.add_argument("--runs", type=int, help="timed builds per config (3)")
    parser.add_argument("--quick", action="store_true",
                        help="200 posts, material, long, 1 run, no comparison; print one line")
    parser.add_argument("--keep", type=Path, metavar="DIR",
                        help="generate the sites in DIR and keep them (default: a temp dir)")
    parser.add_argument("--no-compare", action="store_true",
                        help=f"skip the {COMPARE_ROW} comparison build")
    # The floor (once --pages-only) is now built on every row; the flag stays for old scripts.
    parser.add_argument("--pages-only", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args(argv)
    given = [f"--{name}" for name in QUICK if getattr(args, name) is not None]
    if args.quick and given:
        parser.error(f"--quick sets {', '.join(given)} itself; leave that out")
    for name, default in (QUICK if args.quick else DEFAULTS).items():
        if getattr(args, name) is None:
            setattr(args, name, default)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    return args


def comparison_status(args: argparse.Namespace) -> str:
    """`run`, or the line that says why the Material blog comparison is skipped."""
    skipped = f"{COMPARE_ROW} comparison skipped: "
    if args.quick:
        return skipped + "--quick"
    if args.no_compare:
        return skipped + "--no-compare"
    if "material" not in args.themes:
        return skipped + "it runs only with theme material (--themes material,...)"
    missing = comparison_missing()
    if missing:
        return (skipped + f"{' and '.join(missing)} not installed; enable it with "
                f"{COMPARE_ENABLE}")
    return "run"


def main(argv: list[str] | None = None) -> int:
    """Generate each site, measure its builds, print the results."""
    args = parse_args(argv)
    comparison = comparison_status(args)
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="blogposts-bench-") as tmp:
        base = prepare_keep_dir(args.keep.resolve()) if args.keep else Path(tmp)
        (base / MARKER).write_text("generated by benchmarks/bench.py\n", encoding="utf-8")
        for posts in args.sizes:
            for theme in args.themes:
                for words in args.words:
                    root = base / f"{posts}-{theme}-{words}"
                    compare = theme == "material" and comparison == "run"
                    rows.append(measure_combination(root, posts, theme, words, args.runs,
                                                    compare=compare))
                    print_build_output(rows[-1])
                    if not args.keep:  # free the disk space of big sites early
                        shutil.rmtree(root)
    if args.json:
        print(json.dumps(report(args, rows, comparison), indent=2))
    elif args.quick:
        print_quick(rows[0])
    else:
        print_table(args, rows, comparison)
    return 0


if __name__ == "__main__":
    sys.exit(main())
