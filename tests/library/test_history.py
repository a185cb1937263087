"""Every write path is one logged operation that undoes and redoes through the history."""

import shutil
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from tests.conftest import SAMPLE
from tests.records import everything

from memoryapp.core.edits import edit_items, merge_people, save_person, save_place, tag_items
from memoryapp.core.errors import HistoryError, UndoRefusedError
from memoryapp.core.films import LinkRole
from memoryapp.core.items import Item
from memoryapp.library import ImportOptions, Library, import_job
from memoryapp.library.film_desk import FilmDesk
from memoryapp.library.gedcom_import import import_gedcom
from memoryapp.library.merge_job import merge_source
from memoryapp.library.relink import relink
from memoryapp.storage.layout import CollectionPaths
from memoryapp.storage.repository import Repository

GED = Path(__file__).resolve().parents[1] / "data" / "gedcom" / "elbaz.ged"


@pytest.fixture
def sample(tmp_path: Path) -> Iterator[Library]:
    root = tmp_path / "sample"
    shutil.copytree(SAMPLE, root)
    with Library.open(root) as lib:
        yield lib


def _film(lib: Library) -> Any:
    return lib.films()[0]


def _scene(lib: Library) -> Any:
    return lib.scenes(_film(lib).id)[0]


def _unlinked(lib: Library, scene_id: str, n: int) -> list[str]:
    taken = {k.item_id for k in lib.links() if k.scene_id == scene_id}
    return [i.id for i in lib.items() if i.id not in taken][:n]


WRITES: dict[str, Callable[[Library], object]] = {
    "edit items": lambda lib: lib.apply(edit_items(lib.items()[:3], title="Henna night")),
    "tag items": lambda lib: lib.apply(tag_items(lib.items()[:2], add_tags=["Events|Henna"])),
    "edit person": lambda lib: lib.apply(
        save_person(lib.people()[0], replace(lib.people()[0], notes="seen in 1950"))
    ),
    "edit place": lambda lib: lib.apply(
        save_place(
            lib.places()[0],
            replace(lib.places()[0], notes="the old mellah"),
            {p.id: p for p in lib.places()},
        )
    ),
    "merge people": lambda lib: lib.apply(
        merge_people(lib.people()[0], lib.people()[1], lib.items(), lib.people())
    ),
    "add film": lambda lib: FilmDesk(lib).add_film("Ksar", fps="24"),
    "edit film rate": lambda lib: FilmDesk(lib).edit_film(_film(lib).id, fps="30"),
    "delete film": lambda lib: FilmDesk(lib).delete_film(_film(lib).id),
    "add scene": lambda lib: FilmDesk(lib).add_scene(_film(lib).id, "99", title="Epilogue"),
    "edit scene": lambda lib: FilmDesk(lib).edit_scene(_scene(lib).id, title="Arrival"),
    "delete scene": lambda lib: FilmDesk(lib).delete_scene(_scene(lib).id),
    "link item": lambda lib: FilmDesk(lib).link_item(
        _scene(lib).id, _unlinked(lib, _scene(lib).id, 1)[0]
    ),
    "link 3 items": lambda lib: FilmDesk(lib).link_items(
        _scene(lib).id, _unlinked(lib, _scene(lib).id, 3), role=LinkRole.RESEARCH
    ),
    "edit link": lambda lib: FilmDesk(lib).edit_link(
        lib.links()[0].id, credit={"": "Family of Esther"}
    ),
    "unlink": lambda lib: FilmDesk(lib).unlink(lib.links()[0].id),
    "gedcom import": lambda lib: import_gedcom(lib, GED),
}


@pytest.mark.parametrize("name", list(WRITES))
def test_each_write_is_one_commit_and_one_operation_that_undoes_and_redoes(
    sample: Library, name: str
) -> None:
    original = everything(sample)
    mark = sample.changes_since(None).mark
    ops = len(sample.history())
    WRITES[name](sample)
    changed = everything(sample)
    assert changed != original
    assert sample.changes_since(mark).mark == mark + 1  # one commit
    history = sample.history()
    assert len(history) == ops + 1  # one operation
    done = history[0]
    assert (done.kind, done.undone, done.by) == ("do", False, sample.user)

    undo = sample.undo()
    assert (undo.kind, undo.target) == ("undo", done.id)
    assert everything(sample) == original
    assert sample.history()[1].undone

    redo = sample.redo()
    assert (redo.kind, redo.target, redo.label) == ("redo", done.id, f"Redo {done.label}")
    assert everything(sample) == changed
    assert not sample.history()[2].undone


def test_deleting_a_film_is_one_operation_with_its_scenes_and_links(sample: Library) -> None:
    film = _film(sample)
    scenes = {s.id for s in sample.scenes(film.id)}
    links = {k.id for k in sample.links() if k.scene_id in scenes}
    FilmDesk(sample).delete_film(film.id)
    (op,) = sample.history()
    assert op.label == f"Delete film {film.title}"
    touched = {(kind.__name__, rid) for kind, rid in op.touched}
    assert ("Film", film.id) in touched
    assert {rid for kind, rid in touched if kind == "Scene"} == scenes
    assert {rid for kind, rid in touched if kind == "SceneLink"} == links


