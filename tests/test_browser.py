"""The example blog in a real browser (Debian's Chromium, driven by Playwright), on each theme:
links followed, no console errors, no broken images, no serious accessibility violation in
our fragments (axe-core), and screenshots at desktop and phone width under `artifacts/`."""

from __future__ import annotations

import functools
import http.server
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
import yaml
from mkdocs.commands.build import build
from mkdocs.config import load_config

if TYPE_CHECKING:
    from collections.abc import Iterator

CHROMIUM = Path("/usr/bin/chromium")
playwright_api = pytest.importorskip("playwright.sync_api")
axe_api = pytest.importorskip("axe_playwright_python.sync_playwright")
pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium "
                                "(apt-get install chromium; scripts/test.sh does it)")

ROOT = Path(__file__).parent.parent
ARTIFACTS = ROOT / "artifacts" / "screenshots"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
PAGES = {"index": "blog/", "tag": "blog/tags/release/", "author": "blog/authors/mara/",
         "post": "blog/posts/lanternfish-2-0-released/", "archive": "blog/archive/2025/"}
# Lazy images below the fold are not fetched yet: fetch them all before judging any.
LOAD_LAZY_IMAGES = """() => Promise.all(Array.from(document.images).map(img => {
    img.loading = "eager";
    return img.complete ? null : new Promise(done => { img.onload = img.onerror = done; });
}))"""
# Covers drawn in a box of another shape than the picture, so cropped (`object-fit: cover`)
# or stretched (`fill`); `contain` shows the whole picture in any box.
CROPPED_COVERS = """() => Array.from(
        document.querySelectorAll('.blogposts-thumb, .blogposts-cover'))
    .filter(i => i.naturalWidth
                 && !['contain', 'scale-down'].includes(getComputedStyle(i).objectFit)
                 && Math.abs(i.width / i.height - i.naturalWidth / i.naturalHeight) > 0.02)
    .map(i => i.src)"""
META_DOTS = """() => Array.from(document.querySelectorAll(
        '.blogposts .md-meta__item, .blogposts-byline .md-meta__item'))
    .map(i => getComputedStyle(i, '::after').content)
    .filter(c => c !== 'none' && c !== 'normal')"""
OUR_FRAGMENTS = [[".blogposts"], [".blogposts-byline"], [".blogposts-post-footer"],
                 [".blogposts-cover"]]


def is_ours(message: Any) -> bool:
    """A console error of the site itself. Left out: themes fetching fonts and scripts from
    CDNs (this machine has no network), and Material asking for `sitemap.xml` beside every
    `<link rel="alternate">` (it means them for languages: a feed in `blog/` gets a 404 for
    `blog/sitemap.xml`; upstream bug, zensical/zensical#908)."""
    url = (message.location or {}).get("url", "")
    if message.type != "error" or url.endswith("/sitemap.xml"):
        return False
    return not url or url.startswith("http://127.0.0.1")


# This machine has no network: the themes' highlight.js from its CDN is stood in for by a
# script that does nothing (the mkdocs theme's colour-mode script needs its links there).
HLJS_STUB = "window.hljs = {highlightAll() {}, highlightElement() {}, registerLanguage() {}};"


def new_page(browser: Any, **options: Any) -> Any:
    page = browser.new_page(**options)
    page.route("https://cdnjs.cloudflare.com/**", lambda route: route.fulfill(
        status=200, body=HLJS_STUB if route.request.url.endswith(".js") else "",
        content_type="text/javascript" if route.request.url.endswith(".js") else "text/css"))
    return page


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with playwright_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


