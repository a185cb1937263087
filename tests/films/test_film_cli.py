import argparse
import json
from pathlib import Path

import pytest
from tests.records import put

from memoryapp.cli.films import FILM_EXPORT_FORMATS, add_commands
from memoryapp.core.dates import FuzzyDate
from memoryapp.core.errors import NotFoundError
from memoryapp.core.ids import ItemId
from memoryapp.core.items import DateRole, Item, PersonTag
from memoryapp.library import Library


def _parser() -> tuple[argparse.ArgumentParser, dict]:
    parser = argparse.ArgumentParser(prog="memoryapp")
    sub = parser.add_subparsers(dest="command")
    handlers = add_commands(sub)
    export = sub.add_parser("export")  # the shape the main CLI gives the shared command
    export.add_argument("--collection", "-c", type=Path, required=True)
    export.add_argument("--format", required=True)
    export.add_argument("--out", type=Path, required=True)
    export.add_argument("--film", default=None)
    export.add_argument("--json", action="store_true")
    return parser, handlers


def run(capsys, *argv: str) -> tuple[int, str, str]:
    parser, handlers = _parser()
    args = parser.parse_args(list(argv))
    try:
        code = (
            FILM_EXPORT_FORMATS[args.format](args)
            if args.command == "export"
            else handlers[args.command](args)
        )
    except NotFoundError as exc:  # mapped to exit 2 by memoryapp.cli.main
        print(exc)
        code = 2
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys, *argv: str):
    code, out, err = run(capsys, *argv, "--json")
    assert code == 0, err
    return json.loads(out)


@pytest.fixture
def collection(tmp_path: Path, tinghir_places, tinghir_people) -> str:
    path = tmp_path / "family"
    with Library.create(path, title="Ohana") as lib:
        places, people = tinghir_places, tinghir_people
        put(lib, *places.values(), *people.values())
        put(
            lib,
            Item(
                id=ItemId("a" * 32),
                title="Wedding in Tinghir",
                dates={DateRole.TAKEN: FuzzyDate(edtf="1958~")},
                people=(PersonTag(person_id=people["rachel"].id),),
                places=(places["tinghir"].id,),
            ),
            Item(
                id=ItemId("b" * 32),
                title="Souk de Tinerhir",
                dates={DateRole.TAKEN: FuzzyDate(edtf="1970")},
            ),
            Item(id=ItemId("c" * 32), title="Paris, 1990"),
        )
    return str(path)