def test_undoing_an_import_batch_moves_its_new_items_to_the_trash(
    library: Library, make_jpeg, monkeypatch
) -> None:
    monkeypatch.setattr(import_job, "BATCH_SECONDS", 600.0)  # one batch, however slow the machine
    first = library.import_paths([make_jpeg("a.jpg")], options=ImportOptions(jobs=1))
    before = everything(library)
    report = library.import_paths(
        [make_jpeg("b.jpg"), make_jpeg("c.jpg")], options=ImportOptions(jobs=1)
    )
    added = [r.item_id for r in report.added]
    assert len(added) == 2
    (op, earlier) = library.history()
    assert op.label == "Import 2 files"
    assert earlier.label == "Import 1 file"
    after = everything(library)

    library.undo()
    now = everything(library)
    for item_id in added:
        trashed = library.item(item_id)
        assert trashed.trashed_at  # kept, with its media, in the trash
        assert replace(trashed, trashed_at="") == after["items"][item_id]
        assert library.media_path(item_id).is_file()
    assert {k: v for k, v in now["items"].items() if k not in added} == before["items"]
    assert first.added[0].item_id in now["items"]

    library.redo()
    assert everything(library) == after


def test_merge_and_relink_are_operations(library: Library, make_jpeg, tmp_path: Path) -> None:
    other = tmp_path / "other"
    with Library.create(other) as source:
        source.import_paths([make_jpeg("m.jpg")], options=ImportOptions(jobs=1))
    before = everything(library)
    report = merge_source(library, other)
    assert len(report.added_items) == 1
    assert library.history()[0].label == "Merge other"
    library.undo()
    assert everything(library) == before

    original = make_jpeg("linked.jpg")
    library.import_paths([original], options=ImportOptions(jobs=1, link=True))
    moved = tmp_path / "moved"
    moved.mkdir()
    shutil.move(original, moved / "renamed.jpg")
    linked = everything(library)
    found = relink(library, moved)
    assert len(found.found) == 1
    assert library.history()[0].label == "Relink files"
    library.undo()
    assert everything(library) == linked


def test_history_filters_by_item_newest_first(sample: Library) -> None:
    a, b = sample.items()[:2]
    sample.apply(edit_items([a], title="one"))
    sample.apply(edit_items([b], title="two"))
    sample.apply(edit_items([a], title="three"))
    assert [op.id for op in sample.history()] == [3, 2, 1]
    assert [op.id for op in sample.history(a.id)] == [3, 1]
    assert sample.history("no-such-item") == []


def test_history_survives_reopening_and_records_who(sample: Library) -> None:
    sample.user = "Esther"
    item = sample.items()[0]
    sample.apply(edit_items([item], title="Esther's caption"))
    root = sample.path
    sample.close()
    with Library.open(root) as again:
        (op,) = again.history()
        assert (op.label, op.by) == ("Edit", "Esther")
        assert op.at.endswith("Z")
        again.undo()
        assert again.item(item.id) == item


def test_undo_refuses_when_the_records_changed_since(sample: Library) -> None:
    item = sample.items()[0]
    sample.apply(edit_items([item], title="mine"))
    root = sample.path
    sample.close()
    # a write that is not in the history (an older memoryapp, another tool)
    repo = Repository(CollectionPaths(root))
    repo.put(replace(repo.get(Item, item.id), title="someone else's"))
    with Library.open(root) as again:
        with pytest.raises(UndoRefusedError, match=f"item {item.id} was changed since"):
            again.undo()
        assert again.item(item.id).title == "someone else's"  # nothing overwritten
        assert not again.history()[0].undone


def test_refusal_names_the_later_operation(sample: Library) -> None:
    a = sample.items()[0]
    sample.apply(edit_items([a], title="first"))
    sample.undo()  # operation 2
    sample.redo()  # operation 3 puts "first" back
    root = sample.path
    sample.close()
    repo = Repository(CollectionPaths(root))
    repo.put(replace(repo.get(Item, a.id), title="outside"))
    with Library.open(root) as again, pytest.raises(UndoRefusedError) as caught:
        again.undo()
    assert "operation 3 \u201cRedo Edit\u201d" in str(caught.value)


def test_nothing_to_undo_or_redo_is_said(sample: Library) -> None:
    with pytest.raises(HistoryError, match="nothing to undo"):
        sample.undo()
    with pytest.raises(HistoryError, match="nothing to redo"):
        sample.redo()
    item = sample.items()[0]
    sample.apply(edit_items([item], title="x"))
    sample.undo()
    sample.apply(edit_items([item], title="y"))  # a new operation: the undone one is gone
    with pytest.raises(HistoryError, match="nothing to redo"):
        sample.redo()


def test_undo_of_a_named_operation_refuses_another(sample: Library) -> None:
    item = sample.items()[0]
    sample.apply(edit_items([item], title="x"))
    sample.apply(edit_items([item], title="y"))
    with pytest.raises(HistoryError, match="the next to undo is operation 2"):
        sample.undo(1)
    assert sample.undo(2).target == 2


def test_an_empty_command_is_not_logged(sample: Library) -> None:
    item = sample.items()[0]
    assert not sample.apply(edit_items([item], title=item.title))
    assert sample.history() == []


def test_a_commit_failing_after_its_commit_point_keeps_its_entry_and_number(
    sample: Library, monkeypatch
) -> None:
    from memoryapp.storage import catalogue

    real_write = catalogue.atomic_write_bytes
    calls: list[object] = []

    def disk_full_once(path, data, **kwargs) -> None:  # the history entry, after the append
        if not calls:
            calls.append(path)
            raise OSError(28, "No space left on device")
        real_write(path, data, **kwargs)

    a, b = sample.items()[:2]
    monkeypatch.setattr(catalogue, "atomic_write_bytes", disk_full_once)
    sample.apply(edit_items([a], title="kept by the journal"))  # committed: the log is durable
    assert calls
    monkeypatch.setattr(catalogue, "atomic_write_bytes", real_write)
    sample.apply(edit_items([b], title="next"))
    assert [(op.id, op.label) for op in sample.history()] == [(2, "Edit"), (1, "Edit")]
    assert sample.item(a.id).title == "kept by the journal"
    sample.undo()
    sample.undo()
    assert (sample.item(a.id).title, sample.item(b.id).title) == (a.title, b.title)
