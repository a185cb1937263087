"""Reading dates the way families write them, in English, French, Hebrew and Arabic.

``parse_date`` runs its own lexicon (``date_lexicon``, ``calendar_phrases``) and never
python-edtf's ``text_to_edtf``, which drops French, Hebrew and Arabic qualifiers and reads
"annees 50" as 2050 (dates.md section 10.2). Decisions on ambiguous phrases:

* "before 1960" is strictly before: ``[..1959]`` (``[..1955-05]`` for "before June 1955");
  "after 1948" includes 1948: ``[1948..]`` (dates.md section 8).
* "between A and B" is one date in a range, ``[A..B]``; "from A to B", "A-B" and "1948-56"
  last: ``A/B``. Ends given backwards are swapped. Mixed precisions are brought to the
  finer one (``[1955-06..1956-12]``), as EDTF sets need.
* Two-digit decades ("50s", "annees 50", Hebrew "shnot ha-50") are 1900s; two-digit years
  in numeric dates (14.7.62) are 1930-2029 (00-29 -> 2000s).
* early / mid / late: of a decade ``[1950..1954]`` / ``[1953..1956]`` / ``[1955..1959]``; of
  a year, months 1-4 / 5-8 / 9-12; of a month, days 1-10 / 11-20 / 21-end.
* "c." with "?" is ``%``; "est." is ``~`` with quality estimated; "calc." is quality
  calculated. A qualifier EDTF cannot carry (on a range, a season, a before/after) sets
  quality estimated instead.
* Hebrew-calendar days convert exactly (no sunset mark); Hijri days are uncertain (``?``);
  Hebrew and Hijri months and years become one-of ranges (see ``calendars``).
* "1955 or 1956" is ``[1955,1956]`` (one of); "1950 and 1952" is ``{1950,1952}`` (all of).
* Text valid as EDTF passes through unchanged, so "1955-21" is spring 1955 and "~1955" stays
  as written (level 2); "1950-60" is a span because month 60 does not exist.
* Only the whole text is read: "summer 1955 in Tinghir" is refused, not guessed at.
* A bare year from 5000 to 6000 is a Hebrew year ("5715" is ``[1954-09-27..1955-09-16]``),
  never the year 5715 AD. A festival and a year ("Pessah 1957", "Kippour 5716", "Aid
  el-Kebir 1957") is the festival's day or days that year (``festivals``).
"""

import re
from dataclasses import dataclass, replace

from memoryapp.core.dates import calendar_phrases
from memoryapp.core.dates import grammar as g
from memoryapp.core.dates.bounds import Ymd, add_days, compute_bounds, iso_key, month_length
from memoryapp.core.dates.model import (
    CalendarOriginal,
    DateModifier,
    DateQuality,
    FuzzyDate,
    InvalidDateError,
    infer_modifier,
    is_valid_edtf,
)
from memoryapp.core.text import normalize, search_key

_TWO_DIGIT_PIVOT = 30
_UNIT_RANK = {"day": 0, "month": 1, "year": 2}


@dataclass(frozen=True, slots=True)
class _Single:
    """One date read from words: an EDTF atom or a one-of range, and its finest unit."""

    edtf: str
    unit: str  # "day" | "month" | "year"
    is_atom: bool = True
    calendar: CalendarOriginal | None = None


@dataclass(frozen=True, slots=True)
class _Quals:
    approx: bool = False
    uncertain: bool = False
    quality: DateQuality = DateQuality.REGULAR

    @property
    def any(self) -> bool:
        return self.approx or self.uncertain or self.quality is not DateQuality.REGULAR


def text_only(text: str) -> FuzzyDate:
    """Keep words that are not a date ("before we left") as a text-only date.

    Raises:
        InvalidDateError: ``text`` is empty.
    """
    words = normalize(text)
    if not words:
        raise InvalidDateError("a text-only date needs its words")
    return FuzzyDate(edtf=None, input=words, modifier=DateModifier.TEXTONLY)


