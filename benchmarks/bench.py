"""Build-time and memory cost of the `blogposts` plugin on a large generated blog.

Generates a deterministic site with N Astro-style posts, then builds it with two configs,
one without the plugin (`plugins: [search]`) and one with it (`plugins: [search, blogposts]`),
and reports the median wall time and peak memory (max RSS) of each `mkdocs build`; for every
combination of `--sizes` and `--themes`. With theme material, and when Material's blog plugin
and mkdocs-rss-plugin are installed, it also builds the same posts as a Material blog
(`plugins: [search, blog, rss]`) for comparison.

Usage: python benchmarks/bench.py [--sizes N[,N...]] [--themes T[,T...]] [--runs R]
                                  [--keep DIR] [--no-compare] [--json]

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

import mkdocs

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
    json.dump({"maxrss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, "exit": code}, out)
sys.exit(code)
"""

WORDS = [
    "able", "access", "across", "action", "adapter", "added", "after", "agent", "algorithm",
    "allocation", "already", "answer", "api", "approach", "archive", "argument", "async",
    "backend", "balance", "batch", "before", "behaviour", "benchmark", "binary", "boundary",
    "branch", "buffer", "build", "bundle", "cache", "call", "careful", "change", "channel",
    "check", "chunk", "client", "cluster", "code", "collect", "column", "command", "commit",
    "compile", "component", "config", "connect", "container", "context", "contract", "copy",
    "core", "count", "crash", "cursor", "data", "debug", "default", "delay", "deploy",
    "design", "detail", "device", "diff", "directory", "disk", "document", "driver", "edge",
    "element", "encode", "engine", "error", "event", "example", "export", "fast", "feature",
    "field", "file", "filter", "fix", "flag", "format", "frame", "function", "graph", "handle",
    "hash", "header", "heap", "image", "index", "input", "install", "instance", "interface",
    "issue", "item", "iterate", "job", "kernel", "key", "latency", "layer", "layout", "lazy",
    "library", "limit", "line", "link", "list", "load", "lock", "log", "loop", "memory",
    "merge", "message", "method", "metric", "migrate", "mode", "model", "module", "monitor",
    "network", "node", "number", "object", "option", "order", "output", "package", "page",
    "parse", "patch", "path", "pattern", "payload", "plugin", "pointer", "pool", "port",
    "process", "profile", "project", "protocol", "query", "queue", "range", "rate", "record",
    "reduce", "release", "render", "report", "request", "resource", "result", "retry",
    "review", "route", "rule", "runtime", "sample", "scale", "schema", "scope", "script",
    "search", "server", "service", "session", "shell", "signal", "simple", "socket", "source",
    "stack", "state", "storage", "stream", "string", "structure", "support", "switch", "sync",
    "system", "table", "target", "task", "template", "test", "thread", "token", "tool",
    "trace", "tree", "type", "update", "user", "value", "vector", "version", "view", "window",
    "worker",
]

AUTHORS = [
    "Ada Quillfeather", "Bram Okonkwo-Lind", "Cleo Marchetti", "Dario Venkataraman",
    "Elin Haverford", "Farid Castellanos", "Greta Nakashima", "Hugo Abernathy",
    "Ines Volkova", "Jonas Achterberg", "Kaia Thorsdottir", "Luca Fairweather",
    "Mina Oyelaran", "Nils Kowalczyk", "Odile Brannigan", "Pavel Sørensen",
    "Quinn Delacroix", "Rosa Ilunga", "Sami Whitcombe", "Tove Lindqvist",
]

TAGS = [
    "python", "rust", "go", "javascript", "typescript", "databases", "postgres", "sqlite",
    "performance", "testing", "ci", "docker", "kubernetes", "linux", "networking", "security",
    "cryptography", "compilers", "parsing", "web", "css", "accessibility", "design",
    "documentation", "release", "community", "open-source", "tooling", "editors", "git",
    "observability", "logging", "tracing", "caching", "concurrency", "async", "memory",
    "profiling", "packaging", "distribution", "cli", "api", "http", "graphql", "search",
    "machine-learning", "data", "embedded", "hardware", "retrospective",
]

