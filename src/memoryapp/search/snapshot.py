"""The search index as bytes and back, so a large collection is searchable soon after opening.

Building the index reads and folds every item (seconds at 100,000 items); loading a snapshot
of it is a fraction of that (``bench/search_bench.py``). A snapshot is:

* 8 bytes of magic, then the length of the header (4 bytes, little-endian);
* the header, msgpack: the format version, a fingerprint of the code that folds and indexes
  text (a snapshot made by other code is never used), and the caller's own entries (the
  library records which catalogue revisions the index is in step with);
* the index's plain state (:func:`_parts`), one msgpack ``(name, data)`` pair
  per part;
* the SHA-256 of all that (32 bytes): a snapshot damaged on disk is never used.

msgpack holds plain data only: loading a snapshot never runs code from the file, as pickle
would. A damaged, foreign or outdated snapshot raises :class:`SnapshotError`; it is derived
data, and the caller builds the index again.
"""

import hashlib
import io
import itertools
import struct
from array import array
from collections.abc import Iterator, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any, BinaryIO

import msgpack

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

__all__ = ["SnapshotError", "SnapshotReader", "chunks"]

MAGIC = b"MAPPIDX\n"
VERSION = 1
_LENGTH = struct.Struct("<I")
_START = len(MAGIC) + _LENGTH.size
_DIGEST_SIZE = 32
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
    digest = hashlib.sha256()
    head = msgpack.packb({**meta, "version": VERSION, "code": code_fingerprint()})
    pieces: Iterator[bytes] = (msgpack.packb((name, part)) for name, part in _parts(index))
    for piece in itertools.chain([MAGIC + _LENGTH.pack(len(head)) + head], pieces):
        digest.update(piece)
        yield piece
    yield digest.digest()


class _Checked:
    """Reads a stream up to its trailing checksum, hashing what it reads."""

    def __init__(self, stream: BinaryIO) -> None:
        self._stream = stream
        start = stream.tell()
        size = stream.seek(0, io.SEEK_END) - start
        stream.seek(start)
        self._left = size - _DIGEST_SIZE
        self._digest = hashlib.sha256()

    def read(self, size: int = -1) -> bytes:
        size = self._left if size < 0 else min(size, self._left)
        data = self._stream.read(max(size, 0))
        self._left -= len(data)
        self._digest.update(data)
        return data

    def verify(self) -> None:
        if self._left or self._stream.read(_DIGEST_SIZE) != self._digest.digest():
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
    in turn.
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
    yield "ids", index._ids
    yield "free", index._free
    yield "keys", index._keys.state()
    yield "key_table", index._key_table.state()
    yield "dated", bytes(keys is not None for keys in index._dates)
    dates = array("q")
    for keys in index._dates:
        dates.extend((0, 0, 0, 0) if keys is None else _date_numbers(keys))
    yield "dates", dates.tobytes()
    del dates
    yield "texts", index._texts.state()
    yield "postings", {word: postings.state(p) for word, p in index._postings.items()}
    yield (
        "fields",
        {
            field: {value: postings.state(p) for value, p in values.items()}
            for field, values in index._fields.items()
        },
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
    ids: list[ItemId | None] = list(state["ids"])
    index._ids = ids
    index._slot_of = {item: slot for slot, item in enumerate(ids) if item is not None}
    index._free = list(state["free"])
    index._keys = Packed.from_state(state["keys"])
    index._key_table = KeyTable.from_state(state["key_table"])
    index._dates = _dates_of(state["dated"], state["dates"])
    index._texts = Packed.from_state(state["texts"])
    if not len(ids) == len(index._keys) == len(index._texts) == len(index._dates):
        raise ValueError("slot columns of different lengths")
    index._postings = {word: postings.from_state(p) for word, p in state["postings"].items()}
    index._fields = {
        field: {value: postings.from_state(p) for value, p in values.items()}
        for field, values in state["fields"].items()
    }
    index._windows = DateBuckets.from_state(state["windows"])
    index._dense = int(state["dense"])
    index.alive = bits_of(list(index._slot_of.values()))
    index._order = DateOrder.from_state(state["order"], ids)
    index._tables = {field: FacetTable.from_state(t) for field, t in state["tables"].items()}
    index._decade_rows = {
        name: tuple((int(decade), float(weight)) for decade, weight in rows)
        for name, rows in state["decade_rows"].items()
    }
    return index


def _date_numbers(keys: DateKeys) -> tuple[int, int, int, int]:
    return keys.low, keys.high, keys.window_low, keys.window_high


def _dates_of(dated: bytes, numbers: bytes) -> list[DateKeys | None]:
    """Each slot's DateKeys from :meth:`SearchIndex.state` (equal ones shared)."""
    values = array("q")
    values.frombytes(numbers)
    if len(values) != 4 * len(dated):
        raise ValueError("date columns of different lengths")
    shared: dict[tuple[int, ...], DateKeys] = {}
    out: list[DateKeys | None] = []
    for slot, has_date in enumerate(dated):
        if not has_date:
            out.append(None)
            continue
        four = tuple(values[4 * slot : 4 * slot + 4])
        keys = shared.get(four)
        if keys is None:
            keys = shared[four] = DateKeys(*four)
        out.append(keys)
    return out
