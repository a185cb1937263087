"""Faces on real pictures: detection, suggestions from a tagged face, the life-span rule,
naming a cluster in one undo step, cancelling detection, and all 8 orientations.

The Curies' photo (pigallery2's ``photo.3.embedded.jpg``, stored turned 180 degrees, with MWG
face regions naming Marie and Pierre Curie) is imported as it is, so both are tagged from the
file's metadata. Copies made with Pillow (turned and stored with an EXIF orientation, resized,
faded to sepia) are imported next to it: detection must not find the tagged faces twice, and
each new face must suggest the right person first.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PIL import Image, ImageOps
from tests.conftest import CORPUS
from tests.records import everything, put

from memoryapp.core.dates import FuzzyDate
from memoryapp.core.faces import Face, FaceState, RejectReason, iou
from memoryapp.core.ids import PersonId, new_person_id
from memoryapp.core.items import DateRole, Item, Region
from memoryapp.core.names import Name
from memoryapp.core.orientation import rect_to_display
from memoryapp.core.people import Person
from memoryapp.core.progress import CancelToken, ProgressInfo
from memoryapp.library import Library
from memoryapp.library.face_job import detect_faces, pending_items
from memoryapp.library.faces import (
    clusters,
    load_vectors,
    name_command,
    reject_command,
    reject_suggestion_command,
    suggest_command,
)
from memoryapp.recognition.faces import detect_faces as find_faces
from memoryapp.recognition.faces import face_distance
from memoryapp.storage.face_vectors import FILE

CURIE = (
    CORPUS
    / "files/correctness/pigallery2/test/backend/assets/sidecar/orientation/photo.3.embedded.jpg"
)
HOPPER = CORPUS / "files/correctness/pillow-tests/Tests/images/hopper.tif"
LEAVITT = CORPUS / "files/correctness/exif-py/tests/resources/tiff/DudleyLeavittUtah.tiff"

# Pillow's transpose that turns an upright picture into the one stored under each orientation
# (the inverse of what ImageOps.exif_transpose applies).
_STORE = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_90,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_270,
}


def _needs(*paths: Path) -> None:
    for path in paths:
        if not path.is_file():
            pytest.skip(f"the corpus file {path.name} is absent")


def _upright_curie() -> Image.Image:
    with Image.open(CURIE) as im:
        turned = ImageOps.exif_transpose(im)
        assert turned is not None
        return turned.convert("RGB")


def _save(image: Image.Image, path: Path, orientation: int = 1) -> Path:
    """Save ``image`` (upright) stored as ``orientation`` says, with that EXIF tag."""
    stored = image.transpose(_STORE[orientation]) if orientation != 1 else image
    exif = Image.Exif()
    exif[0x0112] = orientation
    stored.save(path, quality=92, exif=exif.tobytes())
    return path


def _sepia(image: Image.Image) -> Image.Image:
    grey = ImageOps.autocontrast(ImageOps.grayscale(image))
    toned = ImageOps.colorize(grey, (60, 40, 20), (235, 215, 175))
    return Image.blend(toned, Image.new("RGB", toned.size, (230, 220, 190)), 0.45)


def _upright(face: Face, item: Item) -> Region:
    r = face.region
    x, y, w, h = rect_to_display(r.x, r.y, r.w, r.h, item.orientation)
    return Region(x=x, y=y, w=w, h=h)


def _by_name(lib: Library, name: str) -> PersonId:
    return next(p.id for p in lib.people() if p.name == name)


def _left_and_right(lib: Library, item: Item) -> tuple[Face, Face]:
    """The item's two faces, left (Marie) then right (Pierre) on the upright picture."""
    faces = sorted(lib.faces(item.id), key=lambda f: _upright(f, item).x)
    assert len(faces) == 2, [(f.state, _upright(f, item)) for f in faces]
    return faces[0], faces[1]