CATEGORIES = [
    "Languages", "Storage", "Operations", "Security", "Frontend", "Community", "Tooling",
    "Observability", "Internals", "Platforms",
]
"""Material blog variant: a post's category is that of its first tag (5 tags each)."""

CODE_SNIPPETS = [
    ("python", "def {a}_{b}(items):\n    total = 0\n    for item in items:\n"
               "        total += len(item.{c})\n    return total\n"),
    ("bash", "$ {a} --{b} ./{c}\n$ echo $?\n0\n"),
    ("yaml", "{a}:\n  {b}: true\n  {c}: 42\n"),
    ("json", '{{\n  "{a}": "{b}",\n  "{c}": [1, 2, 3]\n}}\n'),
]


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


def make_post(rng: random.Random, number: int, total: int, date: dt.date) -> Post:
    """Post `number` of `total`: title, description, tags, author and a 600-900 word body."""
    title = " ".join(w.capitalize() for w in _words(rng, rng.randint(3, 6)))
    description = _sentence(_words(rng, rng.randint(12, 20)))
    tags = rng.sample(TAGS, 3)
    others = [n for n in (rng.randint(1, total) for _ in range(8)) if n != number]
    links = [post_name(n, total) for n in others[:2]]

    language, code = rng.choice(CODE_SNIPPETS)
    code = code.format(a=rng.choice(WORDS), b=rng.choice(WORDS), c=rng.choice(WORDS))
    sections = rng.randint(3, 5)
    headings = ["## " + _sentence(_words(rng, rng.randint(2, 5)))[:-1] for _ in range(sections)]
    bullets = "\n".join("- " + _sentence(_words(rng, rng.randint(4, 10)))
                        for _ in range(rng.randint(3, 6)))
    extras = [
        bullets,
        f"```{language}\n{code}```",
        "Press <kbd>Ctrl</kbd> + <kbd>K</kbd> to open the command palette.",
    ]
    fixed = sum(_prose_words(b) for b in [*headings, *extras])
    left = rng.randint(600, 900) - fixed
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

    return Post(number=number, title=f"Post {number}: {title}", description=description,
                date=date, author=rng.choice(AUTHORS), tags=tags, blocks=blocks)


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


