"""The TinyDB catalogue: shard files as the last compaction left them, plus a change log.

Each catalogue file is a TinyDB database (items spread over 16 files by ID) whose storage
(:class:`~memoryapp.storage.shard.ShardStorage`) holds the records in memory as compact
JSON bytes and reads the file only when a record in it is first needed, if the file is the
one compaction wrote (its stat or bytes as ``revisions.tokens`` recorded them); any other
file is read at opening and its records are checked then (:meth:`Catalogue.unverified`).
A commit is one line appended to ``catalogue/changes.log``
(:mod:`memoryapp.storage.changelog`): its
upserts, deletes and the files that belong to it (the operation log's entry). The fsync of
the log is the commit point; the attached files are written after it (the log can redo
them). So a commit writes what it changes, not whole files.

Opening replays the log over the files (in order; replaying twice gives the same records),
writes attached files that are missing or different, and cuts a torn last line off.
Compaction folds the log into the files: the files it touched are written and flushed
together, then ``revisions.tokens`` (each file's revision token, stat and hash, and which
log was folded), then the log is removed; it runs when the log passes
:data:`COMPACT_BYTES` and when a writer closes. A kill at any moment leaves a collection
that opens to the last acknowledged commit. A journal left by memoryapp before the log is finished on open.

A reader (``read_only``: a CLI command while the window has the collection open, or a
collection on read-only media) takes no lock and writes nothing. It reads every file, the
tokens and the log, then checks that no file was replaced meanwhile (inode, size,
modification time; retrying if one was), and replays the log in memory: it sees the state
after one commit, never half of one (a half-appended last line is ignored).
"""

import hashlib
import logging
import time
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from tinydb import TinyDB
from tinydb.table import Document, Table

from memoryapp.core.errors import (
    CollectionCorruptError,
    CollectionWriteError,
    ReadOnlyCollectionError,
    os_error_reason,
)
from memoryapp.core.gc_pause import paused_gc
from memoryapp.storage import changelog
from memoryapp.storage.atomic import (
    append_durable,
    atomic_write_bytes,
    make_durable,
    remove_file,
    truncate_file,
)
from memoryapp.storage.changelog import Compact, compact, parse_object
from memoryapp.storage.layout import ITEM_SHARDS, CollectionPaths, item_shard
from memoryapp.storage.revisions import (
    Recorded,
    Revision,
    Stat,
    chain,
    content_hash,
    read_revisions,
    stat_of,
    stat_token,
    write_revisions,
)
from memoryapp.storage.shard import ShardStorage, decode, dump_shard

log = logging.getLogger(__name__)

#: Below this many bytes, files read and checked at opening are checked again at the next
#: opening (milliseconds); above, a writer records them when it closes, even without a commit.
RECHECK_FREE_BYTES = 1 << 20

Record = dict[str, Any]

COMPACT_BYTES = 32 * 1024 * 1024  # a log past this size is folded into the files

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


def _get(table: Table, record_id: str) -> Document | None:
    doc = table.get(doc_id=record_id)  # type: ignore[call-overload]
    return doc if isinstance(doc, Document) else None


class _StrIdDB(TinyDB):
    table_class = _StrIdTable


def _read_json(path: Path) -> dict[str, Any]:
    return parse_object(path, path.read_bytes())


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

Signature = tuple[Stat | int, ...]


