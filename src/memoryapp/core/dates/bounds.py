"""Strict bounds and search windows of EDTF values, as ISO date strings (dates.md section 7).

Bounds are computed here from the EDTF text itself, not from python-edtf's bound methods,
which crash on a partly unspecified day (``1955-06-1X``), return infinite floats for open
ends, invent ten years for an unknown end and cut winter at 31 December. Dates are
``(year, month, day)`` tuples on the proleptic Gregorian calendar for any year, written as
ISO strings (``-12000-01-01``, ``+170000002-12-31`` outside 0000..9999), never as
``datetime.date``.

Search-window policy (padding of the strict bounds), by the finest qualified component:

==========================  ==========================================================
year (``1955~``)            ``?`` 1 year, ``~`` 2 years, ``%`` 3 years
month or season             ``?`` 1 month, ``~`` 2 months, ``%`` 3 months
day (``1955-06-12?``)       ``?`` 2 days, ``~`` 7 days, ``%`` 9 days
decade (``195X``)           at least 2 years
open end (``[..1959]``)     30 years from the known end
winter (``1955-24``)        strict Dec 1955 .. Feb 1956; the window also covers Jan 1955
==========================  ==========================================================

Intervals and sets take the window of each end (``1950~/1959~`` -> 1948 .. 1961).
An unknown end (``1948/``) is treated as an open one.
"""

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import product

Ymd = tuple[int, int, int]

PRECISIONS = ("day", "month", "season", "year", "decade", "century", "range", "set", "open")
"""Precision names, most precise first (the sort tie-break order)."""

OPEN_END_CAP_YEARS = 30
_DECADE_PAD_YEARS = 2
_PAD = {"?": 1, "~": 2, "%": 3}  # years or months
_DAY_PAD = {"?": 2, "~": 7, "%": 9}
_FLAGS = {"?": frozenset("?"), "~": frozenset("~"), "%": frozenset("?~")}

# season code -> (first month, last month, the last month falls in the next year)
SEASONS: dict[int, tuple[int, int, bool]] = {
    21: (3, 5, False), 22: (6, 8, False), 23: (9, 11, False), 24: (12, 2, True),
    25: (3, 5, False), 26: (6, 8, False), 27: (9, 11, False), 28: (12, 2, True),
    29: (9, 11, False), 30: (12, 2, True), 31: (3, 5, False), 32: (6, 8, False),
    33: (1, 3, False), 34: (4, 6, False), 35: (7, 9, False), 36: (10, 12, False),
    37: (1, 4, False), 38: (5, 8, False), 39: (9, 12, False), 40: (1, 6, False),
    41: (7, 12, False),
}  # fmt: skip

