"""Fixtures of the exports tests (defined in export_fixtures.py, importable by the tests)."""

from export_fixtures import family

__all__ = ["family"]
