"""What the XMP export writes, other readers and memoryapp itself read back right.

* An MWG reader (ExifTool's MWG composites) shows the catalogue's caption, creator, rights
  and date from a JPEG copy with embedded XMP, not the original's EXIF/IPTC.
* Place names are a valid lang-alt (one value per language) that exiv2 and ExifTool keep
  whole; every other spelling is in ``memoryapp:Places``.
* The sample collection exported as XMP sidecars and imported into a fresh collection gives
  back its uncertain dates, its places (with their hierarchy) and its people.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from memoryapp.core.dates import FuzzyDate
from memoryapp.core.edits import edit_items, tag_items
from memoryapp.core.items import DateRole, Item
from memoryapp.core.places import Place
from memoryapp.core.privacy import ExportPolicy
from memoryapp.exporters.bundle import ExportOptions
from memoryapp.library import ImportOptions, Library
from memoryapp.library.exchange import export_selection

EVERYTHING = ExportPolicy(include_private=True, include_living_details=True, exact_gps=True)
SAMPLE = Path(__file__).resolve().parents[2] / "sample_collection"
needs_exiftool = pytest.mark.skipif(shutil.which("exiftool") is None, reason="no exiftool")


def _exiftool(*args: str) -> list[dict[str, object]]:
    proc = subprocess.run(
        ["exiftool", "-j", "-struct", "-G1", *args], capture_output=True, text=True, check=True
    )
    return json.loads(proc.stdout)  # type: ignore[no-any-return]


@needs_exiftool
def test_an_mwg_reader_shows_the_catalogue_values_of_a_jpeg_copy(
    library: Library, make_jpeg, tmp_path: Path
) -> None:
    source = make_jpeg("scan.jpg", size=(300, 200))
    subprocess.run(
        ["exiftool", "-q", "-overwrite_original", "-Orientation#=6",
         "-EXIF:DateTimeOriginal=2019:03:02 10:11:12", "-EXIF:ImageDescription=IMG_0042",
         "-EXIF:Artist=Elbaz D", "-EXIF:Copyright=Scanner Shop", "-IPTC:Caption-Abstract=old",
         "-IPTC:By-line=Elbaz D", "-IPTC:CopyrightNotice=Scanner Shop", "-EXIF:Make=Canon",
         str(source)],
        check=True,
    )  # fmt: skip
    (result,) = library.import_paths([source], options=ImportOptions(jobs=1)).results
    assert result.item_id is not None
    item = library.item(result.item_id)
    library.apply(
        edit_items(
            [item],
            description="Mariage à Tinghir",
            rights={"credit": "David Elbaz", "text": "© Famille Elbaz"},
        )
    )
    circa = FuzzyDate(edtf="1955~", input="c. 1955")
    library.apply(tag_items([library.item(item.id)], dates={DateRole.TAKEN: circa}))
    out = tmp_path / "out"
    export_selection(
        library, [item.id], "xmp", out, EVERYTHING, options=ExportOptions(embed_xmp=True)
    )
    copy = out / f"{item.id}-1.jpg"
    (mwg,) = _exiftool("-use", "MWG", "-n", "-MWG:all", "-EXIF:all", "-IPTC:all", str(copy))
    assert mwg["MWG:Description"] == "Mariage à Tinghir"
    assert mwg["MWG:Creator"] == ["David Elbaz"]
    assert mwg["MWG:Copyright"] == "© Famille Elbaz"
    assert str(mwg["MWG:DateTimeOriginal"]) == "1955"  # not the scan's 2019
    assert "IPTC:Caption-Abstract" not in mwg  # the IPTC-IIM block went with the old caption
    assert "ExifIFD:DateTimeOriginal" not in mwg
    assert mwg["IFD0:Make"] == "Canon"  # the rest of the EXIF stays
    assert mwg["IFD0:Orientation"] == 6
    original = library.media_path(item.id).read_bytes()
    assert b"IMG_0042" in original  # the original is untouched
    assert b"IMG_0042" not in copy.read_bytes()  # and the copy holds no trace of it


@dataclass(frozen=True)
class SampleExport:
    """The sample's JPEG items exported as XMP sidecars, with what the catalogue said."""

    out: Path
    want: dict[str, tuple[object, ...]]  # export file name -> summary
    places: list[Place]


