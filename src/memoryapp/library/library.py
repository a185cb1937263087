"""Library: the one front door to a collection, for the CLI, the GUI and the tests."""

import getpass
import json
import logging
import os
import threading
import uuid
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Protocol, TypeVar

from memoryapp.core.changes import Changes
from memoryapp.core.commands import Command, Record, replace_records
from memoryapp.core.errors import (
    CollectionError,
    CollectionNotFoundError,
    NotFoundError,
    ReadOnlyCollectionError,
)
from memoryapp.core.faces import Face, FaceScan
from memoryapp.core.films import Film, Scene, SceneLink
from memoryapp.core.history import Operation
from memoryapp.core.ids import ItemId, new_item_id
from memoryapp.core.import_results import ImportReport
from memoryapp.core.items import Item
from memoryapp.core.people import Person
from memoryapp.core.places import Place
from memoryapp.core.prints import Container
from memoryapp.core.progress import CancelToken, Progress, no_progress
from memoryapp.core.segments import Segment, in_order
from memoryapp.core.text import search_key
from memoryapp.importers.gazetteer import Gazetteer
from memoryapp.library.history import History
from memoryapp.storage.catalogue import Scan, write_error
from memoryapp.storage.layout import CollectionPaths
from memoryapp.storage.lock import READ_ONLY_MEDIA, CollectionLock
from memoryapp.storage.oplog import OperationLog
from memoryapp.storage.repository import Drift, Feed, Repository
from memoryapp.storage.schema import (
    SCHEMA_VERSION,
    new_marker,
    read_marker,
    schema_of,
    write_marker,
)
from memoryapp.storage.serialize import from_dict

if TYPE_CHECKING:  # imported where used: reading a collection needs neither importers nor checks
    from memoryapp.library.check import CheckReport
    from memoryapp.library.import_job import ImportOptions
    from memoryapp.library.ingest import Ingested

log = logging.getLogger(__name__)

R = TypeVar("R")


class IndexKeeper(Protocol):
    """Brings derived data saved in ``cache/`` in step with a library's commits.

    Called with what its previous call returned (at first, the library's state when it was
    opened); see ``memoryapp.library.finder.keep_index``.
    """

    def __call__(self, library: "Library", kept: Feed | None, *, compact: bool) -> Feed | None:
        """Keep it; return what to pass next time."""
        ...


