"""Dates as uncertain as memory: an EDTF string kept next to the family's own words.

``FuzzyDate`` is the stored record of one date role (dates.md section 4): the EDTF value
(``None`` for a text-only date such as "the summer grandpa left"), the words as typed,
the Gramps-style modifier and quality, the Hebrew or Hijri original, the provenance.
Bounds for sorting and searching are derived from the EDTF string (``bounds()``), never
stored as the truth. Reading human phrases is ``memoryapp.core.dates.phrases``; words,
GEDCOM and XMP are ``memoryapp.core.dates.formats`` (re-exported here).

A text-only date has no bounds: ``FuzzyDate.bounds()`` returns ``None`` and search treats
it as undated (it still matches by its words).
"""

import contextlib
import io
import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from memoryapp.core.dates.bounds import (
    PRECISIONS,
    DateBounds,
    atom_info,
    compute_bounds,
    day_number,
    month_length,
    split_edtf,
)


class InvalidDateError(ValueError):
    """Text or an EDTF value that cannot be read as a date; the message quotes it."""


class DateModifier(StrEnum):
    """Gramps date modifier, kept next to the EDTF value (GEDCOM export reads it)."""

    NONE = "none"
    BEFORE = "before"
    AFTER = "after"
    ABOUT = "about"
    RANGE = "range"  # one date somewhere between two
    SPAN = "span"  # lasting from one date to another
    FROM = "from"
    TO = "to"
    TEXTONLY = "textonly"


class DateQuality(StrEnum):
    """Gramps date quality: how the value was arrived at."""

    REGULAR = "regular"
    ESTIMATED = "estimated"
    CALCULATED = "calculated"


CALENDARS = ("hebrew", "hijri")
HIJRI_METHODS = ("umm-al-qura", "tabular")
_PRECISION_RANK = {name: rank for rank, name in enumerate(PRECISIONS)}
_DAY = r"-?\d{4}(?:-(?:0\d|1[0-2])(?:-[0-3]\d)?)?"
_UNSPECIFIED = r"-?\d{3}X|-?\d{2}XX|-?\d{4}-XX(?:-XX)?|-?\d{4}-(?:0\d|1[0-2])-XX"
_SEASON = r"\d{4}-(?:2[1-9]|3\d|4[01])"
_TIME = r"(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d"
_COMMON_END = re.compile(rf"{_DAY}[?~%]?|\d{{4}}-2[1-4]", re.ASCII)  # no X digits, level-1 seasons
_COMMON_ATOM = re.compile(
    rf"(?:{_DAY}|{_UNSPECIFIED})[?~%]?|{_SEASON}|\d{{4}}-(?:0\d|1[0-2])-[0-3]\dT{_TIME}(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)?",
    re.ASCII,
)
_MEMBER = rf"(?:{_DAY})?\.\.(?:{_DAY})?|{_DAY}"
_COMMON_SET = re.compile(
    rf"\[(?:{_MEMBER})(?:, ?(?:{_MEMBER}))*\]|\{{(?:{_MEMBER})(?:, ?(?:{_MEMBER}))*\}}", re.ASCII
)
_QUERY_DAY = re.compile(r"([+-]?\d{4,})(?:-(\d{2})(?:-(\d{2}))?)?", re.ASCII)
_EXIF = re.compile(r"(\d{4}):(\d{2}):(\d{2})(?:[ T](.*))?", re.ASCII)
_IIM = re.compile(r"(\d{4})(\d{2})(\d{2})", re.ASCII)
_TIMESTAMP = re.compile(
    r"(?P<date>\d{4}(?:-\d{2}(?:-\d{2})?)?)"
    r"(?:[T ](?P<time>\d{2}:\d{2}(?::\d{2})?)(?:[.,]\d+)?(?P<tz>Z|[+-]\d{2}:?\d{2})?)?",
    re.ASCII,
)


