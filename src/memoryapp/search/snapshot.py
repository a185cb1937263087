"""The search index as bytes and back, so a large collection is searchable soon after opening.

Building the index reads and folds every item (seconds at 100,000 items); loading a snapshot
of it is a fraction of that (``bench/search_bench.py``). A snapshot is:

* 8 bytes of magic, then the length of the header (4 bytes, little-endian);
* the header, msgpack: the format version, a fingerprint of the code that folds and indexes
  text (a snapshot made by other code is never used), and the caller's own entries (the
  library records which catalogue revisions the index is in step with);
* the index's plain state (:meth:`SearchIndex.state`), one msgpack ``(name, data)`` pair
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
from collections.abc import Iterator, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any, BinaryIO

import msgpack

import memoryapp
from memoryapp.core.gc_pause import paused_gc
from memoryapp.search.index import SearchIndex

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
    """A hash of the source of ``memoryapp.core`` and ``memoryapp.search`` (and the version).

    Folding, skeletons and date bounds live there; when any of it changes, older snapshots
    no longer match what a fresh build would give.
    """
    digest = hashlib.blake2b(memoryapp.__version__.encode(), digest_size=16)
    package = Path(memoryapp.__file__).parent
    for folder in ("core", "search"):
        for source in sorted((package / folder).glob("*.py")):
            try:
                digest.update(source.name.encode() + b"\0" + source.read_bytes())
            except OSError:  # no readable source (a frozen build): the version stands alone
                continue
    return digest.hexdigest()


def chunks(index: SearchIndex, meta: Mapping[str, Any]) -> Iterator[bytes]:
    """The snapshot of ``index``, with ``meta`` in its header, in pieces to write in turn.

    The index's state is packed part by part, so a whole copy of it is never in memory.
    """
    digest = hashlib.sha256()
    head = msgpack.packb({**meta, "version": VERSION, "code": code_fingerprint()})
    pieces: Iterator[bytes] = (msgpack.packb((name, part)) for name, part in index.state())
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
                index = SearchIndex.from_state(dict(parts))  # each part is a (name, data) pair
        except (ValueError, KeyError, TypeError, IndexError, AttributeError) as exc:
            raise SnapshotError(f"damaged: {type(exc).__name__}: {exc}") from exc
        except msgpack.UnpackException as exc:
            raise SnapshotError(f"damaged: {exc}") from exc
        self._checked.verify()
        return index
