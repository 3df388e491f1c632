"""Posts from any engine in, and for every bad input one clear line out; never a traceback."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from mkdocs.exceptions import Abort

from mkdocs_blogposts.read.aliases import read_post
from mkdocs_blogposts.read.authors import Author, author_lookup
from mkdocs_blogposts.read.post import ReadContext
from mkdocs_blogposts.slugs import slugify

if TYPE_CHECKING:
    from conftest import Site

ALIASES = ["title", "description", "summary", "date", "pubDate", "published", "updated",
           "lastmod", "author", "authors", "tags", "tag", "keywords", "categories", "category",
           "image", "heroImage", "cover", "draft", "status", "unlisted", "hidden", "created"]
CTX = ReadContext(dt.timezone.utc, author_lookup({"ann": Author("ann", "Ann Lee")}),
                  frozenset({"blog/img.png"}))
MESSAGE = re.compile(r"^(front matter|[\w.]+): \S")

scalars = (st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False)
           | st.text(max_size=30) | st.dates() | st.datetimes()
           | st.text(alphabet=st.characters(codec="utf-8"), min_size=2000, max_size=5000))
values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4)
                      | st.dictionaries(st.text(max_size=8), inner, max_size=4), max_leaves=12)


def check_result(text: str) -> None:
    result = read_post("blog/posts/x.md", text, CTX)
    assert all(MESSAGE.match(f.message) for f in result.findings), result.findings
    if result.post is None:
        assert any(f.excludes for f in result.findings)
    else:
        assert result.post.title
        assert result.post.date.value.tzinfo is not None
        assert all(isinstance(tag, str) and tag for tag in result.post.tags)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(st.sampled_from(ALIASES) | st.text(max_size=10), values, max_size=8))
def test_any_front_matter_gives_a_post_or_messages(meta: dict[str, object]) -> None:
    check_result("---\n" + yaml.safe_dump(meta, allow_unicode=True) + "---\n\nBody.\n")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300) | st.lists(values).map(lambda v: "---\n" + yaml.safe_dump(v)
                                                    + "---\nx"))
def test_any_text_gives_a_post_or_messages(text: str) -> None:
    check_result(text)


def test_slugs() -> None:
    assert [slugify(t, "tag") for t in ["C", "C++", "C#", "Machine Learning", "机器学习",
                                        "Машинное обучение", "🚀", "../../etc", "index",
                                        "Node.js", "a_b"]] == [
        "c", "c-plus-plus", "c-sharp", "machine-learning", "机器学习", "машинное-обучение",
        "tag", "etc", "index-tag", "node-js", "a-b"]


def test_hostile_input_builds_with_no_live_markup(site: Site, warnings) -> None:
    site.write({
        "blog/posts/a.md": "---\ntitle: \"Q&A: <b>\\\"quotes\\\"</b> & 'more'\"\ndate: 2025-01-01\n"
                           "tags: [\"<script>alert(1)</script>\", AI, ai]\n---\n\nBody.\n",
        "blog/posts/latin1.md": "---\ntitle: Caf\xe9\n---\n".encode("latin-1"),
        "blog/posts/empty.md": "",
    }).build(strict=False)
    found = warnings()
    assert any(w.startswith("blog/posts/latin1.md: file: cannot be read as UTF-8 text")
               for w in found), found
    assert "blog/posts/empty.md: date: no date found, so the post is not listed; add " \
           "'date: 2024-05-01' or start the file name with the date (2024-05-01-title.md)" in found
    assert (site.out / "blog/posts/empty/index.html").is_file()
    assert not (site.out / "blog/posts/latin1").exists()
    for rel in ["blog/index.html", "blog/posts/a/index.html", "blog/tags/index.html",
                "blog/feed.xml", "blog/atom.xml"]:
        text = site.text(rel)
        assert "<script>alert" not in text, rel
        assert "<b>" not in text, rel
    tags = sorted(p.name for p in (site.out / "blog/tags").iterdir() if p.is_dir())
    assert tags == ["ai", "script-alert-1-script"]


def test_author_slugs_and_urls_cannot_escape(site: Site, warnings) -> None:
    site.write({
        "blog/.authors.yml": "authors:\n  ../../evil:\n    name: Evil\n  ann:\n    name: Ann\n"
                             "    slug: ../../../outside\n",
        "blog/a.md": "---\ndate: 2025-01-01\nauthors: [../../evil, ann, {name: X, slug: /x/, "
                     "url: 'javascript:alert(1)', avatar: 'javascript:alert(2)'}]\n"
                     "image: 'javascript:alert(3)'\n---\n\nx\n",
    }).build(strict=False)
    assert warnings() == ["blog/a.md: image: expected a path in the site or an http(s) URL, got "
                          "'javascript:alert(3)'; the post is shown without it"]
    pages = sorted(p.name for p in (site.out / "blog/authors").iterdir() if p.is_dir())
    assert pages == ["evil", "outside", "x"]
    for rel in ["blog/authors/x/index.html", "blog/a/index.html", "blog/index.html",
                "blog/feed.xml", "blog/atom.xml", "blog/feed.json"]:
        assert "javascript:" not in site.text(rel), rel
    assert not (site.root / "outside").exists()
    assert not (site.out.parent / "evil").exists()


def test_label_collisions_and_reserved_names(site: Site, warnings) -> None:
    site.write({
        "blog/a.md": "---\ndate: 2025-01-01\ntags: [C, C++, 'C#', Node.js, ../../etc, index, "
                     "机器学习, 🚀]\n---\n\nx\n",
        "blog/b.md": "---\ndate: 2025-01-02\ntags: [Node JS, AI]\n---\n\nx\n",
        "blog/c.md": "---\ndate: 2025-01-03\ntags: ai\n---\n\nx\n",
    }).build(strict=False)
    pages = sorted(p.name for p in (site.out / "blog/tags").iterdir() if p.is_dir())
    assert pages == ["ai", "c", "c-plus-plus", "c-sharp", "etc", "index-tag", "node-js",
                     "node-js-2", "tag", "机器学习"]
    assert not (site.out / "etc").exists()
    assert warnings() == [
        "tag labels 'Node JS' (blog/b.md), 'Node.js' (blog/a.md) share the URL slug "
        "'node-js'; each gets its own page (did you mean one of them?)"]
    ai = site.html("blog/tags/ai/index.html")
    assert ai.find("h1").get_text() == "ai"  # as the newest post writes it
    assert len(ai.select(".blogposts-card")) == 2


def test_validation_levels(site: Site, warnings) -> None:
    site.write({
        "blog/.authors.yml": "authors:\n  ann:\n    name: Ann Lee\n",
        "blog/tags.yml": "ai:\n  label: AI\n  description: Artificial intelligence.\n",
        "blog/a.md": "---\ndate: 2025-01-01\nauthors: [ann, Ann Lee, Bob Stranger]\n"
                     "image: missing.png\ntags: [ai, Cooking]\n---\n\nx\n",
        "blog/b.md": "---\ntitle: No date\n---\n\nx\n",
    })
    with pytest.raises(Abort):  # defaults: missing image, unknown tag, undated are warnings
        site.build()
    assert warnings() == [
        "blog/a.md: image: image 'missing.png' not found (no file docs/blog/missing.png); "
        "the post is shown without it",
        "blog/b.md: date: no date found, so the post is not listed; add 'date: 2024-05-01' "
        "or start the file name with the date (2024-05-01-title.md)",
        "blog/a.md: tags: 'Cooking' is not in the tags file; it gets a page all the same",
    ]
    levels = {"missing_images": "ignore", "unknown_tags": "info", "undated": "info",
              "unknown_authors": "warn"}
    site.plugin_options(validation=levels).build(strict=False)
    assert warnings()[3:] == ["blog/a.md: authors: 'Bob Stranger' is not an id or a name in "
                              "the authors file; shown as a display name"]
    ai = site.html("blog/tags/ai/index.html")
    assert ai.find("h1").get_text() == "AI"
    assert "Artificial intelligence." in ai.get_text()
    site.plugin_options(validation={**levels, "unknown_authors": "error"})
    with pytest.raises(Abort):  # an `error` check stops even a non-strict build
        site.build(strict=False)
    assert warnings()[-1].startswith("blog/a.md: authors: 'Bob Stranger' is not an id")


def test_other_front_matter_formats(site: Site, warnings) -> None:
    site.write({
        "blog/hugo.md": "+++\ntitle = \"Hugo post\"\ndate = 2024-01-02T03:04:05+01:00\n"
                        "tags = [\"toml\"]\n+++\n\nHugo body.\n",
        "blog/eleventy.md": "---js\nconst title = \"Eleventy post\";\nconst date = '2024-02-02';"
                            "\n---\n\nEleventy body.\n",
        "blog/json.md": "---json\n{\"title\": \"JSON post\", \"date\": \"2024-03-03\"}\n"
                        "---\n\nJ.\n",
        "blog/coffee.md": "---coffee\ntitle: 'x'\n---\n\nC.\n",
        "blog/bad.md": "+++\ntitle = \n+++\n\nB.\n",
    }).build(strict=False)
    cards = {a.get_text(): a.find_parent("article").find("time")["datetime"]
             for a in site.html("blog/index.html").select(".blogposts-card-title a")}
    assert cards == {"JSON post": "2024-03-03T00:00:00+00:00",
                     "Eleventy post": "2024-02-02T00:00:00+00:00",
                     "Hugo post": "2024-01-02T03:04:05+01:00"}
    hugo = site.text("blog/hugo/index.html")
    assert "Hugo body." in hugo
    assert 'title = "Hugo post"' not in hugo  # the front matter is not shown as text
    assert warnings() == [
        "blog/bad.md: front matter: invalid TOML: Invalid value (at line 2, column 9)",
        "blog/coffee.md: front matter: '---coffee' front matter is not supported; write YAML "
        "between two '---' lines",
    ]


def test_pages_with_one_url_and_image_mappings(site: Site, warnings, caplog) -> None:
    site.write({
        "blog/same.md": "---\ntitle: One\ndate: 2025-01-01\n---\n\nx\n",
        "blog/same.markdown": "---\ntitle: Two\ndate: 2025-01-02\n---\n\nx\n",
        "blog/tags.md": "---\ntitle: Tags post\ndate: 2025-01-04\ntags: [x]\n---\n\nx\n",
        "blog/cover.md": "---\ntitle: Cover\ndate: 2025-01-03\nkeywords: a, b\n"
                         "cover:\n  src: /assets/cover.png\n  alt: A cover\n---\n\nx\n",
        "assets/cover.png": b"\x89PNG\r\n",
    }).build(strict=False)
    # Two posts in one folder with one URL: MkDocs itself names both, as a warning.
    assert any(r.levelname == "WARNING" and "'blog/same.markdown'" in r.getMessage()
               and "'blog/same.md'" in r.getMessage() for r in caplog.records)
    # blog/tags.md has the tags index's URL: it is the user's tags index, not a post.
    assert warnings() == []
    tags = site.html("blog/tags/index.html")
    assert tags.title.get_text().startswith("Tags post")
    assert [a.get_text() for a in tags.select(".blogposts-cloud a")] == ["a", "b"]
    cover = site.html("blog/cover/index.html")
    assert cover.select_one(".blogposts-cover")["src"] == "../../assets/cover.png"
    assert [a.get_text() for a in cover.select("a[rel=tag]")] == ["a", "b"]