@dataclass(frozen=True, slots=True, kw_only=True)
class CalendarOriginal:
    """A date as written in the Hebrew or Hijri calendar, kept next to its Gregorian EDTF.

    Attributes:
        calendar: ``"hebrew"`` or ``"hijri"``.
        text: the words as written (NFC), e.g. the Hebrew-numeral form of 25 Elul 5715.
        ymd: ``(year, month, day)``, ``(year, month)`` or ``(year,)`` in that calendar;
            Hebrew months run Nisan = 1 ... Adar = 12, Adar II = 13.
        method: for Hijri, ``"umm-al-qura"`` (hijridate) or ``"tabular"`` (convertdate).
    """

    calendar: str
    text: str
    ymd: tuple[int, int, int] | tuple[int, int] | tuple[int]
    method: str | None = None

    def __post_init__(self) -> None:
        ymd = tuple(self.ymd)
        if self.calendar not in CALENDARS:
            raise InvalidDateError(f"unknown calendar {self.calendar!r}")
        if not 1 <= len(ymd) <= 3 or not all(type(v) is int for v in ymd):
            raise InvalidDateError(f"calendar numbers must be (year[, month[, day]]): {ymd!r}")
        if self.method is not None and (
            self.calendar != "hijri" or self.method not in HIJRI_METHODS
        ):
            raise InvalidDateError(f"unknown conversion method {self.method!r}")
        object.__setattr__(self, "ymd", ymd)
        object.__setattr__(self, "text", unicodedata.normalize("NFC", self.text))


@dataclass(frozen=True, slots=True, kw_only=True)
class FuzzyDate:
    """One date as uncertain as memory (dates.md section 4).

    Attributes:
        edtf: the canonical EDTF value (``"1955~"``, ``"[..1959]"``, ``"195X"``), or
            ``None`` for a text-only date.
        input: the words as typed, OCR'd or read from a file, verbatim (stored NFC).
        modifier: Gramps modifier; ``TEXTONLY`` exactly when ``edtf`` is ``None`` (a
            ``NONE`` modifier on a text-only date becomes ``TEXTONLY``).
        quality: Gramps quality.
        calendar_original: the Hebrew or Hijri original, when the date was given so.
        source: ``"user"``, ``"exif:DateTimeOriginal"``, ``"xmp:photoshop:DateCreated"``...
        basis: the evidence, in free text.

    Raises:
        InvalidDateError: ``edtf`` is not a valid, boundable EDTF value, the modifier
            contradicts it, or a text-only date has no words.
    """

    edtf: str | None
    input: str = ""
    modifier: DateModifier = DateModifier.NONE
    quality: DateQuality = DateQuality.REGULAR
    calendar_original: CalendarOriginal | None = None
    source: str = "user"
    basis: str = ""

    def __post_init__(self) -> None:
        try:
            modifier = DateModifier(self.modifier)
            quality = DateQuality(self.quality)
        except ValueError as exc:
            raise InvalidDateError(f"unknown modifier or quality: {exc}") from exc
        object.__setattr__(self, "input", unicodedata.normalize("NFC", self.input))
        if self.edtf is None:
            modifier = DateModifier.TEXTONLY if modifier is DateModifier.NONE else modifier
            if modifier is not DateModifier.TEXTONLY:
                raise InvalidDateError(f"a text-only date cannot be {modifier.value!r}")
            if not self.input.strip():
                raise InvalidDateError("a text-only date needs its words")
        else:
            check_edtf(self.edtf)
            if modifier is DateModifier.TEXTONLY:
                raise InvalidDateError(f"{self.edtf!r} has a value: it is not text-only")
        object.__setattr__(self, "modifier", modifier)
        object.__setattr__(self, "quality", quality)

    def bounds(self) -> DateBounds | None:
        """Strict bounds and search window; ``None`` for a text-only date (undated)."""
        return None if self.edtf is None else compute_bounds(self.edtf)


