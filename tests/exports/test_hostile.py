"""Hostile text in every field of every format: escaped, neutralised, or carried exactly."""

import csv
import json
import re
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from defusedxml import ElementTree
from export_fixtures import CHROMIUM, Family, browse
from tests.records import put

from memoryapp.core.ids import new_person_id, new_place_id
from memoryapp.core.items import PersonTag, Region, Rights
from memoryapp.core.names import Name
from memoryapp.core.people import Living, Person
from memoryapp.core.places import Place
from memoryapp.core.privacy import ExportPolicy
from memoryapp.library import Library
from memoryapp.library.exchange import FORMAT_NAMES, export_selection, merge_into

EVERYTHING = ExportPolicy(include_private=True, include_living_details=True, exact_gps=True)
SCRIPT = "<script>alert(1)</script>"
FORMULAS = ('=HYPERLINK("http://x")', "+1", "-2", "@SUM(1)")
TRAVERSAL = "../../etc/passwd"
RLO = "\u202egpj.exe"
HEBREW = "מרדכי בן מסעוד"
ARABIC = "محمد الحسني"
SAFE_PATH = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*(/[A-Za-z0-9][A-Za-z0-9_.-]*)*")


HOSTILE_FILE = f"{RLO} =1+1 @SUM(1) {HEBREW} <script>.jpg"


@pytest.fixture
def hostile(family: Family, make_jpeg: Callable[..., Path]) -> Family:
    lib = family.library
    report = lib.import_paths([make_jpeg(HOSTILE_FILE)])
    family.hostile_file = report.results[0].item_id
    assert family.hostile_file is not None
    assert lib.item(family.hostile_file).primary.original_name == HOSTILE_FILE
    evil = Person(
        id=new_person_id(),
        names=(Name(value=SCRIPT), Name(value=RLO), Name(value=HEBREW, lang="he")),
        living=Living.DECEASED,
    )
    arab = Person(
        id=new_person_id(),
        names=(Name(value=ARABIC, lang="ar"), Name(value="=1+1")),
        living=Living.DECEASED,
    )
    place = Place(
        id=new_place_id(),
        names=(Name(value='<b>"Ksar"</b>'), Name(value=TRAVERSAL)),
        kind="ksar",
        parent_id=family.tinghir.id,
    )
    put(lib, evil, arab, place)
    item = lib.item(family.wedding)
    media = replace(item.files[0], original_name=TRAVERSAL)
    put(
        lib,
        replace(
            item,
            title=SCRIPT,
            description=FORMULAS[0],
            notes="+1",
            tags=("-2", "@SUM(1)", TRAVERSAL, f"Events|{RLO}"),
            files=(media,),
            people=(
                *item.people,
                PersonTag(person_id=evil.id, region=Region(x=0.6, y=0.6, w=0.1, h=0.1)),
                PersonTag(person_id=arab.id),
            ),
            places=(place.id,),
            rights=Rights(credit="' onmouseover='alert(1)", text="\r=cmd|' /C calc'!A0"),
        ),
    )
    return family


def _paths_are_safe(out: Path) -> None:
    for path in out.rglob("*"):
        rel = path.relative_to(out).as_posix()
        assert SAFE_PATH.fullmatch(rel), rel


