"""mkdocs-blogposts: a blog inside an MkDocs site, on any theme."""

from __future__ import annotations

__version__ = "0.1.0"
