"""``memoryapp faces``: list, suggest, name, reject and group faces; search and XMP exports.

Faces are written as records with embeddings made up here (a person's face and the same face
slightly changed), so these tests need no detection; ``faces detect`` runs once on a real
portrait.
"""

import json
import shutil
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from tests.conftest import CORPUS, SAMPLE
from tests.records import put

from memoryapp.cli.main import main
from memoryapp.core.faces import Face, FaceState, face_id
from memoryapp.core.ids import ItemId
from memoryapp.core.items import PersonTag, Region
from memoryapp.core.orientation import rect_to_display
from memoryapp.library import Library
from memoryapp.library.faces import load_vectors, save_vectors

HOPPER = CORPUS / "files/correctness/pillow-tests/Tests/images/hopper.tif"


def _vector(seed: int) -> np.ndarray:
    v = np.random.default_rng(seed).normal(size=128).astype(np.float32)
    return v / np.linalg.norm(v) * 0.9  # dlib's descriptors are about this long


def _near(v: np.ndarray, seed: int) -> np.ndarray:
    noise = np.random.default_rng(seed).normal(size=128).astype(np.float32)
    return v + noise / np.linalg.norm(noise) * 0.2  # distance 0.2: the same face


class Faces:
    """A copy of the sample collection with one named face and three unnamed ones."""

    def __init__(self, root: Path) -> None:
        self.root = root
        with Library.open(root) as lib:
            people = lib.people()
            self.person = people[0]
            self.stranger = people[1]
            items = [i for i in lib.items() if not i.people]
            self.tagged, self.first, self.second = items[0], items[1], items[2]
            box = Region(x=0.1, y=0.2, w=0.2, h=0.25)
            named = Face(
                id=face_id(self.tagged.id, 0, box),
                item_id=self.tagged.id,
                region=box,
                state=FaceState.CONFIRMED,
                person_id=self.person.id,
                size_px=120,
                described=True,
            )
            tag = PersonTag(person_id=self.person.id, region=box)
            put(lib, replace(self.tagged, people=(tag,)), named)
            self.unnamed = [
                self._face(self.first.id, Region(x=0.5, y=0.1, w=0.2, h=0.2)),
                self._face(self.second.id, Region(x=0.1, y=0.1, w=0.1, h=0.1)),
                self._face(self.second.id, Region(x=0.6, y=0.6, w=0.1, h=0.1)),
            ]
            put(lib, *self.unnamed)
            vectors = load_vectors(lib)
            v = _vector(1)
            vectors.put(
                {
                    named.id: v,
                    self.unnamed[0].id: _near(v, 2),
                    self.unnamed[1].id: _near(v, 3),
                    self.unnamed[2].id: _vector(4),  # nobody we know
                }
            )
            save_vectors(lib, vectors)

    @staticmethod
    def _face(item_id: ItemId, region: Region) -> Face:
        return Face(
            id=face_id(item_id, 0, region),
            item_id=item_id,
            region=region,
            score=0.9,
            size_px=90,
            described=True,
        )


@pytest.fixture
def coll(tmp_path: Path) -> Faces:
    root = tmp_path / "c"
    shutil.copytree(SAMPLE, root)
    return Faces(root)


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, object]:
    code = main(list(args))
    out = capsys.readouterr().out
    return code, json.loads(out) if out.strip().startswith(("{", "[")) else out


def test_suggest_then_list_shows_the_nearest_person_first(
    coll: Faces, capsys: pytest.CaptureFixture[str]
) -> None:
    c = str(coll.root)
    code, done = _run(capsys, "faces", "suggest", "-c", c, "--json")
    assert code == 0
    assert isinstance(done, dict)
    assert done["label"] == "Suggest names for faces"
    code, faces = _run(capsys, "faces", "list", "-c", c, "--state", "suggested", "--json")
    assert isinstance(faces, list)
    assert sorted(f["id"] for f in faces) == sorted(f.id for f in coll.unnamed[:2])
    first = next(f for f in faces if f["id"] == coll.unnamed[0].id)
    (best,) = first["suggestions"]
    assert (best["person_id"], best["name"]) == (coll.person.id, coll.person.name)
    assert 0.5 < best["confidence"] < 1
    assert first["region"] == {"x": 0.5, "y": 0.1, "w": 0.2, "h": 0.2}
    with Library.open(coll.root) as lib:
        turn = lib.item(coll.first.id).orientation
    upright = rect_to_display(0.5, 0.1, 0.2, 0.2, turn)
    assert [first["region_upright"][k] for k in "xywh"] == pytest.approx(upright)
    assert first["state"] == "suggested"
    _, lone = _run(capsys, "faces", "list", "-c", c, "--state", "unnamed", "--json")
    assert [f["id"] for f in lone] == [coll.unnamed[2].id]  # type: ignore[union-attr]


