"""Grouping posts and what is listed where (plan/taxonomy.py, plan/blog.py)."""

from __future__ import annotations

import datetime as dt

from helpers import Findings, author, post

from mkdocs_blogposts.plan.blog import Blog
from mkdocs_blogposts.plan.taxonomy import group_archives, group_authors, group_labels, year_of
from mkdocs_blogposts.read.data_files import TagInfo

NOW = dt.datetime(2025, 6, 1, tzinfo=dt.timezone.utc)


def test_labels_group_case_insensitively_newest_spelling_first() -> None:
    posts = [post("b", "2025-02-01", tags=("ai",)), post("a", "2025-01-01", tags=("AI", "ML"))]
    warned: list[str] = []
    tags = group_labels("tag", posts, lambda p: p.tags, warned.append)
    assert list(tags.terms) == ["ai", "ml"]
    assert tags.terms["ai"].label == "ai"  # as the newest post writes it
    assert [p.src_uri for p in tags.terms["ai"].posts] == ["blog/b.md", "blog/a.md"]
    assert tags.term_for("Ai") is tags.terms["ai"]
    assert tags.display("AI") == "ai"
    assert tags.display("unknown") == "unknown"
    assert tags.term_for("unknown") is None
    assert warned == []


def test_the_tags_file_names_labels_and_describes_them() -> None:
    known = {"ai": TagInfo("AI", "Artificial intelligence")}
    tags = group_labels("tag", [post("a", "2025-01-01", tags=("ai",))], lambda p: p.tags,
                        lambda m: None, known)
    assert tags.terms["ai"].label == "AI"
    assert tags.terms["ai"].description == "Artificial intelligence"


def test_labels_sharing_a_slug_each_keep_a_page_and_are_reported() -> None:
    posts = [post("a", "2025-01-02", tags=("Node.js",)), post("b", "2025-01-01",
                                                              tags=("Node JS", "node-js-2"))]
    warned: list[str] = []
    tags = group_labels("tag", posts, lambda p: p.tags, warned.append)
    assert {slug: term.label for slug, term in tags.terms.items()} == {
        "node-js": "Node JS", "node-js-2": "Node.js", "node-js-2-": "node-js-2"}
    assert warned == ["tag labels 'Node JS' (blog/b.md), 'Node.js' (blog/a.md) share the URL "
                      "slug 'node-js'; each gets its own page (did you mean one of them?)"]


def test_sorted_terms_are_alphabetical_ignoring_case() -> None:
    tags = group_labels("tag", [post("a", "2025-01-01", tags=("b", "A", "c", "B2"))],
                        lambda p: p.tags, lambda m: None)
    assert [t.label for t in tags.sorted_terms()] == ["A", "b", "B2", "c"]


def test_authors_are_their_slugs() -> None:
    mara = author("mara", "Mara L")
    posts = [post("a", "2025-01-02", authors=(mara,)),
             post("b", "2025-01-01", authors=(author("mara", "Other name"), author("x")))]
    authors = group_authors(posts)
    assert list(authors.terms) == ["mara", "x"]
    assert authors.terms["mara"].label == "Mara L"
    assert authors.terms["mara"].author is mara
    assert len(authors.terms["mara"].posts) == 2
    assert authors.term_for("MARA") is authors.terms["mara"]
    # ...or by the name posts show (a latest-posts marker's author="Mara L").
    assert authors.term_for("mara  l") is authors.terms["mara"]
    assert authors.term_for("Other name") is authors.terms["mara"]
    assert authors.term_for("Nobody") is None


def test_archives_by_calendar_day_newest_first() -> None:
    posts = [post("a", "2025-01-01"), post("b", "2024-12-31"), post("c", "2024-01-01")]
    years = group_archives(posts, year_of)
    assert {y: [p.src_uri for p in ps] for y, ps in years.items()} == {
        "2025": ["blog/a.md"], "2024": ["blog/b.md", "blog/c.md"]}
    assert list(years) == ["2025", "2024"]
    months = group_archives(posts, lambda day: f"{day.year}/{day.month:02d}")
    assert list(months) == ["2025/01", "2024/12", "2024/01"]


def collect(posts: list, *, preview: bool = False, include_future: bool = False,
            report: Findings | None = None) -> Blog:
    return Blog.collect(posts, now=NOW, include_future=include_future, preview=preview,
                        report=report if report is not None else Findings())


