"""Per-slot byte strings packed in one buffer: 100,000 small objects cost a lot more.

Each slot's value is a stretch of one ``bytearray``; replacing a value appends the new one
and leaves the old bytes dead until :meth:`Packed.compact` (called when the index takes its
snapshot). Used for each item's folded text and its filter keys.
"""

from array import array
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

__all__ = ["KeyTable", "Numbers", "Packed"]

_COMPACT_SHARE = 4  # compact when over a quarter of the buffer is dead
_WORD_GAP = b" \n"


class Packed:
    """One byte string per slot."""

    def __init__(self) -> None:
        self._data: bytes | bytearray = bytearray()  # bytes as loaded, until first changed
        self._start = array("Q")
        self._length = array("I")
        self._dead = 0

    @classmethod
    def of_joined(cls, data: bytes, lengths: "np.ndarray[Any, Any]") -> "Packed":
        """One slot per length: the values one after another in ``data``."""
        return cls._made(data, lengths)

    @classmethod
    def of_numbers(
        cls, numbers: "np.ndarray[Any, Any]", counts: "Sequence[int] | np.ndarray[Any, Any]"
    ) -> "Packed":
        """One slot per count, of ``counts[slot]`` numbers each, 4 bytes a number.

        What :meth:`KeyTable.encode` gives, for all slots at once.
        """
        lengths = np.asarray(counts, dtype=np.uint32) * 4
        return cls._made(numbers.astype(np.uint32).tobytes(), lengths)

    @classmethod
    def _made(cls, data: bytes, lengths: "np.ndarray[Any, Any]") -> "Packed":
        packed = cls()
        packed._data = bytearray(data)
        starts = np.zeros(len(lengths), dtype=np.uint64)
        np.cumsum(lengths[:-1], dtype=np.uint64, out=starts[1:])
        packed._start.frombytes(starts.tobytes())
        packed._length.frombytes(lengths.astype(np.uint32).tobytes())
        return packed

    def __len__(self) -> int:
        return len(self._start)

    def set(self, slot: int, value: bytes) -> None:
        """Store ``value`` for ``slot`` (slots may be appended one past the end)."""
        if slot == len(self._start):
            self._start.append(0)
            self._length.append(0)
        if not isinstance(self._data, bytearray):
            self._data = bytearray(self._data)
        self._dead += self._length[slot]
        self._start[slot] = len(self._data)
        self._length[slot] = len(value)
        self._data += value
        if self._dead * _COMPACT_SHARE > len(self._data) > 1 << 20:
            self.compact()

    def get(self, slot: int) -> bytes:
        """The value of ``slot`` (empty when never set)."""
        start = self._start[slot]
        return bytes(self._data[start : start + self._length[slot]])

    def holds(self, slot: int, needle: bytes, *, word_start: bool = False) -> bool:
        """Whether the value of ``slot`` contains ``needle``, without copying it.

        With ``word_start``, only where ``needle`` starts the value or follows a space or a
        line break.
        """
        data = self._data
        start = self._start[slot]
        end = start + self._length[slot]
        at = data.find(needle, start, end)
        while word_start and at > start and data[at - 1] not in _WORD_GAP:
            at = data.find(needle, at + 1, end)
        return at >= 0

    def state(self) -> dict[str, bytes]:
        """Plain data to rebuild it from (``snapshot``); compacts first."""
        self.compact()
        return {
            "data": bytes(self._data),
            "start": self._start.tobytes(),
            "length": self._length.tobytes(),
        }

    @classmethod
    def from_state(cls, state: dict[str, Any]) -> "Packed":
        """The inverse of :meth:`state`."""
        packed = cls()
        packed._data = bytes(state["data"])  # no copy: bytearray once changed (set)
        packed._start.frombytes(state["start"])
        packed._length.frombytes(state["length"])
        if len(packed._start) != len(packed._length):
            raise ValueError("slot columns of different lengths")
        return packed

    def compact(self) -> None:
        """Drop the dead bytes."""
        if not self._dead:
            return
        data = bytearray()
        for slot, start in enumerate(self._start):
            self._start[slot] = len(data)
            data += self._data[start : start + self._length[slot]]
        self._data = data
        self._dead = 0


class Numbers(dict[Any, int]):
    """Value -> number, numbering a value the first time it is asked for (into ``order``).

    ``current``, when set, gives each value's companion (a word's folded form), listed in
    ``companions`` as the value is numbered.
    """

    def __init__(self, order: list[Any], companions: list[Any] | None = None) -> None:
        super().__init__()
        self.order = order
        self.companions = companions
        self.current: Mapping[Any, Any] = {}

    def __missing__(self, value: Any) -> int:
        number = self[value] = len(self.order)
        self.order.append(value)
        if self.companions is not None:
            self.companions.append(self.current[value])
        return number


class KeyTable:
    """Numbers for filter keys, so an item's keys pack into a few bytes each."""

    def __init__(self) -> None:
        self._keys: list[tuple[str, str]] = []
        self._numbers = Numbers(self._keys)

    def encode(self, keys: Sequence[tuple[str, str]]) -> bytes:
        """The keys as bytes (4 per key)."""
        return array("I", map(self._numbers.__getitem__, keys)).tobytes()

    def state(self) -> list[tuple[str, str]]:
        """Every key, by number (``snapshot``)."""
        return list(self._keys)

    @classmethod
    def from_state(cls, keys: Sequence[Sequence[str]]) -> "KeyTable":
        """The inverse of :meth:`state`."""
        table = cls()
        table._keys.extend((str(field), str(value)) for field, value in keys)
        table._numbers.update((key, number) for number, key in enumerate(table._keys))
        return table

    def decode(self, data: bytes) -> tuple[tuple[str, str], ...]:
        """The keys packed by :meth:`encode`."""
        numbers = array("I")
        numbers.frombytes(data)
        return tuple(map(self._keys.__getitem__, numbers))
