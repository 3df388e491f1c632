"""Planning listing pages and their page numbers; markers in pages (plan/listings.py,
markers.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import Findings, author, post

from mkdocs_blogposts.markers import (
    BYLINE_MARKER,
    FOOTER_MARKER,
    LISTING_MARKER,
    LatestRequest,
    expand_latest,
    fill_listing,
    fill_post,
    mark_listing,
    mark_post,
    place_listing,
)
from mkdocs_blogposts.plan.blog import Blog
from mkdocs_blogposts.plan.listings import page_numbers, plan_listings
from mkdocs_blogposts.urls import BlogUrls

PER_PAGE_2 = dict.fromkeys(("index", "tag", "author", "category"), 2)
PER_PAGE_10 = dict.fromkeys(("index", "tag", "author", "category"), 10)


def blog_of(count: int) -> Blog:
    posts = [post(f"p{n:02d}", f"2024-{1 + n // 28:02d}-{1 + n % 28:02d}", tags=("t",),
                  categories=("c",), authors=(author("ann"),)) for n in range(count)]
    posts.append(post("old", "2023-05-05", tags=("t",)))
    return Blog.collect(posts, now=dt.datetime(2030, 1, 1, tzinfo=dt.timezone.utc),
                        include_future=False, preview=False, report=Findings())


def test_every_listing_is_paged_by_posts_per_page() -> None:
    listings = {listing.src_uri: listing for listing in
                plan_listings(blog_of(4), BlogUrls("blog"), PER_PAGE_2,
                              archive_title=lambda day: str(day.year))}
    assert sorted(listings) == sorted([
        "blog/index.md", "blog/page/2/index.md", "blog/page/3/index.md",
        "blog/tags/index.md", "blog/tags/t/index.md", "blog/tags/t/page/2/index.md",
        "blog/tags/t/page/3/index.md",
        "blog/authors/index.md", "blog/authors/ann/index.md", "blog/authors/ann/page/2/index.md",
        "blog/categories/index.md", "blog/categories/c/index.md",
        "blog/categories/c/page/2/index.md",
        "blog/archive/index.md", "blog/archive/2024/index.md", "blog/archive/2023/index.md",
    ])
    index3 = listings["blog/page/3/index.md"]
    assert (index3.title, index3.kind, index3.number, index3.total) == (
        "Blog (page 3)", "index", 3, 3)
    assert [p.src_uri for p in index3.posts] == ["blog/old.md"]
    assert index3.uri_of_page(1) == "blog/index.md"
    assert index3.uri_of_page(2) == "blog/page/2/index.md"
    tag2 = listings["blog/tags/t/page/2/index.md"]
    assert (tag2.title, tag2.kind, tag2.number, tag2.total) == ("t (page 2)", "tag", 2, 3)
    assert [p.src_uri for p in tag2.posts] == ["blog/p01.md", "blog/p00.md"]
    assert tag2.term is not None
    assert tag2.term.slug == "t"
    author2 = listings["blog/authors/ann/page/2/index.md"]
    assert author2.kind == "author"
    assert [p.src_uri for p in author2.posts] == ["blog/p01.md", "blog/p00.md"]
    assert listings["blog/categories/c/page/2/index.md"].kind == "category"
    tags = listings["blog/tags/index.md"]
    assert (tags.title, tags.kind, tags.in_nav) == ("Tags", "tags", True)
    assert [t.slug for t in tags.terms] == ["t"]
    assert listings["blog/authors/index.md"].kind == "authors"
    assert listings["blog/categories/index.md"].title == "Categories"
    # Years are one compact page each, never paged.
    year = listings["blog/archive/2024/index.md"]
    assert (year.title, year.kind, year.total, len(year.posts)) == ("2024", "archive", 1, 4)
    in_nav = sorted(uri for uri, listing in listings.items() if listing.in_nav)
    assert in_nav == ["blog/archive/index.md", "blog/authors/index.md",
                      "blog/categories/index.md", "blog/index.md", "blog/tags/index.md"]
    assert listings["blog/archive/index.md"].kind == "archives"
    assert listings["blog/archive/index.md"].title == "Archive"


def test_an_empty_blog_has_one_index_page_and_nothing_else() -> None:
    listings = plan_listings(blog_of(0), BlogUrls("blog"), PER_PAGE_10,
                             archive_title=lambda day: str(day.year))
    assert [listing.src_uri for listing in listings] == [
        "blog/index.md", "blog/tags/index.md", "blog/tags/t/index.md",
        "blog/archive/index.md", "blog/archive/2023/index.md"]
    empty = Blog.collect([], now=dt.datetime(2030, 1, 1, tzinfo=dt.timezone.utc),
                         include_future=False, preview=False, report=Findings())
    only = plan_listings(empty, BlogUrls("blog"), PER_PAGE_10)
    assert [(x.src_uri, x.total, x.posts) for x in only] == [("blog/index.md", 1, ())]


@pytest.mark.parametrize(("current", "total", "shown"), [
    (1, 1, [1]),
    (1, 2, [1, 2]),
    (1, 12, [1, 2, 3, None, 12]),
    (6, 12, [1, None, 4, 5, 6, 7, 8, None, 12]),
    (4, 12, [1, 2, 3, 4, 5, 6, None, 12]),  # no ellipsis for one hidden page
    (12, 12, [1, None, 10, 11, 12]),
    (5, 9, [1, 2, 3, 4, 5, 6, 7, 8, 9]),
    (3, 1000, [1, 2, 3, 4, 5, None, 1000]),
])
def test_page_numbers(current: int, total: int, shown: list[int | None]) -> None:
    assert page_numbers(current, total) == shown


def test_page_numbers_around() -> None:
    assert page_numbers(10, 20, around=1) == [1, None, 9, 10, 11, None, 20]


def test_post_markers() -> None:
    assert mark_post("<p>x</p>", "A & <b>") == (
        f"<h1>A &amp; &lt;b&gt;</h1>\n{BYLINE_MARKER}\n<p>x</p>{FOOTER_MARKER}")
    assert mark_post('<h1 id="t">T</h1><p>x</p><h1>2</h1>', "T") == (
        f'<h1 id="t">T</h1>\n{BYLINE_MARKER}<p>x</p><h1>2</h1>{FOOTER_MARKER}')
    page = f"<main>{mark_post('<p>x</p>', 'T')}</main>"
    assert fill_post(page, "[by]", "[foot]") == "<main><h1>T</h1>\n[by]\n<p>x</p>[foot]</main>"


def test_listing_markers() -> None:
    assert place_listing("# Blog\n\nIntro.\n\n") == f"# Blog\n\nIntro.\n\n{LISTING_MARKER}\n"
    assert place_listing(f"A\n{LISTING_MARKER}\nB") == f"A\n{LISTING_MARKER}\nB"
    assert mark_listing("<p>x</p>") == f"<p>x</p>\n{LISTING_MARKER}"
    assert mark_listing(f"<p>{LISTING_MARKER}</p>") == f"<p>{LISTING_MARKER}</p>"
    assert fill_listing(f"a{LISTING_MARKER}b{LISTING_MARKER}", "X") == f"aXb{LISTING_MARKER}"


@pytest.mark.parametrize(("marker", "request_"), [
    ("<!-- blogposts:latest -->", LatestRequest(5, None, "")),
    ("<!--blogposts:latest 3-->", LatestRequest(3, None, "")),
    ('<!-- blogposts:latest 2 tag="Machine learning" -->', LatestRequest(2, "tag",
                                                                         "Machine learning")),
    ("<!-- blogposts:latest author='mara' -->", LatestRequest(5, "author", "mara")),
    ("<!-- blogposts:latest 1 category=Release -->", LatestRequest(1, "category", "Release")),
])
def test_latest_markers(marker: str, request_: LatestRequest) -> None:
    seen: list[LatestRequest] = []

    def render(request: LatestRequest) -> str:
        seen.append(request)
        return "[list]"

    assert expand_latest(f"<p>a</p>{marker}<p>b</p>", render) == "<p>a</p>[list]<p>b</p>"
    assert seen == [request_]


def test_other_comments_are_left_alone() -> None:
    html = "<!-- blogposts:latest nope=1 --><!-- more -->"
    assert expand_latest(html, lambda r: "X") == html
