"""The operation log: one file per operation, committed with the records, bounded."""

from dataclasses import replace
from pathlib import Path
from typing import Any

import orjson
import pytest

from memoryapp.core.commands import replace_records
from memoryapp.core.errors import CollectionCorruptError
from memoryapp.core.history import Operation, touched_by
from memoryapp.core.ids import ItemId
from memoryapp.core.items import Item
from memoryapp.storage import oplog
from memoryapp.storage.layout import CollectionPaths
from memoryapp.storage.oplog import OperationLog
from memoryapp.storage.repository import Repository
from memoryapp.storage.serialize import to_dict


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


def test_an_entry_begins_with_its_header(tmp_path: Path) -> None:
    paths = CollectionPaths(tmp_path)
    repo, log = Repository(paths), OperationLog(paths)
    _append(repo, log, 3)
    raw = (paths.history / "000000000001.json").read_bytes()
    assert raw.startswith(b'{"format":"memoryapp-operation","id":1,"label":"Edit 3"')
    assert raw.index(b'"before":') < raw.index(b'"after":')


def _spy_parses(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The sizes of the JSON texts the log parses from now on."""
    sizes: list[int] = []
    real = oplog._parse

    def parse(path: Path, raw: bytes) -> dict[str, Any]:
        sizes.append(len(raw))
        return real(path, raw)

    monkeypatch.setattr(oplog, "_parse", parse)
    return sizes


def test_headers_are_read_without_the_records(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = CollectionPaths(tmp_path)
    repo, log = Repository(paths), OperationLog(paths)
    for n in range(3):
        _append(repo, log, n, notes="x" * 20_000)  # big records, small headers
    parsed = _spy_parses(monkeypatch)
    again = OperationLog(paths)
    headers = again.headers()
    assert [(op.id, op.label, op.by, op.at) for op in headers] == [
        (n + 1, f"Edit {n}", "esther", "2026-12-06T10:00:00Z") for n in range(3)
    ]
    assert all(op.touched == () for op in headers)
    assert parsed
    assert max(parsed) < 1000  # the headers alone
    ops = again.operations()  # the records each wrote, read now
    assert [op.touched for op in ops] == [((Item, f"{n:x}" + "0" * 31),) for n in range(3)]
    assert max(parsed) > 20_000
    assert again.headers() == ops  # and kept


def _sorted_entry(paths: CollectionPaths, op_id: int, title: str, notes: str = "") -> None:
    """An entry as memoryapp wrote them before headers came first: keys sorted."""
    item = Item(id=ItemId(f"{op_id:x}" + "0" * 31), title=title, notes=notes)
    slot = {"type": "items", "id": item.id, "record": to_dict(item)}
    data = {
        "format": "memoryapp-operation", "id": op_id, "label": f"Add {title}",
        "at": f"2025-01-0{op_id}T09:00:00Z", "by": "שרה", "kind": "do", "target": None,
        "trash_on_undo": False, "before": [{**slot, "record": None}], "after": [slot],
    }  # fmt: skip
    raw = orjson.dumps(data, option=orjson.OPT_SORT_KEYS | orjson.OPT_APPEND_NEWLINE)
    paths.history.mkdir(exist_ok=True)
    (paths.history / f"{op_id:012d}.json").write_bytes(raw)


def test_headers_of_entries_with_sorted_keys_are_found_around_the_records(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = CollectionPaths(tmp_path)
    _sorted_entry(paths, 1, "kasbah", notes="x" * 20_000)
    _sorted_entry(paths, 2, 'a "quoted", tricky ],"by": title')
    parsed = _spy_parses(monkeypatch)
    headers = OperationLog(paths).headers()
    assert not parsed  # no JSON parsed whole
    full = OperationLog(paths).operations()
    assert [replace(op, touched=()) for op in full] == headers
    assert [(op.label, op.at, op.by) for op in headers] == [
        ("Add kasbah", "2025-01-01T09:00:00Z", "שרה"),
        ('Add a "quoted", tricky ],"by": title', "2025-01-02T09:00:00Z", "שרה"),
    ]
    assert full[1].touched == ((Item, "2" + "0" * 31),)


def test_an_entry_whose_header_cannot_be_told_apart_is_read_whole(tmp_path: Path) -> None:
    paths = CollectionPaths(tmp_path)
    _sorted_entry(paths, 1, "kasbah")
    path = paths.history / "000000000001.json"
    raw = path.read_bytes()
    inside = b'"record":{"x":[],"at":"2020-01-01T00:00:00Z","before":[],'
    path.write_bytes(raw.replace(b'"record":{', inside, 1))  # the pattern twice: ambiguous
    (op,) = OperationLog(paths).headers()
    assert op.at == "2025-01-01T09:00:00Z"
    assert op.touched  # parsed whole


def test_a_header_first_entry_under_another_number_is_refused(tmp_path: Path) -> None:
    paths = CollectionPaths(tmp_path)
    repo, log = Repository(paths), OperationLog(paths)
    _append(repo, log, 1)
    (paths.history / "000000000001.json").rename(paths.history / "000000000007.json")
    with pytest.raises(CollectionCorruptError, match=r"000000000007\.json"):
        OperationLog(paths).headers()
