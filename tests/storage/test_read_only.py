"""Read-only collections and readers beside a window: they read, they never write."""

import errno
import os
import shutil
from pathlib import Path

import pytest
from filelock import FileLock
from tests.records import put

from memoryapp.core.errors import ReadOnlyCollectionError
from memoryapp.core.people import Person
from memoryapp.library import Library
from memoryapp.library.sample import ensure_sample_copy
from memoryapp.storage.catalogue import Catalogue
from memoryapp.storage.changelog import Compact
from memoryapp.storage.layout import CollectionPaths
from memoryapp.storage.shard import ShardStorage


def _ids(n: int) -> list[str]:
    return [f"{i:x}{'0' * 31}" for i in range(n)]  # one per shard


def _tree(root: Path) -> dict[str, tuple[int, int]]:
    return {
        p.relative_to(root).as_posix(): (p.stat().st_size, p.stat().st_mtime_ns)
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def test_a_reader_shares_a_collection_a_window_has_open(tmp_path: Path) -> None:
    root = ensure_sample_copy(tmp_path / "sample")
    with Library.open(root) as window:
        with Library.open(root, read_only=True) as reader:
            assert [i.id for i in reader.items()] == [i.id for i in window.items()]
            assert reader.read_only
            assert reader.read_only_reason == "opened for reading only"
            person = reader.people()[0]
            with pytest.raises(ReadOnlyCollectionError, match="read-only"):
                reader.apply(reader.command("Edit person", [person]))
        renamed = window.people()[0]
        put(window, Person(id=renamed.id, names=renamed.names, notes="seen by readers"))
        with Library.open(root, read_only=True) as reader:
            assert reader.person(renamed.id).notes == "seen by readers"


def test_a_reader_beside_a_writer_sees_whole_commits_only(tmp_path: Path) -> None:
    paths = CollectionPaths(tmp_path)
    writer = Catalogue(paths)
    ids = _ids(4)
    writer.commit({"items": {i: {"title": "old"} for i in ids}})
    writer.commit({"items": {i: {"title": "new"} for i in ids}})
    whole = paths.changes.read_bytes()
    half = whole.splitlines(keepends=True)[-1][:-20]  # a third commit being appended
    paths.changes.write_bytes(whole + half.replace(b"new", b"3rd"))
    on_disk = _tree(tmp_path)
    reader = Catalogue(paths, read_only="opened for reading only")
    assert [reader.get("items", i) for i in ids] == [{"title": "new"}] * 4
    assert _tree(tmp_path) == on_disk  # the log is left for the writer


def test_a_reader_reads_again_when_a_compaction_lands_while_it_reads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = CollectionPaths(tmp_path)
    writer = Catalogue(paths)
    first, last = _ids(16)[0], _ids(16)[15]
    writer.commit({"items": {first: {"title": "old"}, last: {"title": "old"}}})
    writer.close()
    real_tables = ShardStorage.tables
    commits: list[str] = []

    def commit_midway(self: ShardStorage) -> Compact:
        if self.path.name == "items-8.json" and not commits:  # items-0 read, items-f not yet
            commits.append("landed")
            writer.commit({"items": {first: {"title": "new"}, last: {"title": "new"}}})
            writer.close()
        return real_tables(self)

    monkeypatch.setattr(ShardStorage, "tables", commit_midway)
    reader = Catalogue(paths, read_only="opened for reading only")
    assert commits == ["landed"]
    assert reader.get("items", first) == reader.get("items", last) == {"title": "new"}


def test_a_read_only_collection_with_a_log_is_replayed_in_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = ensure_sample_copy(tmp_path / "sample")
    with monkeypatch.context() as patch:
        patch.setattr(Catalogue, "compact", lambda self: None)  # killed before it folds
        with Library.open(root) as lib:
            person = lib.people()[0]
            put(lib, Person(id=person.id, names=person.names, notes="only in the log"))
    assert CollectionPaths(root).changes.exists()
    before = _tree(root)
    _read_only_media(monkeypatch)
    with Library.open(root) as lib:
        assert lib.read_only
        assert lib.person(person.id).notes == "only in the log"
    assert _tree(root) == before


def _read_only_media(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the folder behave like a write-protected USB stick: EROFS on every write."""

    def refuse(self: FileLock, *args: object, **kwargs: object) -> None:
        raise OSError(errno.EROFS, "Read-only file system", str(self.lock_file))

    monkeypatch.setattr(FileLock, "acquire", refuse)

    def no_write(path: str | os.PathLike[str], mode: int, **kwargs: object) -> bool:
        return not mode & os.W_OK

    monkeypatch.setattr("memoryapp.library.library.os.access", no_write)


@pytest.mark.parametrize("where", ["folder", "lock"])
def test_a_collection_on_read_only_media_opens_read_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    root = ensure_sample_copy(tmp_path / "sample")
    before = _tree(root)
    if where == "folder":
        _read_only_media(monkeypatch)
    else:  # the folder looks writable but the lock file cannot be made (EROFS from the OS)

        def refuse(self: FileLock, *args: object, **kwargs: object) -> None:
            raise OSError(errno.EROFS, "Read-only file system", str(self.lock_file))

        monkeypatch.setattr(FileLock, "acquire", refuse)
    with Library.open(root) as lib:
        assert lib.read_only
        assert "read-only media" in lib.read_only_reason
        assert len(lib.items()) > 0
        assert lib.check().healthy
        with pytest.raises(ReadOnlyCollectionError, match="read-only media"):
            lib.set_title("Renamed")
        with pytest.raises(ReadOnlyCollectionError, match="read-only media"):
            lib.import_paths([tmp_path])
    assert _tree(root) == before


def test_an_old_collection_on_read_only_media_is_refused_clearly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fixture = Path(__file__).resolve().parents[1] / "data" / "collection-v1"
    root = tmp_path / "old"
    shutil.copytree(fixture, root)
    _read_only_media(monkeypatch)
    with pytest.raises(ReadOnlyCollectionError, match="older memoryapp"):
        Library.open(root)
    assert (root / "catalogue.json").exists()


def test_an_old_collection_read_by_a_reader_is_brought_up_to_date_first(tmp_path: Path) -> None:
    fixture = Path(__file__).resolve().parents[1] / "data" / "collection-v1"
    root = tmp_path / "old"
    shutil.copytree(fixture, root)
    with Library.open(root, read_only=True) as reader:
        assert len(reader.items()) == 2
    assert not (root / "catalogue.json").exists()


def test_temp_files_a_crash_left_in_media_are_removed_on_open(tmp_path: Path) -> None:
    root = ensure_sample_copy(tmp_path / "sample")
    media = next(p for p in (root / "media").iterdir() if p.is_dir())
    stale = media / ".ab12.jpg.x1y2.tmp"
    stale.write_bytes(b"half a photo")
    thumb_dir = next(p for p in (root / "thumbs").iterdir() if p.is_dir())
    stale_thumb = thumb_dir / ".cd34-256.jpg.z9.tmp"
    stale_thumb.write_bytes(b"half")
    with Library.open(root, read_only=True) as reader:
        kinds = {p.path: p.kind.value for p in reader.check().problems}
    assert kinds[f"media/{media.name}/{stale.name}"] == "leftover-temp"
    assert stale.exists()  # a reader never removes anything
    with Library.open(root) as lib:
        assert lib.check().problems == ()
    assert not stale.exists()
    assert not stale_thumb.exists()