def parse_date(text: str, *, lang: str | None = None, day_first: bool = True) -> FuzzyDate:
    """Read a date typed by a person into a ``FuzzyDate`` (EDTF plus the words as typed).

    Examples: "vers 1955" -> ``1955~``; "the fifties" -> ``195X``; "avant 1960" ->
    ``[..1959]``; "entre 1948 et 1956" -> ``[1948..1956]``; "ete 1962" -> ``1962-22``;
    "10/7/1955" -> ``1955-07-10``; "25 Elul 5715" -> ``1955-09-12`` with the Hebrew
    original. Decisions on ambiguous phrases are listed in the module docstring.

    Args:
        text: the words, in English, French, Hebrew or Arabic (digits Western or
            Arabic-Indic), or plain EDTF, which passes through unchanged.
        lang: the language the person writes in; a hint only (the four lexicons share no
            ambiguous word, so the result does not depend on it today).
        day_first: read ``10/7/1955`` as 10 July (the default, as in fr, he, ar); a
            month-first reading is used when the day-first one is impossible.

    Raises:
        InvalidDateError: nothing in ``text`` reads as a date (the message quotes it).
            Keep such words with ``text_only``.
    """
    words = normalize(text)
    if not words:
        raise InvalidDateError("no date given (empty text)")
    if is_valid_edtf(words) and not calendar_phrases.is_hebrew_year(words):
        return FuzzyDate(edtf=words, input=words, modifier=infer_modifier(words))
    prepared = re.sub(r"\s+", " ", search_key(g.MARKS.sub("#", words).translate(g.PUNCT)))
    result = _phrase(prepared.strip().rstrip(".,;: ").strip(), day_first)
    if result is None:
        raise InvalidDateError(f"cannot read a date in {words!r}")
    edtf, quality, calendar = result
    modifier = infer_modifier(edtf)
    if calendar is not None:
        modifier = DateModifier.ABOUT if modifier is DateModifier.ABOUT else DateModifier.NONE
        calendar = replace(calendar, text=words)
    return FuzzyDate(
        edtf=edtf, input=words, modifier=modifier, quality=quality, calendar_original=calendar
    )


_QUALIFIER_RULES = (
    "estimated",
    "calculated",
    "approx_before",
    "uncertain",
    "estimated_after",
    "calculated_after",
    "approx_after",
)


def _strip_quals(s: str) -> tuple[str, _Quals]:
    quals = _Quals()
    while True:
        for name in _QUALIFIER_RULES:
            match = g.PATTERNS[name].fullmatch(s)
            if match:
                s = match["rest"].strip()
                if name.startswith("estimated"):
                    quals = replace(quals, approx=True, quality=DateQuality.ESTIMATED)
                elif name.startswith("calculated"):
                    quals = replace(quals, quality=DateQuality.CALCULATED)
                elif name == "uncertain":
                    quals = replace(quals, uncertain=True)
                else:
                    quals = replace(quals, approx=True)
                break
        else:
            return s, quals


def _phrase(s: str, day_first: bool) -> tuple[str, DateQuality, CalendarOriginal | None] | None:
    s, quals = _strip_quals(s)
    single = _single(s, day_first)
    if single is not None:
        return _qualify(single, quals)
    edtf_and_dropped = _combination(s, day_first)
    if edtf_and_dropped is None:
        return None
    edtf, dropped = edtf_and_dropped
    quality = quals.quality
    if (dropped or quals.approx or quals.uncertain) and quality is DateQuality.REGULAR:
        quality = DateQuality.ESTIMATED
    return edtf, quality, None


def _qualify(single: _Single, quals: _Quals) -> tuple[str, DateQuality, CalendarOriginal | None]:
    edtf, quality = single.edtf, quals.quality
    had = edtf[-1] if edtf[-1] in "?~%" else ""
    approx = quals.approx or had in ("~", "%")
    uncertain = quals.uncertain or had in ("?", "%")
    char = "%" if approx and uncertain else "~" if approx else "?" if uncertain else ""
    if char and single.is_atom and is_valid_edtf(edtf.rstrip("?~%") + char):
        edtf = edtf.rstrip("?~%") + char
    elif char and not had and quality is DateQuality.REGULAR:
        quality = DateQuality.ESTIMATED
    return edtf, quality, single.calendar


@dataclass(frozen=True, slots=True)
class _End:
    """One end of a range or one member of a list, with its own qualifiers."""

    single: _Single
    quals: _Quals

    def qualified(self, *, upper: bool) -> tuple[str, bool]:
        """The end as an interval end: EDTF (qualified when EDTF allows), and lost a qualifier."""
        if self.single.is_atom:
            edtf, quality, _calendar = _qualify(self.single, self.quals)
            return edtf, quality is not self.quals.quality
        lo, hi = _span_of(self.single)
        return _at(hi if upper else lo, self.single.unit), self.quals.any


