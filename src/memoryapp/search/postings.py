"""Posting lists: which item slots have a word or a filter key, in the most compact form.

A posting is one of:

* a negative ``int`` ``~slot``: a single item (most rare words: a file number, a name);
* an ``array('i')`` of slots: a few items;
* a non-negative ``int`` of bits (see ``bitsets``): many items (at least the build's
  ``dense`` share), where bits are both smaller and faster.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Sequence
from typing import Any, TypeAlias, TypeVar

import numpy as np

from memoryapp.search.bitsets import bits_of, slots_of

__all__ = [
    "Posting",
    "add",
    "codes_of",
    "from_state",
    "make",
    "make_all",
    "make_coded",
    "members",
    "remove",
    "state",
    "to_bits",
    "union_bits",
]

Posting: TypeAlias = "array[int] | int"


def make(slots: Sequence[int] | int, dense: int) -> Posting:
    """The posting of these slots (at least one, or one slot number); bits when ``dense``+."""
    if isinstance(slots, int):
        return ~slots
    if len(slots) == 1:
        return ~slots[0]
    if len(slots) >= dense:
        return bits_of(slots)
    return slots if isinstance(slots, array) else array("i", slots)


K = TypeVar("K")


def codes_of(flat: Sequence[K]) -> tuple[list[K], np.ndarray[Any, np.dtype[np.int64]]]:
    """The distinct keys of ``flat`` in the order they first occur, and each one's number."""
    code_of = {key: code for code, key in enumerate(dict.fromkeys(flat))}
    codes = np.fromiter(map(code_of.__getitem__, flat), dtype=np.int64, count=len(flat))
    return list(code_of), codes


def make_all(
    flat: Sequence[K], lengths: Sequence[int], dense: int
) -> tuple[dict[K, Posting], list[int]]:
    """The postings of many slots at once: ``flat`` holds slot 0's keys, then slot 1's, ...

    ``lengths[slot]`` is how many keys slot has (each key once per slot). Grouped with one
    sort rather than key by key, as :func:`make` would give them.

    Returns:
        ``{key: posting}`` in the order keys first occur, and where each first occurs in
        ``flat``.
    """
    if not flat:
        return {}, []
    return make_coded(*codes_of(flat), lengths, dense)


def make_coded(
    keys: Sequence[K],
    codes: np.ndarray[Any, np.dtype[np.int64]],
    lengths: Sequence[int] | np.ndarray[Any, Any],
    dense: int,
) -> tuple[dict[K, Posting], list[int]]:
    """:func:`make_all` of keys already numbered: ``keys[codes[n]]`` is ``flat[n]``."""
    if not len(codes):
        return {}, []
    slots = np.repeat(np.arange(len(lengths), dtype=np.int32), np.asarray(lengths, np.int64))
    order = _grouping(codes, len(keys))
    grouped = slots[order]
    sizes = np.bincount(codes, minlength=len(keys))
    ends = np.cumsum(sizes)
    starts = ends - sizes
    first = order[np.minimum(starts, len(order) - 1)].tolist()
    single = (~grouped[np.minimum(starts, len(grouped) - 1)]).tolist()  # as ``~slot``
    flat = grouped.tobytes()  # int32: 4 bytes a slot
    found: dict[K, Posting] = {}
    for key, size, end, alone in zip(keys, sizes.tolist(), ends.tolist(), single, strict=True):
        if size == 1:
            found[key] = alone
        elif size >= dense:
            found[key] = bits_of(grouped[end - size : end])
        else:
            found[key] = posting = array("i")
            posting.frombytes(flat[4 * (end - size) : 4 * end])
    return found, first


def _grouping(codes: np.ndarray[Any, Any], count: int) -> np.ndarray[Any, Any]:
    """``np.argsort(codes, kind="stable")`` of codes below ``count``, by 16 bits at a time.

    A stable sort of 16-bit numbers is a radix sort in numpy: two of them (low half, then
    high half) are several times faster than one stable sort of larger numbers.
    """
    if count <= 1 << 16:
        return np.argsort(codes.astype(np.uint16), kind="stable")
    if count > 1 << 32:
        return np.argsort(codes, kind="stable")
    order = np.argsort((codes & 0xFFFF).astype(np.uint16), kind="stable")
    return order[np.argsort((codes[order] >> 16).astype(np.uint16), kind="stable")]


def add(posting: Posting | None, slot: int) -> Posting:
    """The posting with ``slot`` added (arrays are changed in place)."""
    if posting is None:
        return ~slot
    if isinstance(posting, int):
        if posting >= 0:
            return posting | (1 << slot)
        return posting if ~posting == slot else array("i", (~posting, slot))
    if slot not in posting:
        posting.append(slot)
    return posting


def remove(posting: Posting | None, slot: int) -> Posting | None:
    """The posting without ``slot``; None once it is empty."""
    if posting is None:
        return None
    if isinstance(posting, int):
        if posting < 0:
            return None if ~posting == slot else posting
        return (posting & ~(1 << slot)) or None
    if slot in posting:
        posting.remove(slot)
    if len(posting) > 1:
        return posting
    return ~posting[0] if posting else None


def to_bits(posting: Posting) -> int:
    """The posting as bits."""
    if isinstance(posting, int):
        return posting if posting >= 0 else 1 << ~posting
    return bits_of(posting)


def members(posting: Posting) -> Sequence[int]:
    """The slots of the posting."""
    if isinstance(posting, int):
        return slots_of(posting) if posting >= 0 else (~posting,)
    return posting


def union_bits(postings: Iterable[Posting | None]) -> int:
    """The union of several postings as bits (missing ones are skipped)."""
    bits = 0
    sparse: list[int] = []
    for posting in postings:
        if posting is None:
            continue
        if isinstance(posting, int):
            if posting >= 0:
                bits |= posting
            else:
                sparse.append(~posting)
        else:
            sparse.extend(posting)
    return bits | bits_of(sparse) if sparse else bits


def state(posting: Posting) -> int | bytes | tuple[bytes]:
    """The posting as plain data (``snapshot``).

    A single slot stays ``~slot``, slots become their bytes, bits a 1-tuple of their bytes.
    """
    if isinstance(posting, int):
        if posting < 0:
            return posting
        return (posting.to_bytes((posting.bit_length() + 7) // 8, "little"),)
    return posting.tobytes()


def from_state(value: object) -> Posting:
    """The inverse of :func:`state` (a list is taken for a tuple)."""
    if isinstance(value, int) and value < 0:
        return value
    if isinstance(value, bytes):
        slots = array("i")
        slots.frombytes(value)
        return slots
    if isinstance(value, tuple | list) and len(value) == 1 and isinstance(value[0], bytes):
        return int.from_bytes(value[0], "little")
    raise ValueError(f"not a posting: {type(value).__name__}")
