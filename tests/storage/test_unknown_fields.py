"""Fields a newer memoryapp wrote are kept when this version rewrites the record."""

import shutil
from pathlib import Path

from memoryapp.cli.main import main
from memoryapp.core.items import Item, PersonTag, Source
from memoryapp.storage.catalogue import Catalogue
from memoryapp.storage.layout import CollectionPaths
from memoryapp.storage.serialize import keep_unknown, to_dict

SAMPLE = Path(__file__).resolve().parents[2] / "sample_collection"


def test_unknown_fields_survive_an_edit_at_every_level(tmp_path: Path) -> None:
    root = tmp_path / "c"
    shutil.copytree(SAMPLE, root)
    catalogue = Catalogue(CollectionPaths(root))
    item_id, raw = next(
        (i, dict(r)) for i, r in catalogue.scan("items") if r.get("people") and r.get("dates")
    )
    person_id, person = next((i, dict(r)) for i, r in catalogue.scan("people"))
    raw["photographer"] = "Studio Benhamou, Ouarzazate"
    raw["source"] = {**raw.get("source", {}), "shelf": "B3"}
    raw["people"] = [{**t, "gaze": "left"} for t in raw["people"]]
    raw["dates"] = {role: {**d, "precision": "season"} for role, d in raw["dates"].items()}
    raw["files"] = [{**f, "icc": "sRGB"} for f in raw["files"]]
    person["pronouns"] = "she"
    person["names"] = [{**n, "romanization": "ALA-LC"} for n in person["names"]]
    catalogue.commit({"items": {item_id: raw}, "people": {person_id: person}})

    assert main(["edit", "-c", str(root), item_id, "--title", "Le mariage", "--album", "A2"]) == 0
    assert main(["person", "edit", "-c", str(root), person_id, "--note", "née à Tinghir"]) == 0

    again = Catalogue(CollectionPaths(root))
    item = again.get("items", item_id)
    assert item is not None
    assert (item["title"], item["source"]["album"]) == ("Le mariage", "A2")
    assert item["photographer"] == "Studio Benhamou, Ouarzazate"
    assert item["source"]["shelf"] == "B3"
    assert [t["gaze"] for t in item["people"]] == ["left"] * len(raw["people"])
    assert all(d["precision"] == "season" for d in item["dates"].values())
    assert all(f["icc"] == "sRGB" for f in item["files"])
    edited = again.get("people", person_id)
    assert edited is not None
    assert (edited["notes"], edited["pronouns"]) == ("née à Tinghir", "she")
    assert all(n["romanization"] == "ALA-LC" for n in edited["names"])


def test_list_elements_keep_their_own_unknown_keys_when_others_change() -> None:
    old = {
        "people": [{"person_id": "a", "gaze": "left"}, {"person_id": "b", "gaze": "right"}],
        "source": {"shelf": "B3"},
    }
    new = Item(id="i", people=(PersonTag(person_id="b", identified_by="Esther"),))  # type: ignore[arg-type]
    merged = keep_unknown(Item, to_dict(new), old)
    assert merged["people"] == [{"person_id": "b", "identified_by": "Esther", "gaze": "right"}]
    assert merged["source"] == {"shelf": "B3"}  # the source went back to its default
    assert keep_unknown(Source, {"album": "A"}, {"album": "B"}) == {"album": "A"}