def _endpoint(text: str, day_first: bool) -> _End | None:
    rest, quals = _strip_quals(text.strip())
    single = _single(rest, day_first)
    return None if single is None else _End(single, quals)


def _at(day: Ymd, unit: str) -> str:
    if unit == "year":
        return f"{day[0]:04d}"
    return f"{day[0]:04d}-{day[1]:02d}" + (f"-{day[2]:02d}" if unit == "day" else "")


def _span_of(single: _Single) -> tuple[Ymd, Ymd]:
    bounds = compute_bounds(single.edtf)
    if bounds.min is None or bounds.max is None:
        raise InvalidDateError(f"open date where a closed one was read: {single.edtf!r}")
    return iso_key(bounds.min), iso_key(bounds.max)


def _pairs(s: str, sep: re.Pattern[str], day_first: bool) -> tuple[_End, _End] | None:
    for match in sep.finditer(s):
        left = _endpoint(s[: match.start()], day_first)
        right = _endpoint(s[match.end() :], day_first)
        if left and right:
            return left, right
    return None


def _combination(s: str, day_first: bool) -> tuple[str, bool] | None:
    """Before, after, between, from-to, since, until, lists; and whether a qualifier was lost."""
    if (m := g.PATTERNS["between"].fullmatch(s)) and (pair := _pairs(m["rest"], g.AND, day_first)):
        return _one_of_range(pair[0].single, pair[1].single), pair[0].quals.any or pair[1].quals.any
    if m := g.PATTERNS["short_span"].fullmatch(s):
        first = int(m["a"])
        last = first // 100 * 100 + int(m["b"])
        return (f"{m['a']}/{last}", False) if last > first else None
    if (
        (m := g.PATTERNS["from"].fullmatch(s)) and (pair := _pairs(m["rest"], g.TO, day_first))
    ) or (pair := _pairs(s, g.TO, day_first)):
        return _interval(*pair)
    if (m := g.PATTERNS["before"].fullmatch(s)) and (end := _endpoint(m["rest"], day_first)):
        lo, _hi = _span_of(end.single)
        return f"[..{_at(add_days(lo, -1), end.single.unit)}]", end.quals.any
    if (m := g.PATTERNS["after"].fullmatch(s)) and (end := _endpoint(m["rest"], day_first)):
        lo, _hi = _span_of(end.single)
        return f"[{_at(lo, end.single.unit)}..]", end.quals.any
    for name in ("since", "onward", "until"):
        if (m := g.PATTERNS[name].fullmatch(s)) and (end := _endpoint(m["rest"], day_first)):
            edtf, lost = end.qualified(upper=name == "until")
            return (f"../{edtf}" if name == "until" else f"{edtf}/.."), lost
    for separator, brackets in ((g.OR, "[]"), (g.AND, "{}")):
        if separator.search(s):
            parts = [p for part in separator.split(s) for p in g.LIST_COMMA.split(part)]
            ends = [_endpoint(p, day_first) for p in parts]
            if all(e is not None and e.single.is_atom for e in ends):
                edtfs = ",".join(e.single.edtf for e in ends if e)
                return f"{brackets[0]}{edtfs}{brackets[1]}", any(e.quals.any for e in ends if e)
    return None


def _one_of_range(a: _Single, b: _Single) -> str:
    (a_lo, a_hi), (b_lo, b_hi) = _span_of(a), _span_of(b)
    if b_hi < a_lo:
        (a_lo, a_hi), (b_lo, b_hi) = (b_lo, b_hi), (a_lo, a_hi)
    unit = min(a.unit, b.unit, key=_UNIT_RANK.__getitem__)
    return f"[{_at(a_lo, unit)}..{_at(b_hi, unit)}]"


def _interval(a: _End, b: _End) -> tuple[str, bool]:
    if _span_of(b.single)[1] < _span_of(a.single)[0]:
        a, b = b, a
    (start, lost_a), (end, lost_b) = a.qualified(upper=False), b.qualified(upper=True)
    return f"{start}/{end}", lost_a or lost_b


def _single(s: str, day_first: bool) -> _Single | None:
    while m := g.PATTERNS["filler"].fullmatch(s):
        s = (m["rest"] or m["num"]).strip()
    for reader in (_calendar, _decade, _part, _gregorian):
        single = reader(s, day_first)
        if single is not None:
            return single
    return None


