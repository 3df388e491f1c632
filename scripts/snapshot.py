"""Golden outputs: build the example site, the hostile test site (two configs) and, when given,
the four real corpora, and record a digest of every file each build writes.

    python scripts/snapshot.py --check      # compare with tests/golden/ (exit 1 if different)
    python scripts/snapshot.py --write      # record the current output as the new golden
    python scripts/snapshot.py --check --corpora ../shared/corpora

A refactoring must leave every digest as it is; a change of behaviour rewrites the golden files
in the same commit, so the diff of `tests/golden/` shows which pages and feeds it changed.
`tests/test_golden.py` runs the check.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import tempfile
from importlib.metadata import version
from pathlib import Path
from typing import TYPE_CHECKING

from mkdocs.commands.build import build
from mkdocs.config import load_config

if TYPE_CHECKING:
    from collections.abc import Callable

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"
HOSTILE = ROOT / "tests" / "sites" / "hostile"
# The build's time (MkDocs' sitemap dates, which posts are in the future) follows
# SOURCE_DATE_EPOCH: fix it so two days agree. 2027-01-15, after every post of the sites.
EPOCH = "1800000000"
# The output depends on these too: a golden file names the versions it was recorded with.
PACKAGES = ("mkdocs", "mkdocs-material", "markdown", "pymdown-extensions", "feedgen", "babel",
            "jinja2", "lxml")


def build_config(config_file: Path, site_dir: Path, *, strict: bool = False) -> Path:
    """`mkdocs build` of `config_file` into `site_dir`, as the CLI runs it."""
    config = load_config(str(config_file), site_dir=str(site_dir), strict=strict)
    config.plugins.on_startup(command="build", dirty=False)
    try:
        build(config)
    finally:
        config.plugins.on_shutdown()
    return site_dir


def digests(site_dir: Path) -> dict[str, str]:
    """A short digest of every file under `site_dir`, by relative path."""
    return {path.relative_to(site_dir).as_posix():
            hashlib.sha256(path.read_bytes()).hexdigest()[:16]
            for path in sorted(site_dir.rglob("*")) if path.is_file()}


def sites(corpora: Path | None) -> dict[str, Callable[[Path], Path]]:
    """Each golden site by name: a function building it under a temporary folder."""
    found: dict[str, Callable[[Path], Path]] = {
        "example": lambda tmp: build_config(ROOT / "example_site/mkdocs.yml", tmp / "site"),
        "hostile": lambda tmp: build_config(HOSTILE / "mkdocs.yml", tmp / "site"),
        "hostile-flat": lambda tmp: build_config(HOSTILE / "mkdocs-flat.yml", tmp / "site"),
    }
    if corpora is not None:
        sys.path.insert(0, str(ROOT / "scripts"))
        from check_corpora import CORPORA, build_corpus

        for name in CORPORA:
            found[f"corpus-{name}"] = (
                lambda tmp, name=name: build_corpus(name, corpora / name, tmp))
    return found


def snapshot(name: str, make: Callable[[Path], Path]) -> dict[str, object]:
    """The golden record of one site: package versions and file digests."""
    before = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = EPOCH
    try:
        with tempfile.TemporaryDirectory() as tmp:
            files = digests(make(Path(tmp)))
    finally:
        if before is None:
            del os.environ["SOURCE_DATE_EPOCH"]
        else:
            os.environ["SOURCE_DATE_EPOCH"] = before
    return {"site": name, "versions": {p: version(p) for p in PACKAGES}, "files": files}


def compare(recorded: dict[str, object], current: dict[str, object]) -> list[str]:
    """Differences, one line each: files added, removed or changed."""
    old, new = recorded["files"], current["files"]
    assert isinstance(old, dict)
    assert isinstance(new, dict)
    lines = [f"changed: {path}" for path in sorted(old) if path in new and old[path] != new[path]]
    lines += [f"missing: {path}" for path in sorted(old) if path not in new]
    lines += [f"new: {path}" for path in sorted(new) if path not in old]
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--check", action="store_true", help="compare with tests/golden/")
    mode.add_argument("--write", action="store_true", help="record tests/golden/ anew")
    parser.add_argument("--corpora", type=Path, help="folder of the four real corpora")
    parser.add_argument("--only", help="comma-separated site names")
    args = parser.parse_args()
    chosen = sites(args.corpora)
    if args.only:
        chosen = {k: v for k, v in chosen.items() if k in args.only.split(",")}
    failed = False
    for name, make in chosen.items():
        current = snapshot(name, make)
        path = GOLDEN / f"{name}.json"
        if args.write:
            GOLDEN.mkdir(parents=True, exist_ok=True)
            path.write_text(json.dumps(current, indent=1, ensure_ascii=False) + "\n",
                            encoding="utf-8")
            print(f"{name}: {len(current['files'])} files recorded")  # type: ignore[arg-type]
            continue
        recorded = json.loads(path.read_text(encoding="utf-8"))
        lines = compare(recorded, current)
        if recorded["versions"] != current["versions"]:
            lines.insert(0, f"recorded with {recorded['versions']}, now {current['versions']}")
        print(f"{name}: " + ("identical" if not lines else f"{len(lines)} differences"))
        for line in lines:
            print("   ", line)
        failed = failed or bool(lines)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
