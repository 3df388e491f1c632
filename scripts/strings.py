"""The catalog of the blog's interface strings.

Extracts every message from the templates (`_()`, `{% trans %}`) and the code (`N_()`) into
`mkdocs_blogposts/locales/blogposts.pot`, and brings each language's `.po` up to date with
it (new messages added untranslated, removed ones dropped).

    python scripts/strings.py           # write the .pot, update every .po
    python scripts/strings.py --check   # exit 1 if the .pot is stale or a .po lacks a message
    python scripts/strings.py --new ko  # start a catalog for another language

Translators edit the `.po` files; the plugin compiles them when a site first uses them.
"""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "mkdocs_blogposts"
LOCALES = PACKAGE / "locales"
TEMPLATE = LOCALES / "blogposts.pot"
METHODS = [
    ("templates/**.html", "jinja2.ext:babel_extract"),
    ("templates/**.xsl", "jinja2.ext:babel_extract"),
    ("templates/**.css", "jinja2.ext:babel_extract"),
    ("**.py", "python"),
]
KEYWORDS = {"_": None, "gettext": None, "ngettext": (1, 2), "N_": None}


def extract() -> Catalog:
    """Every message of the package, with where it is used."""
    catalog = Catalog(project="mkdocs-blogposts", fuzzy=False, charset="utf-8",
                      copyright_holder="mkdocs-blogposts contributors")
    for filename, lineno, message, comments, context in extract_from_dir(
            PACKAGE, METHODS, keywords=KEYWORDS, comment_tags=("Translators:",)):
        catalog.add(message, None, [(f"mkdocs_blogposts/{filename}", lineno)],
                    auto_comments=comments, context=context)
    return catalog


def po_files() -> list[Path]:
    return sorted(LOCALES.glob("*/LC_MESSAGES/blogposts.po"))


def dump(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    write_po(out, catalog, width=100, sort_output=True, omit_header=False,
             ignore_obsolete=True, include_previous=False)
    return out.getvalue()


def _messages(catalog: Catalog) -> set[object]:
    return {message.id for message in catalog if message.id}


def check(template: Catalog) -> list[str]:
    """What is out of date: the .pot, and each .po's untranslated or unknown messages."""
    problems = []
    if not TEMPLATE.is_file():
        return [f"{TEMPLATE.relative_to(ROOT)} is missing: run python scripts/strings.py"]
    with TEMPLATE.open("rb") as file:
        if _messages(read_po(file)) != _messages(template):
            problems.append(f"{TEMPLATE.relative_to(ROOT)} is out of date: run "
                            "python scripts/strings.py")
    for path in po_files():
        with path.open("rb") as file:
            catalog = read_po(file)
        name = path.relative_to(ROOT)
        missing = _messages(template) - _messages(catalog)
        untranslated = [message.id for message in catalog if message.id and (
            not message.string or (isinstance(message.string, tuple)
                                   and not all(message.string)))]
        unknown = _messages(catalog) - _messages(template)
        for label, items in (("missing", missing), ("untranslated", untranslated),
                             ("no longer used", unknown)):
            if items:
                problems.append(f"{name}: {label}: {sorted(map(str, items))}")
    return problems


def update(template: Catalog) -> None:
    TEMPLATE.parent.mkdir(parents=True, exist_ok=True)
    TEMPLATE.write_bytes(dump(template))
    for path in po_files():
        with path.open("rb") as file:
            catalog = read_po(file)
        catalog.update(template, no_fuzzy_matching=True)
        path.write_bytes(dump(catalog))


def new(language: str, template: Catalog) -> Path:
    path = LOCALES / language / "LC_MESSAGES" / "blogposts.po"
    if path.exists():
        raise SystemExit(f"{path.relative_to(ROOT)} exists")
    catalog = Catalog(locale=language, project="mkdocs-blogposts", charset="utf-8",
                      fuzzy=False, copyright_holder="mkdocs-blogposts contributors")
    catalog.update(template, no_fuzzy_matching=True)
    path.parent.mkdir(parents=True)
    path.write_bytes(dump(catalog))
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--new", metavar="LANGUAGE")
    args = parser.parse_args()
    template = extract()
    if args.check:
        problems = check(template)
        print("\n".join(problems) or f"{len(template)} messages; every catalog complete")
        return 1 if problems else 0
    if args.new:
        print(f"wrote {new(args.new, template).relative_to(ROOT)}")
        return 0
    update(template)
    print(f"{len(template)} messages in {TEMPLATE.relative_to(ROOT)}; "
          f"{len(po_files())} catalogs updated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
