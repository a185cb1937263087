"""The search index as bytes and back, so a large collection is searchable soon after opening.

Building the index reads and folds every item (seconds at 100,000 items); loading a snapshot
of it is a fraction of that (``bench/search_bench.py``). A snapshot is:

* 8 bytes of magic, then the length of the header (4 bytes, little-endian);
* the header, msgpack: the format version, a fingerprint of the code that folds and indexes
  text (a snapshot made by other code is never used), and the caller's own entries (the
  library records which catalogue revisions the index is in step with);
* the index's plain state (:func:`_parts`), one msgpack ``(name, data)`` pair
  per part;
* the CRC-32 of all that (4 bytes): a snapshot damaged on disk is never used.

Changes committed after a snapshot was written may be appended to its *log* (beside it, one
record per save, :func:`log_record`): the snapshot's ``base`` token, the catalogue revisions
before and after, and the records written in between. Whoever loads the snapshot indexes
those records again (a few, or the snapshot is written whole instead).

msgpack holds plain data only: loading a snapshot never runs code from the file, as pickle
would. A damaged, foreign or outdated snapshot raises :class:`SnapshotError`; it is derived
data, and the caller builds the index again.
"""

import hashlib
import io
import itertools
import struct
import zlib
from array import array
from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any, BinaryIO

import msgpack
import numpy as np

import memoryapp
from memoryapp.core.gc_pause import paused_gc
from memoryapp.core.ids import ItemId
from memoryapp.search import postings
from memoryapp.search.bitsets import bits_of
from memoryapp.search.dating import DateKeys
from memoryapp.search.index import SearchIndex
from memoryapp.search.names import NameIndex
from memoryapp.search.packed import KeyTable, Packed
from memoryapp.search.tables import DateOrder, FacetTable
from memoryapp.search.vocabulary import Vocabulary
from memoryapp.search.windows import DateBuckets

__all__ = ["SnapshotError", "SnapshotReader", "chunks", "log_record", "log_records"]

MAGIC = b"MAPPIDX\n"
VERSION = 2
_LENGTH = struct.Struct("<I")
_START = len(MAGIC) + _LENGTH.size
_DIGEST_SIZE = 4
_RECORD = struct.Struct("<II")  # a log record's length and CRC-32
_MAX_PART = (1 << 31) - 1  # msgpack's cap on one part: reads stop at the end of the file


class SnapshotError(ValueError):
    """The bytes are not a snapshot this code can use (the reason is the message)."""


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A hash of the source of ``memoryapp.core`` and ``memoryapp.search``, sub-packages included.

    Folding, skeletons and date bounds live there; when any of it changes, older snapshots
    no longer match what a fresh build would give.
    """
    digest = hashlib.blake2b(memoryapp.__version__.encode(), digest_size=16)
    package = Path(memoryapp.__file__).parent
    for folder in ("core", "search"):
        for source in sorted((package / folder).rglob("*.py")):
            name = source.relative_to(package).as_posix()
            try:
                digest.update(name.encode() + b"\0" + source.read_bytes())
            except OSError:  # no readable source (a frozen build): the version stands alone
                continue
    return digest.hexdigest()


def chunks(index: SearchIndex, meta: Mapping[str, Any]) -> Iterator[bytes]:
    """The snapshot of ``index``, with ``meta`` in its header, in pieces to write in turn.

    The index's state is packed part by part, so a whole copy of it is never in memory.
    """
    crc = 0
    head = msgpack.packb({**meta, "version": VERSION, "code": code_fingerprint()})
    pieces: Iterator[bytes] = (msgpack.packb((name, part)) for name, part in _parts(index))
    for piece in itertools.chain([MAGIC + _LENGTH.pack(len(head)) + head], pieces):
        crc = zlib.crc32(piece, crc)
        yield piece
    yield crc.to_bytes(_DIGEST_SIZE, "little")


def log_record(entry: Mapping[str, Any]) -> bytes:
    """One record of a snapshot's log: ``entry`` (plain data) with its length and CRC-32."""
    payload: bytes = msgpack.packb(entry)
    return _RECORD.pack(len(payload), zlib.crc32(payload)) + payload


