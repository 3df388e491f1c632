"""Moving links of rendered HTML: rooted/relinked fragments, re-based excerpts, absolute feed
content, and which URLs are safe to show (links.py)."""

from __future__ import annotations

import pytest

from mkdocs_blogposts.links import (
    ROOT,
    absolutize,
    from_root,
    is_external,
    map_urls,
    rebase,
    relink,
    rooted,
    safe_url,
    strip_permalinks,
    up_to_root,
)


@pytest.mark.parametrize(("url", "external"), [
    ("https://x.org/a", True), ("HTTP://X", True), ("mailto:a@b", True), ("//cdn/x", True),
    ("javascript:alert(1)", True), ("data:image/png;base64,x", True),
    ("a/b.png", False), ("/a/b.png", False), ("../a", False), ("#top", False), ("", False),
    ("a:b/c", True), ("1a:b", False),
])
def test_is_external(url: str, external: bool) -> None:
    assert is_external(url) is external


@pytest.mark.parametrize(("url", "safe"), [
    ("https://x.org", "https://x.org"), ("http://x", "http://x"), ("HTTPS://X", "HTTPS://X"),
    ("mailto:a@b.c", "mailto:a@b.c"), ("a/b", "a/b"), ("", ""), ("#x", "#x"),
    ("javascript:alert(1)", ""), ("JavaScript:x", ""), ("data:text/html,x", ""),
    ("file:///etc/passwd", ""), ("vbscript:x", ""),
])
def test_safe_url(url: str, safe: str) -> None:
    assert safe_url(url) == safe


@pytest.mark.parametrize(("page", "up"), [
    ("", ""), ("blog/", "../"), ("blog/tags/ai/", "../../../"), ("index.html", ""),
    ("blog/a.html", "../"), ("blog/page/2/index.html", "../../../"),
])
def test_up_to_root(page: str, up: str) -> None:
    assert up_to_root(page) == up


def test_from_root() -> None:
    assert from_root("blog/tags/ai/", "blog/a/") == "../../blog/tags/ai/"
    assert from_root("", "") == "./"
    assert from_root("", "blog/") == "../"
    assert from_root("x.html", "") == "x.html"


def test_rooted_links_are_made_relative_per_page() -> None:
    html = f'<a href="{rooted("blog/tags/ai/")}">x</a><img src="{rooted("")}">'
    assert ROOT in html
    assert relink(html, "blog/posts/a/") == (
        '<a href="../../../blog/tags/ai/">x</a><img src="../../.././">')
    assert relink(html, "") == '<a href="blog/tags/ai/">x</a><img src="./">'


def test_rebase_moves_relative_links_to_the_site_root() -> None:
    html = ('<a href="../b/">b</a> <a href="#top">top</a> <img src="img/x.png" '
            'srcset="img/x.png 1x, img/x@2x.png 2x"> <a href="https://e.org/">e</a> '
            "<a href='/abs/'>a</a>")
    moved = relink(rebase(html, "blog/posts/a/"), "blog/")
    assert moved == (
        '<a href="../blog/posts/b/">b</a> <a href="../blog/posts/a/#top">top</a> '
        '<img src="../blog/posts/a/img/x.png" srcset="../blog/posts/a/img/x.png 1x, '
        '../blog/posts/a/img/x@2x.png 2x"> <a href="https://e.org/">e</a> '
        '<a href="../abs/">a</a>')


def test_absolutize_resolves_every_url_attribute() -> None:
    html = ('<a href="../b/">b</a><img src=\'x.png\' srcset="x.png 1x,  y.png 2x">'
            '<video poster="p.png"></video><a href="mailto:a@b">m</a>')
    assert absolutize(html, "https://e.org/sub/blog/a/") == (
        '<a href="https://e.org/sub/blog/b/">b</a>'
        '<img src="https://e.org/sub/blog/a/x.png" '
        'srcset="https://e.org/sub/blog/a/x.png 1x, https://e.org/sub/blog/a/y.png 2x">'
        '<video poster="https://e.org/sub/blog/a/p.png"></video><a href="mailto:a@b">m</a>')


def test_map_urls_keeps_everything_but_the_urls() -> None:
    html = ('<A HREF = " a " class="x">A</A><img  SRCSET="a 1x" alt="srcset=x">'
            '<code>&lt;a href="/relative"&gt;</code> <pre><code>src="/x"</code></pre>')
    assert map_urls(html, str.upper) == (
        '<a href="A" class="x">A</a><img srcset="A 1x" alt="srcset=x">'
        '<code>&lt;a href="/relative"&gt;</code> <pre><code>src="/x"</code></pre>')


def test_every_url_attribute_of_raw_html() -> None:
    html = ('<p><a href=x/>unquoted</a></p><form action="search/"><input formaction="go/">'
            '</form><object data="movie.swf"></object><blockquote cite="quotes/1/">q'
            '</blockquote><svg><a xlink:href="svg/link/"><rect/></a></svg>'
            '<video poster="p.png"><source src="v.mp4"></video>')
    moved = absolutize(html, "https://e.org/blog/a/")
    for url in ["x/", "search/", "go/", "movie.swf", "quotes/1/", "svg/link/", "p.png", "v.mp4"]:
        assert f'"https://e.org/blog/a/{url}"' in moved, url
    assert absolutize("plain text, no tags", "https://e.org/") == "plain text, no tags"


def test_strip_permalinks() -> None:
    html = ('<h2 id="a">A<a class="headerlink" href="#a" title="Permanent link">&para;</a></h2>'
            '<a class="other" href="#a">keep</a>')
    assert strip_permalinks(html) == '<h2 id="a">A</h2><a class="other" href="#a">keep</a>'
    # An anchor left open keeps what follows it (nothing after it closes it).
    opened = '<a class="headerlink" href="#a">' * 50_000 + "text"
    assert strip_permalinks(opened) == opened
