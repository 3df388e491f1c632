"""The commands users run, as subprocesses on loopback: `mkdocs serve` (with and without
--dirty), `mkdocs gh-deploy` to a local bare repository, and a link check of the example site
served under a sub-path."""

from __future__ import annotations

import contextlib
import functools
import http.server
import importlib.util
import os
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

import feedparser
import pytest
import yaml
from bs4 import BeautifulSoup
from conftest import ASTRO_POSTS, Site

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

ROOT = Path(__file__).parent.parent
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def fetch(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.read().decode("utf-8", errors="replace")
    except urllib.error.HTTPError as exc:
        return exc.code, ""
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return 0, ""


def wait_for(check: Callable[[], bool], what: str, timeout: float = 40) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.3)
    pytest.fail(f"timed out waiting for {what}")


TOOLS = ["mkdocs", pytest.param("properdocs", marks=pytest.mark.skipif(
    importlib.util.find_spec("properdocs") is None, reason="properdocs is not installed"))]


@contextlib.contextmanager
def serving(site: Site, *args: str, tool: str = "mkdocs") -> Iterator[str]:
    """`<tool> serve` of `site` on a free port; yields the base URL (site_url's path kept)."""
    site.config["site_url"] = "https://example.org/sub/"
    use_tool_theme(site, tool)
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", tool, "serve", "-f", str(site.root / "mkdocs.yml"),
         "-a", f"127.0.0.1:{port}", *args],
        env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )
    base = f"http://127.0.0.1:{port}/sub/"
    try:
        wait_for(lambda: fetch(base + "blog/")[0] == 200, "mkdocs serve to start")
        yield base
    finally:
        proc.terminate()
        try:
            _, errors = proc.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            _, errors = proc.communicate()
    assert "Traceback" not in errors, errors


def use_tool_theme(site: Site, tool: str) -> None:
    """ProperDocs ships no `mkdocs` theme (that is `properdocs-theme-mkdocs`): use Material."""
    if tool == "properdocs":
        site.config["theme"] = {"name": "material", "font": False}
    (site.root / "mkdocs.yml").write_text(yaml.safe_dump(site.config), encoding="utf-8")


def cards(html: str) -> list[str]:
    soup = BeautifulSoup(html, "html.parser")
    return [a.get_text() for a in soup.select(".blogposts-card-title a")]


@pytest.mark.parametrize("tool", TOOLS)
def test_serve_rebuilds_tags_feeds_and_drafts(site: Site, tool: str) -> None:
    site.write({**ASTRO_POSTS,
                "blog/posts/draft.md": "---\ntitle: Draft one\ndate: 2025-05-05\ndraft: true\n"
                                       "---\n\nWork in progress.\n"})
    with serving(site, tool=tool) as base:
        assert fetch(base + "blog/tags/ai/")[0] == 200
        status, rss = fetch(base + "blog/feed.xml")
        feed = feedparser.parse(rss)
        assert status == 200
        assert feed.bozo == 0
        assert feed.entries[0].link == base + "blog/posts/first-post/"  # the serve address
        assert fetch(base + "blog/atom.xml")[0] == 200
        assert fetch(base + "blog/feed.json")[0] == 200
        assert fetch(base + "blog/posts/draft/")[0] == 200  # previewed by serve
        assert "Draft one" not in rss  # never in a feed

        post = site.docs / "blog/posts/second-post.md"
        original = post.read_text(encoding="utf-8")
        post.write_text(original.replace('"C++"]', '"C++", "Brand New"]'), encoding="utf-8")
        wait_for(lambda: fetch(base + "blog/tags/brand-new/")[0] == 200, "the new tag page")
        assert "Second post" in cards(fetch(base + "blog/tags/brand-new/")[1])
        post.write_text(original, encoding="utf-8")
        wait_for(lambda: fetch(base + "blog/tags/brand-new/")[0] == 404, "the tag page to go")

    out = site.build()
    assert not (out / "blog/posts/draft").exists()
    assert "Draft one" not in site.text("blog/index.html")


