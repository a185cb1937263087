"""Page texts in exports: a CSV column, JSON-LD nodes, IIIF supplementing lines, the gallery.

All through the privacy filter: a withheld person named in a text is redacted there too.
"""

import csv
import json
from dataclasses import replace
from pathlib import Path

import pytest
from export_fixtures import MIRIAM, Family
from tests.records import put

from memoryapp.core.privacy import ExportPolicy
from memoryapp.core.regions import Region
from memoryapp.core.texts import PageText, TextLine
from memoryapp.library.exchange import export_selection

HEBREW_LINE = "שלום מנתיבות"
FRENCH_LINE = f"Tinghir vers 1955, avec {MIRIAM[0]}"


@pytest.fixture
def read_family(family: Family) -> Family:
    """The wedding photo with a back read by OCR (two lines) and an unreliable scrawl."""
    lib = family.library
    item = lib.item(family.wedding)
    texts = (
        PageText(
            machine_text=f"{FRENCH_LINE}\n{HEBREW_LINE}",
            lines=(
                TextLine(text=FRENCH_LINE, box=Region(x=0.1, y=0.1, w=0.5, h=0.1), language="fra"),
                TextLine(text=HEBREW_LINE, box=Region(x=0.5, y=0.3, w=0.4, h=0.1), language="heb"),
            ),
            language="fra+heb",
            engine="tesseract 5.3.0",
            confidence=91.0,
        ),
    )
    put(lib, replace(item, texts=texts))
    birthday = lib.item(family.birthday)
    scrawl = PageText(machine_text="xq7 lll", confidence=21.0, engine="tesseract 5.3.0")
    put(lib, replace(birthday, texts=(scrawl,)))
    return family


def test_csv_has_a_transcription_column_without_unreliable_text_or_withheld_names(
    read_family: Family, tmp_path: Path
) -> None:
    out = tmp_path / "csv"
    lib = read_family.library
    export_selection(lib, read_family.exported_ids, "csv", out, ExportPolicy())
    with (out / "dc.csv").open(encoding="utf-8") as handle:
        rows = {row["dcterms:identifier"].rsplit(":", 1)[-1]: row for row in csv.DictReader(handle)}
    cell = rows[read_family.wedding]["transcription"]
    assert HEBREW_LINE in cell
    assert "Tinghir vers 1955" in cell
    assert MIRIAM[0] not in cell  # living: withheld
    assert rows[read_family.birthday]["transcription"] == ""


def test_iiif_lines_are_supplementing_annotations_in_canvas_pixels(
    read_family: Family, tmp_path: Path
) -> None:
    out = tmp_path / "iiif"
    lib = read_family.library
    export_selection(lib, [read_family.wedding], "iiif", out, ExportPolicy())
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    canvas = manifest["items"][0]
    notes = [a for page in canvas["annotations"] for a in page["items"]]
    lines = [a for a in notes if a["motivation"] == "supplementing"]
    assert [a["body"]["language"] for a in lines] == ["fr", "he"]
    assert lines[1]["body"]["value"] == HEBREW_LINE
    assert lines[1]["target"] == f"{canvas['id']}#xywh=150,60,120,20"  # 300x200 canvas
    assert MIRIAM[0] not in json.dumps(manifest, ensure_ascii=False)


def test_jsonld_carries_texts_and_the_gallery_shows_them_searchable(
    read_family: Family, tmp_path: Path
) -> None:
    lib = read_family.library
    export_selection(lib, read_family.exported_ids, "jsonld", tmp_path / "ld", ExportPolicy())
    document = (tmp_path / "ld" / "collection.jsonld").read_text(encoding="utf-8")
    assert HEBREW_LINE in document
    assert '"memoryapp:reliable": false' in document  # the scrawl, kept as data
    assert MIRIAM[0] not in document
    export_selection(lib, read_family.exported_ids, "html", tmp_path / "html", ExportPolicy())
    page = (tmp_path / "html" / "index.html").read_text(encoding="utf-8")
    assert f'<p dir="auto">{HEBREW_LINE}</p>' in page
    assert "xq7" not in page
    assert MIRIAM[0] not in page


def test_texts_survive_a_json_ld_export_and_merge(read_family: Family, tmp_path: Path) -> None:
    from memoryapp.library import Library
    from memoryapp.library.exchange import merge_into

    source = read_family.library
    out = tmp_path / "ld"
    everything = ExportPolicy(include_private=True, include_living_details=True)
    export_selection(source, [read_family.wedding, read_family.birthday], "jsonld", out, everything)
    with Library.create(tmp_path / "empty") as empty:
        report = merge_into(empty, out)
        assert report.failures == ()
        for item_id in (read_family.wedding, read_family.birthday):
            assert empty.item(item_id).texts == source.item(item_id).texts