def test_film_commands_end_to_end(collection: str, tmp_path: Path, capsys) -> None:
    c = ("--collection", collection)
    film = run_json(capsys, "film", "add", *c, "--title", "Leaving Tinghir", "--fps", "29.97", "--drop-frame",
                    "--language", "fr", "--language", "he", "--media", "tv", "--territory", "fr")  # fmt: skip
    assert (film["start_tc"], film["start_frame"], film["planned_use"]["territories"]) == (
        "01:00:00;00",
        107_892,
        ["FR"],
    )
    assert set(film) >= {
        "id",
        "title",
        "fps",
        "drop_frame",
        "languages",
        "planned_use",
        "frame_width",
    }
    fid = film["id"]
    assert [f["id"] for f in run_json(capsys, "film", "list", *c)] == [fid]
    edited = run_json(
        capsys, "film", "edit", *c, fid, "--director", "Esther", "--use-until", "2035-01-01"
    )
    assert edited["director"] == "Esther"
    assert edited["planned_use"]["until"] == "2035-01-01"

    scene = run_json(capsys, "scene", "add", *c, "--film", fid, "--number", "12", "--title", "Leaving",
                     "--place", "pl-tinghir", "--person", "p-rachel", "--period", "vers 1958",
                     "--duration", "90", "--tc-in", "01:00:10;00")  # fmt: skip
    assert scene["period"]["edtf"] == "1958~"
    assert scene["duration_frames"] == 2697
    assert scene["tc_in_tc"] == "01:00:10;00"
    assert scene["places"] == [{"id": "pl-tinghir", "name": "Tinghir"}]
    sid = scene["id"]
    scene = run_json(
        capsys, "scene", "edit", *c, sid, "--status", "in-edit", "--wishlist", "wedding photos"
    )
    assert (scene["status"], scene["wishlist"]) == ("in-edit", "wedding photos")
    assert [s["number"] for s in run_json(capsys, "scene", "list", *c, "--film", fid)] == ["12"]

    found = run_json(capsys, "scene", "candidates", *c, sid)
    assert [f["item_id"] for f in found] == ["a" * 32, "b" * 32]
    assert found[0]["reasons"][0] == {
        "kind": "person", "text": "shows Rachel Ohana", "weight": 3.0, "person_id": "p-rachel",
        "place_id": None, "item_place_id": None, "name": None, "overlap": None,
        "years_away": None,
    }  # fmt: skip
    assert found[1]["reasons"][0]["name"] == "Tinerhir"
    assert found[1]["title"] == "Souk de Tinerhir"

    link = run_json(capsys, "link", "add", *c, "--scene", sid, "--item", "a" * 32, "--role", "on-screen",
                    "--hold", "6", "--clearance", "cleared", "--credit", "fr=Collection Ohana",
                    "--credit", "he=אוסף אוחנה", "--caption", "fr=Mariage, vers 1958",
                    "--licence-media", "all-media", "--licence-territory", "WORLD", "--licence-perpetual",
                    "--consent-by", "Esther Ohana", "--consent-date", "2025-03-01",
                    "--pan-from", "0,0,1,1", "--pan-to", "0.2,0.2,0.5,0.5", "--alteration", "restoration:GIMP")  # fmt: skip
    assert (link["hold_frames"], link["hold_tc"], link["hold_s"]) == (180, "00:00:06;00", 6.006)
    assert link["credit"] == {"fr": "Collection Ohana", "he": "אוסף אוחנה"}
    assert link["licence"]["perpetual"]
    assert link["consents"][0]["given_by"] == "Esther Ohana"
    assert link["pan_to"] == {"x": 0.2, "y": 0.2, "w": 0.5, "h": 0.5}
    assert link["alterations"][0]["tool"] == "GIMP"
    lid = link["id"]
    assert run_json(capsys, "film", "check", *c, fid, "--today", "2026-01-01") == []

    code, out, _ = run(
        capsys, "link", "edit", *c, lid, "--revoke-consent", "Esther Ohana", "--json"
    )
    assert code == 0
    assert json.loads(out)["consents"][0]["revoked"] is True
    code, out, _ = run(capsys, "film", "check", *c, fid, "--today", "2026-01-01", "--json")
    assert code == 1
    assert [i["kind"] for i in json.loads(out)] == ["consent-revoked"]

    shown = run_json(capsys, "film", "show", *c, fid)
    assert [s["id"] for s in shown["scenes"]] == [sid]
    assert [k["id"] for k in shown["links"]] == [lid]
    assert run_json(capsys, "scene", "show", *c, sid)["links"][0]["id"] == lid
    assert [k["id"] for k in run_json(capsys, "link", "list", *c, "--film", fid)] == [lid]

    for fmt in FILM_EXPORT_FORMATS:
        out_path = tmp_path / "exports" / f"film.{fmt}"
        result = run_json(capsys, "export", *c, "--format", fmt, "--out", str(out_path))
        assert {k: result[k] for k in ("format", "film_id", "path", "items", "included")} == {
            "format": fmt,
            "film_id": fid,
            "path": str(out_path.resolve()),
            "items": 1,
            "included": [],
        }
        assert result["privacy"]["counts"] == {"living-name-replaced": 1, "name-in-text": 1}
        assert out_path.stat().st_size > 0
    cut = run_json(capsys, "film", "cut", *c, fid, str(tmp_path / "exports" / "film.edl"))
    assert cut["items"] == [{"item_id": "a" * 32, "frames": 180, "seconds": 6.006}]
    assert cut["cut"] == "LEAVING TINGHIR"
    assert cut["updated_links"] == [lid]

    assert run_json(capsys, "link", "remove", *c, lid) == {"removed": lid}
    assert run_json(capsys, "link", "list", *c) == []


