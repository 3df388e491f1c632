"""Rendering: HTML fragments, markers in pages, excerpts, head tags."""
