"""An item's taken date as numbers the index can compare, and spread over decades.

Days are written as integers ``yyyymmdd`` (1955-06-12 is ``19550612``): they compare like
dates, hold any year EDTF allows, and cost nothing to store. The *window* is the padded
search window of ``FuzzyDate.bounds()`` (dates.md section 7), used by ``date:`` filters; the
*span* is the strict bounds, used for sorting and for the decade facet.
"""

import datetime as dt
import logging
import re
from dataclasses import dataclass
from functools import lru_cache

from memoryapp.core.dates import FuzzyDate

log = logging.getLogger(__name__)

__all__ = ["DateKeys", "date_keys", "date_order", "decade_weights", "year_of"]

_ISO = re.compile(r"([+-]?\d+)-(\d{2})-(\d{2})")
_OPEN_END_YEARS = 30  # dates.md: an open end is capped 30 years from the known end
_CACHE_SIZE = 65536
_CACHE: dict[str, "DateKeys | None"] = {}  # bounds depend on the EDTF text alone


@dataclass(frozen=True, slots=True)
class DateKeys:
    """The numbers of one dated item (all ``yyyymmdd``)."""

    low: int  # strict earliest day (open start: the window's start)
    high: int  # strict latest day (open end: the window's end)
    window_low: int
    window_high: int


def date_order(item_id: str, dates: DateKeys | None) -> tuple[int, int, str]:
    """Where an item goes in the index's order: dated before undated, earliest day, then ID."""
    return (0, dates.low, item_id) if dates else (1, 0, item_id)


def _day(value: object) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value.year * 10000 + value.month * 100 + value.day
    match = _ISO.match(str(value))
    if match is None:
        raise ValueError(f"not a day: {value!r}")
    year, month, day = (int(g) for g in match.groups())
    return year * 10000 + month * 100 + day


def year_of(day: int) -> int:
    """The year of a ``yyyymmdd`` day (also for years before 1 and negative ones)."""
    return -((-day) // 10000) - 1 if day < 0 else day // 10000


def _shift(day: int, years: int) -> int:
    return day + years * 10000


def date_keys(date: FuzzyDate | None) -> DateKeys | None:
    """The keys of a taken date, or None when the item counts as undated.

    Text-only dates (no EDTF) and dates whose bounds cannot be worked out are undated.
    """
    if date is None or not date.edtf:
        return None
    try:
        return _CACHE[date.edtf]
    except KeyError:
        pass
    if len(_CACHE) >= _CACHE_SIZE:
        _CACHE.clear()
    keys = _CACHE[date.edtf] = _keys_of(date)
    return keys


def _keys_of(date: FuzzyDate) -> DateKeys | None:
    try:
        bounds = date.bounds()
        if bounds is None:
            return None
        low, high = _day(bounds.min), _day(bounds.max)
        window_low, window_high = _day(bounds.search_min), _day(bounds.search_max)
    except ValueError:
        log.debug("No bounds for the date %r; treated as undated", date.edtf)
        return None
    window_low = window_low if window_low is not None else low
    window_high = window_high if window_high is not None else high
    if window_low is None and window_high is None:
        return None
    if window_low is None:
        assert window_high is not None
        window_low = _shift(window_high, -_OPEN_END_YEARS)
    if window_high is None:
        window_high = _shift(window_low, _OPEN_END_YEARS)
    low = low if low is not None else window_low
    high = high if high is not None else window_high
    return DateKeys(low=low, high=high, window_low=window_low, window_high=window_high)


def _position(day: int) -> float:
    """The day as a fractional year, for spreading a span over decades."""
    year = year_of(day)
    month, dom = divmod(day - year * 10000, 100)
    if 1 <= year <= 9999:
        start = dt.date(year, 1, 1).toordinal()
        length = dt.date(year, 12, 31).toordinal() - start + 1
        try:
            return year + (dt.date(year, month, dom).toordinal() - start) / length
        except ValueError:
            pass
    return year + ((month - 1) * 31 + dom - 1) / 372


@lru_cache(maxsize=65536)
def decade_weights(low: int, high: int) -> tuple[tuple[int, float], ...]:
    """How much of a span ``low..high`` (inclusive days) falls in each decade.

    A span inside one decade counts 1 there. One that crosses decades is shared by the share
    of its days in each: 1948-01-01..1956-12-31 gives about 0.22 to the 1940s and 0.78 to
    the 1950s. Weights are rounded to three decimals and sum to 1.

    Returns:
        ``((decade_start, weight), ...)``, oldest first; e.g. ``((1950, 1.0),)``.
    """
    first, last = year_of(low) // 10 * 10, year_of(high) // 10 * 10
    if first == last:
        return ((first, 1.0),)
    start, end = _position(low), _position(high) + 1 / 365
    total = end - start
    weights: list[tuple[int, float]] = []
    for decade in range(first, last + 10, 10):
        part = min(end, decade + 10) - max(start, decade)
        if part > 0:
            weights.append((decade, round(part / total, 3)))
    return tuple(weights)