@lru_cache(maxsize=65536)
def check_edtf(expr: str) -> None:
    """Raise ``InvalidDateError`` unless ``expr`` is EDTF that python-edtf reads and bounds.

    ``1955-02-29`` and ``1960/1950`` parse in python-edtf but are refused here.
    """
    if not isinstance(expr, str):
        raise InvalidDateError(f"an EDTF value is text, not {type(expr).__name__}")
    try:
        compute_bounds(expr)
    except ValueError as exc:
        raise InvalidDateError(f"not an EDTF date: {expr!r} ({exc})") from exc
    if _is_common_edtf(expr):
        return
    from edtf import parse_edtf  # inline: heavy (pyparsing grammar), loaded on first use
    from edtf.parser.edtf_exceptions import EDTFParseException

    try:
        # python-edtf 5.0.2 prints a debug line before some of its errors: keep it off
        # stdout (a rare path: only forms outside the common grammar above get here).
        with contextlib.redirect_stdout(io.StringIO()):
            parse_edtf(expr)
    except (EDTFParseException, ValueError, AttributeError, TypeError, KeyError) as exc:
        raise InvalidDateError(f"not an EDTF date: {expr!r}") from exc


def _is_common_edtf(expr: str) -> bool:
    """Whether ``expr`` has a form python-edtf 5.0.2 is known to read (tested).

    Checked without python-edtf, which takes 5 to 20 ms a call: too slow for 100k
    imported timestamps.
    """
    if _COMMON_ATOM.fullmatch(expr):
        return True
    if "/" in expr:
        return all(end in ("", "..") or _COMMON_END.fullmatch(end) for end in expr.split("/", 1))
    members = expr[1:-1].split(",")
    if not _COMMON_SET.fullmatch(expr) or (len(members) == 1 and ".." not in expr):
        return False  # python-edtf refuses a set of one date: [1955]
    for i, member in enumerate(members):
        start, dots, end = member.strip().partition("..")
        if dots and start and end and len(start.lstrip("-")) != len(end.lstrip("-")):
            return False  # python-edtf refuses a range of mixed precision: [1955-06..1956]
        if dots and ((not start and i > 0) or (not end and i < len(members) - 1)):
            return False  # an open end only at the start or the end of the set
    return True


def is_valid_edtf(expr: str) -> bool:
    """Whether ``FuzzyDate(edtf=expr)`` would be accepted."""
    try:
        check_edtf(expr)
    except InvalidDateError:
        return False
    return True


def infer_modifier(edtf: str | None) -> DateModifier:
    """The Gramps modifier an EDTF value implies (``[..1959]`` -> before, ``195X`` -> range).

    ``1955~`` is ``ABOUT``; ``1955?`` is ``NONE`` (GEDCOM writes it ``EST``); a season, a
    decade or a partly unspecified date is ``RANGE``.

    Raises:
        InvalidDateError: ``edtf`` is not a valid value.
    """
    if edtf is None:
        return DateModifier.TEXTONLY
    check_edtf(edtf)
    kind, members = split_edtf(edtf)
    start, end = members[0]
    if kind == "interval":
        if start is None:
            return DateModifier.TO
        return DateModifier.FROM if end is None else DateModifier.SPAN
    if kind != "atom":
        if len(members) == 1 and start is None:
            return DateModifier.BEFORE
        if len(members) == 1 and end is None:
            return DateModifier.AFTER
        return DateModifier.RANGE
    info = atom_info(edtf)
    if info.qualifier in ("~", "%"):
        return DateModifier.ABOUT
    if info.precision in ("day", "month", "year"):
        return DateModifier.NONE
    return DateModifier.RANGE


