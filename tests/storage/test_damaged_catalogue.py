"""A catalogue file damaged outside memoryapp is reported at opening, not in the middle of an edit.

Each case is damage done to one item file (``items-3.json``) of a collection memoryapp
wrote and closed: the writer (``Library.open``), a reader (``read_only=True``) and
``memoryapp check`` all refuse it with one sentence naming the file. Files unchanged since
memoryapp wrote them stay unread until a record in them is needed.
"""

import json
import logging
from collections.abc import Callable
from pathlib import Path

import orjson
import pytest
from tests.records import put

from memoryapp.cli.main import ExitCode, main
from memoryapp.core.errors import CollectionCorruptError
from memoryapp.core.ids import ItemId
from memoryapp.core.items import Item
from memoryapp.library import Library
from memoryapp.library.finder import Finder
from memoryapp.storage import catalogue as catalogue_module
from memoryapp.storage.catalogue import Catalogue
from memoryapp.storage.layout import CollectionPaths

VICTIM = ItemId("3" + "a" * 31)  # an item of items-3.json


def _collection(root: Path) -> Path:
    """A collection memoryapp wrote and closed: two items in each of the 16 item files."""
    with Library.create(root, title="Tinghir") as lib:
        items = [
            Item(id=ItemId(f"{s:x}{n:031x}"), title=f"photo {s}-{n}")
            for s in range(16)
            for n in range(2)
        ]
        put(lib, *items, Item(id=VICTIM, title="Henna night"))
    return root


def _file(root: Path) -> Path:
    return root / "catalogue" / "items-3.json"


