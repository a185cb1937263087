"""Numpy columns over item slots: results in date order and facet counts, in a few ms.

Sets of items stay Python integers used as bit sets (``bitsets``); to order a result or
count its facets the bits are unpacked once into a boolean array (``flags_of``, or a
:class:`Chosen` that also lists the slots when they are few), and then:

* the date order is an array of slots sorted by (undated, earliest day, ID), with the IDs in
  the same order, so a result's IDs are one mask over that array (a large result), or the
  sorted places of its slots in it (a small one);
* each facet is two parallel columns, slot and value number, sorted by slot, so the counts
  of a result are one ``bincount`` of the value numbers of its rows: the rows found by
  masking every row (a large result), or read slot by slot (a small one).

Both keep columns derived from the saved ones (the IDs as an array, where each slot is in
the order, where each slot's rows start), made when first needed and never saved.

The columns are a snapshot. Items indexed again afterwards are *dirty*: their old rows are
masked out and the caller counts and places them itself (there are few); once there are
many the snapshot is taken again.
"""

import bisect
import itertools
from collections.abc import Callable, Iterable, Mapping, Sequence, Sized
from typing import Any

import numpy as np
import numpy.typing as npt

__all__ = ["Chosen", "Counts", "DateOrder", "FacetTable", "flags_of"]

Flags = npt.NDArray[np.bool_]
Counts = npt.NDArray[np.int64]
SortKey = tuple[int, int, str]

_FEW = 8  # at most 1/8 of the slots chosen: read their rows slot by slot
_VERY_FEW = 64  # at most 1/64: read every row of theirs, even of values counted on bits
_DENSE = 128  # a value on at least 1/128 of the slots is counted on its bits


