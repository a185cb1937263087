"""Browsing: the search index, the grid's IDs, the sidebar and the timeline kept in step.

Everything that reads the search index runs on the bridge's query worker: building the
Finder (seconds at 100,000 items), each search with its facets, the sidebar counts, and the
Finder's refresh after a change. Answers to an older search than the latest are dropped.

While the index is built from scratch (a collection copied without ``cache/``, or after an
upgrade), the grid shows every item at once, already in the index's order (by date, read
from the stored records), so what the user selected and scrolled to stays put when the
index is ready; the build's progress is reported, and the search field and the sidebar
(its sections shown, disabled) wait until the index is ready.
"""

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QObject, QPoint, QTimer, Signal

from memoryapp.core.changes import Changes
from memoryapp.core.dates import describe
from memoryapp.core.errors import MemoryAppError
from memoryapp.core.ids import ItemId
from memoryapp.core.import_results import FileResult
from memoryapp.library import Library
from memoryapp.ui.bridge import LibraryBridge
from memoryapp.ui.grid import ThumbnailGrid
from memoryapp.ui.i18n import isolate, system_language
from memoryapp.ui.item_model import ItemIdRole, ItemListModel, ItemRow
from memoryapp.ui.search_field import SearchField
from memoryapp.ui.sidebar import CurrentCounts, Sidebar, SidebarData, current_counts

if TYPE_CHECKING:
    from memoryapp.library.finder import Finder

log = logging.getLogger(__name__)

TIMELINE_ITEMS = 20_000  # up to this many, the timeline gets each item's bounds
SMART_LISTS = ("undated", "untagged", "possible-copy", "private", "damaged", "trashed")
KEEP_SELECTION = 2_000  # reselect at most this many items after a new result
REFRESH_DELAY_MS = 120  # gather the Changes of quick successive edits into one refresh
SAVE_INTERVAL_MS = 5 * 60 * 1000  # the index snapshot kept in step while the window is open


BuildProgress = Callable[[int, int], None]  # (items indexed, items in all)


def make_finder(library: Library, progress: BuildProgress | None = None) -> "Finder":
    """The search index of ``library`` (imported on the query worker: the window need not wait)."""
    from memoryapp.library.finder import Finder  # inline: numpy and the search engine, ~0.1 s

    return Finder(library, progress=progress)


@dataclass(frozen=True, slots=True)
class Answer:
    """A search with what the grid and the timeline need."""

    generation: int
    query: str
    ids: tuple[ItemId, ...]
    bounds: tuple[tuple[str | None, str | None], ...] | None
    decades: tuple[tuple[int, float], ...]
    undated: int
    current: CurrentCounts | None = None  # the sidebar's counts within this result


