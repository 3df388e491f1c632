"""Build each real blog corpus (posts from other engines' repositories) as the `docs/blog/` of
a fresh site under `--strict`, then check every post is listed with the date, authors and tags
its source engine meant, read here independently of the plugin.

    python scripts/check_corpora.py ../shared/corpora

Exit status 1 when a build fails or a post is missing or wrong; 2 when the corpora are not
there.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import shutil
import stat
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml
from dateutil import parser as dateutil_parser
from mkdocs.commands.build import build
from mkdocs.config import load_config

CORPORA = ("material-blog", "astro-blog", "eleventy-blog", "jekyll-news")
POST_SUFFIXES = (".md", ".markdown", ".mdx")

SITE_CONFIG: dict[str, Any] = {
    "site_name": "Corpus",
    "site_url": "https://example.org/",
    "theme": {"name": "material", "font": False},
    "markdown_extensions": [
        "admonition", "attr_list", "md_in_html", "footnotes", "tables",
        "pymdownx.details", "pymdownx.superfences", "pymdownx.tabbed", "pymdownx.emoji",
    ],
    # These posts link to pages and images of their original sites, which are not here.
    "validation": {"links": {"not_found": "info", "unrecognized_links": "info",
                             "absolute_links": "info", "anchors": "info"}},
}
# Only the Astro posts point their cover images outside the blog folder.
PLUGIN_OPTIONS = {"astro-blog": {"validation": {"missing_images": "info"}}}


def build_corpus(name: str, source: Path, root: Path) -> Path:
    """Build `source` as `root/docs/blog` under --strict; return the site folder."""
    docs = root / "docs"
    shutil.copytree(source, docs / "blog")
    for path in docs.rglob("*"):  # the corpora are read-only; the copy needs not be
        path.chmod(path.stat().st_mode | stat.S_IWUSR)
    (docs / "index.md").write_text("# Home\n", encoding="utf-8")
    options = {"feed_items": 10_000, **PLUGIN_OPTIONS.get(name, {})}
    config = {**SITE_CONFIG, "plugins": ["search", {"blogposts": options}]}
    (root / "mkdocs.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
    cfg = load_config(str(root / "mkdocs.yml"), strict=True, site_dir=str(root / "site"))
    cfg.plugins.on_startup(command="build", dirty=False)
    try:
        build(cfg)
    finally:
        cfg.plugins.on_shutdown()
    return root / "site"


def expected_posts(source: Path) -> dict[str, dict[str, Any]]:
    """What each source engine means, by post URL path: day, authors, tags."""
    profiles = {}
    authors_file = source / ".authors.yml"
    if authors_file.is_file():
        data = yaml.safe_load(authors_file.read_text(encoding="utf-8"))["authors"]
        profiles = {key: value["name"] for key, value in data.items()}
    expected = {}
    for path in sorted(source.rglob("*")):
        rel = path.relative_to(source)
        if (path.suffix not in POST_SUFFIXES or rel.name.lower() in ("index.md", "readme.md")
                or any(part.startswith((".", "_")) for part in rel.parts)):
            continue
        meta = _front_matter(path.read_text(encoding="utf-8"))
        if meta.get("draft") is True:
            continue
        url = "blog/" + rel.with_suffix("").as_posix() + "/"
        expected[url] = {
            "day": _day(meta, rel),
            "authors": [profiles.get(a, a)
                        for a in _as_list(meta.get("authors", meta.get("author")))],
            # JSON Feed `tags` name a post's tags and its categories.
            "tags": sorted({t.casefold() for t in
                            _as_list(meta.get("tags"), split=True)
                            + _as_list(meta.get("categories", meta.get("category")),
                                       split=True)}),
        }
    return expected


def check(name: str, site: Path, expected: dict[str, dict[str, Any]]) -> list[str]:
    """Differences between the blog feed of `site` and `expected`."""
    items = json.loads((site / "blog/feed.json").read_text(encoding="utf-8"))["items"]
    found = {item["url"].removeprefix("https://example.org/"): item for item in items}
    errors = [f"{name}: {url}: not listed" for url in expected if url not in found]
    errors += [f"{name}: {url}: listed but not a post" for url in found if url not in expected]
    for url, want in expected.items():
        item = found.get(url)
        if item is None:
            continue
        got = {"day": item["date_published"][:10],
               "authors": [a["name"] for a in item.get("authors", [])],
               "tags": sorted({t.casefold() for t in item.get("tags", [])})}
        errors += [f"{name}: {url}: {key}: expected {want[key]!r}, got {got[key]!r}"
                   for key in want if want[key] != got[key]]
    return errors


def _front_matter(text: str) -> dict[str, Any]:
    if text.startswith("---js"):  # Eleventy: `const name = value;` lines
        block = text.split("\n---", 1)[0].splitlines()[1:]
        pairs = (line.removeprefix("const ").rstrip(";").split(" = ", 1) for line in block)
        return {k: json.loads(v) for k, v in pairs}
    if not text.startswith("---"):
        return {}
    data = yaml.safe_load(text.split("\n---", 1)[0][3:])
    return data if isinstance(data, dict) else {}


def _day(meta: dict[str, Any], rel: Path) -> str:
    value = meta.get("date", meta.get("pubDate"))
    if isinstance(value, dict):
        value = value.get("created")
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    if isinstance(value, str):
        if value[:4].isdigit():
            return value[:10]
        return dateutil_parser.parse(value).date().isoformat()
    return rel.name[:10]


def _as_list(value: Any, *, split: bool = False) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [v.strip() for v in value.split(",")] if split else [value]
    return [str(v) for v in value]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpora", type=Path, help="folder holding the four corpora")
    args = parser.parse_args()
    logging.getLogger("mkdocs").setLevel(logging.WARNING)  # warnings still fail --strict
    missing = [name for name in CORPORA if not (args.corpora / name).is_dir()]
    if missing:
        where = ("the folder is missing" if not args.corpora.is_dir()
                 else f"it lacks {', '.join(missing)}")
        print(f"no corpora at {args.corpora}: {where}. They are real posts from other "
              f"engines' repositories ({', '.join(CORPORA)}), kept beside this repository "
              "(CONTRIBUTING.md, \"Tests\"); give their folder as the argument.",
              file=sys.stderr)
        return 2
    errors: list[str] = []
    for name in CORPORA:
        source = args.corpora / name
        with tempfile.TemporaryDirectory() as tmp:
            try:
                site = build_corpus(name, source, Path(tmp))
            except Exception as exc:  # report the failing corpus, then go on to the next
                errors.append(f"{name}: build failed under --strict: {exc!r}")
                print(f"{name}: BUILD FAILED")
                continue
            expected = expected_posts(source)
            found = check(name, site, expected)
            errors += found
            verdict = (f"{len(found)} differences" if found
                       else "all listed with their dates, authors and tags")
            print(f"{name}: {len(expected)} posts expected, {verdict}")
    for error in errors:
        print(error, file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
