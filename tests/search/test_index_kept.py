"""Every writer keeps the search index snapshot in step: a collection the app wrote opens
ready (nothing indexed again from the catalogue), with the answers of a fresh build."""

import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from bench.search_bench import build
from tests.records import put, remove
from tests.search.test_snapshot import answers

import memoryapp.library.finder as finder_module
from memoryapp.cli.main import ExitCode, main
from memoryapp.core.items import Item
from memoryapp.library import Library
from memoryapp.library.finder import Finder
from memoryapp.library.sample import ensure_sample_copy
from memoryapp.search import snapshot


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The benchmark's collection, built as an import builds one (batches, then close)."""
    folder = tmp_path_factory.mktemp("kept") / "collection"
    build(folder, 400)
    return folder


@pytest.fixture
def folder(synthetic: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "collection"
    shutil.copytree(synthetic, copy)
    return copy


def opened_ready(folder: Path) -> tuple[Library, Finder]:
    """Open as the app does and check that the snapshot was in step: nothing caught up."""
    library = Library.open(folder)
    finder = Finder(library)
    assert finder.reindexed == ()  # no catalogue part newer than the snapshot and its log
    assert finder.reindexed_items == 0
    return library, finder


def log_of(folder: Path) -> Path:
    return folder / "cache" / "search-index.log"


def test_a_collection_built_in_batches_opens_ready_with_the_answers_of_a_build(folder):
    library, finder = opened_ready(folder)
    with library:
        assert finder.replayed_items == 0  # the close wrote the snapshot whole
        assert len(finder.search("").ids) == 400
        assert answers(finder) == answers(Finder(library, use_snapshot=False))


def test_a_cli_edit_leaves_the_index_in_step(folder, capsys):
    with Library.open(folder) as library:
        first, second = library.items()[:2]
    assert main(["edit", "-c", str(folder), first.id, "--title", "Tighremt of Ait Ouzdi"]) == 0
    assert main(["delete", "-c", str(folder), second.id]) == ExitCode.OK
    capsys.readouterr()
    assert log_of(folder).stat().st_size < 2000  # the IDs written, not the index
    library, finder = opened_ready(folder)
    with library:
        assert finder.replayed_items == 2
        assert finder.search("Tighremt").ids == (first.id,)
        assert answers(finder) == answers(Finder(library, use_snapshot=False))
        assert not finder.save()  # already in step: nothing to write


def test_a_cli_import_leaves_the_index_in_step(tmp_path, make_jpeg, capsys):
    coll = str(tmp_path / "family")
    assert main(["init", "--collection", coll, "--title", "Elbaz"]) == ExitCode.OK
    assert (tmp_path / "family" / "cache" / "search-index").is_file()  # an empty index
    picture = make_jpeg("wedding.jpg")
    assert main(["import", "--collection", coll, "--jobs", "1", str(picture)]) == ExitCode.OK
    capsys.readouterr()
    library, finder = opened_ready(tmp_path / "family")
    with library:
        assert finder.search("wedding").ids == (library.items()[0].id,)
        assert answers(finder) == answers(Finder(library, use_snapshot=False))


def test_writes_of_many_items_write_the_snapshot_whole(folder, monkeypatch):
    monkeypatch.setattr(finder_module, "_LOG_LIMIT", 5)
    with Library.open(folder) as library:
        put(library, *[replace(item, notes="moved house") for item in library.items()[:8]])
    assert not log_of(folder).exists()  # written whole at close: the log started again
    library, finder = opened_ready(folder)
    with library:
        assert finder.replayed_items == 0
        assert len(finder.search('"moved house"').ids) == 8


def test_import_batches_are_logged_and_the_close_writes_the_snapshot_whole(folder, monkeypatch):
    monkeypatch.setattr(finder_module, "_LOG_LIMIT", 5)
    with Library.open(folder) as library:
        items = library.items()
        for n in range(3):  # as Library.import_paths after each batch: never compacted
            put(library, *[replace(item, notes=f"batch {n}") for item in items[4 * n : 4 * n + 4]])
            library.keep_search_index(compact=False)
        assert len(snapshot.log_records(log_of(folder).read_bytes())) == 3
    assert not log_of(folder).exists()


def test_a_torn_log_record_is_ignored_and_the_catalogue_caught_up(folder):
    with Library.open(folder) as library:
        first, second = library.items()[:2]
        put(library, replace(first, title="Tisint"))
    with log_of(folder).open("ab") as log:  # a crash in the middle of the next record
        log.write(snapshot.log_record({"base": "x", "written": {}})[:-3])
    with Library.open(folder) as library:
        library.index_keeper, keeper = None, library.index_keeper  # a writer that keeps nothing
        try:
            remove(library, Item, second.id)
        finally:
            library.index_keeper = keeper
        finder = Finder(library)
        assert finder.replayed_items == 1  # the first record still counts
        assert finder.reindexed  # the delete was found in the catalogue
        assert finder.search("Tisint").ids == (first.id,)
        assert second.id not in finder.search("").ids
        assert answers(finder) == answers(Finder(library, use_snapshot=False))
        assert finder.save()  # written whole: the log is not clean
    assert not log_of(folder).exists()
    opened_ready(folder)[0].close()


def test_the_log_of_another_snapshot_is_not_replayed(folder, tmp_path):
    with Library.open(folder) as library:
        put(library, replace(library.items()[0], title="Tisint"))
    stale = log_of(folder).read_bytes()
    with Library.open(folder) as library:
        Finder(library)._save_whole()  # a new snapshot, already with the edit
    log_of(folder).write_bytes(stale)  # its records name the old snapshot
    library, finder = opened_ready(folder)
    with library:
        assert finder.replayed_items == 0
        assert len(finder.search("Tisint").ids) == 1


def test_a_snapshot_of_the_previous_format_is_refused(folder, monkeypatch):
    monkeypatch.setattr(snapshot, "VERSION", snapshot.VERSION - 1)
    with Library.open(folder) as library:
        Finder(library)._save_whole()
    monkeypatch.undo()
    with Library.open(folder) as library:
        finder = Finder(library)
        assert finder.reindexed is None  # built again
        assert answers(finder) == answers(Finder(library, use_snapshot=False))


def test_the_sample_loaded_answers_as_built(tmp_path):
    copy = ensure_sample_copy(tmp_path / "sample")
    with Library.open(copy) as library:
        assert Finder(library).save()
        loaded = Finder(library)
        assert loaded.reindexed == ()
        assert answers(loaded) == answers(Finder(library, use_snapshot=False))


def test_a_reader_never_keeps_the_index(folder):
    with Library.open(folder, read_only=True) as library:
        library.keep_search_index()
    with Library.open(folder) as library:
        assert library.item_count() == 400


def test_posting_columns_round_trip_odd_keys():
    from array import array

    found = {"a": ~3, "tag\0with a nul": array("i", [1, 2]), "": (1 << 70) | 1, "z": ~0}
    state = snapshot.postings_state(found)
    assert snapshot.postings_of(state) == found
    assert snapshot._split(snapshot._joined([""])) == [""]
    assert snapshot._split(snapshot._joined(["", "b", ""])) == ["", "b", ""]
