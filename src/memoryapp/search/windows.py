"""Date filters: each dated item's search window, entered in one bucket per year it touches.

``date:1950..1959`` ORs the buckets of 1950 to 1959. When the range does not start on
1 January or end on 31 December, the items of the edge years are checked one by one. A
window over more than sixty years is not bucketed; those few items are always checked.
"""

import bisect
import itertools
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import numpy as np

from memoryapp.search.bitsets import bits_of, slots_of
from memoryapp.search.dating import DateKeys, year_of

__all__ = ["DateBuckets"]

_WIDE_YEARS = 60


def _years(dates: DateKeys) -> range | None:
    first, last = year_of(dates.window_low), year_of(dates.window_high)
    return None if last - first > _WIDE_YEARS else range(first, last + 1)


class DateBuckets:
    """Year buckets of item slots by search window."""

    def __init__(self) -> None:
        self._bits: dict[int, int] = {}
        self._years: list[int] = []  # the keys of _bits, sorted
        self._wide: set[int] = set()

    def state(self) -> dict[str, Any]:
        """Plain data to rebuild it from (``snapshot``): each year's bits as bytes."""
        return {
            "years": {year: _to_bytes(self._bits[year]) for year in self._years},
            "wide": sorted(self._wide),
        }

    @classmethod
    def from_state(cls, state: Mapping[str, Any]) -> "DateBuckets":
        """The inverse of :meth:`state`."""
        buckets = cls()
        buckets._bits = {int(y): int.from_bytes(b, "little") for y, b in state["years"].items()}
        buckets._years = sorted(buckets._bits)
        buckets._wide = set(state["wide"])
        return buckets

    def build(self, dated: Iterable[tuple[int, DateKeys]]) -> None:
        """Bucket every ``(slot, dates)`` at once, replacing what was there.

        Each distinct window's years are worked out once; the slots are then listed once per
        year of their window and grouped by year with numpy.
        """
        years_of: dict[DateKeys, tuple[int, int]] = {}
        slots: list[int] = []
        spans: list[tuple[int, int]] = []
        for slot, dates in dated:
            span = years_of.get(dates)
            if span is None:
                span = years_of[dates] = (year_of(dates.window_low), year_of(dates.window_high))
            slots.append(slot)
            spans.append(span)
        self._bits = {}
        self._wide = set()
        if not slots:
            self._years = []
            return
        where = np.asarray(slots, dtype=np.int64)
        first, last = np.asarray(spans, dtype=np.int64).reshape(-1, 2).T
        wide = last - first > _WIDE_YEARS
        self._wide = set(where[wide].tolist())
        first, last, where = first[~wide], last[~wide], where[~wide]
        counts = last - first + 1  # each slot once per year of its window, by year
        ends = np.cumsum(counts)
        years = np.repeat(first - (ends - counts), counts) + np.arange(ends[-1] if len(ends) else 0)
        by_year = np.argsort(years, kind="stable")
        years, where = years[by_year], np.repeat(where, counts)[by_year]
        cuts = [0, *(np.flatnonzero(years[1:] != years[:-1]) + 1).tolist(), len(years)]
        for low, high in itertools.pairwise(cuts):
            if low < high:
                self._bits[int(years[low])] = bits_of(where[low:high])
        self._years = sorted(self._bits)

    def add(self, slot: int, dates: DateKeys) -> None:
        """Bucket one item."""
        years = _years(dates)
        if years is None:
            self._wide.add(slot)
            return
        bit = 1 << slot
        for year in years:
            if year not in self._bits:
                bisect.insort(self._years, year)
            self._bits[year] = self._bits.get(year, 0) | bit

    def remove(self, slot: int, dates: DateKeys) -> None:
        """Take one item out (``dates`` as it was bucketed)."""
        self._wide.discard(slot)
        mask = ~(1 << slot)
        for year in _years(dates) or ():
            bits = self._bits.get(year, 0) & mask
            if bits:
                self._bits[year] = bits
            elif year in self._bits:
                del self._bits[year]
                self._years.remove(year)

    def overlapping(
        self, low: int | None, high: int | None, dates_of: Callable[[int], DateKeys | None]
    ) -> int:
        """Items whose window overlaps the days ``low..high`` (``yyyymmdd``; None is open)."""
        first = year_of(low) if low is not None else None
        last = year_of(high) if high is not None else None
        start = 0 if first is None else bisect.bisect_left(self._years, first)
        end = len(self._years) if last is None else bisect.bisect_right(self._years, last)
        bits = 0
        for year in self._years[start:end]:
            bits |= self._bits[year]
        edges = 0
        if low is not None and first is not None and low % 10000 != 101:
            edges |= self._bits.get(first, 0)
        if high is not None and last is not None and high % 10000 != 1231:
            edges |= self._bits.get(last, 0)
        if edges:
            outside = [s for s in slots_of(bits & edges) if not _overlaps(dates_of(s), low, high)]
            bits &= ~bits_of(outside)
        inside = [s for s in self._wide if _overlaps(dates_of(s), low, high)]
        return bits | bits_of(inside)


def _to_bytes(bits: int) -> bytes:
    return bits.to_bytes((bits.bit_length() + 7) // 8, "little")


def _overlaps(dates: DateKeys | None, low: int | None, high: int | None) -> bool:
    if dates is None:
        return False
    return (low is None or dates.window_high >= low) and (high is None or dates.window_low <= high)
