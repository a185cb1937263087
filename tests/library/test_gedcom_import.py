from pathlib import Path

import pytest
from tests.records import put

from memoryapp.core.dates import FuzzyDate
from memoryapp.core.errors import ImportFileError
from memoryapp.core.ids import PersonId
from memoryapp.core.names import Name
from memoryapp.core.people import Person, RelationKind
from memoryapp.importers.gedcom import gedcom_date
from memoryapp.library import Library
from memoryapp.library.gedcom_import import import_gedcom

GED = Path(__file__).resolve().parents[1] / "data" / "gedcom" / "elbaz.ged"


@pytest.mark.parametrize(
    ("text", "edtf"),
    [
        ("ABOUT 1910", "1910~"),
        ("ESTIMATED 1905", "1905~"),
        ("BEFORE 1960", "[..1959]"),
        ("AFTER 1948", "[1948..]"),
        ("BETWEEN 1944 AND 1946", "[1944..1946]"),
        ("FROM 1948 TO 1956", "1948/1956"),
        ("12 JUN 1955", "1955-06-12"),
        ("JUN 1955", "1955-06"),
        ("@#DHEBREW@ 25 ELL 5715", "1955-09-12"),
    ],
)
def test_gedcom_dates_become_edtf(text: str, edtf: str) -> None:
    date = gedcom_date(text)
    assert date.edtf == edtf
    assert date.input == text


def test_gedcom_people_are_matched_and_created(library: Library) -> None:
    yakut = Person(
        id=PersonId("yakut"),
        names=(Name(value="Yakut Elbaz"), Name(value="Yakout Elbaz")),
        birth=FuzzyDate(edtf="1910~"),
    )
    put(library, yakut)
    report = import_gedcom(library, GED)
    assert report.matched == (("@I1@", "yakut"),)
    assert len(report.created) == 3
    merged = library.person("yakut")
    assert "יקוט אלבז" in [n.value for n in merged.names]
    assert merged.death is not None
    assert merged.death.edtf == "1998"
    people = {p.name: p for p in library.people()}
    david = people["David Elbaz"]
    assert david.birth is not None
    assert david.birth.edtf == "[1944..1946]"
    assert {r.kind for r in david.relations} == {RelationKind.PARENT, RelationKind.SIBLING}
    assert library.place(david.birth_place).name == "Tinghir"
    assert library.place(library.place(david.birth_place).parent_id).name == "Maroc"
    assert people["Esther Elbaz"].birth.calendar_original.calendar == "hebrew"
    assert any(r.kind is RelationKind.SPOUSE for r in merged.relations)


def test_not_a_gedcom_file_is_a_clear_error(library: Library, tmp_path: Path) -> None:
    bogus = tmp_path / "tree.ged"
    bogus.write_bytes(b"\x00\x01 not gedcom")
    with pytest.raises(ImportFileError, match=r"tree\.ged"):
        import_gedcom(library, bogus)
