"""The catalogue's change log: each commit one append, folded into the files by compaction,
replayed after a crash, cut back when torn."""

import contextlib
import errno
import json
from pathlib import Path

import pytest
from tinydb import TinyDB
from tinydb.storages import JSONStorage

from memoryapp.core.errors import CollectionCorruptError, CollectionWriteError
from memoryapp.storage import atomic
from memoryapp.storage import catalogue as catalogue_module
from memoryapp.storage.catalogue import Catalogue
from memoryapp.storage.layout import CollectionPaths
from memoryapp.storage.shard import ShardStorage


def _ids(n: int) -> list[str]:
    return [f"{i:x}{'0' * 31}" for i in range(n)]  # one per shard


def _stamps(paths: CollectionPaths) -> dict[str, tuple[int, int]]:
    return {p.name: (p.stat().st_ino, p.stat().st_mtime_ns) for p in paths.catalogue.glob("*.json")}


def _lines(paths: CollectionPaths) -> list[bytes]:
    return paths.changes.read_bytes().splitlines()


def test_a_commit_appends_to_the_log_and_leaves_the_files_alone(tmp_path: Path) -> None:
    paths = CollectionPaths(tmp_path)
    cat = Catalogue(paths)
    cat.save_all()
    before = _stamps(paths)
    ids = _ids(16)
    cat.commit({"items": {i: {"title": "one"} for i in ids}})
    cat.commit({"items": {ids[3]: {"title": "changed"}}}, {"items": {ids[4]}})
    assert _stamps(paths) == before
    lines = _lines(paths)
    assert len(lines) == 3  # the header, then one line per commit
    assert json.loads(lines[2][17:])["upserts"] == {"items": {ids[3]: {"title": "changed"}}}
    again = Catalogue(paths)
    assert again.get("items", ids[3]) == {"title": "changed"}
    assert again.get("items", ids[4]) is None
    assert again.count("items") == 15


def test_close_folds_the_log_into_the_files_it_changed(tmp_path: Path) -> None:
    paths = CollectionPaths(tmp_path)
    cat = Catalogue(paths)
    cat.save_all()
    before = _stamps(paths)
    item = _ids(16)[3]
    cat.commit({"items": {item: {"title": "Tinghir"}}, "people": {"p1": {"notes": "x"}}})
    cat.close()
    assert not paths.changes.exists()
    changed = {name for name, stamp in _stamps(paths).items() if before[name] != stamp}
    assert changed == {"items-3.json", "people.json"}
    with TinyDB(paths.catalogue_file("items-3"), storage=JSONStorage, access_mode="r") as db:
        assert db.table("items").get(doc_id=item) == {"title": "Tinghir"}  # type: ignore[call-overload]
    assert Catalogue(paths).get("items", item) == {"title": "Tinghir"}


def test_tinydb_reads_records_through_the_storage(tmp_path: Path) -> None:
    paths = CollectionPaths(tmp_path)
    cat = Catalogue(paths)
    cat.commit({"places": {"t": {"names": [{"value": "Tinghir"}]}, "g": {"kind": "town"}}})
    storage = ShardStorage(paths.catalogue_file("places"), trusted=False)
    cat.close()
    db = catalogue_module._StrIdDB(storage=lambda: storage)  # TinyDB, keyed by our IDs
    assert db.table("places").get(doc_id="t") == {"names": [{"value": "Tinghir"}]}  # type: ignore[call-overload]
    assert sorted(doc["kind"] for doc in db.table("places").all() if "kind" in doc) == ["town"]


