"""One catalogue file as a TinyDB storage: records held as compact JSON bytes, read lazily.

On disk a catalogue file is TinyDB JSON, ``{"<table>": {"<id>": {record}}}``, written one
record per line (compact, sorted keys)::

    {
    "items":{
    "0a1b…":{"kind":"photo","title":"…"},
    "0c2d…":{"kind":"letter"}
    }
    }

so a file this code wrote (its stat or bytes match ``revisions.tokens``) is split into records by
lines, without parsing the JSON; any other file is parsed in full. In memory each record is
its compact JSON bytes (about a fifth of the dicts' size), decoded when read.
"""

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import orjson
from tinydb.storages import Storage

from memoryapp.core.errors import CollectionCorruptError
from memoryapp.storage.changelog import Compact, compact, parse_object


class Records(Mapping[str, dict[str, Any]]):
    """A table's records as TinyDB reads them (``{id: record}``), decoded on access."""

    def __init__(self, path: Path, raw: dict[str, bytes]) -> None:
        self._path = path
        self._raw = raw

    def __getitem__(self, record_id: str) -> dict[str, Any]:
        return decode(self._path, self._raw[record_id])

    def __iter__(self) -> Iterator[str]:
        return iter(self._raw)

    def __len__(self) -> int:
        return len(self._raw)


def decode(path: Path, raw: bytes) -> dict[str, Any]:
    """One record from its compact bytes.

    Raises:
        CollectionCorruptError: the bytes are not a JSON object (named by ``path``).
    """
    return parse_object(path, raw, "a record")


class ShardStorage(Storage):
    """A catalogue file's records: read from disk when first needed, then held in memory.

    Changes come from the catalogue (:meth:`apply`) and are written only by compaction
    (:func:`dump_shard`); changes to a file not yet read wait in an overlay laid over it
    when it is. ``trusted``: the file on disk is the one compaction wrote (split by lines).
    """

    def __init__(self, path: Path, *, trusted: bool, raw: bytes | None = None) -> None:
        self.path = path
        self.trusted = trusted
        self._tables: Compact | None = None
        self._overlay: dict[str, dict[str, bytes | None]] = {}
        if raw is not None:  # already read
            self._tables = parse_shard(path, raw, trusted=trusted) if raw else {}

    @property
    def loaded(self) -> bool:
        """Whether the file was read."""
        return self._tables is not None

    def tables(self) -> Compact:
        """``{table: {id: compact record}}``, reading the file the first time."""
        if self._tables is None:
            try:
                raw = self.path.read_bytes()
            except FileNotFoundError:
                raw = b""
            tables = parse_shard(self.path, raw, trusted=self.trusted) if raw else {}
            for table, changes in self._overlay.items():
                records = tables.setdefault(table, {})
                for rid, value in changes.items():
                    if value is None:
                        records.pop(rid, None)
                    else:
                        records[rid] = value
            self._overlay = {}
            self._tables = tables
        return self._tables

    def apply(self, table: str, rid: str, value: bytes | None) -> None:
        """Put (or with None delete) one record, in memory."""
        if self._tables is None:
            self._overlay.setdefault(table, {})[rid] = value
            return
        records = self._tables.setdefault(table, {})
        if value is None:
            records.pop(rid, None)
        else:
            records[rid] = value

    def get(self, table: str, rid: str) -> bytes | None:
        """One record's compact bytes, or None."""
        return self.tables().get(table, {}).get(rid)

    # -- TinyDB's Storage interface --------------------------------------------------------

    def read(self) -> dict[str, dict[str, Any]]:
        """Every table, records decoded when TinyDB reads them."""
        tables: dict[str, Any] = {t: Records(self.path, raw) for t, raw in self.tables().items()}
        return tables

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        """Replace the records in memory (TinyDB's writes; the catalogue commits them)."""
        self._overlay = {}
        self._tables = {
            table: {str(rid): compact(dict(rec)) for rid, rec in records.items()}
            for table, records in data.items()
        }


def dump_shard(tables: Compact) -> bytes:
    """A catalogue file's bytes: TinyDB JSON, one record per line, tables and IDs sorted."""
    parts = [b"{"]
    names = sorted(t for t, records in tables.items() if records)
    for n, table in enumerate(names):
        records = tables[table]
        parts.append(orjson.dumps(table) + b":{")
        parts.append(
            b",\n".join(orjson.dumps(rid) + b":" + records[rid] for rid in sorted(records))
        )
        parts.append(b"}," if n < len(names) - 1 else b"}")
    parts.append(b"}\n")
    return b"\n".join(parts)


def parse_shard(path: Path, raw: bytes, *, trusted: bool) -> Compact:
    """A catalogue file's records as compact bytes.

    ``trusted`` (this code wrote the file): split by lines when the file has that form.
    Otherwise every record is parsed, checked and encoded again.

    Raises:
        CollectionCorruptError: the file is not a TinyDB catalogue file (named by ``path``).
    """
    if trusted:
        split = _split_lines(raw)
        if split is not None:
            return split
    data = parse_object(path, raw)
    tables: Compact = {}
    for table, records in data.items():
        if not isinstance(records, dict) or not all(isinstance(r, dict) for r in records.values()):
            raise CollectionCorruptError(path, f"table {table!r} is not an object of records")
        tables[table] = {rid: compact(rec) for rid, rec in records.items()}
    return tables


def _split_lines(raw: bytes) -> Compact | None:
    """The records of a file in the one-record-per-line form, or None if it is not in it.

    A name that is not UTF-8 is not that form either: the full parse then says what is wrong.
    """
    try:
        return _split_utf8_lines(raw)
    except UnicodeDecodeError:
        return None


def _split_utf8_lines(raw: bytes) -> Compact | None:
    lines = raw.split(b"\n")
    if len(lines) < 3 or lines[0] != b"{" or lines[-2] != b"}" or lines[-1] != b"":
        return None
    tables: Compact = {}
    records: dict[str, bytes] | None = None
    for line in lines[1:-2]:
        if records is None:
            if not (line.startswith(b'"') and line.endswith(b'":{')) or b"\\" in line:
                return None
            records = tables.setdefault(line[1:-3].decode("utf-8"), {})
            continue
        if line in (b"}", b"},"):
            records = None
            continue
        if line.endswith(b","):
            line = line[:-1]
        quote = line.find(b'"', 1)
        if (
            quote < 1
            or line[:1] != b'"'
            or line[quote + 1 : quote + 3] != b":{"
            or not line.endswith(b"}")
            or b"\\" in line[:quote]
        ):
            return None
        records[line[1:quote].decode("utf-8")] = line[quote + 2 :]
    return tables if records is None else None
