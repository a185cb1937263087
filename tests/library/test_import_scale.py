"""A long import costs the same per file at its end as at its start (``bench/import_scale.py``
measures it): what an import does after each batch reads what the batch wrote, not what the
whole import wrote, and the parent keeps no more than it needs. Behaviour, never timings."""

import gc
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from tests.records import put
from tests.search.test_snapshot import answers

from memoryapp.core.items import Item
from memoryapp.core.progress import ProgressInfo
from memoryapp.library import ImportOptions, Library, import_job
from memoryapp.library.finder import Finder
from memoryapp.search import snapshot


@pytest.fixture
def pictures(make_jpeg) -> list[Path]:
    return [make_jpeg(f"p{n:02d}.jpg", size=(64, 48)) for n in range(14)]


def test_each_batch_reads_only_the_index_log_records_appended_since(
    tmp_path, pictures, monkeypatch
):
    monkeypatch.setattr(import_job, "BATCH_FILES", 2)
    read: list[int] = []
    real = snapshot.log_records_to

    def counted(data: bytes) -> tuple[list[dict[str, object]], int]:
        read.append(len(data))
        return real(data)

    monkeypatch.setattr(snapshot, "log_records_to", counted)
    folder = tmp_path / "collection"
    with Library.create(folder) as library:
        read.clear()
        library.import_paths(pictures, options=ImportOptions(jobs=1))
        log = folder / "cache" / "search-index.log"
        records, size = real(log.read_bytes())
    assert len(records) >= 7  # one per batch (of two, or fewer when one takes 2 s)
    assert len(read) >= len(records)
    assert sum(read) == size  # each byte of the log read once, not once per batch after it
    with Library.open(folder) as library:
        finder = Finder(library)
        assert finder.reindexed == ()  # the snapshot was in step: nothing caught up
        assert len(finder.search("").ids) == 14
        assert answers(finder) == answers(Finder(library, use_snapshot=False))


def test_a_snapshot_written_whole_between_batches_is_followed_from_its_start(
    tmp_path, pictures, monkeypatch
):
    monkeypatch.setattr(import_job, "BATCH_FILES", 2)
    folder = tmp_path / "collection"
    log = folder / "cache" / "search-index.log"
    with Library.create(folder) as library:
        library.import_paths(pictures[:6], options=ImportOptions(jobs=1))
        Finder(library)._save_whole()  # as a reader beside the window may: a new snapshot
        assert not log.exists()
        library.import_paths(pictures[6:], options=ImportOptions(jobs=1))
        assert len(snapshot.log_records(log.read_bytes())) >= 4  # logged against the new one
    with Library.open(folder) as library:
        finder = Finder(library)
        assert finder.reindexed == ()
        assert len(finder.search("").ids) == 14
        assert answers(finder) == answers(Finder(library, use_snapshot=False))


def test_the_parent_holds_no_item_an_import_wrote_or_found(tmp_path, pictures, monkeypatch):
    """The items are decoded again when read: neither those in the collection before nor
    those the import wrote stay decoded (about 2 kB each), only those of the batch to come."""
    monkeypatch.setattr(import_job, "BATCH_FILES", 3)
    folder = tmp_path / "collection"
    with Library.create(folder) as library:
        library.import_paths(pictures[:5], options=ImportOptions(jobs=1))
    alive: list[int] = []

    def count_items(info: ProgressInfo) -> None:
        alive.append(sum(isinstance(o, Item) for o in gc.get_objects()))

    with Library.open(folder) as library:
        report = library.import_paths(
            pictures[3:], options=ImportOptions(jobs=1), progress=count_items
        )
        assert max(alive) <= 3 + 1  # a batch, and the item just made
        assert [r.status for r in report.results[:2]] == ["duplicate", "duplicate"]
        assert library._repo._cache["items"] == {}  # white box: what the parent keeps
        assert library.item_count() == 14
        (item,) = [i for i in library.items() if i.id == report.results[2].item_id]
        assert item.files[0].original_name == "p05.jpg"


def test_a_back_joins_its_front_as_it_is_now(tmp_path, make_jpeg, monkeypatch):
    """A front changed after its batch (as the window may while an import runs) keeps the
    change when its back, met in a later batch, joins it."""
    monkeypatch.setattr(import_job, "BATCH_FILES", 1)
    front = make_jpeg("photo.jpg")
    make_jpeg("photo_b.jpg")
    with Library.create(tmp_path / "collection") as library:

        def edit_the_front(info: ProgressInfo) -> None:
            if info.done == 1 and not any(i.title for i in library.items()):
                (item,) = library.items()
                put(library, replace(item, title="Wedding in Tinghir"))

        report = library.import_paths(
            [front.parent], options=ImportOptions(jobs=1), progress=edit_the_front
        )
        assert "back of" in report.results[1].detail
        (item,) = library.items()
        assert item.has_back
        assert item.title == "Wedding in Tinghir"
        assert library.item(item.id) == item


def test_a_copy_met_after_its_front_took_a_back_keeps_the_back(tmp_path, make_jpeg, monkeypatch):
    """The import folds a byte-identical copy into the item as it is now, not as first made."""
    monkeypatch.setattr(import_job, "BATCH_FILES", 1)
    front = make_jpeg("photo.jpg")
    make_jpeg("photo_b.jpg")
    shutil.copyfile(front, front.with_name("zcopy.jpg"))
    with Library.create(tmp_path / "collection") as library:
        report = library.import_paths([front.parent], options=ImportOptions(jobs=1))
        assert [r.status for r in report.results] == ["imported", "imported", "duplicate"]
        (item,) = library.items()
        assert item.has_back
        assert [f.original_name for f in item.files] == ["photo.jpg", "photo_b.jpg"]
        assert item.files[0].also_imported_from
