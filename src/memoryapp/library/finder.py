"""Finder: search over an open library, kept in step with its changes.

The index is loaded from the collection's snapshot (``cache/search-index``) when there is one
made by this code; the library says what changed in the catalogue since the revisions the
snapshot was made from (``Library.catalogue_drift``), and the items whose records changed
(their digests differ) are indexed again. Otherwise the index is built
from every record. Then :meth:`Finder.refresh` catches up with every commit since the last
call, whoever made it: only changed items are indexed again, and the name tables are rebuilt
when people, places or films changed. :meth:`Finder.save` writes the snapshot when the index
changed (call it when the work is done, before closing the library). The language is in
``docs/search.md``.

Every writer keeps the snapshot in step (:func:`keep_index`, which ``Library`` calls after
each import batch and when it closes): what was committed since is appended to the snapshot's
log as the IDs of the records written, and the next :class:`Finder` indexes those again when
it loads the snapshot. When the log grows long, the whole snapshot is written again.

Example::

    finder = Finder(library)
    result = finder.search('place:Tinghir date:1950..1959 -is:private')
    model.set_ids(result.ids)
    facets = finder.facets(result)
    ...
    library.apply(edit_items([item], title="Wedding in Tinghir"))
    finder.refresh()
    ...
    finder.save()
    library.close()
"""

import hashlib
import logging
import os
import secrets
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, Literal

from memoryapp.core.changes import Changes
from memoryapp.core.errors import NotFoundError
from memoryapp.core.faces import count_faces, item_of_face
from memoryapp.core.gc_pause import paused_gc
from memoryapp.core.ids import ItemId
from memoryapp.core.items import Item
from memoryapp.library.describing import BuildProgress, describe_in_parts
from memoryapp.library.library import Library
from memoryapp.search import snapshot
from memoryapp.search.engine import SearchResult, run_query
from memoryapp.search.entries import FLAG, TRASHED, fold_text
from memoryapp.search.facets import Facets, count_facets
from memoryapp.search.index import SearchIndex
from memoryapp.storage.atomic import atomic_write_chunks
from memoryapp.storage.repository import Drift, Feed

log = logging.getLogger(__name__)

__all__ = ["BuildProgress", "CompletionKind", "Finder", "keep_index"]

CompletionKind = Literal["person", "place", "tag"]

_REBUILD_SHARE = 4  # re-index everything when over a quarter of the items changed
_REBUILD_MIN = 5000
_NO_DIGEST = bytes(8)  # matches no record: the item is indexed again
_LOG_LIMIT = 1000  # record IDs a snapshot's log may hold before the snapshot is written whole
_KEEP_BUILD_MAX = 2000  # a writer builds a missing snapshot only for a collection this small

"""Told ``(done, total)``: items indexed so far and items in all."""


