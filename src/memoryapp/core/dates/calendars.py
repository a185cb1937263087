"""Hebrew and Hijri calendars: Hebrew numerals, conversion to Gregorian EDTF, GEDCOM.

Reading calendar phrases is ``calendar_phrases``. Month numbers follow convertdate and pyluach: Nisan = 1 ... Elul = 6, Tishri = 7 ...
Adar = 12 (Adar I in a leap year), Adar II = 13. A plain "Adar" in a leap year is read as
month 12 (Adar I), as those packages do.

Conversions (dates.md section 9):

* Hebrew, with pyluach: a day gives the exact Gregorian day (the calendar is arithmetic;
  the sunset ambiguity of an evening event is left to the kept original); a month or a
  year gives the one-of range of its days, ``[1955-08-19..1955-09-16]``.
* Hijri, with hijridate (Umm al-Qura) inside 1343-1500 AH and convertdate's tabular
  calendar outside it. Moroccan dates were fixed by sighting the new moon, so a converted
  day is stored uncertain (``1942-01-18?``) and a month or a year as a one-of range
  widened by one day at each end.
"""

from functools import lru_cache

from convertdate import islamic
from hijridate import Hijri
from pyluach import dates as hebrew_dates
from pyluach import hebrewcal

from memoryapp.core.dates.bounds import Ymd, add_days, format_iso

UMM_AL_QURA_YEARS = range(1343, 1501)
"""Hijri years hijridate covers (1924-08-01 .. 2077-11-15)."""

_HEBREW_LETTER_VALUES = dict(
    zip(
        "אבגדהוזחטיכלמנסעפצקרשת",
        (
            1,
            2,
            3,
            4,
            5,
            6,
            7,
            8,
            9,
            10,
            20,
            30,
            40,
            50,
            60,
            70,
            80,
            90,
            100,
            200,
            300,
            400,
        ),
        strict=True,
    )
)
_GEDCOM_HEBREW = {
    7: "TSH",
    8: "CSH",
    9: "KSL",
    10: "TVT",
    11: "SHV",
    13: "ADS",
    1: "NSN",
    2: "IYR",
    3: "SVN",
    4: "TMZ",
    5: "AAV",
    6: "ELL",
}
NUMERAL_MARK = "#"
"""What the phrase parser writes for a geresh or gershayim inside a Hebrew numeral."""


def hebrew_numeral(token: str) -> int | None:
    """Value of a Hebrew numeral such as ``kaf-he`` (25) or ``tav-shin-tet-vav`` (715).

    Args:
        token: folded letters (``search_key``), with ``NUMERAL_MARK`` where a geresh or
            gershayim was written. A leading he followed by a mark counts thousands
            (he-geresh-tav-shin-tet-vav is 5715).

    Returns:
        The value, or ``None`` when ``token`` holds anything but Hebrew letters and marks.
    """
    thousands = 0
    head, mark, rest = token.partition(NUMERAL_MARK)
    if mark and rest and len(head) == 1 and head in _HEBREW_LETTER_VALUES and len(rest) > 1:
        thousands, token = _HEBREW_LETTER_VALUES[head] * 1000, rest
    letters = token.replace(NUMERAL_MARK, "")
    if not letters or any(ch not in _HEBREW_LETTER_VALUES for ch in letters):
        return None
    return thousands + sum(_HEBREW_LETTER_VALUES[ch] for ch in letters)


def is_hebrew_leap(year: int) -> bool:
    """Whether a Hebrew year has 13 months (Adar I and Adar II)."""
    return (7 * year + 1) % 19 < 7


def _greg(date: hebrew_dates.HebrewDate) -> Ymd:
    g = date.to_greg()
    return (g.year, g.month, g.day)


@lru_cache(maxsize=4096)
def hebrew_to_edtf(year: int, month: int | None = None, day: int | None = None) -> str:
    """Gregorian EDTF of a Hebrew date: a day, or the one-of range of a month or a year.

    Raises:
        ValueError: no such date (Adar II of a common year, 30 Elul, month 14...).
    """
    if not 1 <= year <= 9999 or (month is not None and not 1 <= month <= 13):
        raise ValueError(f"no Hebrew month {month} in year {year}")
    if month is None:
        first, last = (year, 7, 1), (year, 6, 29)  # 1 Tishri .. 29 Elul
    elif day is None:
        first, last = (year, month, 1), (year, month, len(hebrewcal.Month(year, month)))
    else:
        return format_iso(_greg(hebrew_dates.HebrewDate(year, month, day)))
    lo, hi = _greg(hebrew_dates.HebrewDate(*first)), _greg(hebrew_dates.HebrewDate(*last))
    return f"[{format_iso(lo)}..{format_iso(hi)}]"


def hebrew_day_of(day: Ymd) -> tuple[int, int, int]:
    """The Hebrew ``(year, month, day)`` of a Gregorian day (the day before sunset)."""
    h = hebrew_dates.GregorianDate(*day).to_heb()
    return (h.year, h.month, h.day)


def hijri_method(year: int) -> str:
    """``"umm-al-qura"`` inside hijridate's range, ``"tabular"`` outside it."""
    return "umm-al-qura" if year in UMM_AL_QURA_YEARS else "tabular"


def _hijri_month_length(year: int, month: int) -> int:
    if year in UMM_AL_QURA_YEARS:
        return int(Hijri(year, month, 1).month_length())
    return int(islamic.month_length(year, month))


def _hijri_day(year: int, month: int, day: int) -> Ymd:
    if not 1 <= day <= _hijri_month_length(year, month):
        raise ValueError(f"no day {day} in Hijri month {month} of {year}")
    if year in UMM_AL_QURA_YEARS:
        g = Hijri(year, month, day).to_gregorian()
        return (g.year, g.month, g.day)
    y, m, d = islamic.to_gregorian(year, month, day)
    return (int(y), int(m), int(d))


@lru_cache(maxsize=4096)
def hijri_to_edtf(year: int, month: int | None = None, day: int | None = None) -> str:
    """Gregorian EDTF of a Hijri date, uncertain by sighting (see the module docstring).

    Raises:
        ValueError: no such date (month 13, day 30 of a 29-day month, year 0).
    """
    if not 1 <= year <= 9999 or (month is not None and not 1 <= month <= 12):
        raise ValueError(f"no Hijri month {month} in year {year}")
    if month is not None and day is not None:
        return format_iso(_hijri_day(year, month, day)) + "?"
    first_month, last_month = (month, month) if month is not None else (1, 12)
    lo = add_days(_hijri_day(year, first_month, 1), -1)
    hi = add_days(_hijri_day(year, last_month, _hijri_month_length(year, last_month)), 1)
    return f"[{format_iso(lo)}..{format_iso(hi)}]"


def hebrew_gedcom(ymd: tuple[int, ...]) -> str:
    """A Hebrew date as GEDCOM writes it after the calendar escape: ``25 ELL 5715``.

    Adar (month 12) is ``ADS`` in a common year and ``ADR`` (Adar I) in a leap year;
    Adar II (month 13) is ``ADS`` (GEDCOM 7 calendar appendix).
    """
    year = ymd[0]
    if len(ymd) == 1:
        return str(year)
    month = ymd[1]
    code = ("ADR" if is_hebrew_leap(year) else "ADS") if month == 12 else _GEDCOM_HEBREW[month]
    return f"{ymd[2]} {code} {year}" if len(ymd) == 3 else f"{code} {year}"
