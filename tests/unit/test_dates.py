"""Dates as engines write them, read by one timezone policy (read/dates.py)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from mkdocs_blogposts.read.dates import (
    DateError,
    PostDate,
    date_from_name,
    parse_date,
    parse_date_leniently,
)

TOKYO = ZoneInfo("Asia/Tokyo")  # ahead of UTC: a day taken in UTC would be the day before
LA = ZoneInfo("America/Los_Angeles")


@pytest.mark.parametrize(("value", "tz", "iso", "date_only"), [
    # Date-only values: midnight of that day in the configured zone.
    ("2024-03-01", TOKYO, "2024-03-01T00:00:00+09:00", True),
    (dt.date(2024, 3, 1), LA, "2024-03-01T00:00:00-08:00", True),
    ("Jul 08 2022", dt.timezone.utc, "2022-07-08T00:00:00+00:00", True),
    # Naive times take the configured zone, never UTC.
    (dt.datetime(2024, 1, 2, 10, 30), TOKYO, "2024-01-02T10:30:00+09:00", False),
    ("2024-01-02 10:30", TOKYO, "2024-01-02T10:30:00+09:00", False),
    ("2024-01-02T10:30:00", LA, "2024-01-02T10:30:00-08:00", False),
    # An offset written in the value wins.
    ("2025-01-29 18:15:32 +0530", TOKYO, "2025-01-29T18:15:32+05:30", False),
    ("2024-02-03T04:05:06Z", TOKYO, "2024-02-03T04:05:06+00:00", False),
    (dt.datetime(2024, 1, 2, 10, tzinfo=dt.timezone.utc), TOKYO, "2024-01-02T10:00:00+00:00",
     False),
    ("Tue, 05 Jan 2026 10:00:00 +0100", TOKYO, "2026-01-05T10:00:00+01:00", False),
    # dateutil's free forms
    ("July 8, 2022 9:15", dt.timezone.utc, "2022-07-08T09:15:00+00:00", False),
])
def test_parse_date(value: object, tz: dt.tzinfo, iso: str, date_only: bool) -> None:
    parsed = parse_date(value, tz)
    assert parsed.iso == iso
    assert parsed.date_only is date_only


def test_a_date_only_post_is_its_own_calendar_day_in_any_zone() -> None:
    for tz in (TOKYO, LA, dt.timezone.utc, ZoneInfo("Pacific/Kiritimati")):
        assert parse_date("2024-03-01", tz).day == dt.date(2024, 3, 1)
    # A time late in the evening with an offset stays on its written day.
    assert parse_date("2024-03-01T23:30:00-10:00", TOKYO).day == dt.date(2024, 3, 1)


@pytest.mark.parametrize(("value", "message"), [
    ("someday", "expected a date like 2024-05-01, got 'someday'"),
    ("2024-02-30", "expected a date like 2024-05-01, got '2024-02-30'"),
    ("", "expected a date like 2024-05-01, got ''"),
    (None, "expected a date like 2024-05-01, got None"),
    (12, "expected a date like 2024-05-01, got 12"),
    (["2024-01-01"], "expected a date like 2024-05-01, got ['2024-01-01']"),
])
def test_not_a_date(value: object, message: str) -> None:
    with pytest.raises(DateError) as raised:
        parse_date(value, dt.timezone.utc)
    assert str(raised.value) == message


@pytest.mark.parametrize(("value", "iso"), [
    ("2023-01-29 18:30:22 2023 -0800", "2023-01-29T18:30:22-08:00"),  # Jekyll's stray year
    ("2023-01-29 18:30 2023 -08:00", "2023-01-29T18:30:00-08:00"),
    ("2023-01-29 2023", "2023-01-29T00:00:00+09:00"),
    ("2023-01-29T18:30:22 12 Z", "2023-01-29T18:30:22+00:00"),
    ("2023-01-29 18:30:22 2023", "2023-01-29T18:30:22+09:00"),
])
def test_lenient_dates_read_as_ruby_would(value: str, iso: str) -> None:
    parsed = parse_date_leniently(value, TOKYO)
    assert parsed is not None
    assert parsed.iso == iso


# A word between the time and the offset may be a zone name (`EST`): never dropped quietly.
@pytest.mark.parametrize("value", ["yesterday", "29-01-2023", "2023-13-45 10:00", None, 5,
                                   "2023-01-29 18:30:22 EST", "2023-01-29 whatever",
                                   "2023-01-29 18:30 local -08:00"])
def test_lenient_refuses_what_has_no_leading_date(value: object) -> None:
    assert parse_date_leniently(value, TOKYO) is None


def test_lenient_day_only_is_date_only() -> None:
    parsed = parse_date_leniently("2023-01-29 2023", TOKYO)
    assert parsed is not None
    assert parsed.date_only


@pytest.mark.parametrize(("name", "day"), [
    ("2024-05-01-hello.md", dt.date(2024, 5, 1)),
    ("2024-05-01_hello.md", dt.date(2024, 5, 1)),
    ("2024-05-01.md", dt.date(2024, 5, 1)),
    ("2024-05-01", dt.date(2024, 5, 1)),
    ("2024-02-30-nope.md", None),
    ("hello-2024-05-01.md", None),
    ("2024-05-011.md", None),
    ("20240501-hello.md", None),
])
def test_date_from_name(name: str, day: dt.date | None) -> None:
    parsed = date_from_name(name, TOKYO)
    if day is None:
        assert parsed is None
    else:
        assert parsed == PostDate(dt.datetime.combine(day, dt.time(), tzinfo=TOKYO),
                                  date_only=True)


def test_post_dates_order_by_instant_then_kind() -> None:
    early = parse_date("2024-01-01T10:00:00+02:00", dt.timezone.utc)
    late = parse_date("2024-01-01T10:00:00+00:00", dt.timezone.utc)
    assert early < late
    assert sorted([late, early]) == [early, late]
