"""Each format's own conventions: BagIt validity, IIIF rules, CSV layout, XMP read by exiftool."""

import csv
import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from export_fixtures import Family

from memoryapp.core.privacy import ExportPolicy
from memoryapp.exporters.bundle import ExportOptions
from memoryapp.library.exchange import ExchangeError, export_selection

EVERYTHING = ExportPolicy(include_private=True, include_living_details=True, exact_gps=True)


def test_bag_validates_with_bagit_python(family: Family, tmp_path: Path) -> None:
    bagit = pytest.importorskip("bagit")
    out = tmp_path / "bag"
    export_selection(family.library, family.exported_ids, "bagit", out, ExportPolicy())
    bag = bagit.Bag(str(out))
    bag.validate()  # raises BagValidationError when anything is wrong
    assert (out / "bagit.txt").read_text(encoding="utf-8").startswith("BagIt-Version: 1.0\n")
    info = (out / "bag-info.txt").read_text(encoding="utf-8")
    assert re.search(r"^Payload-Oxum: \d+\.\d+$", info, re.M)
    assert "External-Identifier: urn:memoryapp:" in info
    for name in (
        "manifest-sha256.txt",
        "manifest-sha512.txt",
        "tagmanifest-sha256.txt",
        "tagmanifest-sha512.txt",
    ):
        assert (out / name).is_file()
    assert sorted(p.name for p in (out / "data").iterdir()) == [
        "README.html", "collection.jsonld", "dc.csv", "objects", "privacy-report.json", "privacy-report.txt",
    ]  # fmt: skip
    # Tampering is caught.
    victim = next((out / "data" / "objects").rglob("*.jpg"))
    victim.write_bytes(victim.read_bytes() + b"x")
    with pytest.raises(bagit.BagValidationError):
        bagit.Bag(str(out)).validate()


def _walk(value: Any) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    if isinstance(value, dict):
        found.append(value)
        for v in value.values():
            found += _walk(v)
    elif isinstance(value, list):
        for v in value:
            found += _walk(v)
    return found


def test_iiif_manifest_follows_presentation_3(family: Family, tmp_path: Path) -> None:
    out = tmp_path / "iiif"
    options = ExportOptions(base_url="https://family.example/bundle")
    export_selection(family.library, family.exported_ids, "iiif", out, EVERYTHING, options=options)
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert next(iter(manifest)) == "@context"
    assert manifest["@context"] == "http://iiif.io/api/presentation/3/context.json"
    for node in _walk(manifest):
        if "id" in node:
            assert node["id"].startswith("https://family.example/bundle/")
    canvases = manifest["items"]
    assert len(canvases) == 4
    for canvas in canvases:
        assert "#" not in canvas["id"]
        assert canvas["width"] > 0
        assert canvas["height"] > 0
        body = canvas["items"][0]["items"][0]["body"]
        image = out / body["id"].removeprefix("https://family.example/bundle/")
        assert image.is_file()
        from PIL import Image

        with Image.open(image) as im:
            assert im.size == (body["width"], body["height"]) == (canvas["width"], canvas["height"])
    by_label = {c["label"]["none"][0]: c for c in canvases}
    wedding = by_label["Wedding in the mellah"]
    assert wedding["navDate"] == "1955-01-01T00:00:00Z"
    assert wedding["rights"] == "http://rightsstatements.org/vocab/CNE/1.0/"
    notes = wedding["annotations"][0]["items"]
    assert [n["body"]["value"] for n in notes] == ["Rachel Elbaz", "Yossef Ohana"]
    assert notes[0]["target"].endswith("#xywh=75,40,45,20")  # 0.25, 0.2, 0.15, 0.1 of 300x200
    rotated = by_label["Rotated scan"]  # stored 120x80, orientation 6: an upright 80x120 preview
    assert (rotated["width"], rotated["height"]) == (80, 120)
    target = rotated["annotations"][0]["items"][0]["target"]
    assert target.endswith("#xywh=32,12,32,36")  # (0.1, 0.2, 0.3, 0.4) turned 90 degrees
    try:
        from iiif_prezi3 import Manifest
    except ImportError:
        return
    Manifest(**manifest)


def test_iiif_refuses_a_base_url_that_is_not_http(family: Family, tmp_path: Path) -> None:
    with pytest.raises(ExchangeError, match="http"):
        export_selection(
            family.library,
            [family.wedding],
            "iiif",
            tmp_path / "x",
            EVERYTHING,
            options=ExportOptions(base_url="file:///tmp/"),
        )
    assert not (tmp_path / "x").exists()


