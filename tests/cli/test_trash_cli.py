"""``memoryapp delete``, ``trash``, and ``delete`` of people, places, films and scenes."""

import json
import shutil
from pathlib import Path

import pytest
from tests.conftest import SAMPLE
from tests.library.test_trash import KETUBAH, STUDIO, WEDDING, commits
from tests.records import everything

from memoryapp.cli.main import ExitCode, main
from memoryapp.library import Library
from memoryapp.library.trash import delete_person_command

SHIMON = "d84fc5cc5787527b8b632f18e0835e6b"
DAVID = "0dfecbdcb4c754a0be80abf35df10412"


@pytest.fixture
def coll(tmp_path: Path) -> str:
    target = tmp_path / "collection"
    shutil.copytree(SAMPLE, target)
    return str(target)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_delete_then_restore_gives_back_the_original_records(
    coll: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with Library.open(Path(coll)) as lib:
        original = everything(lib)
        shown = len(lib.items())
    code, out, _ = run(capsys, "delete", "-c", coll, "--json", WEDDING, KETUBAH, STUDIO)
    assert code == ExitCode.OK
    assert json.loads(out) == {
        "trashed": [WEDDING, KETUBAH, STUDIO],
        "already_in_trash": [],
        "unknown": [],
        "label": "Move to trash (3 items)",
    }
    code, out, _ = run(capsys, "items", "-c", coll, "--json")
    assert len(json.loads(out)) == shown - 3
    code, out, _ = run(capsys, "trash", "list", "-c", coll, "--json")
    listed = json.loads(out)
    assert {i["id"] for i in listed} == {WEDDING, KETUBAH, STUDIO}
    assert all(i["trashed_at"] for i in listed)
    code, out, _ = run(capsys, "search", "-c", coll, "--json", "Mariage")
    assert WEDDING not in {i["id"] for i in json.loads(out)["items"]}

    code, out, _ = run(capsys, "trash", "restore", "-c", coll, WEDDING, KETUBAH, STUDIO)
    assert code == ExitCode.OK
    assert out.splitlines()[-1] == "3 items restored"
    with Library.open(Path(coll)) as lib:
        assert everything(lib) == original


def test_an_unknown_id_is_named_and_the_others_are_still_deleted(
    coll: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "delete", "-c", coll, WEDDING, "no-such-item")
    assert code == ExitCode.USAGE
    assert err == "memoryapp: no item with id 'no-such-item'; left out\n"
    assert "moved to the trash: " + WEDDING in out
    code, out, _ = run(capsys, "delete", "-c", coll, "--json", WEDDING)
    assert json.loads(out)["already_in_trash"] == [WEDDING]


def test_a_tagged_person_is_refused_then_reassigned_in_one_command(
    coll: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with Library.open(Path(coll)) as lib:
        tagged = [i.id for i in lib.items(include_trashed=True) if SHIMON in i.person_ids()]
        original = everything(lib)
    assert tagged
    code, out, err = run(capsys, "person", "delete", "-c", coll, "Shimon Elbaz")
    assert code == ExitCode.USAGE
    assert out == ""
    assert err.count("\n") == 1
    assert err.startswith(f"memoryapp: cannot delete Shimon Elbaz ({SHIMON}): still used on ")
    assert "--reassign-to" in err
    with Library.open(Path(coll)) as lib:
        assert everything(lib) == original
        command = delete_person_command(lib, "Shimon Elbaz", DAVID)
        before = commits(lib)
        lib.apply(command)
        assert commits(lib) == before + 1
        lib.undo()
        assert everything(lib) == original

    code, out, err = run(
        capsys, "person", "delete", "-c", coll, "--json", "Shimon Elbaz", "--reassign-to", DAVID
    )
    assert code == ExitCode.OK, err
    data = json.loads(out)
    assert data["deleted"] == {"id": SHIMON, "name": "Shimon Elbaz"}
    assert data["reassigned_to"] == {"id": DAVID, "name": "David Elbaz"}
    assert data["changed"]["items"] == len(tagged)
    with Library.open(Path(coll)) as lib:
        assert SHIMON not in {p.id for p in lib.people()}
        for item_id in tagged:
            assert DAVID in lib.item(item_id).person_ids()
        everywhere = [
            *(t.person_id for i in lib.items(include_trashed=True) for t in i.people),
            *(r.person_id for p in lib.people() for r in p.relations),
            *(p for s in lib.scenes() for p in s.people),
            *(k.crop_person for k in lib.links()),
        ]
        assert SHIMON not in everywhere


def test_a_place_with_children_moves_them_to_its_parent(
    coll: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with Library.open(Path(coll)) as lib:
        parents = {p.id: p.parent_id for p in lib.places()}
        used = {p for i in lib.items(include_trashed=True) for p in i.places}
        has_children = set(parents.values())
        target = next(p for p in sorted(used & has_children) if parents[p] is not None)
        children = [p for p, parent in parents.items() if parent == target]
        grandparent = parents[target]
    code, _, err = run(capsys, "place", "delete", "-c", coll, target)
    assert code == ExitCode.USAGE
    assert "still used on" in err
    code, out, err = run(
        capsys, "place", "delete", "-c", coll, "--json", target, "--reassign-to", grandparent
    )
    assert code == ExitCode.OK, err
    assert json.loads(out)["changed"]["places"] == len(children)
    with Library.open(Path(coll)) as lib:
        now = {p.id: p.parent_id for p in lib.places()}
        assert target not in now
        assert all(now[c] == grandparent for c in children)
        assert not any(target in i.places for i in lib.items(include_trashed=True))


def test_film_and_scene_delete(coll: str, capsys: pytest.CaptureFixture[str]) -> None:
    with Library.open(Path(coll)) as lib:
        film = lib.films()[0]
        scene = lib.scenes(film.id)[0]
        scene_links = [k for k in lib.links() if k.scene_id == scene.id]
    code, out, _ = run(capsys, "scene", "delete", "-c", coll, "--json", scene.id)
    assert code == ExitCode.OK
    assert json.loads(out) == {
        "deleted": scene.id,
        "film": film.id,
        "number": scene.number,
        "links": len(scene_links),
    }
    code, out, _ = run(capsys, "film", "delete", "-c", coll, film.title)
    assert code == ExitCode.OK
    assert out.startswith(f"deleted film {film.title} ({film.id})")
    with Library.open(Path(coll)) as lib:
        assert lib.films() == []
        assert lib.scenes() == []
        assert lib.links() == []
        assert len(lib.items()) > 30  # the items stay
    code, _, err = run(capsys, "film", "delete", "-c", coll, film.id)
    assert code == ExitCode.USAGE
    assert err.startswith("memoryapp: ")


def test_trash_empty_older_than(coll: str, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "delete", "-c", coll, STUDIO)
    code, out, _ = run(capsys, "trash", "empty", "-c", coll, "--older-than", "1", "--json")
    assert code == ExitCode.OK
    assert json.loads(out)["deleted"] == []
    code, out, _ = run(capsys, "trash", "empty", "-c", coll, "--json")
    data = json.loads(out)
    assert data["deleted"] == [STUDIO]
    assert len(data["removed_files"]) == 1
    assert not (Path(coll) / data["removed_files"][0]["path"]).exists()
    code, out, _ = run(capsys, "check", "-c", coll)
    assert code == ExitCode.OK
    code, _, _err = run(capsys, "trash", "empty", "-c", coll, "--older-than", "-2")
    assert code == ExitCode.USAGE
