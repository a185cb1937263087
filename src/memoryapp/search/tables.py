"""Numpy columns over item slots: results in date order and facet counts, in a few ms.

Sets of items stay Python integers used as bit sets (``bitsets``); to order a result or
count its facets the bits are unpacked once into a boolean array (``flags_of``), and then:

* the date order is an array of slots sorted by (undated, earliest day, ID), with the IDs in
  the same order, so a result's IDs are one ``compress`` over that list;
* each facet is two parallel columns, slot and value number, so the counts of a result are
  one ``bincount`` of the value numbers of its rows.

The columns are a snapshot. Items indexed again afterwards are *dirty*: their old rows are
masked out and the caller counts and places them itself (there are few); once there are
many the snapshot is taken again.
"""

import bisect
from collections.abc import Callable, Iterable, Mapping, Sequence
from itertools import compress
from typing import Any

import numpy as np
import numpy.typing as npt

__all__ = ["DateOrder", "FacetTable", "flags_of"]

Flags = npt.NDArray[np.bool_]
SortKey = tuple[int, int, str]


def flags_of(bits: int, size: int) -> Flags:
    """One boolean per slot ``0 .. size-1``: is it in ``bits``?"""
    data = bits.to_bytes((size + 7) // 8, "little")
    unpacked = np.unpackbits(np.frombuffer(data, dtype=np.uint8), count=size, bitorder="little")
    return unpacked.view(np.bool_)


class FacetTable:
    """One facet's rows: (slot, value) pairs, counted with ``bincount``."""

    def __init__(self, postings: Mapping[str, Iterable[int]]) -> None:
        """Build from ``{value: slots}``."""
        self.values: list[str] = list(postings)
        slots: list[int] = []
        codes: list[int] = []
        for code, members in enumerate(postings.values()):
            before = len(slots)
            slots.extend(members)
            codes.extend([code] * (len(slots) - before))
        by_slot = np.argsort(np.asarray(slots, dtype=np.int32), kind="stable")  # cache-friendly
        self._slots = np.asarray(slots, dtype=np.int32)[by_slot]
        self._codes = np.asarray(codes, dtype=np.int32)[by_slot]

    def state(self) -> dict[str, Any]:
        """Plain data to rebuild it from (``snapshot``)."""
        return {
            "values": self.values,
            "slots": self._slots.tobytes(),
            "codes": self._codes.tobytes(),
        }

    @classmethod
    def from_state(cls, state: Mapping[str, Any]) -> "FacetTable":
        """The inverse of :meth:`state`."""
        table = cls({})
        table.values = list(state["values"])
        table._slots = np.frombuffer(state["slots"], dtype=np.int32)
        table._codes = np.frombuffer(state["codes"], dtype=np.int32)
        if len(table._slots) != len(table._codes) or (
            len(table._codes) and int(table._codes.max()) >= len(table.values)
        ):
            raise ValueError("facet columns do not agree")
        return table

    def count(self, flags: Flags) -> dict[str, int]:
        """``{value: how many of the flagged slots have it}``, zero counts left out."""
        if not self.values:
            return {}
        rows = self._codes[flags[self._slots]]  # every slot of a table is < len(flags)
        counts = np.bincount(rows, minlength=len(self.values))
        found = np.flatnonzero(counts)
        values = self.values
        return dict(zip([values[i] for i in found.tolist()], counts[found].tolist(), strict=True))


def _rank(key: SortKey) -> int:
    """The (undated, earliest day) part of a sort key as one int64."""
    return (key[0] << 60) + key[1]


class DateOrder:
    """Slots sorted by their sort key, with their IDs; slots re-indexed later are merged in."""

    def __init__(
        self, slots: list[int], sort_key: Callable[[int], SortKey], ids: Sequence[str | None]
    ) -> None:
        """Sort the ``slots`` that hold an item; ``ids[slot]`` is the item in each."""
        keys = [sort_key(slot) for slot in slots]
        ranked = sorted(range(len(slots)), key=keys.__getitem__)
        self._order = np.asarray([slots[i] for i in ranked], dtype=np.int32)
        self._ranks = np.asarray([_rank(keys[i]) for i in ranked], dtype=np.int64)
        self._ids = [str(ids[slots[i]]) for i in ranked]

    def state(self) -> dict[str, bytes]:
        """Plain data to rebuild it from (``snapshot``); the IDs are the index's."""
        return {"order": self._order.tobytes(), "ranks": self._ranks.tobytes()}

    @classmethod
    def from_state(cls, state: Mapping[str, Any], ids: Sequence[str | None]) -> "DateOrder":
        """The inverse of :meth:`state`; ``ids[slot]`` is the item in each slot."""
        order = cls([], lambda slot: (0, 0, ""), ids)
        order._order = np.frombuffer(state["order"], dtype=np.int32)
        order._ranks = np.frombuffer(state["ranks"], dtype=np.int64)
        if len(order._order) != len(order._ranks):
            raise ValueError("date order columns do not agree")
        order._ids = list(map(ids.__getitem__, order._order.tolist()))  # type: ignore[arg-type]
        if None in order._ids:
            raise ValueError("the date order holds a free slot")
        return order

    def _position(self, key: SortKey) -> int:
        """Where an item with this key goes in the snapshot order."""
        rank = _rank(key)
        low = int(np.searchsorted(self._ranks, rank, side="left"))
        high = int(np.searchsorted(self._ranks, rank, side="right"))
        return bisect.bisect_left(self._ids, key[2], low, high)

    def ids(
        self,
        flags: Flags,
        extra: Iterable[int],
        sort_key: Callable[[int], SortKey],
        id_of: Callable[[int], str],
    ) -> list[str]:
        """IDs of the flagged slots in order, merged with the ``extra`` slots.

        ``flags`` must be False for slots whose key changed since the order was built; give
        those (the ones that belong in the result) as ``extra``.
        """
        chosen = flags[self._order]  # slots only grow: every ordered slot is < len(flags)
        found = list(compress(self._ids, chosen.tobytes()))
        late = sorted(extra, key=sort_key)
        if not late:
            return found
        before = np.concatenate(([0], np.cumsum(chosen)))
        out: list[str] = []
        start = 0
        for slot in late:
            at = int(before[self._position(sort_key(slot))])
            out.extend(found[start:at])
            out.append(id_of(slot))
            start = at
        out.extend(found[start:])
        return out
