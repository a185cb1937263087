"""Setting up records in tests: every write goes through ``Library.apply`` as one command."""

from typing import Any

from memoryapp.core.changes import Changes
from memoryapp.core.commands import Record
from memoryapp.library import Library


def put(library: Library, *records: Record) -> Changes:
    """Insert or replace records as one command (one commit, one logged operation)."""
    return library.apply(library.command("Add records", records))


def remove(library: Library, kind: type[Record], *record_ids: str) -> Changes:
    """Delete records by ID as one command."""
    return library.apply(library.command("Remove records", remove=[(kind, r) for r in record_ids]))


def everything(library: Library) -> dict[str, dict[str, Any]]:
    """Every record of every type, by ID (to compare a collection with itself later)."""
    return {
        "items": {i.id: i for i in library.items(include_trashed=True)},
        "people": {p.id: p for p in library.people()},
        "places": {p.id: p for p in library.places()},
        "films": {f.id: f for f in library.films()},
        "scenes": {s.id: s for s in library.scenes()},
        "links": {k.id: k for k in library.links()},
    }