def log_records(data: bytes) -> list[dict[str, Any]]:
    """The records of a log, up to the first one cut short or damaged (a crash mid-write)."""
    return log_records_to(data)[0]


def log_records_to(data: bytes) -> tuple[list[dict[str, Any]], int]:
    """:func:`log_records`, and the bytes they take (where the next whole record starts).

    ``data`` may be the part of a log after the whole records read before.
    """
    found: list[dict[str, Any]] = []
    at = 0
    while at + _RECORD.size <= len(data):
        length, crc = _RECORD.unpack_from(data, at)
        payload = data[at + _RECORD.size : at + _RECORD.size + length]
        if len(payload) != length or zlib.crc32(payload) != crc:
            break
        try:
            entry = msgpack.unpackb(payload)
        except (ValueError, msgpack.UnpackException):
            break
        if not isinstance(entry, dict):
            break
        found.append(entry)
        at += _RECORD.size + length
    return found, at


class _Checked:
    """Reads a stream up to its trailing checksum, hashing what it reads."""

    def __init__(self, stream: BinaryIO) -> None:
        self._stream = stream
        start = stream.tell()
        size = stream.seek(0, io.SEEK_END) - start
        stream.seek(start)
        self._left = size - _DIGEST_SIZE
        self._crc = 0

    def read(self, size: int = -1) -> bytes:
        size = self._left if size < 0 else min(size, self._left)
        data = self._stream.read(max(size, 0))
        self._left -= len(data)
        self._crc = zlib.crc32(data, self._crc)
        return data

    def verify(self) -> None:
        if self._left or self._stream.read(_DIGEST_SIZE) != self._crc.to_bytes(
            _DIGEST_SIZE, "little"
        ):
            raise SnapshotError("damaged: its checksum does not match")


class SnapshotReader:
    """Reads a snapshot: its :attr:`header` at once, its :meth:`index` when asked.

    Raises:
        SnapshotError: not a snapshot, another format version, or made by other code.
    """

    def __init__(self, stream: BinaryIO) -> None:
        """Read and check the header of the snapshot ``stream`` starts with."""
        self._checked = _Checked(stream)
        start = self._checked.read(_START)
        if len(start) < _START or start[: len(MAGIC)] != MAGIC:
            raise SnapshotError("not a memoryapp search index")
        (length,) = _LENGTH.unpack_from(start, len(MAGIC))
        try:
            head = msgpack.unpackb(self._checked.read(length))
        except (ValueError, msgpack.UnpackException) as exc:
            raise SnapshotError(f"unreadable header: {exc}") from exc
        if not isinstance(head, dict):
            raise SnapshotError("unreadable header")
        if head.get("version") != VERSION:
            raise SnapshotError(f"format version {head.get('version')!r}, not {VERSION}")
        if head.get("code") != code_fingerprint():
            raise SnapshotError("made by another version of memoryapp")
        self.header: dict[str, Any] = head

    def index(self) -> SearchIndex:
        """The saved index (read once, after the header).

        Raises:
            SnapshotError: the snapshot is damaged or cut short.
        """
        parts = msgpack.Unpacker(
            self._checked, max_buffer_size=_MAX_PART, strict_map_key=False, use_list=False
        )
        try:
            with paused_gc():
                index = _restore(dict(parts))  # each part is a (name, data) pair
        except (ValueError, KeyError, TypeError, IndexError, AttributeError) as exc:
            raise SnapshotError(f"damaged: {type(exc).__name__}: {exc}") from exc
        except msgpack.UnpackException as exc:
            raise SnapshotError(f"damaged: {exc}") from exc
        self._checked.verify()
        return index


# -- the index as plain data: this module is the one place that reads and sets its columns --


