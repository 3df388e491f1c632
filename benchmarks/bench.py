"""Build-time and memory cost of the `blogposts` plugin on a large generated blog.

Generates a deterministic site with N Astro-style posts, then builds it with two configs,
one without the plugin (`plugins: [search]`) and one with it (`plugins: [search, blogposts]`),
and reports the median wall time and peak memory (max RSS) of each `mkdocs build`.

Usage: python benchmarks/bench.py [--posts N] [--theme material|mkdocs|readthedocs]
                                  [--runs R] [--keep DIR] [--json]

Stdlib and MkDocs only; needs the `resource` module (Linux, macOS).
"""

from __future__ import annotations

import argparse
import datetime as dt
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


def post_text(rng: random.Random, number: int, total: int, date: dt.date) -> str:
    """Front matter and a 600-900 word body for post `number` of `total`."""
    title = " ".join(w.capitalize() for w in _words(rng, rng.randint(3, 6)))
    description = _sentence(_words(rng, rng.randint(12, 20)))
    tags = ", ".join(f'"{t}"' for t in rng.sample(TAGS, 3))
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

    front_matter = "\n".join([
        "---",
        f'title: "Post {number}: {title}"',
        f'description: "{description}"',
        f"pubDate: {date.isoformat()}",
        f'author: "{rng.choice(AUTHORS)}"',
        f"tags: [{tags}]",
        "---",
    ])
    return front_matter + "\n\n" + "\n\n".join(blocks) + "\n"


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


def generate_site(root: Path, posts: int, theme: str) -> dict[str, Path]:
    """Write docs and both configs under `root`; return the config path of each variant."""
    rng = random.Random(SEED)
    post_dir = root / "docs" / "blog" / "posts"
    post_dir.mkdir(parents=True)
    (root / MARKER).write_text("generated by benchmarks/bench.py\n", encoding="utf-8")
    (root / "docs" / "index.md").write_text(
        f"# Blogposts benchmark\n\nA generated site with {posts} posts.\n", encoding="utf-8")
    (root / "docs" / "blog" / "index.md").write_text("# Blog\n", encoding="utf-8")
    for number, date in enumerate(post_dates(rng, posts), start=1):
        text = post_text(rng, number, posts, date)
        (post_dir / post_name(number, posts)).write_text(text, encoding="utf-8")
    configs = {"plain": root / "mkdocs-plain.yml", "blog": root / "mkdocs-blog.yml"}
    for name, path in configs.items():
        path.write_text(config_yaml(theme, f"site-{name}", plugin=name == "blog"),
                        encoding="utf-8")
    return configs


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


def measure(configs: dict[str, Path], runs: int) -> dict[str, Variant]:
    """One untimed warm-up build of each config, then `runs` timed builds, alternating."""
    variants = {name: Variant(config=path.name) for name, path in configs.items()}
    for round_ in range(runs + 1):
        label = "warm-up" if round_ == 0 else f"run {round_}/{runs}"
        for name, path in configs.items():
            variant = variants[name]
            elapsed, peak = build_once(path, variant, quiet=round_ > 0)
            print(f"{label:<9} {name:<5} {elapsed:7.2f} s  {peak:6.0f} MB", file=sys.stderr)
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


def report(args: argparse.Namespace, variants: dict[str, Variant]) -> dict[str, object]:
    """Everything measured, as JSON-ready data."""
    plain, blog = variants["plain"], variants["blog"]
    return {
        "posts": args.posts,
        "theme": args.theme,
        "runs": args.runs,
        "cores": cores(),
        "python": platform.python_version(),
        "mkdocs": mkdocs.__version__,
        "plain": {**asdict(plain), "median_s": plain.median_s, "peak_mb": plain.peak_mb},
        "blog": {**asdict(blog), "median_s": blog.median_s, "peak_mb": blog.peak_mb},
        "ratio": {"time": blog.median_s / plain.median_s, "memory": blog.peak_mb / plain.peak_mb},
    }


def print_table(args: argparse.Namespace, variants: dict[str, Variant]) -> None:
    """The human-readable summary."""
    plain, blog = variants["plain"], variants["blog"]
    print(f"posts={args.posts} theme={args.theme} runs={args.runs} cores={cores()}")
    for name, variant in variants.items():
        print(f"{name:<6} median {variant.median_s:.2f} s  peak {variant.peak_mb:.0f} MB  "
              f"html files {variant.html_files}")
    print(f"ratio  time {blog.median_s / plain.median_s:.2f}x  "
          f"memory {blog.peak_mb / plain.peak_mb:.2f}x")


def print_build_output(variants: dict[str, Variant], limit: int = 20) -> None:
    """The warnings and errors the builds printed, to stderr."""
    for name, variant in variants.items():
        if not variant.warnings:
            continue
        print(f"\n{name} build printed {len(variant.warnings)} distinct line(s):",
              file=sys.stderr)
        for line in variant.warnings[:limit]:
            print(f"  {line}", file=sys.stderr)
        if len(variant.warnings) > limit:
            print(f"  ... {len(variant.warnings) - limit} more", file=sys.stderr)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """Command-line options."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--posts", type=int, default=1000, help="posts to generate (1000)")
    parser.add_argument("--theme", choices=THEMES, default="material", help="theme (material)")
    parser.add_argument("--runs", type=int, default=3, help="timed builds per config (3)")
    parser.add_argument("--keep", type=Path, metavar="DIR",
                        help="generate the site in DIR and keep it (default: a temp dir)")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args(argv)
    if args.posts < 1 or args.runs < 1:
        parser.error("--posts and --runs must be at least 1")
    return args


def main(argv: list[str] | None = None) -> int:
    """Generate the site, measure both builds, print the results."""
    args = parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="blogposts-bench-") as tmp:
        root = prepare_keep_dir(args.keep.resolve()) if args.keep else Path(tmp)
        configs = generate_site(root, args.posts, args.theme)
        print(f"site generated in {root}", file=sys.stderr)
        variants = measure(configs, args.runs)
    print_build_output(variants)
    if args.json:
        print(json.dumps(report(args, variants), indent=2))
    else:
        print_table(args, variants)
    return 0


if __name__ == "__main__":
    sys.exit(main())
