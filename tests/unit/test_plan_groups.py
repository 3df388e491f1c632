"""What collecting a blog reports, pinned posts, term slugs and the listings planned from them
(plan/blog.py, plan/taxonomy.py, plan/listings.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import Findings, author, post

from mkdocs_blogposts.plan.blog import Blog
from mkdocs_blogposts.plan.listings import Listing, plan_listings
from mkdocs_blogposts.plan.taxonomy import group_archives, group_labels
from mkdocs_blogposts.read.data_files import TagInfo
from mkdocs_blogposts.slugs import TermSlugs
from mkdocs_blogposts.urls import BlogUrls, UrlStyle

NOW = dt.datetime(2025, 6, 1, tzinfo=dt.timezone.utc)
PER_PAGE = dict.fromkeys(("index", "tag", "author", "category"), 10)


def collect(posts: list, report: Findings | None = None, **options) -> Blog:
    return Blog.collect(posts, now=NOW, include_future=False, preview=False,
                        report=report if report is not None else Findings(), **options)


def uris(posts) -> list[str]:
    return [p.src_uri for p in posts]


def test_a_post_dated_now_is_not_in_the_future() -> None:
    report = Findings()
    blog = collect([post("today", "2025-06-01")], report)
    assert uris(blog.listed) == ["blog/today.md"]
    assert (blog.future, report) == (frozenset(), [])


def test_categories_outside_categories_allowed_are_reported_and_kept() -> None:
    report = Findings()
    blog = collect([post("a", "2025-01-01", categories=("News", "Misc", "Other"))], report,
                   categories_allowed=("News",))
    assert report == [
        ("invalid", "blog/a.md: categories: 'Misc' is not in categories_allowed; it gets a "
                    "page all the same"),
        ("invalid", "blog/a.md: categories: 'Other' is not in categories_allowed; it gets a "
                    "page all the same")]
    assert list(blog.categories.terms) == ["misc", "news", "other"]
    unchecked = Findings()
    collect([post("a", "2025-01-01", categories=("Misc",))], unchecked)
    assert unchecked == []


@pytest.mark.parametrize("field", ["tags", "categories"])
def test_labels_sharing_a_slug_are_reported_by_collect(field: str) -> None:
    report = Findings()
    blog = collect([post("a", "2025-01-02", **{field: ("Node.js",)}),
                    post("b", "2025-01-01", **{field: ("Node JS",)})], report)
    kind = "tag" if field == "tags" else "category"
    assert report == [("duplicate_slugs", f"{kind} labels 'Node JS' (blog/b.md), 'Node.js' "
                       "(blog/a.md) share the URL slug 'node-js'; each gets its own page (did "
                       "you mean one of them?)")]
    taxonomy = blog.tags if field == "tags" else blog.categories
    assert list(taxonomy.terms) == ["node-js", "node-js-2"]


def test_collect_takes_the_tags_file_and_the_slug_style() -> None:
    slugs = TermSlugs(modes={"tag": "kebab", "category": "kebab"})
    blog = collect([post("a", "2025-01-01", tags=("c++ & rust",), categories=("C++ & Go",))],
                   known_tags={"c++ & rust": TagInfo("C++ & Rust", "Two languages")},
                   slugs=slugs)
    tag = blog.tags.terms["c-rust"]
    assert (tag.label, tag.description) == ("C++ & Rust", "Two languages")
    assert list(blog.categories.terms) == ["c-go"]
    default = collect([post("a", "2025-01-01", tags=("C++ & Rust",), categories=("C++ & Go",))])
    assert (list(default.tags.terms), list(default.categories.terms)) == (
        ["c-plus-plus-rust"], ["c-plus-plus-go"])


@pytest.mark.parametrize(("permalink", "slug"), [
    ("/ai-ml", "ai-ml"),
    ("/nested/path/", "nested-path"),
    ("/X-Files/", "X-Files"),
    ("/", "tag"),  # nothing left: the kind
    ("/tags", "tags-tag"),  # one of our own names
    ("", "artificial-intelligence"),  # none: from the label
])
def test_a_tags_file_permalink_is_the_slug(permalink: str, slug: str) -> None:
    known = {"ai": TagInfo("Artificial intelligence", permalink=permalink)}
    tags = group_labels("tag", [post("a", "2025-01-01", tags=("AI",))], lambda p: p.tags,
                        lambda m: None, known)
    assert list(tags.terms) == [slug]
    assert tags.term_for("ai") is tags.terms[slug]


def test_a_label_with_no_letters_takes_the_kind_as_slug_in_its_style() -> None:
    tags = group_labels("tag", [post("a", "2025-01-01", tags=("+",))], lambda p: p.tags,
                        lambda m: None, slugs=TermSlugs(modes={"tag": "kebab"}))
    assert list(tags.terms) == ["tag"]


def test_a_duplicate_names_every_post_of_each_label() -> None:
    warned: list[str] = []
    group_labels("tag", [post("c", "2025-01-03", tags=("Node.js",)),
                         post("a", "2025-01-02", tags=("Node.js",)),
                         post("b", "2025-01-01", tags=("Node JS",))],
                 lambda p: p.tags, warned.append)
    assert warned == ["tag labels 'Node JS' (blog/b.md), 'Node.js' (blog/a.md, blog/c.md) share "
                      "the URL slug 'node-js'; each gets its own page (did you mean one of "
                      "them?)"]


def test_archives_are_newest_first_whatever_their_names() -> None:
    posts = [post("a", "2024-10-01"), post("b", "2024-09-01"), post("c", "2023-12-01")]
    months = group_archives(posts, lambda day: f"{day.month}/{day.year}")
    assert {key: uris(ps) for key, ps in months.items()} == {
        "10/2024": ["blog/a.md"], "9/2024": ["blog/b.md"], "12/2023": ["blog/c.md"]}
    assert list(months) == ["10/2024", "9/2024", "12/2023"]


def test_pinned_first() -> None:
    posts = [post("a", "2025-01-03"), post("b", "2025-01-02", pin=True), post("c", "2025-01-01"),
             post("d", "2024-01-01", pin=True)]
    assert uris(Blog.pinned_first(posts)) == ["blog/b.md", "blog/d.md", "blog/a.md",
                                              "blog/c.md"]
    unpinned = posts[::2]
    assert Blog.pinned_first(unpinned) == unpinned


def test_related_posts_of_an_unlisted_post() -> None:
    blog = collect([post("hidden", "2025-01-05", tags=("a",), unlisted=True),
                    post("x", "2025-01-04", tags=("a",)), post("y", "2025-01-03", tags=("b",))])
    assert uris(blog.related(blog.posts["blog/hidden.md"], 5)) == ["blog/x.md"]


def test_pinned_posts_lead_the_index_and_category_pages_not_tag_pages() -> None:
    blog = collect([post("a", "2025-01-03", tags=("t",), categories=("c",)),
                    post("b", "2025-01-02", tags=("t",), categories=("c",), pin=True)])
    listings = {x.src_uri: x for x in plan_listings(blog, BlogUrls("blog"), PER_PAGE)}
    assert uris(listings["blog/index.md"].posts) == ["blog/b.md", "blog/a.md"]
    assert uris(listings["blog/categories/c/index.md"].posts) == ["blog/b.md", "blog/a.md"]
    assert uris(listings["blog/tags/t/index.md"].posts) == ["blog/a.md", "blog/b.md"]


def test_index_pages_of_terms_archives_and_feeds() -> None:
    blog = collect([post("a", "2025-01-03", tags=("t",))])

    def text(message: str, **values: object) -> str:
        return "[" + message % values + "]"

    listings = {x.src_uri: x for x in plan_listings(
        blog, BlogUrls("blog"), PER_PAGE, archive_title=lambda day: str(day.year),
        feeds_page=True, text=text)}
    assert listings["blog/tags/index.md"] == Listing(
        "blog/tags/index.md", "[Tags]", "tags", ("blog/tags/index.md",),
        terms=(blog.tags.terms["t"],), in_nav=True)
    assert listings["blog/archive/index.md"] == Listing(
        "blog/archive/index.md", "[Archive]", "archives", ("blog/archive/index.md",),
        in_nav=True)
    assert listings["blog/feeds/index.md"] == Listing(
        "blog/feeds/index.md", "[Feeds]", "feeds", ("blog/feeds/index.md",))
    assert list(listings)[-1] == "blog/feeds/index.md"
    plain = plan_listings(blog, BlogUrls("blog"), PER_PAGE)
    assert "blog/feeds/index.md" not in [x.src_uri for x in plain]


def test_author_pages_named_by_name() -> None:
    style = UrlStyle(terms={"tag": "tags/{slug}", "author": "people/{name}",
                            "category": "categories/{slug}"})
    blog = collect([post("a", "2025-01-03", authors=(author("ann", "Ann Lee"),))])
    listings = plan_listings(blog, BlogUrls("blog", style=style), PER_PAGE)
    assert [(x.src_uri, x.title, x.kind) for x in listings if x.term] == [
        ("blog/people/Ann Lee/index.md", "Ann Lee", "author")]
