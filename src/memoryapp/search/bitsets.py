"""Sets of item slots as Python integers: bit ``n`` set means slot ``n`` is in the set.

At 100,000 items a set is a 12.5 kB integer; ``a & b``, ``a | b`` and ``bit_count()`` run in C
in about a microsecond, which is what makes filters fast. Sparse postings (a rare word) are
kept as slot numbers (``postings``) and turned into bits only when a query needs them.
"""

from collections.abc import Collection
from itertools import compress

import numpy as np

__all__ = ["bits_of", "slots_of"]

_TO_FLAGS = bytes.maketrans(b"01", b"\x00\x01")


def bits_of(slots: Collection[int]) -> int:
    """Return the bits of ``slots`` (a collection of non-negative slot numbers, or a numpy array)."""
    if len(slots) <= 512 and isinstance(slots, np.ndarray):
        slots = slots.tolist()
    if len(slots) < 8:
        bits = 0
        for slot in slots:
            bits |= 1 << slot
        return bits
    if len(slots) > 512:  # a numpy array of slots is read as it is
        where = np.asarray(slots, dtype=np.int64)
        flags = np.zeros(int(where.max()) + 1, dtype=np.bool_)
        flags[where] = True
        return int.from_bytes(np.packbits(flags, bitorder="little").tobytes(), "little")
    buffer = bytearray((max(slots) >> 3) + 1)
    for slot in slots:
        buffer[slot >> 3] |= 1 << (slot & 7)
    return int.from_bytes(buffer, "little")


def _flags(bits: int) -> bytes:
    """One byte per slot (0 or 1), up to the highest set bit."""
    return format(bits, "b").encode("ascii")[::-1].translate(_TO_FLAGS)


def slots_of(bits: int) -> list[int]:
    """Return the slots set in ``bits``, ascending."""
    if not bits:
        return []
    if bits.bit_length() < 4096:
        flags = _flags(bits)
        return list(compress(range(len(flags)), flags))
    size = bits.bit_length()
    data = np.frombuffer(bits.to_bytes((size + 7) // 8, "little"), dtype=np.uint8)
    found: list[int] = np.flatnonzero(np.unpackbits(data, bitorder="little")).tolist()
    return found