@pytest.mark.parametrize("fmt", FORMAT_NAMES)
def test_hostile_strings_never_become_paths(hostile: Family, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / "out"
    export_selection(hostile.library, [hostile.wedding, hostile.hostile_file], fmt, out, EVERYTHING)
    _paths_are_safe(out)
    assert not (tmp_path / "etc").exists()


def test_csv_neutralises_every_formula_cell(hostile: Family, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = export_selection(hostile.library, [hostile.wedding], "csv", out, EVERYTHING)
    rows = list(csv.reader((out / "dc.csv").open(encoding="utf-8", newline="")))
    for row in rows[1:]:
        for cell in row:
            assert not cell.lstrip(" ").startswith(("=", "+", "-", "@", "\t", "\r", "\0")), cell
    row = dict(zip(rows[0], rows[1], strict=True))
    assert row["dcterms:title"] == SCRIPT
    assert row["dcterms:description"] == "'" + FORMULAS[0]
    assert row["dcterms:rights"] == "'=cmd/' /C calc'!A0"  # trimmed; a | inside a value becomes /
    assert any("formula" in w for w in result.warnings)


def test_jsonld_and_merge_carry_hostile_text_exactly(hostile: Family, tmp_path: Path) -> None:
    out = tmp_path / "out"
    export_selection(
        hostile.library, [hostile.wedding, hostile.hostile_file], "jsonld", out, EVERYTHING
    )
    doc = json.loads((out / "collection.jsonld").read_text(encoding="utf-8"))
    item = doc["dcterms:hasPart"][0]
    assert item["dcterms:title"] == SCRIPT
    assert item["memoryapp:files"][0]["memoryapp:originalName"] == TRAVERSAL
    with Library.create(tmp_path / "other") as other:
        report = merge_into(other, out)
        assert report.failures == ()
        assert other.item(hostile.hostile_file).primary.original_name == HOSTILE_FILE
        merged = other.item(hostile.wedding)
        assert (merged.title, merged.description, merged.notes) == (SCRIPT, FORMULAS[0], "+1")
        assert merged.files[0].original_name == TRAVERSAL
        assert merged.tags == ("-2", "@SUM(1)", TRAVERSAL, f"Events|{RLO}")
        names = {n.value for p in other.people() for n in p.names}
        assert {SCRIPT, RLO, HEBREW, ARABIC, "=1+1"} <= names
        assert other.media_path(merged.id).is_relative_to(other.path)


def test_xmp_escapes_and_exiftool_reads_exact_text(hostile: Family, tmp_path: Path) -> None:
    out = tmp_path / "out"
    export_selection(hostile.library, [hostile.wedding], "xmp", out, EVERYTHING)
    sidecar = next(out.glob("*.xmp"))
    root = ElementTree.fromstring(sidecar.read_bytes())  # well-formed, no entity tricks
    rdf = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"
    title = root.find(f".//{{http://purl.org/dc/elements/1.1/}}title/{rdf}Alt/{rdf}li")
    assert title is not None
    assert title.text == SCRIPT
    people = [
        li.text
        for li in root.iterfind(
            f".//{{http://iptc.org/std/Iptc4xmpExt/2008-02-29/}}PersonInImage/{rdf}Bag/{rdf}li"
        )
    ]
    assert people == ["Rachel Elbaz", "Yossef Ohana", SCRIPT, ARABIC]
    rights = root.find(f".//{{http://purl.org/dc/elements/1.1/}}rights/{rdf}Alt/{rdf}li")
    assert rights is not None
    assert rights.text == "\r=cmd|' /C calc'!A0"
    if shutil.which("exiftool") is None:
        return
    proc = subprocess.run(
        ["exiftool", "-j", "-G1", "-api", "XMPAutoConv=0", str(sidecar)],
        capture_output=True,
        text=True,
        check=True,
    )
    tags = json.loads(proc.stdout)[0]
    assert tags["XMP-dc:Title"] == SCRIPT
    assert tags["XMP-iptcExt:PersonInImage"] == ["Rachel Elbaz", "Yossef Ohana", SCRIPT, ARABIC]
    assert RLO in tags["XMP-lr:HierarchicalSubject"][-1]


def test_iiif_marks_html_looking_values_as_plain_text(hostile: Family, tmp_path: Path) -> None:
    out = tmp_path / "out"
    export_selection(hostile.library, [hostile.wedding], "iiif", out, EVERYTHING)
    canvas = json.loads((out / "manifest.json").read_text(encoding="utf-8"))["items"][0]
    assert canvas["label"] == {"none": [SCRIPT]}
    values = {m["label"]["en"][0]: m["value"]["none"] for m in canvas["metadata"]}
    assert values["People"][2] == SCRIPT + " "  # starts with < and ends with >: not HTML
    assert values["Places"] == ['<b>"Ksar"</b>, Tinghir, Morocco']


def test_bag_readme_escapes_and_bag_validates(hostile: Family, tmp_path: Path) -> None:
    bagit = pytest.importorskip("bagit")
    out = tmp_path / "out"
    export_selection(hostile.library, [hostile.wedding], "bagit", out, EVERYTHING)
    bagit.Bag(str(out)).validate()
    readme = (out / "data" / "README.html").read_text(encoding="utf-8")
    assert SCRIPT not in readme
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in readme
    assert (out / "bag-info.txt").read_text(encoding="utf-8").count("\n") == 6


def test_html_gallery_escapes_everything(hostile: Family, tmp_path: Path) -> None:
    out = tmp_path / "out"
    export_selection(hostile.library, [hostile.wedding], "html", out, EVERYTHING)
    page = (out / "index.html").read_text(encoding="utf-8")
    assert SCRIPT not in page
    assert page.count("<script") == 2  # the data block and the gallery's own script
    assert "onmouseover='alert" not in page
    assert HEBREW in page
    assert ARABIC in page
    assert RLO in page
    assert f'<bdi dir="auto">{ARABIC}</bdi>' in page
    if CHROMIUM is None:
        return
    found, log = browse(out / "index.html", "q=" + "מרדכי", tmp_path / "profile")
    assert found.body.get("data-ready") == "1"
    assert found.items == {hostile.wedding: False}
    assert [line for line in log.splitlines() if "CONSOLE" in line] == []