@pytest.fixture(scope="module")
def curies(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A collection: the tagged original, four copies, and one more dated 2005.

    Returns the collection folder (closed); tests copy it before changing it.
    """
    _needs(CURIE)
    folder = tmp_path_factory.mktemp("curies")
    upright = _upright_curie()
    files = folder / "files"
    files.mkdir()
    shutil.copy(CURIE, files / "original.jpg")
    _save(upright, files / "turned-6.jpg", 6)
    _save(upright, files / "turned-8.jpg", 8)
    half = upright.resize(
        (upright.width * 3 // 5, upright.height * 3 // 5), Image.Resampling.LANCZOS
    )
    _save(half, files / "resized.jpg")
    _save(_sepia(upright), files / "sepia.jpg")
    _save(_sepia(half), files / "later.jpg", 3)
    root = folder / "collection"
    with Library.create(root) as lib:
        report = lib.import_paths([files])
        assert len(report.added) == 6, report
        by_file = {Path(i.source.imported_from).name: i for i in lib.items()}
        for name in ("turned-6.jpg", "turned-8.jpg", "resized.jpg"):
            dated = {**by_file[name].dates, DateRole.TAKEN: FuzzyDate(edtf="1903")}
            put(lib, replace(by_file[name], dates=dated))
        later = {**by_file["later.jpg"].dates, DateRole.TAKEN: FuzzyDate(edtf="2005")}
        put(lib, replace(by_file["later.jpg"], dates=later))
        irene = Person(
            id=new_person_id(), names=(Name(value="Irène Curie"),), birth=FuzzyDate(edtf="1990")
        )
        put(lib, irene)
        detect_faces(lib)
    return root


@pytest.fixture
def lib(curies: Path, tmp_path: Path) -> Iterator[Library]:
    copy = tmp_path / "collection"
    shutil.copytree(curies, copy)
    with Library.open(copy) as opened:
        yield opened


def _items(lib: Library) -> dict[str, Item]:
    return {Path(i.source.imported_from).name: i for i in lib.items()}


def test_tagged_faces_are_not_found_twice_and_become_the_tags_faces(lib: Library) -> None:
    original = _items(lib)["original.jpg"]
    assert original.orientation == 3
    marie, pierre = _left_and_right(lib, original)
    assert (marie.state, pierre.state) == (FaceState.CONFIRMED, FaceState.CONFIRMED)
    assert marie.person_id == _by_name(lib, "Marie Curie")
    assert pierre.person_id == _by_name(lib, "Pierre Curie")
    # each face is linked to its tag: same person, same region (stored frame)
    tags = {(t.person_id, t.region) for t in original.people}
    assert {(marie.person_id, marie.region), (pierre.person_id, pierre.region)} <= tags
    assert len(original.people) == 2  # no second tag, no unnamed duplicate
    vectors = load_vectors(lib)
    assert all(f.described and f.id in vectors for f in lib.faces())
    assert (lib.path / FILE).is_file()


def test_each_copy_suggests_the_tagged_person_first(lib: Library) -> None:
    marie_id, pierre_id = _by_name(lib, "Marie Curie"), _by_name(lib, "Pierre Curie")
    items = _items(lib)
    for name in ("turned-6.jpg", "turned-8.jpg", "resized.jpg", "sepia.jpg"):
        marie, pierre = _left_and_right(lib, items[name])
        assert marie.state is FaceState.SUGGESTED, name
        assert marie.suggestions[0].person_id == marie_id, name
        assert pierre.suggestions[0].person_id == pierre_id, name
        assert 0 < marie.suggestions[0].confidence <= 1


def test_a_person_born_after_the_photo_is_never_suggested(lib: Library) -> None:
    """Irène (born 1990) is named on the 2005 copy: the same face, so she would be suggested
    everywhere, but never on copies taken in 1903; the undated sepia copy may suggest her."""
    items = _items(lib)
    later, _ = _left_and_right(lib, items["later.jpg"])
    lib.apply(name_command(lib, [later.id], "Irène Curie"))
    lib.apply(suggest_command(lib))
    irene = _by_name(lib, "Irène Curie")
    undated, _ = _left_and_right(lib, items["sepia.jpg"])
    assert irene in [s.person_id for s in undated.suggestions]
    for name in ("turned-6.jpg", "turned-8.jpg", "resized.jpg"):
        marie, pierre = _left_and_right(lib, items[name])
        assert irene not in [s.person_id for s in (*marie.suggestions, *pierre.suggestions)]
        assert marie.suggestions[0].person_id == _by_name(lib, "Marie Curie")


def test_naming_a_face_makes_a_person_tag_that_says_who_accepted_the_suggestion(
    lib: Library,
) -> None:
    lib.user = "Simha"
    item = _items(lib)["resized.jpg"]
    marie, pierre = _left_and_right(lib, item)
    lib.apply(name_command(lib, [marie.id], "Marie Curie"))
    lib.apply(name_command(lib, [pierre.id], "Irène Curie"))
    tags = {t.person_id: t for t in lib.item(item.id).people}
    accepted = tags[_by_name(lib, "Marie Curie")]
    assert accepted.region == marie.region
    assert accepted.identified_by == "suggestion accepted by Simha"
    assert accepted.identified_at.endswith("Z")
    assert tags[_by_name(lib, "Irène Curie")].identified_by == "named by Simha"
    named = lib.record(Face, marie.id)
    assert isinstance(named, Face)
    assert (named.state, named.person_id) == (FaceState.CONFIRMED, _by_name(lib, "Marie Curie"))
    # rejecting a named face takes its tag away again
    lib.apply(reject_command(lib, [pierre.id], RejectReason.IGNORE))
    assert _by_name(lib, "Irène Curie") not in lib.item(item.id).person_ids()


def test_a_rejected_person_is_never_suggested_for_that_face_again(lib: Library) -> None:
    marie, _ = _left_and_right(lib, _items(lib)["sepia.jpg"])
    lib.apply(reject_suggestion_command(lib, [marie.id], "Marie Curie"))
    lib.apply(suggest_command(lib))
    again = lib.record(Face, marie.id)
    assert isinstance(again, Face)
    assert _by_name(lib, "Marie Curie") not in [s.person_id for s in again.suggestions]
    assert _by_name(lib, "Marie Curie") in again.rejected_people


def test_never_suggest_keeps_a_person_out_of_every_suggestion(lib: Library) -> None:
    marie_id = _by_name(lib, "Marie Curie")
    put(lib, replace(lib.person(marie_id), never_suggest=True))
    lib.apply(suggest_command(lib))
    assert all(s.person_id != marie_id for f in lib.faces() for s in f.suggestions)


def test_naming_a_cluster_is_one_undo_step(lib: Library) -> None:
    groups = clusters(lib)
    assert groups
    assert len(groups[0]) >= 4
    before = everything(lib)
    lib.apply(name_command(lib, [f.id for f in groups[0]], "Marie Curie"))
    named = [lib.record(Face, f.id) for f in groups[0]]
    assert all(isinstance(f, Face) and f.state is FaceState.CONFIRMED for f in named)
    assert lib.history()[0].label == f"Name {len(groups[0])} faces as Marie Curie"
    lib.undo()
    assert everything(lib) == before


def test_lost_embeddings_are_described_again(lib: Library) -> None:
    before = load_vectors(lib)
    (lib.path / FILE).unlink()
    report = detect_faces(lib)
    after = load_vectors(lib)
    assert report.items == 0
    assert report.described == len(before) == len(after)
    for face in lib.faces():
        a, b = before.get(face.id), after.get(face.id)
        assert a is not None
        assert b is not None
        assert float(face_distance(a[None, :], b)[0]) < 0.05  # the same face, described again


def test_detection_is_cancelled_between_batches_and_continues_later(tmp_path: Path) -> None:
    """Real detection on six small portraits (a few seconds): the cancel falls mid-batch."""
    _needs(HOPPER, LEAVITT)
    files = tmp_path / "files"
    files.mkdir()
    for n in range(6):
        source = HOPPER if n % 2 else LEAVITT
        with Image.open(source) as im:
            picture = im.convert("RGB")
        picture.putpixel((0, 0), (n, n, n))  # each file its own bytes
        picture.save(files / f"p{n}.png")
    with Library.create(tmp_path / "c") as lib:
        lib.import_paths([files])
        token = CancelToken()

        def stop_after_three(info: ProgressInfo) -> None:
            if info.done >= 3:
                token.cancel()

        report = detect_faces(lib, progress=stop_after_three, cancel=token, batch_items=2)
        assert report.cancelled
        assert report.items == 3
        scans = lib.face_scans()
        assert len(scans) == 3
        assert len(pending_items(lib)) == 3
        assert {f.item_id for f in lib.faces()} <= set(scans)
        assert lib.check().healthy
        vectors = load_vectors(lib)
        assert all(f.id in vectors for f in lib.faces() if f.described)
        rest = detect_faces(lib)
        assert not rest.cancelled
        assert rest.items == 3
        assert len(lib.face_scans()) == 6
        assert pending_items(lib) == []
        assert lib.check().healthy


def test_detection_over_200_photos_is_cancelled_and_leaves_the_collection_consistent(
    tmp_path: Path,
) -> None:
    """The issue's figure: 200 pictures, cancelled after about twenty, nothing half-written."""
    _needs(HOPPER)
    files = tmp_path / "files"
    files.mkdir()
    with Image.open(HOPPER) as im:
        portrait = im.convert("RGB")
    for n in range(200):
        picture = portrait.copy()
        picture.putpixel((0, 0), (n % 256, n // 256, 7))  # each file its own bytes
        picture.save(files / f"p{n:03}.png")
    with Library.create(tmp_path / "c") as lib:
        report = lib.import_paths([files])
        assert len(report.added) == 200
        token = CancelToken()
        seen: list[ProgressInfo] = []

        def stop_after_twenty(info: ProgressInfo) -> None:
            seen.append(info)
            if info.done >= 20:
                token.cancel()

        first = detect_faces(lib, progress=stop_after_twenty, cancel=token)
        assert first.cancelled
        assert 20 <= first.items < 200
        assert seen[-1].total == 200
        scans = lib.face_scans()
        assert len(scans) == first.items  # every picture searched is recorded, no other
        assert len(pending_items(lib)) == 200 - first.items
        assert {f.item_id for f in lib.faces()} <= set(scans)
        assert lib.check().healthy
        vectors = load_vectors(lib)
        assert all(f.id in vectors for f in lib.faces() if f.described)
        again = CancelToken()
        second = detect_faces(
            lib, progress=lambda i: again.cancel() if i.done >= 1 else None, cancel=again
        )
        assert second.cancelled
        assert len(lib.face_scans()) == first.items + second.items  # it went on from there
        assert lib.check().healthy


@pytest.mark.parametrize("orientation", range(1, 9))
def test_faces_are_stored_in_the_stored_frame_under_every_orientation(
    tmp_path: Path, orientation: int
) -> None:
    _needs(CURIE)
    upright = _upright_curie().resize((420, 350), Image.Resampling.LANCZOS)
    expected = [Region(x=f.box[0], y=f.box[1], w=f.box[2], h=f.box[3]) for f in find_faces(upright)]
    assert len(expected) == 2
    path = _save(upright, tmp_path / f"o{orientation}.jpg", orientation)
    with Library.create(tmp_path / "c") as lib:
        lib.import_paths([path])
        (item,) = lib.items()
        assert item.orientation == orientation
        detect_faces(lib)
        faces = lib.faces(item.id)
        assert len(faces) == 2
        for face in faces:
            assert max(iou(_upright(face, item), e) for e in expected) > 0.6
