"""Ratings and colour labels through XMP: written as ExifTool reads them, read back on import.

Written as ``xmp:Rating``, Lightroom's ``xmp:Label`` and digiKam's ``digiKam:ColorLabel``;
read from ours and from what ExifTool writes the way Lightroom and digiKam do.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from memoryapp.core.color_labels import label_named, label_of_digikam, rating_of_xmp
from memoryapp.core.edits import edit_items
from memoryapp.core.items import ColorLabel
from memoryapp.core.privacy import ExportPolicy
from memoryapp.library import ImportOptions, Library
from memoryapp.library.exchange import export_selection

EVERYTHING = ExportPolicy(include_private=True, include_living_details=True, exact_gps=True)
needs_exiftool = pytest.mark.skipif(shutil.which("exiftool") is None, reason="no exiftool")

SET = [(5, ColorLabel.RED), (3, ColorLabel.PURPLE), (0, ColorLabel.GREY), (1, ColorLabel.NONE)]


def _exiftool(*args: str) -> list[dict[str, object]]:
    proc = subprocess.run(
        ["exiftool", "-j", "-G1", *args], capture_output=True, text=True, check=True
    )
    return json.loads(proc.stdout)  # type: ignore[no-any-return]


def _rated(library: Library, make_jpeg) -> list[str]:  # type: ignore[no-untyped-def]
    sources = [make_jpeg(f"p{n}.jpg") for n in range(len(SET))]
    report = library.import_paths(sources, options=ImportOptions(jobs=1))
    ids = [r.item_id for r in report.results if r.item_id is not None]
    assert len(ids) == len(SET)
    for item_id, (stars, label) in zip(ids, SET, strict=True):
        item = library.item(item_id)
        library.apply(edit_items([item], fields={"rating": stars, "label": label}))
    return ids


@needs_exiftool
def test_exiftool_reads_the_rating_and_label_of_our_sidecars(
    library: Library, make_jpeg, tmp_path: Path
) -> None:
    ids = _rated(library, make_jpeg)
    out = tmp_path / "out"
    export_selection(library, ids, "xmp", out, EVERYTHING)
    sidecars = [str(out / f"{i}-1.jpg.xmp") for i in ids]
    read = _exiftool("-XMP-xmp:Rating", "-XMP-xmp:Label", "-XMP-digiKam:ColorLabel", *sidecars)
    got = [
        (t.get("XMP-xmp:Rating"), t.get("XMP-xmp:Label"), t.get("XMP-digiKam:ColorLabel"))
        for t in read
    ]
    assert got == [(5, "Red", 1), (3, "Purple", 6), (None, "Grey", 7), (1, None, None)]


def test_our_sidecars_read_back_the_same_rating_and_label(
    library: Library, make_jpeg, tmp_path: Path
) -> None:
    ids = _rated(library, make_jpeg)
    out = tmp_path / "out"
    export_selection(library, ids, "xmp", out, EVERYTHING)
    fresh = Library.create(tmp_path / "fresh", title="Fresh")
    try:
        report = fresh.import_paths([out], options=ImportOptions(jobs=1))
        got = {
            Path(r.path).name: (fresh.item(r.item_id).rating, fresh.item(r.item_id).label)
            for r in report.results
            if r.item_id is not None
        }
    finally:
        fresh.close()
    assert got == {f"{i}-1.jpg": want for i, want in zip(ids, SET, strict=True)}


@needs_exiftool
def test_what_lightroom_and_digikam_write_is_read_on_import(library: Library, make_jpeg) -> None:
    lightroom, digikam, rejected = (make_jpeg(f"{n}.jpg") for n in ("lr", "dk", "rej"))
    for path, tags in (
        (lightroom, ["-XMP-xmp:Rating=4", "-XMP-xmp:Label=Green"]),
        (digikam, ["-XMP-xmp:Rating=2", "-XMP-digiKam:ColorLabel=5"]),
        (rejected, ["-XMP-xmp:Rating=-1", "-XMP-xmp:Label=To Do"]),  # a custom label
    ):
        subprocess.run(["exiftool", "-q", "-overwrite_original", *tags, str(path)], check=True)
    report = library.import_paths([lightroom, digikam, rejected], options=ImportOptions(jobs=1))
    got = {
        Path(r.path).stem: (library.item(r.item_id).rating, library.item(r.item_id).label)
        for r in report.results
        if r.item_id is not None
    }
    assert got == {
        "lr": (4, ColorLabel.GREEN),
        "dk": (2, ColorLabel.BLUE),
        "rej": (0, ColorLabel.NONE),  # rejected and unknown: nothing invented
    }


def test_xmp_values_are_read_leniently_and_nothing_is_guessed() -> None:
    assert [rating_of_xmp(t) for t in ("4", "3.0", "-1", "6", "x")] == [4, 3, None, None, None]
    assert label_named("Gray") is ColorLabel.GREY
    assert label_named("Magenta") is ColorLabel.PURPLE
    assert label_named("To Do") is None
    assert label_of_digikam("5") is ColorLabel.BLUE
    assert label_of_digikam("8") is None  # digiKam's black: no such label here