def test_csv_follows_omeka_s_conventions(family: Family, tmp_path: Path) -> None:
    out = tmp_path / "csv"
    export_selection(family.library, family.exported_ids, "csv", out, EVERYTHING)
    raw = (out / "dc.csv").read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")  # no BOM for machine import
    rows = list(csv.DictReader((out / "dc.csv").open(encoding="utf-8", newline="")))
    assert len(rows) == 4
    wedding = next(r for r in rows if r["dcterms:title"] == "Wedding in the mellah")
    assert (
        wedding["dcterms:identifier"]
        == f"urn:memoryapp:{family.library.collection_id}:item:{family.wedding}"
    )
    assert wedding["dcterms:created"] == "1955~"
    assert wedding["dcterms:date"] == "c. 1955"
    assert wedding["dcterms:subject"].split("|") == [
        "Rachel Elbaz",
        "Yossef Ohana",
        "Events/Wedding",
        "Families/Elbaz",
    ]
    assert wedding["dcterms:spatial"] == "Tinghir, Morocco"
    assert wedding["dcterms:type"] == "StillImage"
    assert (out / wedding["media"]).is_file()


def _exiftool(*args: str) -> list[dict[str, Any]]:
    proc = subprocess.run(
        ["exiftool", "-j", "-struct", "-G1", "-api", "XMPAutoConv=0", *args],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(proc.stdout)  # type: ignore[no-any-return]


@pytest.mark.skipif(shutil.which("exiftool") is None, reason="exiftool is not installed")
def test_exiftool_reads_back_people_regions_keywords_dates_and_places(
    family: Family, tmp_path: Path
) -> None:
    out = tmp_path / "xmp"
    export_selection(
        family.library,
        family.exported_ids,
        "xmp",
        out,
        EVERYTHING,
        options=ExportOptions(embed_xmp=True),
    )
    sidecars = {p.name.split("-")[0]: p for p in out.glob("*.xmp")}
    assert len(sidecars) == 4
    tags = _exiftool(str(sidecars[family.wedding]))[0]
    assert tags["XMP-dc:Title"] == "Wedding in the mellah"
    assert tags["XMP-dc:Description"] == "Rachel Elbaz and Yossef Ohana at their wedding"
    assert tags["XMP-iptcExt:PersonInImage"] == ["Rachel Elbaz", "Yossef Ohana"]
    assert tags["XMP-dc:Subject"] == ["Rachel Elbaz", "Yossef Ohana", "Tinghir", "Wedding", "Elbaz"]
    hierarchical = [
        "People|Rachel Elbaz",
        "People|Yossef Ohana",
        "Places|Morocco|Tinghir",
        "Events|Wedding",
        "Families|Elbaz",
    ]
    assert tags["XMP-lr:HierarchicalSubject"] == hierarchical
    slashed = [h.replace("|", "/") for h in hierarchical]
    assert tags["XMP-digiKam:TagsList"] == slashed
    assert tags["XMP-microsoft:LastKeywordXMP"] == slashed
    assert str(tags["XMP-photoshop:DateCreated"]) == "1955"
    assert tags["XMP-memoryapp:Edtf"] == "1955~"
    assert tags["XMP-photoshop:City"] == "Tinghir"
    assert tags["XMP-photoshop:Country"] == "Morocco"
    shown = tags["XMP-iptcExt:LocationShown"][0]
    assert (shown["City"], shown["CountryName"]) == ("Tinghir", "Morocco")
    assert (shown["LocationName-ar"], shown["LocationName-he"], shown["LocationName-zgh"]) == (
        "تنغير",
        "טינג'יר",
        "ⵜⵉⵏⵖⵉⵔ",
    )
    regions = tags["XMP-mwg-rs:RegionInfo"]
    assert regions["AppliedToDimensions"] == {"W": 300, "H": 200, "Unit": "pixel"}
    first = regions["RegionList"][0]
    assert first["Name"] == "Rachel Elbaz"
    assert first["Type"] == "Face"
    assert first["Area"] == {"X": 0.325, "Y": 0.25, "W": 0.15, "H": 0.1, "Unit": "normalized"}
    mp = tags["XMP-MP:RegionInfoMP"]["Regions"]
    assert [(r["PersonDisplayName"], r["Rectangle"]) for r in mp] == [
        ("Rachel Elbaz", "0.25, 0.2, 0.15, 0.1"),
        ("Yossef Ohana", "0.5, 0.3, 0.2, 0.25"),
    ]
    assert tags["XMP-exif:GPSLatitude"].endswith("N")
    rotated = _exiftool(str(sidecars[family.rotated]))[0]
    assert rotated["XMP-memoryapp:Edtf"] == "1948/1956"
    assert "XMP-photoshop:DateCreated" not in rotated  # no single known year: none invented
    birthday = _exiftool(str(sidecars[family.birthday]))[0]
    assert str(birthday["XMP-photoshop:DateCreated"]).replace(":", "-") == "1995-06"
    # The JPEG copy carries the same packet; the original in the collection does not.
    copy = out / sidecars[family.wedding].name.removesuffix(".xmp")
    embedded = _exiftool(str(copy))[0]
    assert embedded["XMP-iptcExt:PersonInImage"] == ["Rachel Elbaz", "Yossef Ohana"]
    original = _exiftool(str(family.library.media_path(family.wedding)))[0]
    assert "XMP-iptcExt:PersonInImage" not in original
