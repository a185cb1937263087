"""Typed access to a collection's catalogue: records in, records out, one commit per operation."""

import contextlib
import logging
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from memoryapp.core.errors import CollectionCorruptError, NotFoundError
from memoryapp.core.faces import Face, FaceScan
from memoryapp.core.films import Film, Scene, SceneLink
from memoryapp.core.gc_pause import paused_gc
from memoryapp.core.items import Item
from memoryapp.core.people import Person
from memoryapp.core.places import Place
from memoryapp.core.prints import Container
from memoryapp.core.segments import Segment
from memoryapp.storage.catalogue import TABLES, Catalogue, Scan, file_of, tables_in
from memoryapp.storage.layout import CollectionPaths
from memoryapp.storage.serialize import RECORD_TYPES, from_dict, keep_unknown, to_dict
from memoryapp.storage.shard import decode

log = logging.getLogger(__name__)

R = TypeVar("R")
AnyRecord = Item | Person | Place | Film | Scene | SceneLink | Container | Face | FaceScan | Segment

TABLE_OF: dict[type[Any], str] = {cls: table for table, cls in RECORD_TYPES.items()}

_KIND = {
    "items": "item",
    "people": "person",
    "places": "place",
    "films": "film",
    "scenes": "scene",
    "links": "scene link",
    "containers": "container",
    "faces": "face",
    "facescans": "face scan",
    "segments": "segment",
}


_UNREADABLE = (ValueError, TypeError, KeyError, AttributeError)  # what from_dict raises on junk

_LOG_LIMIT = 200_000  # record IDs the change log keeps; older commits are forgotten


@dataclass(frozen=True, slots=True)
class Feed:
    """What was committed since a mark, from :meth:`Repository.changes_since`.

    Attributes:
        mark: pass it to the next call to get only what comes after.
        written: ``{table: IDs}`` upserted or deleted since the mark asked for, or None when
            the log does not reach back that far (or no mark was given): read everything.
        revisions: ``{catalogue file: revision token}`` now (see ``Catalogue.revisions``).
    """

    mark: int
    written: dict[str, set[str]] | None
    revisions: dict[str, str]


@dataclass(frozen=True, slots=True)
class Drift:
    """How the catalogue differs from an earlier state, known by that state's revisions.

    Derived data (the search index snapshot) keeps the revisions it was made from and asks
    what to do again, without knowing how the catalogue is split into files.

    Attributes:
        parts: names of the catalogue's parts that changed (for reports and tests).
        tables: the tables with records in those parts.
        item_digests: ``{item id: digest}`` of every item those parts hold now.
    """

    parts: tuple[str, ...]
    tables: frozenset[str]
    item_digests: dict[str, bytes]
    item_parts: frozenset[str]

    def holds_item(self, item_id: str) -> bool:
        """Whether the item, if it existed, would be in a changed part (so gone if absent)."""
        return file_of("items", item_id) in self.item_parts


@dataclass
class _Pending:
    upserts: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)
    deletes: dict[str, set[str]] = field(default_factory=dict)
    decoded: dict[str, dict[str, Any]] = field(default_factory=dict)
    files: dict[str, bytes] = field(default_factory=dict)


