"""Backs of prints: naming conventions, attaching at import and by command, detaching."""

from pathlib import Path

import pytest
from tests.records import everything, put

from memoryapp.core.ids import ItemId
from memoryapp.core.import_results import FileStatus
from memoryapp.core.items import FileRole, Item, ItemKind, MediaFile, Source
from memoryapp.core.prints import Inscription
from memoryapp.core.views import attach_command, back_key, detach_command, front_keys
from memoryapp.library import ImportOptions, Library

ONE_JOB = ImportOptions(jobs=1)


@pytest.mark.parametrize(
    ("name", "base"),
    [
        ("photo_b.jpg", "photo"),
        ("Photo_B.JPG", "photo"),
        ("photo-back.jpg", "photo"),
        ("photo_back.tif", "photo"),
        ("photo_verso.jpg", "photo"),
        ("scan 12 verso.png", "scan 12"),
        ("photo.jpg", None),
        ("bob.jpg", None),
        ("kasbah.jpg", None),
    ],
)
def test_back_names(name: str, base: str | None) -> None:
    key = back_key(f"/scans/{name}")
    assert (key[1] if key else None) == base


def test_front_names_answer_for_their_backs() -> None:
    assert front_keys("/s/photo.jpg") == (("/s", "photo"),)
    assert front_keys("/s/photo_a.jpg") == (("/s", "photo_a"),)
    assert front_keys("/s/Letter RECTO.jpg")[1] == ("/s", "letter")
    assert front_keys("/s/x-front.png")[1] == ("/s", "x")


def test_fastfoto_pair_imported_together_is_one_item(library: Library, make_jpeg) -> None:
    front = make_jpeg("photo.jpg")
    back = make_jpeg("photo_b.jpg")
    make_jpeg("other.jpg")
    report = library.import_paths([front.parent], options=ONE_JOB)
    by_name = {Path(r.path).name: r for r in report.results}
    assert by_name["photo_b.jpg"].item_id == by_name["photo.jpg"].item_id
    assert "back of" in by_name["photo_b.jpg"].detail
    items = library.items()
    assert len(items) == 2
    (item,) = [i for i in items if i.id == by_name["photo.jpg"].item_id]
    assert [item.role_of(i) for i in range(len(item.files))] == [FileRole.FRONT, FileRole.BACK]
    assert item.files[1].original_name == back.name
    assert item.has_back


@pytest.mark.parametrize(
    ("front", "back"), [("a-1_recto.jpg", "a-1_verso.jpg"), ("x.jpg", "x-back.jpg")]
)
def test_recto_verso_and_back_suffix(library: Library, make_jpeg, front: str, back: str) -> None:
    make_jpeg(front)
    folder = make_jpeg(back).parent
    library.import_paths([folder], options=ONE_JOB)
    (item,) = library.items()
    assert item.files[0].original_name == front
    assert item.role_of(1) is FileRole.BACK


def test_back_imported_later_joins_the_front_in_one_undo_step(library: Library, make_jpeg) -> None:
    front = make_jpeg("photo.jpg")
    library.import_paths([front], options=ONE_JOB)
    before = everything(library)
    back = make_jpeg("photo_b.jpg")
    report = library.import_paths([back], options=ONE_JOB)
    assert report.results[0].status is FileStatus.IMPORTED
    (item,) = library.items()
    assert item.has_back
    library.undo()
    assert everything(library) == before


def test_b_is_the_back_of_the_exact_stem_only(library: Library, make_jpeg) -> None:
    make_jpeg("cousin_a.jpg")
    make_jpeg("photo.jpg")
    make_jpeg("photo_a.jpg")  # FastFoto's enhanced copy of the front
    folder = make_jpeg("cousin_b.jpg").parent
    make_jpeg("photo_b.jpg")
    library.import_paths([folder], options=ONE_JOB)
    names = sorted(tuple(f.original_name for f in i.files) for i in library.items())
    assert names == [
        ("cousin_a.jpg",),
        ("cousin_b.jpg",),
        ("photo.jpg", "photo_b.jpg"),
        ("photo_a.jpg",),
    ]


def test_backs_in_other_folders_stay_items(library: Library, make_jpeg, tmp_path: Path) -> None:
    make_jpeg("photo.jpg")
    other = tmp_path / "elsewhere"
    other.mkdir()
    (other / "photo_b.jpg").write_bytes(make_jpeg("tmp_b.jpg").read_bytes())
    (tmp_path / "src" / "tmp_b.jpg").unlink()
    library.import_paths([tmp_path / "src", other], options=ONE_JOB)
    assert len(library.items()) == 2


def _item(n: int, name: str, **more: object) -> Item:
    media = MediaFile(
        sha256=f"{n:064x}", path=f"media/{n}.jpg", format="jpeg", size=1, original_name=name
    )
    return Item(
        id=ItemId(f"{n:032x}"), files=(media,), source=Source(imported_from=f"/s/{name}"), **more
    )  # type: ignore[arg-type]


def test_attach_merges_tags_and_descriptions_and_trashes_the_back(library: Library) -> None:
    front = _item(1, "kasbah.jpg", title="The family", tags=("Tinghir",))
    back = _item(
        2,
        "scan2.jpg",
        title="Back of 'The family'",
        description="Pencil: Tinghir vers 1955",
        tags=("Tinghir", "inscription"),
        inscriptions=(Inscription(text="Tinghir vers 1955"),),
    )
    put(library, front, back)
    before = everything(library)
    library.apply(attach_command(front, back, "2026-01-01T00:00:00Z"))
    joined = library.item(front.id)
    assert joined.tags == ("Tinghir", "inscription")
    assert joined.description == "Pencil: Tinghir vers 1955"
    assert joined.inscriptions[0].file_index == 1
    assert library.item(back.id).trashed_at
    library.undo()
    assert everything(library) == before


def test_detach_gives_the_view_its_own_item() -> None:
    front = _item(1, "kasbah.jpg", title="The family")
    back = _item(2, "kasbah_b.jpg", inscriptions=(Inscription(text="Tinghir"),))
    joined = attach_command(front, back, "now").after[0].record
    assert isinstance(joined, Item)
    command = detach_command(joined, 1, ItemId("f" * 32), "now")
    left, alone = (s.record for s in command.after)
    assert isinstance(left, Item)
    assert isinstance(alone, Item)
    assert len(left.files) == 1
    assert not left.inscriptions
    assert alone.inscriptions[0].text == "Tinghir"
    assert alone.title == "Back of 'The family'"
    with pytest.raises(ValueError, match="only file"):
        detach_command(left, 0, ItemId("e" * 32), "now")


def test_documents_files_are_pages() -> None:
    item = _item(1, "letter.jpg", kind=ItemKind.LETTER)
    assert item.role_of(0) is FileRole.PAGE