def serve_example(theme: str, root: Path, *, scheme: str = "light",
                  language: str = "en") -> tuple[str, http.server.ThreadingHTTPServer]:
    """Build example_site with `theme` in colour `scheme` (light, dark, auto) and `language`,
    and serve it on a free loopback port (its site_url)."""
    handler = functools.partial(http.server.SimpleHTTPRequestHandler,
                                directory=str(root / "site"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    config = yaml.safe_load((ROOT / "example_site/mkdocs.yml").read_text(encoding="utf-8"))
    config.pop("repo_url", None)  # the repository badge would call GitHub's API
    config["docs_dir"] = str(ROOT / "example_site/docs")
    config["site_url"] = base
    if theme == "material":
        config["theme"]["language"] = language
        schemes = {"light": "default", "dark": "slate"}
        config["theme"]["palette"] = {"scheme": schemes.get(scheme, "default"), "primary": "indigo"}
    else:
        config["theme"] = {"name": theme, "locale": language}
        if theme == "mkdocs":
            config["theme"]["color_mode"] = scheme
    (root / "mkdocs.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
    # MkDocs' own themes lack some languages (Arabic): a warning of theirs, not ours.
    cfg = load_config(str(root / "mkdocs.yml"), site_dir=str(root / "site"),
                      strict=language == "en")
    cfg.plugins.on_startup(command="build", dirty=False)
    try:
        build(cfg)
    finally:
        cfg.plugins.on_shutdown()
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return base, server


def look_at(browser: Any, base: str, name: str, *, widths: tuple[int, ...] = (1280, 360),
            dark: bool = False) -> None:
    """Every page of `PAGES` at each width: no broken image, no console error, no serious
    accessibility violation in our fragments (colour contrast included); a screenshot."""
    for width in widths:
        page = new_page(browser, viewport={"width": width, "height": 900},
                        color_scheme="dark" if dark else "light")
        errors: list[str] = []
        page.on("console", lambda m, e=errors: e.append(m.text) if is_ours(m) else None)
        page.on("pageerror", lambda exc, e=errors: e.append(str(exc)))
        for kind, path in PAGES.items():
            page.goto(base + path)
            page.wait_for_load_state("load")
            page.evaluate(LOAD_LAZY_IMAGES)
            broken = page.evaluate("() => Array.from(document.images)"
                                   ".filter(i => !i.complete || i.naturalWidth === 0)"
                                   ".map(i => i.src)")
            assert broken == [], (name, kind, broken)
            # Covers are shown whole: the shape drawn is the picture's own.
            squashed = page.evaluate(CROPPED_COVERS)
            assert squashed == [], (name, kind, squashed)
            if width < 480:  # no separator dot left dangling at the end of a wrapped line
                dots = page.evaluate(META_DOTS)
                assert dots == [], (name, kind, dots)
            page.screenshot(path=str(ARTIFACTS / f"{name}-{kind}-{width}.png"), full_page=True)
            if width == widths[0]:
                result = axe_api.Axe().run(page, context={"include": OUR_FRAGMENTS})
                serious = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]])
                           for v in result.response["violations"]
                           if v["impact"] in ("serious", "critical")]
                assert serious == [], (name, kind, serious)
        assert errors == [], (name, errors)
        page.close()


@pytest.mark.parametrize("theme", ["mkdocs", "readthedocs", "material"])
def test_example_blog_in_a_browser(theme: str, browser: Any, tmp_path: Path) -> None:
    base, server = serve_example(theme, tmp_path)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    try:
        look_at(browser, base, f"{theme}-light")

        # A reader's path: post -> one of its tags -> an author there -> a post.
        page = new_page(browser)
        page.goto(base + PAGES["post"])
        page.click(".blogposts-byline a[rel=tag] >> nth=0")
        page.locator(".blogposts-card").first.wait_for()
        assert "/blog/tags/" in page.url
        page.click(".blogposts-card .md-meta__link >> nth=0")
        page.locator(".blogposts-profile").wait_for()
        assert "/blog/authors/" in page.url
        page.click(".blogposts-card-title a >> nth=0")
        page.locator(".blogposts-byline time").wait_for()
        assert "/blog/posts/" in page.url
        page.close()
    finally:
        server.shutdown()
        server.server_close()


# Dark mode as each theme has it: the mkdocs theme's `color_mode: dark`, and `auto` in a
# browser that prefers dark; Material's slate; readthedocs has none, and stays light (and
# readable) when the reader prefers dark.
@pytest.mark.parametrize(("theme", "scheme"), [
    ("mkdocs", "dark"), ("mkdocs", "auto"), ("material", "dark"), ("readthedocs", "auto")])
def test_dark_mode(theme: str, scheme: str, browser: Any, tmp_path: Path) -> None:
    base, server = serve_example(theme, tmp_path, scheme=scheme)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    try:
        look_at(browser, base, f"{theme}-{scheme}", dark=True)
        if theme == "mkdocs":  # the page really is dark, and so are our parts of it
            page = new_page(browser, color_scheme="dark")
            page.goto(base + PAGES["index"])
            assert page.evaluate("document.documentElement.dataset.bsTheme") == "dark"
            pill = page.evaluate("getComputedStyle(document.querySelector('.blogposts-tags a'))"
                                 ".backgroundColor")
            assert pill == "rgb(52, 58, 64)", pill
            page.close()
    finally:
        server.shutdown()
        server.server_close()


# Readers of other languages: German and Japanese on MkDocs' themes, Arabic right to left on
# the mkdocs theme (where the blog sets the direction) and on Material (where Material does).
@pytest.mark.parametrize(("theme", "language", "scheme", "words"), [
    ("mkdocs", "de", "light", "Weiterlesen"),
    ("readthedocs", "ja", "light", "続きを読む"),
    ("mkdocs", "ar", "dark", "أكمل القراءة"),
    ("material", "ar", "light", "أكمل القراءة"),
])
def test_other_languages(theme: str, language: str, scheme: str, words: str, browser: Any,
                         tmp_path: Path) -> None:
    base, server = serve_example(theme, tmp_path, scheme=scheme, language=language)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    try:
        look_at(browser, base, f"{theme}-{language}", dark=scheme == "dark")
        page = new_page(browser)
        page.goto(base + PAGES["index"])
        assert words in page.locator(".blogposts-more").first.inner_text()
        if language == "ar":
            assert page.evaluate("getComputedStyle(document.querySelector('.blogposts'))"
                                 ".direction") == "rtl"
        page.close()
    finally:
        server.shutdown()
        server.server_close()