class Repository:
    """All records of one collection, decoded on demand and cached.

    The cache holds the records read; a record written is cached only when its whole table
    was read (:meth:`all`), else decoded again when it is next read.

    Writes are grouped with :meth:`transaction`; each outermost transaction is one commit.
    Not thread-safe: the library serialises access.
    """

    def __init__(self, paths: CollectionPaths, *, read_only: str = "") -> None:
        self.paths = paths
        self._catalogue = Catalogue(paths, read_only=read_only)
        for path, table, rid, raw in self._catalogue.unverified():  # changed from outside
            if table in RECORD_TYPES:  # a table of a newer memoryapp is kept, not read
                try:
                    from_dict(RECORD_TYPES[table], rid, decode(path, raw))
                except _UNREADABLE as exc:
                    raise _unreadable(path, table, rid, exc) from exc
        self._cache: dict[str, dict[str, Any]] = {t: {} for t in TABLES}
        self._complete: set[str] = set()
        self._pending: _Pending | None = None
        self._commits = 0
        self._log: deque[tuple[int, str, frozenset[str]]] = deque()  # (commit, table, IDs)
        self._logged = 0  # IDs in the log
        self._forgotten = 0  # the log holds every commit after this one

    @property
    def root(self) -> Path:
        """The collection folder."""
        return self.paths.root

    def save_all(self) -> None:
        """Write every catalogue file (new collection)."""
        self._catalogue.save_all()

    # -- reading ---------------------------------------------------------------------------

    def get(self, cls: type[R], record_id: str) -> R:
        """The record of type ``cls`` with this ID.

        Raises:
            NotFoundError: there is none.
        """
        record = self.find(cls, record_id)
        if record is None:
            raise NotFoundError(_KIND[TABLE_OF[cls]], record_id)
        return record

    def find(self, cls: type[R], record_id: str) -> R | None:
        """The record with this ID, or None."""
        table = TABLE_OF[cls]
        cached = self._cache[table].get(record_id)
        if cached is not None:
            return cached  # type: ignore[no-any-return]
        if table in self._complete:
            return None
        raw = self._catalogue.get(table, record_id)
        if raw is None:
            return None
        record = self._decode(cls, table, record_id, raw)
        self._cache[table][record_id] = record
        return record

    def all(self, cls: type[R]) -> list[R]:
        """Every record of a type, in catalogue order."""
        table = TABLE_OF[cls]
        if table not in self._complete:
            cache = self._cache[table]
            with paused_gc():
                for rid, raw in self._catalogue.scan(table):
                    if rid not in cache:
                        cache[rid] = self._decode(cls, table, rid, raw)
            self._complete.add(table)
        return list(self._cache[table].values())

    def each(self, cls: type[R]) -> Iterator[R]:
        """Every record of a type, decoded as it is reached and not kept in the cache.

        For one pass over a large table (indexing it) without holding all of it decoded.
        The set of records is taken now; the iterator may be used after the lock is let go.
        """
        table = TABLE_OF[cls]
        cache = self._cache[table]
        if table in self._complete:
            return iter(list(cache.values()))
        pairs = self._catalogue.scan_later(table)
        return (cache.get(rid) or self._decode(cls, table, rid, raw) for rid, raw in pairs)

    def verify(self) -> None:
        """Decode every record of every table (kept), and compare each file with what was written.

        For ``check``: a record that does not decode, or a file whose bytes changed though
        its stat did not (a failing disk), is damage.

        Raises:
            CollectionCorruptError: the first damage found (naming the file).
        """
        for path in self._catalogue.altered():
            raise CollectionCorruptError(
                path, "its bytes are not those memoryapp wrote, though its size and date are"
            )
        for cls in RECORD_TYPES.values():
            self.all(cls)

    def _decode(self, cls: type[R], table: str, record_id: str, raw: Mapping[str, Any]) -> R:
        try:
            return from_dict(cls, record_id, raw)
        except _UNREADABLE as exc:
            path = self.paths.catalogue_file(file_of(table, record_id))
            raise _unreadable(path, table, record_id, exc) from exc

    def records(self, cls: type[Any]) -> Scan:
        """Every record of a type as stored, ``(id, raw record)``: read-only, not decoded.

        For one fast pass over a large table (the search index build); ``from_dict`` makes a
        record of one. The set of records is taken now and each is read from its compact
        form as it is reached, so the pass never holds the whole table as dicts; it can be
        read in consecutive parts (:meth:`Scan.part`).
        """
        return self._catalogue.scan_later(TABLE_OF[cls])

    def digests(self, cls: type[Any]) -> dict[str, bytes]:
        """``{id: digest}`` of every record of a type (``Catalogue.digests``)."""
        table = TABLE_OF[cls]
        found: dict[str, bytes] = {}
        for name in self._catalogue.revisions():
            if table in tables_in(name):
                found.update(self._catalogue.digests(name, table))
        return found

    def drift(self, revisions: dict[str, str]) -> Drift:
        """What changed since the catalogue had ``revisions`` (from ``Feed.revisions``)."""
        parts = sorted(
            name for name, rev in self._catalogue.revisions().items() if revisions.get(name) != rev
        )
        tables = frozenset(table for name in parts for table in tables_in(name))
        item_parts = frozenset(name for name in parts if "items" in tables_in(name))
        digests: dict[str, bytes] = {}
        for name in sorted(item_parts):
            digests.update(self._catalogue.digests(name, "items"))
        return Drift(tuple(parts), tables, digests, item_parts)

    def changes_since(self, mark: int | None) -> Feed:
        """Every record committed after ``mark`` (None: no mark yet), and the revisions now."""
        revisions = self._catalogue.revisions()
        if mark is None or mark < self._forgotten or mark > self._commits:
            return Feed(self._commits, None, revisions)
        written: dict[str, set[str]] = {}
        for commit, table, ids in reversed(self._log):
            if commit <= mark:
                break
            written.setdefault(table, set()).update(ids)
        return Feed(self._commits, written, revisions)

    def count(self, cls: type[Any]) -> int:
        """How many records of a type there are."""
        table = TABLE_OF[cls]
        if table in self._complete:
            return len(self._cache[table])
        return self._catalogue.count(table)

    # -- writing ---------------------------------------------------------------------------

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """Group writes into one commit; nested transactions join the outermost one.

        If the block raises, nothing is written and the cache is unchanged.
        """
        if self._pending is not None:
            yield
            return
        self._pending = _Pending()
        try:
            yield
            pending = self._pending
        finally:
            self._pending = None
        self._commit(pending)

    def put(self, *records: AnyRecord) -> None:
        """Insert or replace records."""
        self.put_many(records)

    def put_many(self, records: Iterable[AnyRecord]) -> None:
        """Insert or replace many records (one commit unless inside a transaction)."""
        with self.transaction():
            pending = self._pending
            assert pending is not None
            for record in records:
                table = TABLE_OF[type(record)]
                data = to_dict(record)
                stored = self._catalogue.get(table, record.id)
                if stored:  # keep what a newer memoryapp wrote and this one does not know
                    data = keep_unknown(type(record), data, stored)
                pending.upserts.setdefault(table, {})[record.id] = data
                pending.decoded.setdefault(table, {})[record.id] = record
                pending.deletes.get(table, set()).discard(record.id)

    def delete(self, cls: type[Any], *record_ids: str) -> None:
        """Remove records by ID (missing IDs are ignored)."""
        table = TABLE_OF[cls]
        with self.transaction():
            pending = self._pending
            assert pending is not None
            for rid in record_ids:
                pending.deletes.setdefault(table, set()).add(rid)
                pending.upserts.get(table, {}).pop(rid, None)
                pending.decoded.get(table, {}).pop(rid, None)

    def close(self) -> None:
        """Fold the catalogue's change log into its files (``Catalogue.close``)."""
        self._catalogue.close()

    def settle(self) -> None:
        """Finish an earlier commit that failed after its commit point (``Catalogue.settle``)."""
        self._catalogue.settle()

    def attach(self, relative: str, data: bytes) -> None:
        """Write a file (collection-relative POSIX path) with the transaction's commit.

        Raises:
            RuntimeError: called outside :meth:`transaction`.
        """
        if self._pending is None:
            raise RuntimeError("attach() needs a transaction")
        self._pending.files[relative] = data

    def _commit(self, pending: _Pending) -> None:
        try:
            self._catalogue.commit(pending.upserts, pending.deletes, pending.files)
        except BaseException:
            # committed or rolled back: the catalogue's memory says which; decode from it again
            for table in {*pending.upserts, *pending.deletes}:
                for rid in [*pending.upserts.get(table, ()), *pending.deletes.get(table, ())]:
                    self._cache[table].pop(rid, None)
                self._complete.discard(table)
            raise
        self._commits += 1
        for table in {*pending.upserts, *pending.deletes}:
            written = frozenset([*pending.upserts.get(table, ()), *pending.deletes.get(table, ())])
            if written:
                self._log.append((self._commits, table, written))
                self._logged += len(written)
        while self._logged > _LOG_LIMIT:
            commit, _table, forgotten = self._log.popleft()
            self._logged -= len(forgotten)
            self._forgotten = commit
        for table, ids in pending.deletes.items():
            for rid in ids:
                self._cache[table].pop(rid, None)
        for table, records in pending.decoded.items():
            cache = self._cache[table]
            if table in self._complete:  # all() answers from the cache: it must hold them
                cache.update(records)
            else:  # decoded again when read: a long import does not hold every item it wrote
                for rid in records:
                    cache.pop(rid, None)


def _unreadable(path: Path, table: str, record_id: str, exc: Exception) -> CollectionCorruptError:
    """The one-sentence error for a stored record that does not decode, naming its file."""
    return CollectionCorruptError(path, f"the {_KIND[table]} {record_id} cannot be read: {exc}")
