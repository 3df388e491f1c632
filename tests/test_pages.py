"""Pages people enjoy reading: excerpts, reading time, related posts, metadata, templates."""

from __future__ import annotations

import json

import pytest
from conftest import ASTRO_POSTS, THEMES, Site

MORE_POSTS: dict[str, str | bytes] = {
    "blog/posts/long.md": """
        ---
        title: Long read
        date: 2025-10-10
        tags: [AI, Engineering]
        ---

        Intro with [a link](second-post.md) and ![pic](../../assets/cover.png).

        <!-- more -->

        ## Details

        """ + "word " * 900 + "\n",
    "blog/posts/fourth.md": "---\ntitle: Fourth\ndate: 2025-10-01\ntags: [Engineering]\n---\n\n"
                            "First paragraph of the fourth.\n\nSecond paragraph.\n",
}


@pytest.mark.parametrize("use_directory_urls", [True, False])
@pytest.mark.parametrize("theme", THEMES)
def test_cards_excerpts_and_rebased_links(site: Site, theme: str,
                                          use_directory_urls: bool) -> None:
    site.config["theme"] = {"name": theme}
    site.config["use_directory_urls"] = use_directory_urls
    site.write({**ASTRO_POSTS, **MORE_POSTS}).build()
    for src in ["blog/index.md", "blog/tags/engineering/index.md", "blog/archive/2025/index.md"]:
        assert site.broken_links(site.dest(src)) == [], src
    index = site.html(site.dest("blog/index.md"))
    cards = {c.select_one(".blogposts-card-title a").get_text(): c
             for c in index.select(".blogposts-card")}
    long = cards["Long read"]
    excerpt = long.select_one(".blogposts-excerpt")
    assert "Intro with" in excerpt.get_text()
    assert "Details" not in excerpt.get_text()
    assert excerpt.find("img")
    assert long.select_one(".blogposts-more a")
    assert "5 min read" in long.select_one(".md-meta__list").get_text()
    # No `<!-- more -->` and no description: the first paragraph, no "continue".
    fourth = cards["Fourth"]
    assert fourth.select_one(".blogposts-excerpt").get_text(strip=True) == \
        "First paragraph of the fourth."
    assert not fourth.select_one(".blogposts-more")
    # A description wins over the first paragraph.
    assert cards["First post"].select_one(".blogposts-excerpt").get_text() == \
        "The very first post."
    assert len(index.find_all(id=True)) == len({e["id"] for e in index.find_all(id=True)})
    year = site.html(site.dest("blog/archive/2025/index.md"))
    assert [a.get_text() for a in year.select(".blogposts-archive-list a")] == [
        "Long read", "Fourth", "Second post", "Material style"]


def test_post_footer_byline_and_options(site: Site) -> None:
    site.config["theme"] = {"name": "material", "language": "pt-BR", "font": False}
    site.plugin_options(words_per_minute=100, related_posts=2, date_format="d MMM y")
    site.write({**ASTRO_POSTS, **MORE_POSTS}).build()
    post = site.html("blog/posts/long/index.html")
    byline = post.select_one(".blogposts-byline")
    assert byline.find("time").get_text() == "10 out. 2025"
    assert "9 min de leitura" in byline.get_text()  # Material's own pt-BR words
    related = [a.get_text() for a in post.select(".blogposts-related a")]
    assert related == ["First post", "Fourth"]  # two shared tags first, then the newest
    assert post.select_one(".blogposts-newer").get_text(strip=True).endswith("First post")
    assert post.select_one(".blogposts-older").get_text(strip=True).endswith("Fourth")
    assert site.broken_links("blog/posts/long/index.html") == []
    site.config["theme"] = {"name": "mkdocs", "locale": "pt_BR"}  # MkDocs' own spelling
    site.build()
    byline = site.html("blog/posts/long/index.html").select_one(".blogposts-byline")
    assert byline.select_one("time").get_text() == "10 out. 2025"
    assert "9 min de leitura" in byline.get_text()  # our catalog's


