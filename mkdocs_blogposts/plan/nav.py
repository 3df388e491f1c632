"""The navigation: the blog's index pages sit directly in the automatic nav's Blog section;
which pages a nav the user wrote names."""

from __future__ import annotations

from typing import TYPE_CHECKING

from mkdocs.structure.nav import Section
from mkdocs.structure.pages import Page

if TYPE_CHECKING:
    from collections.abc import Container, Iterator

    from mkdocs.structure import StructureItem


def lift_index_pages(items: list[StructureItem], index_uris: Container[str]) -> None:
    """Replace a section whose only child is one of our index pages (`blog/tags/` makes a
    "Tags" section holding the "Tags" page) with that page, in place."""
    for position, item in enumerate(items):
        if not isinstance(item, Section):
            continue
        only = item.children[0] if len(item.children) == 1 else None
        if isinstance(only, Page) and only.file.src_uri in index_uris:
            only.parent = item.parent
            items[position] = only
        else:
            lift_index_pages(item.children, index_uris)


def nav_paths(nav: object) -> Iterator[str]:
    """Every file path a `nav` from mkdocs.yml names (titles and URLs included: harmless)."""
    if isinstance(nav, str):
        yield nav.lstrip("/")
    elif isinstance(nav, dict):
        for value in nav.values():
            yield from nav_paths(value)
    elif isinstance(nav, list):
        for value in nav:
            yield from nav_paths(value)


def repeated_section(page: Page) -> Section | None:
    """The section a page's breadcrumbs would repeat ("Blog » Blog": the blog index in the
    automatic nav's Blog section): the page's parent when it has the page's own title."""
    parent = page.parent
    if isinstance(parent, Section) and page.title and parent.title == page.title:
        return parent
    return None
