"""Whatever the GUI details form can change, the CLI's edit can change (both from the registry)."""

import json
import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from memoryapp.cli.main import build_parser, main
from memoryapp.core.fields import field_of, fields_of
from memoryapp.core.items import Item, Rights, Source
from memoryapp.core.people import Person
from memoryapp.core.places import Place
from memoryapp.library import Library
from memoryapp.ui.details_edits import TEXT_FIELDS
from memoryapp.ui.details_form import DetailsForm
from memoryapp.ui.dialogs.person_form import PersonForm
from memoryapp.ui.dialogs.place_form import PlaceForm

SAMPLE = Path(__file__).resolve().parents[2] / "sample_collection"


def _edit_options(command: list[str]) -> set[str]:
    parser, _ = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    node = sub.choices[command[0]]  # type: ignore[index]
    for word in command[1:]:
        node = next(a for a in node._actions if a.dest == "action").choices[word]  # type: ignore[index]
    return {o for a in node._actions for o in a.option_strings}


def test_every_field_the_details_form_edits_has_an_edit_option(qtbot: QtBot) -> None:
    form = DetailsForm()
    qtbot.addWidget(form)
    shown = [(Item, name) for name in (*form.text_widgets(), "kind", "private")]
    shown += [(Item, "dates"), (Item, "people"), (Item, "places"), (Item, "tags")]
    shown += [(Source, name) for name in form.source]
    shown += [(Rights, name) for name in (*form.rights, "uri")]
    assert set(form.text_widgets()) == set(TEXT_FIELDS)  # a row for each text field
    options = _edit_options(["edit"])
    for record, name in shown:
        spec = field_of(record, name)
        assert spec is not None, name
        assert spec.option in options, f"the form edits {record.__name__}.{name}, the CLI cannot"


def test_person_and_place_edit_take_every_editable_field(qtbot: QtBot) -> None:
    forms = {Person: PersonForm(), Place: PlaceForm()}
    for record, command in ((Person, ["person", "edit"]), (Place, ["place", "edit"])):
        qtbot.addWidget(forms[record])
        options = _edit_options(command)
        missing = [f.option for f in fields_of(record) if f.option and f.option not in options]
        assert missing == [], record.__name__
        # the forms name their widgets after the fields they edit
        shown = [
            f
            for f in fields_of(record)
            if isinstance(getattr(forms[record], f.name, None), QWidget)
        ]
        assert len(shown) >= 6
        assert [f.name for f in shown if not f.option] == [], record.__name__
    assert field_of(Place, "parent_id").option in _edit_options(["place", "edit"])  # type: ignore[union-attr]


def test_edit_sets_kind_source_rights_and_a_face(tmp_path: Path) -> None:
    root = tmp_path / "c"
    shutil.copytree(SAMPLE, root)
    with Library.open(root) as lib:
        item = next(i for i in lib.items() if i.people)
        person = lib.person(item.people[0].person_id)
    args = ["edit", "-c", str(root), item.id, "--kind", "postcard", "--box", "Boîte 3"]
    args += [
        "--consent",
        "oral, 2024",
        "--rights-uri",
        "http://rightsstatements.org/vocab/InC/1.0/",
    ]
    args += ["--person", person.id, "--region", "0.1,0.2,0.3,0.4", "--certainty", "probable"]
    assert main([*args, "--json"]) == 0
    with Library.open(root) as lib:
        edited = lib.item(item.id)
    assert (str(edited.kind), edited.source.box, edited.rights.consent) == (
        "postcard",
        "Boîte 3",
        "oral, 2024",
    )
    tag = next(t for t in edited.people if t.person_id == person.id)
    assert (tag.region and tag.region.w, str(tag.certainty)) == (0.3, "probable")
    assert main(["edit", "-c", str(root), item.id, "--region", "1,2"]) != 0  # no --person


def test_person_edit_sets_relations_life_places_and_living(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "c"
    shutil.copytree(SAMPLE, root)
    with Library.open(root) as lib:
        a, b = lib.people()[:2]
        place = lib.places()[0]
    args = ["person", "edit", "-c", str(root), a.id, "--relation", f"spouse={b.id}"]
    args += ["--birth-place", place.id, "--living", "deceased", "--json"]
    capsys.readouterr()
    assert main(args) == 0
    shown = json.loads(capsys.readouterr().out)
    assert (shown["birth_place"], shown["living"]) == (place.id, "deceased")
    assert {"kind": "spouse", "person": b.id} in shown["relations"]
    assert main(["person", "edit", "-c", str(root), a.id, "--remove-relation", b.id]) == 0
    assert main(["person", "edit", "-c", str(root), a.id, "--relation", "cousin=x"]) != 0
    with Library.open(root) as lib:
        assert all(r.person_id != b.id for r in lib.person(a.id).relations)
