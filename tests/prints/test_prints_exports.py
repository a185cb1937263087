"""The print in exports: JSON-LD in CIDOC-CRM terms, CSV columns, and the privacy filter."""

import csv
import json
from pathlib import Path
from typing import Any

import pytest
from tests.prints.conftest import PENCIL, PrintCollection

from memoryapp.core.privacy import LIVING_LABEL, WITHHELD_LABEL, ExportPolicy, LivingMode
from memoryapp.library import ImportOptions, Library
from memoryapp.library.exchange import export_selection

EVERYTHING = ExportPolicy(include_private=True, include_living_details=True, exact_gps=True)


def _export(print_collection: PrintCollection, fmt: str, out: Path, policy: ExportPolicy) -> Path:
    with Library.open(print_collection.path) as lib:
        export_selection(lib, [print_collection.item_id], fmt, out, policy)
    return out


def _jsonld(
    print_collection: PrintCollection, tmp_path: Path, policy: ExportPolicy
) -> dict[str, Any]:
    out = _export(print_collection, "jsonld", tmp_path / "ld", policy)
    return json.loads((out / "collection.jsonld").read_text(encoding="utf-8"))


def test_jsonld_says_custody_and_location_in_cidoc_crm(
    print_collection: PrintCollection, tmp_path: Path
) -> None:
    doc = _jsonld(print_collection, tmp_path, EVERYTHING)
    assert doc["@context"]["crm"] == "http://www.cidoc-crm.org/cidoc-crm/"
    (item,) = doc["dcterms:hasPart"]
    chain = item["crm:P30i_custody_transferred_through"]
    assert [e["@type"] for e in chain] == ["crm:E10_Transfer_of_Custody"] * 3
    people = {p["@id"]: p["foaf:name"] for p in doc["memoryapp:person"]}

    def who(agent: dict[str, Any]) -> str:
        return people[agent["@id"]] if "@id" in agent else agent["rdfs:label"]

    assert [(who(e["crm:P28_custody_surrendered_by"]), who(e["crm:P29_custody_received_by"]))
            for e in chain] == [
        ("Yakout Ohana", "Simha"), ("Simha", "Esther Ohana"), ("Esther Ohana", "Cousin David"),
    ]  # fmt: skip
    assert [e["crm:P2_has_type"] for e in chain] == ["inheritance", "gift", "scan-and-return"]
    assert chain[0]["crm:P4_has_time-span"]["crm:P82_at_some_time_within"]["@value"] == "1970~"
    assert chain[2]["crm:P70i_is_documented_in"] == ["email of 2019"]
    containers = {c["@id"]: c for c in doc["memoryapp:container"]}
    page = containers[item["crm:P55_has_current_location"]["@id"]]
    album = containers[page["crm:P89_falls_within"]["@id"]]
    box = containers[album["crm:P89_falls_within"]["@id"]]
    assert [box["rdfs:label"], album["rdfs:label"], page["rdfs:label"]] == [
        "Box 1", "Album 1", "Page 3",
    ]  # fmt: skip
    assert page["@type"] == "crm:E53_Place"
    assert item["memoryapp:position"] == "slot 2"
    assert item["crm:P128_carries"][0]["crm:P190_has_symbolic_content"] == PENCIL
    assert item["crm:P128_carries"][0]["memoryapp:view"] == "back"
    assert [f["memoryapp:role"] for f in item["memoryapp:files"]] == ["front", "back"]
    assert item["dcterms:extent"] == "90 x 130 mm"


def test_csv_has_back_transcription_location_and_custody(
    print_collection: PrintCollection, tmp_path: Path
) -> None:
    out = _export(print_collection, "csv", tmp_path / "csv", EVERYTHING)
    with (out / "dc.csv").open(encoding="utf-8", newline="") as handle:
        (row,) = list(csv.DictReader(handle))
    assert row["memoryapp:location"] == "Box 1/Album 1/Page 3, slot 2"
    assert row["memoryapp:transcription"] == f"back: {PENCIL}"
    assert row["memoryapp:back"].endswith(".jpg")
    assert (out / row["memoryapp:back"]).is_file()
    assert row["memoryapp:custody"].split("|") == [
        "c. 1970 inheritance: Yakout Ohana -> Simha",
        "c. 1990 gift: Simha -> Esther Ohana (at the wedding)",
        "2019 scan-and-return: Esther Ohana -> Cousin David (email of 2019)",
    ]
    assert row["dcterms:extent"] == "90 x 130 mm"
    assert row["dcterms:medium"] == "gelatin-silver; album corners"


