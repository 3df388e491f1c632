"""Every interface string in the site's language, from one place.

A string is looked up, in order, in the `strings` option (the user's words), in the theme's
own translations where the theme has that string (Material's language partials, so its
languages work at once and the blog reads as Material's own), in our gettext catalogs
(`locales/<language>/LC_MESSAGES/blogposts.po`, compiled with babel when first used), and
falls back to the English text. Templates reach it through `jinja2.ext.i18n` (`_()` and
`{% trans %}`), as MkDocs' own themes do; Python code calls `Strings.text`.

Messages are gettext patterns (`%(count)s min read`); the `strings` option writes their
placeholders as `{count}` and is converted here (`user_pattern`).
"""

from __future__ import annotations

import gettext
import io
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import Translations
from markupsafe import escape

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

    import jinja2
    from babel.core import Locale

LOCALES = Path(__file__).resolve().parent.parent / "locales"
DOMAIN = "blogposts"
TEMPLATE = LOCALES / f"{DOMAIN}.pot"

PLURAL_CATEGORIES = ("zero", "one", "two", "few", "many", "other")
"""CLDR's plural categories: a plural string in `strings` is a mapping of some of them."""

_ALIASES = {"zh": "zh_CN", "zh_Hans": "zh_CN", "zh_Hant": "zh_TW", "zh_HK": "zh_TW",
            "zh_MO": "zh_TW", "no": "nb", "pt": "pt_BR"}
"""Languages whose catalog goes by another name (Chinese by script, Norwegian Bokmål)."""

MATERIAL_KEYS: dict[str, str] = {
    "Continue reading": "blog.continue",
    "Draft": "blog.draft",
    "Archive": "blog.archive",
    "Categories": "blog.categories",
    "Authors": "blog.authors",
    "Related links": "blog.references",
    "In %(categories)s": "blog.categories.in",
}
"""Our messages that Material's language partials translate, by Material's key."""

_PREFIXES = {"In %(categories)s": " %(categories)s"}
"""Material translates only the word before these placeholders."""

_PLACEHOLDER = re.compile(r"%\((\w+)\)s")


def N_(message: str) -> str:  # gettext's name, found by `scripts/strings.py`
    """Marks `message` for the catalog; it is translated where it is shown."""
    return message


def english(message: str, **values: object) -> str:
    """`message` in English with its placeholders filled (where no `Strings` is at hand)."""
    return message % values


def known_messages() -> dict[str, str | None]:
    """Every message of the catalog template: `{msgid: plural msgid or None}`."""
    with TEMPLATE.open("rb") as file:
        messages = read_po(file)
    known: dict[str, str | None] = {}
    for message in messages:
        if isinstance(message.id, (tuple, list)):
            known[str(message.id[0])] = str(message.id[1])
        elif message.id:
            known[str(message.id)] = None
    return known


def placeholders(pattern: str) -> set[str]:
    """The `%(name)s` placeholders of a gettext pattern (`%%(name)s` is text)."""
    return set(_PLACEHOLDER.findall(pattern.replace("%%", "")))


_USER_PLACEHOLDER = re.compile(r"\{\{|\}\}|\{(\w+)\}")


def user_pattern(text: str) -> str:
    """A `strings` value (`{count} minutes`, `100% sure`, `{{literal}}`) as a gettext
    pattern: `{name}` a placeholder, `{{` and `}}` braces, `%` a percent sign."""
    escaped = text.replace("%", "%%")
    return _USER_PLACEHOLDER.sub(
        lambda m: f"%({m[1]})s" if m[1] else m[0][0], escaped)


def gettext_id(key: str) -> str:
    """A `strings` key (the English text with `{name}` placeholders) as our msgid."""
    return _USER_PLACEHOLDER.sub(lambda m: f"%({m[1]})s" if m[1] else m[0][0], key)


@cache
def catalog(name: str) -> gettext.NullTranslations:
    """Our compiled catalog for the babel locale `name` (`pt_BR`, `zh_Hant_TW`), or none.
    Catalogs are package data: compiled once per process."""
    for candidate in _candidates(name):
        po = LOCALES / candidate / "LC_MESSAGES" / f"{DOMAIN}.po"
        if po.is_file():
            with po.open("rb") as file:
                messages = read_po(file, locale=candidate)
            compiled = io.BytesIO()
            write_mo(compiled, messages)
            compiled.seek(0)
            return Translations(compiled, domain=DOMAIN)
    return gettext.NullTranslations()


