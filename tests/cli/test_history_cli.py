"""``memoryapp history|undo|redo`` round trip on a copy of the sample collection."""

import json
import shutil
from pathlib import Path

from tests.conftest import SAMPLE
from tests.records import everything

from memoryapp.cli.main import ExitCode, main
from memoryapp.library import Library
from memoryapp.library.film_desk import FilmDesk


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_edit_film_delete_and_import_each_undo_back_to_the_original(
    tmp_path: Path, make_jpeg, capsys
) -> None:
    root = tmp_path / "sample"
    shutil.copytree(SAMPLE, root)
    coll = str(root)
    with Library.open(root) as lib:
        original = everything(lib)
        item_ids = [i.id for i in lib.items()[:2]]
        film = lib.films()[0]

    code, _, _ = run(capsys, "edit", "-c", coll, *item_ids, "--title", "Henna night", "--private")
    assert code == ExitCode.OK
    with Library.open(root) as lib:
        FilmDesk(lib).delete_film(film.id)
    folder = tmp_path / "new scans"
    folder.mkdir()
    for name in ("a.jpg", "b.jpg", "c.jpg"):
        shutil.move(make_jpeg(name), folder / name)
    code, out, _ = run(capsys, "import", "-c", coll, "--jobs", "1", "--json", str(folder))
    assert code == ExitCode.OK
    imported = {r["item_id"] for r in json.loads(out)["results"]}
    assert len(imported) == 3

    code, out, _ = run(capsys, "history", "-c", coll, "--json")
    assert code == ExitCode.OK
    history = json.loads(out)
    batches = [op for op in history if op["label"].startswith("Import ")]  # one per batch
    assert sum(int(op["label"].split()[1]) for op in batches) == 3
    assert [op["label"] for op in history[len(batches) :]] == [
        f"Delete film {film.title}",
        "Edit (2 items)",
    ]
    assert [op["id"] for op in history] == list(range(len(history), 0, -1))
    assert all(op["kind"] == "do" and not op["undone"] and op["by"] for op in history)
    assert {r["type"] for r in history[len(batches)]["records"]} == {"film", "scene", "link"}
    assert {r["id"] for op in batches for r in op["records"]} == imported

    code, out, _ = run(capsys, "history", "-c", coll, "--item", item_ids[0], "--json")
    assert [op["id"] for op in json.loads(out)] == [1]

    for batch in batches:
        code, out, _ = run(capsys, "undo", "-c", coll, "--json")
        assert code == ExitCode.OK
        assert json.loads(out)["label"] == f"Undo {batch['label']}"
    code, out, _ = run(capsys, "undo", "-c", coll)
    assert out.startswith(f"Undo Delete film {film.title}")
    code, out, _ = run(capsys, "undo", "-c", coll, "--json")
    assert (json.loads(out)["kind"], json.loads(out)["target"]) == ("undo", 1)

    with Library.open(root) as lib:
        now = everything(lib)
    for kind, records in original.items():
        assert {k: v for k, v in now[kind].items() if k not in imported} == records, kind
    assert all(now["items"][i].trashed_at for i in imported)  # the import's items: in the trash

    code, out, err = run(capsys, "undo", "-c", coll)
    assert code == ExitCode.FILES_FAILED
    assert err.strip() == "memoryapp: nothing to undo"

    code, out, _ = run(capsys, "redo", "-c", coll, "--json")
    assert json.loads(out)["label"] == "Redo Edit (2 items)"
    code, out, _ = run(capsys, "history", "-c", coll)
    lines = out.splitlines()
    assert "Redo Edit (2 items)" in lines[0]
    assert lines[-1].endswith("Edit (2 items)  (2 records)")
    assert sum("[undone]" in line for line in lines) == 1 + len(batches)
