"""The `strings` option: the user's words for the blog's interface strings, read into gettext
patterns by msgid, and the exact error or warning for a wrong key or value (options.py,
README "Languages")."""

from __future__ import annotations

from typing import Any

import pytest
from mkdocs.config.base import ValidationError

from mkdocs_blogposts.options import InterfaceStrings

UNKNOWN = "{!r} is not one of the blog's strings, left unused (README \"Languages\" lists them)"
PLURAL_FORMS = ("the forms of a plural string are named by CLDR category (zero, one, two, few, "
                "many, other), 'other' among them; got ")


def read(value: object) -> tuple[dict[str, Any], list[str]]:
    option = InterfaceStrings()
    return option.validate(value), option.warnings


def error_of(value: object) -> str:
    with pytest.raises(ValidationError) as raised:
        InterfaceStrings().validate(value)
    return str(raised.value)


def test_no_strings() -> None:
    assert InterfaceStrings().default == {}
    assert read(None) == ({}, [])
    assert read({}) == ({}, [])


@pytest.mark.parametrize(("value", "patterns"), [
    ({"Continue reading": "Read on"}, {"Continue reading": "Read on"}),
    ({"Posts tagged {label}": "Everything about {label}"},
     {"Posts tagged %(label)s": "Everything about %(label)s"}),
    ({"{title} (page {number})": "{title}, p. {number}"},
     {"%(title)s (page %(number)s)": "%(title)s, p. %(number)s"}),
    ({"Blog": "100% {{sure}}"}, {"Blog": "100%% {sure}"}),
    ({"Blog": 2024, "Pages": 1.5}, {"Blog": "2024", "Pages": "1.5"}),
    ({"Tags": "Labels", "Authors": "Writers"}, {"Tags": "Labels", "Authors": "Writers"}),
    # A string with a count: one text for every count, or one per CLDR category.
    ({"{count} min read": "{count} min"}, {"%(count)s min read": "%(count)s min"}),
    ({"{count} min read": {"one": "{count} minute", "other": "{count} minutes"}},
     {"%(count)s min read": {"one": "%(count)s minute", "other": "%(count)s minutes"}}),
    ({"{count} post": {"zero": "none", "one": "one post", "two": "a pair", "few": "{count}",
                       "many": "{count}!", "other": "{count} posts"}},
     {"%(count)s post": {"zero": "none", "one": "one post", "two": "a pair", "few": "%(count)s",
                         "many": "%(count)s!", "other": "%(count)s posts"}}),
    ({"{count} post": {"other": 5}}, {"%(count)s post": {"other": "5"}}),
])
def test_strings_become_gettext_patterns(value: dict[str, Any],
                                         patterns: dict[str, Any]) -> None:
    assert read(value) == (patterns, [])


def test_unknown_keys_are_warned_about_and_left_out() -> None:
    patterns, warnings = read({"Continue Reading": "x", "Blog": "Journal", "{n} post": "y",
                               3: "z"})
    assert patterns == {"Blog": "Journal"}
    assert warnings == [UNKNOWN.format("Continue Reading"), UNKNOWN.format("{n} post"),
                        UNKNOWN.format(3)]


@pytest.mark.parametrize(("value", "message"), [
    (["Blog"], "expected a mapping of the English text of a string to your text, like "
               "{'Continue reading': 'Read on'}, got ['Blog']"),
    ("Blog: Journal", "expected a mapping of the English text of a string to your text, like "
                      "{'Continue reading': 'Read on'}, got 'Blog: Journal'"),
    ({"Blog": None}, "'Blog': expected a text, got None"),
    ({"Blog": True}, "'Blog': expected a text, got True"),
    ({"Blog": ["a"]}, "'Blog': expected a text, got ['a']"),
    # Only a string with a count takes forms.
    ({"Blog": {"other": "Journal"}}, "'Blog': expected a text, got {'other': 'Journal'}"),
    ({"Blog": "{label}"}, "'Blog': {label} is not a placeholder of this string (it has: none)"),
    ({"Posts in {label}": "{label} {name} {date}"},
     "'Posts in {label}': {date}, {name} are not placeholders of this string (it has: "
     "{label})"),
    ({"{title} (page {number})": "{page}"},
     "'{title} (page {number})': {page} is not a placeholder of this string (it has: "
     "{number}, {title})"),
    ({"{count} min read": "{minutes} min"},
     "'{count} min read': {minutes} is not a placeholder of this string (it has: {count})"),
    ({"{count} post": {"one": "{n} post", "other": "{count} posts"}},
     "'{count} post': {n} is not a placeholder of this string (it has: {count})"),
    ({"{count} post": {"one": "x", "other": False}}, "'{count} post': expected a text, got "
                                                     "False"),
])
def test_errors(value: object, message: str) -> None:
    assert error_of(value) == message


@pytest.mark.parametrize(("forms", "got"), [
    ({"one": "a post"}, "one"),
    ({"one": "a post", "many": "posts"}, "one, many"),
    ({"one": "a", "other": "b", "plural": "c"}, "one, other, plural"),
    ({1: "a", "other": "b"}, "1, other"),
    ({}, ""),
])
def test_plural_forms_named_by_cldr_category(forms: dict[object, str], got: str) -> None:
    assert error_of({"{count} post": forms}) == f"'{{count}} post': {PLURAL_FORMS}{got}"


def test_a_string_is_read_anew_each_time() -> None:
    option = InterfaceStrings()
    assert option.validate({"Blog": "Journal"}) == {"Blog": "Journal"}
    assert option.validate({"Tags": "Labels"}) == {"Tags": "Labels"}
