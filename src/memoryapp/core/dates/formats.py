"""Dates written out: words in four languages, GEDCOM date values, XMP dates (dates.md 6).

``describe`` fills fixed templates per language (``date_templates.TEMPLATES``), so a
sentence is never glued together in an order that breaks right-to-left text; a Hebrew or
Hijri original of the other direction is wrapped in bidi isolates.
"""

from memoryapp.core.dates import templates as tpl
from memoryapp.core.dates.bounds import (
    AtomInfo,
    Ymd,
    add_days,
    atom_info,
    compute_bounds,
    format_iso,
    iso_key,
    split_edtf,
)
from memoryapp.core.dates.calendars import hebrew_day_of, hebrew_gedcom, hebrew_to_edtf
from memoryapp.core.dates.model import DateQuality, FuzzyDate
from memoryapp.core.text import is_rtl, isolate

_GEDCOM_MONTHS = (
    "JAN",
    "FEB",
    "MAR",
    "APR",
    "MAY",
    "JUN",
    "JUL",
    "AUG",
    "SEP",
    "OCT",
    "NOV",
    "DEC",
)
_RTL_LANGS = ("he", "ar")
_QUALIFIER_TEMPLATE = {"~": "about", "?": "uncertain", "%": "about_uncertain"}
_PARTS = {
    "year": {("0", "4"): "early", ("3", "6"): "mid", ("5", "9"): "late"},
    "month": {("01", "04"): "early", ("05", "08"): "mid", ("09", "12"): "late"},
}


def _lang(lang: str) -> str:
    base = lang.replace("_", "-").split("-")[0].lower()
    return base if base in tpl.TEMPLATES else "en"


def _unit(info: AtomInfo) -> str:
    """The unit to write an atom's bounds in: day, month or year."""
    by_precision = {"day": "day", "month": "month", "season": "month"}
    if info.precision in ("range", "set"):
        return info.unit
    return by_precision.get(info.precision, "year")


# ---- words -------------------------------------------------------------------------------


