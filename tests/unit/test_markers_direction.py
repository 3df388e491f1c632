"""Markers in pages, past the basics: the `dir` a right-to-left blog page gets on themes
without a direction of their own, a post's byline and footer markers, and the latest-posts
marker (markers.py)."""

from __future__ import annotations

import pytest

from mkdocs_blogposts.markers import (
    BYLINE_MARKER,
    FOOTER_MARKER,
    LatestRequest,
    expand_latest,
    fill_post,
    mark_post,
    set_direction,
)

HEAD = "<head><title>T</title></head><body>x</body></html>"


@pytest.mark.parametrize(("page", "written"), [
    (f"<!DOCTYPE html>\n<html lang=\"ar\">{HEAD}",
     f"<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">{HEAD}"),
    (f"<html>{HEAD}", f"<html dir=\"rtl\">{HEAD}"),
    (f"<HTML class='no-js'>{HEAD}", f"<HTML class='no-js' dir=\"rtl\">{HEAD}"),
    (f"<html\nlang=\"he\"\n>{HEAD}", f"<html\nlang=\"he\"\n dir=\"rtl\">{HEAD}"),
    # Another attribute that merely ends in "dir" is not a direction.
    (f"<html data-dir=\"x\">{HEAD}", f"<html data-dir=\"x\" dir=\"rtl\">{HEAD}"),
    # Only the first <html> tag; an "<html>" later in the page is text or code.
    (f"<html>{HEAD}<html>", f"<html dir=\"rtl\">{HEAD}<html>"),
])
def test_direction_added(page: str, written: str) -> None:
    assert set_direction(page, "rtl") == written


@pytest.mark.parametrize("page", [
    f"<html dir=\"ltr\">{HEAD}",  # the theme's own direction stays
    f"<html lang=\"ar\" dir=\"rtl\">{HEAD}",
    f"<html lang=\"ar\" DIR = 'rtl'>{HEAD}",
    f"<html lang=\"ar\"\ndir=rtl>{HEAD}",
    f"<body>{HEAD}",  # no <html> tag at all
    f"<htmlx>{HEAD}",
    "<!-- " + "x" * 2000 + f" --><html>{HEAD}",  # past where a page's <html> tag can be
])
def test_direction_left_alone(page: str) -> None:
    assert set_direction(page, "rtl") == page


def test_direction_given_is_written() -> None:
    assert set_direction("<html lang=\"en\"><body></body>", "ltr") == (
        "<html lang=\"en\" dir=\"ltr\"><body></body>")


def test_the_html_tag_found_near_the_start() -> None:
    page = "<!-- " + "x" * 1980 + f" --><html>{HEAD}"
    assert set_direction(page, "rtl") == page.replace("<html>", "<html dir=\"rtl\">")


def test_a_heading_only_in_the_body_text_is_no_heading() -> None:
    html = "<p>Write &lt;h1&gt; for a title.</p>"
    assert mark_post(html, "Titles") == (
        f"<h1>Titles</h1>\n{BYLINE_MARKER}\n{html}{FOOTER_MARKER}")


def test_each_post_page_gets_one_byline_and_one_footer() -> None:
    page = f"<h1>T</h1>\n{BYLINE_MARKER}<p>{BYLINE_MARKER}{FOOTER_MARKER}</p>{FOOTER_MARKER}"
    assert fill_post(page, "[by]", "[foot]") == (
        f"<h1>T</h1>\n[by]<p>{BYLINE_MARKER}[foot]</p>{FOOTER_MARKER}")


@pytest.mark.parametrize(("marker", "request_"), [
    ('<!-- blogposts:latest tag="Xcode" -->', LatestRequest(5, "tag", "Xcode")),
    ("<!-- blogposts:latest author='X' -->", LatestRequest(5, "author", "X")),
    ('<!-- blogposts:latest 10 category="" -->', LatestRequest(10, "category", "")),
    ("<!--   blogposts:latest   3   tag=it's   -->", LatestRequest(3, "tag", "it's")),
])
def test_latest_marker_values(marker: str, request_: LatestRequest) -> None:
    seen: list[LatestRequest] = []

    def render(request: LatestRequest) -> str:
        seen.append(request)
        return f"[{len(seen)}]"

    html = f"<p>a</p>{marker}<p>b</p>{marker}"
    assert expand_latest(html, render) == "<p>a</p>[1]<p>b</p>[2]"
    assert seen == [request_, request_]


def test_no_latest_marker_renders_nothing() -> None:
    def render(request: LatestRequest) -> str:
        raise AssertionError(request)

    html = "<p>The latest posts, <code>blogposts:listing</code></p>"
    assert expand_latest(html, render) == html
