"""Never a traceback, never a wrong page: each kind of hostile or odd input gives one clear
line, or correct output. Each example is a site built as users build it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from typing import TYPE_CHECKING

import feedparser
import pytest
import yaml
from conftest import Site

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
POST = "---\ntitle: {title}\ndate: 2025-01-05\n{extra}---\n\nBody text.\n"


def post(extra: str = "", title: str = "A post") -> str:
    return POST.format(title=title, extra=extra)


def test_labels_longer_than_a_file_name(site: Site, warnings) -> None:
    long_cjk = "机" * 100  # 300 bytes
    site.write({
        "blog/a.md": post(f"tags: ['{'x' * 300}', '{long_cjk}']\ncategories: ['{'y' * 300}']\n"
                          f"author: '{'z' * 300}'\nslug: '{'s' * 300}'\n"),
    }).build()
    for folder in ("tags", "categories", "authors"):
        slugs = [p.name for p in (site.out / "blog" / folder).iterdir() if p.is_dir()]
        assert slugs, folder
        assert all(len(slug.encode()) <= 100 for slug in slugs), slugs
    tags = sorted(p.name for p in (site.out / "blog/tags").iterdir() if p.is_dir())
    assert len(tags) == 2
    assert tags[0].startswith("x" * 80)
    # The same long label gives the same slug build after build (a hash, not a counter).
    site.build()
    assert sorted(p.name for p in (site.out / "blog/tags").iterdir() if p.is_dir()) == tags
    assert warnings() == []


@pytest.mark.parametrize(("value", "message"), [
    ("'2025-01-05T10:00:00+24:00'", "date: the offset +24:00 in '2025-01-05T10:00:00+24:00' "
     "is out of range: offsets go from -23:59 to +23:59"),
    ("'May 2024'", "date: expected a whole date (day, month and year) like 2024-05-01, got "
     "'May 2024'"),
    ("'10:00'", "date: expected a whole date (day, month and year) like 2024-05-01, got '10:00'"),
    ("'2025-01-05 10:00:00 EST'", "date: the zone 'EST' is an abbreviation, which names no "
     "single zone; write an offset like -05:00"),
    ("2025-01-05 10:00:00+24:00", "front matter: invalid YAML: offset must be a timedelta"),
])
def test_dates_that_are_not_whole_or_exact(site: Site, warnings, value: str,
                                           message: str) -> None:
    site.write({"blog/a.md": f"---\ntitle: A\ndate: {value}\n---\n\nx\n"}).build(strict=False)
    found = [w for w in warnings() if w.startswith("blog/a.md")]
    assert len(found) == 1, found
    assert found[0].startswith(f"blog/a.md: {message}"), found


def test_a_whole_document_before_the_excerpt_marker(site: Site) -> None:
    site.write({
        "blog/a.md": post() + "\n<html><body>\n\n<p>Raw intro.</p>\n\n<!-- more -->\n\nRest.\n",
        "blog/b.md": post(title="B") + "\n<!DOCTYPE html>\n\n<!-- more -->\n\nRest.\n",
    }).build()
    index = site.html("blog/index.html")
    assert "Raw intro." in index.get_text()


def test_data_files_that_cannot_be_read(site: Site, warnings) -> None:
    site.write({
        "blog/.authors.yml": "authors:\n  ann:\n    name: Ann\n    joined: 2025-02-30\n",
        "blog/tags.yml": "ai: &a [*a]\n",
        "blog/a.md": post("authors: [ann]\n"),
    }).build(strict=False)
    assert [w for w in warnings() if "yml" in w] == [
        "blog/.authors.yml: invalid YAML: day is out of range for month",
        "blog/tags.yml: more than 20,000 values once YAML aliases are expanded; nothing that "
        "large is read"]
    assert (site.out / "blog/a/index.html").is_file()


def test_control_characters_in_authors_and_urls_never_break_a_feed(site: Site) -> None:
    site.write({
        "blog/.authors.yml": "authors:\n  ann:\n    name: \"Ann\\x01\"\n"
                             "    email: \"ann\\x02@example.org\"\n"
                             "    url: \"https://example.org/\\x03ann\"\n",
        "blog/a.md": post("authors: [ann]\nimage: \"https://cdn.example.org/\\x04a.png\"\n"),
    }).build()
    for name in ("feed.xml", "atom.xml"):
        parsed = feedparser.parse(site.text(f"blog/{name}"))
        assert parsed.bozo == 0, parsed.get("bozo_exception")
        assert parsed.entries[0].title == "A post"
    raw = b"".join((site.out / "blog" / name).read_bytes()
                   for name in ("feed.xml", "atom.xml", "feed.json"))
    assert not any(0 < byte < 9 for byte in raw)


def test_a_yaml_alias_bomb_is_refused_at_once(site: Site, warnings) -> None:
    # Nine levels of nine aliases: 387 bytes that expand to 9**9 values.
    lines = ["a: &a [x, x, x, x, x, x, x, x, x]"]
    for prev, name in zip("abcdefgh", "bcdefghi", strict=True):
        lines.append(f"{name}: &{name} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, "
                     f"*{prev}, *{prev}, *{prev}]")
    lines.append("tags: *i")
    site.write({"blog/bomb.md": "---\ntitle: Bomb\ndate: 2025-01-01\n" + "\n".join(lines)
                                + "\n---\n\nx\n", "blog/ok.md": post()})
    site.build(strict=False)
    assert [w for w in warnings() if "bomb" in w] == [
        "blog/bomb.md: front matter: more than 20,000 values once YAML aliases are expanded; "
        "nothing that large is read"]
    assert [a.get_text() for a in site.html("blog/index.html").select(
        ".blogposts-card-title a")] == ["A post"]


def test_thousands_of_tags_on_one_post(site: Site) -> None:
    tags = ", ".join(f"tag{n}" for n in range(3000))
    site.write({"blog/a.md": post(f"tags: [{tags}]\n")})
    site.build()
    card = site.html("blog/tags/tag1/index.html").select_one(".blogposts-card")
    assert len(card.select(".md-tag")) == 6  # five tags and "+2995"
    assert card.select_one(".blogposts-tags-more").get_text() == "+2995"
    byline = site.html("blog/a/index.html").select_one(".blogposts-byline")
    assert byline.select_one(".blogposts-tags-more").get_text() == "+2988"
    # One page and three feeds per tag, each naming five of the post's tags: the output grows
    # with the tags (about 15 KB each here), not with their square (which was 3.6 GB).
    size = sum(p.stat().st_size for p in site.out.rglob("*") if p.is_file())
    assert size < 3000 * 20_000


@pytest.mark.parametrize("image", ["file:///etc/passwd", " javascript:alert(1)",
                                   "data:image/png;base64,AAAA"])
def test_images_that_are_not_web_urls(site: Site, warnings, image: str) -> None:
    site.write({"blog/a.md": post(f"image: '{image}'\n")}).build(strict=False)
    assert warnings() == [f"blog/a.md: image: expected a path in the site or an http(s) URL, "
                          f"got {image.strip()!r}; the post is shown without it"]
    for rel in ["blog/a/index.html", "blog/index.html"]:
        text = site.text(rel)
        assert 'src=""' not in text
        assert image.strip() not in text


def test_absolute_urls_are_joined_not_glued(site: Site) -> None:
    site.write({"blog/a.md": post("image: //cdn.example/a.png\n")}).build()
    page = site.html("blog/a/index.html")
    assert page.find("meta", property="og:image")["content"] == "https://cdn.example/a.png"
    assert page.find("meta", property="og:url")["content"] == "https://example.org/sub/blog/a/"


@pytest.mark.parametrize(("options", "config", "message"), [
    ({"feed_title": "{nope}"}, {}, "option 'feed_title': unknown placeholder {nope} in '{nope}'"),
    ({"feed_title": "{"}, {}, "option 'feed_title': '{' is not a valid pattern"),
    ({"date_format": "{{x}}<b>"}, {}, "option 'date_format': '{{x}}<b>' is not a babel date "
     "pattern"),
    ({"feed_items": -1}, {}, "option 'feed_items': expected a number from 1 to 100000, got -1"),
    ({"posts_per_page": 0}, {}, "option 'posts_per_page': expected a number from 1 to 10000"),
    ({"post_url_format": "{date}/{nope}"}, {}, "option 'post_url_format': unknown placeholder "
     "{nope}"),
    ({"archive_url_date_format": "{{x}}<b>"}, {}, "option 'archive_url_date_format': "
     "'{{x}}<b>' is not a babel date pattern"),
    ({}, {"site_url": "https://example.org/sub/?x=1"}, "site_url: 'https://example.org/sub/?x=1' "
     "has a query or a fragment"),
])
def test_bad_options_are_one_line(site: Site, options: dict[str, object],
                                  config: dict[str, object], message: str) -> None:
    site.write({"blog/a.md": post(), "index.md": "# Home\n"})
    site.plugin_options(**options)
    site.config.update(config)
    (site.root / "mkdocs.yml").write_text(yaml.safe_dump(site.config), encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build"], cwd=site.root, env=ENV,
                            capture_output=True, text=True, check=False)
    output = result.stdout + result.stderr
    assert result.returncode != 0, output
    assert "Traceback" not in output
    assert message in output, output


@pytest.mark.parametrize("blog_dir", ["./blog", "/blog/", "blog"])
def test_blog_dir_spelled_any_way(site: Site, blog_dir: str) -> None:
    site.plugin_options(blog_dir=blog_dir)
    site.write({"blog/a.md": post()}).build()
    assert [a.get_text() for a in site.html("blog/index.html").select(
        ".blogposts-card-title a")] == ["A post"]


def test_serve_dirty_never_shows_what_is_gone(site: Site) -> None:
    """A tag whose last post loses it, a deleted post, an author renamed in the authors
    file: after a --dirty rebuild, nothing of the old state is left."""
    site.write({
        "blog/.authors.yml": "authors:\n  ann:\n    name: Ann Old\n",
        "blog/a.md": post("authors: [ann]\ntags: [gone]\n", title="A"),
        "blog/b.md": post("authors: [ann]\ntags: [kept]\n", title="B"),
        "blog/c.md": post("tags: [kept]\n", title="C"),
    })

    def rebuild() -> None:
        # MkDocs warns about any dirty build: not strict, as `mkdocs serve --dirty` is not.
        site.build(command="serve", serve_url="http://127.0.0.1:8000/sub/", dirty=True,
                   strict=False)

    rebuild()
    assert (site.out / "blog/tags/gone/index.html").is_file()
    assert (site.out / "blog/tags/gone/feed.xml").is_file()
    site.write({"blog/a.md": post("authors: [ann]\n", title="A")})
    site.remove("blog/c.md")
    site.write({"blog/.authors.yml": "authors:\n  ann:\n    name: Ann New\n"})
    time.sleep(0.01)
    rebuild()
    assert not (site.out / "blog/tags/gone").exists()
    assert not (site.out / "blog/c").exists()
    b_page = site.html("blog/b/index.html")  # b.md did not change; its author's name did
    assert [a.get_text() for a in b_page.select("a[rel=author]")] == ["Ann New"]
    assert "Ann Old" not in site.text("blog/feed.xml")
    assert [a.get_text() for a in site.html("blog/tags/kept/index.html").select(
        ".blogposts-card-title a")] == ["B"]


def test_same_input_same_output_on_two_days(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """The clock is MkDocs' (SOURCE_DATE_EPOCH): two builds a day apart write the same
    bytes, feeds and pages alike (a partial date is an error, never filled from today)."""
    outputs = []
    for epoch in ("1800000000", "1800086400"):
        monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch)
        site = Site(tmp_path / epoch)
        site.write({"blog/a.md": post("tags: [x]\n"),
                    "blog/b.md": "---\ntitle: B\ndate: 'May 2024'\n---\n\nx\n"}).build(strict=False)
        outputs.append({str(p.relative_to(site.out)): p.read_bytes()
                        for p in site.out.rglob("*") if p.is_file()
                        and p.name not in ("sitemap.xml", "sitemap.xml.gz")
                        and p.suffix != ".html"})
    assert outputs[0] == outputs[1]
    feed = json.loads(outputs[0]["blog/feed.json"])
    assert [item["title"] for item in feed["items"]] == ["A post"]


def test_the_warnings_fixture_sees_only_ours(warnings: Callable[[], list[str]]) -> None:
    assert warnings() == []