def write_pages_only_site(root: Path, theme: str) -> Path:
    """The plain site plus, at the path of every page the blog build wrote besides the posts
    (listings, pages 2+, archives...), a Markdown page holding only a heading: what those
    pages cost through the theme with no plugin work at all. Needs `site-blog/` built."""
    docs = root / "docs-pages"
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
    config = root / "mkdocs-pages.yml"
    config.write_text(
        config_yaml(theme, "site-pages", plugin=False)
        .replace("docs_dir: docs\n", "docs_dir: docs-pages\n")
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


def generate_site(root: Path, posts: int, theme: str, *,
                  material_blog: bool = False) -> dict[str, Path]:
    """Write docs and configs under `root`; return the config path of each variant.

    `material_blog`: also write the same posts, for Material's blog plugin, under
    `docs-material-blog/`, and the `material-blog` variant's config.
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
        post = make_post(rng, number, posts, date)
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

    `-q` hides warnings, so the warm-up build runs without it to collect them.
    """
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
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
    return elapsed, rss_mb(int(stats["maxrss"]))


def measure(configs: dict[str, Path], runs: int, title: str) -> dict[str, Variant]:
    """One untimed warm-up build of each config, then `runs` timed builds, alternating."""
    variants = {name: Variant(config=path.name) for name, path in configs.items()}
    for round_ in range(runs + 1):
        label = "warm-up" if round_ == 0 else f"run {round_}/{runs}"
        for name, path in configs.items():
            variant = variants[name]
            elapsed, peak = build_once(path, variant, quiet=round_ > 0)
            print(f"{title}  {label:<9} {name:<13} {elapsed:7.2f} s  {peak:6.0f} MB",
                  file=sys.stderr)
            if round_ > 0:
                variant.times_s.append(elapsed)
                variant.peaks_mb.append(peak)
    for name, variant in variants.items():
        site_dir = configs[name].parent / f"site-{name}"
        variant.html_files = sum(1 for _ in site_dir.rglob("*.html"))
    return variants


# -- reporting ----------------------------------------------------------------------------


def cores() -> int:
    """CPUs this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


@dataclass
class Row:
    """The builds of one combination of size and theme."""

    posts: int
    theme: str
    variants: dict[str, Variant]

    @property
    def compared(self) -> Variant | None:
        """The Material blog + RSS build, if this combination ran it."""
        return self.variants.get("material-blog")

    @property
    def comparisons(self) -> list[tuple[str, Variant]]:
        """`(table label, build)` of each Material blog + RSS build this combination ran."""
        return [(label, self.variants[name]) for name, label in COMPARE_ROWS.items()
                if name in self.variants]


def _ratio(numerator: float, denominator: float) -> float:
    return numerator / denominator if denominator else float("nan")


def _variant_data(variant: Variant) -> dict[str, object]:
    return {**asdict(variant), "median_s": variant.median_s, "peak_mb": variant.peak_mb}


def growth(rows: list[Row]) -> dict[str, dict[str, float]]:
    """Per theme (and for the Material blog), how the blog build's median time grows from
    the smallest to the largest size; empty with a single size."""
    result: dict[str, dict[str, float]] = {}
    labels = [(row.theme, "blog") for row in rows]
    labels += [(COMPARE_ROW, "material-blog") for row in rows if row.compared is not None]
    for label, variant in dict.fromkeys(labels):
        by_size = {row.posts: row.variants[variant] for row in rows
                   if (row.theme if variant == "blog" else COMPARE_ROW) == label
                   and variant in row.variants}
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
    """Everything measured, as JSON-ready data: one entry per table row."""
    entries: list[dict[str, object]] = []
    for row in rows:
        plain, blog = row.variants["plain"], row.variants["blog"]
        entries.append({
            "posts": row.posts, "theme": row.theme,
            "plain": _variant_data(plain), "blog": _variant_data(blog),
            "ratio": {"time": _ratio(blog.median_s, plain.median_s),
                      "memory": _ratio(blog.peak_mb, plain.peak_mb)},
        })
        pages = row.variants.get("pages")
        if pages is not None:
            entries[-1]["pages_only"] = _variant_data(pages)
            entries[-1]["ratio_pages_only"] = {
                "time": _ratio(pages.median_s, plain.median_s),
                "memory": _ratio(pages.peak_mb, plain.peak_mb)}
        for label, other in row.comparisons:
            entries.append({
                "posts": row.posts, "theme": label,
                "material_blog": _variant_data(other),
                "ratio_vs_blog": {"time": _ratio(other.median_s, blog.median_s),
                                  "memory": _ratio(other.peak_mb, blog.peak_mb)},
            })
    return {
        "runs": args.runs,
        "cores": cores(),
        "python": platform.python_version(),
        "versions": versions(),
        "comparison": comparison,
        "rows": entries,
        "growth": growth(rows),
    }


def _table_line(posts: int, label: str, build: Variant, base: Variant, *,
                show_base: bool = True) -> str:
    """One table row: `build`'s time and memory and their ratios to `base` (whose own
    columns show "-" when they belong to another row)."""
    seconds, megabytes, html = (f"{base.median_s:.2f}", f"{base.peak_mb:.0f}",
                                str(base.html_files)) if show_base else ("-", "-", "-")
    return (f"{posts:>6}  {label:<17} {seconds:>8} {build.median_s:>8.2f} "
            f"{_ratio(build.median_s, base.median_s):>6.2f}x "
            f"{megabytes:>9} {build.peak_mb:>8.0f} "
            f"{_ratio(build.peak_mb, base.peak_mb):>6.2f}x  "
            f"{f'{html}/{build.html_files}':>15}")


def print_table(args: argparse.Namespace, rows: list[Row], comparison: str) -> None:
    """The human-readable summary: one row per combination (and Material blog build)."""
    print(f"runs={args.runs} cores={cores()} python={platform.python_version()} "
          f"mkdocs={mkdocs.__version__}")
    header = (f"{'posts':>6}  {'theme':<17} {'plain s':>8} {'blog s':>8} {'time':>7} "
              f"{'plain MB':>9} {'blog MB':>8} {'memory':>7}  {'html plain/blog':>15}")
    print(header)
    for row in rows:
        plain, blog = row.variants["plain"], row.variants["blog"]
        print(_table_line(row.posts, row.theme, blog, plain))
        pages = row.variants.get("pages")
        if pages is not None:
            print(_table_line(row.posts, "  pages only", pages, plain))
        for label, other in row.comparisons:
            print(_table_line(row.posts, label, other, blog, show_base=False))
    if any(row.compared is not None for row in rows):
        print(f"{COMPARE_ROW}: Material's blog plugin + mkdocs-rss-plugin on the same posts, "
              f"dates from front matter; {COMPARE_ROWS['material-blog-git']}: the same with "
              "mkdocs-rss-plugin's defaults (dates from git) in a git repository; their time "
              "and memory ratios are against our blog build (row above).")
    if any("pages" in row.variants for row in rows):
        print("pages only: the plain site plus a page with just a heading at the path of every "
              "page the blog build adds, no plugin: what those pages cost by themselves.")
    if comparison != "run":
        print(comparison)
    for label, data in growth(rows).items():
        print(f"growth {label}: blog build {data['from_posts']:.0f} -> {data['to_posts']:.0f} "
              f"posts ({data['posts_factor']:.1f}x): {data['from_s']:.2f} s -> "
              f"{data['to_s']:.2f} s = {data['factor']:.2f}x")


def print_build_output(row: Row, limit: int = 20) -> None:
    """The warnings and errors the builds printed, to stderr."""
    for name, variant in row.variants.items():
        if not variant.warnings:
            continue
        print(f"\n{row.posts} posts, {row.theme}: {name} build printed "
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


def themes_list(text: str) -> list[str]:
    """`--themes material,mkdocs`: known theme names."""
    themes = _items(text)
    unknown = [theme for theme in themes if theme not in THEMES]
    if unknown or not themes:
        raise argparse.ArgumentTypeError(
            f"unknown theme {', '.join(unknown) or repr(text)} (choose from {', '.join(THEMES)})")
    return themes


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """Command-line options."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", "--posts", type=sizes_list, default=[1000],
                        metavar="N[,N...]", help="posts to generate, comma list (1000)")
    parser.add_argument("--themes", "--theme", type=themes_list, default=["material"],
                        metavar="T[,T...]",
                        help=f"themes, comma list of {', '.join(THEMES)} (material)")
    parser.add_argument("--runs", type=int, default=3, help="timed builds per config (3)")
    parser.add_argument("--keep", type=Path, metavar="DIR",
                        help="generate the sites in DIR and keep them (default: a temp dir)")
    parser.add_argument("--no-compare", action="store_true",
                        help=f"skip the {COMPARE_ROW} comparison build")
    parser.add_argument("--pages-only", action="store_true",
                        help="also build the plain site plus a heading-only page at the path "
                             "of each page the blog adds: the cost of the pages themselves")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    return args


def comparison_status(args: argparse.Namespace) -> str:
    """`run`, or the line that says why the Material blog comparison is skipped."""
    skipped = f"{COMPARE_ROW} comparison skipped: "
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
                root = base / f"{posts}-{theme}"
                compare = theme == "material" and comparison == "run"
                configs = generate_site(root, posts, theme, material_blog=compare)
                if args.pages_only:  # mirrors the pages of an (untimed) blog build
                    build_once(configs["blog"], Variant(config="blog"))
                    configs["pages"] = write_pages_only_site(root, theme)
                print(f"site generated in {root}", file=sys.stderr)
                rows.append(Row(posts, theme, measure(configs, args.runs, f"{posts} {theme}")))
                print_build_output(rows[-1])
                if not args.keep:  # free the disk space of big sites early
                    shutil.rmtree(root)
    if args.json:
        print(json.dumps(report(args, rows, comparison), indent=2))
    else:
        print_table(args, rows, comparison)
    return 0


if __name__ == "__main__":
    sys.exit(main())
