"""Setting up records in tests: every write goes through ``Library.apply`` as one command."""

from memoryapp.core.changes import Changes
from memoryapp.core.commands import Record
from memoryapp.library import Library


def put(library: Library, *records: Record) -> Changes:
    """Insert or replace records as one command (one commit, one logged operation)."""
    return library.apply(library.command("Add records", records))


def remove(library: Library, kind: type[Record], *record_ids: str) -> Changes:
    """Delete records by ID as one command."""
    return library.apply(library.command("Remove records", remove=[(kind, r) for r in record_ids]))
