"""The leak test of exports.md section 9: no withheld name in any exported byte."""

import html
import json
from pathlib import Path

import pytest
from export_fixtures import MIRIAM, PRIVATE_TITLE, SIMHA, Family

from memoryapp.core.privacy import ExportPolicy
from memoryapp.library.exchange import FORMAT_NAMES, export_selection

WITHHELD = (*MIRIAM, *SIMHA, PRIVATE_TITLE, "Lives in Ashdod")


def exported_text(folder: Path) -> str:
    """Every file's bytes as text (and HTML-unescaped), plus every file name."""
    parts = []
    for path in sorted(folder.rglob("*")):
        parts.append(path.relative_to(folder).as_posix())
        if path.is_file():
            text = path.read_bytes().decode("utf-8", "replace")
            parts += [text, html.unescape(text)]
    return "\n".join(parts)


@pytest.mark.parametrize("fmt", FORMAT_NAMES)
def test_default_export_contains_no_withheld_name_and_reports_them(
    family: Family, tmp_path: Path, fmt: str
) -> None:
    out = tmp_path / f"export-{fmt}"
    result = export_selection(family.library, family.exported_ids, fmt, out, ExportPolicy())
    text = exported_text(out)
    for variant in WITHHELD:
        assert variant not in text, f"{variant!r} leaked into the {fmt} export"
    # The people who are exported are there.
    assert "Rachel Elbaz" in text
    assert "Living person" in text
    report_dir = out / "data" if fmt == "bagit" else out
    report = json.loads((report_dir / "privacy-report.json").read_text(encoding="utf-8"))
    withheld = {(w["reason"], w["id"]) for w in report["withheld"]}
    assert ("private-person", family.simha.id) in withheld
    assert ("living-name-replaced", family.miriam.id) in withheld
    assert ("private-item", family.private) in withheld
    assert report["counts"]["private-item"] == 1
    assert "private-item: 1" in (report_dir / "privacy-report.txt").read_text(encoding="utf-8")
    assert result.items == 3
    assert result.report.counts() == report["counts"]


@pytest.mark.parametrize("fmt", FORMAT_NAMES)
def test_include_flags_let_names_through(family: Family, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"export-{fmt}"
    policy = ExportPolicy(include_private=True, include_living_details=True, exact_gps=True)
    result = export_selection(family.library, family.exported_ids, fmt, out, policy)
    text = exported_text(out)
    assert "Miriam Ohana" in text
    assert "Simha Cohen" in text
    assert PRIVATE_TITLE in text
    assert result.items == 4
    assert set(result.report.counts()) == {"do-not-pinpoint"}


def test_exact_gps_is_rounded_and_do_not_pinpoint_withheld(family: Family, tmp_path: Path) -> None:
    out = tmp_path / "export"
    export_selection(family.library, family.exported_ids, "jsonld", out, ExportPolicy())
    text = (out / "collection.jsonld").read_text(encoding="utf-8")
    assert "31.51234567" not in text
    assert "31.51" in text
    assert "31.52011" not in text
    assert "31.5201" not in text
    exact = tmp_path / "exact"
    export_selection(
        family.library, family.exported_ids, "jsonld", exact, ExportPolicy(exact_gps=True)
    )
    text = (exact / "collection.jsonld").read_text(encoding="utf-8")
    assert "31.51234567" in text
    assert "31.52011" not in text


def test_media_copies_lose_embedded_metadata_when_filtered(family: Family, tmp_path: Path) -> None:
    out = tmp_path / "export"
    export_selection(family.library, [family.rotated], "jsonld", out, ExportPolicy())
    copy = next((out / "media").iterdir()).read_bytes()
    assert b"Scanner Corp" not in copy  # the original's EXIF maker tag
    assert b"Scanner Corp" in family.library.media_path(family.rotated).read_bytes()
    from PIL import Image

    with Image.open(out / "media" / next((out / "media").iterdir()).name) as im:
        assert im.getexif().get(0x0112) == 6  # still displays upright
    kept = tmp_path / "kept"
    everything = ExportPolicy(include_private=True, include_living_details=True, exact_gps=True)
    export_selection(family.library, [family.rotated], "jsonld", kept, everything)
    original = family.library.media_path(family.rotated).read_bytes()
    assert next((kept / "media").iterdir()).read_bytes() == original
