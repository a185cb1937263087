"""Reading dates written in the Hebrew or Hijri calendar: "25 Elul 5715", "1361 AH".

Month names in Hebrew, Arabic and Latin letters (several transliterations each), Hebrew
numerals for days and years (the millennium may be left out), Hijri year marks. The
phrase comes folded by ``search_key`` with ``calendars.NUMERAL_MARK`` where a geresh or
gershayim was written; conversion to Gregorian EDTF is ``calendars``.
"""

import re

from memoryapp.core.dates.calendars import (
    NUMERAL_MARK,
    hebrew_numeral,
    hebrew_to_edtf,
    hijri_method,
    hijri_to_edtf,
)
from memoryapp.core.dates.festivals import FESTIVALS, HEBREW_YEARS, Festival, festival_date
from memoryapp.core.dates.model import CalendarOriginal
from memoryapp.core.text import search_key

_HEBREW_MONTH_NAMES: dict[int, tuple[str, ...]] = {
    1: (
        "ניסן",
        "nisan",
        "nissan",
    ),
    2: (
        "אייר",
        "איר",
        "iyar",
        "iyyar",
    ),
    3: (
        "סיון",
        "סיוון",
        "sivan",
        "siwan",
    ),
    4: (
        "תמוז",
        "tammuz",
        "tamuz",
        "tamouz",
    ),
    5: (
        "אב",
        "מנחם אב",
        "av",
        "menachem av",
    ),
    6: (
        "אלול",
        "elul",
        "eloul",
    ),
    7: (
        "תשרי",
        "tishri",
        "tishrei",
        "tichri",
        "tisri",
    ),
    8: (
        "חשון",
        "חשוון",
        "מרחשון",
        "מרחשוון",
        "heshvan",
        "cheshvan",
        "marcheshvan",
        "hechvan",
    ),
    9: (
        "כסלו",
        "כסליו",
        "kislev",
        "kislew",
        "chislev",
    ),
    10: (
        "טבת",
        "tevet",
        "teveth",
        "tebeth",
    ),
    11: (
        "שבט",
        "shevat",
        "shvat",
        "shebat",
        "chevat",
        "sh'vat",
    ),
    12: (
        "אדר",
        "אדר א",
        "אדר ראשון",
        "adar",
        "adar i",
        "adar 1",
        "adar rishon",
        "adar aleph",
    ),
    13: (
        "אדר ב",
        "אדר שני",
        "ואדר",
        "adar ii",
        "adar 2",
        "adar sheni",
        "adar bet",
        "veadar",
    ),
}
_HIJRI_MONTH_NAMES: dict[int, tuple[str, ...]] = {
    1: (
        "محرم",
        "المحرم",
        "muharram",
        "moharram",
        "muharrem",
        "mouharram",
    ),
    2: ("صفر", "safar", "saphar"),
    3: (
        "ربيع الأول",
        "ربيع أول",
        "rabi al-awwal",
        "rabi' al-awwal",
        "rabi i",
        "rabia al awal",
    ),
    4: (
        "ربيع الثاني",
        "ربيع الآخر",
        "rabi al-thani",
        "rabi al-akhir",
        "rabi ii",
        "rabia al thani",
    ),
    5: (
        "جمادى الأولى",
        "جمادى الأول",
        "jumada al-ula",
        "jumada al-awwal",
        "jumada i",
    ),
    6: (
        "جمادى الآخرة",
        "جمادى الثانية",
        "jumada al-akhira",
        "jumada al-thani",
        "jumada ii",
    ),
    7: ("رجب", "rajab", "radjab"),
    8: (
        "شعبان",
        "sha'ban",
        "shaban",
        "chaabane",
        "chaaban",
    ),
    9: (
        "رمضان",
        "ramadan",
        "ramadhan",
        "ramazan",
    ),
    10: (
        "شوال",
        "shawwal",
        "chawwal",
        "chaoual",
    ),
    11: (
        "ذو القعدة",
        "ذي القعدة",
        "dhu al-qi'dah",
        "dhu al-qadah",
        "dhul-qi'dah",
        "dhu l-qa'da",
    ),
    12: (
        "ذو الحجة",
        "ذي الحجة",
        "dhu al-hijjah",
        "dhu al-hijja",
        "dhul-hijja",
        "dhu l-hijja",
    ),
}
HIJRI_YEAR_MARKS = (
    "هـ",
    "هجري",
    "هجرية",
    "للهجرة",
    "ah",
    "a.h.",
    "h",
    "h.",
    "hijri",
    "of the hegira",
    "of the hijra",
    "of the hijrah",
    "de l'hégire",
    "hégire",
)
"""Words after a year that say it is a Hijri year (``1361 AH``)."""