@pytest.mark.parametrize(
    ("mode", "label"),
    [(LivingMode.REPLACE_NAME, LIVING_LABEL), (LivingMode.EXCLUDE, WITHHELD_LABEL)],
)
def test_a_living_holder_is_withheld(
    print_collection: PrintCollection, tmp_path: Path, mode: LivingMode, label: str
) -> None:
    policy = ExportPolicy(living_mode=mode)
    doc = _jsonld(print_collection, tmp_path, policy)
    text = json.dumps(doc, ensure_ascii=False)
    assert "Esther" not in text
    chain = doc["dcterms:hasPart"][0]["crm:P30i_custody_transferred_through"]
    assert label in chain[1]["rdfs:label"]
    assert "Yakout Ohana" in chain[0]["rdfs:label"]  # died in 1970: kept
    out = _export(print_collection, "csv", tmp_path / "csv", policy)
    assert "Esther" not in (out / "dc.csv").read_text(encoding="utf-8")


def test_iiif_has_the_back_as_a_second_canvas_with_its_inscription(
    print_collection: PrintCollection, tmp_path: Path
) -> None:
    out = _export(print_collection, "iiif", tmp_path / "iiif", EVERYTHING)
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    canvases = manifest["items"]
    assert [c["label"]["none"][0] for c in canvases] == [
        "The family in front of the kasbah (front)",
        "The family in front of the kasbah (back)",
    ]
    (page,) = canvases[1]["annotations"]
    (note,) = page["items"]
    assert note["motivation"] == "supplementing"
    assert note["body"] == {
        "type": "TextualBody",
        "value": PENCIL,
        "format": "text/plain",
        "language": "fr",
    }
    assert note["target"] == canvases[1]["id"]
    assert "annotations" not in canvases[0]


def test_xmp_names_the_other_side_and_carries_the_inscription(
    print_collection: PrintCollection, tmp_path: Path
) -> None:
    out = _export(print_collection, "xmp", tmp_path / "xmp", EVERYTHING)
    front_name = f"{print_collection.item_id}-1.jpg"
    back_name = f"{print_collection.item_id}-2.jpg"
    front = (out / f"{front_name}.xmp").read_text(encoding="utf-8")
    back = (out / f"{back_name}.xmp").read_text(encoding="utf-8")
    assert f"<memoryapp:Back>{back_name}</memoryapp:Back>" in front
    assert f"<memoryapp:Front>{front_name}</memoryapp:Front>" in back
    assert "<memoryapp:View>back</memoryapp:View>" in back
    assert PENCIL in back
    assert PENCIL not in front
    assert "<memoryapp:Medium>pencil</memoryapp:Medium>" in back


def test_our_xmp_reads_back_the_inscription(
    print_collection: PrintCollection, tmp_path: Path
) -> None:
    out = _export(print_collection, "xmp", tmp_path / "xmp", EVERYTHING)
    back = out / f"{print_collection.item_id}-2.jpg"
    with Library.create(tmp_path / "again") as lib:
        (result,) = lib.import_paths([back], options=ImportOptions(jobs=1)).results
        assert result.item_id is not None
        (inscription,) = lib.item(result.item_id).inscriptions
    assert inscription.text == PENCIL
    assert (inscription.lang, inscription.script, str(inscription.medium)) == (
        "fr",
        "Latn",
        "pencil",
    )
    assert inscription.writer == "Yakout Ohana"
    assert inscription.file_index == 0


def test_merging_the_collection_keeps_holders_and_says_the_place_stayed_behind(
    print_collection: PrintCollection, tmp_path: Path
) -> None:
    from memoryapp.library.exchange import merge_into

    with Library.create(tmp_path / "other") as lib:
        report = merge_into(lib, print_collection.path)
        (item_id,) = report.added_items
        item = lib.item(item_id)
        people = {p.id for p in lib.people()}
    assert item.has_back
    assert item.inscriptions[0].text == PENCIL
    assert item.inscriptions[0].writer_id in people
    chain = item.custody
    assert len(chain) == 3
    assert all(p in people for e in chain for p in (e.from_person, e.to_person) if p is not None)
    assert chain[0].to_name == "Simha"
    assert item.location is None
    assert any("box or album" in c.detail for c in report.conflicts)


def test_a_jsonld_export_merges_back_with_its_back(
    print_collection: PrintCollection, tmp_path: Path
) -> None:
    from memoryapp.library.exchange import merge_into

    out = _export(print_collection, "jsonld", tmp_path / "ld", EVERYTHING)
    with Library.create(tmp_path / "other") as lib:
        report = merge_into(lib, out)
        (item_id,) = report.added_items
        assert lib.item(item_id).has_back
