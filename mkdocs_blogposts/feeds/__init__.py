"""Feeds: which feeds a blog has (plan) and their bytes (writers)."""