def _parts(index: SearchIndex) -> Iterator[tuple[str, Any]]:
    """The plain data to rebuild the index from, as ``(name, part)`` pairs.

    Parts are dicts, lists, str, int and bytes, made one at a time so they can be written
    in turn. Columns of one value per slot or per word are one ``bytes`` or one joined
    ``str`` each, so that loading them makes no Python object per value it need not.
    """
    index.settle()
    tables = index._tables
    assert index._order is not None
    yield "words", index.words.state()
    yield "people", index.people.state()
    yield "places", index.places.state()
    yield "tree", index.tree.state()
    yield "films", index.films
    yield "scenes", index.scenes
    yield "tags", index.tag_labels
    yield "links", index._link_keys
    yield "ids", _joined(item or "" for item in index._ids)  # "": a free slot
    yield "free", index._free
    yield "keys", index._keys.state()
    yield "key_table", index._key_table.state()
    yield "dates", _date_columns(index._dates)
    yield "texts", index._texts.state()
    words = list(index.words)
    if len(words) == len(index._postings) and all(map(index._postings.__contains__, words)):
        yield "postings", postings_state({word: index._postings[word] for word in words}, words)
    else:  # not the same words: listed (never so far)
        yield "postings", postings_state(index._postings)
    yield (
        "fields",
        {field: postings_state(values) for field, values in index._fields.items()},
    )
    yield "windows", index._windows.state()
    yield "dense", index._dense
    yield "order", index._order.state()
    yield "tables", {field: table.state() for field, table in tables.items()}
    yield "decade_rows", index._decade_rows


def _restore(state: Mapping[str, Any]) -> SearchIndex:
    """The index whose :func:`_parts` are in ``state``, by name.

    Raises:
        ValueError, KeyError, TypeError, IndexError: ``state`` is not what it gave.
    """
    index = SearchIndex()
    index.words = Vocabulary.from_state(state["words"])
    index.people = NameIndex.from_state(state["people"])
    index.places = NameIndex.from_state(state["places"])
    index.tree.rebuild(state["tree"].items())
    index.films = dict(state["films"])
    index.scenes = {scene: (f, n, t) for scene, (f, n, t) in state["scenes"].items()}
    index.tag_labels = dict(state["tags"])
    index._link_keys = {
        item: tuple((str(f), str(v)) for f, v in keys) for item, keys in state["links"].items()
    }
    free = list(state["free"])
    ids: list[ItemId | None] = _split(state["ids"])  # type: ignore[assignment]
    for slot in free:
        if ids[slot]:
            raise ValueError("a free slot holds an item")
        ids[slot] = None
    index._ids = ids
    index._slot_of = dict(zip(ids, range(len(ids)), strict=True))  # type: ignore[arg-type]
    index._slot_of.pop(None, None)  # type: ignore[call-overload]
    if len(index._slot_of) + len(free) != len(ids):
        raise ValueError("item slots do not add up")
    index._free = free
    index._keys = Packed.from_state(state["keys"])
    index._key_table = KeyTable.from_state(state["key_table"])
    index._dates = _dates_of(state["dates"])
    index._texts = Packed.from_state(state["texts"])
    if not len(ids) == len(index._keys) == len(index._texts) == len(index._dates):
        raise ValueError("slot columns of different lengths")
    index._postings = postings_of(state["postings"], list(index.words))
    index._fields = {field: postings_of(values) for field, values in state["fields"].items()}
    index._windows = DateBuckets.from_state(state["windows"])
    index._dense = int(state["dense"])
    index.alive = (1 << len(ids)) - 1 if not free else bits_of(list(index._slot_of.values()))
    index._order = DateOrder.from_state(state["order"], ids)
    index._tables = {field: FacetTable.from_state(t) for field, t in state["tables"].items()}
    index._decade_rows = {
        name: tuple((int(decade), float(weight)) for decade, weight in rows)
        for name, rows in state["decade_rows"].items()
    }
    return index


_GAP = "\0"  # between the words or IDs of a joined column: never inside one