_ATOM = re.compile(
    r"(?P<q0>[?~%])?(?P<year>-?[0-9X]{4})(?:S(?P<sig>\d+))?(?P<q1>[?~%])?"
    r"(?:-(?P<q2>[?~%])?(?P<month>[0-9X]{2})(?P<q3>[?~%])?"
    r"(?:-(?P<q4>[?~%])?(?P<day>[0-9X]{2})(?P<q5>[?~%])?)?)?"
    r"(?:T(?P<time>\d{2}:\d{2}:\d{2}(?:Z|[+-]\d{2}(?::\d{2})?)?))?",
    re.ASCII,
)
_LONG_YEAR = re.compile(r"Y(-?\d{5,})", re.ASCII)
_OTHER_YEAR = re.compile(r"Y-?\d+(?:E\d+)?(?:S\d+)?", re.ASCII)  # exponent, significant digits
_ISO = re.compile(r"([+-]?\d+)-(\d{2})-(\d{2})", re.ASCII)
# Which components a qualifier in each position applies to (EDTF level 2: to the right of a
# component, that component and those to its left; to the left, that component only).
_QUALIFIER_SCOPE = {
    "q0": ("year",), "q1": ("year",), "q2": ("month",), "q3": ("year", "month"),
    "q4": ("day",), "q5": ("year", "month", "day"),
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class DateBounds:
    """Derived bounds of one EDTF value, for sorting and searching; rebuildable.

    Attributes:
        min: earliest day the value can mean (ISO ``YYYY-MM-DD``), ``None`` when open.
        max: latest day the value can mean, ``None`` when open.
        search_min: ``min`` padded by the policy in this module's docstring.
        search_max: ``max`` padded likewise.
        precision: one of ``PRECISIONS``.
    """

    min: str | None
    max: str | None
    search_min: str
    search_max: str
    precision: str


@dataclass(frozen=True, slots=True)
class AtomInfo:
    """One EDTF date (no interval, no set) taken apart, for display and export.

    Attributes:
        lo: earliest day; ``hi``: latest day (strict).
        slo: ``lo`` padded; ``shi``: ``hi`` padded.
        precision: one of ``PRECISIONS``.
        qualifier: ``""``, ``"?"``, ``"~"`` or ``"%"`` on the finest qualified component.
        unit: the finest component written: ``"year"``, ``"month"`` or ``"day"``.
        season: the season code (21..41), or ``None``.
        time: the time of day as written (``16:23:02+02:00``), or ``None``.
    """

    lo: Ymd
    hi: Ymd
    slo: Ymd
    shi: Ymd
    precision: str
    qualifier: str = ""
    unit: str = "year"
    season: int | None = None
    time: str | None = None


def is_leap(year: int) -> bool:
    """Whether ``year`` (astronomical numbering) is a Gregorian leap year."""
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def month_length(year: int, month: int) -> int:
    """Number of days in ``month`` of ``year`` (proleptic Gregorian, any year)."""
    if month == 2:
        return 29 if is_leap(year) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def add_days(day: Ymd, days: int) -> Ymd:
    """Move ``day`` by a small number of days (either sign)."""
    y, m, d = day
    step = 1 if days > 0 else -1
    for _ in range(abs(days)):
        d += step
        if d < 1:
            y, m = (y - 1, 12) if m == 1 else (y, m - 1)
            d = month_length(y, m)
        elif d > month_length(y, m):
            y, m, d = (y + 1, 1, 1) if m == 12 else (y, m + 1, 1)
    return (y, m, d)


def add_months(day: Ymd, months: int) -> Ymd:
    """Move ``day`` by whole months; the day is clipped to the end of the target month."""
    y, m = divmod(day[0] * 12 + day[1] - 1 + months, 12)
    return (y, m + 1, min(day[2], month_length(y, m + 1)))


def add_years(day: Ymd, years: int) -> Ymd:
    """Move ``day`` by whole years; 29 February becomes 28 February when needed."""
    y = day[0] + years
    return (y, day[1], min(day[2], month_length(y, day[1])))


def format_iso(day: Ymd) -> str:
    """Write a day as ISO 8601 (expanded with a sign outside years 0000..9999)."""
    y, m, d = day
    if 0 <= y <= 9999:
        return f"{y:04d}-{m:02d}-{d:02d}"
    return f"{'-' if y < 0 else '+'}{abs(y):04d}-{m:02d}-{d:02d}"


@lru_cache(maxsize=131072)
def day_number(text: str) -> int:
    """An ISO day as one comparable integer (``year * 10000 + month * 100 + day``)."""
    y, m, d = iso_key(text)
    return y * 10000 + m * 100 + d


@lru_cache(maxsize=65536)
def iso_key(text: str) -> Ymd:
    """Read an ISO day written by ``format_iso`` back into a comparable tuple."""
    match = _ISO.fullmatch(text)
    if match is None:
        raise ValueError(f"not an ISO day: {text!r}")
    return (int(match[1]), int(match[2]), int(match[3]))


def _years(pattern: str) -> list[int]:
    """All years a pattern with X digits can mean, ascending."""
    negative = pattern.startswith("-")
    choices = ["0123456789" if c == "X" else c for c in pattern.lstrip("-")]
    values = [int("".join(digits)) for digits in product(*choices)]
    return sorted(-v for v in values) if negative else values


def _matches(pattern: str, value: int) -> bool:
    return all(p in ("X", v) for p, v in zip(pattern, f"{value:02d}", strict=True))


def _edge(years: list[int], month: str | None, day: str | None, *, last: bool) -> Ymd:
    """The first (or last) real day that the year, month and day patterns allow."""
    for y in reversed(years) if last else years:
        months = [mo for mo in range(1, 13) if month is None or _matches(month, mo)]
        for mo in reversed(months) if last else months:
            days = [d for d in range(1, month_length(y, mo) + 1) if day is None or _matches(day, d)]
            if days:
                return (y, mo, days[-1] if last else days[0])
    raise ValueError("no real day matches")


def _plain(year: int, month: str | None, day: str | None) -> tuple[Ymd, Ymd]:
    """Bounds of a date with every digit known (the common case, kept fast)."""
    if month is None:
        return (year, 1, 1), (year, 12, 31)
    mo = int(month)
    if not 1 <= mo <= 12:
        raise ValueError(f"no month {month}")
    last = month_length(year, mo)
    if day is None:
        return (year, mo, 1), (year, mo, last)
    if not 1 <= int(day) <= last:
        raise ValueError(f"no day {day} in {year:04d}-{month}")
    return (year, mo, int(day)), (year, mo, int(day))


def _precision(year: str, month: str | None, day: str | None) -> str:
    digits = year.lstrip("-") + (month or "") + (day or "")
    if "X" not in digits:
        return "day" if day else "month" if month else "year"
    first = digits.index("X")
    if digits[first:].strip("X"):
        return "set"  # a known digit after an unknown one: 156X-12-25
    n = len(year.lstrip("-"))
    by_position = {n - 1: "decade", n - 2: "century", n: "year", n + 2: "month"}
    return by_position.get(first, "range")


def _qualifier(match: re.Match[str]) -> str:
    flags: dict[str, frozenset[str]] = {
        "year": frozenset(),
        "month": frozenset(),
        "day": frozenset(),
    }
    for group, scope in _QUALIFIER_SCOPE.items():
        if match[group]:
            for component in scope:
                flags[component] |= _FLAGS[match[group]]
    for component in ("day", "month", "year"):
        if flags[component]:
            return component[0] + (
                "%" if len(flags[component]) == 2 else next(iter(flags[component]))
            )
    return ""


@lru_cache(maxsize=65536)
def atom_info(text: str) -> AtomInfo:
    """Take apart one EDTF date (``1955~``, ``1955-06-1X``, ``1955-22``, ``Y-12000``).

    Raises:
        ValueError: ``text`` is not a single EDTF date, or no real day matches it.
    """
    match = _ATOM.fullmatch(text)
    if match is None:
        return _other_atom(text)
    year, month, day = match["year"], match["month"], match["day"]
    if match["sig"]:
        keep = int(match["sig"])
        if month or "X" in year or keep < 1:
            raise ValueError(f"significant digits on a partial year: {text!r}")
        digits = year.lstrip("-")
        year = year[: len(year) - len(digits)] + digits[:keep] + "X" * max(0, len(digits) - keep)
    years = _years(year) if "X" in year else [int(year)]
    season = None
    if month and "X" not in month and int(month) > 12:
        season = int(month)
        if season not in SEASONS or day:
            raise ValueError(f"not a season: {text!r}")
        first, last, wraps = SEASONS[season]
        end_year = years[-1] + wraps
        lo, hi = (years[0], first, 1), (end_year, last, month_length(end_year, last))
        precision = "season" if len(years) == 1 else "range"
    elif len(years) == 1 and "X" not in f"{month}{day}":
        lo, hi = _plain(years[0], month, day)
        precision = "day" if day else "month" if month else "year"
    else:
        lo, hi = _edge(years, month, day, last=False), _edge(years, month, day, last=True)
        precision = _precision(year, month, day)
    qualified = _qualifier(match) if any(q in text for q in "?~%") else ""
    unit, qualifier = (qualified[0], qualified[1]) if qualified else ("", "")
    year_pad = _DECADE_PAD_YEARS if precision == "decade" else 0
    slo, shi = lo, hi
    if unit == "y":
        year_pad = max(year_pad, _PAD[qualifier])
    elif unit == "m":
        slo, shi = add_months(slo, -_PAD[qualifier]), add_months(shi, _PAD[qualifier])
    elif unit == "d":
        slo, shi = add_days(slo, -_DAY_PAD[qualifier]), add_days(shi, _DAY_PAD[qualifier])
    if year_pad:
        slo, shi = add_years(slo, -year_pad), add_years(shi, year_pad)
    if season is not None and SEASONS[season][2]:
        slo = min(slo, (years[0], 1, 1))  # "winter 1955" may also mean Jan-Feb 1955
    return AtomInfo(
        lo=lo,
        hi=hi,
        slo=slo,
        shi=shi,
        precision=precision,
        qualifier=qualifier,
        unit="day" if day else "month" if month else "year",
        season=season,
        time=match["time"],
    )


def _struct_day(value: object) -> Ymd:
    if isinstance(value, float):
        raise ValueError("open end" if math.isinf(value) else f"unexpected bound {value!r}")
    y, m, d = value[:3]  # type: ignore[index]
    return (int(y), int(m), int(d))


def _other_atom(text: str) -> AtomInfo:
    """Long years (``Y-12000``) here; exponents (``Y17E7``) through python-edtf."""
    match = _LONG_YEAR.fullmatch(text)
    if match:
        y = int(match[1])
        lo, hi = (y, 1, 1), (y, 12, 31)
    elif _OTHER_YEAR.fullmatch(text):
        from edtf import parse_edtf  # inline: heavy (pyparsing grammar), only for rare forms
        from edtf.parser.edtf_exceptions import EDTFParseException

        try:
            parsed = parse_edtf(text)
        except EDTFParseException as exc:
            raise ValueError(f"not an EDTF date: {text!r}") from exc
        lo, hi = _struct_day(parsed.lower_strict()), _struct_day(parsed.upper_strict())
    else:
        raise ValueError(f"not an EDTF date: {text!r}")
    precision = "day" if lo == hi else "year" if lo[0] == hi[0] else "range"
    return AtomInfo(lo=lo, hi=hi, slo=lo, shi=hi, precision=precision)


@dataclass(frozen=True, slots=True)
class _Span:
    lo: Ymd | None
    hi: Ymd | None
    slo: Ymd
    shi: Ymd
    precision: str


def split_edtf(expr: str) -> tuple[str, tuple[tuple[str | None, str | None], ...]]:
    """Split an EDTF value into its kind and members.

    Returns:
        ``(kind, members)``: kind is ``"atom"``, ``"interval"``, ``"one_of"`` (``[..]``) or
        ``"all_of"`` (``{..}``); each member is ``(start, end)``, with ``None`` for an open
        or unknown end, and ``(x, x)`` for a single date ``x``.
    """
    if expr[:1] == "[" and expr[-1:] == "]":
        return "one_of", tuple(_member(m) for m in expr[1:-1].split(","))
    if expr[:1] == "{" and expr[-1:] == "}":
        return "all_of", tuple(_member(m) for m in expr[1:-1].split(","))
    if "/" in expr:
        start, end = expr.split("/", 1)
        return "interval", (
            (None if start in ("", "..") else start, None if end in ("", "..") else end),
        )
    return "atom", ((expr, expr),)


def _member(text: str) -> tuple[str | None, str | None]:
    text = text.strip()
    if not text:
        raise ValueError("empty member in a set")
    if ".." in text:
        start, end = text.split("..", 1)
        return (start or None, end or None)
    return (text, text)


def _range(start: str | None, end: str | None) -> _Span:
    if start is None:
        if end is None:
            raise ValueError("no known end")
        b = atom_info(end)
        return _Span(None, b.hi, add_years(b.hi, -OPEN_END_CAP_YEARS), b.shi, "open")
    a = atom_info(start)
    if end is None:
        return _Span(a.lo, None, a.slo, add_years(a.lo, OPEN_END_CAP_YEARS), "open")
    if start == end:
        return _Span(a.lo, a.hi, a.slo, a.shi, a.precision)
    b = atom_info(end)
    if a.lo > b.hi:
        raise ValueError("the end comes before the start")
    return _Span(a.lo, b.hi, min(a.slo, b.slo), max(a.shi, b.shi), "range")


@lru_cache(maxsize=65536)
def compute_bounds(expr: str) -> DateBounds:
    """Strict bounds and search window of an EDTF value.

    Args:
        expr: an EDTF string, e.g. ``"1955~"``, ``"[..1959]"``, ``"1950~/1959~"``.

    Returns:
        The bounds as ISO strings; ``min``/``max`` are ``None`` for an open end.

    Raises:
        ValueError: the text is not EDTF this module can bound (no known end at all, an
            end before its start, a day that does not exist such as ``1955-02-29``).
    """
    if not expr or expr != expr.strip():
        raise ValueError("empty or padded with spaces")
    _kind, members = split_edtf(expr)
    spans = [_range(start, end) for start, end in members]
    lows = [s.lo for s in spans]
    highs = [s.hi for s in spans]
    lo = None if None in lows else min(x for x in lows if x is not None)
    hi = None if None in highs else max(x for x in highs if x is not None)
    if lo is None or hi is None:
        precision = "open"
    elif len(spans) == 1:
        precision = spans[0].precision
    else:
        precision = "set"
    slo, shi = min(s.slo for s in spans), max(s.shi for s in spans)
    lo_text = None if lo is None else format_iso(lo)
    hi_text = None if hi is None else format_iso(hi)
    return DateBounds(
        min=lo_text,
        max=hi_text,
        search_min=lo_text if lo_text is not None and slo == lo else format_iso(slo),
        search_max=hi_text if hi_text is not None and shi == hi else format_iso(shi),
        precision=precision,
    )
