"""The operation log: one file per operation, committed with the records, bounded."""

from pathlib import Path

import pytest

from memoryapp.core.commands import replace_records
from memoryapp.core.errors import CollectionCorruptError
from memoryapp.core.history import Operation, touched_by
from memoryapp.core.ids import ItemId
from memoryapp.core.items import Item
from memoryapp.storage.layout import CollectionPaths
from memoryapp.storage.oplog import OperationLog
from memoryapp.storage.repository import Repository


def _append(repo: Repository, log: OperationLog, n: int, notes: str = "") -> Operation:
    old = repo.find(Item, f"{n % 16:x}{'0' * 31}")
    item = Item(id=ItemId(f"{n % 16:x}{'0' * 31}"), title=f"edit {n}", notes=notes)
    command = replace_records(f"Edit {n}", [old] if old else [], [item])
    op = Operation(
        id=log.next_id(), label=command.label, at="2026-12-06T10:00:00Z", by="esther",
        touched=touched_by(command),
    )  # fmt: skip
    relative, data = log.entry(op, command)
    with repo.transaction():
        repo.put(item)
        repo.attach(relative, data)
    log.added(op, len(data))
    log.compact()
    return op


def test_entries_round_trip_with_their_records(tmp_path: Path) -> None:
    paths = CollectionPaths(tmp_path)
    repo, log = Repository(paths), OperationLog(paths)
    _append(repo, log, 1)
    _append(repo, log, 17, notes="וַיְהִי")  # same item: the entry keeps before and after
    again = OperationLog(paths)
    assert [op.label for op in again.operations()] == ["Edit 1", "Edit 17"]
    command = again.command(2)
    assert command.before[0].record.title == "edit 1"
    assert command.after[0].record.notes == "וַיְהִי"
    assert again.operations()[1].touched == ((Item, "1" + "0" * 31),)


def test_appending_writes_one_new_file_and_rewrites_none(tmp_path: Path) -> None:
    paths = CollectionPaths(tmp_path)
    repo, log = Repository(paths), OperationLog(paths)
    for n in range(5):
        _append(repo, log, n)
    stamps = {p.name: p.stat().st_mtime_ns for p in paths.history.iterdir()}
    _append(repo, log, 5)
    after = {p.name: p.stat().st_mtime_ns for p in paths.history.iterdir()}
    assert set(after) - set(stamps) == {"000000000006.json"}
    assert all(after[name] == stamp for name, stamp in stamps.items())


def test_oldest_entries_are_compacted_past_the_operation_limit(tmp_path: Path) -> None:
    paths = CollectionPaths(tmp_path)
    repo, log = Repository(paths), OperationLog(paths, max_operations=5)
    for n in range(12):
        _append(repo, log, n)
    assert [op.id for op in log.operations()] == [8, 9, 10, 11, 12]
    assert sorted(p.name for p in paths.history.iterdir()) == [
        f"{n:012d}.json" for n in range(8, 13)
    ]
    assert OperationLog(paths).next_id() == 13  # numbers are never reused


def test_oldest_entries_are_compacted_past_the_size_limit(tmp_path: Path) -> None:
    paths = CollectionPaths(tmp_path)
    repo, log = Repository(paths), OperationLog(paths, max_bytes=6000)
    for n in range(10):
        _append(repo, log, n, notes="x" * 1000)
    assert log.size <= 6000
    assert 2 <= len(log.operations()) < 10
    assert log.operations()[-1].id == 10
    assert log.size == sum(p.stat().st_size for p in paths.history.iterdir())


def test_a_damaged_entry_is_named(tmp_path: Path) -> None:
    paths = CollectionPaths(tmp_path)
    paths.history.mkdir()
    (paths.history / "000000000001.json").write_text("{not json")
    with pytest.raises(CollectionCorruptError, match=r"000000000001\.json"):
        OperationLog(paths).operations()