@pytest.mark.parametrize("tool", TOOLS)
def test_serve_dirty_keeps_listings_and_feeds_complete(site: Site, tool: str) -> None:
    posts = {f"blog/posts/p{n:02d}.md": f"---\ntitle: Post {n:02d}\ndate: 2025-02-{n:02d}\n"
                                        f"tags: [even]\n---\n\nBody {n}.\n\n<!-- more -->\n"
                                        "\nMore.\n"
             for n in range(2, 26, 2)}
    # The blog index is the user's own page: its source never changes, its listing does.
    posts["blog/index.md"] = "# News\n\nWhat we have been up to.\n"
    site.write(posts)
    with serving(site, "--dirty", tool=tool) as base:
        before = cards(fetch(base + "blog/")[1]) + cards(fetch(base + "blog/page/2/")[1])
        assert len(before) == 12
        rss_before = feedparser.parse(fetch(base + "blog/feed.xml")[1])
        edited = site.docs / "blog/posts/p10.md"
        edited.write_text(edited.read_text(encoding="utf-8").replace("Post 10", "Post ten"),
                          encoding="utf-8")
        wait_for(lambda: "Post ten" in fetch(base + "blog/")[1], "the edited title in the listing")
        after = cards(fetch(base + "blog/")[1]) + cards(fetch(base + "blog/page/2/")[1])
        assert after == [t.replace("Post 10", "Post ten") for t in before]
        tag = (cards(fetch(base + "blog/tags/even/")[1])
               + cards(fetch(base + "blog/tags/even/page/2/")[1]))
        assert len(tag) == 12
        rss_after = feedparser.parse(fetch(base + "blog/feed.xml")[1])
        assert len(rss_after.entries) == 12
        # Unchanged posts keep their full content in the feed, though not re-rendered.
        for old, new in zip(rss_before.entries, rss_after.entries, strict=True):
            if new.title != "Post ten":
                assert new.content[0].value == old.content[0].value
        index = BeautifulSoup(fetch(base + "blog/")[1], "html.parser")
        assert all(card.select_one(".blogposts-excerpt")
                   for card in index.select(".blogposts-card"))


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
@pytest.mark.parametrize("tool", TOOLS)
def test_gh_deploy_publishes_every_page_and_feed(site: Site, tmp_path: Path, tool: str) -> None:
    site.write(ASTRO_POSTS)
    site.config["site_url"] = "https://user.github.io/repo/"
    use_tool_theme(site, tool)
    (site.docs / "index.md").write_text("# Home\n", encoding="utf-8")
    origin = tmp_path / "origin.git"
    git = ["git", "-c", "user.name=Test", "-c", "user.email=test@example.org"]
    subprocess.run(["git", "init", "-q", "--bare", str(origin)], check=True)
    subprocess.run(["git", "init", "-q", "-b", "main"], cwd=site.root, check=True)
    subprocess.run(["git", "remote", "add", "origin", str(origin)], cwd=site.root, check=True)
    subprocess.run([*git, "add", "docs", "mkdocs.yml"], cwd=site.root, check=True)
    subprocess.run([*git, "commit", "-q", "-m", "site"], cwd=site.root, check=True)
    env = {**ENV, "GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.org",
           "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.org"}
    result = subprocess.run([sys.executable, "-m", tool, "gh-deploy", "--force", "--strict",
                             "-f", "mkdocs.yml"],
                            cwd=site.root, env=env, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    listed = subprocess.run(["git", "--git-dir", str(origin), "ls-tree", "-r", "--name-only",
                             "gh-pages"], capture_output=True, text=True, check=True).stdout
    files = set(listed.split())
    for folder in ["blog", "blog/tags", "blog/authors", "blog/categories",
                   "blog/tags/ai", "blog/tags/c-plus-plus", "blog/tags/engineering",
                   "blog/tags/llm", "blog/tags/release", "blog/tags/cli",
                   "blog/authors/omair-khan", "blog/authors/squidfunk",
                   "blog/categories/release", "blog/archive/2025"]:
        assert f"{folder}/index.html" in files, folder
    feed_folders = ["blog", "blog/tags/ai", "blog/tags/c-plus-plus", "blog/tags/engineering",
                    "blog/tags/llm", "blog/tags/release", "blog/tags/cli",
                    "blog/authors/omair-khan", "blog/authors/squidfunk", "blog/categories/release"]
    for folder in feed_folders:
        for name in ("feed.xml", "atom.xml", "feed.json"):
            assert f"{folder}/{name}" in files, (folder, name)
    assert "blog/posts/first-post/index.html" in files
    assert "blog/feed.css" in files


def test_link_check_of_example_site_under_a_sub_path(tmp_path: Path) -> None:
    out = tmp_path / "site"
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f",
                             str(ROOT / "example_site/mkdocs.yml"), "-d", str(out)],
                            env=ENV, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    site_url = yaml.safe_load((ROOT / "example_site/mkdocs.yml").read_text())["site_url"]
    prefix = urlsplit(site_url).path  # /lanternfish/
    webroot = tmp_path / "webroot"
    (webroot / prefix.strip("/")).parent.mkdir(parents=True, exist_ok=True)
    shutil.copytree(out, webroot / prefix.strip("/"))
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(webroot))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    origin = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        checked, broken = link_check(out, site_url, origin + prefix)
    finally:
        server.shutdown()
        server.server_close()
    assert broken == []
    assert checked > 200  # distinct URLs, pages and feed contents together