class Browser(QObject):
    """Coordinates the Finder with the grid, the search field, the sidebar and the timeline.

    Signals:
        counts_changed(int, int): (items shown, items in the collection).
        indexing_changed(bool): the search index is being loaded or built.
        indexing_progress(int, int): (items indexed, items in all) while it is built.
        index_failed(str): the search index could not be built (the error's text).
    """

    counts_changed = Signal(int, int)
    indexing_changed = Signal(bool)
    indexing_progress = Signal(int, int)
    _listed = Signal(object)  # the catalogue's IDs, listed on the query worker
    index_failed = Signal(str)

    def __init__(
        self,
        library: Library,
        bridge: LibraryBridge,
        grid: ThumbnailGrid,
        model: ItemListModel,
        search: SearchField,
        sidebar: Sidebar,
        timeline: Any | None = None,
        finder_factory: Callable[[Library, BuildProgress], "Finder"] = make_finder,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._library, self._bridge = library, bridge
        self._grid, self._model, self._search, self._sidebar = grid, model, search, sidebar
        self.timeline = timeline
        self._finder_factory = finder_factory
        self.finder: Finder | None = None
        self.query = ""
        self.total = 0
        self.failures: list[FileResult] = []
        self._generation = 0
        self._listing = False  # the grid shows the catalogue's IDs until the index is ready
        self._keep_view = False  # keep the item at the top of the grid in view (next answer)
        self._pending = Changes()
        self._lang = system_language()
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self._flush_changes)
        self._save_timer = QTimer(self)  # a crash loses at most this much of the index's work
        self._save_timer.setInterval(SAVE_INTERVAL_MS)
        self._save_timer.timeout.connect(self.save_index)
        search.query_changed.connect(self.search)
        search.completion_wanted.connect(self._complete)
        sidebar.query_chosen.connect(lambda text, narrow: search.set_query(text, narrow=narrow))
        bridge.collection_changed.connect(self.on_collection_changed)
        self._listed.connect(self._on_listed)

    # -- starting --------------------------------------------------------------------------

    def start(self) -> None:
        """Build the search index on the query worker, then show everything."""
        self.indexing_changed.emit(True)
        self._wait_for_index(True)
        library, factory = self._library, self._finder_factory
        report, listed = self.indexing_progress, self._listed  # queued signals: any thread
        unlisted = [True]

        def progress(done: int, total: int) -> None:  # query worker, during a build
            if unlisted:  # first: the items to show meanwhile (before the build goes on)
                unlisted.clear()
                listed.emit(library.item_ids(by_date=True))  # the order the index keeps
            report.emit(done, total)

        self._bridge.query(
            lambda: factory(library, progress),
            on_done=self._on_finder_ready,
            on_error=self._on_finder_failed,
        )

    def _wait_for_index(self, waiting: bool) -> None:
        reason = self.tr("Search and filters are available once the collection is indexed.")
        self._search.set_waiting(reason if waiting else "")
        if waiting:
            self._sidebar.set_waiting()
        self._sidebar.setEnabled(not waiting)
        self._sidebar.setToolTip(reason if waiting else "")
        if self.timeline is not None:
            self.timeline.setEnabled(not waiting)
            self.timeline.set_message(reason if waiting else "")

    def _on_listed(self, ids: list[ItemId]) -> None:
        if self.finder is None:
            self._listing = True
            self._show_listed(ids, frozenset())

    def _list_items(self, changed: frozenset[str] = frozenset()) -> None:
        """List the catalogue's items again after an edit, until the index is ready."""
        self._bridge.run(  # the collection worker, beside the build on the query worker
            lambda: self._library.item_ids(by_date=True),
            on_done=lambda ids: self._show_listed(ids, changed),
        )

    def _show_listed(self, ids: list[ItemId], changed: frozenset[str]) -> None:
        if self.finder is not None:
            return  # the index came first: its answer is shown
        self._model.update_ids(ids, changed)
        self.total = len(ids)
        self.counts_changed.emit(len(ids), len(ids))

    def _on_finder_failed(self, exc: BaseException) -> None:
        log.error("Cannot build the search index: %s", exc)
        self.indexing_changed.emit(False)
        self.index_failed.emit(str(exc))

    def _on_finder_ready(self, finder: "Finder") -> None:
        self.finder = finder
        self._keep_view = self._listing  # the index's first answer replaces the listing
        self._listing = False
        self._wait_for_index(False)
        self.indexing_changed.emit(False)
        self.search(self.query)
        self.refresh_sidebar()
        self._bridge.query(finder.save)  # after the first answers: a snapshot for next time
        self._save_timer.start()
        if self._pending:  # changed while the index was being made
            self._refresh_timer.start()

    def save_index(self) -> None:
        """Save the index snapshot on the query worker (its log, or whole: ``Finder.save``)."""
        if self.finder is not None:
            self._bridge.query(self.finder.save)

    # -- searching -------------------------------------------------------------------------

    def search(self, text: str, changed: frozenset[str] = frozenset()) -> None:
        """Run ``text`` on the query worker and show the answer (unless a newer one came)."""
        self.query = text
        finder = self.finder
        if finder is None:
            return
        self._generation += 1
        generation = self._generation
        self._bridge.query(
            lambda: self._answer(finder, generation, text),
            on_done=lambda answer: self._show(answer, changed),
            on_error=lambda exc: self._on_search_error(generation, exc),
        )

    def _answer(self, finder: "Finder", generation: int, text: str) -> Answer:  # query worker
        result = finder.search(text)
        facets = finder.facets(result)
        bounds = None
        if len(result.ids) <= TIMELINE_ITEMS:
            bounds = tuple(self._bounds(item_id) for item_id in result.ids)
        return Answer(
            generation=generation,
            query=text,
            ids=tuple(result.ids),
            bounds=bounds,
            decades=tuple((d.decade, d.count) for d in facets.decades),
            undated=facets.undated,
            current=current_counts(facets) if text.strip() else None,
        )

    def _bounds(self, item_id: str) -> tuple[str | None, str | None]:
        try:
            taken = self._library.item(item_id).taken
        except MemoryAppError:
            return (None, None)
        bounds = taken.bounds() if taken is not None else None
        return (bounds.min, bounds.max) if bounds is not None else (None, None)

    def _show(self, answer: Answer, changed: frozenset[str]) -> None:
        if answer.generation != self._generation:
            return  # a newer search is on its way
        self._search.clear_error()
        selected = self.selected_ids()
        current = self._grid.currentIndex().data(ItemIdRole)
        top = self._grid.indexAt(QPoint(0, 0)).data(ItemIdRole) if self._keep_view else None
        self._keep_view = False
        before = self._model.ids()
        self._model.update_ids(answer.ids, changed)
        kept = len(answer.ids) >= len(before) and list(answer.ids[: len(before)]) == before
        if not kept and selected:
            self._reselect(selected, current)
        if not kept and top and not (current and self._model.row_of(str(current)) is not None):
            row = self._model.row_of(str(top))  # what the user scrolled to while it was listed
            if row is not None:
                self._grid.scrollTo(
                    self._model.index(row, 0), ThumbnailGrid.ScrollHint.PositionAtTop
                )
        self._show_timeline(answer)
        self._sidebar.set_current(answer.current)
        self.counts_changed.emit(len(answer.ids), self.total)

    def _reselect(self, ids: Sequence[str], current: object) -> None:
        selection = QItemSelection()
        for item_id in ids[:KEEP_SELECTION]:
            row = self._model.row_of(item_id)
            if row is not None:
                index = self._model.index(row, 0)
                selection.select(index, index)
        model = self._grid.selectionModel()
        model.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        row = self._model.row_of(str(current)) if current else None
        if row is not None:
            model.setCurrentIndex(
                self._model.index(row, 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )
            self._grid.scrollTo(self._model.index(row, 0))

    def _show_timeline(self, answer: Answer) -> None:
        timeline = self.timeline
        if timeline is None:
            return
        if answer.bounds is not None:
            timeline.set_unit("auto")
            timeline.set_items(answer.bounds)
        else:
            timeline.set_unit("decade")
            timeline.set_counts({d: round(c) for d, c in answer.decades}, None, answer.undated)

    def _on_search_error(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        position = getattr(exc, "position", None)
        reason = getattr(exc, "reason", str(exc))
        if isinstance(position, int):
            self._search.show_error(position, str(reason))
        else:
            log.warning("Search failed: %s", exc)
            self._search.show_error(0, str(exc))

    def _complete(self, kind: str, prefix: str) -> None:
        finder = self.finder
        if finder is None or kind not in ("person", "place", "tag"):
            return
        self._bridge.query(
            lambda: finder.complete(prefix, kind),  # type: ignore[arg-type]
            on_done=lambda pairs: self._search.show_completions(kind, prefix, list(pairs)),
        )

    def selected_ids(self) -> list[ItemId]:
        """The IDs selected in the grid, in grid order (fast for select-all of 100,000)."""
        model = self._grid.selectionModel()
        if model is None:
            return []
        rows: list[int] = []
        selection = model.selection()
        for i in range(selection.count()):
            selection_range = selection.at(i)
            rows.extend(range(selection_range.top(), selection_range.bottom() + 1))
        return [self._model.id_at(row) for row in sorted(set(rows))]

    def selected_count(self) -> int:
        """How many items are selected in the grid."""
        model = self._grid.selectionModel()
        if model is None:
            return 0
        selection = model.selection()
        return sum(selection.at(i).height() for i in range(selection.count()))

    # -- changes ---------------------------------------------------------------------------

    def on_collection_changed(self, changes: Changes) -> None:
        """Gather changes for a moment, then refresh the index, the grid and the sidebar."""
        self._pending = self._pending | changes
        if self._listing and changes.items:  # the index is not ready: list the items again
            self._list_items(frozenset(changes.items))
        self._refresh_timer.start()

    def _flush_changes(self) -> None:
        finder = self.finder
        if finder is None or not self._pending:
            return  # kept for when the index is ready
        changes, self._pending = self._pending, Changes()
        if changes.people or changes.places:
            self._model.clear_cache()

        def work() -> Changes:
            finder.refresh()
            return Changes()  # nothing new to announce

        self._bridge.query(work, on_done=lambda _none: self._after_refresh(changes))

    def _after_refresh(self, changes: Changes) -> None:
        self.search(self.query, frozenset(changes.items))
        self.refresh_sidebar()

    def refresh_sidebar(self) -> None:
        """Count the facets of the whole collection again (query worker)."""
        finder = self.finder
        if finder is None:
            return
        failures = len(self.failures)
        self._bridge.query(lambda: self._sidebar_data(finder, failures), on_done=self._on_sidebar)

    def _sidebar_data(self, finder: "Finder", failures: int) -> SidebarData:  # query worker
        everything = finder.search("")
        facets = finder.facets(everything)
        smart = {value: len(finder.search(f"is:{value}").ids) for value in SMART_LISTS}
        library = self._library
        return SidebarData(
            total=facets.total,
            smart=smart,
            people=facets.people,
            places=facets.places,
            place_parent={p.id: p.parent_id for p in library.places()},
            decades=facets.decades,
            tags=facets.tags,
            films=facets.films,
            scenes={
                f.key: [(s.id, f"{s.number} {s.title}".strip()) for s in library.scenes(f.key)]
                for f in facets.films
            },
            failures=failures,
        )

    def _on_sidebar(self, data: SidebarData) -> None:
        self.total = data.total
        self._sidebar.set_data(data)
        self.counts_changed.emit(self._model.rowCount(), self.total)

    def add_failures(self, failures: Sequence[FileResult]) -> None:
        """Remember files that failed to import in this session (shown in the sidebar)."""
        if failures:
            self.failures.extend(failures)
            self.refresh_sidebar()

    # -- rows ------------------------------------------------------------------------------

    def row(self, item_id: ItemId) -> ItemRow:
        """What the grid shows of one item (called by the model for visible rows only)."""
        try:
            item = self._library.item(item_id)
        except MemoryAppError:
            return ItemRow(caption="?")
        name = item.primary.original_name if item.primary else ""
        caption = item.title or name or self.tr("Untitled")
        lines = [isolate(caption)]
        if item.taken is not None:
            lines.append(
                isolate(
                    describe(
                        item.taken, self._lang if self._lang in ("en", "fr", "he", "ar") else "en"
                    )
                )
            )
        if item.title and name:
            lines.append(isolate(name))
        if item.has_back:
            lines.append(self.tr("Front and back"))
        return ItemRow(
            caption=isolate(caption),
            tooltip="\n".join(lines),
            thumbnail=self._library.thumbnail_path(item_id),
            private=item.private,
            rating=item.rating,
            label=item.label.value,
            has_back=item.has_back,
        )
