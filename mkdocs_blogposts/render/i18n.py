"""The reader's language: the site's locale, and dates as its readers write them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from babel.core import Locale, UnknownLocaleError
from babel.dates import format_date

from .contexts import DateText

if TYPE_CHECKING:
    from ..read.dates import PostDate


def parse_locale(name: str | None) -> Locale:
    """`pt-BR`, `pt_BR` and `en` all work; anything unknown falls back to English."""
    try:
        return Locale.parse((name or "en").replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        return Locale.parse("en")


class DateTexts:
    """Dates in the `date_format` of the site's locale, each formatted once per build (babel
    is slow; a blog has far fewer dates than date displays)."""

    def __init__(self, locale: Locale, date_format: str) -> None:
        self.locale = locale
        self.date_format = date_format
        self._shown: dict[str, DateText] = {}

    def __call__(self, date: PostDate) -> DateText:
        shown = self._shown.get(date.iso)
        if shown is None:
            text = format_date(date.day, format=self.date_format, locale=self.locale)
            shown = self._shown[date.iso] = DateText(date.iso, text)
        return shown
