"""Reusable widgets of the desktop app: viewer, fuzzy date field, timeline."""
