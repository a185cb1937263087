from dataclasses import replace

import pytest

from memoryapp.core.commands import Slot, replace_records
from memoryapp.core.errors import UndoRefusedError
from memoryapp.core.history import (
    Operation,
    OperationKind,
    check_current,
    replay,
    touched_by,
    undo_state,
    with_undone,
)
from memoryapp.core.ids import ItemId, PersonId
from memoryapp.core.items import Item
from memoryapp.core.names import Name
from memoryapp.core.people import Person


def _op(n: int, kind: OperationKind = "do", target: int | None = None) -> Operation:
    return Operation(id=n, label=f"op {n}", at="2026-12-06T10:00:00Z", by="esther",
                     kind=kind, target=target)  # fmt: skip


def test_replay_is_a_stack_where_a_new_operation_clears_redo() -> None:
    ops = [_op(1), _op(2), _op(3, "undo", 2), _op(4, "undo", 1), _op(5, "redo", 1)]
    assert replay(ops).done == (1,)
    assert replay(ops).redoable == (2,)
    assert replay([*ops, _op(6)]).redoable == ()
    flags = {op.id: op.undone for op in with_undone([*ops, _op(6)])}
    assert flags == {1: False, 2: True, 3: False, 4: False, 5: False, 6: False}


def test_entries_whose_target_was_compacted_are_ignored() -> None:
    assert replay([_op(7, "undo", 3), _op(8)]).done == (8,)


def test_an_import_undo_trashes_its_new_items_and_keeps_new_people() -> None:
    old = Item(id=ItemId("a"), title="kept")
    new = Item(id=ItemId("b"), title="scanned")
    person = Person(id=PersonId("p"), names=(Name(value="Yakout"),))
    command = replace(
        replace_records("Import 2 files", [old], [replace(old, title="x"), new, person]),
        trash_on_undo=True,
    )
    state = {(s.kind, s.id): s.record for s in undo_state(command, "2026-12-06T11:00:00Z")}
    assert state[(Item, "a")] == old
    assert state[(Item, "b")] == replace(new, trashed_at="2026-12-06T11:00:00Z")
    assert state[(Person, "p")] == person
    assert touched_by(command) == ((Item, "a"), (Item, "b"), (Person, "p"))


def test_check_current_names_the_record_and_the_later_operation() -> None:
    item = Item(id=ItemId("a"), title="mine")
    later = replace(_op(4), label="Tag", touched=((Item, "a"),))
    current = {(Item, "a"): replace(item, title="theirs")}
    with pytest.raises(UndoRefusedError) as caught:
        check_current("undo", _op(2), (Slot(Item, "a", item),), current, [later])
    assert str(caught.value) == (
        "cannot undo operation 2 \u201cop 2\u201d: item a was changed since"
        " by operation 4 \u201cTag\u201d"
    )
    check_current("undo", _op(2), (Slot(Item, "a", item),), {(Item, "a"): item}, [later])