class Catalogue:
    """All catalogue files of one collection, in memory, each commit one append to the log.

    ``read_only`` (a reason, or ``""``) says why this catalogue may not commit: it was read as
    a consistent snapshot without the writer's lock (see the module docstring).
    """

    def __init__(self, paths: CollectionPaths, *, read_only: str = "") -> None:
        self._paths = paths
        self.read_only = read_only
        self._shards: dict[str, ShardStorage] = {}
        self._dbs: dict[str, TinyDB] = {}
        self._recorded = Recorded()
        self._tokens: dict[str, str] = {}
        self._stats: dict[str, Stat] = {}  # each file's stat as its token was taken
        self._log_id = ""
        self._log_end = 0  # bytes of the log that hold whole commits
        self._dirty: set[str] = set()  # files the log changed since the last compaction
        self._unflushed: list[Path] = []  # attached files written since, not yet flushed
        self._unwritten: dict[str, bytes] = {}  # attached files whose write failed
        self._restat: set[str] = set()  # files known by their bytes, their stat not recorded
        self._unverified: list[str] = []  # files read at opening whose records are unchecked
        self._unverified_bytes = 0
        if read_only:
            self._read_snapshot()
            return
        self._open_files()
        self._remove_stale_temp_files()
        contents = changelog.read_log(paths.changes)
        if contents is not None:
            self._replay(contents, write_files=True)
            if contents.size != contents.end:
                log.warning("Dropping the torn end of %s", paths.changes)
                truncate_file(paths.changes, contents.end)
        if paths.journal.exists():
            self._finish_journal()

    def _open_files(self) -> None:
        """Take each file's token and stat; read now only the files this code did not write.

        A file whose stat matches what compaction recorded is read when a record in it is
        first needed. Any other file (edited or replaced from outside, copied, or never
        recorded) is read now, so damage is found at opening: its records are to be checked
        (:meth:`unverified`) unless its bytes are those compaction wrote. A recorded file
        that is gone is damage.

        Raises:
            CollectionCorruptError: a file is missing or is not a TinyDB catalogue file.
        """
        self._recorded = read_revisions(self._paths.revisions)
        self._unverified = []
        self._unverified_bytes = 0
        for name in _FILE_NAMES:
            path = self._paths.catalogue_file(name)
            stat = stat_of(path)
            known = self._recorded.files.get(name)
            raw = None
            if known is not None and known.stat == stat:
                token, trusted = known.token, True
            elif stat is None:
                if known is not None:  # compaction wrote it; gone since
                    raise CollectionCorruptError(path, "the file is missing")
                token, trusted, raw = stat_token(stat), False, b""
            else:
                raw = path.read_bytes()  # copied, or changed: the same bytes keep the token
                if known is not None and known.content and content_hash(raw) == known.content:
                    token, trusted = known.token, True
                    self._restat.add(name)
                else:
                    token, trusted = stat_token(stat), False
                    self._unverified.append(name)
                    self._unverified_bytes += len(raw)
                    if known is not None:
                        log.warning("%s changed since memoryapp wrote it: checking it", path)
            self._shards[name] = storage = ShardStorage(path, trusted=trusted, raw=raw)
            self._dbs[name] = _StrIdDB(storage=lambda s=storage: s)
            self._tokens[name] = token
            self._stats[name] = stat

    def unverified(self) -> Iterator[tuple[Path, str, str, bytes]]:
        """``(file, table, id, compact record)`` of the files read and not yet checked.

        They were read at opening because this code had not written them as they are now
        (see :meth:`_open_files`): the repository decodes each record once.
        """
        for name in self._unverified:
            storage = self._shards[name]
            for table, records in storage.tables().items():
                for rid, raw in records.items():
                    yield storage.path, table, rid, raw

    def altered(self) -> list[Path]:
        """The files whose stat is the one compaction recorded but whose bytes are not.

        They were trusted (read lazily, split by lines): a disk changed them without the
        system noticing. Reads every such file (for ``check``); a file replaced since this
        catalogue was read (its stat changed: a writer compacted) is not counted.
        """
        found = []
        for name, storage in self._shards.items():
            known = self._recorded.files.get(name)
            if known is None or not known.content or known.stat is None:
                continue
            try:
                raw = storage.path.read_bytes()
            except FileNotFoundError:
                continue
            if content_hash(raw) != known.content and stat_of(storage.path) == known.stat:
                found.append(storage.path)
        return found

    def _replay(self, contents: changelog.LogContents, *, write_files: bool) -> None:
        """Lay the log's commits over the files (those a compaction already folded skipped)."""
        self._log_id, self._log_end = contents.log_id, contents.end
        folded = contents.log_id == self._recorded.folded_log
        for entry in contents.entries:
            if folded and entry.end <= self._recorded.folded_bytes:
                continue
            deletes = {t: set(ids) for t, ids in entry.deletes.items()}
            self._apply(entry.upserts, deletes)
            self._logged(entry.checksum, entry.upserts, deletes)
            if write_files:
                self._rewrite_files(entry.files)

    def _signature(self) -> Signature:
        """Which version of each catalogue file (and of the tokens and journal) is on disk now."""
        paths = self._paths
        stats: list[Stat | int] = [
            stat_of(path)
            for path in (*map(paths.catalogue_file, _FILE_NAMES), paths.revisions, paths.journal)
        ]
        log_stat = stat_of(paths.changes)
        stats.append(-1 if log_stat is None else log_stat[0])  # appends are read as they are
        return tuple(stats)

    def _read_snapshot(self) -> None:
        """Read the files as commits left them, without a lock and without writing."""
        for attempt in range(_READ_ATTEMPTS):
            before = self._signature()
            self._open_files()
            with paused_gc():
                for storage in self._shards.values():
                    storage.tables()
            contents = changelog.read_log(self._paths.changes)
            journal = _read_json(self._paths.journal) if before[-2] is not None else None
            if self._signature() == before:
                break
            time.sleep(0.002 * (attempt + 1))  # a writer is compacting: read again
        else:
            raise ReadOnlyCollectionError(
                self._paths.root, "the collection kept changing while it was read; try again"
            )
        if contents is not None:
            self._replay(contents, write_files=False)
        if journal is not None:  # a commit of an older memoryapp in flight: its records win
            upserts, deletes = _journal_records(journal)
            self._apply(_encode(upserts), deletes)
            for name in _files_touched(upserts, deletes):
                self._tokens[name] = "journal"  # not the records on disk

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
        """The raw record, or None (read through TinyDB)."""
        name = file_of(table, record_id)
        doc = _get(self._dbs[name].table(table), record_id)
        return None if doc is None else dict(doc)

    def scan(self, table: str) -> Iterator[tuple[str, Mapping[str, Any]]]:
        """Every ``(id, raw record)`` of a table, decoded as reached."""
        for name in _files_of_table(table):
            storage = self._shards[name]
            for rid, raw in storage.tables().get(table, {}).items():
                yield rid, decode(storage.path, raw)

    def scan_later(self, table: str) -> "Scan":
        """Like :meth:`scan`, over the records as they are now, decoded only as reached.

        Taking them holds only references to their compact bytes, so a pass may run after
        later commits (and without the caller's lock) at no cost in memory.
        """
        return Scan(
            [
                (storage.path, records)
                for storage in map(self._shards.__getitem__, _files_of_table(table))
                if (records := list(storage.tables().get(table, {}).items()))
            ]
        )

    def revisions(self) -> dict[str, str]:
        """``{catalogue file: revision token}``, read from no file.

        A token changes exactly when the file's records change (``storage/revisions.py``).
        """
        return dict(self._tokens)

    def digests(self, name: str, table: str) -> dict[str, bytes]:
        """``{id: 8-byte digest of the record}`` for a table's records in one file.

        Equal records give equal digests in any process (BLAKE2b of the compact JSON with
        sorted keys), so derived data can tell which records changed since it was made.
        """
        return {
            rid: hashlib.blake2b(raw, digest_size=8).digest()
            for rid, raw in self._shards[name].tables().get(table, {}).items()
        }

    def count(self, table: str) -> int:
        """How many records a table holds."""
        return sum(len(self._shards[n].tables().get(table, {})) for n in _files_of_table(table))

    # -- writing ---------------------------------------------------------------------------

    def commit(
        self,
        upserts: Mapping[str, Mapping[str, Record]],
        deletes: Mapping[str, frozenset[str] | set[str]] | None = None,
        files: Mapping[str, bytes] | None = None,
    ) -> None:
        """Apply one operation's records and make it durable with one append to the log.

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
        try:
            self.settle()
        except OSError as exc:
            raise write_error(self._paths.root, exc) from exc
        deletes = deletes or {}
        if not _files_touched(upserts, deletes):
            return
        self._commit(_encode(upserts), {t: set(ids) for t, ids in deletes.items()}, files or {})

    def _commit(
        self, upserts: Compact, deletes: dict[str, set[str]], files: Mapping[str, bytes]
    ) -> None:
        for rel in files:
            self._resolve(rel)  # refuse a path outside before anything is written
        checksum, line = changelog.encode_entry(
            upserts, {t: sorted(ids) for t, ids in deletes.items()}, files
        )
        before = self._snapshot(upserts, deletes)
        self._apply(upserts, deletes)
        log_id = self._log_id
        try:
            if not log_id:
                log_id, head = changelog.header()
                line = head + line
            self._log_end = append_durable(self._paths.changes, line, self._log_end)
            self._log_id = log_id
        except OSError as exc:
            self._restore(before)
            raise write_error(self._paths.root, exc) from exc
        except BaseException:
            self._restore(before)
            raise
        self._logged(checksum, upserts, deletes)
        try:  # the commit is durable; the log can redo these
            self._write_files(files)
        except OSError as exc:
            log.warning("Commit kept in %s, files not yet written: %s", self._paths.changes, exc)
        if self._log_end > COMPACT_BYTES:
            try:
                self.compact()
            except OSError as exc:
                log.warning("Could not fold %s into the catalogue: %s", self._paths.changes, exc)

    def _logged(self, checksum: str, upserts: Compact, deletes: Mapping[str, set[str]]) -> None:
        """Move the tokens of the files a commit touched on; they are to be compacted."""
        for name in _files_touched(upserts, deletes):
            self._tokens[name] = chain(self._tokens[name], checksum)
            self._dirty.add(name)

    def settle(self) -> None:
        """Finish what an earlier commit left after its commit point.

        That is a journal of an older memoryapp, or attached files whose write failed.

        Raises:
            OSError: it still cannot be written.
        """
        if self._paths.journal.exists():
            self._finish_journal()
        if self._unwritten:
            self._write_files(dict(self._unwritten))

    def save_all(self) -> None:
        """Write every catalogue file (a new collection, a migration) and fold the log."""
        for storage in self._shards.values():
            storage.tables()
        self._dirty.update(self._shards)
        self.compact()

    def compact(self) -> None:
        """Fold the log into the catalogue files.

        The files it changed are written and flushed together, then the tokens, then the
        log is removed: a kill at any moment loses no commit. Files read in full because
        this code had not written them as they are (an older memoryapp's, a copy without
        tokens, a file edited from outside: read and checked at opening) are written in its
        form too, with the same token, so later openings need not read them at once (at
        the close of a writer that changed nothing, too).
        """
        # files checked at opening are recorded even without a commit, where checking them
        # again at each opening would cost time (a small catalogue is left as it is)
        recheck = bool(self._unverified) and self._unverified_bytes >= RECHECK_FREE_BYTES
        waiting = self._dirty or self._restat or recheck
        if self.read_only or not (waiting or self._paths.changes.exists()):
            return
        written: dict[str, str] = {}  # file: content hash
        unknown = {
            n for n, storage in self._shards.items() if storage.loaded and not storage.trusted
        }
        for name in sorted(self._dirty | unknown):  # read in full once: kept in the fast form
            storage = self._shards[name]
            data = dump_shard(storage.tables())
            atomic_write_bytes(storage.path, data, durable=False)
            written[name] = content_hash(data)
        make_durable(self._paths.root, [*(self._shards[n].path for n in written), *self._unflushed])
        files: dict[str, Revision] = {}
        for name in _FILE_NAMES:
            storage = self._shards[name]
            if name in written:
                self._stats[name] = stat_of(storage.path)
                storage.trusted = True
            elif name in self._restat:
                self._stats[name] = stat_of(storage.path)
            if storage.trusted:  # a file never trusted keeps the token its stat gives
                known = self._recorded.files.get(name)
                content = written.get(name) or (known.content if known else "")
                files[name] = Revision(self._tokens[name], self._stats[name], content)
        recorded = Recorded(files, self._log_id, self._log_end)
        write_revisions(self._paths.revisions, recorded)
        self._recorded = recorded
        remove_file(self._paths.changes)
        self._log_id, self._log_end = "", 0
        self._dirty.clear()
        self._unflushed.clear()
        self._restat.clear()
        self._unverified.clear()
        self._unverified_bytes = 0

    def close(self) -> None:
        """Fold the log into the files (a writer that closes leaves no log behind).

        A compaction that fails (a full disk) is logged: the log keeps every commit.
        """
        if self.read_only:
            return
        try:
            self.settle()
            self.compact()
        except OSError as exc:
            log.warning("Could not fold %s into the catalogue: %s", self._paths.changes, exc)

    # -- internals -------------------------------------------------------------------------

    def _apply(self, upserts: Compact, deletes: Mapping[str, Iterable[str]]) -> None:
        for table, ids in deletes.items():
            for rid in ids:
                self._shards[file_of(table, rid)].apply(table, rid, None)
        for table, records in upserts.items():
            for rid, raw in records.items():
                self._shards[file_of(table, rid)].apply(table, rid, raw)

    def _snapshot(
        self, upserts: Compact, deletes: Mapping[str, Iterable[str]]
    ) -> dict[tuple[str, str], bytes | None]:
        keys = {(t, rid) for t, recs in upserts.items() for rid in recs}
        keys |= {(t, rid) for t, ids in deletes.items() for rid in ids}
        return {(t, rid): self._shards[file_of(t, rid)].get(t, rid) for t, rid in keys}

    def _restore(self, before: Mapping[tuple[str, str], bytes | None]) -> None:
        for (table, rid), raw in before.items():
            self._shards[file_of(table, rid)].apply(table, rid, raw)

    def _finish_journal(self) -> None:
        """Commit again, to the log, what an older memoryapp's interrupted commit journaled."""
        journal = _read_json(self._paths.journal)
        log.warning("Finishing an interrupted commit from %s", self._paths.journal)
        upserts, deletes = _journal_records(journal)
        files = {rel: text.encode("utf-8") for rel, text in journal.get("files", {}).items()}
        if _files_touched(upserts, deletes) or files:
            self._commit(_encode(upserts), deletes, files)
        remove_file(self._paths.journal)

    def _resolve(self, rel: str) -> Path:
        path = self._paths.resolve(rel)
        if not path.resolve().is_relative_to(self._paths.root.resolve()) or ".." in rel.split("/"):
            raise CollectionCorruptError(self._paths.changes, f"names a file outside: {rel}")
        return path

    def _write_files(self, files: Mapping[str, bytes]) -> None:
        """Write a commit's attached files (flushed by the next compaction)."""
        self._unwritten.update(files)
        for rel, data in files.items():
            path = self._resolve(rel)
            atomic_write_bytes(path, data, durable=False)
            self._unflushed.append(path)
            del self._unwritten[rel]

    def _rewrite_files(self, files: Mapping[str, bytes]) -> None:
        """Write again the attached files of a logged commit that are missing or different."""
        for rel, data in files.items():
            path = self._resolve(rel)
            try:
                same = path.read_bytes() == data
            except OSError:
                same = False
            if same:  # maybe not yet on disk: flushed with the next compaction
                self._unflushed.append(path)
            else:
                log.warning("Writing %s again from %s", path, self._paths.changes)
                try:
                    self._write_files({rel: data})
                except OSError as exc:  # kept for settle()
                    log.warning("Could not write %s: %s", path, exc)


