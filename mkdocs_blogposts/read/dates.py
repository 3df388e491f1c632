"""Dates as other engines write them, made timezone-aware by one policy.

Policy: an offset written in the value wins, then the configured `timezone`, then UTC.
A date without a time means midnight of that calendar day in the configured zone and is
always shown as that same day (never "one day early").
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from dataclasses import dataclass

from dateutil import parser as dateutil_parser

from ..checks import shown

_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# Jekyll writes 2024-05-01; Docusaurus also 2024-5-1.
_NAME_DAY = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[-_.]|$)")


class DateError(ValueError):
    """A value that is not a date; the message says what was expected."""


@dataclass(frozen=True, order=True, slots=True)
class PostDate:
    """An aware datetime plus whether the author wrote only a day."""

    value: dt.datetime
    date_only: bool = False

    @property
    def iso(self) -> str:
        """ISO 8601 with offset, for `<time datetime>` and feeds."""
        return self.value.isoformat()

    @property
    def day(self) -> dt.date:
        """The calendar day the author meant, in the value's own offset."""
        return self.value.date()


YEARS = (1000, 9998)
"""The years a post may be dated in: outside them a date is a typo (`0224`, a pasted number),
and near the ends of Python's calendar an offset would carry it off the calendar."""
_LONGEST = 64
"""Characters a written date has at most ('Tuesday, 05 January 2026 10:00:00 +0100' is 39)."""


def parse_date(value: object, tz: dt.tzinfo) -> PostDate:
    """Turn a YAML date, datetime or date string into an aware `PostDate`. Only whole dates:
    a value missing its day, month or year (`May 2024`, `10:00`) is refused, never completed
    from today's date; so is a zone abbreviation (`EST`: which one?), an offset out of range
    and a year outside `YEARS`."""
    if isinstance(value, dt.datetime):
        return _in_range(PostDate(_aware(value, tz)), value)
    if isinstance(value, dt.date):
        return _in_range(_day(value, tz), value)
    if not isinstance(value, str) or not value.strip():
        raise DateError(f"expected a date like 2024-05-01, got {shown(value)}")
    text = value.strip()
    if len(text) > _LONGEST or text[0] in "+-":
        raise DateError(f"expected a date like 2024-05-01, got {shown(text)}")
    try:
        return _in_range(_parse_text(text, tz), text)
    except DateError:
        raise
    except (ValueError, OverflowError, TypeError) as exc:
        raise DateError(f"expected a date like 2024-05-01, got {shown(text)} ({exc})") from exc


def _in_range(date: PostDate, written: object) -> PostDate:
    """`date`, or `DateError` when its year is outside `YEARS`."""
    if not _in_years(date.value.year):
        raise DateError(f"the year of {shown(written)} is out of range: dates go from "
                        f"{YEARS[0]} to {YEARS[1]}")
    return date


def _in_years(year: int) -> bool:
    return YEARS[0] <= year <= YEARS[1]


def _parse_text(text: str, tz: dt.tzinfo) -> PostDate:
    if _ISO_DAY.match(text):
        try:
            return _day(dt.date.fromisoformat(text), tz)
        except ValueError as exc:
            raise DateError(f"expected a date like 2024-05-01, got {shown(text)}") from exc
    try:
        return PostDate(_aware(dt.datetime.fromisoformat(text), tz))
    except ValueError:
        pass
    offset = _OFFSET.search(text)
    if offset and int(offset["hours"]) > 23:
        raise DateError(f"the offset {offset[0]} in {shown(text)} is out of range: offsets go "
                        "from -23:59 to +23:59")
    # RFC 2822, as RSS-era engines write: 'Tue, 05 Jan 2026 10:00:00 +0100'. Its parser
    # reads zone names it does not know (CEST) and offsets with a colon as no zone at all,
    # and knows the US abbreviations: a value ending in a name or an offset it did not read
    # goes on to dateutil, where abbreviations are refused and offsets are read.
    last = text.rsplit(None, 1)[-1]
    named = last.isalpha() and last.upper() not in _UNIVERSAL
    try:
        parsed = None if named else email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        parsed = None
    # (-0000 is RFC 2822's "zone not known": the configured zone applies.)
    if parsed is not None and (parsed.tzinfo is not None or not offset or offset[0] == "-0000"):
        return PostDate(_aware(parsed, tz))
    # 'Jul 08 2022', '2025-01-29 18:15:32 +0530' and other free forms. dateutil fills what a
    # value lacks from `default`: two different defaults tell a whole date from a partial one.
    try:
        parsed = dateutil_parser.parse(text, default=_DEFAULTS[0], tzinfos=_zone)
        other = dateutil_parser.parse(text, default=_DEFAULTS[1], tzinfos=_zone)
    except DateError:
        raise
    except (ValueError, OverflowError) as exc:
        raise DateError(f"expected a date like 2024-05-01, got {shown(text)}") from exc
    if parsed.date() != other.date():
        raise DateError(f"expected a whole date (day, month and year) like 2024-05-01, got "
                        f"{shown(text)}")
    if ":" not in text and parsed.time() == dt.time():
        return _day(parsed.date(), tz)
    return PostDate(_aware(parsed, tz))


