"""Runs of items described for the index, compactly: what a build takes from each run.

Each run's distinct words and filter keys are listed once, with numbers for the rest, and
the items' folded texts are one byte string, so :meth:`SearchIndex.build_described` merges
runs with numpy rather than item by item, and a run could be described elsewhere (another
process) and sent as a few objects.
"""

from array import array
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np

from memoryapp.core.faces import FaceCount
from memoryapp.core.ids import ItemId
from memoryapp.search.dating import DateKeys
from memoryapp.search.entries import Decode, Entry, Key, describe_record
from memoryapp.search.packed import Numbers

__all__ = ["Described", "describe_records", "describe_run"]


@dataclass(slots=True)
class Described:
    """A run of items as the index build takes them (picklable, a few objects per item).

    Attributes:
        ids: the items, in order.
        surfaces: the run's distinct words, in the order they first occur.
        folded: their folded forms.
        word_codes: ``int32`` numbers into ``surfaces``: the first item's words, then the
            second's...
        word_counts: ``int32``: how many words each item has.
        keys: the run's distinct filter keys, in the order they first occur.
        key_codes: ``int32`` numbers into ``keys``, item after item.
        key_counts: ``int32``: how many keys each item has.
        dates: each item's date keys.
        texts: each item's folded text (``Entry.text``), one after another.
        text_lengths: ``uint32``: the length of each.
        tags: tag paths, folded -> as first written.
    """

    ids: list[str]
    surfaces: list[str]
    folded: list[str]
    word_codes: bytes
    word_counts: bytes
    keys: list[Key]
    key_codes: bytes
    key_counts: bytes
    dates: list[DateKeys | None]
    texts: bytes
    text_lengths: bytes
    tags: dict[str, str]


def _int32(numbers: list[int]) -> bytes:
    return np.array(numbers, dtype=np.int32).tobytes()


def describe_run(entries: Iterable[Entry]) -> Described:
    """The entries of a run of items, compactly."""
    ids: list[str] = []
    surfaces: list[str] = []
    folded: list[str] = []
    keys: list[Key] = []
    word_numbers = Numbers(surfaces, folded)
    key_numbers = Numbers(keys)
    word_codes: list[int] = []
    word_counts: list[int] = []
    key_codes: list[int] = []
    key_counts: list[int] = []
    dates: list[DateKeys | None] = []
    texts: list[bytes] = []
    tags: dict[str, str] = {}
    for entry in entries:
        ids.append(entry.id)
        word_numbers.current = entry.words
        word_codes += map(word_numbers.__getitem__, entry.words)
        word_counts.append(len(entry.words))
        key_codes += map(key_numbers.__getitem__, entry.keys)
        key_counts.append(len(entry.keys))
        dates.append(entry.dates)
        texts.append(entry.text)
        for tag, written in entry.tags.items():
            if tag not in tags:
                tags[tag] = written
    return Described(
        ids=ids,
        surfaces=surfaces,
        folded=folded,
        word_codes=_int32(word_codes),
        word_counts=_int32(word_counts),
        keys=keys,
        key_codes=_int32(key_codes),
        key_counts=_int32(key_counts),
        dates=dates,
        texts=b"".join(texts),
        text_lengths=array("I", map(len, texts)).tobytes(),
        tags=tags,
    )


def describe_records(
    records: Iterable[tuple[str, Mapping[str, Any]]],
    decode: Decode,
    face_counts: Mapping[ItemId, FaceCount],
) -> Described:
    """The run of the items stored as ``records`` (``entries.describe_record`` of each)."""
    none = FaceCount()
    return describe_run(
        describe_record(item_id, raw, decode, face_counts.get(ItemId(item_id), none))
        for item_id, raw in records
    )
