"""The TinyDB catalogue: a few JSON files, each rewritten atomically, one commit per operation.

TinyDB rewrites a whole file in place on every change, so a crash can leave half a file, and
it does not batch. Here each catalogue file is a TinyDB database over a storage that keeps the
data in memory and writes only when :meth:`Catalogue.commit` says so, through
``atomic_write_bytes``. Items are spread over 16 files so that one edit rewrites about a
sixteenth of them. A commit that touches one file is that file's atomic rename; a commit that
touches several first writes a journal of its records (one atomic rename: the commit point),
then the files, then removes the journal. Opening a collection finishes any journal it finds.

A reader (``writable=False``: a CLI command while the window has the collection open, or a
collection on read-only media) takes no lock and writes nothing. It reads every file, then
checks that no file was replaced meanwhile (inode, size, modification time; retrying if one
was), and lays a journal it finds over what it read, in memory: it sees the state after one
commit, never half of a commit that spans several files.

Files that belong to the commit outside the catalogue (the operation log's entry) are written
under the same journal, so a kill at any moment leaves them and the catalogue consistent.
"""

import hashlib
import logging
import time
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import orjson
from tinydb import TinyDB
from tinydb.storages import Storage
from tinydb.table import Document, Table

from memoryapp.core.errors import (
    CollectionCorruptError,
    CollectionWriteError,
    ReadOnlyCollectionError,
    os_error_reason,
)
from memoryapp.core.gc_pause import paused_gc
from memoryapp.storage.atomic import atomic_write_bytes, one_flush, remove_file
from memoryapp.storage.layout import ITEM_SHARDS, CollectionPaths, item_shard

log = logging.getLogger(__name__)

Record = dict[str, Any]

# Which catalogue file holds each table (items are sharded by ID, see layout.item_shard).
_TABLE_FILES = {
    "people": "people",
    "places": "places",
    "films": "films",
    "scenes": "films",
    "links": "films",
    "containers": "places",  # Spectrum locations, beside the places
    "faces": "faces",
    "facescans": "faces",
    "segments": "segments",
}
TABLES: tuple[str, ...] = ("items", *_TABLE_FILES)


class _StrIdTable(Table):
    """A TinyDB table keyed by our own string IDs instead of TinyDB's integers."""

    document_id_class = str  # type: ignore[assignment]  # TinyDB's stubs say int; str works


# TinyDB's annotations assume integer ids; these few calls pass our string ids through.
def _has(table: Table, record_id: str) -> bool:
    return table.contains(doc_id=record_id)  # type: ignore[arg-type]


def _remove(table: Table, record_ids: list[str]) -> None:
    table.remove(doc_ids=record_ids)  # type: ignore[arg-type]


def _doc(record: Record, record_id: str) -> Document:
    return Document(record, doc_id=record_id)  # type: ignore[arg-type]


def _get(table: Table, record_id: str) -> Document | None:
    doc = table.get(doc_id=record_id)  # type: ignore[call-overload]
    return doc if isinstance(doc, Document) else None


class _StrIdDB(TinyDB):
    table_class = _StrIdTable


def _revision(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:32]


