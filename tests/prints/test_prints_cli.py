"""``item attach``, ``inscription``, ``container``, ``custody`` and ``show --json``."""

import json
from pathlib import Path

import pytest
from tests.prints.conftest import PENCIL, PrintCollection
from tests.records import put

from memoryapp.cli.main import ExitCode, main
from memoryapp.core.ids import ItemId
from memoryapp.core.items import Item, MediaFile
from memoryapp.library import Library


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> object:
    code, out, err = run(capsys, *argv, "--json")
    assert code == 0, err
    return json.loads(out)


def test_show_json_has_views_inscriptions_location_and_custody(
    capsys: pytest.CaptureFixture[str], print_collection: PrintCollection
) -> None:
    shown = run_json(capsys, "show", "-c", str(print_collection.path), print_collection.item_id)
    assert isinstance(shown, dict)
    assert [v["role"] for v in shown["views"]] == ["front", "back"]
    assert shown["has_back"] is True
    assert shown["inscriptions"][0]["text"] == PENCIL
    assert shown["inscriptions"][0]["medium"] == "pencil"
    assert shown["inscriptions"][0]["writer"]["name"] == "Yakout Ohana"
    assert shown["location"]["path"] == "Box 1/Album 1/Page 3"
    assert shown["location"]["position"] == "slot 2"
    chain = [(e["from"]["name"], e["to"]["name"], e["kind"]) for e in shown["custody"]]
    assert chain == [
        ("Yakout Ohana", "Simha", "inheritance"),
        ("Simha", "Esther Ohana", "gift"),
        ("Esther Ohana", "Cousin David", "scan-and-return"),
    ]
    assert shown["custody"][0]["date"]["edtf"] == "1970~"
    assert shown["physical"]["size"] == "90 x 130 mm"
    assert shown["physical"]["process"] == "gelatin-silver"


def test_cli_builds_the_same_print(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "c"
    c = ("-c", str(path))
    with Library.create(path) as lib:
        files = [
            MediaFile(sha256=f"{n:064x}", path=f"media/{n}.jpg", format="jpeg", size=1)
            for n in (1, 2)
        ]
        put(
            lib,
            Item(id=ItemId("a" * 32), files=(files[0],), title="Kasbah", tags=("Tinghir",)),
            Item(id=ItemId("b" * 32), files=(files[1],), title="Back of Kasbah"),
        )
    joined = run_json(capsys, "item", "attach", *c, "a" * 32, "b" * 32, "--as", "back")
    assert isinstance(joined, dict)
    assert [v["role"] for v in joined["views"]] == ["front", "back"]
    run_json(capsys, "inscription", "add", *c, "a" * 32, "Tinghir vers 1955", "--medium", "pencil")
    rows = run_json(capsys, "inscription", "list", *c, "a" * 32)
    assert isinstance(rows, list)
    assert len(rows) == 1
    assert rows[0]["file"] == 1  # the back, by default
    run_json(capsys, "container", "add", *c, "Box 1")
    run_json(capsys, "container", "add", *c, "Album 1", "--kind", "album", "--parent", "Box 1")
    page = run_json(
        capsys, "container", "add", *c, "Page 3", "--kind", "page", "--parent", "Album 1"
    )
    assert page["path"] == "Box 1/Album 1/Page 3"
    moved = run_json(
        capsys, "container", "move", *c, "a" * 32, "--to", "album 1/page 3", "--normal"
    )
    assert (
        moved[0]["location"]["path"]
        == moved[0]["normal_location"]["path"]
        == "Box 1/Album 1/Page 3"
    )
    tree = run(capsys, "container", "list", *c)[1].splitlines()
    assert [line.split("  (")[0] for line in tree[:3]] == ["Box 1", "  Album 1", "    Page 3"]
    for giver, receiver, kind, date in (
        ("Yakout", "Simha", "inheritance", "vers 1970"),
        ("Simha", "Esther", "gift", "vers 1962"),
        ("Esther", "David", "scan-and-return", "2019"),
    ):
        run_json(
            capsys,
            "custody",
            "add",
            *c,
            "a" * 32,
            "--from",
            giver,
            "--to",
            receiver,
            "--kind",
            kind,
            "--date",
            date,
        )
    chain = run_json(capsys, "custody", "list", *c, "a" * 32)
    assert [e["to"]["name"] for e in chain] == ["Simha", "Esther", "David"]
    assert chain[1]["date"]["edtf"] == "1962~"
    edited = run_json(
        capsys,
        "edit",
        *c,
        "a" * 32,
        "--process",
        "albumen",
        "--width-mm",
        "90",
        "--height-mm",
        "60",
        "--mount",
        "card",
    )
    assert edited[0]["physical"]["size"] == "90 x 60 mm"
    assert run(capsys, "undo", *c)[0] == 0
    with Library.open(path) as lib:
        assert lib.item("a" * 32).physical.process is None
        assert len(lib.item("a" * 32).custody) == 3


def test_errors_are_one_sentence(
    capsys: pytest.CaptureFixture[str], print_collection: PrintCollection
) -> None:
    c = ("-c", str(print_collection.path))
    code, _, err = run(capsys, "container", "move", *c, print_collection.item_id, "--to", "Album 9")
    assert code == ExitCode.USAGE
    assert err.strip() == "memoryapp: no container 'Album 9'"
    code, _, err = run(capsys, "container", "add", *c, "Page 3", "--parent", "Album 1")
    assert code == ExitCode.USAGE
    assert "already a container 'Box 1/Album 1/Page 3'" in err
    code, _, err = run(
        capsys, "item", "attach", *c, print_collection.item_id, print_collection.item_id
    )
    assert code == ExitCode.USAGE
    assert "Traceback" not in err
    assert err.count("\n") == 1
