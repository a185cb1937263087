"""Identification evidence in exports: JSON-LD and memoryapp's XMP, through the privacy filter."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from memoryapp.core.assertion_edits import identify
from memoryapp.core.assertions import Assertion, EvidenceSource, Method, Status
from memoryapp.core.evidence import status_of
from memoryapp.core.ids import ItemId
from memoryapp.core.items import Region
from memoryapp.core.privacy import ExportPolicy
from memoryapp.library import ImportOptions, Library
from memoryapp.library.exchange import export_selection, merge_into

SAMPLE = Path(__file__).resolve().parents[2] / "sample_collection"
WEDDING = "356894f688935ae488ae776e884bebfe"
RECORDING = "3c983e5e63cb50b1872216f6b85305e4"  # any item stands in for a recording here
FACE = Region(x=0.4172, y=0.4, w=0.0456, h=0.084)
NOTE = "Esther names her grandparents"
EVERYTHING = ExportPolicy(include_private=True, include_living_details=True, exact_gps=True)


@pytest.fixture
def lib(tmp_path: Path) -> Iterator[Library]:
    shutil.copytree(SAMPLE, tmp_path / "c")
    with Library.open(tmp_path / "c") as library:
        people = {p.name: p for p in library.people()}
        said = Assertion(
            by_person=people["Esther Dahan"].id,  # living: withheld by default
            method=Method.TESTIMONY,
            source=EvidenceSource(recording_id=ItemId(RECORDING), at_ms=192_000),
            confidence=3,
            date="2026-12-06",
            status=Status.ACCEPTED,
            note=NOTE,
        )
        shimon = people["Shimon Elbaz"].id
        library.apply(identify(library.item(WEDDING), shimon, said, region=FACE))
        rival = Assertion(by_name="Yossef", method=Method.EYEWITNESS, confidence=1)
        david = people["David Elbaz"].id
        library.apply(identify(library.item(WEDDING), david, rival, region=FACE))
        yield library


def _assertions(jsonld: Path) -> list[dict[str, object]]:
    found: list[dict[str, object]] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            found.extend(node.get("memoryapp:assertions", []))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(json.loads(jsonld.read_text(encoding="utf-8")))
    return found


def test_jsonld_carries_source_and_confidence_and_merges_back(lib: Library, tmp_path: Path) -> None:
    out = tmp_path / "ld"
    export_selection(lib, [WEDDING], "jsonld", out, EVERYTHING)
    said = _assertions(out / "collection.jsonld")
    testimony = next(a for a in said if a["memoryapp:method"] == "testimony")
    assert testimony["memoryapp:confidence"] == 3
    assert testimony["memoryapp:source"] == {
        "memoryapp:recording": RECORDING, "memoryapp:atMs": 192_000
    }  # fmt: skip
    assert "@id" in testimony["memoryapp:byPerson"]  # type: ignore[operator]
    fresh = Library.create(tmp_path / "fresh", title="Fresh")
    try:
        merge_into(fresh, out)
        (item,) = fresh.items()
        names = {fresh.person(t.person_id).name: t for t in item.people}
        back = names["Shimon Elbaz"].assertions[-1]
        assert back == replace(back, method=Method.TESTIMONY, confidence=3, note=NOTE)
        assert back.by_person is not None
        assert fresh.person(back.by_person).name == "Esther Dahan"
        assert (back.source.recording_id, back.source.at_ms) == (RECORDING, 192_000)
    finally:
        fresh.close()


def test_assertions_by_withheld_people_stay_out(lib: Library, tmp_path: Path) -> None:
    for fmt in ("jsonld", "xmp"):
        out = tmp_path / fmt
        export_selection(lib, [WEDDING], fmt, out, ExportPolicy(), options=None)
        written = "".join(
            p.read_text(encoding="utf-8", errors="replace")
            for p in out.rglob("*")
            if p.suffix in (".jsonld", ".xmp")
        )
        assert "Esther" not in written, fmt
        assert RECORDING not in written, fmt  # the withheld testimony's source went with it
        assert "Yossef" in written, fmt  # the other assertion is kept
        report = (out / "privacy-report.txt").read_text(encoding="utf-8")
        assert "identification(s) made by a withheld person" in report


def test_our_xmp_sidecars_read_back_the_evidence(lib: Library, tmp_path: Path) -> None:
    out = tmp_path / "xmp"
    export_selection(lib, [WEDDING], "xmp", out, EVERYTHING)
    text = (out / f"{WEDDING}-1.jpg.xmp").read_text(encoding="utf-8")
    assert "<memoryapp:Identifications>" in text
    fresh = Library.create(tmp_path / "fresh", title="Fresh")
    try:
        report = fresh.import_paths([out], options=ImportOptions(jobs=1))
        (item_id,) = [r.item_id for r in report.results if r.item_id is not None]
        item = fresh.item(item_id)
        names = {fresh.person(t.person_id).name: t for t in item.people}
        testimony = names["Shimon Elbaz"].assertions[-1]
        assert (testimony.method, testimony.confidence, testimony.by_name) == (
            Method.TESTIMONY, 3, "Esther Dahan"
        )  # fmt: skip
        assert (testimony.source.recording_id, testimony.source.at_ms) == (RECORDING, 192_000)
        assert testimony.note == NOTE
        assert names["David Elbaz"].assertions[0].confidence == 1
        disputed = [status_of(item, n) for n in range(len(item.people))]
        assert disputed.count("disputed") == 2  # the same face, two people: read back as such
    finally:
        fresh.close()