def link_check(out: Path, site_url: str, served: str) -> tuple[int, list[str]]:
    """Every href/src of every page and feed, fetched from the served copy (once each)."""
    urls: dict[str, str] = {}
    for path in out.rglob("*"):
        rel = path.relative_to(out).as_posix()
        if path.suffix == ".html":
            soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
            page_url = served + rel
            for tag in soup.find_all(["a", "img", "link", "script", "source"]):
                for attr in ("href", "src"):
                    value = tag.get(attr)
                    if isinstance(value, str) and value and not value.startswith(
                            ("#", "mailto:", "javascript:", "data:")):
                        urls.setdefault(urljoin(page_url, value), rel)
        elif path.name in ("feed.xml", "atom.xml", "feed.json"):
            text = path.read_text(encoding="utf-8")
            for value in re.findall(r"""(?:href|src)=(?:&quot;|"|\\")([^"&\\]+)""", text):
                urls.setdefault(value, rel)
    broken = []
    for url, found_in in urls.items():
        url = url.replace(site_url, served).split("#", 1)[0]
        if not url.startswith(served):
            continue  # external: not ours to check, and no network here
        if fetch(url)[0] != 200:
            broken.append(f"{found_in}: {url}")
    return len(urls), broken


@pytest.mark.parametrize("tool", TOOLS)
def test_example_site_builds_under_mkdocs_and_properdocs(tool: str, tmp_path: Path) -> None:
    out = tmp_path / "site"
    result = subprocess.run([sys.executable, "-m", tool, "build", "--strict", "-f",
                             str(ROOT / "example_site/mkdocs.yml"), "-d", str(out)],
                            env=ENV, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    for page in ["blog/index.html", "blog/tags/release/index.html",
                 "blog/authors/mara/index.html", "blog/categories/releases/index.html"]:
        assert (out / page).is_file(), page
    feed = feedparser.parse((out / "blog/feed.xml").read_bytes())
    assert feed.bozo == 0
    assert len(feed.entries) == 14


@pytest.mark.parametrize(("options", "message"), [
    ({"blgo_dir": "news"}, "Unrecognised configuration name: blgo_dir"),
    ({"blog_dir": "news"}, "blog_dir: there is no folder 'news' with posts in docs_dir"),
    ({"blog_dir": "../../outside"},
     "option 'blog_dir': '../../outside' must name a folder inside docs_dir"),
    ({"authors_file": "people.yml"}, "authors_file: blog/people.yml does not exist in docs_dir"),
    ({"tags_file": "labels.yml"}, "tags_file: blog/labels.yml does not exist in docs_dir"),
    ({"timezone": "Mars/Olympus"}, "option 'timezone': unknown time zone 'Mars/Olympus'"),
    ({"feed_formats": ["rss", "rdf"]}, "Expected one of: ('rss', 'atom', 'json')"),
    ({"validation": {"undated": "loud"}}, "Expected one of: ('ignore', 'info', 'warn', 'error')"),
    (None, "site_url is not set in mkdocs.yml"),
])
def test_setup_errors_are_one_clear_line(site: Site, options: dict[str, object] | None,
                                         message: str) -> None:
    site.write(ASTRO_POSTS)
    if options is None:
        del site.config["site_url"]
    else:
        site.plugin_options(**options)
    (site.root / "mkdocs.yml").write_text(yaml.safe_dump(site.config), encoding="utf-8")
    (site.docs / "index.md").write_text("# Home\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict"],
                            cwd=site.root, env=ENV, capture_output=True, text=True, check=False)
    output = result.stdout + result.stderr
    assert result.returncode != 0, output
    assert message in output, output
    assert "Traceback" not in output