class _HeldStorage(Storage):
    """TinyDB storage read once from disk and written only when the catalogue commits.

    ``revision`` is a hash of the file's bytes as last read or written: derived data (the
    search index snapshot) records it to know whether it is still in step with the file.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        raw = path.read_bytes() if path.exists() else b""
        self.revision = _revision(raw)
        self._data: dict[str, dict[str, Any]] = _parse_json(path, raw) if raw else {}

    def read(self) -> dict[str, dict[str, Any]]:
        return self._data

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        self._data = data

    def save(self) -> None:
        data = dump_json(self._data)
        atomic_write_bytes(self.path, data)
        self.revision = _revision(data)


_DUMP_OPTIONS = orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS | orjson.OPT_APPEND_NEWLINE


def dump_json(data: object) -> bytes:
    """The catalogue's JSON form: UTF-8, sorted keys, one key per line.

    orjson (several times faster than the standard library at 100,000 items) writes the
    same JSON; records never hold NaN or infinities (the core refuses them).
    """
    return orjson.dumps(data, option=_DUMP_OPTIONS)


def _read_json(path: Path) -> dict[str, Any]:
    return _parse_json(path, path.read_bytes())


def _parse_json(path: Path, raw: bytes) -> dict[str, Any]:
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise CollectionCorruptError(path, f"not valid JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise CollectionCorruptError(path, "expected a JSON object")
    return data


def _discard(table: Table, record_id: str) -> None:
    if _has(table, record_id):
        _remove(table, [record_id])


def tables_in(name: str) -> tuple[str, ...]:
    """The tables a catalogue file holds records of (``items-3`` holds items)."""
    if name.startswith("items-"):
        return ("items",)
    return tuple(table for table, file in _TABLE_FILES.items() if file == name)


def _files_touched(upserts: Mapping[str, Any], deletes: Mapping[str, Any]) -> set[str]:
    """The catalogue files an operation's upserts and deletes write."""
    touched = {file_of(t, rid) for t, recs in upserts.items() for rid in recs}
    return touched | {file_of(t, rid) for t, ids in deletes.items() for rid in ids}


def file_of(table: str, record_id: str) -> str:
    """The catalogue file (without ``.json``) that holds a record."""
    return item_shard(record_id) if table == "items" else _TABLE_FILES[table]


_FILE_NAMES = [f"items-{i:x}" for i in range(ITEM_SHARDS)] + sorted(set(_TABLE_FILES.values()))
_READ_ATTEMPTS = 50  # a reader retries this often while a writer keeps replacing files

Signature = tuple[tuple[int, int, int] | None, ...]


