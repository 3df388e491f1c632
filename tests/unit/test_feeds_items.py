"""What a feed item says of a post, and which feed files a blog has (feeds/plan.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import Findings, author, post

from mkdocs_blogposts.feeds.plan import (
    FeedSettings,
    feed_directory,
    feed_paths,
    feed_specs,
    head_feeds,
    summary_of,
)
from mkdocs_blogposts.feeds.writers import FeedAuthor, FeedImage, FeedItem
from mkdocs_blogposts.plan.blog import Blog
from mkdocs_blogposts.read.dates import PostDate
from mkdocs_blogposts.render.post_html import PostHtml, Rendered
from mkdocs_blogposts.urls import BlogUrls, UrlStyle

UTC = dt.timezone.utc
NOW = dt.datetime(2030, 1, 1, tzinfo=UTC)
SITE = "https://e.org/sub/"
# What MkDocs gives for the site's files (percent-encoded); absolute URLs are not files.
URLS = {"blog/a.md": "blog/a/", "blog/b.md": "blog/b/", "blog/index.md": "blog/",
        "blog/tags/ai/index.md": "blog/tags/ai/", "assets/ann.png": "assets/ann.png",
        "assets/c.png": "assets/c.png", "assets/my cover.png": "assets/my%20cover.png"}


def settings(**changes) -> FeedSettings:
    values = {"site_url": SITE, "site_name": "Site", "urls": BlogUrls("blog"),
              "language": "en", "limit": 10, "full_content": True,
              "formats": ("rss", "atom", "json"), **changes}
    return FeedSettings(**values)


def collect(*posts) -> Blog:
    return Blog.collect(posts, now=NOW, include_future=False, preview=False, report=Findings())


def html_store(**html: str) -> PostHtml:
    store = PostHtml()
    uris = {f"blog/{name}.md": text for name, text in html.items()}
    store.start_build(dict.fromkeys(uris, "digest"), keep_html=set(uris))
    for uri, text in uris.items():
        store.store(uri, text)
    return store


def blog_item(blog: Blog, html: PostHtml | None = None, *, sizes=None, **changes) -> FeedItem:
    """The item of the blog's newest post in the blog's own feed."""
    specs = feed_specs(blog, settings(**changes), url_of=URLS.get, html_of=html or PostHtml(),
                       size_of=(sizes or {}).get)
    return specs[0].items[0]


def test_an_item_carries_the_post_whole() -> None:
    ann = author("ann", "Ann <i>L</i>", email="ann@e.org\x01", url="https://ann.org",
                 avatar="/assets/ann.png")
    bob = author("bob", "Bob", url="javascript:alert(1)", avatar="https://cdn.e.org/bob.png")
    blog = collect(post("a", "2025-01-03", title="Hello <em>world</em>", tags=("AI", "ai"),
                        categories=("News",), authors=(ann, bob, author("cy")),
                        description="About it", description_given=True,
                        updated=PostDate(dt.datetime(2025, 2, 1, tzinfo=UTC)),
                        image="assets/c.png"))
    html = html_store(a="<h1>Hello world</h1><p>Body</p>")
    item = blog_item(blog, html, sizes={"assets/c.png": 68})
    assert item == FeedItem(
        title="Hello world", link="https://e.org/sub/blog/a/",
        published=dt.datetime(2025, 1, 3, tzinfo=UTC),
        updated=dt.datetime(2025, 2, 1, tzinfo=UTC),
        summary="About it",
        content_html="<p>Body</p>",  # the heading repeating the title is left out
        tags=("AI", "News"),
        authors=(FeedAuthor("Ann L", "ann@e.org", "https://ann.org",
                            "https://e.org/sub/assets/ann.png"),
                 FeedAuthor("Bob", "", "", "https://cdn.e.org/bob.png"),
                 FeedAuthor("Cy")),
        image=FeedImage("https://e.org/sub/assets/c.png", "image/png", 68),
    )


def test_an_item_names_twenty_tags_and_authors_at_most() -> None:
    many = tuple(f"t{n:02d}" for n in range(25))
    blog = collect(post("a", "2025-01-03", tags=many,
                        authors=tuple(author(f"a{n:02d}") for n in range(25))))
    item = blog_item(blog)
    assert item.tags == many[:20]
    assert [a.name for a in item.authors] == [f"A{n:02d}" for n in range(20)]


@pytest.mark.parametrize(("image", "expected"), [
    ("", None),
    ("javascript:alert(1)", None),
    ("assets/c.png", FeedImage("https://e.org/sub/assets/c.png", "image/png", 68)),
    ("assets/my cover.png", FeedImage("https://e.org/sub/assets/my%20cover.png", "image/png")),
    # A URL from the front matter: its size is unknown, its type guessed from its path.
    ("https://cdn.e.org/x.jpg", FeedImage("https://cdn.e.org/x.jpg", "image/jpeg")),
    ("//cdn.e.org/x.webp?v=1", FeedImage("https://cdn.e.org/x.webp?v=1", "image/webp")),
    ("https://cdn.e.org/x.png?a=b?c", FeedImage("https://cdn.e.org/x.png?a=b?c", "image/png")),
    ("https://cdn.e.org/cover", FeedImage("https://cdn.e.org/cover",
                                          "application/octet-stream")),
])
def test_item_images(image: str, expected: FeedImage | None) -> None:
    blog = collect(post("a", "2025-01-03", image=image))
    assert blog_item(blog, sizes={"assets/c.png": 68}).image == expected


@pytest.mark.parametrize(("avatar", "expected"), [
    ("", ""),
    ("assets/ann.png", "https://e.org/sub/assets/ann.png"),
    ("/assets/ann.png", "https://e.org/sub/assets/ann.png"),  # from docs_dir, not the host
    ("https://cdn.e.org/ann.png", "https://cdn.e.org/ann.png"),
    ("//cdn.e.org/ann.png", "https://cdn.e.org/ann.png"),
])
def test_author_avatars_are_absolute(avatar: str, expected: str) -> None:
    blog = collect(post("a", "2025-01-03", authors=(author("ann", avatar=avatar),)))
    assert blog_item(blog).authors[0].avatar == expected


def test_a_post_without_a_url_links_to_the_site() -> None:
    blog = collect(post("gone", "2025-01-03"))
    assert blog_item(blog).link == SITE


def test_summary_only_feeds_still_summarize_from_the_html() -> None:
    blog = collect(post("a", "2025-01-03", description="From markdown"))
    html = html_store(a="<p>First &amp; <b>only</b></p><p>Second</p>")
    item = blog_item(blog, html, full_content=False)
    assert (item.summary, item.content_html) == ("First & only", "")


def rendered(excerpt: str = "", first_paragraph: str = "") -> Rendered:
    return Rendered("d", excerpt, bool(excerpt), first_paragraph)


@pytest.mark.parametrize(("fields", "parts", "summary"), [
    ({"description": "Given <b>one</b>", "description_given": True},
     rendered("<p>Excerpt</p>"), "Given one"),
    ({"description": "From markdown"}, rendered("<p>Excerpt <i>x</i></p>"), "Excerpt x"),
    ({"description": "From markdown"}, rendered("", "<p>First</p>"), "First"),
    ({"description": "From markdown"}, rendered("<p> </p>"), "From markdown"),
    ({"description": "From markdown"}, None, "From markdown"),
    ({"title": "The <em>title</em>"}, None, "The title"),
    ({"title": "The title"}, rendered(), "The title"),
])
def test_summary_of(fields: dict, parts: Rendered | None, summary: str) -> None:
    assert summary_of(post("a", "2025-01-01", **fields), parts) == summary


def test_spec_channel_fields() -> None:
    blog = collect(post("a", "2025-01-03", tags=("AI",)))
    specs = feed_specs(blog, settings(language="de", site_author="Ann <b>E</b>",
                                      site_description="All <i>news</i>"),
                       url_of=URLS.get, html_of=PostHtml(), size_of=lambda uri: None)
    blog_spec, tag_spec = specs
    assert (blog_spec.title, blog_spec.description, blog_spec.link) == (
        "Site: Blog", "All news", "https://e.org/sub/blog/")
    assert (blog_spec.language, blog_spec.author, blog_spec.stylesheet_url) == (
        "de", "Ann E", "/sub/blog/feed.css")
    assert (tag_spec.link, tag_spec.language, tag_spec.author) == (
        "https://e.org/sub/blog/tags/ai/", "de", "Ann E")
    assert tag_spec.description == "Site: Posts tagged AI"  # no description: its title
    assert tag_spec.stylesheet_url == "/sub/blog/feed.css"


@pytest.mark.parametrize(("changes", "author_", "stylesheet"), [
    ({}, "Site", "/sub/blog/feed.css"),
    ({"stylesheet": "xslt", "site_name": "My <b>site</b>"}, "My site", "/sub/blog/feed.xsl"),
    ({"stylesheet": "", "site_author": "Ann"}, "Ann", ""),
])
def test_spec_author_and_stylesheet(changes: dict, author_: str, stylesheet: str) -> None:
    specs = feed_specs(collect(post("a", "2025-01-03")), settings(**changes), url_of=URLS.get,
                       html_of=PostHtml(), size_of=lambda uri: None)
    assert [(s.author, s.stylesheet_url) for s in specs] == [(author_, stylesheet)]


def test_a_channel_links_to_the_page_it_mirrors() -> None:
    named = UrlStyle(terms={"tag": "tags/{slug}", "author": "people/{name}",
                            "category": "categories/{slug}"})
    blog = collect(post("a", "2025-01-03", authors=(author("ann", "Ann Lee"),)))
    urls = {"blog/people/Ann Lee/index.md": "blog/people/Ann%20Lee/"}
    specs = feed_specs(blog, settings(urls=BlogUrls("blog", style=named)), url_of=urls.get,
                       html_of=PostHtml(), size_of=lambda uri: None)
    assert [s.link for s in specs] == [SITE, "https://e.org/sub/blog/people/Ann%20Lee/"]


def test_the_feed_directory_and_the_paths_feeds_take() -> None:
    blog = collect(post("a", "2025-01-03", tags=("C<b>", "x")))
    only_tags = settings(scopes=("tags",), formats=("rss", "json"))
    term = blog.tags.terms["c-b"]
    assert feed_directory(blog, only_tags) == [
        ("Site: Posts tagged C", term, [
            ("RSS", "application/rss+xml", "blog/tags/c-b/feed.xml",
             "https://e.org/sub/blog/tags/c-b/feed.xml"),
            ("JSON Feed", "application/feed+json", "blog/tags/c-b/feed.json",
             "https://e.org/sub/blog/tags/c-b/feed.json")]),
        ("Site: Posts tagged x", blog.tags.terms["x"], [
            ("RSS", "application/rss+xml", "blog/tags/x/feed.xml",
             "https://e.org/sub/blog/tags/x/feed.xml"),
            ("JSON Feed", "application/feed+json", "blog/tags/x/feed.json",
             "https://e.org/sub/blog/tags/x/feed.json")])]
    assert feed_paths(blog, settings(scopes=("blog", "tags"), formats=("atom",))) == {
        "blog/atom.xml": "the Atom feed 'Site: Blog'",
        "blog/tags/c-b/atom.xml": "the Atom feed 'Site: Posts tagged C<b>'",
        "blog/tags/x/atom.xml": "the Atom feed 'Site: Posts tagged x'",
        "blog/feed.css": "the feeds' stylesheet"}
    assert feed_paths(blog, settings(scopes=("blog",), formats=("rss",), stylesheet="")) == {
        "blog/feed.xml": "the RSS feed 'Site: Blog'"}


def test_head_feeds_per_scope() -> None:
    blog = collect(post("a", "2025-01-03", tags=("AI",)))
    term = blog.tags.terms["ai"]
    rss = ("rss",)
    blog_rss = ("Site: Blog (RSS)", "https://e.org/sub/blog/feed.xml", "application/rss+xml")
    tag_rss = ("Site: Posts tagged AI (RSS)", "https://e.org/sub/blog/tags/ai/feed.xml",
               "application/rss+xml")
    assert head_feeds(settings(formats=rss), None) == [blog_rss]
    assert head_feeds(settings(formats=rss), term) == [blog_rss, tag_rss]
    assert head_feeds(settings(formats=rss, scopes=("tags",)), term) == [tag_rss]
    assert head_feeds(settings(formats=rss, scopes=("tags",)), None) == []
    assert head_feeds(settings(formats=rss, scopes=("blog",)), term) == [blog_rss]