class Finder:
    """Search, facets and completion over one open :class:`Library`.

    Calls are serialised by an internal lock, so a worker thread may :meth:`refresh`
    while the GUI thread searches.
    """

    def __init__(
        self,
        library: Library,
        *,
        use_snapshot: bool = True,
        progress: BuildProgress | None = None,
    ) -> None:
        """Load the index snapshot, or index every record of ``library``.

        At 100,000 items loading takes well under a second and building about 7 s
        (``bench/search_bench.py``); run it on the collection worker. Nothing is written:
        call :meth:`save` when the answers the user waits for are given.

        Args:
            library: the open collection.
            use_snapshot: read and write ``cache/search-index`` (False: build in memory only).
            progress: told ``(items indexed, items in all)`` as a build goes (not called when
                the snapshot is loaded).
        """
        self._library = library
        self._index = SearchIndex()
        self._mutex = threading.RLock()
        self._mark: int | None = None  # the library's change mark the index is in step with
        self._revisions: dict[str, str] = {}  # and the catalogue revisions at that mark
        self._unsaved = False
        self._use_snapshot = use_snapshot
        self._saved: Feed | None = None  # the library's mark and revisions the file is in step with
        self._chain: _Chain | None = None  # and the snapshot on disk then
        self.reindexed: tuple[str, ...] | None = None
        """Parts of the catalogue changed since the snapshot was saved; None: built from all."""
        self.reindexed_items = 0
        """Items indexed again (changed, new or gone) in those files."""
        self.replayed_items = 0
        """Items indexed again because the snapshot's log says they were written since."""
        if use_snapshot and self._load():
            log.debug("Search index loaded; %d items indexed again", self.reindexed_items)
        else:
            self.rebuild(progress)

    def _index_names(self, library: Library) -> None:
        """Index the names of people and places (while the items are described)."""
        self._index.set_people(library.people())
        self._index.set_places(library.places())

    def rebuild(self, progress: BuildProgress | None = None) -> None:
        """Index the whole library again (``progress``: see :class:`Finder`)."""
        library = self._library
        with self._mutex, paused_gc():
            feed = library.changes_since(None)
            records = library.item_records()
            self._index.face_counts = face_counts = count_faces(library.faces())
            runs = describe_in_parts(
                records,
                library.decode_item,
                face_counts,
                progress=progress,
                meanwhile=lambda: self._index_names(library),
            )
            self._index.build_described(
                runs,
                None,  # indexed meanwhile
                None,
                library.films(),
                library.scenes(),
                library.links(),
            )
            self._index.set_containers(library.containers())
            self._index.set_segments(library.segments())
            self._index.prepare()
            self._mark, self._revisions = feed.mark, feed.revisions
            self._unsaved = True
            self.reindexed = None

    def save(self) -> bool:
        """Write the index snapshot if the index changed since it was loaded or saved.

        When the snapshot on disk is the one this index was loaded from or saved as, and few
        records were written since, only their IDs are appended to its log; otherwise the
        whole snapshot is written (about 0.6 s at 100,000 items). A snapshot that cannot be
        written (full disk, read-only folder) is logged and left out: it only makes the next
        opening slower.

        Returns:
            Whether a snapshot (or a record of its log) was written.
        """
        library = self._library
        with self._mutex:
            if not self._use_snapshot or library.closed or not library.cache_writable:
                return False
            self.refresh()
            if not self._unsaved:
                return False
            path = library.paths.search_index
            try:
                if self._saved is not None and self._chain is not None:
                    read = _read_chain(library)
                    chain = read[0] if read is not None else None
                    if chain is not None and chain.base == self._chain.base:
                        logged = _append_log(library, chain, self._saved, compact=True)
                        if logged is not None:
                            self._saved, self._chain = logged, chain
                            self._unsaved = logged.mark != self._mark
                            return True
                self._save_whole()
            except (OSError, ValueError, TypeError) as exc:
                log.warning("Could not save the search index to %s: %s", path, exc)
                return False
            return True

    def _save_whole(self) -> None:
        library = self._library
        path = library.paths.search_index
        ids = self._index.item_ids()
        digests = library.item_digests(unchanged_since=self._mark)  # None: a commit raced
        base = secrets.token_hex(8)
        meta = {
            "revisions": self._revisions,
            "collection": library.collection_id,
            "base": base,
            "digests": None
            if digests is None
            else b"".join(digests.get(i, _NO_DIGEST) for i in ids),
        }
        atomic_write_chunks(path, snapshot.chunks(self._index, meta))
        _log_path(path).unlink(missing_ok=True)  # its records name the old snapshot
        self._saved = Feed(self._mark or 0, None, self._revisions)
        self._chain = _Chain(base, meta, self._revisions, {}, 0, clean=True)
        self._unsaved = False

    def _load(self) -> bool:
        """Take the saved index and catch up with what changed since; False if unusable."""
        path = self._library.paths.search_index
        try:
            with path.open("rb") as stream:
                return self._read(stream, _log_path(path))
        except FileNotFoundError:
            return False
        except OSError as exc:
            log.warning("Cannot read the search index %s: %s", path, exc)
        except snapshot.SnapshotError as exc:
            log.info("Search index %s not used (%s): indexing the collection", path, exc)
        self._index = SearchIndex()
        return False

    def _read(self, stream: BinaryIO, log_path: Path) -> bool:
        reader = snapshot.SnapshotReader(stream)
        chain = _chain(reader, self._library.collection_id, _log_bytes(log_path)[0])
        with self._mutex, paused_gc():
            library = self._library
            feed = library.changes_since(None)
            drift = library.catalogue_drift(chain.revisions)
            self._index = index = reader.index()
            saved_ids = index.item_ids()  # the order of the snapshot's digests
            index.set_containers(library.containers())  # few: never saved
            index.set_segments(library.segments())  # not in the snapshot
            index.face_counts = count_faces(library.faces())
            if not self._apply_written(chain.written):  # what its log says was written since
                return False
            replayed = chain.written.get("items", set())
            digests = chain.header.get("digests")
            if not self._catch_up(drift, lambda: _digests_of(saved_ids, digests, replayed)):
                return False
            self._mark, self._revisions = feed.mark, feed.revisions
            in_step = not drift.parts
            self._saved = feed if in_step else None
            self._chain = chain if in_step else None
            self._unsaved = not in_step or chain.logged > _LOG_LIMIT
            self.reindexed = drift.parts
            self.replayed_items = len(replayed)
        return True

    def _catch_up(self, drift: Drift, saved_digests: Callable[[], dict[str, bytes]]) -> bool:
        """Index again what changed in the catalogue since the snapshot (``drift``).

        ``saved_digests`` gives the snapshot's digests of its items' records (none for those
        its log names). Returns False when so much changed that building everything is faster.
        """
        library, index = self._library, self._index
        self._refresh_names(drift.tables)
        if "faces" in drift.tables:  # which faces changed is not known: their items again
            known = set(index.item_ids())
            again = {f.item_id for f in library.faces()} & known
            index.update_items([library.item(i) for i in sorted(again)])
        if "items" in drift.tables:
            ids = index.item_ids()
            saved = saved_digests()
            now = drift.item_digests
            changed = [item for item, digest in now.items() if saved.get(item) != digest]
            gone = [i for i in ids if i not in now and drift.holds_item(i)]
            if len(changed) + len(gone) > max(_REBUILD_MIN, len(index) // _REBUILD_SHARE):
                log.info("Much of the catalogue changed since the search index was saved")
                return False
            present = [library.item(item) for item in changed]
            index.update_items(present, [ItemId(item) for item in gone])
            self.reindexed_items = len(changed) + len(gone)
        return True

    def _apply_written(self, written: Mapping[str, set[str]]) -> bool:
        """Index again the records ``written`` (by table); False: so many, build everything."""
        library, index = self._library, self._index
        items = set(written.get("items", set()))
        faces = written.get("faces", set()) | written.get("facescans", set())
        if faces:
            index.face_counts = count_faces(library.faces())
            items |= {item_of_face(f) for f in written.get("faces", ())}
        if len(items) > max(_REBUILD_MIN, len(index) // _REBUILD_SHARE):
            log.debug("%d items changed: indexing everything again", len(items))
            return False
        self._refresh_names(written)
        if items:
            present: list[Item] = []
            removed: list[ItemId] = []
            for item_id in sorted(items):
                try:
                    present.append(library.item(item_id))
                except NotFoundError:
                    removed.append(ItemId(item_id))
            index.update_items(present, removed)
        return True

    def _refresh_names(self, tables: Iterable[str]) -> None:
        library, index = self._library, self._index
        tables = set(tables)
        if "people" in tables:
            index.set_people(library.people())
        if "places" in tables:
            index.set_places(library.places())
        if tables & {"films", "scenes", "links"}:
            index.set_films(library.films(), library.scenes(), library.links())
        if "containers" in tables:
            index.set_containers(library.containers())
        if "segments" in tables:
            index.set_segments(library.segments())

    def search(self, query: str) -> SearchResult:
        """Run a query; see ``docs/search.md`` for the language.

        Args:
            query: e.g. ``'Yakout place:Tinghir date:1950..1959'``; empty finds everything.

        Returns:
            The matching IDs, best first: by rank (exact, prefix, folded, skeleton, loose,
            fuzzy), then taken date (earliest first, undated last), then ID.

        Raises:
            QueryError: the query cannot be parsed (it carries the position).
        """
        with self._mutex:
            return run_query(self._index, query)

    def facets(self, ids: SearchResult | Sequence[str]) -> Facets:
        """Count people, places, decades, tags, films and kinds over a result.

        Pass the :class:`SearchResult` itself when you have it: it is faster than its IDs.
        """
        with self._mutex:
            index = self._index
            if isinstance(ids, SearchResult) and ids.generation == index.generation:
                bits = ids.bits
            else:
                bits = index.bits_of_ids(ids.ids if isinstance(ids, SearchResult) else ids)
            return count_facets(index, bits)

    def refresh(self, changes: Changes | None = None) -> None:
        """Catch up with every commit since the index was last in step, whoever made it.

        ``changes`` (what the caller's own operation returned) is not needed: the library
        says what was committed since, so no commit is missed or indexed twice.
        """
        library = self._library
        with self._mutex:
            feed = library.changes_since(self._mark)
            if feed.written is None:
                log.debug("The library's change log does not reach back: indexing everything")
                self.rebuild()
                return
            if not self._apply_written(feed.written):
                self.rebuild()
                return
            self._mark, self._revisions = feed.mark, feed.revisions
            self._unsaved = self._unsaved or bool(feed.written)

    def complete(self, prefix: str, kind: CompletionKind, limit: int = 20) -> list[tuple[str, str]]:
        """Suggestions for the search box as the user types.

        Args:
            prefix: what has been typed of a name or tag, in any script.
            kind: ``"person"``, ``"place"`` or ``"tag"``.
            limit: at most this many.

        Returns:
            ``(display text, id)`` for people and places, ``(tag as written, tag)`` for
            tags; exact and prefix matches first, then those that differ only by accents
            or points.

        Raises:
            ValueError: ``kind`` is none of the three.
        """
        with self._mutex:
            index = self._index
            if kind == "person":
                return index.people.complete(prefix, limit)
            if kind == "place":
                return index.places.complete(prefix, limit)
            if kind == "tag":
                return _complete_tag(index, prefix, limit)
        raise ValueError(f"cannot complete {kind!r}; use 'person', 'place' or 'tag'")


def _complete_tag(index: SearchIndex, prefix: str, limit: int) -> list[tuple[str, str]]:
    wanted = fold_text(prefix.strip())
    hits: list[tuple[int, str, str]] = []
    shown = index.alive & ~index.key_bits(FLAG, TRASHED)  # tags only trashed items carry: no
    for folded, written in index.tag_labels.items():
        if not index.key_bits("tag", folded) & shown:
            continue
        if folded.startswith(wanted):
            hits.append((0, folded, written))
        elif any(level.startswith(wanted) for level in folded.split("|")[1:]):
            hits.append((1, folded, written))
    hits.sort()
    return [(written, written) for _, _, written in hits[:limit]]


# -- the snapshot on disk and its log ---------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Chain:
    """A usable snapshot on disk, followed through its log: what it is in step with."""

    base: str  # the snapshot's token, named by each record of its log
    header: dict[str, Any]
    revisions: dict[str, str]  # the catalogue's, once the log is replayed
    written: dict[str, set[str]]  # the records the log says were written since the snapshot
    logged: int  # how many record IDs the log holds
    clean: bool  # the log holds nothing else (a record appended would be read)
    records: int = 0  # log records followed
    end: int = 0  # bytes of the log they take


@dataclass(frozen=True, slots=True)
class _Place:
    """Which snapshot and log a chain was read from.

    A later read then takes only the records appended since: the log only grows until the
    snapshot is written whole.
    """

    snapshot: tuple[int, int, int]  # the snapshot file's inode, size and modification time
    log: int  # the log's inode (0: there was none)


@dataclass(frozen=True, slots=True)
class _Kept(Feed):
    """What :func:`keep_index` returns when it read the snapshot's log: with the chain read.

    The next call then reads only the log records appended since, not the whole log (an
    import appends one per batch: reading all each time would grow with the square).
    """

    chain: _Chain
    place: _Place

    @classmethod
    def of(cls, feed: Feed, chain: _Chain, place: _Place) -> "_Kept":
        return cls(feed.mark, feed.written, feed.revisions, chain, place)


def _key_of(revisions: dict[str, str]) -> str:
    """A short stand-in for catalogue revisions (a log record names those it follows)."""
    text = "\n".join(f"{name} {rev}" for name, rev in sorted(revisions.items()))
    return hashlib.blake2b(text.encode(), digest_size=12).hexdigest()


def _log_path(index_path: Path) -> Path:
    return index_path.with_name(index_path.name + ".log")


def _log_bytes(log: Path) -> tuple[bytes, int]:
    """A snapshot's log and its inode (``b"", 0`` when there is none)."""
    try:
        with log.open("rb") as stream:
            return stream.read(), os.fstat(stream.fileno()).st_ino
    except FileNotFoundError:
        return b"", 0


def _chain(
    reader: snapshot.SnapshotReader, collection: str, data: bytes, *, collect: bool = True
) -> _Chain:
    """Check a snapshot's header and follow its log ``data`` (the records that continue it).

    ``collect``: gather the IDs the log names (``_Chain.written``); else only count them.

    Raises:
        SnapshotError: the snapshot is not for this collection or has no revisions.
    """
    header = reader.header
    revisions = header.get("revisions")
    base = header.get("base")
    if not isinstance(revisions, dict) or not isinstance(base, str):
        raise snapshot.SnapshotError("no catalogue revisions")
    if header.get("collection") != collection:
        raise snapshot.SnapshotError("made for another collection")
    return _follow(_Chain(base, header, revisions, {}, 0, True), data, collect=collect)


def _follow(chain: _Chain, data: bytes, *, collect: bool) -> _Chain:
    """``chain`` followed through the log records in ``data`` (the log after ``chain.end``)."""
    records, size = snapshot.log_records_to(data)
    written = chain.written if collect else {}
    revisions, logged, followed = chain.revisions, chain.logged, 0
    for record in records:
        to, changed = record.get("to"), record.get("written")
        if record.get("base") != chain.base or record.get("from") != _key_of(revisions):
            break
        if not isinstance(to, dict) or not isinstance(changed, dict):
            break
        for table, ids in changed.items():
            if collect:
                written.setdefault(str(table), set()).update(map(str, ids))
            logged += len(ids)
        revisions = to
        followed += 1
    count = chain.records + followed
    clean = chain.clean and followed == len(records) and (count or not chain.end + len(data))
    end = chain.end + size
    return _Chain(chain.base, chain.header, revisions, written, logged, bool(clean), count, end)


def _read_chain(library: Library, since: _Kept | None = None) -> tuple[_Chain, _Place] | None:
    """The collection's snapshot and its log, or None when there is none this code can use.

    ``since``: the chain an earlier call read; when its snapshot is still the one on disk,
    only the log records appended after it are read (their IDs are counted, not gathered).
    """
    path = library.paths.search_index
    log = _log_path(path)
    try:
        if since is not None and since.chain.clean:
            resumed = _resume(path, log, since.chain, since.place)
            if resumed is not None:
                return resumed
        with path.open("rb") as stream:
            identity = _identity(os.fstat(stream.fileno()))
            reader = snapshot.SnapshotReader(stream)
            data, log_inode = _log_bytes(log)
            found = _chain(reader, library.collection_id, data, collect=since is None)
        return found, _Place(identity, log_inode if found.end else 0)
    except (OSError, snapshot.SnapshotError):
        return None


def _resume(path: Path, log: Path, chain: _Chain, place: _Place) -> tuple[_Chain, _Place] | None:
    """``chain`` followed through what its log gained since ``place``; None: read it all."""
    if _identity(path.stat()) != place.snapshot:
        return None
    try:
        stream = log.open("rb")
    except FileNotFoundError:
        return (chain, place) if not chain.end else None
    with stream:
        stat = os.fstat(stream.fileno())
        if (place.log and stat.st_ino != place.log) or stat.st_size < chain.end:
            return None
        stream.seek(chain.end)
        followed = _follow(chain, stream.read(), collect=False)
    return followed, _Place(place.snapshot, stat.st_ino if followed.end else 0)


def _identity(stat: os.stat_result) -> tuple[int, int, int]:
    return (stat.st_ino, stat.st_size, stat.st_mtime_ns)


def _append_log(library: Library, chain: _Chain, since: Feed, *, compact: bool) -> Feed | None:
    """Log what was committed after ``since``, the chain's end; None if it cannot be logged.

    With ``compact``, None too when the log would grow past its limit.
    """
    now = library.changes_since(since.mark)
    if now.written is None or not chain.clean or chain.revisions != since.revisions:
        return None
    count = sum(len(ids) for ids in now.written.values())
    if compact and chain.logged + count > _LOG_LIMIT:
        return None
    if now.written:
        record = {
            "base": chain.base,
            "from": _key_of(since.revisions),
            "to": now.revisions,
            "written": {table: sorted(ids) for table, ids in now.written.items()},
        }
        with _log_path(library.paths.search_index).open("ab") as stream:
            stream.write(snapshot.log_record(record))
    return now


def keep_index(library: Library, kept: Feed | None, *, compact: bool = True) -> Feed | None:
    """Bring the collection's saved index in step with what ``library`` committed since ``kept``.

    ``Library`` calls it after each import batch (``compact=False``) and when it closes, with
    what the previous call returned (at first, the library as it was opened). The IDs of the
    records written since are appended to the snapshot's log (milliseconds); when the log is
    long (and ``compact``), or the snapshot is behind, the snapshot is loaded, caught up and
    written whole. A collection with no usable snapshot gets one only if it is small: a
    writer never waits for a whole index to be built.

    Returns:
        What to pass next time: the library's mark and the catalogue revisions the saved
        index is in step with (``kept`` when nothing was done).
    """
    if library.closed or not library.cache_writable or library.read_only:
        return kept
    read = _read_chain(library, kept if isinstance(kept, _Kept) else None)
    if read is not None:
        chain, place = read
        now = library.changes_since(kept.mark if kept is not None else None)
        in_step = chain.revisions == now.revisions
        if in_step and (not compact or chain.logged <= _LOG_LIMIT):
            return _Kept.of(now, chain, place)  # a Finder saved it, or nothing was written
        if not in_step and kept is not None:
            if chain.revisions != kept.revisions and now.written == {}:
                return kept  # behind, but not by this library's commits: readers catch up
            logged = _append_log(library, chain, kept, compact=compact)
            if logged is not None:
                return _Kept.of(logged, chain, place)  # the next call reads what was appended
        if not compact:
            return kept
    elif library.item_count() > _KEEP_BUILD_MAX:
        return kept
    finder = Finder(library)
    finder.save()
    return finder._saved


def _digests_of(ids: list[ItemId], digests: object, replayed: set[str]) -> dict[str, bytes]:
    """The snapshot's digest of each of its items (``ids``, in its order) but ``replayed``."""
    if not isinstance(digests, bytes) or len(digests) != 8 * len(ids):
        return {}
    saved: dict[str, bytes] = {item: digests[8 * n : 8 * n + 8] for n, item in enumerate(ids)}
    for item in replayed:
        saved.pop(item, None)
    return saved
