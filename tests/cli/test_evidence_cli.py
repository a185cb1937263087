"""``identify``, ``evidence`` and the identification warnings of ``check``."""

import json
import shutil
from pathlib import Path

import pytest

from memoryapp.cli.main import main
from memoryapp.library import Library

SAMPLE = Path(__file__).resolve().parents[2] / "sample_collection"
WEDDING = "356894f688935ae488ae776e884bebfe"  # "Mariage de Yakout et Chimon", c. 1932
KETUBAH = "3c983e5e63cb50b1872216f6b85305e4"  # stands in for a recording here
FACE = "0.4172,0.4,0.0456,0.084"


@pytest.fixture
def coll(tmp_path: Path) -> Path:
    path = tmp_path / "c"
    shutil.copytree(SAMPLE, path)
    return path


def _json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict:  # type: ignore[type-arg]
    assert main([*argv, "--json"]) == 0
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


def test_identify_then_a_rival_makes_the_face_disputed_in_check(
    coll: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    c = ("--collection", str(coll))
    shown = _json(
        capsys, "identify", *c, WEDDING, "--person", "Shimon Elbaz", "--region", FACE,
        "--by", "Esther Dahan", "--how", "testimony", "--source", f"{KETUBAH}@00:03:12",
        "--confidence", "3",
    )  # fmt: skip
    shimon = next(t for t in shown["tags"] if t["name"] == "Shimon Elbaz")
    said = shimon["assertions"][-1]
    assert (said["method"], said["recording"], said["at_ms"], said["confidence"]) == (
        "testimony", KETUBAH, 192_000, 3
    )  # fmt: skip
    assert said["by"] == "Esther Dahan"
    assert said["by_person"] is not None
    assert shimon["status"] == "accepted"  # the family's word, kept as the first assertion
    report = _json(capsys, "check", *c)
    assert not [w for w in report["warnings"] if w["kind"] == "disputed"]

    _json(
        capsys, "identify", *c, WEDDING, "--person", "Avraham Dahan", "--region", FACE,
        "--by", "Yossef", "--how", "eyewitness", "--confidence", "2",
    )  # fmt: skip
    assert main(["check", *c, "--json"]) == 0  # warnings never fail the check
    report = json.loads(capsys.readouterr().out)
    disputed = [w for w in report["warnings"] if w["kind"] == "disputed"]
    assert len(disputed) == 1
    assert disputed[0]["item_id"] == WEDDING
    assert "Shimon Elbaz" in disputed[0]["message"]
    assert "Avraham Dahan" in disputed[0]["message"]
    assert report["healthy"] is True
    evidence = _json(capsys, "evidence", *c, WEDDING)
    assert {t["name"] for t in evidence["tags"] if t["status"] == "disputed"} == {
        "Shimon Elbaz", "Avraham Dahan"
    }  # fmt: skip
    # one undo step per identification
    assert main(["undo", *c]) == 0
    with Library.open(coll) as lib:
        names = [lib.person(t.person_id).name for t in lib.item(WEDDING).people]
    assert "Avraham Dahan" not in names


def test_a_person_born_in_1960_on_a_photo_of_about_1932_is_a_life_span_warning(
    coll: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    c = ("--collection", str(coll))
    assert main(["tag", *c, WEDDING, "--person", "Yossi Elbaz"]) == 0
    capsys.readouterr()
    report = _json(capsys, "check", *c)
    (warning,) = [w for w in report["warnings"] if w["item_id"] == WEDDING]
    with Library.open(coll) as lib:
        yossi = next(p for p in lib.people() if p.name == "Yossi Elbaz")
    assert warning["kind"] == "before-birth"
    assert warning["person_id"] == yossi.id
    assert warning["severity"] == "warning"
    assert warning["message"].endswith(".")
    assert "1960" in warning["message"]
    evidence = _json(capsys, "evidence", *c, WEDDING)
    assert [w["kind"] for w in evidence["warnings"]] == ["before-birth"]


def test_edit_sets_who_identified_someone_and_how_sure(
    coll: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    c = ("--collection", str(coll))
    assert main(["edit", *c, WEDDING, "--person", "Shimon Elbaz",
                 "--identified-by", "Esther", "--certainty", "possible"]) == 0  # fmt: skip
    with Library.open(coll) as lib:
        tag = next(
            t for t in lib.item(WEDDING).people if lib.person(t.person_id).name == "Shimon Elbaz"
        )
    assert (tag.identified_by, tag.certainty) == ("Esther", "possible")
    capsys.readouterr()
    shown = _json(capsys, "search", *c, "confidence:<2")
    assert [i["id"] for i in shown["items"]] == [WEDDING]


def test_a_bad_source_moment_is_one_sentence(
    coll: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    c = ("--collection", str(coll))
    code = main(["identify", *c, WEDDING, "--person", "Shimon Elbaz",
                 "--source", f"{KETUBAH}@00:99:00"])  # fmt: skip
    assert code == 2
    err = capsys.readouterr().err.strip()
    assert "minutes run 0-59" in err
    assert "\n" not in err
    assert "Traceback" not in err