def _encode(upserts: Mapping[str, Mapping[str, Record]]) -> Compact:
    return {
        table: {rid: compact(rec) for rid, rec in recs.items()} for table, recs in upserts.items()
    }


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

    Read like a reader beside a window (no lock, nothing written, the log laid over).

    Raises:
        CollectionCorruptError: a catalogue file is not JSON.
        ReadOnlyCollectionError: a writer kept changing it while it was read.
    """
    catalogue = Catalogue(paths, read_only="read as a source")
    return {table: dict(catalogue.scan(table)) for table in tables}


class Scan:
    """Records taken at one moment, each decoded from its compact bytes only as reached.

    Iterable (``(id, raw record)``), counted, and cut into consecutive parts that can be
    read apart (a process describing one part decodes only its records).
    """

    __slots__ = ("_count", "_taken")

    def __init__(self, taken: list[tuple[Path, list[tuple[str, bytes]]]]) -> None:
        self._taken = taken
        self._count = sum(len(records) for _, records in taken)

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[tuple[str, Mapping[str, Any]]]:
        return self.part(0, self._count)

    def cut(self, start: int, stop: int) -> "Scan":
        """The ``start``-th to before the ``stop``-th records, still compact (to send apart)."""
        return Scan([(path, records) for path, records in self._slices(start, stop) if records])

    def __reduce__(self) -> tuple[type["Scan"], tuple[Any, ...]]:
        return Scan, (self._taken,)

    def part(self, start: int, stop: int) -> Iterator[tuple[str, Mapping[str, Any]]]:
        """The records from the ``start``-th to before the ``stop``-th, in the scan's order."""
        for path, records in self._slices(start, stop):
            for rid, raw in records:
                yield rid, decode(path, raw)

    def _slices(self, start: int, stop: int) -> Iterator[tuple[Path, list[tuple[str, bytes]]]]:
        """Each file's records from the ``start``-th to before the ``stop``-th of the scan."""
        first = 0
        for path, records in self._taken:
            if first >= stop:
                return
            low, high = max(start - first, 0), stop - first
            first += len(records)
            yield path, records[low:high]