def test_the_log_is_folded_once_it_passes_its_limit(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(catalogue_module, "COMPACT_BYTES", 2000)
    paths = CollectionPaths(tmp_path)
    cat = Catalogue(paths)
    sizes = []
    for n in range(40):
        cat.commit({"people": {f"p{n}": {"notes": "x" * 100}}})
        sizes.append(paths.changes.stat().st_size if paths.changes.exists() else 0)
    assert 0 in sizes
    assert max(sizes) <= 2000 + 400
    assert Catalogue(paths).count("people") == 40


def test_a_torn_last_line_is_dropped(tmp_path: Path) -> None:
    paths = CollectionPaths(tmp_path)
    cat = Catalogue(paths)
    cat.commit({"people": {"p1": {"notes": "kept"}}})
    whole = paths.changes.read_bytes()
    for torn in (b'0123456789abcdef {"upserts":{"people":{"p1":', b"0" * 16 + b" {}\n"):
        paths.changes.write_bytes(whole + torn)
        reader = Catalogue(paths, read_only="reading")  # ignores it, writes nothing
        assert reader.get("people", "p1") == {"notes": "kept"}
        assert paths.changes.read_bytes() == whole + torn
        writer = Catalogue(paths)  # cuts it off
        assert writer.get("people", "p1") == {"notes": "kept"}
        assert paths.changes.read_bytes() == whole
    writer.commit({"people": {"p2": {"notes": "after"}}})
    assert Catalogue(paths).get("people", "p2") == {"notes": "after"}


def test_a_damaged_line_before_good_ones_is_named(tmp_path: Path) -> None:
    paths = CollectionPaths(tmp_path)
    cat = Catalogue(paths)
    for n in range(3):
        cat.commit({"people": {f"p{n}": {"notes": "x"}}})
    lines = paths.changes.read_bytes().split(b"\n")
    lines[2] = lines[2].replace(b'"x"', b'"y"')
    paths.changes.write_bytes(b"\n".join(lines))
    with pytest.raises(CollectionCorruptError, match=r"changes\.log.*line 3 is damaged"):
        Catalogue(paths)


@pytest.mark.parametrize("new_log", [False, True])
def test_a_full_disk_during_the_append_commits_nothing(
    tmp_path: Path, monkeypatch, new_log: bool
) -> None:
    paths = CollectionPaths(tmp_path)
    cat = Catalogue(paths)
    cat.commit({"people": {"p1": {"notes": "before"}}})
    if new_log:
        cat.close()
    on_disk = paths.changes.read_bytes() if paths.changes.exists() else None
    real_write = atomic.os.write

    def half_then_full(fd: int, data: bytes) -> int:
        real_write(fd, bytes(data[:10]))  # part of the line reaches the file
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "write", half_then_full)
    with pytest.raises(CollectionWriteError, match="disk is full") as caught:
        cat.commit({"people": {"p1": {"notes": "after"}, "p2": {"notes": "new"}}})
    assert caught.value.errno == errno.ENOSPC
    assert cat.get("people", "p1") == {"notes": "before"}
    assert cat.get("people", "p2") is None
    assert (paths.changes.read_bytes() if paths.changes.exists() else None) == on_disk
    monkeypatch.undo()
    cat.commit({"people": {"p3": {"notes": "later"}}})
    again = Catalogue(paths)
    assert [again.get("people", p) for p in ("p1", "p2", "p3")] == [
        {"notes": "before"},
        None,
        {"notes": "later"},
    ]


def test_attached_files_are_written_again_from_the_log(tmp_path: Path, monkeypatch) -> None:
    paths = CollectionPaths(tmp_path)
    cat = Catalogue(paths)
    entry = b'{"format": "memoryapp-operation", "id": 1}\n'
    rel = "history/000000000001.json"

    def full(path: Path, data: bytes, durable: bool = True) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(catalogue_module, "atomic_write_bytes", full)
    cat.commit({"people": {"p1": {"names": []}}}, files={rel: entry})  # committed all the same
    assert not paths.resolve(rel).exists()
    monkeypatch.undo()
    assert Catalogue(paths).get("people", "p1") == {"names": []}  # opening writes it again
    assert paths.resolve(rel).read_bytes() == entry
    paths.resolve(rel).unlink()
    cat.settle()  # or the next commit does
    assert paths.resolve(rel).read_bytes() == entry


class PowerCut(BaseException):
    """The machine stops here (nothing after it runs, not even except-clauses' writes)."""


_STEPS = ("append_durable", "atomic_write_bytes", "make_durable", "write_revisions", "remove_file")


def _cut_at(monkeypatch: pytest.MonkeyPatch, step: int) -> list[str]:
    """Count every write the catalogue makes; the ``step``-th never happens."""
    seen: list[str] = []
    for name in _STEPS:
        real = getattr(catalogue_module, name)

        def counted(*args: object, _real=real, _name=name, **kwargs: object) -> object:
            seen.append(_name)
            if len(seen) == step:
                raise PowerCut(_name)
            return _real(*args, **kwargs)

        monkeypatch.setattr(catalogue_module, name, counted)
    return seen


def _session(paths: CollectionPaths, acked: list[int]) -> None:
    """Three commits over several files, each with a history entry, then close."""
    cat = Catalogue(paths)
    for n in range(1, 4):
        cat.commit(
            {"items": {i: {"title": f"round {n}"} for i in _ids(16)[: 4 * n]}},
            {"people": {f"p{n - 1}"}},
            files={f"history/{n:012d}.json": f'{{"id": {n}}}\n'.encode()},
        )
        cat.commit({"people": {f"p{n}": {"notes": f"round {n}"}}})
        acked.append(n)
    cat.close()