def test_head_metadata(site: Site) -> None:
    site.config["theme"] = {"name": "material", "font": False}
    site.write({
        **ASTRO_POSTS,
        "blog/posts/evil.md": "---\ntitle: \"</script><script>alert(1)</script>\"\n"
                              "date: 2025-01-01\n---\n\nx\n",
    }).build()
    post = site.html("blog/posts/first-post/index.html")
    meta = {m["property"]: m["content"] for m in post.select("head meta[property]")
            if m["property"] != "article:tag"}
    assert meta["og:type"] == "article"
    assert meta["og:title"] == "First post"
    assert meta["og:description"] == "The very first post."
    assert meta["og:url"] == "https://example.org/sub/blog/posts/first-post/"
    assert meta["og:image"] == "https://example.org/sub/assets/cover.png"
    assert meta["article:published_time"] == "2026-01-05T00:00:00+00:00"
    assert meta["twitter:card"] == "summary_large_image"
    assert [m["content"] for m in post.select('head meta[property="article:tag"]')] == [
        "AI", "Engineering", "LLM"]
    assert len(post.select('head link[rel="canonical"]')) == 1
    data = json.loads(post.select_one('head script[type="application/ld+json"]').string)
    assert data["@type"] == "BlogPosting"
    assert data["headline"] == "First post"
    assert data["datePublished"] == "2026-01-05T00:00:00+00:00"
    assert data["author"] == [{"@type": "Person", "name": "Omair Khan"}]
    assert data["keywords"] == ["AI", "Engineering", "LLM"]
    assert data["image"] == "https://example.org/sub/assets/cover.png"
    evil = site.text("blog/posts/evil/index.html")
    head = evil.split("</head>")[0]
    assert "<script>alert(1)" not in head
    script = site.html("blog/posts/evil/index.html").select_one(
        'head script[type="application/ld+json"]').string
    assert json.loads(script)["headline"] == "</script><script>alert(1)</script>"

    site.write({f"blog/p{n}.md": f"---\ntitle: P{n}\ndate: 2024-01-{n:02d}\n---\n\nx\n"
                for n in range(1, 20)}).build()
    page2 = site.html("blog/page/2/index.html")
    assert page2.select_one('head link[rel="prev"]')["href"] == "https://example.org/sub/blog/"
    assert page2.select_one('head link[rel="next"]')["href"] == \
        "https://example.org/sub/blog/page/3/"
    collection = json.loads(page2.select_one('head script[type="application/ld+json"]').string)
    assert collection["@type"] == "CollectionPage"
    assert len(collection["hasPart"]) == 10


def test_templates_can_be_overridden_from_custom_dir(site: Site) -> None:
    site.config["theme"] = {"name": "mkdocs", "custom_dir": "overrides"}
    (site.root / "overrides/blogposts").mkdir(parents=True)
    (site.root / "overrides/blogposts/byline.html").write_text(
        '<p class="my-byline">{{ post.title }} on {{ date.text }}</p>', encoding="utf-8")
    site.write(ASTRO_POSTS).build()
    post = site.html("blog/posts/first-post/index.html")
    assert post.select_one(".my-byline").get_text() == "First post on January 5, 2026"
    assert not post.select_one(".blogposts-byline")


def test_latest_posts_marker_on_any_page(site: Site) -> None:
    site.write({
        **ASTRO_POSTS,
        "index.md": "# Home\n\n<!-- blogposts:latest 2 -->\n\n## Engineering\n\n"
                    "<!-- blogposts:latest 5 tag=\"engineering\" -->\n",
    }).build()
    home = site.html("index.html")
    lists = home.select(".blogposts-latest")
    assert [a.get_text() for a in lists[0].select("a")] == ["First post", "Second post"]
    assert [a.get_text() for a in lists[1].select("a")] == ["First post", "Second post"]
    assert site.broken_links("index.html") == []


def test_generated_listing_page_changed_by_another_plugin_is_rendered(site: Site) -> None:
    # Generated listing pages skip the Markdown pass, unless a plugin (here a hook) gives
    # one Markdown of its own: then it is rendered as any page, listing included.
    (site.root / "hooks.py").write_text(
        "def on_page_markdown(markdown, page, **kwargs):\n"
        "    if page.file.src_uri == 'blog/tags/ai/index.md':\n"
        "        return 'Posts about *artificial intelligence*.\\n\\n' + markdown\n"
        "    return markdown\n", encoding="utf-8")
    site.config["hooks"] = [str(site.root / "hooks.py")]
    site.write(ASTRO_POSTS).build()
    ai = site.html("blog/tags/ai/index.html")
    assert ai.find("em").get_text() == "artificial intelligence"
    assert [a.get_text() for a in ai.select(".blogposts-card-title a")] == [
        "First post", "Material style"]
    assert ai.find("h1").get_text() == "AI"
    engineering = site.html("blog/tags/engineering/index.html")
    assert "artificial" not in engineering.get_text()
    assert len(engineering.select(".blogposts-card")) == 2
