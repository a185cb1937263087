"""Catalogue revisions and the repository's change log: what derived data (the search index
snapshot) relies on to know whether it is in step with the catalogue."""

import shutil
from pathlib import Path

import pytest

from memoryapp.core.ids import ItemId, PersonId
from memoryapp.core.items import Item
from memoryapp.core.names import Name
from memoryapp.core.people import Person
from memoryapp.storage import repository as repository_module
from memoryapp.storage.catalogue import Catalogue, tables_in
from memoryapp.storage.layout import CollectionPaths
from memoryapp.storage.repository import Repository


def _item(n: int, title: str = "") -> Item:
    return Item(id=ItemId(f"{n:x}{'0' * 31}"), title=title or f"item {n}")


def test_a_commit_changes_the_revision_of_the_files_it_wrote_only(tmp_path: Path) -> None:
    paths = CollectionPaths(tmp_path)
    catalogue = Catalogue(paths)
    catalogue.save_all()
    before = catalogue.revisions()
    assert set(before) == {
        *(f"items-{i:x}" for i in range(16)),
        "people",
        "places",
        "films",
        "faces",
        "segments",
    }
    catalogue.commit({"items": {"3" + "0" * 31: {"title": "x"}}})
    after = catalogue.revisions()
    assert {name for name in before if before[name] != after[name]} == {"items-3"}


def test_revisions_are_those_of_the_bytes_on_disk(tmp_path: Path) -> None:
    paths = CollectionPaths(tmp_path)
    catalogue = Catalogue(paths)
    catalogue.commit({"items": {f"{i:x}" + "0" * 31: {"title": "x"} for i in range(4)}})
    catalogue.commit({"people": {"p1": {"names": [{"value": "Yakut"}]}}})
    assert Catalogue(paths).revisions() == catalogue.revisions()  # as read on the next open


def test_tables_in_each_catalogue_file() -> None:
    assert tables_in("items-a") == ("items",)
    assert tables_in("people") == ("people",)
    assert set(tables_in("films")) == {"films", "scenes", "links"}


def test_changes_since_a_mark_are_every_record_written_after_it(tmp_path: Path) -> None:
    repo = Repository(CollectionPaths(tmp_path))
    first = repo.changes_since(None)
    assert first.written is None  # no mark: read everything
    repo.put(_item(1), _item(2))
    repo.put(Person(id=PersonId("p1"), names=(Name(value="Yakut"),)))
    feed = repo.changes_since(first.mark)
    assert feed.written == {"items": {_item(1).id, _item(2).id}, "people": {"p1"}}
    assert feed.revisions == repo.changes_since(None).revisions
    repo.delete(Item, _item(2).id)
    later = repo.changes_since(feed.mark)
    assert later.written == {"items": {_item(2).id}}
    assert repo.changes_since(later.mark).written == {}


def test_a_failed_commit_is_not_in_the_log(tmp_path: Path, monkeypatch) -> None:
    repo = Repository(CollectionPaths(tmp_path))
    mark = repo.changes_since(None).mark

    def full(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(repo._catalogue, "commit", full)
    with pytest.raises(OSError, match="No space"):
        repo.put(_item(1))
    assert repo.changes_since(mark).written == {}


def test_a_mark_older_than_the_log_asks_for_everything(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(repository_module, "_LOG_LIMIT", 3)
    repo = Repository(CollectionPaths(tmp_path))
    mark = repo.changes_since(None).mark
    for n in range(3):
        repo.put(_item(n))
    assert repo.changes_since(mark).written == {"items": {_item(n).id for n in range(3)}}
    repo.put(_item(3))
    assert repo.changes_since(mark).written is None  # the first commit was forgotten
    assert repo.changes_since(mark + 1).written == {"items": {_item(n).id for n in (1, 2, 3)}}


def test_each_decodes_every_record_without_keeping_them(tmp_path: Path) -> None:
    paths = CollectionPaths(tmp_path)
    Repository(paths).put_many(_item(n) for n in range(20))
    repo = Repository(paths)
    assert sorted(item.id for item in repo.each(Item)) == sorted(_item(n).id for n in range(20))
    assert repo._cache["items"] == {}


def test_compaction_keeps_the_revisions_and_a_commit_moves_them(tmp_path: Path) -> None:
    paths = CollectionPaths(tmp_path)
    catalogue = Catalogue(paths)
    catalogue.commit({"items": {f"{i:x}" + "0" * 31: {"title": "x"} for i in range(16)}})
    saved = catalogue.revisions()  # what a search snapshot saved before the close records
    catalogue.close()
    assert not paths.changes.exists()
    assert catalogue.revisions() == saved
    again = Catalogue(paths)
    assert again.revisions() == saved
    again.commit({"items": {"5" + "0" * 31: {"title": "y"}}})
    moved = {name for name, token in again.revisions().items() if saved[name] != token}
    assert moved == {"items-5"}
    assert Catalogue(paths).revisions() == again.revisions()  # replayed from the log


def test_a_file_replaced_from_outside_drifts_and_a_copy_does_not(tmp_path: Path) -> None:
    paths = CollectionPaths(tmp_path / "a")
    catalogue = Catalogue(paths)
    catalogue.commit({"items": {f"{i:x}" + "0" * 31: {"title": "x"} for i in range(16)}})
    catalogue.close()
    saved = catalogue.revisions()
    copy = CollectionPaths(tmp_path / "b")
    shutil.copytree(paths.root, copy.root)  # new inodes and times, same bytes
    assert Catalogue(copy).revisions() == saved
    shard = paths.catalogue_file("items-7")
    text = shard.read_text(encoding="utf-8").replace('"x"', '"edited by hand"')
    shard.unlink()
    shard.write_text(text, encoding="utf-8")
    reopened = Catalogue(paths)
    moved = {name for name, token in reopened.revisions().items() if saved[name] != token}
    assert moved == {"items-7"}
    assert reopened.get("items", "7" + "0" * 31) == {"title": "edited by hand"}
    repo = Repository(paths)
    drift = repo.drift(saved)
    assert drift.parts == ("items-7",)
    assert set(drift.item_digests) == {"7" + "0" * 31}


def test_each_takes_the_records_as_they_are_when_called(tmp_path: Path) -> None:
    repo = Repository(CollectionPaths(tmp_path))
    repo.put_many(_item(n) for n in range(4))
    passing = repo.each(Item)
    repo.put(_item(1, "changed later"))
    repo.delete(Item, _item(2).id)
    assert sorted(i.id for i in passing) == [_item(n).id for n in range(4)]  # 2 too