def from_iso_timestamp(text: str, *, source: str) -> FuzzyDate:
    """Read a date from a file's metadata, keeping only the precision it gives.

    Accepts ISO 8601 (``2005-09-11T16:23:02+02:00``, ``2005-09-11 16:23:02``, ``1955-07``,
    ``1955``), EXIF (``2005:09:11 16:23:02``) and IPTC IIM (``19550712``; ``00`` for an
    unknown month or day). A full time with seconds is kept in the EDTF value (with its
    offset, ``+0200`` written ``+02:00``); fractions of a second are dropped; a time
    without seconds is not EDTF, so only the day is kept. ``input`` keeps the text as read.

    Args:
        text: the value as found in the file.
        source: where it was found, e.g. ``"exif:DateTimeOriginal"``.

    Raises:
        InvalidDateError: blank or zero dates (``0000:00:00 00:00:00``), anything else.
    """
    raw = unicodedata.normalize("NFC", text).strip()
    value = raw
    if exif := _EXIF.fullmatch(value):
        value = f"{exif[1]}-{exif[2]}-{exif[3]}" + (f"T{exif[4].strip()}" if exif[4] else "")
    elif iim := _IIM.fullmatch(value):
        value = f"{iim[1]}-{iim[2]}-{iim[3]}"
    match = _TIMESTAMP.fullmatch(value)
    if match is None:
        raise InvalidDateError(f"not an ISO date or timestamp: {raw!r}")
    date = re.sub(r"(-00)+$", "", match["date"])  # unknown month or day written as 00
    if date.startswith("0000"):
        raise InvalidDateError(f"no date (year 0000): {raw!r}")
    edtf = date
    time, tz = match["time"], match["tz"] or ""
    if time and len(time) == 8 and len(date) == 10:
        if len(tz) == 5:
            tz = f"{tz[:3]}:{tz[3:]}"
        edtf = f"{date}T{time}{tz}"
    return FuzzyDate(edtf=edtf, input=raw, modifier=infer_modifier(edtf), source=source)


def sort_key(bounds: DateBounds | None) -> tuple[int, int, int, int]:
    """Timeline order: by earliest day, then latest day descending, then precision.

    An open start sorts by its capped search window (30 years before the known end); a
    text-only date (``None``) sorts after every dated one. Add a stable ID as the last
    tie-break: ``sorted(items, key=lambda i: (sort_key(i.bounds), i.id))``.
    """
    if bounds is None:
        return (1, 0, 0, 0)
    lo = day_number(bounds.min if bounds.min is not None else bounds.search_min)
    hi = day_number(bounds.max if bounds.max is not None else bounds.search_max)
    return (0, lo, -hi, _PRECISION_RANK[bounds.precision])


@lru_cache(maxsize=4096)
def _query_day(text: str, last: bool) -> int:
    match = _QUERY_DAY.fullmatch(text.strip())
    if match is None:
        raise InvalidDateError(f"not a date bound: {text!r} (write 1950, 1950-06 or 1950-06-12)")
    year = int(match[1])
    month = int(match[2] or (12 if last else 1))
    if not 1 <= month <= 12:
        raise InvalidDateError(f"not a date bound: {text!r}")
    day = int(match[3] or (month_length(year, month) if last else 1))
    if not 1 <= day <= month_length(year, month):
        raise InvalidDateError(f"not a date bound: {text!r}")
    return year * 10000 + month * 100 + day


def overlaps(bounds: DateBounds | None, lo: str | None, hi: str | None) -> bool:
    """Whether an item's search window overlaps a query range (``date:1950..1960``).

    Args:
        bounds: the item's bounds; ``None`` (undated) never matches.
        lo: query start as ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (its first day), or
            ``None`` for no lower limit.
        hi: query end likewise (its last day: ``1960`` means up to 1960-12-31).

    Raises:
        InvalidDateError: a query bound is not such a date.
    """
    if bounds is None:
        return False
    if lo is not None and day_number(bounds.search_max) < _query_day(lo, False):
        return False
    return hi is None or _query_day(hi, True) >= day_number(bounds.search_min)
