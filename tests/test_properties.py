"""Properties over whole sites: any front matter, in any of the four syntaxes, and any value of
any option, ends in a build or in clean messages, never a traceback."""

from __future__ import annotations

import datetime as dt
import json
import logging
import shutil
from typing import TYPE_CHECKING, Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import Abort, ConfigurationError, PluginError

from mkdocs_blogposts.config import BlogpostsConfig

if TYPE_CHECKING:
    from pathlib import Path

KEYS = ["title", "description", "date", "pubDate", "updated", "author", "authors", "tags",
        "categories", "image", "draft", "slug", "permalink", "url", "aliases", "redirect_from",
        "pin", "readtime", "links", "unlisted", "status", "published"]
DATES = st.sampled_from([
    "2024-05-01", "2024-5-1", "May 2024", "10:00", "2025-01-05 10:00:00 EST",
    "2025-01-05T10:00:00+24:00", "Jul 08 2022", "2023-01-29 18:30:22 2023 -0800",
    "Tue, 05 Jan 2026 10:00:00 +0100", "9999-12-31", "0001-01-01", "2024-02-30", "",
])
TEXT = st.text(max_size=40) | st.text(alphabet="/.:#{}<>&\"' \x00\x01\u202e", max_size=20)
SCALARS = (st.none() | st.booleans() | st.integers(-10**20, 10**20) | TEXT | DATES
           | st.dates(min_value=dt.date(1, 1, 1)) | st.floats(allow_nan=False)
           | st.text(min_size=300, max_size=600))
VALUES = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=5)
                      | st.dictionaries(st.sampled_from(KEYS) | TEXT, inner, max_size=4),
                      max_leaves=15)
FRONT = st.dictionaries(st.sampled_from(KEYS), VALUES, max_size=8)
# Plain values the other syntaxes can write (TOML and JSON have no dates; `---js` reads
# literals only).
PLAIN = st.recursive(st.none() | st.booleans() | st.integers(-10**9, 10**9) | TEXT | DATES,
                     lambda inner: st.lists(inner, max_size=4), max_leaves=8)
SETTINGS = settings(max_examples=25, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow,
                                           HealthCheck.function_scoped_fixture])


def toml_value(value: object) -> str:
    if value is None:
        return '""'
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value if v is not None) + "]"
    return json.dumps(value) if isinstance(value, str) else str(value)


def text_of(syntax: str, meta: dict[str, Any]) -> str:
    if syntax == "yaml":
        return "---\n" + yaml.safe_dump(meta, allow_unicode=True) + "---\n\nBody.\n"
    if syntax == "toml":
        return ("+++\n" + "".join(f"{key} = {toml_value(value)}\n" for key, value in meta.items())
                + "+++\n\nBody.\n")
    if syntax == "json":
        return "---json\n" + json.dumps(meta, default=str) + "\n---\n\nBody.\n"
    return ("---js\n" + "".join(f"const {key} = {json.dumps(value, default=str)};\n"
                                for key, value in meta.items()) + "---\n\nBody.\n")


def build_quietly(root: Path, plugin: dict[str, Any]) -> bool:
    """Build the site at `root`: True when it is built; only MkDocs' clean failures may end
    it otherwise."""
    config = {"site_name": "P", "site_url": "https://example.org/", "theme": {"name": "mkdocs"},
              "plugins": [{"blogposts": plugin}]}
    (root / "mkdocs.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
    dict(MkDocsConfig._schema)["plugins"].plugin_cache.clear()
    logging.getLogger("mkdocs").setLevel(logging.CRITICAL)
    try:
        cfg = load_config(str(root / "mkdocs.yml"), site_dir=str(root / "site"))
        cfg.plugins.on_startup(command="build", dirty=False)
        try:
            build(cfg)
        finally:
            cfg.plugins.on_shutdown()
    except (Abort, ConfigurationError, PluginError):
        return False  # a clean, one-line failure
    finally:
        logging.getLogger("mkdocs").setLevel(logging.NOTSET)
    return True


@pytest.fixture
def blank(tmp_path: Path) -> Path:
    return tmp_path


@SETTINGS
@given(front=FRONT, plain=st.dictionaries(st.sampled_from(KEYS), PLAIN, max_size=6),
       syntax=st.sampled_from(["yaml", "toml", "json", "js"]))
def test_any_post_in_any_syntax_builds_or_says_why(blank: Path, front: dict[str, Any],
                                                   plain: dict[str, Any], syntax: str) -> None:
    root = blank / "site"
    shutil.rmtree(root, ignore_errors=True)
    (root / "docs/blog").mkdir(parents=True)
    (root / "docs/index.md").write_text("# Home\n", encoding="utf-8")
    (root / "docs/blog/yaml.md").write_text(text_of("yaml", front), encoding="utf-8")
    (root / "docs/blog/other.md").write_text(text_of(syntax, plain), encoding="utf-8")
    (root / "docs/blog/fine.md").write_text("---\ntitle: Fine\ndate: 2024-01-01\n---\n\nx\n",
                                            encoding="utf-8")
    assert build_quietly(root, {})  # bad posts are reported, never fatal (not strict)
    assert "Fine" in (root / "site/blog/index.html").read_text(encoding="utf-8")


OPTION_VALUES = (st.none() | st.booleans() | st.integers(-5, 10**6) | TEXT
                 | st.sampled_from(["{date}/{slug}", "{nope}", "{", "yyyy/MM", ".", "..", "",
                                    "/x/", "{blog}/posts", "material", "hugo", "rss", "warn"])
                 | st.lists(st.sampled_from(["rss", "atom", "json", "tags", "x"]), max_size=3)
                 | st.dictionaries(st.sampled_from(["undated", "nope"]),
                                   st.sampled_from(["warn", "loud"]), max_size=2))
OPTIONS = [name for name, _ in BlogpostsConfig._schema]


@SETTINGS
@given(options=st.dictionaries(st.sampled_from(OPTIONS), OPTION_VALUES, max_size=4))
def test_any_option_value_builds_or_says_why(blank: Path, options: dict[str, Any]) -> None:
    root = blank / "site"
    shutil.rmtree(root, ignore_errors=True)
    (root / "docs/blog/posts").mkdir(parents=True)
    (root / "docs/index.md").write_text("# Home\n", encoding="utf-8")
    (root / "docs/blog/posts/a.md").write_text(
        "---\ntitle: A\ndate: 2024-01-02\ntags: [x]\ncategories: [y]\n---\n\nx\n",
        encoding="utf-8")
    build_quietly(root, options)