def test_text_output_and_errors(collection: str, tmp_path: Path, capsys) -> None:
    c = ("--collection", collection)
    code, out, _ = run(capsys, "film", "add", *c, "--title", "Film")
    assert code == 0
    assert out.endswith("  Film\n")
    fid = out.split()[0]
    code, out, _ = run(
        capsys, "scene", "add", *c, "--film", fid, "--number", "1", "--place", "pl-tinghir"
    )
    sid = out.split()[0]
    for argv in (("film", "list"), ("film", "show", fid), ("film", "check", fid), ("scene", "list", "--film", fid),
                 ("scene", "show", sid), ("scene", "candidates", sid), ("link", "list")):  # fmt: skip
        code, out, err = run(capsys, argv[0], argv[1], *c, *argv[2:])
        assert code == 0, argv
        assert out, argv
        assert not err, argv
    code, _, err = run(
        capsys, "scene", "add", *c, "--film", fid, "--number", "2", "--period", "whenever"
    )
    assert code == 2
    assert "whenever" in err
    code, _, err = run(capsys, "film", "add", *c, "--title", "x", "--drop-frame")
    assert code == 2
    assert "drop-frame" in err
    code, _, err = run(capsys, "scene", "add", *c, "--film", fid, "--number", "1")
    assert code == 2
    assert "already exists" in err
    code, _, err = run(
        capsys, "link", "add", *c, "--scene", sid, "--item", "a" * 32, "--hold", "01:00"
    )
    assert code == 2
    assert "duration" in err
    assert run(capsys, "link", "add", *c, "--scene", sid, "--item", "nope")[0] == 2
    run(capsys, "film", "add", *c, "--title", "Second")
    code, _, err = run(capsys, "export", *c, "--format", "edl", "--out", str(tmp_path / "x.edl"))
    assert code == 2
    assert "--film" in err


def test_scene_commands_take_names_and_scene_numbers(collection: str, capsys) -> None:
    from memoryapp.cli.main import main

    c = ("--collection", collection)

    def cli(*argv: str) -> tuple[int, str, str]:
        code = main(list(argv))
        out, err = capsys.readouterr()
        return code, out, err

    code, out, _ = cli("film", "add", *c, "--title", "Leaving Tinghir", "--json")
    fid = json.loads(out)["id"]
    code, out, err = cli("scene", "add", *c, "--film", "leaving tinghir", "--number", "12",
                         "--person", "רחל אוחנה", "--person", "meir ohana", "--place", "Tinerhir",
                         "--period", "1958", "--json")  # fmt: skip
    assert code == 0, err
    scene = json.loads(out)
    assert [p["id"] for p in scene["people"]] == ["p-rachel", "p-meir"]
    assert scene["places"] == [{"id": "pl-tinghir", "name": "Tinghir"}]

    for number in ("12", "SC12", "sc 12", "Scene 12", scene["id"]):
        code, out, err = cli("scene", "candidates", *c, number, "--json")
        assert code == 0, err
        assert json.loads(out)[0]["item_id"] == "a" * 32, number
    code, out, _ = cli("scene", "edit", *c, "SC12", "--title", "Leaving", "--place", "تنغير",
                       "--place", "Ouarzazate", "--json")  # fmt: skip
    assert [p["id"] for p in json.loads(out)["places"]] == ["pl-tinghir", "pl-ouarzazate"]
    code, out, _ = cli("scene", "show", *c, "leaving", "--json")
    assert json.loads(out)["id"] == scene["id"]

    # a number two films share needs --film; an unknown name is one clear line, exit 2
    cli("film", "add", *c, "--title", "Return")
    cli("scene", "add", *c, "--film", "Return", "--number", "12")
    code, _, err = cli("scene", "candidates", *c, "12")
    assert code == 2
    assert "several scenes are '12'" in err
    assert "SC12 of Leaving Tinghir" in err
    assert "SC12 of Return" in err
    code, out, err = cli("scene", "candidates", *c, "12", "--film", fid, "--json")
    assert code == 0, err
    code, _, err = cli("scene", "add", *c, "--film", fid, "--number", "13", "--person", "Nobody")
    assert code == 2
    assert "no person with id 'Nobody'" in err
    assert "Traceback" not in err