def _truncate(root: Path) -> None:
    raw = _file(root).read_bytes()
    _file(root).write_bytes(raw[: len(raw) // 2])


def _break_json(root: Path) -> None:  # a byte gone bad: the ':' after an ID
    raw = _file(root).read_bytes()
    at = raw.index(VICTIM.encode()) + len(VICTIM) + 1
    _file(root).write_bytes(raw[:at] + b"#" + raw[at + 1 :])


def _bad_record(root: Path) -> None:  # valid JSON, but not an item this memoryapp reads
    data = json.loads(_file(root).read_bytes())
    data["items"][VICTIM]["kind"] = "spaceship"
    _file(root).write_text(json.dumps(data, indent=1), encoding="utf-8")


def _delete(root: Path) -> None:
    _file(root).unlink()


DAMAGE: dict[str, tuple[Callable[[Path], None], str]] = {
    "truncated": (_truncate, "not valid JSON"),
    "invalid JSON": (_break_json, "not valid JSON"),
    "a record that does not decode": (_bad_record, f"the item {VICTIM} cannot be read"),
    "deleted": (_delete, "the file is missing"),
}


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _collection(tmp_path_factory.mktemp("written") / "c")


def _copy(source: Path, target: Path) -> Path:
    import shutil

    shutil.copytree(source, target, copy_function=shutil.copy2)
    return target


@pytest.mark.parametrize("tokens", [True, False], ids=["written by memoryapp", "without tokens"])
@pytest.mark.parametrize("case", DAMAGE)
def test_damage_refuses_the_writer_and_readers_at_opening(
    written: Path, tmp_path: Path, case: str, tokens: bool, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _copy(written, tmp_path / "c")
    if not tokens:  # a collection copied without them: no file is known
        CollectionPaths(root).revisions.unlink()
    damage, reason = DAMAGE[case]
    damage(root)
    if case == "deleted" and not tokens:  # nothing says the file was there: its items are gone
        with Library.open(root, read_only=True) as lib:
            assert len(lib.items()) == 33 - 3
        return
    for read_only in (False, True):
        with pytest.raises(CollectionCorruptError, match=reason) as refused:
            Library.open(root, read_only=read_only)
        assert refused.value.path == _file(root)
        assert "\n" not in str(refused.value)
    assert main(["check", "-c", str(root)]) == ExitCode.LOCKED  # what a damaged file gave
    err = capsys.readouterr().err
    assert err.startswith(f"memoryapp: {_file(root)}: ")
    assert reason in err
    assert err.count("\n") == 1
    # the refused writer let the collection go, and wrote nothing
    assert not CollectionPaths(root).changes.exists()


def test_an_older_copy_of_a_file_opens_with_its_records_and_the_index_follows(
    written: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    root = _copy(written, tmp_path / "c")
    older = _file(root).read_bytes()
    with Library.open(root) as lib:
        put(lib, Item(id=VICTIM, title="Mimouna"))
        assert Finder(lib).search("Mimouna").ids == (VICTIM,)
    _file(root).write_bytes(older)  # a sync tool puts back the copy it had
    with caplog.at_level(logging.WARNING), Library.open(root) as lib:
        assert lib.item(VICTIM).title == "Henna night"  # valid: it is what the file says
        finder = Finder(lib)
        assert finder.search("Mimouna").ids == ()
        assert finder.search("Henna").ids == (VICTIM,)
    assert any("items-3.json changed since memoryapp wrote it" in r.message for r in caplog.records)
    assert main(["check", "-c", str(root)]) == ExitCode.OK


def test_files_unchanged_since_memoryapp_wrote_them_stay_unread(
    written: Path, tmp_path: Path
) -> None:
    root = _copy(written, tmp_path / "c")
    paths = CollectionPaths(root)
    Catalogue(paths).close()  # a copy: each file read once, known by its bytes, stat recorded
    assert not any(s.loaded for s in Catalogue(paths)._shards.values())
    _bad_record(root)
    with pytest.raises(CollectionCorruptError):
        Library.open(root)
    _file(root).write_text(
        json.dumps(json.loads(_file(root).read_bytes())).replace("spaceship", "photo")
    )  # mended by hand
    with Library.open(root) as lib:
        catalogue = lib._repo._catalogue
        assert [n for n, s in catalogue._shards.items() if s.loaded] == ["items-3"]  # checked
        put(lib, Item(id=VICTIM, title="Henna night, mended"))
    # compaction wrote it again in memoryapp's form: known from now on
    assert not any(s.loaded for s in Catalogue(paths)._shards.values())


def test_a_collection_without_tokens_is_checked_then_recorded_by_a_writer(
    written: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An older collection (no tokens) is read and checked at opening. A small one is left as
    it is until a commit (checking it again costs nothing); a large one is written in
    memoryapp's form with its tokens when a writer closes, edit or not."""
    root = _copy(written, tmp_path / "c")
    paths = CollectionPaths(root)
    paths.revisions.unlink()
    for read_only in (True, False):  # small: neither the reader nor the writer writes
        with Library.open(root, read_only=read_only) as lib:
            assert all(s.loaded for s in lib._repo._catalogue._shards.values())
            before = {i.id: i for i in lib.items()}
    assert not paths.revisions.exists()
    monkeypatch.setattr(catalogue_module, "RECHECK_FREE_BYTES", 0)  # as if it were large
    with Library.open(root) as lib:  # a writer that only looks
        assert all(s.loaded for s in lib._repo._catalogue._shards.values())
    assert paths.revisions.exists()
    with Library.open(root) as lib:  # known from now on: nothing read at opening
        assert [n for n, s in lib._repo._catalogue._shards.items() if s.loaded] == []
        put(lib, Item(id=VICTIM, title="Henna night, 1957"))
    with Library.open(root) as lib:
        assert [n for n, s in lib._repo._catalogue._shards.items() if s.loaded] == []
        after = {i.id: i for i in lib.items()}
    assert after.pop(VICTIM).title == "Henna night, 1957"
    del before[VICTIM]
    assert after == before


def test_check_finds_bytes_changed_under_an_unchanged_stat(
    written: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _copy(written, tmp_path / "c")
    paths = CollectionPaths(root)
    raw = _file(root).read_bytes()
    _file(root).write_bytes(raw.replace(b"Henna night", b"Henna nighT"))  # a failing disk
    tokens = orjson.loads(paths.revisions.read_bytes())
    st = _file(root).stat()  # the disk does not change the stat: the test says so to memoryapp
    tokens["files"]["items-3"]["stat"] = [st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns]
    paths.revisions.write_bytes(orjson.dumps(tokens))
    with Library.open(root) as lib:  # opens lazily: nothing looks changed
        assert lib.item(VICTIM).title == "Henna nighT"
    assert main(["check", "-c", str(root)]) == ExitCode.LOCKED
    err = capsys.readouterr().err
    assert f"{_file(root)}: its bytes are not those memoryapp wrote" in err


def test_a_name_that_is_not_utf8_under_an_unchanged_stat_is_damage_not_a_crash(
    written: Path, tmp_path: Path
) -> None:
    """A byte gone bad in a record's ID, in a file still trusted by its stat, is named."""
    root = _copy(written, tmp_path / "c")
    paths = CollectionPaths(root)
    raw = _file(root).read_bytes()
    _file(root).write_bytes(raw.replace(VICTIM.encode(), b"3\xff" + b"a" * 30))
    tokens = orjson.loads(paths.revisions.read_bytes())
    st = _file(root).stat()
    tokens["files"]["items-3"]["stat"] = [st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns]
    paths.revisions.write_bytes(orjson.dumps(tokens))
    for read_only in (False, True):  # a reader reads every file at opening, a writer lazily
        with pytest.raises(CollectionCorruptError) as bad:
            _read_all(root, read_only)
        assert bad.value.path == _file(root)


def _read_all(root: Path, read_only: bool) -> None:
    with Library.open(root, read_only=read_only) as lib:
        lib.items()
