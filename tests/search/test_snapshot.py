"""The search index snapshot: a loaded index answers exactly as a built one, and a snapshot
that is out of step, damaged, foreign or unwritable never gives a wrong answer."""

import errno
import logging
from dataclasses import replace
from pathlib import Path

import pytest
from bench.search_bench import FILTER_QUERIES, TEXT_QUERIES, build
from tests.records import put, remove

import memoryapp.library.finder as finder_module
from memoryapp.core.films import Film
from memoryapp.core.ids import FilmId, ItemId
from memoryapp.core.items import Item
from memoryapp.core.names import Name
from memoryapp.library import Library
from memoryapp.library.finder import Finder
from memoryapp.search import snapshot

QUERIES = [*FILTER_QUERIES, *TEXT_QUERIES, "film:Letters", "scene:3", "tag:Music date:1950.."]


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """400 items in four scripts with uncertain dates, tags, places, films (the benchmark's)."""
    folder = tmp_path_factory.mktemp("synthetic") / "collection"
    build(folder, 400)
    return folder


@pytest.fixture
def library(synthetic: Path, tmp_path: Path):
    import shutil

    folder = tmp_path / "collection"
    shutil.copytree(synthetic, folder, ignore=shutil.ignore_patterns("cache"))  # no snapshot
    with Library.open(folder) as library:
        yield library


def answers(finder: Finder) -> list[object]:
    out: list[object] = []
    for query in QUERIES:
        result = finder.search(query)
        out.append((query, result.ids, result.runs, finder.facets(result)))
    out.append([finder.complete(p, "person") for p in ("Mir", "מר", "Ya")])
    out.append([finder.complete(p, "place") for p in ("tin", "ⵜⵉ", "Mar")])
    out.append(finder.complete("ev", "tag"))
    return out


def test_a_loaded_index_answers_every_query_as_the_built_one(library):
    built = Finder(library)
    assert built.reindexed is None
    assert not library.paths.search_index.exists()  # nothing written until save()
    assert built.save()
    loaded = Finder(library)
    assert loaded.reindexed == ()
    expected = answers(built)
    assert sum(len(ids) for _q, ids, *_ in expected[: len(QUERIES)]) > 1000
    assert answers(loaded) == expected
    assert answers(Finder(library, use_snapshot=False)) == expected


def test_a_loaded_index_keeps_up_with_edits_as_the_built_one(library):
    Finder(library).save()
    loaded = Finder(library)
    some = library.items()[:40]
    put(library, *[replace(item, title=f"{item.title} Sidi Yakoub") for item in some[:20]])
    remove(library, Item, *[item.id for item in some[20:25]])
    loaded.refresh()
    built = Finder(library, use_snapshot=False)
    assert len(loaded.search("Yakoub").ids) == 20
    assert answers(loaded) == answers(built)


def test_what_changed_after_the_snapshot_is_indexed_again_and_only_that(library):
    Finder(library).save()
    first, second = library.items()[:2]
    put(library, replace(first, title="Tisint oasis"))
    person = library.people()[0]
    put(library, replace(person, names=(*person.names, Name(value="Zaqarya"))))
    remove(library, Item, second.id)
    new = replace(first, id=ItemId("f" + "1" * 31), title="Foum Zguid")
    put(library, new)
    put(library, Film(id=FilmId("f9"), title="Ksar"))

    finder = Finder(library)  # as when the CLI edited the collection since the last opening
    assert finder.reindexed is not None
    assert "people" in finder.reindexed
    assert "films" in finder.reindexed
    assert "places" not in finder.reindexed
    assert finder.reindexed_items == 3  # of the hundreds of items in those files
    assert finder.search("Tisint").ids == (first.id,)
    assert finder.search("Zguid").ids == (new.id,)
    assert second.id not in finder.search("").ids
    assert finder.search("Zaqarya").ids == finder.search(f"person:{person.id}").ids
    assert answers(finder) == answers(Finder(library, use_snapshot=False))
    assert finder.save()
    assert Finder(library).reindexed == ()


def test_digests_stay_with_their_items_when_slots_are_reused(library):
    finder = Finder(library)
    items = library.items()
    remove(library, Item, *[item.id for item in items[:30]])
    finder.refresh()
    news = [replace(item, id=ItemId(f"{n:x}" + "e" * 31)) for n, item in enumerate(items[:30])]
    put(library, *news)  # the new items take the freed slots
    finder.refresh()
    assert finder.save()
    put(library, replace(items[40], title="Tafraout"))
    loaded = Finder(library)
    assert loaded.reindexed_items == 1  # each saved digest still belongs to its own item
    assert loaded.search("Tafraout").ids == (items[40].id,)
    assert answers(loaded) == answers(Finder(library, use_snapshot=False))


def test_without_digests_whole_files_are_indexed_again(library, monkeypatch):
    finder = Finder(library)
    monkeypatch.setattr(library, "item_digests", lambda *a, **k: None)  # a commit raced
    finder.save()
    monkeypatch.undo()
    item = library.items()[0]
    put(library, replace(item, title="Tamegroute"))
    loaded = Finder(library)
    assert loaded.reindexed_items > 1  # every item of the changed file
    assert loaded.search("Tamegroute").ids == (item.id,)
    assert answers(loaded) == answers(Finder(library, use_snapshot=False))


