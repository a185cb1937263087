import json
from pathlib import Path

from memoryapp.cli.main import ExitCode, main


def run(capsys, *args: str):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, (json.loads(out) if out.strip().startswith(("{", "[")) else out), err


def test_people_places_tags_from_the_command_line(tmp_path: Path, make_jpeg, capsys) -> None:
    c = str(tmp_path / "coll")
    run(capsys, "init", "--collection", c)
    _, report, _ = run(
        capsys, "import", "--collection", c, "--jobs", "1", "--json", str(make_jpeg())
    )
    item = report["results"][0]["item_id"]

    code, person, _ = run(
        capsys,
        "person",
        "add",
        "--collection",
        c,
        "--json",
        "Yakut Elbaz",
        "--alias",
        "Yakout",
        "--alias",
        "יקוט אלבז",
        "--alias",
        "ياقوت البز@ar#arabic",
        "--birth",
        "c. 1910",
        "--living",
        "deceased",
    )
    assert code == ExitCode.OK
    assert [n["script"] for n in person["names"]] == ["Latn", "Latn", "Hebr", "Arab"]
    assert person["names"][2]["lang"] == "he"
    assert person["birth"]["edtf"] == "1910~"

    _, town, _ = run(
        capsys,
        "place",
        "add",
        "--collection",
        c,
        "--json",
        "Tinghir",
        "--alias",
        "Tinerhir",
        "--alias",
        "ⵜⵉⵏⵖⵉⵔ",
        "--type",
        "town",
        "--lat",
        "31.5147",
        "--lon",
        "-5.5328",
    )
    _, mellah, _ = run(
        capsys,
        "place",
        "add",
        "--collection",
        c,
        "--json",
        "Mellah of Tinghir",
        "--type",
        "mellah",
        "--parent",
        "tinerhir",
    )
    assert mellah["parent"] == town["id"]

    code, shown, _ = run(
        capsys,
        "tag",
        "--collection",
        c,
        "--json",
        item,
        "--person",
        "yakout",
        "--place",
        "Mellah of Tinghir",
        "--date",
        "vers 1955",
        "--tag",
        "Events|Wedding",
    )
    assert code == ExitCode.OK
    assert shown[0]["people"][0]["name"] == "Yakut Elbaz"
    assert shown[0]["places"][0]["id"] == mellah["id"]
    assert shown[0]["dates"]["taken"]["edtf"] == "1955~"
    assert shown[0]["dates"]["taken"]["input"] == "vers 1955"
    assert shown[0]["tags"] == ["Events|Wedding"]

    code, edited, _ = run(
        capsys,
        "edit",
        "--collection",
        c,
        "--json",
        item,
        "--title",
        "Mariage",
        "--source",
        "Esther, Paris",
        "--rights",
        "http://rightsstatements.org/vocab/InC/1.0/",
        "--private",
    )
    assert edited[0]["title"] == "Mariage"
    assert edited[0]["source"]["holder"] == "Esther, Paris"
    assert edited[0]["rights"]["uri"].startswith("http://rightsstatements.org")
    assert edited[0]["private"] is True

    run(capsys, "person", "add", "--collection", c, "Yakout Ohayon")
    code, merged, _ = run(
        capsys, "person", "merge", "--collection", c, "--json", "Yakut Elbaz", "Yakout Ohayon"
    )
    assert code == ExitCode.OK
    assert "Yakout Ohayon" in [n["value"] for n in merged["names"]]
    _, people, _ = run(capsys, "person", "list", "--collection", c, "--json")
    assert len(people) == 1


def test_unknown_person_is_a_usage_error(tmp_path: Path, make_jpeg, capsys) -> None:
    c = str(tmp_path / "coll")
    run(capsys, "init", "--collection", c)
    _, report, _ = run(
        capsys, "import", "--collection", c, "--jobs", "1", "--json", str(make_jpeg())
    )
    code, _, err = run(
        capsys, "tag", "--collection", c, report["results"][0]["item_id"], "--person", "Nobody"
    )
    assert code == ExitCode.USAGE
    assert "Nobody" in err
