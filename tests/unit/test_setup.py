"""Options that check themselves, the reporter and its checks, the data files
(options.py, config.py, checks.py, read/data_files.py)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import pytest
from mkdocs.config.base import ValidationError
from mkdocs.exceptions import PluginError
from mkdocs.plugins import get_plugin_logger

from mkdocs_blogposts.checks import CONFIGURABLE, Check, Reporter, shown
from mkdocs_blogposts.config import BlogpostsConfig, ValidationConfig
from mkdocs_blogposts.options import BlogDir, DateFormat, IntRange, Pattern, TimeZone
from mkdocs_blogposts.read.authors import Author
from mkdocs_blogposts.read.data_files import (
    DataFileError,
    TagInfo,
    load_authors,
    load_data_files,
    load_tags,
)
from mkdocs_blogposts.urls import BlogUrls

if TYPE_CHECKING:
    from pathlib import Path


@pytest.mark.parametrize(("value", "folder"), [
    ("blog", "blog"), ("./blog", "blog"), ("/blog/", "blog"), ("news/blog/", "news/blog"),
    ("a//b/./c", "a/b/c"), (" blog ", "blog"),
    (".", ""), ("", ""), ("/", ""), ("./", ""),  # a blog at the site root, as Material allows
])
def test_blog_dir_is_normalized(value: str, folder: str) -> None:
    assert BlogDir().validate(value) == folder


@pytest.mark.parametrize("value", ["../outside", "a/../../x", "..", "a\\b", 3])
def test_blog_dir_outside_docs_is_refused(value: object) -> None:
    with pytest.raises(ValidationError):
        BlogDir().validate(value)


def test_time_zone() -> None:
    assert TimeZone().validate("Asia/Tokyo") == ZoneInfo("Asia/Tokyo")
    assert TimeZone().default == "UTC"
    with pytest.raises(ValidationError, match="unknown time zone 'Mars/Olympus'"):
        TimeZone().validate("Mars/Olympus")
    with pytest.raises(ValidationError, match="expected an IANA zone name"):
        TimeZone().validate(5)


def test_bounded_numbers() -> None:
    option = IntRange(1, 100, default=10)
    assert option.default == 10
    assert option.validate(1) == 1
    assert option.validate(100) == 100
    for bad, message in [(0, "from 1 to 100, got 0"), (101, "got 101"), (-1, "got -1"),
                         (True, "whole number, got True"), ("5", "whole number, got '5'"),
                         (2.5, "whole number, got 2.5")]:
        with pytest.raises(ValidationError, match=message):
            option.validate(bad)


@pytest.mark.parametrize(("value", "message"), [
    ("{nope}", "unknown placeholder {nope} in '{nope}'; expected {site_name}, {title}"),
    ("{", "'{' is not a valid pattern"),
    ("}", "'}' is not a valid pattern"),
    ("{0}", "unknown placeholder {0}"),
    ("{}", "unknown placeholder {}"),
    ("{title.upper}", "unknown placeholder {title.upper}"),
    ("{title:>{x}}", "is not a valid pattern"),
    (3, "expected text, got 3"),
])
def test_bad_patterns(value: object, message: str) -> None:
    with pytest.raises(ValidationError) as raised:
        Pattern(("site_name", "title"), "{title}").validate(value)
    assert message in str(raised.value)


def test_good_patterns() -> None:
    option = Pattern(("site_name", "title"), "{title}")
    for value in ["{title}", "{site_name} — {title}", "Blog {{feed}}: {title!s:>5}", "plain"]:
        assert option.validate(value) == value


def test_date_formats() -> None:
    for value in ["short", "medium", "long", "full", "d MMM y", "yyyy-MM-dd", "EEEE"]:
        assert DateFormat().validate(value) == value
    for value in ["{{x}}<b>", "", 5, "'unterminated"]:
        with pytest.raises(ValidationError, match="date"):
            DateFormat().validate(value)


def test_every_configurable_check_has_a_level_option() -> None:
    assert {name for name, _ in ValidationConfig._schema} == {c.value for c in CONFIGURABLE}
    assert set(CONFIGURABLE) == {Check.UNKNOWN_AUTHORS, Check.UNKNOWN_TAGS, Check.UNDATED,
                                 Check.MISSING_IMAGES, Check.DUPLICATE_SLUGS}


def test_options_are_typed_and_documented() -> None:
    names = {name for name, _ in BlogpostsConfig._schema}
    assert {"blog_dir", "timezone", "feed_title", "posts_per_page"} <= names
    assert BlogpostsConfig.__doc__


def test_reporter_logs_each_check_at_its_level(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    levels = {"unknown_authors": "ignore", "unknown_tags": "info", "undated": "warn",
              "missing_images": "error", "duplicate_slugs": "warn"}
    report = Reporter(levels, get_plugin_logger("mkdocs_blogposts.test"))
    report(Check.UNKNOWN_AUTHORS, "a")
    report(Check.UNKNOWN_TAGS, "b")
    report(Check.UNDATED, "c")
    report(Check.MISSING_IMAGES, "d")
    report(Check.INVALID, "e")
    report(Check.LENIENT, "f")
    report(Check.FUTURE, "g")
    assert [(r.levelname, r.getMessage()) for r in caplog.records] == [
        ("INFO", "mkdocs_blogposts: b"), ("WARNING", "mkdocs_blogposts: c"),
        ("ERROR", "mkdocs_blogposts: d"), ("WARNING", "mkdocs_blogposts: e"),
        ("INFO", "mkdocs_blogposts: f"), ("INFO", "mkdocs_blogposts: g")]
    assert report.errors == 1
    with pytest.raises(PluginError, match="1 problem"):
        report.raise_if_errors()
    Reporter(levels, get_plugin_logger("x")).raise_if_errors()  # nothing found: no error


def test_values_are_shown_short() -> None:
    assert shown("x") == "'x'"
    assert shown(list(range(100))) == "[0, 1, 2, 3, 4, 5, ...]"
    bomb: list[object] = ["x"] * 9
    for _ in range(9):  # a billion values, shared: never written out
        bomb = [bomb] * 9
    assert shown(bomb) == "[[[[...], [...], [...], [...], [...], [...], ...], [[...]..."
    assert len(shown("y" * 500)) == 60


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_material_and_docusaurus_authors_files(tmp_path: Path) -> None:
    material = write(tmp_path, "m.yml", "authors:\n  squidfunk:\n    name: Martin\n"
                     "    description: Creator\n    avatar: a.png\n    url: https://x\n")
    assert load_authors(material, "blog/.authors.yml") == {
        "squidfunk": Author("squidfunk", "Martin", "Creator", "a.png", "https://x")}
    docusaurus = write(tmp_path, "d.yml", "Ann Lee:\n  name: Ann\n  title: Editor\n"
                       "  image_url: https://i\n  email: a@x\nbob: {}\n")
    assert load_authors(docusaurus, "blog/authors.yml") == {
        "Ann Lee": Author("ann-lee", "Ann", "Editor", "https://i", "", "a@x"),
        "bob": Author("bob", "bob")}
    assert load_authors(write(tmp_path, "e.yml", ""), "e") == {}


@pytest.mark.parametrize(("text", "message"), [
    ("authors: [\n", "blog/a.yml: invalid YAML at line 2, column 1: expected the node "
     "content, but found '<stream end>'"),
    ("joined: 2025-02-30\n", "blog/a.yml: invalid YAML: day is out of range for month"),
    ("- a\n- b\n", "blog/a.yml: expected a mapping of author ids to profiles"),
    ("ann: Ann\n", "blog/a.yml: ann: expected a mapping with 'name'"),
])
def test_bad_authors_files(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(DataFileError) as raised:
        load_authors(write(tmp_path, "a.yml", text), "blog/a.yml")
    assert str(raised.value).startswith(message)


def test_tags_file(tmp_path: Path) -> None:
    path = write(tmp_path, "tags.yml", "ai:\n  label: AI\n  description: Smart.\nml: Machine\n"
                 "bare:\n")
    assert load_tags(path, "t") == {
        "ai": TagInfo("AI", "Smart."), "ml": TagInfo("Machine"), "machine": TagInfo("Machine"),
        "bare": TagInfo("bare")}
    with pytest.raises(DataFileError, match="expected a mapping of tags"):
        load_tags(write(tmp_path, "bad.yml", "[a]"), "t")
    with pytest.raises(DataFileError, match="x: expected a mapping with 'label'"):
        load_tags(write(tmp_path, "bad2.yml", "x: [1]"), "t")


def test_data_files_named_or_default(tmp_path: Path) -> None:
    found: list[tuple[Check, str]] = []
    (tmp_path / "blog").mkdir()
    write(tmp_path / "blog", "authors.yml", "ann: {name: Ann}\n")
    data = load_data_files(tmp_path, BlogUrls("blog"), authors_file=".authors.yml",
                           tags_file="tags.yml", report=lambda c, m: found.append((c, m)))
    assert list(data.authors) == ["ann"]  # Docusaurus' name is tried after Material's
    assert data.tags == {}
    assert data.paths == ("blog/authors.yml",)
    # Material's `{blog}/...` is from docs_dir; no authors file at all with `authors: false`.
    material = load_data_files(tmp_path, BlogUrls("blog"), authors_file="{blog}/authors.yml",
                               tags_file="tags.yml", report=lambda c, m: None)
    assert list(material.authors) == ["ann"]
    assert load_data_files(tmp_path, BlogUrls("blog"), authors_file=None, tags_file="tags.yml",
                           report=lambda c, m: None).authors == {}
    with pytest.raises(PluginError, match=r"authors_file: blog/people\.yml does not exist"):
        load_data_files(tmp_path, BlogUrls("blog"), authors_file="people.yml",
                        tags_file="tags.yml", report=lambda c, m: None)
    write(tmp_path / "blog", "tags.yml", "[broken")
    load_data_files(tmp_path, BlogUrls("blog"), authors_file=".authors.yml",
                    tags_file="tags.yml", report=lambda c, m: found.append((c, m)))
    assert [(c, m.split(":")[0]) for c, m in found] == [(Check.INVALID, "blog/tags.yml")]
