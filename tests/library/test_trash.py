"""The trash on a copy of the sample collection: undo, search, facets, exports, emptying."""

import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from tests.conftest import SAMPLE
from tests.records import everything

from memoryapp.cli.exchange import EXPORT_FORMATS
from memoryapp.cli.films import FILM_EXPORT_FORMATS
from memoryapp.cli.main import ExitCode, main
from memoryapp.core.commands import replace_records
from memoryapp.core.edits import tag_items
from memoryapp.core.ids import ItemId
from memoryapp.library import Library
from memoryapp.library.film_desk import FilmDesk
from memoryapp.library.finder import Finder
from memoryapp.library.trash import (
    empty_trash_plan,
    remove_unused_media,
    restore_command,
    trash_command,
)

WEDDING = "356894f688935ae488ae776e884bebfe"  # "Mariage de Yakout et Chimon", on screen in the film
KETUBAH = "3c983e5e63cb50b1872216f6b85305e4"
STUDIO = "9d1d8f6fa45057c8be58c357c33be88e"


@pytest.fixture
def collection(tmp_path: Path) -> Path:
    target = tmp_path / "collection"
    shutil.copytree(SAMPLE, target)
    return target


def commits(lib: Library) -> int:
    return lib.changes_since(None).mark


def test_deleting_three_items_is_one_command_and_reverting_it_gives_back_everything(
    collection: Path,
) -> None:
    with Library.open(collection) as lib:
        original = everything(lib)
        count = len(lib.items())
        command = trash_command(lib, [WEDDING, KETUBAH, STUDIO])
        assert command.label == "Move to trash (3 items)"
        before = commits(lib)
        lib.apply(command)
        assert commits(lib) == before + 1
        assert len(lib.items()) == count - 3
        assert {i.id for i in lib.trashed_items()} == {WEDDING, KETUBAH, STUDIO}
        assert lib.item(WEDDING).trashed_at.endswith("Z")
        lib.undo()
        assert everything(lib) == original
    with Library.open(collection) as lib:  # and on disk
        assert everything(lib) == original


def test_trashed_items_leave_search_facets_and_counts(collection: Path) -> None:
    with Library.open(collection) as lib:
        finder = Finder(lib)
        everything = finder.search("")
        wedding_people = lib.item(WEDDING).person_ids()
        lib.apply(trash_command(lib, [WEDDING, KETUBAH]))
        finder.refresh()
        now = finder.search("")
        assert len(now) == len(everything) - 2
        assert WEDDING not in now.ids
        assert KETUBAH not in now.ids
        assert WEDDING not in finder.search("Mariage").ids
        assert WEDDING not in finder.search("date:1930..1935").ids
        assert WEDDING not in finder.search("-is:private").ids
        facets = finder.facets(now)
        assert facets.total == len(everything) - 2
        before = {f.key: f.count for f in finder.facets(everything).people}
        after = {f.key: f.count for f in facets.people}
        assert all(after.get(p, 0) < before[p] for p in wedding_people)
        trash = finder.search("is:trashed")
        assert set(trash.ids) == {WEDDING, KETUBAH}
        in_trash = finder.search("in:trash Mariage").ids
        assert in_trash[0] == WEDDING
        assert set(in_trash) <= {WEDDING, KETUBAH}
        assert finder.facets(trash).total == 2
        # the snapshot keeps the flag: a finder loaded from it hides them too
        assert finder.save()
        loaded = Finder(lib)
        assert set(loaded.search("in:trash").ids) == {WEDDING, KETUBAH}
        assert WEDDING not in loaded.search("").ids
        # a tag that only trashed items carry is not suggested
        lib.apply(tag_items([lib.item(KETUBAH)], add_tags=["Ketubot|Trashed only"]))
        finder.refresh()
        assert finder.complete("ketubot", "tag") == []
        assert finder.complete("even", "tag")  # Events, on items not in the trash
        lib.apply(restore_command(lib, [WEDDING]))
        finder.refresh()
        assert WEDDING in finder.search("Mariage").ids
        assert finder.search("is:trashed").ids == (KETUBAH,)


def _texts(path: Path) -> bytes:
    files = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file())
    return b"\n".join(
        p.relative_to(path.parent).as_posix().encode() + p.read_bytes() for p in files
    )