def test_when_much_changed_the_index_is_built_again(library, monkeypatch):
    Finder(library).save()
    monkeypatch.setattr(finder_module, "_REBUILD_MIN", 10)
    put(library, *[replace(item, notes="moved house") for item in library.items()[:150]])
    finder = Finder(library)
    assert finder.reindexed is None
    assert len(finder.search('"moved house"').ids) == 150


def test_refresh_catches_up_with_every_commit_whoever_made_it(library):
    finder = Finder(library)
    first, second = library.items()[:2]
    put(library, replace(first, title="Ifrane"))
    put(library, replace(second, title="Ifrane"))
    put(library, replace(first, title="Imilchil"))
    finder.refresh()  # one call for three commits, no Changes given
    assert finder.search("Ifrane").ids == (second.id,)
    assert finder.search("Imilchil").ids == (first.id,)
    finder.refresh()
    assert finder.search("Imilchil").ids == (first.id,)


def test_save_catches_up_and_writes_only_when_the_index_changed(library):
    finder = Finder(library)
    assert finder.save()
    assert not finder.save()
    assert not Finder(library).save()
    item = library.items()[0]
    put(library, replace(item, title="Agdz"))
    assert finder.save()  # refreshes first: the snapshot has the edit
    assert not finder.save()
    loaded = Finder(library)
    assert loaded.reindexed == ()
    assert loaded.search("Agdz").ids == (item.id,)


def test_item_digests_change_with_the_record_and_refuse_a_stale_mark(library):
    mark = library.changes_since(None).mark
    before = library.item_digests()
    assert before is not None
    assert len(before) == library.item_count()
    assert library.item_digests(unchanged_since=mark) == before
    item = library.items()[0]
    put(library, replace(item, title="Merzouga"))
    after = library.item_digests()
    assert after is not None
    assert {i for i in before if before[i] != after[i]} == {item.id}
    assert library.item_digests(unchanged_since=mark) is None


def _damage(path: Path, how: str) -> None:
    data = path.read_bytes()
    if how == "truncated":
        path.write_bytes(data[: len(data) // 2])
    elif how == "empty":
        path.write_bytes(b"")
    elif how == "garbage":
        path.write_bytes(b"\x00\xff" * 5000)
    elif how == "flipped":
        middle = len(data) // 2
        path.write_bytes(data[:middle] + bytes(b ^ 0xFF for b in data[middle : middle + 64]))
    elif how == "wrong magic":
        path.write_bytes(b"X" + data[1:])
    elif how == "one bit":  # bit rot: the msgpack may still parse, the checksum does not
        middle = len(data) * 3 // 4
        path.write_bytes(data[:middle] + bytes([data[middle] ^ 1]) + data[middle + 1 :])
    elif how == "appended":
        path.write_bytes(data + b"\x00")


@pytest.mark.parametrize(
    "how", ["truncated", "empty", "garbage", "flipped", "wrong magic", "one bit", "appended"]
)
def test_a_damaged_snapshot_is_built_again_and_replaced(library, how, caplog):
    built = Finder(library)
    built.save()
    expected = answers(built)
    _damage(library.paths.search_index, how)
    caplog.set_level(logging.INFO, logger="memoryapp.library.finder")
    finder = Finder(library)
    assert finder.reindexed is None
    assert "not used" in caplog.text
    assert answers(finder) == expected
    assert finder.save()
    assert Finder(library).reindexed == ()  # a good snapshot was written back


def test_a_snapshot_of_other_code_or_format_is_not_used(library, monkeypatch):
    Finder(library).save()
    monkeypatch.setattr(snapshot, "code_fingerprint", lambda: "other code")
    assert Finder(library).reindexed is None
    monkeypatch.undo()
    assert Finder(library).reindexed == ()
    monkeypatch.setattr(snapshot, "VERSION", snapshot.VERSION + 1)
    assert Finder(library).reindexed is None


def test_another_collections_snapshot_is_not_used(library, tmp_path):
    other = Library.create(tmp_path / "other")
    put(other, replace(library.items()[0], id=ItemId("0a")))
    Finder(other).save()
    other.close()
    library.paths.cache.mkdir(exist_ok=True)
    library.paths.search_index.write_bytes(other.paths.search_index.read_bytes())
    finder = Finder(library)
    assert finder.reindexed is None
    assert len(finder.search("").ids) == library.item_count()


def test_a_full_disk_leaves_no_snapshot_and_search_works(library, monkeypatch, caplog):
    def full(path: Path, chunks: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(finder_module, "atomic_write_chunks", full)
    finder = Finder(library)
    assert not finder.save()
    assert "No space left" in caplog.text
    assert not library.paths.search_index.exists()
    assert len(finder.search("").ids) == library.item_count()


def test_a_closed_library_is_never_written_to(library):
    finder = Finder(library)
    put(library, replace(library.items()[0], title="Zagora"))
    finder.refresh()
    library.close()  # the library keeps its index as it closes (tested below); then no more
    kept = library.paths.search_index.read_bytes()
    assert not finder.save()
    assert library.paths.search_index.read_bytes() == kept
