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

import logging
import threading
from collections.abc import Iterable, Sequence
from typing import BinaryIO, Literal

from memoryapp.core.changes import Changes
from memoryapp.core.errors import NotFoundError
from memoryapp.core.faces import count_faces, item_of_face
from memoryapp.core.gc_pause import paused_gc
from memoryapp.core.ids import ItemId
from memoryapp.core.items import Item
from memoryapp.library.library import Library
from memoryapp.search import snapshot
from memoryapp.search.engine import SearchResult, run_query
from memoryapp.search.entries import FLAG, TRASHED, fold_text
from memoryapp.search.facets import Facets, count_facets
from memoryapp.search.index import SearchIndex
from memoryapp.storage.atomic import atomic_write_chunks
from memoryapp.storage.repository import Drift

log = logging.getLogger(__name__)

__all__ = ["CompletionKind", "Finder"]

CompletionKind = Literal["person", "place", "tag"]

_REBUILD_SHARE = 4  # re-index everything when over a quarter of the items changed
_REBUILD_MIN = 5000
_NO_DIGEST = bytes(8)  # matches no record: the item is indexed again


class Finder:
    """Search, facets and completion over one open :class:`Library`.

    Calls are serialised by an internal lock, so a worker thread may :meth:`refresh`
    while the GUI thread searches.
    """

    def __init__(self, library: Library, *, use_snapshot: bool = True) -> None:
        """Load the index snapshot, or index every record of ``library``.

        At 100,000 items loading takes well under a second and building about 7 s
        (``bench/search_bench.py``); run it on the collection worker. Nothing is written:
        call :meth:`save` when the answers the user waits for are given.

        Args:
            library: the open collection.
            use_snapshot: read and write ``cache/search-index`` (False: build in memory only).
        """
        self._library = library
        self._index = SearchIndex()
        self._mutex = threading.RLock()
        self._mark: int | None = None  # the library's change mark the index is in step with
        self._revisions: dict[str, str] = {}  # and the catalogue revisions at that mark
        self._unsaved = False
        self._use_snapshot = use_snapshot
        self.reindexed: tuple[str, ...] | None = None
        """Parts of the catalogue changed since the snapshot was saved; None: built from all."""
        self.reindexed_items = 0
        """Items indexed again (changed, new or gone) in those files."""
        if use_snapshot and self._load():
            log.debug("Search index loaded; %d items indexed again", self.reindexed_items)
        else:
            self.rebuild()

    def rebuild(self) -> None:
        """Index the whole library again."""
        library = self._library
        with self._mutex, paused_gc():
            feed = library.changes_since(None)
            self._index.face_counts = count_faces(library.faces())
            self._index.build_records(
                library.item_records(),
                library.decode_item,
                library.people(),
                library.places(),
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

        A snapshot that cannot be written (full disk, read-only folder) is logged and left
        out: it only makes the next opening slower.

        Returns:
            Whether a snapshot was written.
        """
        library = self._library
        with self._mutex:
            if not self._use_snapshot or library.closed or not library.cache_writable:
                return False
            self.refresh()
            if not self._unsaved:
                return False
            path = library.paths.search_index
            ids = self._index.item_ids()
            digests = library.item_digests(unchanged_since=self._mark)  # None: a commit raced
            meta = {
                "revisions": self._revisions,
                "collection": library.collection_id,
                "digests": None
                if digests is None
                else b"".join(digests.get(i, _NO_DIGEST) for i in ids),
            }
            try:
                atomic_write_chunks(path, snapshot.chunks(self._index, meta))
            except (OSError, ValueError, TypeError) as exc:
                log.warning("Could not save the search index to %s: %s", path, exc)
                return False
            self._unsaved = False
            return True

    def _load(self) -> bool:
        """Take the saved index and catch up with what changed since; False if unusable."""
        path = self._library.paths.search_index
        try:
            with path.open("rb") as stream:
                return self._read(stream)
        except FileNotFoundError:
            return False
        except OSError as exc:
            log.warning("Cannot read the search index %s: %s", path, exc)
        except snapshot.SnapshotError as exc:
            log.info("Search index %s not used (%s): indexing the collection", path, exc)
        self._index = SearchIndex()
        return False

    def _read(self, stream: BinaryIO) -> bool:
        reader = snapshot.SnapshotReader(stream)
        revisions = reader.header.get("revisions")
        if not isinstance(revisions, dict):
            raise snapshot.SnapshotError("no catalogue revisions")
        if reader.header.get("collection") != self._library.collection_id:
            raise snapshot.SnapshotError("made for another collection")
        with self._mutex, paused_gc():
            feed = self._library.changes_since(None)
            drift = self._library.catalogue_drift(revisions)
            self._index = reader.index()
            self._index.set_containers(self._library.containers())  # few: never saved
            self._index.set_segments(self._library.segments())  # not in the snapshot
            if not self._catch_up(drift, reader.header.get("digests")):
                return False
            self._mark, self._revisions = feed.mark, feed.revisions
            self._unsaved = bool(drift.parts)
            self.reindexed = drift.parts
        return True

    def _catch_up(self, drift: Drift, digests: object) -> bool:
        """Index again what changed in the catalogue since the snapshot (``drift``).

        ``digests`` are the snapshot's: each item's record digest, in ``item_ids()`` order.
        Returns False when so much changed that building everything is faster.
        """
        library, index = self._library, self._index
        self._refresh_names(drift.tables)
        faces = library.faces()
        index.face_counts = count_faces(faces)
        if "faces" in drift.tables:  # which faces changed is not known: their items again
            known = set(index.item_ids())
            again = {f.item_id for f in faces} & known
            index.update_items([library.item(i) for i in sorted(again)])
        if "items" in drift.tables:
            ids = index.item_ids()
            saved: dict[str, bytes] = {}
            if isinstance(digests, bytes) and len(digests) == 8 * len(ids):
                saved = {item: digests[8 * n : 8 * n + 8] for n, item in enumerate(ids)}
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
            index = self._index
            feed = library.changes_since(self._mark)
            if feed.written is None:
                log.debug("The library's change log does not reach back: indexing everything")
                self.rebuild()
                return
            items = set(feed.written.get("items", set()))
            faces = feed.written.get("faces", set()) | feed.written.get("facescans", set())
            if faces:
                index.face_counts = count_faces(library.faces())
                items |= {item_of_face(f) for f in feed.written.get("faces", ())}
            if len(items) > max(_REBUILD_MIN, len(index) // _REBUILD_SHARE):
                log.debug("%d items changed: indexing everything again", len(items))
                self.rebuild()
                return
            self._refresh_names(feed.written)
            if items:
                present: list[Item] = []
                removed: list[ItemId] = []
                for item_id in sorted(items):
                    try:
                        present.append(library.item(item_id))
                    except NotFoundError:
                        removed.append(ItemId(item_id))
                index.update_items(present, removed)
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
