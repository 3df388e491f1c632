"""What a round of adversarial input found, each kind with the answer it gets now: nothing
written outside site_dir, no traceback, one clear line naming the file and the field (or the
option), and pages that stay right under `mkdocs serve --dirty`."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from typing import TYPE_CHECKING

import pytest
import yaml

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from conftest import Site

ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


def post(extra: str = "", title: str = "A post", day: str = "2025-01-05") -> str:
    return f"---\ntitle: {title}\ndate: {day}\n{extra}---\n\nBody text.\n"


def everything_below(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*")}


@pytest.fixture
def nested(site: Site) -> Site:
    """The site five folders down, so a `../..` escape lands where the test sees it."""
    deep = site.root / "w1" / "w2" / "w3" / "w4" / "proj"
    deep.mkdir(parents=True)
    site.root, site.docs, site.out = deep, deep / "docs", deep / "site"
    return site


@pytest.mark.parametrize(("front_matter", "options", "field"), [
    ("permalink: /../../../../../escaped/\n", {}, "permalink"),
    ("permalink: '/x/../../../../../../../escaped/'\n", {}, "permalink"),
    ("url: ../../../../../escaped\n", {}, "url"),
    ("slug: ../../../../../../escaped\n", {"url_style": "material"}, "slug"),
    ("slug: ../../../../../escaped\n", {"url_style": "docusaurus"}, "slug"),
    ("categories: ['../../../../../escaped']\n", {"url_style": "jekyll"},
     "post URL (url_style, post_url_format)"),
    (f"permalink: /{'x' * 5000}/\n", {}, "permalink"),
])
def test_a_post_url_never_leaves_the_site(nested: Site, warnings: Callable[[], list[str]],
                                          front_matter: str, options: dict[str, object],
                                          field: str) -> None:
    before = everything_below(nested.root.parent.parent.parent.parent.parent)
    nested.plugin_options(**options)
    nested.write({"blog/a.md": post(front_matter)}).build(strict=False)
    found = [w for w in warnings() if w.startswith("blog/a.md:")]
    assert len(found) == 1, warnings()
    assert found[0].startswith(f"blog/a.md: {field}: ")
    assert "leads outside the site" in found[0] or "longer than" in found[0]
    assert found[0].endswith("; the post keeps 'blog/a/'")
    after = everything_below(nested.root.parent.parent.parent.parent.parent)
    outside = {p for p in after - before if not p.startswith("w1/w2/w3/w4/proj/")}
    assert outside == set()
    assert (nested.out / "blog/a/index.html").is_file()


@pytest.mark.parametrize(("options", "message"), [
    ({"tags_url_format": "../../../../../x/{slug}"},
     "tags_url_format (tag 'a'): leads outside the site"),
    ({"tags_url_format": ""}, "tags_url_format (tag 'a') and the blog index give the same page"),
    ({"tags_url_format": "x"}, "tags_url_format (tag 'b') and tags_url_format (tag 'a') give "
     "the same page"),
    ({"pagination_url_format": ""}, "pagination_url_format (page 2) and the blog index give "
     "the same page"),
    ({"archive_url_format": "tags/{date}"}, "give the same page (blog/tags/index.md)"),
    ({"archive_url_date_format": "'../../../..'/yyyy"}, "leads outside the site"),
    ({"post_url_format": "../../../../{slug}"}, "post URL (url_style, post_url_format): "),
    ({"post_url_format": "posts"}, "post_url_format: 'posts' gives every post one URL"),
    ({"post_url_format": "{slug:>300000000}"}, "a width of 300,000,000 in {slug:>300000000} "
     "is more than a URL or a title needs"),
    ({"feed_title": "{title:>200000000}"}, "a width of 200,000,000"),
    ({"tags_url_format": "tags/{slug:\x00>20}"}, "holds a control character"),
    ({"url_style": "material", "post_slugify": "!!python/name:builtins.divmod"},
     "post_slugify: post_slugify failed on 'First post' (TypeError:"),
])
def test_url_options_that_cannot_work_are_one_line(site: Site, options: dict[str, object],
                                                   message: str) -> None:
    site.write({"blog/a.md": post(), "index.md": "# Home\n"})
    site.plugin_options(**options)
    text = yaml.safe_dump(site.config).replace("'!!python/name:builtins.divmod'",
                                               "!!python/name:builtins.divmod")
    (site.root / "mkdocs.yml").write_text(text, encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build"], cwd=site.root, env=ENV,
                            capture_output=True, text=True, check=False, timeout=120)
    output = result.stdout + result.stderr
    assert result.returncode != 0, output
    assert "Traceback" not in output
    assert message in output, output
    assert not site.out.exists() or not any(site.out.rglob("*.html"))


@pytest.mark.parametrize("day", [
    "'0001-01-01T00:30:00+05:00'", "'9999-12-31T23:59:59-23:59'", "'" + "1" * 5000 + "'",
    "'-2024-05-01'", "0224-05-01",
])
def test_dates_off_the_calendar(site: Site, warnings: Callable[[], list[str]],
                                day: str) -> None:
    site.plugin_options(url_style="jekyll", timezone="Pacific/Kiritimati")
    site.write({"blog/a.md": post(day=day), "blog/ok.md": post(title="Fine")})
    site.build(strict=False)
    assert [w.split(":")[0:2] for w in warnings() if w.startswith("blog/a.md")] == [
        ["blog/a.md", " date"]]


def test_a_page_at_a_feeds_path(site: Site, warnings: Callable[[], list[str]]) -> None:
    site.write({"blog/a.md": post("permalink: /blog/atom.xml\n"),
                "blog/feed.xml.md": post(title="Mine")})
    site.build(strict=False)
    found = warnings()
    assert "blog/a.md: url: 'blog/atom.xml/' is the URL of the Atom feed 'Test Site: Blog' " \
           "too; this post keeps 'blog/a/' (give it another slug)" in found
    assert any(w.startswith("blog/feed.xml.md: its page 'blog/feed.xml/index.html' is where "
                            "the RSS feed") for w in found), found
    assert (site.out / "blog/feed.xml/index.html").is_file()  # the user's page, as written
    assert (site.out / "blog/atom.xml").is_file()
    assert not (site.out / "blog/feed.xml").is_file()


def test_a_slugify_function_that_fails_on_one_label(site: Site,
                                                    warnings: Callable[[], list[str]]) -> None:
    (site.root / "slugs.py").write_text(
        "def slugify(text, separator):\n"
        "    if text == 'Bad':\n        raise ValueError('no')\n"
        "    return text.lower()\n", encoding="utf-8")
    sys.path.insert(0, str(site.root))
    try:
        site.plugin_options(categories_slugify="!!python/name:slugs.slugify")
        text = yaml.safe_dump(site.config).replace("'!!python/name:slugs.slugify'",
                                                   "!!python/name:slugs.slugify")
        site.write({"blog/a.md": post("categories: [Bad, Good]\n")})
        (site.root / "mkdocs.yml").write_text(text, encoding="utf-8")
        from mkdocs.commands.build import build
        from mkdocs.config import load_config
        config = load_config(str(site.root / "mkdocs.yml"), site_dir=str(site.out))
        build(config)
    finally:
        sys.path.remove(str(site.root))
        sys.modules.pop("slugs", None)
    assert warnings() == ["categories_slugify failed on 'Bad': ValueError: no; the category's "
                          "slug is the plugin's own"]
    assert (site.out / "blog/categories/bad/index.html").is_file()
    assert (site.out / "blog/categories/good/index.html").is_file()


def test_links_to_a_listing_a_page_of_the_users_holds(site: Site) -> None:
    # `blog.md` is the blog's index (MkDocs gives it the URL blog/): links go there.
    site.write({"blog.md": "# My blog\n", "blog/a.md": post("tags: [x]\n")}).build()
    tag = site.html("blog/tags/x/index.html")
    assert ".md" not in str(tag)
    assert site.broken_links("blog/tags/x/index.html") == []


def test_text_stays_text(site: Site) -> None:
    site.config["theme"] = {"name": "material", "font": False}
    site.write({
        "blog/a.md": post('description: \'"><img src=x onerror=alert(1)>\'\n'
                          "links:\n  - other.md\n"),
        "other.md": "# Bold &amp; <em>it</em>\n",
    }).build()
    page = site.html("blog/a/index.html")
    assert page.find("img", src="x") is None
    assert page.select_one('meta[name="description"]')["content"] == (
        '"><img src=x onerror=alert(1)>')
    assert page.select_one(".blogposts-links a").get_text() == "Bold & it"


def test_avatars_that_are_not_files(site: Site, warnings: Callable[[], list[str]]) -> None:
    site.write({"blog/.authors.yml": "authors:\n  ann:\n    name: Ann\n    avatar: gone.png\n"
                "  bob:\n    name: Bob\n    avatar: ../../../etc/x.png\n",
                "blog/a.md": post("authors: [ann, bob]\n")}).build(strict=False)
    assert sorted(w.split(": avatar:")[0] for w in warnings()) == [
        "blog/.authors.yml: ann", "blog/.authors.yml: bob"]
    assert site.html("blog/a/index.html").select(".blogposts-avatars img") == []


def test_no_redirect_to_a_post_the_build_leaves_out(site: Site) -> None:
    site.plugin_options(url_style="material")
    site.write({"blog/2999-01-01-later.md": "---\ntitle: Later\ndate: 2999-01-01\n---\n\nx\n",
                "blog/a.md": post()}).build()
    assert not list(site.out.rglob("later*"))


def test_thousands_of_authors_on_one_post(site: Site) -> None:
    authors = ", ".join(f"'Writer {n}'" for n in range(400))
    site.write({"blog/a.md": post(f"authors: [{authors}]\n")}).build(strict=False)
    card = site.html("blog/authors/writer-1/index.html").select_one(".blogposts-card")
    assert len(card.select(".md-meta__link")) == 12
    feed = site.text("blog/authors/writer-1/feed.json")
    assert feed.count('"name": "Writer') == 20


@pytest.mark.parametrize(("front_matter", "message"), [
    ("title: yes\n", "blog/a.md: title: expected text, got True"),
    ("status: [draft]\n", "blog/a.md: status: expected a word like draft or published, got "
     "['draft']; the post is not a draft"),
])
def test_values_of_the_wrong_kind(site: Site, warnings: Callable[[], list[str]],
                                  front_matter: str, message: str) -> None:
    site.write({"blog/a.md": "---\ndate: 2025-01-05\n" + front_matter + "---\n\nx\n"})
    site.build(strict=False)
    assert message in warnings()


def test_tags_file_values_of_the_wrong_kind(site: Site,
                                            warnings: Callable[[], list[str]]) -> None:
    site.write({"blog/tags.yml": "ai:\n  label: [a, b]\n", "blog/a.md": post("tags: [ai]\n")})
    site.build(strict=False)
    assert any("blog/tags.yml: ai: label: expected text, got ['a', 'b']" in w
               for w in warnings()), warnings()


def test_strings_with_literal_braces_and_percents(site: Site) -> None:
    site.plugin_options(strings={"Blog": "100% {{blog}} %(count)s"})
    site.write({"blog/a.md": post()}).build()
    assert site.html("blog/index.html").find("h1").get_text() == "100% {blog} %(count)s"


def test_serve_dirty_follows_what_other_pages_show(site: Site) -> None:
    site.write({
        "index.md": "# Home\n\n<!-- blogposts:latest 3 -->\n",
        "blog/a/index.md": post("image: cover.png\n", title="A", day="2025-01-01"),
        "blog/a/cover.png": b"\x89PNG\r\n\x1a\n",
        "blog/b.md": post(title="B", day="2025-01-02"),
        "blog/c.md": post("slug: first\n", title="C", day="2025-01-03"),
    })
    site.plugin_options(url_style="material", draft_on_serve=False)

    def rebuild() -> None:
        site.build(command="serve", serve_url="http://127.0.0.1:8000/", dirty=True,
                   strict=False)
        time.sleep(0.01)

    rebuild()
    assert (site.out / "blog/2025/01/03/first/index.html").is_file()
    site.write({"blog/c.md": post("slug: second\n", title="C", day="2025-01-03")})
    site.remove("blog/a/cover.png")
    site.write({"blog/d.md": post(title="D, newest", day="2025-01-04")})
    site.write({"blog/b.md": post("draft: true\n", title="B", day="2025-01-02")})
    rebuild()
    newer = site.html("blog/2025/01/01/a/index.html").select_one(".blogposts-newer")
    assert newer is not None
    assert site.broken_links("blog/2025/01/01/a/index.html") == []
    assert not list(site.out.rglob("cover.png"))
    assert not (site.out / "blog/2025/01/02/b").exists()
    home = [a.get_text() for a in site.html("index.html").select(".blogposts-latest a")]
    assert home[0] == "D, newest"
    site.plugin_options(url_style="material", draft_on_serve=False, feeds=False)
    rebuild()
    assert "application/rss+xml" not in site.text("index.html")