def test_name_makes_a_person_tag_and_undo_takes_it_back(
    coll: Faces, capsys: pytest.CaptureFixture[str]
) -> None:
    c = str(coll.root)
    face = coll.unnamed[2]
    code, done = _run(
        capsys, "faces", "name", "-c", c, face.id, "--person", coll.stranger.name, "--json"
    )
    assert code == 0
    assert isinstance(done, dict)
    assert done["faces"][0]["state"] == "confirmed"
    assert done["faces"][0]["person"]["id"] == coll.stranger.id
    with Library.open(coll.root) as lib:
        (tag,) = lib.item(face.item_id).people
        assert (tag.person_id, tag.region) == (coll.stranger.id, face.region)
        assert tag.identified_by.startswith("named by ")
    assert main(["undo", "-c", c]) == 0
    with Library.open(coll.root) as lib:
        assert lib.item(face.item_id).people == ()
        assert lib.record(Face, face.id) == face


def test_reject_sets_faces_aside_and_an_unknown_face_is_one_sentence(
    coll: Faces, capsys: pytest.CaptureFixture[str]
) -> None:
    c = str(coll.root)
    ids = [f.id for f in coll.unnamed[1:]]
    assert main(["faces", "reject", "-c", c, *ids, "--not-a-face"]) == 0
    capsys.readouterr()
    _, faces = _run(capsys, "faces", "list", "-c", c, "--state", "rejected", "--json")
    assert sorted(f["id"] for f in faces) == sorted(ids)  # type: ignore[union-attr]
    assert {f["reject_reason"] for f in faces} == {"not-a-face"}  # type: ignore[union-attr]
    assert main(["faces", "name", "-c", c, "nope", "--person", coll.person.name]) == 2
    err = capsys.readouterr().err
    assert err == "memoryapp: no face with id 'nope'\n"


def test_clusters_group_the_faces_that_look_alike(
    coll: Faces, capsys: pytest.CaptureFixture[str]
) -> None:
    code, groups = _run(capsys, "faces", "clusters", "-c", str(coll.root), "--json")
    assert code == 0
    assert isinstance(groups, list)
    assert groups[0]["size"] == 2
    assert {f["id"] for f in groups[0]["faces"]} == {f.id for f in coll.unnamed[:2]}


def test_search_finds_unnamed_faces_and_items_by_their_number_of_faces(
    coll: Faces, capsys: pytest.CaptureFixture[str]
) -> None:
    c = str(coll.root)

    def found(query: str) -> set[str]:
        assert main(["search", "-c", c, "--json", query]) == 0
        return {i["id"] for i in json.loads(capsys.readouterr().out)["items"]}

    assert found("has:unnamed-faces") == {coll.first.id, coll.second.id}
    assert coll.second.id in found("faces:2")
    assert coll.first.id not in found("faces:2")
    assert main(["faces", "reject", "-c", c, coll.unnamed[0].id, "--not-a-face"]) == 0
    capsys.readouterr()
    assert found("has:unnamed-faces") == {coll.second.id}
    assert main(["search", "-c", c, "faces:many"]) == 2
    assert "faces:many needs a number" in capsys.readouterr().err


def test_unnamed_faces_leave_only_as_nameless_regions_when_asked(
    coll: Faces, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    c = str(coll.root)
    assert main(["faces", "suggest", "-c", c]) == 0
    capsys.readouterr()
    args = ["export", "-c", c, "--format", "xmp", "--ids", coll.first.id, "--no-media"]
    assert main([*args, "--out", str(tmp_path / "plain")]) == 0
    assert main([*args, "--out", str(tmp_path / "faces"), "--unnamed-faces"]) == 0
    capsys.readouterr()
    (plain,) = (tmp_path / "plain").glob("*.xmp")
    (faces,) = (tmp_path / "faces").glob("*.xmp")
    assert "mwg-rs:Regions" not in plain.read_text("utf-8")
    text = faces.read_text("utf-8")
    assert text.count("<mwg-rs:Type>Face</mwg-rs:Type>") == 1
    assert "mwg-rs:Name" not in text
    assert "MP:RegionInfo" not in text
    assert coll.person.name not in text  # the face's suggestion never leaves
    for path in (tmp_path / "faces").rglob("*"):
        assert path.suffix != ".npz"


def test_detect_finds_a_real_face(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    if not HOPPER.is_file():
        pytest.skip("the corpus is absent")
    c = str(tmp_path / "c")
    assert main(["init", "-c", c]) == 0
    assert main(["import", "-c", c, str(HOPPER)]) == 0
    capsys.readouterr()
    code, report = _run(capsys, "faces", "detect", "-c", c, "--json")
    assert code == 0
    assert isinstance(report, dict)
    assert (report["items"], report["faces"], report["cancelled"]) == (1, 1, False)
    code, again = _run(capsys, "faces", "detect", "-c", c, "--json")
    assert isinstance(again, dict)
    assert again["items"] == 0  # nothing left to search