@pytest.mark.parametrize("fmt", sorted({**EXPORT_FORMATS, **FILM_EXPORT_FORMATS}))
def test_a_trashed_item_is_in_no_export(
    collection: Path, tmp_path: Path, fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with Library.open(collection) as lib:
        item = lib.item(WEDDING)
        lib.apply(trash_command(lib, [WEDDING]))
        film = lib.films()[0]
    args = ["export", "-c", str(collection), "--format", fmt, "--out", str(tmp_path / "out")]
    if fmt in FILM_EXPORT_FORMATS:
        args += ["--film", film.id]
    assert main(args) == ExitCode.OK, capsys.readouterr().err
    written = _texts(tmp_path / "out")
    assert len(written) > 200
    assert item.primary is not None
    for secret in (item.id, item.title, item.primary.sha256, item.primary.original_name):
        assert secret.encode() not in written, f"{fmt} exported {secret!r}"
    # nor when it is asked for by id
    if fmt in EXPORT_FORMATS:
        by_id = tmp_path / "by-id"
        assert main([*args[:-2], "--out", str(by_id), "--ids", WEDDING, KETUBAH]) == ExitCode.OK
        assert item.id.encode() not in _texts(by_id)
        assert KETUBAH.encode() in _texts(by_id)


def test_a_trashed_item_is_never_suggested_for_a_scene(collection: Path) -> None:
    with Library.open(collection) as lib:
        desk = FilmDesk(lib)
        found = {(scene.id, c.item_id) for scene in lib.scenes() for c in desk.candidates(scene.id)}
        suggested = {item for _, item in found}
        assert suggested
        victim = sorted(suggested)[0]
        lib.apply(trash_command(lib, [victim]))
        for scene in lib.scenes():
            assert victim not in {c.item_id for c in desk.candidates(scene.id)}
        film = lib.films()[0]
        lib.apply(trash_command(lib, [WEDDING]))  # on screen: the film check says so
        issues = [i for i in desk.checks(film.id) if i.item_id == WEDDING]
        assert [i.message for i in issues] == [
            "the linked item no longer exists or is in the trash"
        ]


def test_emptying_the_trash_removes_only_media_no_item_uses(collection: Path) -> None:
    with Library.open(collection) as lib:
        wedding = lib.item(WEDDING)
        primary = wedding.primary
        assert primary is not None
        twin = replace(wedding, id=ItemId("f" * 32), title="A second record of the same scan")
        lib.apply(replace_records("Add", [], [twin]))
        media = lib.media_path(WEDDING)
        thumb = lib.thumbnail_path(WEDDING)
        embedded = lib.paths.embedded_file(primary.sha256)
        assert media.exists()
        assert thumb is not None
        assert embedded.exists()
        studio_media = lib.media_path(STUDIO)
        studio = lib.item(STUDIO).primary
        assert studio is not None

        lib.apply(trash_command(lib, [WEDDING, STUDIO]))
        plan = empty_trash_plan(lib)
        assert {i.id for i in plan.items} == {WEDDING, STUDIO}
        lib.apply(plan.command)
        removed = remove_unused_media(lib, plan.items)
        assert [m.sha256 for m in removed] == [studio.sha256]
        assert media.exists()
        assert thumb.exists()
        assert embedded.exists()
        assert not studio_media.exists()
        assert lib.check().healthy

        lib.apply(trash_command(lib, [twin.id], when="2020-01-01T00:00:00Z"))
        assert empty_trash_plan(lib, older_than_days=10_000).items == ()
        plan = empty_trash_plan(lib, older_than_days=30)
        assert [i.id for i in plan.items] == [twin.id]
        lib.apply(plan.command)
        remove_unused_media(lib, plan.items)
        assert not media.exists()
        assert not thumb.exists()
        assert not embedded.exists()
        assert not list(thumb.parent.glob(f"{primary.sha256}*"))
        assert lib.check().healthy
        # the record part can be undone; the media are gone
        lib.undo()
        assert lib.item(twin.id).trashed_at == "2020-01-01T00:00:00Z"


def test_a_file_whose_item_is_in_the_trash_can_be_imported_again(library, make_jpeg) -> None:
    photo = make_jpeg("henna.jpg")
    first = library.import_paths([photo]).added[0].item_id
    library.apply(trash_command(library, [first]))
    report = library.import_paths([photo])
    assert [r.status for r in report.results] == ["imported"]
    again = report.added[0].item_id
    assert again is not None
    assert again != first
    assert library.item(again).possible_copies == ()
    media = library.media_path(again)
    plan = empty_trash_plan(library)
    library.apply(plan.command)
    assert remove_unused_media(library, plan.items) == ()
    assert media.exists()  # the new item uses it
    assert library.check().healthy
