"""Dates as engines write them, value by value (read/dates.py): what each reads as, and the
exact message for each value refused."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from mkdocs_blogposts.checks import shown
from mkdocs_blogposts.read.dates import (
    DateError,
    PostDate,
    date_from_name,
    parse_date,
    parse_date_leniently,
)

PLUS_3 = dt.timezone(dt.timedelta(hours=3))
TOKYO = ZoneInfo("Asia/Tokyo")
PLUS_9 = dt.timezone(dt.timedelta(hours=9))


@pytest.mark.parametrize(("value", "iso", "date_only"), [
    # Date-only values are midnight in the configured zone.
    (" 2024-01-05 ", "2024-01-05T00:00:00+03:00", True),
    (dt.date(1000, 1, 1), "1000-01-01T00:00:00+03:00", True),
    (dt.date(9998, 12, 31), "9998-12-31T00:00:00+03:00", True),
    ("1/2/2024", "2024-01-02T00:00:00+03:00", True),
    ("January 5, 2026", "2026-01-05T00:00:00+03:00", True),
    ("January 5," + " " * 40 + "2026", "2026-01-05T00:00:00+03:00", True),  # 50 characters
    # A written time, midnight included, is a time.
    ("Jul 08 2022 00:00", "2022-07-08T00:00:00+03:00", False),
    ("2024-01-05T10:00:00.5", "2024-01-05T10:00:00.500000+03:00", False),
    ("8 July 2022 at 00:00", "2022-07-08T00:00:00+03:00", False),
    ("January 5, 2024 10am", "2024-01-05T10:00:00+03:00", False),
    (dt.datetime(9998, 12, 31, 23, 59), "9998-12-31T23:59:00+03:00", False),
    # Offsets and zones written in the value.
    ("2024-01-05 10:00 UTC", "2024-01-05T10:00:00+00:00", False),
    ("Fri, 05 Jan 2024 10:00:00 GMT", "2024-01-05T10:00:00+00:00", False),
    ("Jan 5 2024 10:00 -0530", "2024-01-05T10:00:00-05:30", False),
    ("2024-01-05 10:00 -0530", "2024-01-05T10:00:00-05:30", False),
    ("2024-01-05 10:00 +2359", "2024-01-05T10:00:00+23:59", False),
    ("2024-01-05 10:00 -23:59", "2024-01-05T10:00:00-23:59", False),
    ("2024-01-05 10:00 +0000", "2024-01-05T10:00:00+00:00", False),
    ("8 July 2022 at 10:00 +2330", "2022-07-08T10:00:00+23:30", False),
    # RFC 2822: -0000 says the zone is not known, so the configured one applies.
    ("Fri, 05 Jan 2024 10:00:00 -0000", "2024-01-05T10:00:00+03:00", False),
    # An offset with a colon, which the RFC 2822 reader would drop, is read.
    ("July 8, 2022 9:15 +05:30", "2022-07-08T09:15:00+05:30", False),
    ("Jan 05 2026 10:00 PM", "2026-01-05T22:00:00+03:00", False),
])
def test_dates_read(value: object, iso: str, date_only: bool) -> None:
    parsed = parse_date(value, PLUS_3)
    assert (parsed.iso, parsed.date_only) == (iso, date_only)


@pytest.mark.parametrize("zone", ["UTC", "GMT", "Z", "UT"])
def test_zone_names_that_mean_utc(zone: str) -> None:
    parsed = parse_date(f"2024-01-05 10:00 {zone}", PLUS_3)
    assert parsed.value == dt.datetime(2024, 1, 5, 10, tzinfo=dt.timezone.utc)
    assert parsed.value.utcoffset() == dt.timedelta(0)


def zone_error(name: str) -> str:
    return (f"the zone '{name}' is an abbreviation, which names no single zone; write an "
            "offset like -05:00")


def year_error(written: str) -> str:
    return f"the year of {written} is out of range: dates go from 1000 to 9998"


def like(written: str) -> str:
    return f"expected a date like 2024-05-01, got {written}"


@pytest.mark.parametrize(("value", "message"), [
    ("2024-01-05 10:00 EST", zone_error("EST")),
    ("2024-01-05 10:00 IST", zone_error("IST")),
    ("2024-01-05 10:00 +2400", "the offset +2400 in '2024-01-05 10:00 +2400' is out of range: "
                               "offsets go from -23:59 to +23:59"),
    ("2024-01-05 10:00 -24:00", "the offset -24:00 in '2024-01-05 10:00 -24:00' is out of "
                                "range: offsets go from -23:59 to +23:59"),
    ("May 2024", "expected a whole date (day, month and year) like 2024-05-01, got 'May 2024'"),
    ("10:00", "expected a whole date (day, month and year) like 2024-05-01, got '10:00'"),
    ("January 5", "expected a whole date (day, month and year) like 2024-05-01, got "
                  "'January 5'"),
    ("-2024-01-01", like("'-2024-01-01'")),
    ("+2024-01-01", like("'+2024-01-01'")),
    (" -2024-01-01", like("'-2024-01-01'")),
    ("2024-1-5x", like("'2024-1-5x'")),
    ("2024-13-01", like("'2024-13-01'")),
    ("   ", like("'   '")),
    (True, like("True")),
    ("9999-01-01", year_error("'9999-01-01'")),
    ("0999-01-01", year_error("'0999-01-01'")),
    ("Jan 5 9999", year_error("'Jan 5 9999'")),
    ("9999-01-01T10:00:00", year_error("'9999-01-01T10:00:00'")),
    (dt.date(999, 12, 31), year_error("datetime.date(999, 12, 31)")),
    (dt.datetime(9999, 1, 1), year_error("datetime.datetime(9999, 1, 1, 0, 0)")),
    # Zone names the RFC 2822 reader knows (EST) or reads as no zone (CEST) are refused.
    ("July 8, 2022 9:15 EST", "the zone 'EST' is an abbreviation, which names no single zone; "
                              "write an offset like -05:00"),
    ("Fri, 08 Jul 2022 09:15:00 CEST", "the zone 'CEST' is an abbreviation, which names no "
                                       "single zone; write an offset like -05:00"),
    ("July 8, 2022 9:15 +24:00", "the offset +24:00 in 'July 8, 2022 9:15 +24:00' is out of "
                                 "range: offsets go from -23:59 to +23:59"),
])
def test_dates_refused(value: object, message: str) -> None:
    with pytest.raises(DateError) as raised:
        parse_date(value, PLUS_3)
    assert str(raised.value) == message


def test_values_longer_than_any_date_are_refused_unread() -> None:
    longest = "January 5," + " " * 50 + "2026"  # 64 characters: still read
    assert len(longest) == 64
    assert parse_date(longest, PLUS_3).day == dt.date(2026, 1, 5)
    too_long = "January 5," + " " * 51 + "2026"
    with pytest.raises(DateError) as raised:
        parse_date(too_long, PLUS_3)
    assert str(raised.value) == like(shown(too_long))


def test_a_value_no_parser_reads_says_why() -> None:
    with pytest.raises(DateError) as raised:
        parse_date("99999999999999999999 Jan 2024", PLUS_3)
    assert str(raised.value) == like("'99999999999999999999 Jan 2024'")


def test_parse_date_keeps_a_given_zone_and_fills_a_missing_one() -> None:
    aware = dt.datetime(2024, 1, 5, 10, tzinfo=TOKYO)
    assert parse_date(aware, PLUS_3) == PostDate(aware)
    assert parse_date(dt.datetime(2024, 1, 5, 10), TOKYO) == PostDate(aware)
    assert parse_date(dt.date(2024, 1, 5), TOKYO) == PostDate(
        dt.datetime(2024, 1, 5, tzinfo=TOKYO), date_only=True)


def test_post_date_properties() -> None:
    date = PostDate(dt.datetime(2024, 1, 5, 23, 30, tzinfo=dt.timezone(dt.timedelta(hours=-10))))
    assert date.iso == "2024-01-05T23:30:00-10:00"
    assert date.day == dt.date(2024, 1, 5)
    assert date.date_only is False


@pytest.mark.parametrize(("value", "iso", "date_only"), [
    ("2023-01-29", "2023-01-29T00:00:00+09:00", True),
    (" 2023-01-29 10:00 5 ", "2023-01-29T10:00:00+09:00", False),
    ("2023-01-29 10:00", "2023-01-29T10:00:00+09:00", False),
    ("2023-01-29T10:00:59 -0800", "2023-01-29T10:00:59-08:00", False),
    ("1000-01-01 5", "1000-01-01T00:00:00+09:00", True),
    ("9998-12-31 5", "9998-12-31T00:00:00+09:00", True),
    # A day with an offset and no time: midnight at that offset.
    ("2023-01-29 +0100", "2023-01-29T00:00:00+01:00", False),
    ("2023-01-29 5 Z", "2023-01-29T00:00:00+00:00", False),
])
def test_lenient_dates(value: str, iso: str, date_only: bool) -> None:
    parsed = parse_date_leniently(value, PLUS_9)
    assert parsed is not None
    assert (parsed.iso, parsed.date_only) == (iso, date_only)


@pytest.mark.parametrize("value", ["0999-01-01 5", "9999-01-01 5", "2023-02-30 5",
                                   "2023-01-29 25:00", "x2023-01-29", "2023-01-29 10:00 x"])
def test_lenient_refusals(value: str) -> None:
    assert parse_date_leniently(value, TOKYO) is None


@pytest.mark.parametrize(("name", "expected"), [
    ("2024-5-1-hello.md", dt.date(2024, 5, 1)),
    ("2024-05-01.hello.md", dt.date(2024, 5, 1)),
    ("1000-01-01-x.md", dt.date(1000, 1, 1)),
    ("9998-12-31-x.md", dt.date(9998, 12, 31)),
    ("0999-12-31-x.md", None),
    ("9999-01-01-x.md", None),
    ("2024-05-01x.md", None),
])
def test_dates_in_file_names(name: str, expected: dt.date | None) -> None:
    want = None if expected is None else PostDate(
        dt.datetime.combine(expected, dt.time(), tzinfo=TOKYO), date_only=True)
    assert date_from_name(name, TOKYO) == want