class Catalogue:
    """All catalogue files of one collection, in memory, committed atomically.

    ``read_only`` (a reason, or ``""``) says why this catalogue may not commit: it was read as
    a consistent snapshot without the writer's lock (see the module docstring).
    """

    def __init__(self, paths: CollectionPaths, *, read_only: str = "") -> None:
        self._paths = paths
        self.read_only = read_only
        self._storages: dict[str, _HeldStorage] = {}
        self._dbs: dict[str, TinyDB] = {}
        if read_only:
            self._read_snapshot()
            return
        self._load()
        self._remove_stale_temp_files()
        if paths.journal.exists():
            self._finish_journal()

    def _load(self) -> None:
        with paused_gc():
            for name in _FILE_NAMES:
                storage = _HeldStorage(self._paths.catalogue_file(name))
                self._storages[name] = storage
                self._dbs[name] = _StrIdDB(storage=lambda s=storage: s)

    def _signature(self) -> Signature:
        """Which version of each catalogue file (and of the journal) is on disk now."""
        out: list[tuple[int, int, int] | None] = []
        for path in (*map(self._paths.catalogue_file, _FILE_NAMES), self._paths.journal):
            try:
                st = path.stat()
            except FileNotFoundError:
                out.append(None)
                continue
            out.append((st.st_ino, st.st_size, st.st_mtime_ns))
        return tuple(out)

    def _read_snapshot(self) -> None:
        """Read the files as one commit left them, without a lock and without writing."""
        for attempt in range(_READ_ATTEMPTS):
            before = self._signature()
            self._load()
            journal = _read_json(self._paths.journal) if before[-1] is not None else None
            if self._signature() == before:
                break
            time.sleep(0.002 * (attempt + 1))  # a writer is committing: read again
        else:
            raise ReadOnlyCollectionError(
                self._paths.root, "the collection kept changing while it was read; try again"
            )
        if journal is not None:  # a commit in flight (or cut by a crash): its records win
            upserts, deletes = _journal_records(journal)
            self._apply(upserts, deletes)
            for name in _files_touched(upserts, deletes):
                self._storages[name].revision = "journal"  # not the bytes on disk

    def _remove_stale_temp_files(self) -> None:
        """Temp files of writes a crash interrupted: never data, safe to drop under the lock.

        Media, thumbnails and embedded metadata sit one folder down (``media/ab/``); listing
        them costs about 0.1 s per 100,000 files, once per opening.
        """
        paths = self._paths
        patterns = [(folder, ".*.tmp") for folder in (paths.catalogue, paths.root, paths.cache)]
        patterns += [(folder, "*/.*.tmp") for folder in (paths.media, paths.thumbs, paths.embedded)]
        for folder, pattern in patterns:
            if folder.is_dir():
                for stale in folder.glob(pattern):
                    log.info("Removing %s, left by an interrupted write", stale)
                    stale.unlink(missing_ok=True)

    # -- reading ---------------------------------------------------------------------------

    def get(self, table: str, record_id: str) -> Record | None:
        """The raw record, or None."""
        doc = _get(self._table(table, record_id), record_id)
        return None if doc is None else dict(doc)

    def scan(self, table: str) -> Iterator[tuple[str, Mapping[str, Any]]]:
        """Every ``(id, raw record)`` of a table, read-only views."""
        for name in _files_of_table(table):
            yield from self._storages[name].read().get(table, {}).items()

    def revisions(self) -> dict[str, str]:
        """``{catalogue file: hash of its bytes}`` as last read or committed."""
        return {name: storage.revision for name, storage in self._storages.items()}

    def digests(self, name: str, table: str) -> dict[str, bytes]:
        """``{id: 8-byte digest of the record}`` for a table's records in one file.

        Equal records give equal digests in any process (sorted-key JSON, BLAKE2b), so
        derived data can tell which records changed since it was made.
        """
        return {
            rid: hashlib.blake2b(
                orjson.dumps(raw, option=orjson.OPT_SORT_KEYS), digest_size=8
            ).digest()
            for rid, raw in self._storages[name].read().get(table, {}).items()
        }

    def count(self, table: str) -> int:
        """How many records a table holds."""
        return sum(1 for _ in self.scan(table))

    # -- writing ---------------------------------------------------------------------------

    def commit(
        self,
        upserts: Mapping[str, Mapping[str, Record]],
        deletes: Mapping[str, frozenset[str] | set[str]] | None = None,
        files: Mapping[str, bytes] | None = None,
    ) -> None:
        """Apply one operation's records and make it durable with a single commit point.

        Args:
            upserts: ``{table: {id: raw record}}`` to insert or replace.
            deletes: ``{table: IDs}`` to remove.
            files: ``{collection-relative POSIX path: bytes}`` written with the records, under
                the same commit point (the operation log's entry).

        Raises:
            ReadOnlyCollectionError: this catalogue was opened read-only.
            CollectionWriteError: nothing was committed (e.g. the disk is full); memory is
                rolled back.
        """
        if self.read_only:
            raise ReadOnlyCollectionError(self._paths.root, self.read_only)
        deletes = deletes or {}
        files = files or {}
        if self._paths.journal.exists():
            try:
                self._finish_journal()
            except OSError as exc:
                raise write_error(self._paths.root, exc) from exc
        touched = _files_touched(upserts, deletes)
        if not touched:
            return
        before = self._snapshot(upserts, deletes)
        self._apply(upserts, deletes)
        try:
            if len(touched) + len(files) == 1:
                self._storages[next(iter(touched))].save()
                return
            journal = {
                "format": "memoryapp-journal",
                "upserts": upserts,
                "deletes": {t: sorted(ids) for t, ids in deletes.items()},
                "files": {rel: data.decode("utf-8") for rel, data in files.items()},
            }
            atomic_write_bytes(self._paths.journal, dump_json(journal))
        except OSError as exc:
            self._restore(before)
            raise write_error(self._paths.root, exc) from exc
        except BaseException:
            self._restore(before)
            raise
        try:  # the journal is durable: the operation is committed
            self._save_files(touched, files)
        except OSError as exc:  # the next commit, or the next opening, finishes it
            log.warning("Commit kept in %s, files not yet rewritten: %s", self._paths.journal, exc)

    def _save_files(self, touched: set[str], files: Mapping[str, bytes]) -> None:
        """Rewrite the catalogue files and the other files of a durable commit; end it.

        The files are flushed to disk together (one syncfs where Linux has it, not two fsyncs
        per file) before the journal goes: until then the journal can redo them.
        """
        with one_flush(self._paths.root):
            for name in sorted(touched):
                self._storages[name].save()
            self._write_files(files)
        remove_file(self._paths.journal)

    def settle(self) -> None:
        """Finish a commit whose journal is durable but whose files were not all written."""
        if self._paths.journal.exists():
            self._finish_journal()

    def save_all(self) -> None:
        """Write every catalogue file (used when a collection is created or migrated)."""
        for storage in self._storages.values():
            storage.save()

    # -- internals -------------------------------------------------------------------------

    def _table(self, table: str, record_id: str) -> Table:
        return self._dbs[file_of(table, record_id)].table(table)

    def _apply(
        self, upserts: Mapping[str, Mapping[str, Record]], deletes: Mapping[str, Any]
    ) -> None:
        by_table: dict[tuple[str, str], dict[str, Record]] = {}
        for table, records in upserts.items():
            for rid, rec in records.items():
                by_table.setdefault((file_of(table, rid), table), {})[rid] = rec
        for table, ids in deletes.items():
            for rid in ids:
                _discard(self._table(table, rid), rid)
        for (name, table), records in by_table.items():
            tbl = self._dbs[name].table(table)
            present = [rid for rid in records if _has(tbl, rid)]
            if present:
                _remove(tbl, present)
            tbl.insert_multiple(_doc(rec, rid) for rid, rec in records.items())

    def _snapshot(
        self, upserts: Mapping[str, Mapping[str, Record]], deletes: Mapping[str, Any]
    ) -> dict[tuple[str, str], Record | None]:
        keys = {(t, rid) for t, recs in upserts.items() for rid in recs}
        keys |= {(t, rid) for t, ids in deletes.items() for rid in ids}
        return {(t, rid): self.get(t, rid) for t, rid in keys}

    def _restore(self, before: Mapping[tuple[str, str], Record | None]) -> None:
        for (table, rid), rec in before.items():
            tbl = self._table(table, rid)
            _discard(tbl, rid)
            if rec is not None:
                tbl.insert(_doc(rec, rid))

    def _finish_journal(self) -> None:
        """Redo a commit that was interrupted after its journal became durable."""
        journal = _read_json(self._paths.journal)
        log.warning("Finishing an interrupted commit from %s", self._paths.journal)
        upserts, deletes = _journal_records(journal)
        self._apply(upserts, deletes)
        self._save_files(
            _files_touched(upserts, deletes),
            {rel: text.encode("utf-8") for rel, text in journal.get("files", {}).items()},
        )

    def _write_files(self, files: Mapping[str, bytes]) -> None:
        root = self._paths.root.resolve()
        for rel, data in files.items():
            path = self._paths.resolve(rel)
            if not path.resolve().is_relative_to(root) or ".." in rel.split("/"):
                raise CollectionCorruptError(self._paths.journal, f"names a file outside: {rel}")
            atomic_write_bytes(path, data)


def _journal_records(journal: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, set[str]]]:
    upserts = journal.get("upserts", {})
    deletes = {t: set(ids) for t, ids in journal.get("deletes", {}).items()}
    return upserts, deletes


def _files_of_table(table: str) -> list[str]:
    return [name for name in _FILE_NAMES if table in tables_in(name)]


def write_error(root: Path, exc: OSError) -> CollectionWriteError:
    """The one-line error for a write into the collection at ``root`` that failed."""
    return CollectionWriteError(
        root, f"{os_error_reason(exc)}; the change was not saved", exc.errno
    )


def read_records(paths: CollectionPaths, tables: Iterable[str]) -> dict[str, dict[str, Any]]:
    """The raw records of some tables of another collection, as one commit left them.

    Read like a reader beside a window (no lock, nothing written, a journal laid over).

    Raises:
        CollectionCorruptError: a catalogue file is not JSON.
        ReadOnlyCollectionError: a writer kept changing it while it was read.
    """
    catalogue = Catalogue(paths, read_only="read as a source")
    return {table: dict(catalogue.scan(table)) for table in tables}
