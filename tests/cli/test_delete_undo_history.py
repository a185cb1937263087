"""Deletes, undos and the history together, as a user types them (issue: one way to change)."""

import json
import shutil
from pathlib import Path

from tests.conftest import SAMPLE
from tests.records import everything

from memoryapp.cli.main import ExitCode, main
from memoryapp.library import Library


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_deletes_undone_give_back_the_collection_and_the_history_tells_it_all(
    tmp_path: Path, capsys
) -> None:
    root = tmp_path / "sample"
    shutil.copytree(SAMPLE, root)
    coll = str(root)
    with Library.open(root) as lib:
        original = everything(lib)
        three = [i.id for i in lib.items()[:3]]
        film = lib.films()[0]
        tagged = {t.person_id for i in lib.items() for t in i.people}
        person = next(p for p in lib.people() if p.id in tagged)
        other = next(p for p in lib.people() if p.id != person.id)

    code, _, _ = run(capsys, "delete", "-c", coll, *three)
    assert code == ExitCode.OK
    assert run(capsys, "undo", "-c", coll)[0] == ExitCode.OK
    code, _, _ = run(capsys, "film", "delete", "-c", coll, film.title)
    assert code == ExitCode.OK
    with Library.open(root) as lib:
        assert lib.films() == []
    assert run(capsys, "undo", "-c", coll)[0] == ExitCode.OK
    with Library.open(root) as lib:
        assert everything(lib) == original  # every record of every kind, as it was

    code, _, err = run(capsys, "person", "delete", "-c", coll, person.id)
    assert code == ExitCode.USAGE
    assert "--reassign-to" in err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    code, _, _ = run(capsys, "person", "delete", "-c", coll, person.id, "--reassign-to", other.id)
    assert code == ExitCode.OK
    with Library.open(root) as lib:
        assert person.id not in {p.id for p in lib.people()}
        assert person.id not in {
            t.person_id for i in lib.items(include_trashed=True) for t in i.people
        }

    code, out, _ = run(capsys, "history", "-c", coll, "--json")
    assert code == ExitCode.OK
    history = json.loads(out)
    assert [(op["kind"], op["undone"]) for op in history] == [
        ("do", False),
        ("undo", False),
        ("do", True),
        ("undo", False),
        ("do", True),
    ]
    labels = [op["label"] for op in history]
    assert labels[4].startswith("Move to trash")
    assert labels[3] == f"Undo {labels[4]}"
    assert film.title in labels[2]
    assert labels[1] == f"Undo {labels[2]}"
    assert labels[0] == f"Delete person {person.name} (reassigned to {other.name})"
