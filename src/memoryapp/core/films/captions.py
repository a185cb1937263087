"""Does a caption claim more about a date than the item's date supports?

A caption like "Wedding in Tinghir, 12 June 1955" for an item dated ``1955~`` claims a day
where the archive knows only "about 1955" (dates.md section 11). This module finds the date
statements in a caption (days, months and years in digits; month names in English and
French; decades such as "1950s" or "années 50"; approximation words in English, French,
Hebrew and Arabic) and compares them with the item's taken date.
"""

import datetime as dt
import re
from dataclasses import dataclass

from memoryapp.core.dates import FuzzyDate, describe

# Precision ranks of memoryapp.core.dates.bounds.PRECISIONS: higher is finer.
_RANK = {"century": 0, "decade": 1, "year": 2, "season": 3, "month": 4, "day": 5}
_CLAIM_DAYS = {"day": 1, "month": 31, "year": 366, "decade": 3653}

_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
    "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
    "|janvier|f[e\N{LATIN SMALL LETTER E WITH ACUTE}]vrier|mars|avril|mai|juin|juillet"
    "|ao[u\N{LATIN SMALL LETTER U WITH CIRCUMFLEX}]t|septembre|octobre|novembre"
    "|d[e\N{LATIN SMALL LETTER E WITH ACUTE}]cembre"
)
_YEAR = r"(1[0-9]{3}|20[0-9]{2})"
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (precision, re.compile(pattern, re.IGNORECASE))
    for precision, pattern in (
        ("day", rf"(?<!\d)[0-3]?\d(?:er|st|nd|rd|th)?\.?\s+(?:{_MONTHS})\.?,?\s+{_YEAR}(?!\d)"),
        ("day", rf"(?<![\w])(?:{_MONTHS})\.?\s+[0-3]?\d(?:st|nd|rd|th)?,?\s+{_YEAR}(?!\d)"),
        ("day", rf"(?<!\d){_YEAR}-[01]\d-[0-3]\d(?!\d)"),
        ("day", rf"(?<!\d)[0-3]?\d[./-][01]?\d[./-]{_YEAR}(?!\d)"),
        ("month", rf"(?<![\w])(?:{_MONTHS})\.?,?\s+{_YEAR}(?!\d)"),
        ("month", rf"(?<!\d){_YEAR}-[01]\d(?![\d-])"),
        ("month", rf"(?<![\d./-])[01]?\d/{_YEAR}(?!\d)"),
        ("decade", r"(?<!\d)(1[0-9]{2}0|20[0-9]0)\s?'?s(?!\w)"),
        ("decade", r"(?<!\w)ann[e\N{LATIN SMALL LETTER E WITH ACUTE}]es\s+(?:19)?([1-9]0)(?!\d)"),
        ("year", rf"(?<!\d){_YEAR}(?!\d)"),
    )
)
_APPROXIMATE = re.compile(
    r"(?<!\w)(?:c|ca|env)\.|~|(?<!\w)(?:circa|about|around|approx\w*|probably|perhaps|maybe|vers|environ"
    r"|peut-\w+|probablement|sans doute"
    "|\N{HEBREW LETTER BET}\N{HEBREW LETTER AYIN}\N{HEBREW LETTER RESH}\N{HEBREW LETTER FINAL KAF}"
    "|\N{HEBREW LETTER LAMED}\N{HEBREW LETTER AYIN}\N{HEBREW LETTER RESH}\N{HEBREW LETTER FINAL KAF}"
    "|\N{HEBREW LETTER BET}\N{HEBREW LETTER SAMEKH}\N{HEBREW LETTER BET}\N{HEBREW LETTER YOD}"
    "\N{HEBREW LETTER BET}\N{HEBREW LETTER VAV}\N{HEBREW LETTER TAV}"
    "|\N{ARABIC LETTER HAH}\N{ARABIC LETTER WAW}\N{ARABIC LETTER ALEF}\N{ARABIC LETTER LAM}"
    "\N{ARABIC LETTER YEH}"
    "|\N{ARABIC LETTER NOON}\N{ARABIC LETTER HAH}\N{ARABIC LETTER WAW}"
    "|\N{ARABIC LETTER TEH}\N{ARABIC LETTER QAF}\N{ARABIC LETTER REH}\N{ARABIC LETTER YEH}"
    "\N{ARABIC LETTER BEH}\N{ARABIC LETTER ALEF}"
    r")(?!\w)|(?<=\d)\s?\?",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class DateClaim:
    """A date statement found in a caption."""

    text: str
    precision: str  # "day", "month", "decade" or "year"
    year: int


def date_claims(caption: str) -> list[DateClaim]:
    """The date statements of a caption, finest first where they overlap."""
    claims: list[DateClaim] = []
    taken: list[tuple[int, int]] = []
    for precision, pattern in _PATTERNS:
        for match in pattern.finditer(caption):
            start, end = match.span()
            if any(start < e and s < end for s, e in taken):
                continue
            taken.append((start, end))
            year_text = next(g for g in match.groups() if g)
            year = int(year_text) if len(year_text) == 4 else 1900 + int(year_text)
            claims.append(DateClaim(text=match.group(0), precision=precision, year=year))
    return claims


def caption_date_problems(caption: str, taken: FuzzyDate | None) -> list[tuple[str, str]]:
    """Compare a caption's date statements with the item's taken date.

    Returns:
        ``(kind, message)`` pairs, kind ``"precision"`` (claims more than the date supports,
        or states as certain an approximate date) or ``"conflict"`` (a year outside the
        date's search window).
    """
    claims = date_claims(caption)
    if not claims:
        return []
    bounds = taken.bounds() if taken is not None else None
    if taken is None or bounds is None:
        return [
            ("precision", f"the caption states a date ({claims[0].text}) but the item is undated")
        ]
    dated = describe(taken)
    lo, hi = _year(bounds.search_min), _year(bounds.search_max)
    out: list[tuple[str, str]] = []
    for claim in claims:
        c_lo, c_hi = (
            (claim.year, claim.year + 9)
            if claim.precision == "decade"
            else (claim.year, claim.year)
        )
        if (lo is not None and c_hi < lo) or (hi is not None and c_lo > hi):
            out.append(("conflict", f"the caption says {claim.text} but the item is dated {dated}"))
        elif _finer(claim.precision, bounds.precision, bounds.min, bounds.max):
            out.append(
                ("precision", f"the caption says {claim.text} but the item is dated only {dated}")
            )
        elif (
            _is_approximate(taken)
            and not _APPROXIMATE.search(caption)
            and claim.precision != "decade"
        ):
            out.append(
                (
                    "precision",
                    f"the caption states {claim.text} as certain; the item is dated {dated}",
                )
            )
    return out


def _finer(claimed: str, precision: str, lo: str | None, hi: str | None) -> bool:
    """Whether a claim of ``claimed`` precision says more than a date of these bounds."""
    if precision in _RANK:
        return _RANK[claimed] > _RANK[precision]
    # range, set or open: compare the length of time each one names
    if lo is None or hi is None:
        return True
    try:
        days = (dt.date.fromisoformat(hi) - dt.date.fromisoformat(lo)).days + 1
    except ValueError:
        return False
    return _CLAIM_DAYS[claimed] < days * 0.9


def _is_approximate(date: FuzzyDate) -> bool:
    edtf = date.edtf or ""
    approximate = any(mark in edtf for mark in ("~", "?", "%", "X", "[", "..", "/", "{"))
    return approximate or str(date.modifier) in ("about", "before", "after", "range", "span")


def _year(iso: str | None) -> int | None:
    if not iso:
        return None
    match = re.match(r"^(-?\d+)", iso)
    return int(match.group(1)) if match else None