def _day_edtf(y: int, mo: int, d: int | None = None) -> _Single | None:
    if not 1 <= mo <= 12 or (d is not None and not 1 <= d <= month_length(y, mo)):
        return None
    if d is None:
        return _Single(f"{y:04d}-{mo:02d}", "month")
    return _Single(f"{y:04d}-{mo:02d}-{d:02d}", "day")


def _gregorian(s: str, day_first: bool) -> _Single | None:
    if m := g.PATTERNS["year"].fullmatch(s):
        return _Single(m["y"], "year")
    if m := g.PATTERNS["iso"].fullmatch(s):
        return _day_edtf(int(m["y"]), int(m["m"]), int(m["d"]) if m["d"] else None)
    if m := g.PATTERNS["dmy"].fullmatch(s):
        y = int(m["y"])
        if len(m["y"]) == 2:
            y += 2000 if y < _TWO_DIGIT_PIVOT else 1900
        a, b = int(m["a"]), int(m["b"])
        first, second = (_day_edtf(y, b, a), _day_edtf(y, a, b))
        return (first or second) if day_first else (second or first)
    if m := g.PATTERNS["my"].fullmatch(s):
        return _day_edtf(int(m["y"]), int(m["m"]))
    for name in ("text_dmy", "text_mdy", "text_my"):
        if m := g.PATTERNS[name].fullmatch(s):
            day = int(m["d"]) if "d" in m.groupdict() and m["d"] else None
            return _day_edtf(int(m["y"]), g.MONTHS[g.fold(m["month"])], day)
    if m := g.PATTERNS["season"].fullmatch(s):
        return _Single(f"{m['y']}-{g.SEASONS[g.fold(m['season'])]}", "month")
    return None


def _decade(s: str, _day_first: bool) -> _Single | None:
    tens: int | None = None
    if m := g.PATTERNS["decade_digits"].fullmatch(s):
        return _Single(f"{m['c']}X" if m["c"] else f"19{m['t']}X", "year")
    if m := g.PATTERNS["decade_x"].fullmatch(s):
        return _Single(f"{m['c']}X" if m["c"] else f"{m['cc']}XX", "year")
    if m := g.PATTERNS["decade_num"].fullmatch(s):
        number = m["n"]
        if not number.endswith("0"):
            return None
        return _Single(f"{number[:3]}X" if len(number) == 4 else f"19{number[0]}X", "year")
    if m := g.PATTERNS["decade_word"].fullmatch(s):
        tens = g.DECADES[g.fold(m["w"])]
    elif m := g.PATTERNS["decade_ar"].fullmatch(s):
        tens = g.AR_DECADES[g.fold(m["w"])]
    return None if tens is None else _Single(f"19{tens}X", "year")


def _part(s: str, day_first: bool) -> _Single | None:
    """Early, mid or late part of a decade, a year or a month."""
    m = g.PATTERNS["part"].fullmatch(s)
    inner = _single(m["rest"], day_first) if m else None
    if m is None or inner is None or not inner.is_atom:
        return None
    part = g.PARTS[g.fold(m["part"])]
    edtf = inner.edtf
    if re.fullmatch(r"\d{3}X", edtf):
        first, last = {"early": (0, 4), "mid": (3, 6), "late": (5, 9)}[part]
        return _Single(f"[{edtf[:3]}{first}..{edtf[:3]}{last}]", "year", is_atom=False)
    if re.fullmatch(r"\d{4}", edtf):
        first, last = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}[part]
        return _Single(f"[{edtf}-{first:02d}..{edtf}-{last:02d}]", "month", is_atom=False)
    if re.fullmatch(r"\d{4}-\d{2}", edtf):
        end = month_length(int(edtf[:4]), int(edtf[5:]))
        first, last = {"early": (1, 10), "mid": (11, 20), "late": (21, end)}[part]
        return _Single(f"[{edtf}-{first:02d}..{edtf}-{last:02d}]", "day", is_atom=False)
    return None


def _calendar(s: str, _day_first: bool) -> _Single | None:
    try:
        found = calendar_phrases.read_calendar_date(s)
    except ValueError as exc:
        raise InvalidDateError(f"no such date in that calendar: {exc}") from exc
    if found is None:
        return None
    edtf, original = found
    return _Single(edtf, "day", is_atom=len(original.ymd) == 3, calendar=original)