def _place_path(library: Library, place_id: str) -> list[str]:
    path: list[str] = []
    current: str | None = place_id
    while current is not None:
        place = library.place(current)
        path.append(place.name)
        current = place.parent_id
    return path[::-1]


def _summary(library: Library, item: Item) -> tuple[object, ...]:
    taken = item.dates.get(DateRole.TAKEN)
    return (
        taken.edtf if taken is not None else None,
        sorted(library.person(p).name for p in item.person_ids()),
        sorted(tuple(_place_path(library, p)) for p in item.places),
        sorted(item.tags),
    )


@pytest.fixture(scope="module")
def sample_export(tmp_path_factory: pytest.TempPathFactory) -> SampleExport:
    tmp = tmp_path_factory.mktemp("sample-xmp")
    shutil.copytree(SAMPLE, tmp / "sample")
    source = Library.open(tmp / "sample")
    try:
        items = [i for i in source.items() if i.files and i.files[0].format == "jpeg"]
        export_selection(source, [i.id for i in items], "xmp", tmp / "xmp", EVERYTHING)
        want = {f"{i.id}-1.jpg": _summary(source, i) for i in items}
        places = list(source.places())
    finally:
        source.close()
    return SampleExport(tmp / "xmp", want, places)


@needs_exiftool
def test_place_names_are_one_per_language_and_every_spelling_survives(
    sample_export: SampleExport,
) -> None:
    tinghir = next(p for p in sample_export.places if p.name == "Tinghir")
    langs = [n.lang for n in tinghir.names if n.lang]
    assert len(set(langs)) < len(langs), "the sample's Tinghir has two spellings in a language"
    sidecars = [
        p for p in sample_export.out.glob("*.xmp") if "Tinghir" in p.read_text(encoding="utf-8")
    ]
    assert sidecars
    for tags in _exiftool("-api", "XMPAutoConv=0", *map(str, sidecars)):
        assert "incorrect URI" in str(tags.get("ExifTool:Warning", "incorrect URI"))  # only
        for shown in tags.get("XMP-iptcExt:LocationShown", []):  # type: ignore[attr-defined]
            names = [k for k in shown if k.startswith("LocationName")]
            assert len(names) == len(set(names))
            assert "LocationName" in names  # x-default kept inside the structure
        own = tags["XMP-memoryapp:Places"]
        assert isinstance(own, list)
        spellings = {n["Value"] for place in own for n in place["Names"]}
        if any(p["Ref"].endswith(tinghir.id) for p in own):
            assert {n.value for n in tinghir.names} <= spellings  # both fr, both he
    if shutil.which("exiv2") is not None:  # exiv2 (digiKam's library) keeps them all too
        proc = subprocess.run(
            ["exiv2", "-px", str(sidecars[0])], capture_output=True, text=True, check=False
        )
        assert proc.returncode == 0, proc.stderr
        assert "Error" not in proc.stderr
        for name in tinghir.names:
            assert name.value in proc.stdout, name


def test_our_own_xmp_reads_back_dates_places_and_people(
    sample_export: SampleExport, tmp_path: Path
) -> None:
    fresh = Library.create(tmp_path / "fresh", title="Fresh")
    try:
        report = fresh.import_paths([sample_export.out], options=ImportOptions(jobs=1))
        got = {
            Path(r.path).name: _summary(fresh, fresh.item(r.item_id))
            for r in report.results
            if r.item_id is not None
        }
    finally:
        fresh.close()
    want = sample_export.want
    assert set(got) == set(want)
    uncertain = [v for v in want.values() if isinstance(v[0], str) and not v[0].isdigit()]
    assert uncertain, "the sample must have uncertain dates"
    deep = [v for v in want.values() if any(len(p) > 2 for p in v[2])]  # type: ignore[attr-defined]
    assert deep, "the sample must have places below a town"
    for name in want:
        assert got[name] == want[name], name