def _candidates(name: str) -> list[str]:
    """Catalog names to try for a babel locale, the most specific first."""
    language, _, rest = name.partition("_")
    parts = rest.split("_") if rest else []
    script = next((p for p in parts if len(p) == 4), None)
    territory = next((p for p in parts if len(p) != 4), None)
    names = [name]
    if territory:
        names.append(f"{language}_{territory}")
    if script:
        names.append(f"{language}_{script}")
    names.append(language)
    return [found for n in names for found in (n, _ALIASES.get(n)) if found]


def material_lookup(env: jinja2.Environment, language: str) -> Callable[[str], str]:
    """Material's translation of a key in `language` ("" when its file lacks it, so that our
    catalog answers rather than Material's English fallback)."""
    try:
        module = env.get_template(f"partials/languages/{language}.html").module
    except Exception:  # no such language file: Material cannot translate it
        return lambda key: ""

    def lookup(key: str) -> str:
        try:
            return str(module.t(key)).strip()  # type: ignore[attr-defined]
        except Exception:  # a user's custom language file may be broken
            return ""

    return lookup


@dataclass
class Strings:
    """The interface strings of one build, in the site's language."""

    locale: Locale
    overrides: Mapping[str, str | Mapping[str, str]] = field(default_factory=dict)
    """The `strings` option, keys as msgids and values as gettext patterns."""
    theme: Callable[[str], str] | None = None
    """Material's lookup of one of its keys (`material_lookup`), on Material."""
    direction: str | None = None
    """The theme's own text direction (Material's `direction`), over the language's."""

    def __post_init__(self) -> None:
        self.translations = catalog(str(self.locale))
        self.rtl = (self.direction or self.locale.text_direction) == "rtl"
        self._patterns: dict[tuple[str, int | None], str] = {}

    def gettext(self, message: str) -> str:
        """The pattern of `message` in the site's language."""
        return self._pattern(message, message, None)

    def ngettext(self, singular: str, plural: str, count: int) -> str:
        """The pattern of a message that depends on `count`, in the right plural form."""
        return self._pattern(singular, plural, count)

    def text(self, message: str, **values: object) -> str:
        """`message` in the site's language with its placeholders filled: plain text."""
        return self.gettext(message) % values

    def count_text(self, singular: str, plural: str, count: int, **values: object) -> str:
        """A plural message with `count` (and other placeholders) filled: plain text."""
        return self.ngettext(singular, plural, count) % {"count": count, **values}

    def install(self, env: jinja2.Environment) -> None:
        """Gives `env`'s templates `_()`, `ngettext()` and `{% trans %}` in this language;
        what they return is escaped (an override in `mkdocs.yml` is text, not markup)."""
        env.add_extension("jinja2.ext.i18n")
        env.install_gettext_callables(  # type: ignore[attr-defined]
            lambda message: str(escape(self.gettext(message))),
            lambda singular, plural, count: str(escape(self.ngettext(singular, plural,
                                                                     count))),
            newstyle=True)
        env.globals["text_direction"] = "rtl" if self.rtl else "ltr"

    def _pattern(self, singular: str, plural: str, count: int | None) -> str:
        # Keyed by the count itself: counts are post counts and minutes, a few hundred
        # values in a build, and the plural rule of the language is then run once each.
        key = (singular, count)
        found = self._patterns.get(key)
        if found is None:
            found = self._patterns[key] = self._look_up(singular, plural, count)
        return found

    def _look_up(self, singular: str, plural: str, count: int | None) -> str:
        override = self.overrides.get(singular)
        if isinstance(override, str):
            return override
        if override is not None and count is not None:
            category = self.locale.plural_form(count)
            chosen = override.get(category, override.get("other"))
            if chosen is not None:
                return chosen
        material = self._material(singular, count)
        if material:
            return material
        if count is None:
            return self.translations.gettext(singular)
        return self.translations.ngettext(singular, plural, count)

    def _material(self, message: str, count: int | None) -> str:
        if self.theme is None:
            return ""
        if message == "%(count)s min read" and count is not None:
            if count == 1:
                return self.theme("readtime.one").replace("%", "%%")
            other = self.theme("readtime.other").replace("%", "%%")
            return other.replace("#", "%(count)s") if "#" in other else ""
        key = MATERIAL_KEYS.get(message)
        if key is None:
            return ""
        word = self.theme(key).replace("%", "%%")
        if not word:
            return ""
        return word + _PREFIXES[message] if message in _PREFIXES else word
