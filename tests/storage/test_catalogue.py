import errno
import json
from pathlib import Path

import pytest

from memoryapp.core.errors import CollectionCorruptError, CollectionWriteError
from memoryapp.storage import catalogue as catalogue_module
from memoryapp.storage.catalogue import Catalogue
from memoryapp.storage.layout import CollectionPaths


def _ids(n: int) -> list[str]:
    return [f"{i:x}{'0' * 31}" for i in range(n)]  # one per shard


def test_commit_round_trips_through_disk(tmp_path: Path) -> None:
    paths = CollectionPaths(tmp_path)
    cat = Catalogue(paths)
    cat.commit({"people": {"p1": {"names": [{"value": "Yakut"}]}}})
    again = Catalogue(paths)
    assert again.get("people", "p1") == {"names": [{"value": "Yakut"}]}


def test_one_edit_rewrites_one_shard(tmp_path: Path) -> None:
    paths = CollectionPaths(tmp_path)
    cat = Catalogue(paths)
    cat.commit({"items": {i: {"title": i} for i in _ids(16)}})
    stamps = {p.name: p.stat().st_mtime_ns for p in paths.catalogue.glob("items-*.json")}
    cat.commit({"items": {_ids(16)[3]: {"title": "changed"}}})
    changed = [
        p.name
        for p in paths.catalogue.glob("items-*.json")
        if p.stat().st_mtime_ns != stamps[p.name]
    ]
    assert changed == ["items-3.json"]
    assert not paths.journal.exists()


def test_interrupted_multi_file_commit_is_finished_on_open(tmp_path: Path, monkeypatch) -> None:
    paths = CollectionPaths(tmp_path)
    cat = Catalogue(paths)
    ids = _ids(4)
    writes = []
    real_save = catalogue_module._HeldStorage.save

    def crash_after_first(self) -> None:
        if writes:
            raise KeyboardInterrupt("power cut")
        writes.append(self.path)
        real_save(self)

    monkeypatch.setattr(catalogue_module._HeldStorage, "save", crash_after_first)
    with pytest.raises(KeyboardInterrupt):
        cat.commit({"items": {i: {"title": "new"} for i in ids}})
    assert paths.journal.exists()
    monkeypatch.setattr(catalogue_module._HeldStorage, "save", real_save)
    reopened = Catalogue(paths)
    assert all(reopened.get("items", i) == {"title": "new"} for i in ids)
    assert not paths.journal.exists()


def test_files_of_a_commit_go_under_its_journal(tmp_path: Path, monkeypatch) -> None:
    """A one-shard edit with a history entry: killed after the journal, both are finished."""
    paths = CollectionPaths(tmp_path)
    cat = Catalogue(paths)
    real_save = catalogue_module._HeldStorage.save

    def crash(self) -> None:
        raise KeyboardInterrupt("power cut")

    monkeypatch.setattr(catalogue_module._HeldStorage, "save", crash)
    entry = b'{"format": "memoryapp-operation", "id": 1}\n'
    with pytest.raises(KeyboardInterrupt):
        cat.commit({"people": {"p1": {"names": []}}}, files={"history/000000000001.json": entry})
    assert paths.journal.exists()
    assert not (paths.history / "000000000001.json").exists()
    monkeypatch.setattr(catalogue_module._HeldStorage, "save", real_save)
    reopened = Catalogue(paths)
    assert reopened.get("people", "p1") == {"names": []}
    assert (paths.history / "000000000001.json").read_bytes() == entry
    assert not paths.journal.exists()


def test_journal_naming_a_file_outside_the_collection_is_refused(tmp_path: Path) -> None:
    paths = CollectionPaths(tmp_path / "c")
    paths.catalogue.mkdir(parents=True)
    journal = {"format": "memoryapp-journal", "upserts": {}, "deletes": {}}
    paths.journal.write_text(json.dumps({**journal, "files": {"../evil.txt": "x"}}))
    with pytest.raises(CollectionCorruptError, match="outside"):
        Catalogue(paths)
    assert not (tmp_path / "evil.txt").exists()


def test_failed_commit_rolls_memory_back(tmp_path: Path, monkeypatch) -> None:
    paths = CollectionPaths(tmp_path)
    cat = Catalogue(paths)
    cat.commit({"people": {"p1": {"notes": "before"}}})

    def full(path: Path, data: bytes) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(catalogue_module, "atomic_write_bytes", full)
    with pytest.raises(CollectionWriteError, match="disk is full") as caught:
        cat.commit({"people": {"p1": {"notes": "after"}, "p2": {"notes": "new"}}})
    assert caught.value.errno == errno.ENOSPC
    assert str(tmp_path) in str(caught.value)
    assert cat.get("people", "p1") == {"notes": "before"}
    assert cat.get("people", "p2") is None


def test_catalogue_json_is_readable_utf8(tmp_path: Path) -> None:
    paths = CollectionPaths(tmp_path)
    Catalogue(paths).commit({"places": {"t": {"names": [{"value": "ⵜⵉⵏⵖⵉⵔ"}]}}})
    text = paths.catalogue_file("places").read_text(encoding="utf-8")
    assert "ⵜⵉⵏⵖⵉⵔ" in text
    assert json.loads(text)["places"]["t"]["names"][0]["value"] == "ⵜⵉⵏⵖⵉⵔ"


def test_corrupt_catalogue_file_is_named(tmp_path: Path) -> None:
    paths = CollectionPaths(tmp_path)
    paths.catalogue.mkdir()
    paths.catalogue_file("people").write_text("{not json", encoding="utf-8")
    with pytest.raises(Exception, match=r"people\.json"):
        Catalogue(paths)


def test_temp_files_of_an_interrupted_write_are_removed_on_open(tmp_path: Path) -> None:
    paths = CollectionPaths(tmp_path)
    Catalogue(paths).commit({"people": {"p1": {"notes": "kept"}}})
    stale = paths.catalogue / ".journal.json.abc123.tmp"
    stale.write_bytes(b'{"half": ')
    paths.cache.mkdir()
    half_index = paths.cache / ".search-index.def456.tmp"  # a snapshot write killed midway
    half_index.write_bytes(b"MAPPIDX\n")
    reopened = Catalogue(paths)
    assert not stale.exists()
    assert not half_index.exists()
    assert reopened.get("people", "p1") == {"notes": "kept"}
