"""MkDocs events -> the build that does the work (`build.Build`). Wiring only."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from mkdocs.plugins import BasePlugin, event_priority

from .build import Build
from .config import BlogpostsConfig
from .plan.site_files import add_theme_files
from .settings import Session, Settings

if TYPE_CHECKING:
    from jinja2 import Environment
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.nav import Navigation
    from mkdocs.structure.pages import Page
    from mkdocs.utils.templates import TemplateContext


class BlogpostsPlugin(BasePlugin[BlogpostsConfig]):
    """`plugins: [blogposts]`: the posts under `docs/<blog_dir>/` become a blog."""

    supports_multiple_instances = False
    # `mkdocs serve` reuses this object: the session outlives builds, the build does not.
    _session: Session | None = None
    _settings: Settings | None = None
    _build: Build | None = None

    def on_startup(self, *, command: str, dirty: bool) -> None:
        if self._session is None:
            self._session = Session()
        self._session.serving = command == "serve"
        self._session.dirty = dirty

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        self._build = None
        self._settings = None
        if not self.config.enabled:
            return config
        if self._session is None:  # built without `on_startup` (a bare `build()` call)
            self._session = Session()
        self._settings = Settings.read(self.config, config)
        add_theme_files(config)
        return config

    @event_priority(-50)  # after plugins that add pages of their own
    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        assert self._settings is not None
        assert self._session is not None
        self._build = Build.start(files, config, self._settings, self._session)
        return files

    def on_nav(self, nav: Navigation, *, config: MkDocsConfig, files: Files) -> Navigation:
        if self._build is not None:
            self._build.arrange_nav(nav, config)
        return nav

    def on_page_markdown(self, markdown: str, *, page: Page, config: MkDocsConfig,
                         files: Files) -> str:
        return self._build.page_markdown(markdown, page) if self._build else markdown

    def on_page_content(self, html: str, *, page: Page, config: MkDocsConfig,
                        files: Files) -> str:
        return self._build.page_content(html, page) if self._build else html

    def on_env(self, env: Environment, *, config: MkDocsConfig, files: Files) -> Environment:
        if self._build is not None:
            self._build.prepare(files, Path(config.site_dir))
        return env

    # After the search plugins (priority 0) have indexed page.content: the search index gets
    # the listing page's own text and the posts themselves, not 600 pages of excerpts nor
    # every post's byline and "related posts".
    @event_priority(-50)
    def on_page_context(self, context: TemplateContext, *, page: Page, config: MkDocsConfig,
                        nav: Navigation) -> TemplateContext:
        if self._build is not None:
            self._build.mark_page(page)
        return context

    # Before plugins that rework the output (minifiers...).
    @event_priority(50)
    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str:
        return self._build.fill_page(output, page) if self._build else output

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        if self._build is not None:
            self._build.finish(Path(config.site_dir))

    def on_build_error(self, *, error: Exception) -> None:
        if self._build is not None:
            self._build.abandon()