def test_a_kill_at_any_step_opens_to_the_last_acknowledged_commit(
    tmp_path: Path, monkeypatch
) -> None:
    step = 0
    while True:
        step += 1
        paths = CollectionPaths(tmp_path / f"cut{step}")
        base = Catalogue(paths)
        base.commit({"people": {"p0": {"notes": "start"}}})
        base.close()
        acked: list[int] = []
        with monkeypatch.context() as patch:
            seen = _cut_at(patch, step)
            with contextlib.suppress(PowerCut):
                _session(paths, acked)
        done = acked[-1] if acked else 0
        cat = Catalogue(paths)
        rounds = {rec["title"] for _, rec in cat.scan("items")}
        last = max((int(t.split()[1]) for t in rounds), default=0)
        assert last in (done, done + 1)  # the commit in flight: all of it or none
        assert cat.count("items") == 4 * last
        assert rounds == ({f"round {last}"} if last else set())
        for n in range(1, last + 1):
            assert (
                paths.resolve(f"history/{n:012d}.json").read_bytes() == f'{{"id": {n}}}\n'.encode()
            )
            assert cat.get("people", f"p{n - 1}") is None
        cat.close()
        assert not paths.changes.exists()
        if len(seen) < step:  # the session ran to its end without reaching the cut
            break
    assert step > 10


def test_an_old_collection_with_a_journal_opens(tmp_path: Path) -> None:
    """A commit an older memoryapp journaled (several files, a history entry) is finished."""
    paths = CollectionPaths(tmp_path)
    paths.catalogue.mkdir()
    item = _ids(2)[1]
    old = {"items": {item: {"title": "old"}}}
    paths.catalogue_file("items-1").write_text(json.dumps(old, indent=2))
    journal = {
        "format": "memoryapp-journal",
        "upserts": {"items": {item: {"title": "new"}}, "people": {"p1": {"notes": "x"}}},
        "deletes": {},
        "files": {"history/000000000001.json": '{"id": 1}\n'},
    }
    before = Catalogue(paths, read_only="reading").revisions()
    paths.journal.write_text(json.dumps(journal))
    reader = Catalogue(paths, read_only="reading")  # lays it over, writes nothing
    assert reader.get("items", item) == {"title": "new"}
    changed = {name for name, token in reader.revisions().items() if before[name] != token}
    assert changed == {"items-1", "people"}
    assert paths.journal.exists()
    cat = Catalogue(paths)
    assert not paths.journal.exists()
    assert cat.get("items", item) == {"title": "new"}
    assert cat.get("people", "p1") == {"notes": "x"}
    assert (paths.history / "000000000001.json").read_text() == '{"id": 1}\n'
    cat.close()
    assert Catalogue(paths).get("items", item) == {"title": "new"}


def test_a_writer_reads_a_file_only_when_a_record_in_it_is_needed(tmp_path: Path) -> None:
    paths = CollectionPaths(tmp_path)
    cat = Catalogue(paths)
    cat.commit({"items": {i: {"title": "x"} for i in _ids(16)}})
    cat.close()
    again = Catalogue(paths)
    again.revisions()
    assert not any(storage.loaded for storage in again._shards.values())
    again.get("items", _ids(16)[5])
    assert [n for n, s in again._shards.items() if s.loaded] == ["items-5"]


def test_files_an_older_memoryapp_wrote_are_kept_in_the_line_form_with_their_tokens(
    tmp_path: Path,
) -> None:
    paths = CollectionPaths(tmp_path)
    paths.catalogue.mkdir()
    one, two = _ids(3)[1], _ids(3)[2]
    for rid in (one, two):  # indented, as memoryapp wrote before the change log
        data = {"items": {rid: {"title": "old", "tags": ["a"]}}}
        paths.catalogue_file(f"items-{rid[0]}").write_text(json.dumps(data, indent=2))
    cat = Catalogue(paths)
    before = cat.revisions()
    assert cat.get("items", two) == {"title": "old", "tags": ["a"]}  # read in full
    cat.commit({"items": {one: {"title": "new"}}})
    cat.close()
    for rid in (one, two):
        assert paths.catalogue_file(f"items-{rid[0]}").read_bytes().startswith(b'{\n"items":{\n')
    after = Catalogue(paths)
    assert after.revisions() == cat.revisions()
    assert {n for n, token in after.revisions().items() if before[n] != token} == {"items-1"}
    assert after._shards["items-2"].trusted
    assert after.get("items", two) == {"tags": ["a"], "title": "old"}


def test_another_collection_is_read_with_its_log(tmp_path: Path) -> None:
    paths = CollectionPaths(tmp_path)
    cat = Catalogue(paths)
    cat.save_all()
    cat.commit({"people": {"p1": {"notes": "logged only"}}})  # its window still open
    assert catalogue_module.read_records(paths, ["people"]) == {
        "people": {"p1": {"notes": "logged only"}}
    }
