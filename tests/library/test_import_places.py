"""Places made by import: one gazetteer country per country, capitals tidied, no continents."""

import shutil
from pathlib import Path

import pytest
from tests.conftest import CORPUS

from memoryapp.core.places import Place
from memoryapp.library import ImportOptions, Library

_SIDECAR = """<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF
 xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
 <rdf:Description rdf:about="" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"
  photoshop:City="{city}" photoshop:Country="{country}"/>
</rdf:RDF></x:xmpmeta>"""


def _places(lib: Library) -> dict[str, Place]:
    return {p.name: p for p in lib.places()}


def _path(lib: Library, place: Place) -> list[str]:
    names = [place.name]
    while place.parent_id is not None:
        place = lib.place(place.parent_id)
        names.append(place.name)
    return names


def test_synthetic_records_land_on_one_country(library: Library, make_jpeg) -> None:
    fields = [
        ("Paris", "FRA - France"),
        ("Lyon", "France"),
        ("", "FR"),
        ("London", "England"),
        ("Wigan", "England"),
        ("", "United Kingdom"),
        ("KITZBUEHEL", "AUSTRIA"),
        ("Straits of Magellan", "South America"),
    ]
    for n, (city, country) in enumerate(fields):
        photo = make_jpeg(f"p{n}.jpg")
        photo.with_name(photo.name + ".xmp").write_text(
            _SIDECAR.format(city=city, country=country), encoding="utf-8"
        )
    report = library.import_paths([photo.parent], options=ImportOptions(jobs=1))
    assert len(report.added) == len(fields)
    places = _places(library)
    countries = sorted(p.name for p in places.values() if p.kind == "country")
    assert countries == ["Austria", "France", "United Kingdom"]
    assert _path(library, places["Paris"]) == ["Paris", "France"]
    assert _path(library, places["Wigan"]) == ["Wigan", "England", "United Kingdom"]
    assert places["England"].kind == "region"
    assert [n.value for n in places["Austria"].names] == ["Austria", "AUSTRIA"]
    assert [n.value for n in places["Kitzbuehel"].names] == ["Kitzbuehel", "KITZBUEHEL"]
    assert places["South America"].kind == "region"
    assert places["South America"].parent_id is None
    counts = {place.name: 0 for place in places.values()}
    for item in library.items():
        for pid in item.places:
            counts[library.place(pid).name] += 1
    assert counts["France"] == 1  # the "FR" photo; Paris and Lyon are under France
    assert "FRA - France" not in counts


_CORPUS_FILES = {
    "correctness/exiv2-testdata/test/data/exiv2-bug922.png": ["Paris", "France"],
    "correctness/frameright/tests/Fixtures/metapm.jpg": ["London", "England", "United Kingdom"],
    "correctness/exiftool-t/t/images/GPS.jpg": None,  # United Kingdom, or a town in it by GPS
    "correctness/exiv2-testdata/test/data/Reagan.jpg": ["Straits of Magellan", "South America"],
    "robustness/imagemeta/testdata/images/metadata-extractor/withXmp.jpg": [
        "Kitzbuehel",
        "Austria",
    ],
}


@pytest.mark.corpus
@pytest.mark.skipif(not (CORPUS / "files").is_dir(), reason="../shared/corpus is absent")
def test_corpus_places_are_tidy(library: Library, tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    for n, rel in enumerate(_CORPUS_FILES):
        shutil.copy(CORPUS / "files" / rel, src / f"{n}{Path(rel).suffix}")
    report = library.import_paths([src], options=ImportOptions(jobs=1))
    assert len(report.added) == len(_CORPUS_FILES)
    by_file = {Path(r.path).stem: r.item_id for r in report.results}
    for n, expected in enumerate(_CORPUS_FILES.values()):
        item = library.item(by_file[str(n)])
        assert len(item.places) == 1
        chain = _path(library, library.place(item.places[0]))
        if expected is None:
            assert chain[-1] == "United Kingdom"
        else:
            assert chain == expected
    countries = sorted(p.name for p in library.places() if p.kind == "country")
    assert countries == ["Austria", "France", "United Kingdom"]
    assert [n.value for n in _places(library)["Austria"].names] == ["Austria", "AUSTRIA"]
