import pytest

from memoryapp.core.dates import CalendarOriginal, DateModifier, FuzzyDate, InvalidDateError
from memoryapp.core.dates.calendars import (
    hebrew_gedcom,
    hebrew_numeral,
    hebrew_to_edtf,
    hijri_method,
    hijri_to_edtf,
    is_hebrew_leap,
)
from memoryapp.core.dates.phrases import parse_date

# ---- conversions verified in dates.md section 9.1 -------------------------------------------------


def test_hebrew_conversions_match_the_verified_table():
    assert hebrew_to_edtf(5715, 6, 25) == "1955-09-12"  # 25 Elul 5715
    assert hebrew_to_edtf(5702, 12, 15) == "1942-03-04"  # 15 Adar 5702


def test_hebrew_leap_year_months_match_the_verified_table():
    assert is_hebrew_leap(5703)
    assert not is_hebrew_leap(5702)
    assert hebrew_to_edtf(5703, 12).startswith("[1943-02-06..")  # Adar I starts 1943-02-06
    assert hebrew_to_edtf(5703, 13).startswith("[1943-03-08..")  # Adar II starts 1943-03-08
    with pytest.raises(ValueError, match="leap"):
        hebrew_to_edtf(5702, 13, 1)


def test_hebrew_month_and_year_are_one_of_ranges():
    assert hebrew_to_edtf(5715, 6) == "[1955-08-19..1955-09-16]"  # Elul 5715
    assert hebrew_to_edtf(5715) == "[1954-09-28..1955-09-16]"  # 1 Tishri .. 29 Elul


def test_hijri_conversions_match_the_verified_table():
    assert hijri_to_edtf(1361, 1, 1) == "1942-01-18?"  # Umm al-Qura (hijridate)
    assert hijri_method(1361) == "umm-al-qura"
    assert hijri_to_edtf(1343, 1, 1) == "1924-08-01?"
    assert hijri_to_edtf(1500, 12, 29) == "2077-11-15?"


def test_hijri_outside_umm_al_qura_uses_the_tabular_calendar():
    assert hijri_method(1342) == "tabular"
    assert hijri_method(1501) == "tabular"
    assert hijri_to_edtf(1342, 12, 29) == "1924-08-01?"  # convertdate.islamic
    assert hijri_to_edtf(1300, 1, 1) == "1882-11-12?"


def test_hijri_month_and_year_are_ranges_widened_by_a_day():
    assert hijri_to_edtf(1375, 9) == "[1956-04-11..1956-05-11]"  # Ramadan 1375
    assert hijri_to_edtf(1361) == "[1942-01-17..1943-01-07]"


@pytest.mark.parametrize(
    ("year", "month", "day"), [(1361, 2, 30), (1361, 13, 1), (0, 1, 1), (1300, 1, 31)]
)
def test_hijri_dates_that_do_not_exist_raise(year, month, day):
    with pytest.raises(ValueError, match=r"day|month|year"):
        hijri_to_edtf(year, month, day)


# ---- Hebrew numerals -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("token", "value"),
    [
        ("כ#ה", 25),
        ("כה", 25),
        ("ט#ו", 15),
        ("ט#ז", 16),
        ("תשט#ו", 715),
        ("תש#ח", 708),
        ("ה#תשט#ו", 5715),
        ("ה#", 5),
        ("תשטו", 715),
        ("abc", None),
        ("", None),
    ],
)
def test_hebrew_numeral(token, value):
    assert hebrew_numeral(token) == value


@pytest.mark.parametrize(
    ("ymd", "code"),
    [
        ((5715, 6, 25), "25 ELL 5715"),
        ((5715, 7, 1), "1 TSH 5715"),
        ((5702, 12, 15), "15 ADS 5702"),  # Adar of a common year
        ((5703, 12, 15), "15 ADR 5703"),  # Adar I
        ((5703, 13, 15), "15 ADS 5703"),  # Adar II
        ((5715, 8), "CSH 5715"),
        ((5715,), "5715"),
    ],
)
def test_hebrew_gedcom(ymd, code):
    assert hebrew_gedcom(ymd) == code


# ---- phrases in those calendars ---------------------------------------------------------------------

