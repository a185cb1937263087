"""The collection's history: every applied command is an operation; undo and redo follow it.

An :class:`Operation` is what the history lists: its number, label, when (UTC), by whom and
the records it touched. Undoing or redoing is itself an operation (``kind`` "undo" or
"redo", ``target`` the operation undone or redone), so the history shows it. Which
operations are undone comes from :func:`replay`: a stack like Qt's, where a new operation
clears what could be redone.
"""

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Literal

from memoryapp.core.changes import Changes
from memoryapp.core.commands import Command, Record, Slot, changes_of
from memoryapp.core.errors import UndoRefusedError
from memoryapp.core.faces import Face, FaceScan
from memoryapp.core.films import Film, Scene, SceneLink
from memoryapp.core.items import Item
from memoryapp.core.people import Person
from memoryapp.core.places import Place
from memoryapp.core.segments import Segment

OperationKind = Literal["do", "undo", "redo"]

KIND_NAMES: dict[type[Record], str] = {
    Item: "item",
    Person: "person",
    Place: "place",
    Film: "film",
    Scene: "scene",
    SceneLink: "link",
    Face: "face",
    FaceScan: "face scan",
    Segment: "segment",
}


@dataclass(frozen=True, slots=True, kw_only=True)
class Operation:
    """One entry of the history (the records' states are in its command, read on demand)."""

    id: int
    label: str
    at: str  # ISO 8601 UTC, ending in Z
    by: str
    kind: OperationKind = "do"
    target: int | None = None  # for "undo" and "redo": the operation undone or redone
    touched: tuple[tuple[type[Record], str], ...] = field(default=(), repr=False)
    undone: bool = False  # filled by replay(): a "do" operation that is undone now

    @property
    def changes(self) -> Changes:
        """What doing or undoing it touches, for the views."""
        return changes_of(self.touched)

    def touches(self, kind: type[Record], record_id: str) -> bool:
        """Whether it wrote this record."""
        return (kind, record_id) in self.touched


def touched_by(command: Command) -> tuple[tuple[type[Record], str], ...]:
    """The ``(record type, id)`` pairs a command writes, in its order."""
    return tuple(dict.fromkeys((s.kind, s.id) for s in (*command.before, *command.after)))


@dataclass(frozen=True, slots=True)
class Stacks:
    """The state :func:`replay` finds: what can be undone (last on top) and redone."""

    done: tuple[int, ...]
    redoable: tuple[int, ...]


def replay(operations: Iterable[Operation]) -> Stacks:
    """Follow the log (oldest first): "do" pushes and clears redo; undo and redo move ops.

    An undo or redo entry acts on the top of its stack; one whose target is not there (its
    operation was compacted away) is ignored.
    """
    done: list[int] = []
    redoable: list[int] = []
    for op in operations:
        if op.kind == "do":
            done.append(op.id)
            redoable.clear()
        elif op.kind == "undo" and done and done[-1] == op.target:
            redoable.append(done.pop())
        elif op.kind == "redo" and redoable and redoable[-1] == op.target:
            done.append(redoable.pop())
    return Stacks(tuple(done), tuple(redoable))


def with_undone(operations: Sequence[Operation]) -> list[Operation]:
    """The operations with ``undone`` set from :func:`replay`."""
    done = set(replay(operations).done)
    return [replace(op, undone=op.kind == "do" and op.id not in done) for op in operations]


def undo_state(command: Command, now: str) -> tuple[Slot, ...]:
    """The records undoing ``command`` writes: its ``before``, except for an import's new items.

    An import's undo (``trash_on_undo``) moves the items it created to the trash at ``now``
    and keeps the people and places it created (the trashed items still name them).
    """
    if not command.trash_on_undo:
        return command.before
    after = {(s.kind, s.id): s.record for s in command.after}
    out: list[Slot] = []
    for slot in command.before:
        made = after.get((slot.kind, slot.id))
        if slot.record is None and isinstance(made, Item):
            out.append(Slot(Item, slot.id, replace(made, trashed_at=now)))
        elif slot.record is None and made is not None:
            out.append(Slot(slot.kind, slot.id, made))
        else:
            out.append(slot)
    return tuple(out)


def check_current(
    verb: str,
    op: Operation,
    expected: Sequence[Slot],
    current: Mapping[tuple[type[Record], str], Record | None],
    later: Iterable[Operation],
) -> None:
    """Refuse to undo or redo ``op`` when a record is no longer as ``op`` left it.

    Args:
        verb: "undo" or "redo", for the message.
        op: the operation to undo or redo.
        expected: the states the records must be in (``op``'s after-states for undo).
        current: the records as they are now.
        later: operations logged after ``op`` (newest first), to name the one that changed it
            (read only as far as needed).

    Raises:
        UndoRefusedError: naming the record and, when known, the later operation.
    """
    for slot in expected:
        if current.get((slot.kind, slot.id)) == slot.record:
            continue
        kind = KIND_NAMES.get(slot.kind, slot.kind.__name__.lower())
        by = next((o for o in later if o.touches(slot.kind, slot.id)), None)
        since = f" by operation {by.id} \u201c{by.label}\u201d" if by else ""
        raise UndoRefusedError(
            f"cannot {verb} operation {op.id} \u201c{op.label}\u201d: "
            f"{kind} {slot.id} was changed since{since}"
        )
