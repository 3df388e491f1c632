"""The `validation` option at work: the reporter counts every finding of a check set to
`error` and stops the build naming how many; values quoted in messages are cut short
(checks.py)."""

from __future__ import annotations

import logging

import pytest
from mkdocs.exceptions import PluginError
from mkdocs.plugins import get_plugin_logger

from mkdocs_blogposts.checks import Check, Reporter, shown

LEVELS = {"unknown_authors": "error", "unknown_tags": "error", "undated": "warn",
          "missing_images": "ignore", "duplicate_slugs": "info"}


def test_every_error_is_counted(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    report = Reporter(LEVELS, get_plugin_logger("mkdocs_blogposts.test"))
    report(Check.UNKNOWN_AUTHORS, "a.md: authors: unknown 'x'")
    report(Check.UNDATED, "b.md: no date")
    report(Check.UNKNOWN_TAGS, "c.md: tags: unknown 'y'")
    report(Check.UNKNOWN_AUTHORS, "d.md: authors: unknown 'z'")
    assert report.errors == 3
    assert [r.levelname for r in caplog.records] == ["ERROR", "WARNING", "ERROR", "ERROR"]
    with pytest.raises(PluginError) as raised:
        report.raise_if_errors()
    assert str(raised.value) == (
        "blogposts: 3 problem(s) found by checks set to 'error' in the 'validation' option "
        "(listed above)")


def test_a_value_at_the_limit_is_shown_whole() -> None:
    assert shown("a" * 58) == "'" + "a" * 58 + "'"  # 60 characters with its quotes


def test_a_shorter_limit() -> None:
    assert shown("abcdefghij", limit=12) == "'abcdefghij'"
    assert shown("abcdefghijk", limit=12) == "'abcdefgh..."