def _pattern(name: str) -> str:
    """A folded name as a regex: spaces and hyphens optional-flexible, apostrophes optional."""
    parts = re.split(r"[\s\-]+", search_key(name).replace("'", ""))
    return r"[\s\-]*".join("'?".join(re.escape(ch) for ch in part) + "'?" for part in parts)


def _names_regex(table: dict[int, tuple[str, ...]]) -> tuple[str, dict[str, int]]:
    lookup = {re.sub(r"[\s\-']+", "", search_key(n)): num for num, ns in table.items() for n in ns}
    names = sorted({n for ns in table.values() for n in ns}, key=lambda n: -len(search_key(n)))
    return "(?:" + "|".join(_pattern(n) for n in names) + ")", lookup


HEBREW_MONTH_RE, _HEBREW_LOOKUP = _names_regex(_HEBREW_MONTH_NAMES)
"""Regex (folded text) matching a Hebrew-calendar month name in Hebrew or Latin letters."""
HIJRI_MONTH_RE, _HIJRI_LOOKUP = _names_regex(_HIJRI_MONTH_NAMES)
"""Regex (folded text) matching a Hijri month name in Arabic or Latin letters."""
_ORD = r"(?:st|nd|rd|th|er|e|eme)?"
_HNUM = f"[א-ת][א-ת{NUMERAL_MARK}]*"
_YEAR_MARK = "(?:" + "|".join(_pattern(m) for m in sorted(HIJRI_YEAR_MARKS, key=len)[::-1]) + ")"
_HEBREW = re.compile(
    rf"(?:(?P<d>\d{{1,2}}|{_HNUM}){_ORD}\s+(?:of\s+|de\s+)?)?(?:ב-?)?"
    rf"(?P<month>{HEBREW_MONTH_RE})#?,?\s+(?:ה-?)?(?P<y>\d{{4}}|{_HNUM})",
    re.ASCII,
)
_HEBREW_YEAR = re.compile(r"(?P<y>[א-ת]{2,}#[א-ת]|ה#[א-ת]+#[א-ת])")
_HIJRI = re.compile(
    rf"(?:(?P<d>\d{{1,2}}){_ORD}\s+(?:of\s+|de\s+|من\s+)?)?(?P<month>{HIJRI_MONTH_RE})"
    rf",?\s+(?:سنه\s+|عام\s+)?(?P<y>\d{{1,4}})(?:\s*{_YEAR_MARK})?",
    re.ASCII,
)
_HIJRI_YEAR = re.compile(
    rf"(?:سنه\s+|عام\s+)?(?P<y>\d{{1,4}})\s*{_YEAR_MARK}",
    re.ASCII,
)


_FESTIVAL_NAMES = {
    re.sub(r"[\s\-']+", "", search_key(name)): festival
    for festival in FESTIVALS
    for name in festival.names
}
_FESTIVAL = re.compile(
    "(?P<name>"
    + "|".join(
        _pattern(n)
        for n in sorted({n for f in FESTIVALS for n in f.names}, key=lambda n: -len(search_key(n)))
    )
    + rf")#?,?\s+(?:de\s+l'an\s+|of\s+|de\s+|d'|\N{{HEBREW LETTER HE}}-?|سنه\s+|عام\s+)?(?P<y>\d{{4}}|{_HNUM})"
)
_BARE_YEAR = re.compile(r"\d{4}")


