"""Build real MkDocs sites in tmp_path and read what they wrote."""

from __future__ import annotations

import logging
import os
import posixpath
import textwrap
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlsplit

import pytest
import yaml
from bs4 import BeautifulSoup
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from pathlib import Path

os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")

THEMES = ["mkdocs", "readthedocs", "material"]


class Site:
    """A test site on disk: write docs, build, read pages and feeds."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.docs = root / "docs"
        self.out = root / "site"
        self.config: dict[str, Any] = {
            "site_name": "Test Site",
            "site_url": "https://example.org/sub/",
            "theme": {"name": "mkdocs"},
            "plugins": ["search", "blogposts"],
        }

    def write(self, files: dict[str, str | bytes]) -> Site:
        for rel, content in files.items():
            path = self.docs / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(textwrap.dedent(content).lstrip("\n"), encoding="utf-8")
        return self

    def remove(self, rel: str) -> None:
        (self.docs / rel).unlink()

    def plugin_options(self, **options: Any) -> Site:
        self.config["plugins"] = ["search", {"blogposts": options}]
        return self

    def build(self, *, strict: bool = True, command: str = "build",
              serve_url: str | None = None, dirty: bool = False) -> Path:
        (self.root / "mkdocs.yml").write_text(yaml.safe_dump(self.config), encoding="utf-8")
        if not (self.docs / "index.md").exists():
            self.write({"index.md": "# Home\n\nWelcome.\n"})
        config = load_config(str(self.root / "mkdocs.yml"), strict=strict,
                             site_dir=str(self.out))
        self.last_config = config
        if serve_url:  # what `mkdocs serve` does before each build
            config.site_url = serve_url
        config.plugins.on_startup(command=command, dirty=dirty)
        try:
            build(config, serve_url=serve_url, dirty=dirty)
        finally:
            config.plugins.on_shutdown()
        return self.out

    def dest(self, src_uri: str) -> str:
        """Where MkDocs writes the page of `src_uri` under the current URL setting."""
        use_dirs = self.config.get("use_directory_urls", True)
        return File(src_uri, str(self.docs), str(self.out), use_dirs).dest_uri

    def html(self, rel: str) -> BeautifulSoup:
        return BeautifulSoup((self.out / rel).read_text(encoding="utf-8"), "html.parser")

    def feeds(self) -> dict[str, bytes]:
        """Every feed file written, by site-relative path."""
        return {str(p.relative_to(self.out)): p.read_bytes()
                for pattern in ("feed.xml", "atom.xml", "feed.json")
                for p in sorted(self.out.rglob(pattern))}

    def text(self, rel: str) -> str:
        return (self.out / rel).read_text(encoding="utf-8")

    @staticmethod
    def resolve(rel: str, href: str) -> str:
        """Site-relative path an `href` in the page at `rel` points to."""
        return posixpath.normpath(posixpath.join(posixpath.dirname(rel), href))

    def broken_links(self, rel: str) -> list[str]:
        """Relative href/src in the page at `rel` that point at no written file."""
        soup = self.html(rel)
        page_dir = posixpath.dirname(rel)
        broken = []
        for tag in soup.find_all(["a", "img", "link", "script"]):
            url = tag.get("href") or tag.get("src")
            if not url or not isinstance(url, str):
                continue
            parts = urlsplit(url)
            if parts.scheme or parts.netloc or url.startswith("#"):
                continue
            target = posixpath.normpath(posixpath.join(page_dir, unquote(parts.path)))
            path = self.out / target
            # A link to a folder works only where a web server serves its index.html: with
            # use_directory_urls off, MkDocs links files, and so must we (file:// readers).
            if self.config.get("use_directory_urls", True) and (
                    parts.path.endswith("/") or path.is_dir()):
                path = path / "index.html"
            if not path.is_file():
                broken.append(url)
        return broken


@pytest.fixture(autouse=True)
def fresh_plugin() -> Iterator[None]:
    """MkDocs keeps one plugin object per process (for `mkdocs serve`): each test starts with a
    new one, so a per-build reset that is missing cannot hide behind the order of tests. Tests
    that build twice with one object do it on purpose."""
    cache = dict(MkDocsConfig._schema)["plugins"].plugin_cache
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def site(tmp_path: Path) -> Site:
    return Site(tmp_path)


@pytest.fixture
def warnings(caplog: pytest.LogCaptureFixture) -> Callable[[], list[str]]:
    """The plugin's WARNING lines of the test so far."""
    caplog.set_level(logging.INFO)

    def collect() -> list[str]:
        return [r.getMessage().removeprefix("mkdocs_blogposts: ") for r in caplog.records
                if r.levelno >= logging.WARNING and "blogposts" in r.name]

    return collect


ASTRO_POSTS: dict[str, str | bytes] = {
    "blog/posts/first-post.md": """
        ---
        title: "First post"
        description: "The very first post."
        pubDate: 2026-01-05
        author: "Omair Khan"
        image: "../../assets/cover.png"
        tags: ["AI", "Engineering", "LLM"]
        ---

        Hello from the **first** post. See [the second](second-post.md).

        <div class="note"><kbd>Ctrl</kbd>+<kbd>C</kbd> stops it.</div>
        """,
    "blog/posts/second-post.md": """
        ---
        title: "Second post"
        description: "Another one."
        pubDate: 'Jul 08 2025'
        author: "Omair Khan"
        tags: ["Engineering", "C++"]
        ---

        # Second post

        Body of the second post, with an image: ![alt](../../assets/cover.png)
        """,
    "blog/posts/third-post.md": """
        ---
        date: 2025-03-01
        authors: [squidfunk]
        title: Material style
        categories:
          - Release
        tags:
          - ai
        ---

        A Material-style post.
        """,
    "blog/2024-12-24-jekyll-style.md": """
        ---
        title: "Jekyll style"
        author: squidfunk
        tags: release, cli
        ---

        Dated by its file name.
        """,
    "blog/.authors.yml": """
        authors:
          squidfunk:
            name: Martin Donath
            description: Creator
            avatar: https://example.org/avatar.png
            url: https://github.com/squidfunk
        """,
    # A tiny valid PNG (1x1).
    "assets/cover.png": bytes.fromhex(
        "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
        "1f15c4890000000d49444154789c63f8cfc0f01f0005000201e221bc33"
        "0000000049454e44ae426082"
    ),
}