# text, EDTF, calendar, ymd, method
CALENDAR_PHRASES = [
    ("25 Elul 5715", "1955-09-12", "hebrew", (5715, 6, 25), None),
    ("כ״ה אלול תשט״ו", "1955-09-12", "hebrew", (5715, 6, 25), None),
    ('כ"ה אלול תשט"ו', "1955-09-12", "hebrew", (5715, 6, 25), None),
    ("כ״ה באלול תשט״ו", "1955-09-12", "hebrew", (5715, 6, 25), None),
    ("כ״ה אלול ה׳תשט״ו", "1955-09-12", "hebrew", (5715, 6, 25), None),
    ("25 באלול 5715", "1955-09-12", "hebrew", (5715, 6, 25), None),
    ("the 25th of Elul 5715", "1955-09-12", "hebrew", (5715, 6, 25), None),
    ("ט״ו אדר תש״ב", "1942-03-04", "hebrew", (5702, 12, 15), None),
    ("15 Adar 5702", "1942-03-04", "hebrew", (5702, 12, 15), None),
    ("Adar II 5703", "[1943-03-08..1943-04-05]", "hebrew", (5703, 13), None),
    ("אדר ב׳ תשג", "[1943-03-08..1943-04-05]", "hebrew", (5703, 13), None),
    ("1 Adar I 5703", "1943-02-06", "hebrew", (5703, 12, 1), None),
    ("Elul 5715", "[1955-08-19..1955-09-16]", "hebrew", (5715, 6), None),
    ("תשט״ו", "[1954-09-28..1955-09-16]", "hebrew", (5715,), None),
    ("1 Tishrei 5716", "1955-09-17", "hebrew", (5716, 7, 1), None),
    ("1 Muharram 1361", "1942-01-18?", "hijri", (1361, 1, 1), "umm-al-qura"),
    ("1 محرم 1361", "1942-01-18?", "hijri", (1361, 1, 1), "umm-al-qura"),
    ("١ محرم ١٣٦١", "1942-01-18?", "hijri", (1361, 1, 1), "umm-al-qura"),
    ("1 مُحَرَّم 1361 هـ", "1942-01-18?", "hijri", (1361, 1, 1), "umm-al-qura"),
    ("1 Muharram 1361 AH", "1942-01-18?", "hijri", (1361, 1, 1), "umm-al-qura"),
    ("27 رمضان 1375", "1956-05-08?", "hijri", (1375, 9, 27), "umm-al-qura"),
    ("15 Rabi' al-awwal 1361", "1942-04-01?", "hijri", (1361, 3, 15), "umm-al-qura"),
    ("1 ذو الحجة 1361", "1942-12-09?", "hijri", (1361, 12, 1), "umm-al-qura"),
    ("Ramadan 1375", "[1956-04-11..1956-05-11]", "hijri", (1375, 9), "umm-al-qura"),
    ("1361 of the Hegira", "[1942-01-17..1943-01-07]", "hijri", (1361,), "umm-al-qura"),
    ("سنة 1361 هـ", "[1942-01-17..1943-01-07]", "hijri", (1361,), "umm-al-qura"),
    ("1 Muharram 1300", "1882-11-12?", "hijri", (1300, 1, 1), "tabular"),
]


@pytest.mark.parametrize(("text", "edtf", "calendar", "ymd", "method"), CALENDAR_PHRASES)
def test_calendar_phrases_convert_and_keep_the_original(text, edtf, calendar, ymd, method):
    date = parse_date(text)
    assert date.edtf == edtf
    assert date.calendar_original == CalendarOriginal(
        calendar=calendar, text=text, ymd=ymd, method=method
    )
    assert date.modifier is DateModifier.NONE
    assert date.input == text


def test_calendar_original_round_trips_through_its_fields():
    date = parse_date("כ״ה אלול תשט״ו")
    original = date.calendar_original
    assert original is not None
    again = FuzzyDate(
        edtf=date.edtf,
        input=date.input,
        modifier=date.modifier.value,  # type: ignore[arg-type]  # as read back from JSON
        calendar_original=CalendarOriginal(
            calendar=original.calendar,
            text=original.text,
            ymd=list(original.ymd),  # type: ignore[arg-type]
        ),
    )
    assert again == date


def test_calendar_bounds_match_the_verified_conversions():
    bounds = parse_date("25 Elul 5715").bounds()
    assert bounds is not None
    assert (bounds.min, bounds.max) == ("1955-09-12", "1955-09-12")
    hijri = parse_date("1 Muharram 1361").bounds()
    assert hijri is not None
    assert (hijri.min, hijri.max) == ("1942-01-18", "1942-01-18")
    assert (hijri.search_min, hijri.search_max) == ("1942-01-16", "1942-01-20")  # sighting


def test_approximate_calendar_date():
    date = parse_date("c. 25 Elul 5715")
    assert date.edtf == "1955-09-12~"
    assert date.modifier is DateModifier.ABOUT
    assert parse_date("c. 1 Muharram 1361").edtf == "1942-01-18%"


@pytest.mark.parametrize(
    "text", ["Adar II 5702", "30 Elul 5715", "ל׳ אלול תשט״ו", "30 صفر 1361", "1 Muharram 0"]
)
def test_calendar_dates_that_do_not_exist_raise(text):
    with pytest.raises(InvalidDateError):
        parse_date(text)