def is_hebrew_year(text: str) -> bool:
    """Whether ``text`` is a bare 4-digit year read as a Hebrew year ("5715": 1954-55)."""
    return bool(_BARE_YEAR.fullmatch(text)) and int(text) in HEBREW_YEARS


def _festival(folded: str) -> tuple[str, CalendarOriginal] | None:
    m = _FESTIVAL.fullmatch(folded)
    if m is None:
        return None
    festival: Festival = _FESTIVAL_NAMES[re.sub(r"[\s\-']+", "", m["name"])]
    year = _number(m["y"])
    if year is None:
        return None
    if not m["y"].isdigit() and year < 1000:
        year += 5000  # a Hebrew-numeral year without its millennium
    return festival_date(festival, year)


def _lookup(table: dict[str, int], text: str) -> int:
    return table[re.sub(r"[\s\-']+", "", text)]


def hebrew_month_number(folded_name: str) -> int:
    """Month number of a name matched by ``HEBREW_MONTH_RE``."""
    return _lookup(_HEBREW_LOOKUP, folded_name)


def hijri_month_number(folded_name: str) -> int:
    """Month number of a name matched by ``HIJRI_MONTH_RE``."""
    return _lookup(_HIJRI_LOOKUP, folded_name)


def read_calendar_date(folded: str) -> tuple[str, CalendarOriginal] | None:
    """Read a Hebrew or Hijri date ("25 Elul 5715", "1 Muharram 1361", "1361 AH").

    Also a festival and a year ("Pessah 1957", "Aïd el-Kebir 1957": see ``festivals``) and
    a bare year from 5000 to 6000, which is a Hebrew year ("5715" is 1954-55).

    Args:
        folded: the phrase folded by ``search_key``, with ``NUMERAL_MARK`` where a geresh
            or gershayim was written (Hebrew numerals such as kaf-he for 25).

    Returns:
        The Gregorian EDTF and the original (its ``text`` left empty for the caller), or
        ``None`` when ``folded`` is not a date in either calendar.

    Raises:
        ValueError: a date in that calendar that does not exist (Adar II of a common year).
    """
    if found := _festival(folded):
        return found
    if is_hebrew_year(folded):
        return _converted("hebrew", int(folded))
    if m := _HEBREW.fullmatch(folded):
        year, day = _number(m["y"]), _number(m["d"]) if m["d"] else None
        if year is None or (m["d"] and day is None):
            return None
        return _converted("hebrew", year, hebrew_month_number(m["month"]), day)
    if m := _HEBREW_YEAR.fullmatch(folded):
        year = hebrew_numeral(m["y"])
        return None if year is None else _converted("hebrew", year)
    if m := _HIJRI.fullmatch(folded):
        day = int(m["d"]) if m["d"] else None
        return _converted("hijri", int(m["y"]), hijri_month_number(m["month"]), day)
    if m := _HIJRI_YEAR.fullmatch(folded):
        return _converted("hijri", int(m["y"]))
    return None


def _number(text: str) -> int | None:
    return int(text) if text.isdigit() else hebrew_numeral(text)


def _converted(
    calendar: str, year: int, month: int | None = None, day: int | None = None
) -> tuple[str, CalendarOriginal]:
    if calendar == "hebrew" and year < 1000:
        year += 5000  # the millennium is usually left out (tav-shin-tet-vav is 5715)
    ymd: tuple[int, int, int] | tuple[int, int] | tuple[int] = (year,)
    if month is not None:
        ymd = (year, month) if day is None else (year, month, day)
    if calendar == "hebrew":
        return hebrew_to_edtf(year, month, day), CalendarOriginal(
            calendar=calendar, text="", ymd=ymd
        )
    original = CalendarOriginal(calendar=calendar, text="", ymd=ymd, method=hijri_method(year))
    return hijri_to_edtf(year, month, day), original
