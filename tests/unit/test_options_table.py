"""The plugin's option types, value by value: what each returns, and the exact error a user
reads for a bad value (options.py). MkDocs prefixes the message with the option's name."""

from __future__ import annotations

import pytest
from mkdocs.config.base import ValidationError
from pymdownx.slugs import slugify

from mkdocs_blogposts.options import (
    BlogDir,
    DateFormat,
    FeedStylesheet,
    Function,
    Ignored,
    TimeZone,
)


def error_of(option: object, value: object) -> str:
    with pytest.raises(ValidationError) as raised:
        option.validate(value)  # type: ignore[attr-defined]
    return str(raised.value)


def test_each_option_keeps_the_default_the_config_gives_it() -> None:
    assert BlogDir(default="posts").default == "posts"
    assert TimeZone(default="Europe/Paris").default == "Europe/Paris"
    assert DateFormat(default="short").default == "short"
    assert DateFormat(default=None).default is None
    assert FeedStylesheet(default="xslt").default == "xslt"


@pytest.mark.parametrize(("value", "folder"), [
    ("X", "X"), ("/X/", "X"), ("Xmas/", "Xmas"), ("x/../blog", "blog"), ("blog/..", ""),
])
def test_blog_dir_keeps_the_folder_name(value: str, folder: str) -> None:
    assert BlogDir().validate(value) == folder


@pytest.mark.parametrize(("value", "message"), [
    (3, "expected a folder name like 'blog', got 3"),
    (None, "expected a folder name like 'blog', got None"),
    ("news\\blog", "'news\\\\blog' must name a folder inside docs_dir, like 'blog' (or '.' for "
                   "a blog at the site root)"),
    ("../outside", "'../outside' must name a folder inside docs_dir, like 'blog' (or '.' for "
                   "a blog at the site root)"),
    ("/../x", "'/../x' must name a folder inside docs_dir, like 'blog' (or '.' for a blog at "
              "the site root)"),
])
def test_blog_dir_errors(value: object, message: str) -> None:
    assert error_of(BlogDir(), value) == message


def test_time_zone_errors() -> None:
    assert error_of(TimeZone(), "Mars/Olympus") == (
        "unknown time zone 'Mars/Olympus', expected an IANA name like 'UTC' or 'Europe/Berlin'")
    assert error_of(TimeZone(), "../etc/passwd") == (
        "unknown time zone '../etc/passwd', expected an IANA name like 'UTC' or "
        "'Europe/Berlin'")
    assert error_of(TimeZone(), None) == (
        "expected an IANA zone name like 'Europe/Berlin', got None")


@pytest.mark.parametrize("value", ["short", "medium", "long", "full", "yyyy/MM/dd", "yyyy",
                                   "MMMM y", "EEE, d MMM", "''"])
def test_date_formats_accepted_as_written(value: str) -> None:
    assert DateFormat().validate(value) == value


@pytest.mark.parametrize(("value", "message"), [
    ("", "expected short, medium, long, full or a date pattern like 'd MMM y', got ''"),
    ("  ", "expected short, medium, long, full or a date pattern like 'd MMM y', got '  '"),
    (7, "expected short, medium, long, full or a date pattern like 'd MMM y', got 7"),
    ("'", "\"'\" writes a date as nothing; expected short, medium, long, full or a pattern "
          "like 'd MMM y'"),
    ("' '", "\"' '\" writes a date as nothing; expected short, medium, long, full or a "
            "pattern like 'd MMM y'"),
])
def test_date_format_errors(value: object, message: str) -> None:
    assert error_of(DateFormat(), value) == message


def test_a_date_pattern_babel_refuses() -> None:
    message = error_of(DateFormat(), "{{x}}<b>")
    assert message.startswith("'{{x}}<b>' is not a babel date pattern (")
    assert message.endswith("); expected short, medium, long, full or a pattern like "
                            "'d MMM y'")


@pytest.mark.parametrize(("value", "style"), [
    ("css", "css"), (True, "css"),
    ("xslt", "xslt"), ("xsl", "xslt"),
    (False, ""), ("none", ""), ("", ""),
])
def test_feed_stylesheet(value: object, style: str) -> None:
    assert FeedStylesheet().validate(value) == style


@pytest.mark.parametrize(("value", "message"), [
    ("CSS", "expected css, xslt or false, got 'CSS'"),
    ("xml", "expected css, xslt or false, got 'xml'"),
    (None, "expected css, xslt or false, got None"),
    (1, "expected css, xslt or false, got 1"),
    (0, "expected css, xslt or false, got 0"),
])
def test_feed_stylesheet_errors(value: object, message: str) -> None:
    assert error_of(FeedStylesheet(), value) == message


def test_function() -> None:
    assert Function().validate(slugify) is slugify
    assert Function().validate(str.lower) is str.lower
    assert error_of(Function(), "pymdownx.slugs.slugify") == (
        "expected a function, written like !!python/name:pymdownx.slugs.slugify, got "
        "'pymdownx.slugs.slugify'")


@pytest.mark.parametrize("value", [None, 3, "anything", {"a": [1]}])
def test_ignored_options_accept_any_value(value: object) -> None:
    assert Ignored().validate(value) == value