def flags_of(bits: int, size: int) -> Flags:
    """One boolean per slot ``0 .. size-1``: is it in ``bits``?"""
    data = bits.to_bytes((size + 7) // 8, "little")
    unpacked = np.unpackbits(np.frombuffer(data, dtype=np.uint8), count=size, bitorder="little")
    return unpacked.view(np.bool_)


class Chosen:
    """Slots chosen for counting or ordering: their bits, a boolean per slot, how many.

    The slot numbers themselves (``slots``) are worked out when first asked for.
    """

    __slots__ = ("_slots", "bits", "count", "flags")

    def __init__(self, bits: int, size: int) -> None:
        """Choose the slots of ``bits`` among ``0 .. size-1``."""
        self.bits = bits
        self.flags = flags_of(bits, size)
        self.count = bits.bit_count()
        self._slots: npt.NDArray[np.intp] | None = None

    def few(self, share: int = _FEW) -> bool:
        """Whether at most ``1/share`` of the slots are chosen."""
        return self.count * share <= len(self.flags)

    @property
    def slots(self) -> npt.NDArray[np.intp]:
        """The chosen slot numbers, ascending."""
        if self._slots is None:
            self._slots = np.flatnonzero(self.flags)
        return self._slots


class _Rows:
    """(slot, value) rows sorted by slot, with where each slot's rows start."""

    __slots__ = ("codes", "slots", "starts")

    def __init__(self, slots: npt.NDArray[np.int32], codes: npt.NDArray[np.int32]) -> None:
        if len(slots) > 1 and bool(np.any(slots[1:] < slots[:-1])):
            by_slot = np.argsort(slots, kind="stable")
            slots, codes = slots[by_slot], codes[by_slot]
        self.slots, self.codes = slots, codes
        per_slot = np.bincount(slots, minlength=int(slots[-1]) + 1 if len(slots) else 0)
        self.starts = np.zeros(len(per_slot) + 1, dtype=np.int32)  # rows stay below 2**31
        np.cumsum(per_slot, out=self.starts[1:])

    def codes_of(self, chosen: Chosen) -> npt.NDArray[np.int32]:
        """The value numbers of the chosen slots' rows."""
        if not chosen.few():  # every slot here is < len(flags): slots only grow
            found: npt.NDArray[np.int32] = self.codes[chosen.flags[self.slots]]
            return found
        starts = self.starts
        slots = chosen.slots
        slots = slots[slots < len(starts) - 1]
        first = starts[slots]
        lengths = starts[slots + 1] - first
        ends = np.cumsum(lengths)
        total = int(ends[-1]) if len(ends) else 0
        rows = np.arange(total, dtype=np.int64) + np.repeat(first - (ends - lengths), lengths)
        read: npt.NDArray[np.int32] = self.codes[rows]
        return read


class FacetTable:
    """One facet's rows: (slot, value) pairs, counted with ``bincount``.

    Values on many slots are also kept as bits (derived when first counted), and counted
    with ``bit_count``: at 100,000 items that is faster than reading their rows.
    """

    def __init__(self, postings: Mapping[str, Iterable[int]]) -> None:
        """Build from ``{value: slots}``."""
        self.values: list[str] = list(postings)
        groups = [
            members if isinstance(members, Sized) else list(members)
            for members in postings.values()
        ]
        sizes = np.fromiter(map(len, groups), dtype=np.int64, count=len(groups))
        slots = np.fromiter(
            itertools.chain.from_iterable(groups), dtype=np.int32, count=int(sizes.sum())
        )
        codes = np.repeat(np.arange(len(groups), dtype=np.int32), sizes)
        by_slot = np.argsort(slots, kind="stable")  # cache-friendly
        self._slots = slots[by_slot]
        self._codes = codes[by_slot]
        self._derived: tuple[_Rows, npt.NDArray[np.intp], list[int], _Rows] | None = None

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

    def counts(self, chosen: Chosen) -> Counts:
        """How many of the chosen slots have each value, in the order of ``values``.

        Every slot of the table must be below ``len(chosen.flags)`` (slots only grow).
        """
        size = len(self.values)
        if not size:
            return np.zeros(0, dtype=np.int64)
        every, dense, dense_bits, sparse = self._parts()
        if chosen.few(_VERY_FEW) or not dense_bits:
            codes = every.codes_of(chosen)
            return np.bincount(codes, minlength=size).astype(np.int64, copy=False)
        out = np.bincount(sparse.codes_of(chosen), minlength=size).astype(np.int64, copy=False)
        bits = chosen.bits
        out[dense] = [(bits & value_bits).bit_count() for value_bits in dense_bits]
        return out

    def _parts(self) -> tuple[_Rows, npt.NDArray[np.intp], list[int], _Rows]:
        """Every row; the values on many slots and their bits; the rows of the others."""
        if self._derived is None:
            every = _Rows(self._slots, self._codes)
            per_value = np.bincount(every.codes, minlength=len(self.values))
            dense = np.flatnonzero(per_value * _DENSE >= max(len(every.starts) - 1, _DENSE))
            is_dense = np.zeros(len(self.values), dtype=np.bool_)
            is_dense[dense] = True
            dense_rows = is_dense[every.codes]
            dense_bits = []
            if len(dense):  # one row of flags per dense value, packed into bytes at once
                row_of = np.zeros(len(self.values), dtype=np.intp)
                row_of[dense] = np.arange(len(dense))
                flags = np.zeros((len(dense), len(every.starts) - 1), dtype=np.bool_)
                flags[row_of[every.codes[dense_rows]], every.slots[dense_rows]] = True
                packed = np.packbits(flags, axis=1, bitorder="little")
                dense_bits = [int.from_bytes(row.tobytes(), "little") for row in packed]
            sparse = _Rows(every.slots[~dense_rows], every.codes[~dense_rows])
            self._derived = (every, dense, dense_bits, sparse)
        return self._derived


def _copied_in_order(values: list[str]) -> npt.NDArray[np.object_]:
    """The strings as an array of copies made one after the other in memory.

    A large result takes thousands of IDs in date order; when they lie in memory in that
    order too, taking them costs about a third less than when they are scattered.
    """
    gap = "\x00"
    copies = gap.join(values).split(gap)
    if len(copies) != len(values):  # a value holds the gap: keep the strings themselves
        copies = list(values)
    return np.array(copies, dtype=object)


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
        ranks = np.asarray([_rank(key) for key in keys], dtype=np.int64)
        by_id = np.argsort(np.asarray([key[2] for key in keys], dtype=str), kind="stable")
        ranked = by_id[np.argsort(ranks[by_id], kind="stable")]  # by rank, then by ID
        self._order = np.asarray(slots, dtype=np.int32)[ranked]
        self._ranks = ranks[ranked]
        self._ids = [str(ids[slot]) for slot in self._order.tolist()]
        self._id_array: npt.NDArray[np.object_] | None = None  # derived: _ids as an array
        self._places: npt.NDArray[np.int32] | None = None  # derived: each slot's place, or -1

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
        chosen: Chosen,
        extra: Iterable[int],
        sort_key: Callable[[int], SortKey],
        id_of: Callable[[int], str],
    ) -> list[str]:
        """IDs of the chosen slots in order, merged with the ``extra`` slots.

        ``chosen`` must leave out slots whose key changed since the order was built; give
        those (the ones that belong in the result) as ``extra``.
        """
        if self._id_array is None:
            self._id_array = _copied_in_order(self._ids)
        at: npt.NDArray[np.signedinteger[Any]]
        if chosen.few():
            places = self._places_of_slots()
            slots = chosen.slots
            at = places[slots[slots < len(places)]]
            at = np.sort(at[at >= 0])
        else:  # slots only grow: every ordered slot is < len(flags)
            at = np.flatnonzero(chosen.flags[self._order])
        found: list[str] = self._id_array[at].tolist()
        late = sorted(extra, key=sort_key)
        if not late:
            return found
        out: list[str] = []
        start = 0
        for slot in late:
            before = int(np.searchsorted(at, self._position(sort_key(slot))))
            out.extend(found[start:before])
            out.append(id_of(slot))
            start = before
        out.extend(found[start:])
        return out

    def _places_of_slots(self) -> npt.NDArray[np.int32]:
        """Each slot's place in the order (-1: not in it)."""
        if self._places is None:
            order = self._order
            places = np.full(int(order.max()) + 1 if len(order) else 0, -1, dtype=np.int32)
            places[order] = np.arange(len(order), dtype=np.int32)
            self._places = places
        return self._places
