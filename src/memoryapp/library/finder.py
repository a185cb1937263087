"""Finder: search over an open library, kept in step with its changes.

The index is built once from the library's records and then updated from each ``Changes``:
only the items named in ``changes.items`` are indexed again, and the name tables are
rebuilt when people, places or films changed. The language is in ``docs/search.md``.

Example::

    finder = Finder(library)
    result = finder.search('place:Tinghir date:1950..1959 -is:private')
    model.set_ids(result.ids)
    facets = finder.facets(result)
    ...
    changes = library.save(edited_item)
    finder.refresh(changes)
"""

import logging
import threading
from collections.abc import Sequence
from typing import Literal

from memoryapp.core.changes import Changes
from memoryapp.core.errors import NotFoundError
from memoryapp.core.ids import ItemId
from memoryapp.core.items import Item
from memoryapp.library.library import Library
from memoryapp.search.engine import SearchResult, run_query
from memoryapp.search.entries import fold_text
from memoryapp.search.facets import Facets, count_facets
from memoryapp.search.index import SearchIndex

log = logging.getLogger(__name__)

__all__ = ["CompletionKind", "Finder"]

CompletionKind = Literal["person", "place", "tag"]

_REBUILD_SHARE = 4  # re-index everything when over a quarter of the items changed
_REBUILD_MIN = 5000


class Finder:
    """Search, facets and completion over one open :class:`Library`.

    Calls are serialised by an internal lock, so a worker thread may :meth:`refresh`
    while the GUI thread searches.
    """

    def __init__(self, library: Library) -> None:
        """Index every record of ``library``.

        At 100,000 items this takes about 6 s of CPU on top of the library reading its
        records (``bench/search_bench.py``); run it on the collection worker.
        """
        self._library = library
        self._index = SearchIndex()
        self._mutex = threading.RLock()
        self.rebuild()

    def rebuild(self) -> None:
        """Index the whole library again."""
        library = self._library
        with self._mutex:
            self._index.build(
                library.items(),
                library.people(),
                library.places(),
                library.films(),
                library.scenes(),
                library.links(),
            )
            self._index.prepare()

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

    def refresh(self, changes: Changes) -> None:
        """Bring the index in step with what an operation changed."""
        library = self._library
        with self._mutex:
            index = self._index
            big = max(_REBUILD_MIN, len(index) // _REBUILD_SHARE)
            if len(changes.items) > big:
                log.debug("%d items changed: indexing everything again", len(changes.items))
                self.rebuild()
                return
            if changes.people:
                index.set_people(library.people())
            if changes.places:
                index.set_places(library.places())
            if changes.films:
                index.set_films(library.films(), library.scenes(), library.links())
            if changes.items:
                present: list[Item] = []
                removed: list[ItemId] = []
                for item_id in sorted(changes.items):
                    try:
                        present.append(library.item(item_id))
                    except NotFoundError:
                        removed.append(item_id)
                index.update_items(present, removed)

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
    present = set(index.field_values("tag"))
    for folded, written in index.tag_labels.items():
        if folded not in present:
            continue
        if folded.startswith(wanted):
            hits.append((0, folded, written))
        elif any(level.startswith(wanted) for level in folded.split("|")[1:]):
            hits.append((1, folded, written))
    hits.sort()
    return [(written, written) for _, _, written in hits[:limit]]
