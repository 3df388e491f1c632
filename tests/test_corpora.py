"""Real posts from Material's blog, Astro, Eleventy and Jekyll, unchanged, under --strict.

The corpora live beside the repository (`../shared/corpora`, or $BLOGPOSTS_CORPORA);
`scripts/check_corpora.py` checks every post, these tests a few by hand.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
from check_corpora import build_corpus, check, expected_posts  # noqa: E402

CORPORA = Path(os.environ.get("BLOGPOSTS_CORPORA", ROOT.parent / "shared" / "corpora"))
pytestmark = pytest.mark.skipif(not CORPORA.is_dir(), reason=f"no corpora at {CORPORA}")


def items(site: Path, feed: str = "blog/feed.json") -> dict[str, dict]:
    data = json.loads((site / feed).read_text(encoding="utf-8"))
    return {i["url"].removeprefix("https://example.org/"): i for i in data["items"]}


@pytest.mark.parametrize("name", ["material-blog", "astro-blog", "eleventy-blog", "jekyll-news"])
def test_corpus_builds_strict_with_every_post(name: str, tmp_path: Path) -> None:
    site = build_corpus(name, CORPORA / name, tmp_path)
    assert check(name, site, expected_posts(CORPORA / name)) == []


def test_jekyll_posts_by_hand(tmp_path: Path) -> None:
    site = build_corpus("jekyll-news", CORPORA / "jekyll-news", tmp_path)
    found = items(site)
    assert len(found) == 102
    first = found["blog/2013-05-06-jekyll-1-0-0-released/"]
    assert first["title"] == "Jekyll 1.0.0 Released"
    assert first["date_published"] == "2013-05-06T02:12:52+02:00"  # quoted, with offset
    assert first["authors"] == [{"name": "parkr"}]
    # `date: 2023-01-29 18:30:22 2023 -0800` (a stray year): read as Jekyll reads it.
    odd = found["blog/2023-01-29-jekyll-3-9-3-released/"]
    assert odd["date_published"] == "2023-01-29T18:30:22-08:00"
    release = items(site, "blog/categories/release/feed.json")
    assert "blog/2013-05-06-jekyll-1-0-0-released/" in release
    assert (site / "blog/categories/community/index.html").is_file()


def test_material_posts_by_hand(tmp_path: Path) -> None:
    site = build_corpus("material-blog", CORPORA / "material-blog", tmp_path)
    found = items(site)
    post = found["blog/posts/blog-support-just-landed/"]
    assert post["date_published"] == "2022-09-12T00:00:00+00:00"
    assert post["authors"] == [{"name": "Martin Donath", "url": "https://github.com/squidfunk",
                                "avatar": "https://avatars.githubusercontent.com/u/932156"}]
    assert post["summary"].startswith("Our new blog is built with the brand new built-in blog")
    author_page = (site / "blog/authors/squidfunk/index.html").read_text(encoding="utf-8")
    assert "Creator" in author_page
    assert (site / "blog/categories/blog/index.html").is_file()


def test_astro_and_eleventy_by_hand(tmp_path: Path) -> None:
    astro = items(build_corpus("astro-blog", CORPORA / "astro-blog", tmp_path / "a"))
    assert astro["blog/first-post/"]["date_published"] == "2022-07-08T00:00:00+00:00"
    assert astro["blog/first-post/"]["summary"] == "Lorem ipsum dolor sit amet"
    # An .mdx post is a post: its imports and components left out.
    assert astro["blog/using-mdx/"]["title"] == "Using MDX"
    assert "import HeaderLink" not in astro["blog/using-mdx/"]["content_html"]
    eleventy_site = build_corpus("eleventy-blog", CORPORA / "eleventy-blog", tmp_path / "e")
    eleventy = items(eleventy_site)
    fourth = eleventy["blog/fourthpost/fourthpost/"]
    assert fourth["date_published"] == "2018-09-30T00:00:00+00:00"
    assert fourth["tags"] == ["second tag"]  # a bare string, one tag
    assert "blog/fifthpost/" not in eleventy  # `---js` front matter with `draft = true`
    assert not (eleventy_site / "blog/fifthpost").exists()
