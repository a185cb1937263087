"""Hebrew and Hijri calendars: month names, Hebrew numerals, conversion to Gregorian EDTF.

Month numbers follow convertdate and pyluach: Nisan = 1 ... Elul = 6, Tishri = 7 ...
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

import re
from functools import lru_cache

from convertdate import islamic
from hijridate import Hijri
from pyluach import dates as hebrew_dates
from pyluach import hebrewcal

from memoryapp.core.date_bounds import Ymd, add_days, format_iso
from memoryapp.core.text import search_key

UMM_AL_QURA_YEARS = range(1343, 1501)
"""Hijri years hijridate covers (1924-08-01 .. 2077-11-15)."""

_HEBREW_MONTH_NAMES: dict[int, tuple[str, ...]] = {
    1: (
        "\N{HEBREW LETTER NUN}\N{HEBREW LETTER YOD}\N{HEBREW LETTER SAMEKH}\N{HEBREW LETTER FINAL NUN}",
        "nisan",
        "nissan",
    ),
    2: (
        "\N{HEBREW LETTER ALEF}\N{HEBREW LETTER YOD}\N{HEBREW LETTER YOD}\N{HEBREW LETTER RESH}",
        "\N{HEBREW LETTER ALEF}\N{HEBREW LETTER YOD}\N{HEBREW LETTER RESH}",
        "iyar",
        "iyyar",
    ),
    3: (
        "\N{HEBREW LETTER SAMEKH}\N{HEBREW LETTER YOD}\N{HEBREW LETTER VAV}\N{HEBREW LETTER FINAL NUN}",
        "\N{HEBREW LETTER SAMEKH}\N{HEBREW LETTER YOD}\N{HEBREW LETTER VAV}\N{HEBREW LETTER VAV}\N{HEBREW LETTER FINAL NUN}",
        "sivan",
        "siwan",
    ),
    4: (
        "\N{HEBREW LETTER TAV}\N{HEBREW LETTER MEM}\N{HEBREW LETTER VAV}\N{HEBREW LETTER ZAYIN}",
        "tammuz",
        "tamuz",
        "tamouz",
    ),
    5: (
        "\N{HEBREW LETTER ALEF}\N{HEBREW LETTER BET}",
        "\N{HEBREW LETTER MEM}\N{HEBREW LETTER NUN}\N{HEBREW LETTER HET}\N{HEBREW LETTER FINAL MEM} \N{HEBREW LETTER ALEF}\N{HEBREW LETTER BET}",
        "av",
        "menachem av",
    ),
    6: (
        "\N{HEBREW LETTER ALEF}\N{HEBREW LETTER LAMED}\N{HEBREW LETTER VAV}\N{HEBREW LETTER LAMED}",
        "elul",
        "eloul",
    ),
    7: (
        "\N{HEBREW LETTER TAV}\N{HEBREW LETTER SHIN}\N{HEBREW LETTER RESH}\N{HEBREW LETTER YOD}",
        "tishri",
        "tishrei",
        "tichri",
        "tisri",
    ),
    8: (
        "\N{HEBREW LETTER HET}\N{HEBREW LETTER SHIN}\N{HEBREW LETTER VAV}\N{HEBREW LETTER FINAL NUN}",
        "\N{HEBREW LETTER HET}\N{HEBREW LETTER SHIN}\N{HEBREW LETTER VAV}\N{HEBREW LETTER VAV}\N{HEBREW LETTER FINAL NUN}",
        "\N{HEBREW LETTER MEM}\N{HEBREW LETTER RESH}\N{HEBREW LETTER HET}\N{HEBREW LETTER SHIN}\N{HEBREW LETTER VAV}\N{HEBREW LETTER FINAL NUN}",
        "\N{HEBREW LETTER MEM}\N{HEBREW LETTER RESH}\N{HEBREW LETTER HET}\N{HEBREW LETTER SHIN}\N{HEBREW LETTER VAV}\N{HEBREW LETTER VAV}\N{HEBREW LETTER FINAL NUN}",
        "heshvan",
        "cheshvan",
        "marcheshvan",
        "hechvan",
    ),
    9: (
        "\N{HEBREW LETTER KAF}\N{HEBREW LETTER SAMEKH}\N{HEBREW LETTER LAMED}\N{HEBREW LETTER VAV}",
        "\N{HEBREW LETTER KAF}\N{HEBREW LETTER SAMEKH}\N{HEBREW LETTER LAMED}\N{HEBREW LETTER YOD}\N{HEBREW LETTER VAV}",
        "kislev",
        "kislew",
        "chislev",
    ),
    10: (
        "\N{HEBREW LETTER TET}\N{HEBREW LETTER BET}\N{HEBREW LETTER TAV}",
        "tevet",
        "teveth",
        "tebeth",
    ),
    11: (
        "\N{HEBREW LETTER SHIN}\N{HEBREW LETTER BET}\N{HEBREW LETTER TET}",
        "shevat",
        "shvat",
        "shebat",
        "chevat",
        "sh'vat",
    ),
    12: (
        "\N{HEBREW LETTER ALEF}\N{HEBREW LETTER DALET}\N{HEBREW LETTER RESH}",
        "\N{HEBREW LETTER ALEF}\N{HEBREW LETTER DALET}\N{HEBREW LETTER RESH} \N{HEBREW LETTER ALEF}",
        "\N{HEBREW LETTER ALEF}\N{HEBREW LETTER DALET}\N{HEBREW LETTER RESH} \N{HEBREW LETTER RESH}\N{HEBREW LETTER ALEF}\N{HEBREW LETTER SHIN}\N{HEBREW LETTER VAV}\N{HEBREW LETTER FINAL NUN}",
        "adar",
        "adar i",
        "adar 1",
        "adar rishon",
        "adar aleph",
    ),
    13: (
        "\N{HEBREW LETTER ALEF}\N{HEBREW LETTER DALET}\N{HEBREW LETTER RESH} \N{HEBREW LETTER BET}",
        "\N{HEBREW LETTER ALEF}\N{HEBREW LETTER DALET}\N{HEBREW LETTER RESH} \N{HEBREW LETTER SHIN}\N{HEBREW LETTER NUN}\N{HEBREW LETTER YOD}",
        "\N{HEBREW LETTER VAV}\N{HEBREW LETTER ALEF}\N{HEBREW LETTER DALET}\N{HEBREW LETTER RESH}",
        "adar ii",
        "adar 2",
        "adar sheni",
        "adar bet",
        "veadar",
    ),
}
_HIJRI_MONTH_NAMES: dict[int, tuple[str, ...]] = {
    1: (
        "\N{ARABIC LETTER MEEM}\N{ARABIC LETTER HAH}\N{ARABIC LETTER REH}\N{ARABIC LETTER MEEM}",
        "\N{ARABIC LETTER ALEF}\N{ARABIC LETTER LAM}\N{ARABIC LETTER MEEM}\N{ARABIC LETTER HAH}\N{ARABIC LETTER REH}\N{ARABIC LETTER MEEM}",
        "muharram",
        "moharram",
        "muharrem",
        "mouharram",
    ),
    2: ("\N{ARABIC LETTER SAD}\N{ARABIC LETTER FEH}\N{ARABIC LETTER REH}", "safar", "saphar"),
    3: (
        "\N{ARABIC LETTER REH}\N{ARABIC LETTER BEH}\N{ARABIC LETTER YEH}\N{ARABIC LETTER AIN} \N{ARABIC LETTER ALEF}\N{ARABIC LETTER LAM}\N{ARABIC LETTER ALEF WITH HAMZA ABOVE}\N{ARABIC LETTER WAW}\N{ARABIC LETTER LAM}",
        "\N{ARABIC LETTER REH}\N{ARABIC LETTER BEH}\N{ARABIC LETTER YEH}\N{ARABIC LETTER AIN} \N{ARABIC LETTER ALEF WITH HAMZA ABOVE}\N{ARABIC LETTER WAW}\N{ARABIC LETTER LAM}",
        "rabi al-awwal",
        "rabi' al-awwal",
        "rabi i",
        "rabia al awal",
    ),
    4: (
        "\N{ARABIC LETTER REH}\N{ARABIC LETTER BEH}\N{ARABIC LETTER YEH}\N{ARABIC LETTER AIN} \N{ARABIC LETTER ALEF}\N{ARABIC LETTER LAM}\N{ARABIC LETTER THEH}\N{ARABIC LETTER ALEF}\N{ARABIC LETTER NOON}\N{ARABIC LETTER YEH}",
        "\N{ARABIC LETTER REH}\N{ARABIC LETTER BEH}\N{ARABIC LETTER YEH}\N{ARABIC LETTER AIN} \N{ARABIC LETTER ALEF}\N{ARABIC LETTER LAM}\N{ARABIC LETTER ALEF WITH MADDA ABOVE}\N{ARABIC LETTER KHAH}\N{ARABIC LETTER REH}",
        "rabi al-thani",
        "rabi al-akhir",
        "rabi ii",
        "rabia al thani",
    ),
    5: (
        "\N{ARABIC LETTER JEEM}\N{ARABIC LETTER MEEM}\N{ARABIC LETTER ALEF}\N{ARABIC LETTER DAL}\N{ARABIC LETTER ALEF MAKSURA} \N{ARABIC LETTER ALEF}\N{ARABIC LETTER LAM}\N{ARABIC LETTER ALEF WITH HAMZA ABOVE}\N{ARABIC LETTER WAW}\N{ARABIC LETTER LAM}\N{ARABIC LETTER ALEF MAKSURA}",
        "\N{ARABIC LETTER JEEM}\N{ARABIC LETTER MEEM}\N{ARABIC LETTER ALEF}\N{ARABIC LETTER DAL}\N{ARABIC LETTER ALEF MAKSURA} \N{ARABIC LETTER ALEF}\N{ARABIC LETTER LAM}\N{ARABIC LETTER ALEF WITH HAMZA ABOVE}\N{ARABIC LETTER WAW}\N{ARABIC LETTER LAM}",
        "jumada al-ula",
        "jumada al-awwal",
        "jumada i",
    ),
    6: (
        "\N{ARABIC LETTER JEEM}\N{ARABIC LETTER MEEM}\N{ARABIC LETTER ALEF}\N{ARABIC LETTER DAL}\N{ARABIC LETTER ALEF MAKSURA} \N{ARABIC LETTER ALEF}\N{ARABIC LETTER LAM}\N{ARABIC LETTER ALEF WITH MADDA ABOVE}\N{ARABIC LETTER KHAH}\N{ARABIC LETTER REH}\N{ARABIC LETTER TEH MARBUTA}",
        "\N{ARABIC LETTER JEEM}\N{ARABIC LETTER MEEM}\N{ARABIC LETTER ALEF}\N{ARABIC LETTER DAL}\N{ARABIC LETTER ALEF MAKSURA} \N{ARABIC LETTER ALEF}\N{ARABIC LETTER LAM}\N{ARABIC LETTER THEH}\N{ARABIC LETTER ALEF}\N{ARABIC LETTER NOON}\N{ARABIC LETTER YEH}\N{ARABIC LETTER TEH MARBUTA}",
        "jumada al-akhira",
        "jumada al-thani",
        "jumada ii",
    ),
    7: ("\N{ARABIC LETTER REH}\N{ARABIC LETTER JEEM}\N{ARABIC LETTER BEH}", "rajab", "radjab"),
    8: (
        "\N{ARABIC LETTER SHEEN}\N{ARABIC LETTER AIN}\N{ARABIC LETTER BEH}\N{ARABIC LETTER ALEF}\N{ARABIC LETTER NOON}",
        "sha'ban",
        "shaban",
        "chaabane",
        "chaaban",
    ),
    9: (
        "\N{ARABIC LETTER REH}\N{ARABIC LETTER MEEM}\N{ARABIC LETTER DAD}\N{ARABIC LETTER ALEF}\N{ARABIC LETTER NOON}",
        "ramadan",
        "ramadhan",
        "ramazan",
    ),
    10: (
        "\N{ARABIC LETTER SHEEN}\N{ARABIC LETTER WAW}\N{ARABIC LETTER ALEF}\N{ARABIC LETTER LAM}",
        "shawwal",
        "chawwal",
        "chaoual",
    ),
    11: (
        "\N{ARABIC LETTER THAL}\N{ARABIC LETTER WAW} \N{ARABIC LETTER ALEF}\N{ARABIC LETTER LAM}\N{ARABIC LETTER QAF}\N{ARABIC LETTER AIN}\N{ARABIC LETTER DAL}\N{ARABIC LETTER TEH MARBUTA}",
        "\N{ARABIC LETTER THAL}\N{ARABIC LETTER YEH} \N{ARABIC LETTER ALEF}\N{ARABIC LETTER LAM}\N{ARABIC LETTER QAF}\N{ARABIC LETTER AIN}\N{ARABIC LETTER DAL}\N{ARABIC LETTER TEH MARBUTA}",
        "dhu al-qi'dah",
        "dhu al-qadah",
        "dhul-qi'dah",
        "dhu l-qa'da",
    ),
    12: (
        "\N{ARABIC LETTER THAL}\N{ARABIC LETTER WAW} \N{ARABIC LETTER ALEF}\N{ARABIC LETTER LAM}\N{ARABIC LETTER HAH}\N{ARABIC LETTER JEEM}\N{ARABIC LETTER TEH MARBUTA}",
        "\N{ARABIC LETTER THAL}\N{ARABIC LETTER YEH} \N{ARABIC LETTER ALEF}\N{ARABIC LETTER LAM}\N{ARABIC LETTER HAH}\N{ARABIC LETTER JEEM}\N{ARABIC LETTER TEH MARBUTA}",
        "dhu al-hijjah",
        "dhu al-hijja",
        "dhul-hijja",
        "dhu l-hijja",
    ),
}
HIJRI_YEAR_MARKS = (
    "\N{ARABIC LETTER HEH}\N{ARABIC TATWEEL}", "\N{ARABIC LETTER HEH}\N{ARABIC LETTER JEEM}\N{ARABIC LETTER REH}\N{ARABIC LETTER YEH}", "\N{ARABIC LETTER HEH}\N{ARABIC LETTER JEEM}\N{ARABIC LETTER REH}\N{ARABIC LETTER YEH}\N{ARABIC LETTER TEH MARBUTA}", "\N{ARABIC LETTER LAM}\N{ARABIC LETTER LAM}\N{ARABIC LETTER HEH}\N{ARABIC LETTER JEEM}\N{ARABIC LETTER REH}\N{ARABIC LETTER TEH MARBUTA}", "ah", "a.h.", "h", "h.", "hijri", "of the hegira",
    "of the hijra", "of the hijrah", "de l'h\N{LATIN SMALL LETTER E WITH ACUTE}gire", "h\N{LATIN SMALL LETTER E WITH ACUTE}gire",
)  # fmt: skip
"""Words after a year that say it is a Hijri year (``1361 AH``)."""

_HEBREW_LETTER_VALUES = dict(zip("\N{HEBREW LETTER ALEF}\N{HEBREW LETTER BET}\N{HEBREW LETTER GIMEL}\N{HEBREW LETTER DALET}\N{HEBREW LETTER HE}\N{HEBREW LETTER VAV}\N{HEBREW LETTER ZAYIN}\N{HEBREW LETTER HET}\N{HEBREW LETTER TET}\N{HEBREW LETTER YOD}\N{HEBREW LETTER KAF}\N{HEBREW LETTER LAMED}\N{HEBREW LETTER MEM}\N{HEBREW LETTER NUN}\N{HEBREW LETTER SAMEKH}\N{HEBREW LETTER AYIN}\N{HEBREW LETTER PE}\N{HEBREW LETTER TSADI}\N{HEBREW LETTER QOF}\N{HEBREW LETTER RESH}\N{HEBREW LETTER SHIN}\N{HEBREW LETTER TAV}", (
    1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 200, 300, 400,
), strict=True))  # fmt: skip
_GEDCOM_HEBREW = {
    7: "TSH", 8: "CSH", 9: "KSL", 10: "TVT", 11: "SHV", 13: "ADS",
    1: "NSN", 2: "IYR", 3: "SVN", 4: "TMZ", 5: "AAV", 6: "ELL",
}  # fmt: skip
NUMERAL_MARK = "#"
"""What the phrase parser writes for a geresh or gershayim inside a Hebrew numeral."""


def _pattern(name: str) -> str:
    """A folded name as a regex: spaces and hyphens optional-flexible, apostrophes optional."""
    parts = re.split(r"[\s\-]+", search_key(name).replace("'", ""))
    return r"[\s\-]*".join("'?".join(re.escape(ch) for ch in part) for part in parts)


def _names_regex(table: dict[int, tuple[str, ...]]) -> tuple[str, dict[str, int]]:
    lookup = {re.sub(r"[\s\-']+", "", search_key(n)): num for num, ns in table.items() for n in ns}
    names = sorted({n for ns in table.values() for n in ns}, key=lambda n: -len(search_key(n)))
    return "(?:" + "|".join(_pattern(n) for n in names) + ")", lookup


HEBREW_MONTH_RE, _HEBREW_LOOKUP = _names_regex(_HEBREW_MONTH_NAMES)
"""Regex (folded text) matching a Hebrew-calendar month name in Hebrew or Latin letters."""
HIJRI_MONTH_RE, _HIJRI_LOOKUP = _names_regex(_HIJRI_MONTH_NAMES)
"""Regex (folded text) matching a Hijri month name in Arabic or Latin letters."""


def _lookup(table: dict[str, int], text: str) -> int:
    return table[re.sub(r"[\s\-']+", "", text)]


def hebrew_month_number(folded_name: str) -> int:
    """Month number of a name matched by ``HEBREW_MONTH_RE``."""
    return _lookup(_HEBREW_LOOKUP, folded_name)


def hijri_month_number(folded_name: str) -> int:
    """Month number of a name matched by ``HIJRI_MONTH_RE``."""
    return _lookup(_HIJRI_LOOKUP, folded_name)


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
