"""What a `mkdocs serve` rebuild costs after one post is edited, against the first build.

Generates the benchmark site of `bench.py` (same posts, theme and `blogposts` config), then,
in one process and as `mkdocs serve` does: loads the config, builds once (the first build),
and R times edits one post, reloads the config (MkDocs hands back the same plugin object, as
under serve) and builds again, plain or `--dirty`. Prints the first build's time, the median
rebuild time, their ratio, and checks each rebuild shows the edit (the new title on the blog
index and on the post) so a fast but stale rebuild cannot pass.

Usage: python benchmarks/rebuild.py [--posts N] [--theme T] [--runs R] [--dirty]
"""

from __future__ import annotations

import argparse
import logging
import statistics
import sys
import tempfile
import time
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config

sys.path.insert(0, str(Path(__file__).parent))
from bench import THEMES, cores, generate_site, post_name

SERVE_URL = "http://127.0.0.1:8000/"


def build_as_serve(config_file: Path, site_dir: Path, *, dirty: bool) -> float:
    """One build the way `mkdocs serve` runs it; its wall time in seconds."""
    started = time.perf_counter()
    config = load_config(str(config_file), site_dir=str(site_dir))
    config.site_url = SERVE_URL
    config.plugins.on_startup(command="serve", dirty=dirty)
    build(config, serve_url=SERVE_URL, dirty=dirty)
    return time.perf_counter() - started


def edit(post: Path, number: int) -> str:
    """Give `post` a new title; return it."""
    text = post.read_text(encoding="utf-8")
    start = text.index('title: "') + len('title: "')
    title = f"Edited {number}"
    post.write_text(text[:start] + title + text[text.index('"', start):], encoding="utf-8")
    return title


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--posts", type=int, default=1000)
    parser.add_argument("--theme", choices=THEMES, default="material")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--dirty", action="store_true", help="rebuild as `serve --dirty`")
    args = parser.parse_args(argv)
    logging.getLogger("mkdocs").setLevel(logging.WARNING)
    with tempfile.TemporaryDirectory(prefix="blogposts-rebuild-") as tmp:
        root = Path(tmp)
        print(f"generating {args.posts} posts ({args.theme})...", file=sys.stderr)
        config = generate_site(root, args.posts, args.theme)["blog"]
        site_dir = root / "site"
        first = build_as_serve(config, site_dir, dirty=False)
        # The newest post: on the blog index's first page, so the check sees the listing too.
        post = root / "docs" / "blog" / "posts" / post_name(args.posts, args.posts)
        slug = post.stem
        rebuilds = []
        for number in range(1, args.runs + 1):
            title = edit(post, number)
            rebuilds.append(build_as_serve(config, site_dir, dirty=args.dirty))
            index = (site_dir / "blog" / "index.html").read_text(encoding="utf-8")
            page = (site_dir / "blog" / "posts" / slug / "index.html").read_text(encoding="utf-8")
            if title not in index or title not in page:
                print(f"rebuild {number}: the edit ({title!r}) is missing: stale output "
                      f"(index: {title in index}, post: {title in page})", file=sys.stderr)
                return 1
        median = statistics.median(rebuilds)
        kind = "dirty rebuild" if args.dirty else "rebuild"
        print(f"cores={cores()} posts={args.posts} theme={args.theme} runs={args.runs}")
        print(f"first build {first:6.2f} s")
        print(f"{kind:13s} {median:6.2f} s  (median; {rebuilds[0]:.2f} s the first time)  "
              f"{median / first:.2f}x the first build; every edit showed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