def test_listed_newest_first_without_drafts_unlisted_and_future() -> None:
    report = Findings()
    blog = collect([
        post("old", "2024-01-01"), post("new", "2025-05-01"),
        post("draft", "2025-04-01", draft=True), post("hidden", "2025-03-01", unlisted=True),
        post("future", "2025-07-01"), post("same-day-b", "2025-02-01"),
        post("same-day-a", "2025-02-01"),
    ], report=report)
    assert [p.src_uri for p in blog.listed] == [
        "blog/new.md", "blog/same-day-b.md", "blog/same-day-a.md", "blog/old.md"]
    assert blog.future == {"blog/future.md"}
    assert set(blog.posts) == {f"blog/{n}.md" for n in ["old", "new", "draft", "hidden",
                                                         "future", "same-day-b", "same-day-a"]}
    assert report == [("future", "blog/future.md: date: 2025-07-01T00:00:00+00:00 is in the "
                       "future; the post is built only by 'mkdocs serve' until then (option "
                       "include_future lists it)")]


def test_serve_previews_drafts_and_future_posts_but_feeds_never_get_them() -> None:
    posts = [post("new", "2025-05-01"), post("draft", "2025-04-01", draft=True),
             post("future", "2025-07-01", tags=("x",)), post("hidden", "2025-03-01",
                                                            unlisted=True)]
    blog = collect(posts, preview=True)
    assert [p.src_uri for p in blog.listed] == ["blog/future.md", "blog/new.md",
                                                "blog/draft.md"]
    assert [p.src_uri for p in blog.published(blog.listed)] == ["blog/new.md"]
    assert blog.is_draft(blog.posts["blog/future.md"])
    assert blog.is_draft(blog.posts["blog/draft.md"])
    assert not blog.is_draft(blog.posts["blog/new.md"])
    assert [p.src_uri for p in blog.published(blog.tags.terms["x"].posts)] == []


def test_include_future_lists_future_posts() -> None:
    report = Findings()
    blog = collect([post("future", "2025-07-01")], include_future=True, report=report)
    assert [p.src_uri for p in blog.listed] == ["blog/future.md"]
    assert blog.future == frozenset()
    assert report == []


def test_unknown_tags_reported_only_with_a_tags_file() -> None:
    report = Findings()
    Blog.collect([post("a", "2025-01-01", tags=("ai", "Cooking"))], now=NOW,
                 include_future=False, preview=False, report=report,
                 known_tags={"ai": TagInfo("AI")})
    assert report == [("unknown_tags", "blog/a.md: tags: 'Cooking' is not in the tags file; it "
                       "gets a page all the same")]


def test_neighbours() -> None:
    blog = collect([post("a", "2025-01-01"), post("b", "2025-01-02"), post("c", "2025-01-03"),
                    post("h", "2025-01-04", unlisted=True)])
    assert [p and p.src_uri for p in blog.neighbours(blog.posts["blog/b.md"])] == [
        "blog/c.md", "blog/a.md"]
    assert [p and p.src_uri for p in blog.neighbours(blog.posts["blog/c.md"])] == [
        None, "blog/b.md"]
    assert [p and p.src_uri for p in blog.neighbours(blog.posts["blog/a.md"])] == [
        "blog/b.md", None]
    assert blog.neighbours(blog.posts["blog/h.md"]) == (None, None)


def test_related_most_shared_tags_then_newest() -> None:
    blog = collect([
        post("me", "2025-01-10", tags=("a", "b", "c")),
        post("two-old", "2025-01-01", tags=("a", "b")),
        post("one-new", "2025-01-09", tags=("c",)),
        post("one-newer", "2025-01-20", tags=("a",)),
        post("two-new", "2025-01-05", tags=("b", "C")),
        post("none", "2025-01-11", tags=("z",)),
    ])
    me = blog.posts["blog/me.md"]
    assert [p.src_uri for p in blog.related(me, 10)] == [
        "blog/two-new.md", "blog/two-old.md", "blog/one-newer.md", "blog/one-new.md"]
    assert [p.src_uri for p in blog.related(me, 2)] == ["blog/two-new.md", "blog/two-old.md"]
    assert blog.related(blog.posts["blog/none.md"], 3) == []
    assert blog.related(me, 0) == []
