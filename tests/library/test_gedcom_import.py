import json
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
        # the days of a festival as memoryapp writes them (Pessah 5717)
        ("BET @#DHEBREW@ 15 NSN 5717 AND @#DHEBREW@ 22 NSN 5717", "[1957-04-16..1957-04-23]"),
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
    with pytest.raises(ImportFileError, match=r"tree\.ged: not a GEDCOM file \(it does not start"):
        import_gedcom(library, bogus)


DATA = GED.parent


@pytest.mark.parametrize(
    ("text", "edtf", "lo", "hi"),
    [
        ("12 MAR 1637/38", "[1637-03-12..1638-03-12]", "1637-03-12", "1638-03-12"),
        ("MAR 1637/38", "[1637-03..1638-03]", "1637-03-01", "1638-03-31"),
        ("1699/00", "[1699..1700]", "1699-01-01", "1700-12-31"),
        ("ABT 1637/38", "[1637..1638]", "1637-01-01", "1638-12-31"),
        ("BET 1630 AND 1637/38", "[1630..1638]", "1630-01-01", "1638-12-31"),
        ("AFT 1637/38", "[1637..]", "1637-01-01", None),
    ],
)
def test_dual_years_cover_both_readings(
    text: str, edtf: str, lo: str | None, hi: str | None
) -> None:
    date = gedcom_date(text)
    assert date.edtf == edtf
    assert date.input == text
    bounds = date.bounds()
    assert bounds is not None
    assert (bounds.min, bounds.max) == (lo, hi)


def test_user_records_and_tags_are_skipped_with_a_warning_each(library: Library) -> None:
    report = import_gedcom(library, DATA / "user_records.ged")
    assert report.created == ("@I1@", "@I2@", "@I3@")
    assert report.warnings == (
        "line 7: @I1@ INDI: user tags _UID, _PRIM skipped",
        "line 14: user-defined record @_PLAC1_@ _PLAC skipped",
        "line 20: user-defined record _WEIRD skipped",
        "line 25: @F1@ FAM: user tags _STAT skipped",
    )
    people = {p.name: p for p in library.people()}
    yakout = people["Yakout Elbaz"]
    assert yakout.birth is not None
    assert yakout.birth.edtf == "[1637-03-12..1638-03-12]"
    david = people["David Elbaz"]
    parents = {r.person_id for r in david.relations if r.kind is RelationKind.PARENT}
    assert parents == {yakout.id, people["Shimon Elbaz"].id}


def test_broken_lines_lose_only_their_record_part(library: Library, tmp_path: Path) -> None:
    ged = tmp_path / "broken.ged"
    ged.write_text(
        "0 HEAD\n1 CHAR UTF-8\n"
        "0 @I1@ INDI\n1 NAME Lahcen /Ait Ouaziz/\n3 DATE skipped a level\n4 PLAC under it\n"
        "this line is not GEDCOM\n1 SEX M\n"
        "0 @I2@ INDI\n1 NAME Esther /Elbaz/\n0 TRLR\n",
        encoding="utf-8",
    )
    report = import_gedcom(library, ged)
    assert report.created == ("@I1@", "@I2@")
    assert report.warnings == ("line 3: @I1@ INDI: 3 line(s) not readable, skipped",)
    lahcen = next(p for p in library.people() if p.name == "Lahcen Ait Ouaziz")
    assert lahcen.gender == "M"


def test_ancestor_cycles_and_impossible_dates_are_warned(library: Library) -> None:
    report = import_gedcom(library, DATA / "cycle.ged")
    assert len(report.created) == 4
    assert report.warnings == (
        "ancestor cycle: @I3@ Moshe Ohana is their own ancestor "
        "(@I3@ → @I1@ → @I3@, each a parent of the next)",
        "impossible dates: @I3@ Moshe Ohana (born 1910) was born before their parent "
        "@I1@ Yaakov Ohana (born 1920)",
        "impossible dates: @I3@ Moshe Ohana (born 1910) was born before their parent "
        "@I2@ Rahel Ohana (born 1925)",
        "impossible dates: @I4@ Mazal Ohana (born 1955) was born after the death of their "
        "parent @I1@ Yaakov Ohana (died 1950)",
        "impossible dates: @I4@ Mazal Ohana (born 1955) was born after the death of their "
        "parent @I2@ Rahel Ohana (died 1948)",
    )


def test_father_dying_before_the_birth_is_possible(library: Library, tmp_path: Path) -> None:
    ged = tmp_path / "posthumous.ged"
    ged.write_text(
        "0 HEAD\n1 CHAR UTF-8\n"
        "0 @I1@ INDI\n1 NAME Haim /Abitbol/\n1 DEAT\n2 DATE 3 JAN 1950\n"
        "0 @I2@ INDI\n1 NAME Simha /Abitbol/\n1 BIRT\n2 DATE 20 JUN 1950\n"
        "0 @F1@ FAM\n1 HUSB @I1@\n1 CHIL @I2@\n0 TRLR\n",
        encoding="utf-8",
    )
    assert import_gedcom(library, ged).warnings == ()


def test_gedcom_cli_reports_the_warnings(tmp_path: Path, capsys) -> None:
    from memoryapp.cli.main import main

    coll = str(tmp_path / "coll")
    assert main(["init", "--collection", coll]) == 0
    capsys.readouterr()
    assert main(["gedcom", "import", "--collection", coll, str(DATA / "cycle.ged")]) == 0
    out = capsys.readouterr().out
    assert "4 people created" in out
    assert "warning: ancestor cycle: @I3@ Moshe Ohana is their own ancestor" in out
    assert (
        main(["gedcom", "import", "--collection", coll, "--json", str(DATA / "user_records.ged")])
        == 0
    )
    data = json.loads(capsys.readouterr().out)
    assert "line 14: user-defined record @_PLAC1_@ _PLAC skipped" in data["warnings"]
