"""Undoable edits as plain data: the records before and after, like a Gramps transaction.

A :class:`Command` is built from the current records by the functions in ``core/edits.py``;
applying it writes the ``after`` records in one commit, reverting writes the ``before`` ones.
``Library.apply`` is the one door: it writes a command in one commit and logs it as an
operation of the collection's history (``core/history.py``), which undo and redo follow.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from memoryapp.core.changes import Changes
from memoryapp.core.faces import Face, FaceScan, item_of_face
from memoryapp.core.films import Film, Scene, SceneLink
from memoryapp.core.ids import ItemId
from memoryapp.core.items import Item
from memoryapp.core.people import Person
from memoryapp.core.places import Place
from memoryapp.core.prints import Container
from memoryapp.core.segments import Segment

Record = Item | Person | Place | Film | Scene | SceneLink | Container | Face | FaceScan | Segment


@dataclass(frozen=True, slots=True)
class Slot:
    """One record's state: ``record`` is None when it does not exist (deleted or not yet made)."""

    kind: type[Record]
    id: str
    record: Record | None


class RecordStore(Protocol):
    """What a command needs: write a set of record states as one commit."""

    def write_slots(self, slots: tuple[Slot, ...]) -> None:
        """Put every record that is not None and delete the others, atomically."""
        ...


@dataclass(frozen=True, slots=True)
class Command:
    """An edit that can be applied and reverted. ``label`` is short English for menus.

    ``trash_on_undo`` marks an import: undoing it moves the records it created to the trash
    (``Item.trashed_at``) instead of deleting them, so their media and thumbnails stay.
    """

    label: str
    before: tuple[Slot, ...]
    after: tuple[Slot, ...]
    trash_on_undo: bool = False

    def apply(self, store: RecordStore) -> Changes:
        """Do (or redo) the edit."""
        store.write_slots(self.after)
        return self.changes

    def revert(self, store: RecordStore) -> Changes:
        """Undo the edit."""
        store.write_slots(self.before)
        return self.changes

    @property
    def changes(self) -> Changes:
        """What applying or reverting touches."""
        return changes_of((slot.kind, slot.id) for slot in (*self.before, *self.after))

    @property
    def is_empty(self) -> bool:
        """Whether applying it would change nothing."""
        return self.before == self.after


def changes_of(records: Iterable[tuple[type[Record], str]]) -> Changes:
    """What writing or deleting these ``(record type, id)`` pairs changes, for the views."""
    items: set[ItemId] = set()
    people = places = films = containers = segments = False
    for kind, record_id in records:
        if kind is Item or kind is FaceScan:
            items.add(ItemId(record_id))
        elif kind is Face:  # a face shows on its item
            items.add(item_of_face(record_id))
        elif kind is Person:
            people = True
        elif kind is Place:
            places = True
        elif kind is Container:
            containers = True
        elif kind is Segment:
            segments = True
        else:
            films = True
    return Changes(
        items=frozenset(items),
        people=people,
        places=places,
        films=films,
        containers=containers,
        segments=segments,
    )


def replace_records(label: str, before: Sequence[Record], after: Sequence[Record]) -> Command:
    """A command that replaces ``before`` records by ``after`` ones (matched by type and id).

    A record only in ``before`` is deleted; one only in ``after`` is created. Unchanged
    records are left out of the command.
    """
    old = {(type(r), r.id): r for r in before}
    new = {(type(r), r.id): r for r in after}
    keys = [k for k in dict.fromkeys([*old, *new]) if old.get(k) != new.get(k)]
    return Command(
        label=label,
        before=tuple(Slot(k[0], k[1], old.get(k)) for k in keys),
        after=tuple(Slot(k[0], k[1], new.get(k)) for k in keys),
    )