class _Words:
    """Rendering of EDTF parts in one language."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.t = tpl.TEMPLATES[lang]

    def at(self, day: Ymd, unit: str) -> str:
        y, m, d = day
        if unit == "year":
            return str(y)
        month = tpl.MONTH_NAMES[self.lang][m - 1]
        if unit == "month":
            return self.t["month"].format(month=month, y=y)
        return self.t["day1" if d == 1 else "day"].format(d=d, month=month, y=y)

    def decade(self, year: int) -> str:
        if self.lang == "he" and 1900 <= year <= 1999:
            return self.t["decade"].format(y=f"{year % 100:02d}")
        if self.lang == "ar" and 1920 <= year <= 1999:
            return tpl.ARABIC_DECADE_NAMES[year % 100 // 10]
        return self.t["decade"].format(y=year)

    def core(self, info: AtomInfo) -> str:
        if info.precision in ("day", "month", "year"):
            words = self.at(info.lo, info.precision)
            return f"{words} {info.time[:5]}" if info.time else words
        if info.precision == "decade" and info.lo[0] > 0:
            return self.decade(info.lo[0])
        if info.season is not None and info.season <= 32:
            name = tpl.SEASON_NAMES[self.lang][(info.season - 21) % 4]
            return self.t["season"].format(season=name, y=info.lo[0])
        unit = _unit(info)
        return self.between(self.at(info.lo, unit), self.at(info.hi, unit))

    def atom(self, text: str, *, qualifiers: bool = True) -> str:
        info = atom_info(text)
        words = self.core(info)
        if qualifiers and info.qualifier:
            key = _QUALIFIER_TEMPLATE[info.qualifier]
            if info.precision == "decade" and f"{key}_decade" in self.t:
                key = f"{key}_decade"  # "vers les annees 1950"
            return self.t[key].format(x=words)
        return words

    def between(self, a: str, b: str) -> str:
        return self.t["between_digit" if b[:1].isdigit() else "between"].format(a=a, b=b)

    def join(self, words: list[str], key: str) -> str:
        text = words[0]
        for word in words[1:-1]:
            text = self.t["list"].format(a=text, b=word)
        last = words[-1]
        return self.t[f"{key}_digit" if key == "and" and last[:1].isdigit() else key].format(
            a=text, b=last
        )

    def part(self, start: str, end: str) -> str | None:
        """Early, mid or late decade, year or month, when a range is exactly one of them."""
        if len(start) == len(end) == 4 and start[:3] == end[:3]:
            part = _PARTS["year"].get((start[3], end[3]))
            key = f"{part}_decade"
            return self.t[key].format(x=self.decade(int(start[:3] + "0"))) if part else None
        if len(start) == len(end) == 7 and start[:4] == end[:4]:
            part = _PARTS["month"].get((start[5:], end[5:]))
            return self.t[part].format(x=start[:4]) if part else None
        if len(start) == len(end) == 10 and start[:7] == end[:7]:
            last = atom_info(end[:7]).hi[2]
            days = {("01", "10"): "early", ("11", "20"): "mid", ("21", f"{last:02d}"): "late"}
            part = days.get((start[8:], end[8:]))
            month = self.at(atom_info(start[:7]).lo, "month")
            return self.t[part].format(x=month) if part else None
        return None

    def member(self, start: str | None, end: str | None, *, one_of: bool) -> str:
        if start is None and not one_of:
            return self.t["until"].format(x=self.atom(end or ""))
        if start is None:
            info = atom_info(end or "")
            after = add_days(info.hi, 1)  # "[..1959]" is before 1960
            if info.precision == "decade":
                return self.t["before"].format(x=self.decade(after[0]))
            return self.t["before"].format(x=self.at(after, _unit(info)))
        if end is None:
            return self.t["after" if one_of else "from"].format(x=self.atom(start))
        if start == end:
            return self.atom(start)
        if one_of:
            return self.part(start, end) or self.between(self.atom(start), self.atom(end))
        return self.t["span"].format(a=self.atom(start), b=self.atom(end))

    def edtf(self, expr: str, *, qualifiers: bool = True) -> str:
        kind, members = split_edtf(expr)
        if kind == "atom":
            return self.atom(expr, qualifiers=qualifiers)
        if kind == "interval":
            start, end = members[0]
            if start is None:
                return self.t["until"].format(x=self.atom(end or ""))
            if end is None:
                return self.t["from"].format(x=self.atom(start))
            return self.t["span"].format(a=self.atom(start), b=self.atom(end))
        one_of = kind == "one_of"
        words = [self.member(start, end, one_of=one_of) for start, end in members]
        return words[0] if len(words) == 1 else self.join(words, "or" if one_of else "and")


def describe(date: FuzzyDate, lang: str = "en") -> str:
    """Words for a date, for display and export: "c. 1955", "vers 1955", "1950s"...

    Args:
        date: the date; a text-only date gives back its words.
        lang: ``en``, ``fr``, ``he`` or ``ar`` (a region suffix such as ``fr-MA`` is
            ignored; any other language gets English).

    Returns:
        The words. A Hebrew or Hijri date shows its original as written, then the
        Gregorian date in parentheses.
    """
    if date.edtf is None:
        return date.input
    words = _Words(_lang(lang))
    plain = date.quality is not DateQuality.REGULAR or date.calendar_original is not None
    text = words.edtf(date.edtf, qualifiers=not plain)
    if date.calendar_original is not None:
        original = date.calendar_original.text
        if original and is_rtl(original) != (words.lang in _RTL_LANGS):
            original = isolate(original)
        if original:
            text = words.t["calendar"].format(original=original, gregorian=text)
    if date.quality is not DateQuality.REGULAR:
        text = words.t[date.quality.value].format(x=text)
    return text


# ---- GEDCOM and XMP -------------------------------------------------------------------------


def _g(day: Ymd, unit: str, v7: bool) -> str:
    y, m, d = day
    year = str(y) if y > 0 else f"{1 - y} {'BCE' if v7 else 'B.C.'}"
    if unit == "year":
        return year
    month = f"{_GEDCOM_MONTHS[m - 1]} {year}"
    return month if unit == "month" else f"{d} {month}"


def _g_atom(text: str, v7: bool, *, upper: bool = False) -> str:
    info = atom_info(text)
    if info.precision in ("day", "month", "year"):
        return _g(info.lo, info.precision, v7)
    return _g(info.hi if upper else info.lo, _unit(info), v7)


def _phrase(text: str) -> str:
    return " ".join(text.replace("(", "[").replace(")", "]").split())


def to_gedcom(date: FuzzyDate, version: str = "5.5.1") -> str:
    """GEDCOM date value (dates.md section 6): ``ABT 1955``, ``BEF 1960``, ``BET .. AND ..``.

    ``[..1959]`` is ``BEF 1960`` (the day after the end); ``[1948..]`` is ``AFT 1948``;
    ``1948/1956`` is ``FROM 1948 TO 1956``; a season, a decade, a partly unspecified date or
    a set is ``BET <first> AND <last>`` (lossy). Quality estimated is ``EST``, calculated
    ``CAL``, ``~`` and ``%`` are ``ABT``, ``?`` is ``EST``, on a single date only. A Hebrew
    original is written in its calendar (``@#DHEBREW@ 25 ELL 5715``, GEDCOM 7
    ``HEBREW 25 ELL 5715``). A Hijri day is ``INT 18 JAN 1942 (1 Muharram 1361)`` in 5.5.1.

    Args:
        date: the date.
        version: ``"5.5.1"`` or ``"7"``.

    Returns:
        The value for the ``DATE`` line. A text-only date is ``(its words)`` in 5.5.1 and
        ``""`` in GEDCOM 7, where the words go in a ``PHRASE`` substructure.
    """
    v7 = version.startswith("7")
    if date.edtf is None:
        return "" if v7 else f"({_phrase(date.input)})"
    kind, members = split_edtf(date.edtf)
    prefix = ""
    if kind == "atom":
        qualifier = atom_info(date.edtf).qualifier
        prefix = {"~": "ABT", "%": "ABT", "?": "EST"}.get(qualifier, "")
    if date.quality is not DateQuality.REGULAR:
        prefix = "EST" if date.quality is DateQuality.ESTIMATED else "CAL"
    cal = date.calendar_original
    if cal is not None and cal.calendar == "hebrew":
        escape = "HEBREW" if v7 else "@#DHEBREW@"
        bounds = compute_bounds(date.edtf)
        if (
            len(cal.ymd) == 3
            and bounds.max not in (None, bounds.min)
            and bounds.min == hebrew_to_edtf(*cal.ymd)
            and bounds.max is not None
        ):  # the days of a festival, from its first day (Pessah 5717: 15 to 22 Nisan)
            last = hebrew_gedcom(hebrew_day_of(iso_key(bounds.max)))
            return f"BET {escape} {hebrew_gedcom(cal.ymd)} AND {escape} {last}"
        return " ".join(p for p in (prefix, escape, hebrew_gedcom(cal.ymd)) if p)
    if cal is not None and len(cal.ymd) == 3 and kind == "atom" and not v7:
        return f"INT {_g(atom_info(date.edtf).lo, 'day', v7)} ({_phrase(cal.text)})"
    if kind == "atom":
        info = atom_info(date.edtf)
        if info.precision in ("day", "month", "year"):
            return " ".join(p for p in (prefix, _g(info.lo, info.precision, v7)) if p)
        unit = _unit(info)
        return f"BET {_g(info.lo, unit, v7)} AND {_g(info.hi, unit, v7)}"
    start, end = members[0]
    if kind == "interval":
        if start is None:
            return f"TO {_g_atom(end or '', v7, upper=True)}"
        if end is None:
            return f"FROM {_g_atom(start, v7)}"
        return f"FROM {_g_atom(start, v7)} TO {_g_atom(end, v7, upper=True)}"
    infos = [atom_info(x) for member in members for x in member if x is not None]
    unit = min((_unit(i) for i in infos), key=("day", "month", "year").index)
    bounds = compute_bounds(date.edtf)
    if bounds.min is None and bounds.max is not None:
        return f"BEF {_g(add_days(iso_key(bounds.max), 1), unit, v7)}"
    if bounds.max is None and bounds.min is not None:
        return f"AFT {_g(iso_key(bounds.min), unit, v7)}"
    lo, hi = iso_key(bounds.min or ""), iso_key(bounds.max or "")
    return f"BET {_g(lo, unit, v7)} AND {_g(hi, unit, v7)}"


def to_xmp_date(date: FuzzyDate) -> str | None:
    """``photoshop:DateCreated`` truncated to what is known: ``1955``, ``1955-06``, a day.

    A full timestamp (``2005-09-11T16:23:02+02:00``) is written whole. Qualifiers are not
    written here (the EDTF goes in ``archivist:EDTF``).

    Returns:
        The value, or ``None`` when the date has no single known year (``195X``, a range
        across years, an open end, a text-only date, a year outside 0001..9999).
    """
    if date.edtf is None:
        return None
    if split_edtf(date.edtf)[0] == "atom" and atom_info(date.edtf).time:
        return date.edtf
    bounds = compute_bounds(date.edtf)
    if bounds.min is None or bounds.max is None:
        return None
    lo, hi = iso_key(bounds.min), iso_key(bounds.max)
    if lo[0] != hi[0] or not 1 <= lo[0] <= 9999:
        return None
    if lo == hi:
        return format_iso(lo)
    return format_iso(lo)[:7] if lo[1] == hi[1] else format_iso(lo)[:4]
