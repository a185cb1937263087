"""Hebrew years written bare and festivals with a year become dates through the calendars."""

import pytest
from pyluach import dates as hebrew_dates

from memoryapp.core.dates import to_gedcom
from memoryapp.core.dates.phrases import parse_date


def test_a_bare_hebrew_year_is_not_the_year_5715_ad() -> None:
    date = parse_date("5715")
    assert date.edtf == "[1954-09-28..1955-09-16]"  # 1 Tishri 5715 .. 29 Elul 5715
    assert date.calendar_original is not None
    assert date.calendar_original.calendar == "hebrew"
    assert date.calendar_original.ymd == (5715,)
    assert date.input == "5715"
    assert (_greg(5715, 7, 1), _greg(5715, 6, 29)) == ("1954-09-28", "1955-09-16")


@pytest.mark.parametrize("year", ["1955", "2024", "4999", "6001", "1000"])
def test_other_four_digit_years_stay_gregorian(year: str) -> None:
    assert parse_date(year).edtf == year
    assert parse_date(year).calendar_original is None


def _greg(year: int, month: int, day: int) -> str:
    return hebrew_dates.HebrewDate(year, month, day).to_greg().to_pydate().isoformat()


@pytest.mark.parametrize(
    ("text", "edtf", "ymd"),
    [
        ("Pessah 1957", "[1957-04-16..1957-04-23]", (5717, 1, 15)),
        ("Pessa'h 1957", "[1957-04-16..1957-04-23]", (5717, 1, 15)),
        ("Pâque juive 1957", "[1957-04-16..1957-04-23]", (5717, 1, 15)),
        ("פסח 1957", "[1957-04-16..1957-04-23]", (5717, 1, 15)),
        ('פסח תשי"ז', "[1957-04-16..1957-04-23]", (5717, 1, 15)),
        ("Rosh Hashana 1960", "[1960-09-22..1960-09-23]", (5721, 7, 1)),
        ("Roch Hachana 1960", "[1960-09-22..1960-09-23]", (5721, 7, 1)),
        ("ראש השנה 1960", "[1960-09-22..1960-09-23]", (5721, 7, 1)),
        ("Kippur 1955", "1955-09-26", (5716, 7, 10)),
        ("Yom Kippour 1955", "1955-09-26", (5716, 7, 10)),
        ("Kippour 5716", "1955-09-26", (5716, 7, 10)),
        ("יום כיפור 1955", "1955-09-26", (5716, 7, 10)),
        ("Hanukkah 1958", "[1958-12-07..1958-12-14]", (5719, 9, 25)),
        ("Hanouka 1958", "[1958-12-07..1958-12-14]", (5719, 9, 25)),
        ("חנוכה 1958", "[1958-12-07..1958-12-14]", (5719, 9, 25)),
    ],
)
def test_jewish_festivals_are_their_days(text: str, edtf: str, ymd: tuple[int, ...]) -> None:
    date = parse_date(text)
    assert date.edtf == edtf
    assert date.input == text
    assert date.calendar_original is not None
    assert date.calendar_original.calendar == "hebrew"
    assert date.calendar_original.ymd == ymd
    assert date.calendar_original.text == text
    assert edtf.strip("[").startswith(_greg(*ymd))


@pytest.mark.parametrize(
    ("text", "edtf", "ymd"),
    [
        ("Ramadan 1956", "[1956-04-11..1956-05-11]", (1375, 9)),
        ("رمضان 1956", "[1956-04-11..1956-05-11]", (1375, 9)),
        ("Ramadan 1375", "[1956-04-11..1956-05-11]", (1375, 9)),  # a Hijri year stays one
        ("Aïd el-Kebir 1957", "1957-07-08?", (1376, 12, 10)),
        ("Aid al-Adha 1957", "1957-07-08?", (1376, 12, 10)),
        ("عيد الأضحى 1957", "1957-07-08?", (1376, 12, 10)),
        ("Aïd el-Fitr 1957", "1957-05-01?", (1376, 10, 1)),
        ("Aïd es-Seghir 1957", "1957-05-01?", (1376, 10, 1)),
        ("عيد الفطر ١٩٥٧", "1957-05-01?", (1376, 10, 1)),
        ("Achoura 1956", "1956-08-17?", (1376, 1, 10)),
        ("Ashura 1956", "1956-08-17?", (1376, 1, 10)),
        ("عاشوراء 1956", "1956-08-17?", (1376, 1, 10)),
    ],
)
def test_muslim_festivals_are_their_days(text: str, edtf: str, ymd: tuple[int, ...]) -> None:
    date = parse_date(text)
    assert date.edtf == edtf
    assert date.input == text
    assert date.calendar_original is not None
    assert date.calendar_original.calendar == "hijri"
    assert date.calendar_original.ymd == ymd
    assert date.calendar_original.method == "umm-al-qura"


def test_a_festival_twice_in_one_year_is_one_of_the_two() -> None:
    # The Hijri year is 11 days shorter: Aid el-Fitr began on 1 January and 21 December 1968.
    assert parse_date("Aïd el-Fitr 1968").edtf == "[1968-01-01?,1968-12-21?]"


def test_a_festival_without_a_year_is_text() -> None:
    with pytest.raises(ValueError, match="cannot read a date"):
        parse_date("Pessah")


@pytest.mark.parametrize(
    ("text", "gedcom"),
    [
        ("Pessah 1957", "BET @#DHEBREW@ 15 NSN 5717 AND @#DHEBREW@ 22 NSN 5717"),
        ("Hanukkah 1958", "BET @#DHEBREW@ 25 KSL 5719 AND @#DHEBREW@ 3 TVT 5719"),
        ("Kippur 1955", "@#DHEBREW@ 10 TSH 5716"),
        ("5715", "@#DHEBREW@ 5715"),
    ],
)
def test_festivals_are_written_to_gedcom_in_their_calendar(text: str, gedcom: str) -> None:
    assert to_gedcom(parse_date(text)) == gedcom