# Naive on purpose: dateutil fills only the missing fields from them, zone included.
_DEFAULTS = (dt.datetime(2000, 1, 1), dt.datetime(2001, 2, 2))  # noqa: DTZ001
_OFFSET = re.compile(r"[+-](?P<hours>\d{2}):?\d{2}$")
_UNIVERSAL = ("UTC", "GMT", "Z", "UT")
"""The zone names that name one zone: UTC."""


def _zone(name: str | None, offset: int | None) -> dt.tzinfo | None:
    """A zone dateutil found by name: UTC, or an offset written beside it; any other name
    is ambiguous (`EST` is two zones; `IST` three)."""
    if offset is not None:
        return dt.timezone(dt.timedelta(seconds=offset))
    if not name:
        return None
    if name.upper() in _UNIVERSAL:
        return dt.timezone.utc
    raise DateError(f"the zone {name!r} is an abbreviation, which names no single zone; write "
                    "an offset like -05:00")


# Only numbers may stray between the time and the offset (Jekyll's `... 18:30:22 2023 -0800`):
# a word there is a zone name, which must not be dropped without a word.
_LENIENT = re.compile(
    r"^(?P<day>\d{4}-\d{2}-\d{2})(?:[T ](?P<time>\d{2}:\d{2}(?::\d{2})?))?\b[\s\d]*?"
    r"(?P<offset>[+-]\d{2}:?\d{2}|Z)?$"
)


def parse_date_leniently(value: object, tz: dt.tzinfo) -> PostDate | None:
    """Like Ruby's `Time.parse` (so Jekyll): a leading `YYYY-MM-DD [HH:MM[:SS]]` and a trailing
    offset, with stray words between them ignored (`2023-01-29 18:30:22 2023 -0800`)."""
    match = _LENIENT.match(value.strip()) if isinstance(value, str) else None
    if not match:
        return None
    # A day with an offset but no time is that day's midnight at the offset.
    time = match["time"] or ("00:00" if match["offset"] else "")
    text = match["day"] + (f"T{time}" if time else "")
    if match["offset"]:
        text += match["offset"].replace("Z", "+00:00")
    try:
        parsed = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    if not _in_years(parsed.year):
        return None
    if not match["time"] and not match["offset"]:
        return _day(parsed.date(), tz)
    return PostDate(_aware(parsed, tz))


def date_from_name(name: str, tz: dt.tzinfo) -> PostDate | None:
    """The `YYYY-MM-DD` a Jekyll-style file or folder name starts with, if any."""
    match = _NAME_DAY.match(name)
    if not match:
        return None
    try:
        day = dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None
    return _day(day, tz) if _in_years(day.year) else None


def _day(day: dt.date, tz: dt.tzinfo) -> PostDate:
    return PostDate(dt.datetime.combine(day, dt.time(), tzinfo=tz), date_only=True)


def _aware(value: dt.datetime, tz: dt.tzinfo) -> dt.datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=tz)