class Library:
    """An open collection. Every mutation is one atomic commit and returns ``Changes``.

    Every write is a core :class:`Command` applied through :meth:`apply`, which logs it as
    an operation of the collection's history (:meth:`history`, :meth:`undo`, :meth:`redo`)
    in the same commit. Use :meth:`create` or :meth:`open`, and :meth:`close` when done (or
    a ``with`` block). Calls are serialised by an internal lock, so a GUI worker thread and
    the GUI thread may share one library.

    A library opened read-only (:attr:`read_only_reason` says why) reads everything and
    refuses every change with ``ReadOnlyCollectionError``.
    """

    def __init__(
        self,
        paths: CollectionPaths,
        lock: CollectionLock | None,
        marker: dict[str, Any],
        *,
        read_only: str = "",
    ) -> None:
        self._paths = paths
        self._lock = lock
        self._marker = marker
        self._mutex = threading.RLock()
        self._repo = Repository(paths, read_only=read_only)
        self._read_only = read_only
        self._history = History(self._repo, OperationLog(paths))
        self._closed = False
        self.gazetteer = Gazetteer()
        self.user = _os_user()
        self._kept: Feed | None = None if read_only else self._repo.changes_since(None)

    # -- lifecycle -------------------------------------------------------------------------

    @classmethod
    def create(cls, path: Path, *, title: str = "") -> "Library":
        """Make a new, empty collection folder at ``path`` and open it.

        Raises:
            CollectionError: ``path`` already holds a collection or files.
        """
        root = Path(path)
        paths = CollectionPaths(root)
        if paths.marker.exists() or (root.exists() and any(root.iterdir())):
            raise CollectionError(root, "the folder is not empty")
        root.mkdir(parents=True, exist_ok=True)
        lock = CollectionLock(paths.lock, root)
        lock.acquire()
        try:
            for folder in (
                paths.catalogue,
                paths.history,
                paths.media,
                paths.thumbs,
                paths.embedded,
                paths.backups,
            ):
                folder.mkdir(exist_ok=True)
            marker = new_marker(title, uuid.uuid4().hex)
            Repository(paths).save_all()
            write_marker(paths, marker)  # last: a folder without it is not yet a collection
        except BaseException:
            lock.release()
            raise
        library = cls(paths, lock, marker)
        library.keep_search_index()  # an empty index: every import is then logged beside it
        return library

    @classmethod
    def open(cls, path: Path, *, read_only: bool = False) -> "Library":
        """Open an existing collection (migrating an older one after a backup).

        A collection whose folder cannot be written (read-only media, no permission) opens
        read-only. With ``read_only``, the writer's lock is not taken: the collection is read
        as one consistent snapshot even while a window has it open (for commands that only
        read: list, search, show, check, export elsewhere).

        Raises:
            CollectionNotFoundError: no collection there.
            CollectionLockedError: it is open in another window or process (not for readers).
            SchemaTooNewError: written by a newer memoryapp.
            CollectionCorruptError: a catalogue file cannot be read (named in the error).
            ReadOnlyCollectionError: read-only and made by an older memoryapp (it cannot be
                brought up to date), or a writer kept changing it while it was read.
        """
        root = Path(path)
        paths = CollectionPaths(root)
        if not root.is_dir():
            raise CollectionNotFoundError(root, "no such folder")
        unwritable = _unwritable(paths)
        if read_only or unwritable:
            return cls._open_reader(paths, unwritable or "opened for reading only")
        lock = CollectionLock(paths.lock, root)
        try:
            lock.acquire()
        except ReadOnlyCollectionError as exc:
            return cls._open_reader(paths, exc.reason)
        try:
            marker = read_marker(paths)
            return cls(paths, lock, marker)
        except BaseException:
            lock.release()
            raise

    @classmethod
    def _open_reader(cls, paths: CollectionPaths, reason: str) -> "Library":
        if reason != READ_ONLY_MEDIA and schema_of(paths) < SCHEMA_VERSION:
            cls.open(paths.root).close()  # bring it up to date under the writer's lock first
        marker = read_marker(paths, migrate=False)
        return cls(paths, None, marker, read_only=reason)

    def close(self) -> None:
        """Release the collection (everything is already on disk).

        A writer keeps the search index in step, then folds the catalogue's change log into
        its files.
        """
        with self._mutex:
            if not self._closed:
                self.keep_search_index()
                self._closed = True
                self._repo.close()  # the catalogue's change log folded into its files
                if self._lock is not None:
                    self._lock.release()

    @property
    def read_only(self) -> bool:
        """Whether the collection was opened read-only (no change is possible)."""
        return bool(self._read_only)

    @property
    def read_only_reason(self) -> str:
        """Why the collection is read-only (one sentence), or ``""`` when it is writable."""
        return self._read_only

    @property
    def cache_writable(self) -> bool:
        """Whether derived data (``cache/``) may be written: unless the folder cannot be.

        A reader beside a window may save the search index (an atomic file, checked against
        the catalogue when loaded); a collection on read-only media may not.
        """
        return self._read_only != READ_ONLY_MEDIA

    def _writable(self) -> None:
        if self._read_only:
            raise ReadOnlyCollectionError(self._paths.root, f"read-only: {self._read_only}")

    @property
    def closed(self) -> bool:
        """Whether :meth:`close` was called (nothing may be written any more)."""
        return self._closed

    def __enter__(self) -> "Library":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- derived data ----------------------------------------------------------------------

    index_keeper: ClassVar[IndexKeeper | None] = None
    """Keeps the saved search index in step (set by ``memoryapp.library``: it lives above)."""

    def keep_search_index(self, *, compact: bool = True) -> None:
        """Bring the saved search index (``cache/search-index``) in step with this library's commits.

        Cheap: the IDs of the records written are logged beside the index, which is written
        whole only now and then (never with ``compact=False``, as after each import batch).
        Called by :meth:`close`; a failure is logged, never raised (the index is derived data:
        the next opening catches up with the catalogue).
        """
        keeper = Library.index_keeper
        if keeper is None or self._closed or self._read_only:
            return
        try:
            self._kept = keeper(self, self._kept, compact=compact)
        except Exception:  # derived data must never fail the user's work
            log.warning("Could not keep the search index of %s", self.path, exc_info=True)

    # -- the collection --------------------------------------------------------------------

    @property
    def path(self) -> Path:
        """The collection folder."""
        return self._paths.root

    @property
    def title(self) -> str:
        """The collection's title."""
        return str(self._marker.get("title", ""))

    @property
    def collection_id(self) -> str:
        """A stable identifier of this collection (kept when the folder moves)."""
        return str(self._marker.get("id", ""))

    @property
    def paths(self) -> CollectionPaths:
        """Where things are inside the collection folder."""
        return self._paths

    def set_title(self, title: str) -> Changes:
        """Rename the collection."""
        with self._mutex:
            self._writable()
            marker = {**self._marker, "title": title}
            try:
                write_marker(self._paths, marker)
            except OSError as exc:
                raise write_error(self._paths.root, exc) from exc
            self._marker = marker
            return Changes(collection=True)

    # -- reading ---------------------------------------------------------------------------

    def item(self, item_id: str) -> Item:
        """One item. Raises NotFoundError."""
        with self._mutex:
            return self._repo.get(Item, item_id)

    def items(self, *, include_trashed: bool = False) -> list[Item]:
        """Every item not in the trash (all with ``include_trashed``), in the order added."""
        with self._mutex:
            items = self._repo.all(Item)
        if not include_trashed:
            items = [item for item in items if not item.trashed_at]
        return sorted(items, key=lambda i: (i.added_at, i.id))

    def trashed_items(self) -> list[Item]:
        """The items in the trash, the most recently trashed first."""
        with self._mutex:
            items = [item for item in self._repo.all(Item) if item.trashed_at]
        return sorted(items, key=lambda i: (i.trashed_at, i.id), reverse=True)

    def each_item(self) -> Iterator[Item]:
        """Every item, in no set order, decoded one at a time and not kept in memory.

        For one pass over a large collection (the search index build); :meth:`items` keeps
        every decoded item for later calls.
        """
        with self._mutex:
            return self._repo.each(Item)

    def item_records(self) -> Scan:
        """Every item as stored, ``(id, raw record)`` in no set order, not decoded.

        Read-only, decoded from the catalogue's compact form as reached, for one fast pass
        (the search index build reads most items without decoding them into Items);
        :meth:`decode_item` makes an :class:`Item` of one. The scan is counted and can be read
        in consecutive parts (``Scan.part``), as processes describing a part each do.
        """
        with self._mutex:
            return self._repo.records(Item)

    def item_ids(self, *, by_date: bool = False) -> list[ItemId]:
        """The IDs of the items not in the trash, in catalogue order, read without decoding.

        Cheap (about 0.5 s at 100,000 items): what a view shows before the search index is
        ready. ``by_date``: in the order the index lists them (by taken date, undated last,
        then ID), so the view keeps its order when the index is ready.
        """
        with self._mutex:
            records = self._repo.records(Item)
        if not by_date:
            return [ItemId(item_id) for item_id, raw in records if not raw.get("trashed_at")]
        from memoryapp.search.entries import order_of  # inline: not needed to start the CLI

        decode = self.decode_item
        keys = [order_of(rid, raw, decode) for rid, raw in records if not raw.get("trashed_at")]
        keys.sort()
        return [ItemId(key[2]) for key in keys]

    @staticmethod
    def decode_item(item_id: str, raw: Mapping[str, Any]) -> Item:
        """The :class:`Item` stored as ``raw`` (from :meth:`item_records`).

        Raises:
            ValueError: the record breaks the item's rules.
        """
        return from_dict(Item, item_id, raw)

    def item_digests(self, *, unchanged_since: int | None = None) -> dict[str, bytes] | None:
        """``{item id: digest of its record}`` (equal records, equal digests, in any process).

        Args:
            unchanged_since: a mark from :meth:`changes_since`; if anything was committed
                after it, return None instead (the digests would be newer than the mark).
        """
        with self._mutex:
            if unchanged_since is not None:
                written = self._repo.changes_since(unchanged_since).written
                if written is None or written:
                    return None
            return self._repo.digests(Item)

    def catalogue_drift(self, revisions: dict[str, str]) -> Drift:
        """What changed since the catalogue had ``revisions`` (an earlier ``Feed.revisions``).

        For derived data saved with those revisions: which tables to read again, and the
        digests of the items that may have changed (see ``Drift``).
        """
        with self._mutex:
            return self._repo.drift(revisions)

    def changes_since(self, mark: int | None) -> Feed:
        """What was committed after ``mark`` (from an earlier call), with no gap or overlap.

        Derived data such as the search index uses it to catch up with every commit,
        whoever made it, and to know which catalogue revision it is in step with.
        """
        with self._mutex:
            return self._repo.changes_since(mark)

    def item_count(self) -> int:
        """How many item records the collection holds (those in the trash too)."""
        with self._mutex:
            return self._repo.count(Item)

    def person(self, person_id: str) -> Person:
        """One person. Raises NotFoundError."""
        with self._mutex:
            return self._repo.get(Person, person_id)

    def people(self) -> list[Person]:
        """Every person, by primary name."""
        with self._mutex:
            return sorted(self._repo.all(Person), key=lambda p: (search_key(p.name), p.id))

    def place(self, place_id: str) -> Place:
        """One place. Raises NotFoundError."""
        with self._mutex:
            return self._repo.get(Place, place_id)

    def places(self) -> list[Place]:
        """Every place, by primary name."""
        with self._mutex:
            return sorted(self._repo.all(Place), key=lambda p: (search_key(p.name), p.id))

    def container(self, container_id: str) -> Container:
        """One container (box, album, page...). Raises NotFoundError."""
        with self._mutex:
            return self._repo.get(Container, container_id)

    def containers(self) -> list[Container]:
        """Every container, by name."""
        with self._mutex:
            found = self._repo.all(Container)
        return sorted(
            found,
            key=lambda c: (search_key(c.name.rstrip("0123456789 ")), _natural(c.name), c.id),
        )

    def film(self, film_id: str) -> Film:
        """One film. Raises NotFoundError."""
        with self._mutex:
            return self._repo.get(Film, film_id)

    def films(self) -> list[Film]:
        """Every film, by title."""
        with self._mutex:
            return sorted(self._repo.all(Film), key=lambda f: (search_key(f.title), f.id))

    def scenes(self, film_id: str | None = None) -> list[Scene]:
        """Scenes of one film (or all), in scene-number order."""
        with self._mutex:
            scenes = [s for s in self._repo.all(Scene) if film_id is None or s.film_id == film_id]
        return sorted(scenes, key=lambda s: (s.film_id, _natural(s.number), s.id))

    def scene(self, scene_id: str) -> Scene:
        """One scene. Raises NotFoundError."""
        with self._mutex:
            return self._repo.get(Scene, scene_id)

    def links(self) -> list[SceneLink]:
        """Every item-to-scene link."""
        with self._mutex:
            return self._repo.all(SceneLink)

    def faces(
        self, item_id: str | None = None, *, items: Collection[str] | None = None
    ) -> list[Face]:
        """Detected faces (of one item, or of ``items``), by item and position on the picture."""
        with self._mutex:
            faces = self._repo.all(Face)
        found = [
            f
            for f in faces
            if (item_id is None or f.item_id == item_id) and (items is None or f.item_id in items)
        ]
        return sorted(found, key=lambda f: (f.item_id, f.file_index, f.region.x, f.region.y))

    def face_scans(self) -> dict[str, FaceScan]:
        """``{item id: scan}`` of the items searched for faces."""
        with self._mutex:
            return {scan.id: scan for scan in self._repo.all(FaceScan)}

    def segment(self, segment_id: str) -> Segment:
        """One testimony segment. Raises NotFoundError."""
        with self._mutex:
            return self._repo.get(Segment, segment_id)

    def segments(
        self, recording_id: str | None = None, *, about: str | None = None
    ) -> list[Segment]:
        """Testimony segments in time order: of one recording, or anchored to item ``about``."""
        with self._mutex:
            found = self._repo.all(Segment)
        if recording_id is not None:
            found = [s for s in found if s.recording_id == recording_id]
        if about is not None:
            found = [s for s in found if about in s.item_ids()]
        return in_order(found)

    def embedded(self, item_id: str) -> dict[str, Any] | None:
        """What the item's first file said about itself at import (read-only), or None."""
        primary = self.item(item_id).primary
        if primary is None:
            return None
        try:
            data = json.loads(self._paths.embedded_file(primary.sha256).read_text("utf-8"))
        except (OSError, ValueError):
            return None
        return data if isinstance(data, dict) else None

    def media_path(self, item_id: str, index: int = 0) -> Path:
        """Where an item's file is (inside the collection, or where it was linked).

        Raises:
            NotFoundError: no such item, or the item has no file ``index`` (a record without
                a file, such as a memory typed in).
        """
        files = self.item(item_id).files
        if not 0 <= index < len(files):
            raise NotFoundError("file", f"{item_id}/{index}")
        media = files[index]
        return Path(media.path) if media.linked else self._paths.resolve(media.path)

    def thumbnail_path(self, item_id: str, size: int = 256, index: int = 0) -> Path | None:
        """The thumbnail (256) or preview (1024) of the item's file ``index``, if it exists.

        The preview is made on first use by ``memoryapp.library.previews.preview_path``; a
        back scanned as its own item kept its thumbnail when it joined its front.
        """
        files = self.item(item_id).files
        if not 0 <= index < len(files):
            return None
        path = self._paths.thumb_file(files[index].sha256, size)
        return path if path.exists() else None

    # -- writing ---------------------------------------------------------------------------

    @property
    def user(self) -> str:
        """Who the history says made the next operations (the OS user unless set)."""
        return self._user

    @user.setter
    def user(self, name: str) -> None:
        self._user = name.strip() or _os_user()

    def record(self, kind: type[Record], record_id: str) -> Record | None:
        """The record of any type with this ID, or None."""
        with self._mutex:
            found: Record | None = self._repo.find(kind, record_id)
            return found

    def command(
        self,
        label: str,
        put: Iterable[Record] = (),
        remove: Iterable[tuple[type[Record], str]] = (),
    ) -> Command:
        """A command writing ``put`` and deleting ``remove``, its before-states read now.

        Build and :meth:`apply` it in one call (``lib.apply(lib.command(...))``) so no
        other write comes between.
        """
        with self._mutex:
            put = list(put)
            keys = dict.fromkeys([*((type(r), r.id) for r in put), *remove])
            before = [r for r in (self._repo.find(k, rid) for k, rid in keys) if r is not None]
            after = {(type(r), r.id): r for r in put}
            return replace_records(label, before, list(after.values()))

    def apply(self, command: Command) -> Changes:
        """Apply an undoable edit in one commit, logged in the history (empty: nothing)."""
        self._writable()  # refused on read-only media even when it would change nothing
        if command.is_empty:
            return Changes()
        with self._mutex:
            self._history.commit(command, "do", None, self.user)
            return command.changes

    def history(self, item_id: str | None = None) -> list[Operation]:
        """The operations in the collection's log, newest first (those touching an item)."""
        with self._mutex:
            return self._history.operations(item_id)

    def undoable(self) -> Operation | None:
        """The operation :meth:`undo` would revert, or None.

        Only the log's headers are read: its ``touched`` may be empty (:meth:`history` has it).
        """
        with self._mutex:
            return self._history.undoable()

    def redoable(self) -> Operation | None:
        """The operation :meth:`redo` would apply again, or None (``touched``: see undoable)."""
        with self._mutex:
            return self._history.redoable()

    def undo(self, operation_id: int | None = None) -> Operation:
        """Revert the newest operation not yet undone, in one commit; return the undo's entry.

        Args:
            operation_id: refuse unless that is the operation to revert (a GUI stack's step).

        Raises:
            HistoryError: there is nothing to undo, or the newest is not ``operation_id``.
            UndoRefusedError: a later operation changed the same records since.
        """
        with self._mutex:
            self._writable()
            return self._history.undo(operation_id, self.user)

    def redo(self, operation_id: int | None = None) -> Operation:
        """Apply again the operation undone last, in one commit; return the redo's entry.

        Args:
            operation_id: refuse unless that is the operation to redo (a GUI stack's step).

        Raises:
            HistoryError: nothing to redo (a new operation came after the undo), or the next
                is not ``operation_id``.
            UndoRefusedError: a later operation changed the same records since.
        """
        with self._mutex:
            self._writable()
            return self._history.redo(operation_id, self.user)

    # -- import ----------------------------------------------------------------------------

    def import_paths(
        self,
        paths: Sequence[Path],
        *,
        options: "ImportOptions | None" = None,
        progress: Progress = no_progress,
        cancel: CancelToken | None = None,
    ) -> ImportReport:
        """Import files and folders; a broken file becomes a failed result, the rest go on.

        Originals are only read. Items are committed in batches, so a cancel or a crash keeps
        everything that finished. Each batch is one operation of the history: undoing it
        moves the batch's new items to the trash. A file already in the collection is a
        duplicate, unless its item is in the trash: then it comes in again as a new item.
        """
        from memoryapp.core.views import FrontIndex, pair_backs
        from memoryapp.library.copies import CopyIndex
        from memoryapp.library.import_job import ImportOptions, ImportSink, run_import
        from memoryapp.library.import_mapping import ItemBuilder

        self._writable()
        options = options or ImportOptions()
        copies = CopyIndex()

        def lookup(item_id: ItemId) -> Item | None:
            with self._mutex:
                return self._repo.find(Item, item_id)

        fronts = FrontIndex(lookup)  # backs (photo_b.jpg) join their fronts
        in_collection: dict[str, ItemId] = {}  # sha256 -> item
        with self._mutex:  # the items decoded one at a time, none kept (see Repository.each)
            for item in self._repo.each(Item):
                if item.trashed_at:  # its files are imported again, as a new item
                    continue
                if item.primary is not None:
                    copies.add(item.id, item.primary.phash)
                fronts.add(item)
                in_collection.update(dict.fromkeys(item.hashes, item.id))
            builder = ItemBuilder(
                self._repo.all(Person), self._repo.all(Place), self.gazetteer, linked=options.link
            )
        attached: dict[ItemId, Item] = {}

        def known() -> dict[str, ItemId]:
            return in_collection

        def build(ingested: "Ingested", source: Path) -> Item:
            item = builder.build(ingested, source)
            with self._mutex:
                if self._repo.find(Item, item.id) is not None:  # its derived ID is taken
                    item = replace(item, id=new_item_id())
            near = copies.near(ingested.phash, exclude=item.id)
            copies.add(item.id, ingested.phash)
            return replace(item, possible_copies=tuple(near[:5])) if near else item

        def commit(items: list[Item]) -> None:
            folded = pair_backs(items, fronts)
            if folded:
                attached.update(folded)
                joined = {front.id: front for front in folded.values()}
                items = [joined.pop(i.id, i) for i in items if i.id not in folded]
                items += joined.values()  # fronts imported earlier
            with self._mutex:
                label = f"Import {len(items)} file" + ("" if len(items) == 1 else "s")
                command = self.command(label, [*builder.take_new(), *items])
                self.apply(replace(command, trash_on_undo=True))
            self.keep_search_index(compact=False)  # the batch's IDs, logged beside the index

        sink = ImportSink(
            self._paths.root, known, build, commit, builder.add_copy, find_item=lookup
        )
        report = run_import(sink, paths, options, progress=progress, cancel=cancel)
        return backs_reported(report, attached) if attached else report

    # -- integrity -------------------------------------------------------------------------

    def check(
        self, *, progress: Progress = no_progress, cancel: CancelToken | None = None
    ) -> "CheckReport":
        """Verify the collection: files, hashes, orphans; doubtful identifications as findings.

        Raises:
            CollectionCorruptError: a catalogue record does not decode, or a catalogue file's
                bytes changed without its stat (named in the error).
        """
        from memoryapp.library.check import check_collection

        with self._mutex:
            self._repo.verify()  # every record decodes, every file is as written
            items = self._repo.all(Item)
            people = {p.id: p for p in self._repo.all(Person)}
        return check_collection(self._paths, items, people=people, progress=progress, cancel=cancel)


def backs_reported(report: ImportReport, attached: dict[ItemId, Item]) -> ImportReport:
    """``report`` with each back's result naming the front it joined."""
    results = []
    for result in report.results:
        front = attached.get(result.item_id) if result.item_id is not None else None
        if front is not None:
            name = front.title or (front.primary.original_name if front.primary else front.id)
            result = replace(result, item_id=front.id, detail=f"the back of {name}")
        results.append(result)
    return replace(report, results=tuple(results))


def _unwritable(paths: CollectionPaths) -> str:
    """Why the collection folder cannot be written (read-only media…), or ``""``."""
    for folder in (paths.root, paths.catalogue):
        if folder.is_dir() and not os.access(folder, os.W_OK):
            return READ_ONLY_MEDIA
    return ""


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no login name (some containers, services)
        return "unknown"


def _natural(text: str) -> tuple[int, str]:
    digits = "".join(ch for ch in text if ch.isdigit())
    return (int(digits) if digits else 1 << 30, text)
