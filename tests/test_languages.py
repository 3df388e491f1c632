"""The interface in the reader's language on every theme: Material's own words on Material,
our catalogs elsewhere, plural forms, right-to-left, feeds, and the `strings` option."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from babel.core import Locale
from babel.messages.checkers import python_format
from babel.messages.pofile import read_po
from mkdocs.exceptions import Abort

from mkdocs_blogposts.render.translations import LOCALES, Strings, catalog, known_messages

if TYPE_CHECKING:
    from conftest import Site

ROOT = Path(__file__).resolve().parent.parent


def post(title: str, day: int, tags: list[str], words: int = 20, extra: str = "") -> str:
    body = " ".join(["word"] * words)
    return (f"---\ntitle: {title}\ndate: 2025-03-{day:02d}\ntags: {json.dumps(tags)}\n"
            f"author: Ann\n{extra}---\n\nFirst paragraph.\n\n<!-- more -->\n\n{body}\n")


# Tag "one" on 1 post, "two" on 2, "five" on 5, "many" on 22: every plural form of
# Russian (1, 2-4, 5-20, 21...) and most of Arabic's.
POSTS: dict[str, str | bytes] = {
    f"blog/p{n:02d}.md": post(f"Post {n}", 1 + n % 28,
                              ["many"] + (["five"] if n < 5 else []) + (["two"] if n < 2 else [])
                              + (["one"] if n == 0 else []),
                              words=1800 if n == 0 else 20,
                              extra="categories: [News]\n" if n == 1 else "")
    for n in range(22)
}


def build(site: Site, theme: dict[str, object], *, strict: bool = True,
          **options: object) -> Site:
    site.config["theme"] = theme
    if options:
        site.plugin_options(**options)
    site.write(POSTS).build(strict=strict)
    return site


def texts(site: Site, rel: str, selector: str) -> list[str]:
    return [node.get_text(" ", strip=True) for node in site.html(rel).select(selector)]


def test_german_on_the_mkdocs_theme(site: Site) -> None:
    build(site, {"name": "mkdocs", "locale": "de"})
    post0 = site.html("blog/p00/index.html")
    byline = post0.select_one(".blogposts-byline").get_text(" ", strip=True)
    assert "9 Min. Lesezeit" in byline
    assert "Von Ann" in byline
    index = "blog/index.html"
    assert texts(site, index, ".blogposts-more a")[0] == "Weiterlesen : Post 21"
    assert texts(site, index, ".blogposts-card .md-meta__item")[-1] == "1 Min. Lesezeit"
    assert texts(site, index, ".blogposts-pagination a[rel=next]") == ["Älter →"]
    assert texts(site, "blog/tags/one/index.html", ".blogposts-summary") == [
        "1 Beitrag · Alle Tags"]
    assert texts(site, "blog/tags/two/index.html", ".blogposts-summary") == [
        "2 Beiträge · Alle Tags"]
    assert site.html("blog/tags/index.html").find("h1").get_text(strip=True) == "Tags"
    assert site.html("blog/archive/index.html").find("h1").get_text(strip=True) == "Archiv"
    assert "Abonnieren:" in texts(site, index, ".blogposts-feeds")[0]
    related = post0.select_one(".blogposts-related h2").get_text()
    assert related == "Ähnliche Beiträge"
    rss = site.text("blog/tags/one/feed.xml")
    assert "<title>Test Site: Beiträge mit dem Tag one</title>" in rss
    assert "Dies ist ein Web-Feed" in site.text("blog/feed.css")


@pytest.mark.parametrize(("language", "count", "words"), [
    ("ru", 1, "1 пост"), ("ru", 3, "3 поста"), ("ru", 11, "11 постов"), ("ru", 101, "101 пост"),
    ("pl", 1, "1 wpis"), ("pl", 4, "4 wpisy"), ("pl", 5, "5 wpisów"), ("pl", 22, "22 wpisy"),
    ("ar", 0, "0 منشور"), ("ar", 2, "2 منشوران"), ("ar", 3, "3 منشورات"),
    ("ar", 11, "11 منشورًا"), ("ar", 100, "100 منشور"),
    ("ja", 1, "1件の記事"), ("ja", 7, "7件の記事"),
])
def test_plural_forms(language: str, count: int, words: str) -> None:
    strings = Strings(Locale.parse(language))
    assert strings.count_text("%(count)s post", "%(count)s posts", count) == words


def test_russian_on_readthedocs(site: Site) -> None:
    build(site, {"name": "readthedocs", "locale": "ru"})
    summaries = {tag: texts(site, f"blog/tags/{tag}/index.html", ".blogposts-summary")[0]
                 for tag in ("one", "two", "five", "many")}
    assert summaries == {"one": "1 пост · Все теги", "two": "2 поста · Все теги",
                         "five": "5 постов · Все теги", "many": "22 поста · Все теги"}
    assert "Читать далее" in texts(site, "blog/index.html", ".blogposts-more a")[0]


def test_arabic_reads_right_to_left(site: Site) -> None:
    # MkDocs' theme has no Arabic of its own (it warns so): the blog's parts are ours.
    build(site, {"name": "mkdocs", "locale": "ar"}, strict=False)
    listing = site.html("blog/tags/two/index.html").select_one(".blogposts")
    assert listing["dir"] == "rtl"
    assert listing.select_one(".blogposts-summary").get_text(" ", strip=True).startswith(
        "2 منشوران")
    post0 = site.html("blog/p00/index.html")
    assert post0.select_one(".blogposts-byline")["dir"] == "rtl"
    assert post0.find("html")["dir"] == "rtl"  # the theme has no direction of its own
    assert site.html("index.html").find("html").get("dir") is None  # the user's page: theirs
    # In right-to-left text "older" points left.
    assert texts(site, "blog/index.html", ".blogposts-pagination a[rel=next]")[0].endswith("←")


def test_material_uses_its_own_words(site: Site) -> None:
    build(site, {"name": "material", "language": "de", "font": False})
    index = "blog/index.html"
    assert texts(site, index, ".blogposts-more a")[0].startswith("Weiterlesen")
    post0 = site.html("blog/p00/index.html").select_one(".blogposts-byline")
    assert "9 Min. Lesezeit" in post0.get_text(" ", strip=True)  # Material's readtime.other
    assert texts(site, "blog/categories/news/index.html", ".blogposts-summary")[0] == (
        "1 Beitrag · Alle Kategorien")


def test_material_without_a_word_falls_back_to_our_catalog(site: Site) -> None:
    # Material's Korean has no `blog.authors`: ours answers, not Material's English.
    build(site, {"name": "material", "language": "ko", "font": False})
    assert site.html("blog/authors/index.html").find("h1").get_text(strip=True) == "작성자"
    assert texts(site, "blog/index.html", ".blogposts-more a")[0].startswith("계속 읽기")


def test_japanese_and_plural_free_languages(site: Site) -> None:
    build(site, {"name": "readthedocs", "locale": "ja"})
    assert texts(site, "blog/tags/one/index.html", ".blogposts-summary")[0].startswith(
        "1件の記事")
    assert texts(site, "blog/tags/many/index.html", ".blogposts-summary")[0].startswith(
        "22件の記事")


def test_strings_option_changes_any_string(site: Site) -> None:
    build(site, {"name": "mkdocs", "locale": "en"}, strings={
        "Continue reading": "Read on",
        "{count} min read": {"one": "a minute", "other": "{count} minutes"},
        "{count} post": "{count} entries",
        "Posts tagged {label}": "#{label} & more",
        "Archive": "Past <years>",
    })
    assert texts(site, "blog/index.html", ".blogposts-more a")[0] == "Read on : Post 21"
    assert "9 minutes" in texts(site, "blog/p00/index.html", ".blogposts-byline")[0]
    assert texts(site, "blog/index.html", ".blogposts-card .md-meta__item")[-1] == "a minute"
    assert texts(site, "blog/tags/one/index.html", ".blogposts-summary")[0] == (
        "1 entries · All tags")
    assert "<title>Test Site: #one &#x26; more</title>" in site.text("blog/tags/one/feed.xml")
    archive = site.html("blog/archive/index.html")
    assert archive.find("h1").get_text() == "Past <years>"  # text, not markup
    assert archive.find("years") is None


def test_material_names_of_indexes(site: Site) -> None:
    build(site, {"name": "material", "font": False}, archive_name="Old posts",
          categories_name="Topics")
    assert site.html("blog/archive/index.html").find("h1").get_text(strip=True) == "Old posts"
    assert site.html("blog/categories/index.html").find("h1").get_text(
        strip=True) == "Topics"


@pytest.mark.parametrize(("strings", "message"), [
    ({"Continue reading": "Read {more}"},
     "'Continue reading': {more} is not a placeholder of this string (it has: none)"),
    ({"{count} min read": {"single": "x", "other": "y"}},
     "'{count} min read': the forms of a plural string are named by CLDR category"),
    ({"Continue reading": ["a"]}, "'Continue reading': expected a text, got ['a']"),
    ("Read on", "expected a mapping of the English text of a string to your text"),
])
def test_bad_strings_are_config_errors(site: Site, strings: object, message: str,
                                       caplog: pytest.LogCaptureFixture) -> None:
    site.plugin_options(strings=strings)
    with pytest.raises(Abort):
        site.build(strict=False)
    errors = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert any("option 'strings'" in e and message in e for e in errors), errors


def test_an_unknown_string_is_a_warning(site: Site, caplog: pytest.LogCaptureFixture) -> None:
    site.plugin_options(strings={"Contine reading": "Read on"})
    site.write(POSTS)
    with pytest.raises(Abort):
        site.build()  # --strict
    assert any("'Contine reading' is not one of the blog's strings" in r.getMessage()
               for r in caplog.records)
    site.build(strict=False)
    assert texts(site, "blog/index.html", ".blogposts-more a")[0].startswith("Continue reading")


def test_feed_stylesheets_in_the_language(site: Site) -> None:
    build(site, {"name": "mkdocs", "locale": "fr"}, feed_stylesheet="xslt")
    xsl = site.text("blog/feed.xsl")
    assert '<html lang="fr" dir="ltr">' in xsl
    assert "<xsl:when test=\"$number = 3\">mars</xsl:when>" in xsl
    assert '<a href="{$home}">Visiter le blog</a>' in xsl
    assert "web feed" not in xsl


def test_every_catalog_is_complete_and_compiles() -> None:
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "strings.py"), "--check"],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    known = known_messages()
    for po in sorted(LOCALES.glob("*/LC_MESSAGES/blogposts.po")):
        language = po.parts[-3]
        with po.open("rb") as file:
            messages = read_po(file, locale=language)
        for message in messages:
            if message.id:
                python_format(messages, message)  # same placeholders as the English
        assert not list(messages.check()), language
        # Compiled, it answers every message (in Japanese, "Continue reading" is 続きを読む).
        translations = catalog(language)
        assert translations.gettext("Continue reading") != "Continue reading", language
        assert {m.id if isinstance(m.id, str) else m.id[0] for m in messages if m.id} == set(
            known)