def _joined(values: Iterable[str]) -> str | list[str]:
    """The values joined, or listed when one holds the gap (a tag typed with a NUL)."""
    values = list(values)
    joined = _GAP.join(values)
    if values == [""] or joined.count(_GAP) != max(len(values) - 1, 0):
        return values
    return joined


def _split(joined: str | list[str]) -> list[str]:
    if not isinstance(joined, str):
        return list(joined)
    return joined.split(_GAP) if joined else []


def postings_state(
    found: Mapping[str, postings.Posting], keys: list[str] | None = None
) -> dict[str, Any]:
    """Many postings as a few columns: single slots (most words) cost 4 bytes each.

    ``keys`` are joined, or left out when they are the ``keys`` given (the vocabulary's
    words: loading shares its strings); ``single`` holds each key's slot, or -1 (slots in
    ``many``, whose lengths are in ``lengths``) or -2 (bits: the next of ``bits``).
    """
    single = array("i")
    many = array("i")
    lengths = array("i")
    bits: list[bytes] = []
    for posting in found.values():
        if isinstance(posting, int):
            if posting < 0:
                single.append(~posting)
            else:
                single.append(-2)
                bits.append(posting.to_bytes((posting.bit_length() + 7) // 8, "little"))
        else:
            single.append(-1)
            many.extend(posting)
            lengths.append(len(posting))
    return {
        "keys": None if keys is not None and keys == list(found) else _joined(found),
        "single": single.tobytes(),
        "many": many.tobytes(),
        "lengths": lengths.tobytes(),
        "bits": bits,
    }


def postings_of(
    state: Mapping[str, Any], words: list[str] | None = None
) -> dict[str, postings.Posting]:
    """The inverse of :func:`postings_state` (``words``: the keys it left out)."""
    keys = words if state["keys"] is None and words is not None else _split(state["keys"])
    single = np.frombuffer(state["single"], dtype=np.int32)
    if len(single) != len(keys):
        raise ValueError("posting columns of different lengths")
    values: list[Any] = np.invert(single).tolist()  # ~slot: the posting of a single slot
    many = array("i")
    many.frombytes(state["many"])
    ends = list(itertools.accumulate(np.frombuffer(state["lengths"], dtype=np.int32).tolist()))
    if (ends[-1] if ends else 0) != len(many):
        raise ValueError("posting slots do not add up")
    bits = iter(state["bits"])
    lists = iter(zip([0, *ends], ends, strict=False))
    for at in np.flatnonzero(single < 0).tolist():
        if values[at] == 0:  # ~-1: slots
            start, end = next(lists)
            values[at] = many[start:end]
        elif values[at] == 1:  # ~-2: bits
            values[at] = int.from_bytes(next(bits), "little")
        else:
            raise ValueError("not a posting")
    return dict(zip(keys, values, strict=True))


def _date_columns(dates: list[DateKeys | None]) -> dict[str, bytes]:
    """Each slot's dates as a number into a table of distinct dates (-1: undated)."""
    table: dict[DateKeys, int] = {}
    codes = array(
        "i", [-1 if keys is None else table.setdefault(keys, len(table)) for keys in dates]
    )
    numbers = array("q")
    for keys in table:
        numbers.extend((keys.low, keys.high, keys.window_low, keys.window_high))
    return {"codes": codes.tobytes(), "numbers": numbers.tobytes()}


def _dates_of(state: Mapping[str, bytes]) -> list[DateKeys | None]:
    """The inverse of :func:`_date_columns` (equal dates share one ``DateKeys``)."""
    numbers = array("q")
    numbers.frombytes(state["numbers"])
    if len(numbers) % 4:
        raise ValueError("date table cut short")
    table: list[DateKeys | None] = [
        DateKeys(*numbers[at : at + 4]) for at in range(0, len(numbers), 4)
    ]
    table.append(None)  # code -1
    codes = np.frombuffer(state["codes"], dtype=np.int32)
    if len(codes) and (codes.max() >= len(table) - 1 or codes.min() < -1):
        raise ValueError("date codes out of range")
    return list(map(table.__getitem__, codes.tolist()))
