"""The shipped example site builds under --strict, and its feeds are what readers need."""

from __future__ import annotations

import json
import shutil
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit
from xml.etree import ElementTree

import feedparser
from bs4 import BeautifulSoup

EXAMPLE = Path(__file__).parent.parent / "example_site"
sys.path.insert(0, str(EXAMPLE.parent / "scripts"))
from snapshot import build_config  # noqa: E402


def build_example(tmp_path: Path) -> Path:
    return build_config(EXAMPLE / "mkdocs.yml", tmp_path / "site", strict=True)


def feeds_of(site_dir: Path) -> dict[str, bytes]:
    return {str(p.relative_to(site_dir)): p.read_bytes()
            for name in ("feed.xml", "atom.xml", "feed.json") for p in site_dir.rglob(name)}


def test_example_site_feeds(tmp_path: Path) -> None:
    docs_before = sorted(p for p in (EXAMPLE / "docs").rglob("*"))
    site_dir = build_example(tmp_path)
    assert sorted(p for p in (EXAMPLE / "docs").rglob("*")) == docs_before
    feeds = feeds_of(site_dir)
    folders = {path.rsplit("/", 1)[0] for path in feeds}
    tags = {p.parent.name for p in (site_dir / "blog/tags").glob("*/index.html")}
    authors = {p.parent.name for p in (site_dir / "blog/authors").glob("*/index.html")}
    categories = {p.parent.name for p in (site_dir / "blog/categories").glob("*/index.html")}
    assert len(tags) >= 8
    assert authors == {"mara", "tobias", "priya-raman"}
    assert folders == ({"blog"} | {f"blog/tags/{t}" for t in tags}
                       | {f"blog/authors/{a}" for a in authors}
                       | {f"blog/categories/{c}" for c in categories})
    assert len(feeds) == 3 * len(folders)
    for path, data in feeds.items():
        if path.endswith(".json"):
            items = json.loads(data)["items"]
            contents = [item.get("content_html", "") for item in items]
        else:
            parsed = feedparser.parse(data)
            assert parsed.bozo == 0, (path, parsed.get("bozo_exception"))
            items = parsed.entries
            root = ElementTree.fromstring(data)
            contents = [el.text or "" for el in root.iter()
                        if el.tag.endswith(("}encoded", "}content"))]
        assert items, path
        for html in contents:
            soup = BeautifulSoup(html, "html.parser")
            for tag in soup.find_all(True):
                for attr in ("href", "src"):
                    if tag.get(attr):
                        assert urlsplit(tag[attr]).scheme == "https", (path, tag[attr])
    blog = feedparser.parse(feeds["blog/feed.xml"])
    assert "Sneak peek: live query preview" not in [e.title for e in blog.entries]  # a draft
    assert len(blog.entries) == 14

    # Built again a second later (no date in a feed may come from the clock): the same bytes.
    shutil.rmtree(site_dir)
    time.sleep(1.0)
    assert feeds_of(build_example(tmp_path)) == feeds
