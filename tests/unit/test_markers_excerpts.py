"""Where a post's excerpt ends (its `<!-- more -->` marker, or the separators configured),
what is kept of it across rebuilds, and the site-root marker in excerpt links
(render/excerpts.py, render/post_html.py, links.py)."""

from __future__ import annotations

from mkdocs_blogposts.links import ROOT, map_urls, rebase, relink
from mkdocs_blogposts.render.excerpts import clean, cut_excerpt, first_paragraph
from mkdocs_blogposts.render.post_html import PostHtml


def test_the_excerpt_ends_at_the_first_marker() -> None:
    html = "<p>A</p><!-- more --><p>B</p><!-- more --><p>C</p>"
    assert cut_excerpt(html) == ("<p>A</p>", True)


def test_a_marker_at_the_very_start_is_an_empty_excerpt() -> None:
    assert cut_excerpt("<!-- more --><p>B</p>") == ("", True)


def test_configured_separators() -> None:
    html = "<p>A</p><!-- more --><p>B</p><!-- cut --><p>C</p>"
    assert cut_excerpt(html, ("<!-- cut -->",)) == ("<p>A</p><!-- more --><p>B</p>", True)
    assert cut_excerpt(html, ("<hr>",)) == ("", False)


def test_a_whole_document_in_a_post_is_cut_to_its_content() -> None:
    assert clean("<html><body><p>x</p></body></html>") == "<p>x</p>"
    assert clean("<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head>"
                 "<body class=\"b\"><p>x</p></body></html>") == "<p>x</p>"
    assert clean("<html><body></body></html>") == ""


def test_a_fragment_lxml_cannot_read_is_no_excerpt() -> None:
    assert clean("\x01") == ""


def test_a_stray_closing_tag_before_the_first_paragraph() -> None:
    assert first_paragraph("<h1>T</h1>\n</p>\n<p>First</p><p>Second</p>") == "<p>First</p>"


def test_rebuilds_keep_what_was_rendered_for_unchanged_posts() -> None:
    store = PostHtml()
    store.start_build({"a.md": "d1", "b.md": "d2"}, keep_html={"a.md"})
    store.store("a.md", "<p>A</p><!-- more --><p>rest</p>")
    store.store("b.md", "<p>B</p>")
    # A `--dirty` rebuild that renders nothing: both are still known.
    store.start_build({"a.md": "d1", "b.md": "d2"}, keep_html={"a.md"})
    assert store.get("a.md") == "<p>A</p><!-- more --><p>rest</p>"
    parts = store.parts("b.md")
    assert parts is not None
    assert (parts.excerpt, parts.more, parts.first_paragraph) == ("", False, "<p>B</p>")


def test_a_file_that_is_not_a_post_of_this_build_is_not_served() -> None:
    store = PostHtml()
    store.start_build({"a.md": "d1"}, keep_html={"a.md", "x.md"})
    store.store("x.md", "<p>X</p>")
    assert store.parts("x.md") is None
    assert store.get("x.md", "none") == "none"


def test_excerpts_end_at_the_separators_of_the_build() -> None:
    store = PostHtml()
    store.start_build({"a.md": "d1"}, keep_html=(), separators=("<!-- cut -->",))
    store.store("a.md", "<p>A</p><!-- more --><p>B</p>")
    parts = store.parts("a.md")
    assert parts is not None
    assert (parts.excerpt, parts.more, parts.first_paragraph) == ("", False, "<p>A</p>")


def test_a_root_marker_written_in_a_post_is_dropped() -> None:
    html = (f"<p>{ROOT}x <a href=\"%EE%80%80blogposts-root%EE%80%81y/\">"
            "%EE%80%80blogposts-root%EE%80%81</a></p>")
    assert relink(rebase(html, "blog/a/"), "blog/") == '<p>x <a href="../blog/a/y/"></a></p>'


def test_links_after_a_comment_are_moved_too() -> None:
    html = '<!-- c --><a href="x">x</a><img src="y">'
    assert map_urls(html, str.upper) == '<!-- c --><a href="X">x</a><img src="Y">'
