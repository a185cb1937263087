"""Setting up records in tests: every write goes through ``Library.apply`` as one command."""

from typing import Any

from memoryapp.core.changes import Changes
from memoryapp.core.commands import Record, Slot
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
        "containers": {c.id: c for c in library.containers()},
    }


class MemoryStore:
    """An in-memory ``RecordStore`` for core commands, counting commits."""

    def __init__(self, records: list[Record]) -> None:
        self.records = {(type(r), r.id): r for r in records}
        self.commits = 0

    def write_slots(self, slots: tuple[Slot, ...]) -> None:
        self.commits += 1
        for slot in slots:
            if slot.record is None:
                self.records.pop((slot.kind, slot.id), None)
            else:
                self.records[(slot.kind, slot.id)] = slot.record

    def get(self, kind: type, record_id: str) -> Record | None:
        return self.records.get((kind, record_id))

    def snapshot(self) -> dict:
        return dict(self.records)
