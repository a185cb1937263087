"""The main window: sidebar, search, timeline, thumbnail grid and details panel. Wiring only.

Long work (building the index, searching, importing, saving edits) runs on the bridge's
workers; this window only reacts to their signals, so it never freezes.
"""

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QUndoStack
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from memoryapp.core.errors import NotFoundError
from memoryapp.core.import_results import ImportReport
from memoryapp.core.texts import query_words
from memoryapp.library import Library
from memoryapp.ui import collection_open
from memoryapp.ui.back_drop import BackDrop
from memoryapp.ui.bridge import LibraryBridge
from memoryapp.ui.browse import Browser, BuildProgress, make_finder
from memoryapp.ui.details import DetailsPanel
from memoryapp.ui.grid import ThumbnailGrid
from memoryapp.ui.grid_menu import GridMenu
from memoryapp.ui.i18n import isolate, number
from memoryapp.ui.icons import icon
from memoryapp.ui.item_model import ItemIdRole, ItemListModel
from memoryapp.ui.map_view import MapPanel, attach_map
from memoryapp.ui.ocr_actions import OcrActions
from memoryapp.ui.rating_actions import RatingActions
from memoryapp.ui.search_field import SearchField
from memoryapp.ui.settings import THUMB_SIZES, UiSettings
from memoryapp.ui.sidebar import Sidebar
from memoryapp.ui.thumbnails import ThumbnailLoader
from memoryapp.ui.trash_actions import TrashActions
from memoryapp.ui.undo import HistoryActions
from memoryapp.ui.widgets.timeline import TimelineWidget
from memoryapp.ui.window_dialogs import WindowDialogs
from memoryapp.ui.window_menus import build_menus, build_toolbar

if TYPE_CHECKING:
    from memoryapp.library.finder import Finder
    from memoryapp.ui.dialogs.import_dialog import ImportDialog
    from memoryapp.ui.face_detection import FaceDetection
    from memoryapp.ui.widgets.viewer import ViewerWindow

log = logging.getLogger(__name__)

SELECTION_DELAY_MS = 60


class MainWindow(QMainWindow):
    """One open collection. Owns its ``Library`` and closes it when the window closes."""

    windows: ClassVar[list["MainWindow"]] = []  # keeps windows opened from a window alive

    def __init__(
        self,
        library: Library,
        settings: UiSettings,
        *,
        finder_factory: Callable[[Library, BuildProgress], "Finder"] = make_finder,
    ) -> None:
        super().__init__()
        self.library, self.settings = library, settings
        self._finder_factory = finder_factory
        self.setObjectName("mainWindow")
        self.setWindowIcon(icon("memoryapp"))
        self.setWindowTitle(
            self.tr("%1 — memoryapp").replace("%1", isolate(library.title or library.path.name))
        )
        if settings.user_name:
            library.user = settings.user_name  # who the history says made the changes
        self.bridge = LibraryBridge(library, self)
        self.undo_stack = QUndoStack(self)
        self._viewer: ViewerWindow | None = None  # the one large viewer, once opened
        self.history = HistoryActions(self.undo_stack, self.bridge, self)
        self.face_detection: FaceDetection | None = None
        self.loader = ThumbnailLoader(settings.thumbnail_size, parent=self)
        self.grid = ThumbnailGrid(settings.thumbnail_size)
        self.model = ItemListModel(lambda item_id: self.browser.row(item_id), self.loader, self)
        self.grid.setModel(self.model)
        self.search_field = SearchField()
        self.sidebar = Sidebar()
        self.timeline = TimelineWidget()
        self.timeline.setObjectName("timeline")
        self.details = DetailsPanel(library, self.bridge, self.undo_stack)
        self.browser = Browser(
            library,
            self.bridge,
            self.grid,
            self.model,
            self.search_field,
            self.sidebar,
            self.timeline,
            finder_factory,
            self,
        )
        self.dialogs = WindowDialogs(self, self)
        self.back_drop = BackDrop(library, self.bridge, self.undo_stack, self)
        self.trash = TrashActions(
            library, self.bridge, self.undo_stack, self.grid, self.browser, self
        )
        self.ratings = RatingActions(
            library, self.bridge, self.undo_stack, self.grid, self.browser, self
        )
        self.ocr = OcrActions(
            library, self.bridge, self.browser.selected_ids, self.history.forget, self
        )
        self._build_layout()
        self.menu_actions, self.recent_menu = build_menus(self, self._handlers(), self.history)
        self.toolbar = build_toolbar(self, self.menu_actions)
        self.map_panel = MapPanel(library, self.bridge, self.undo_stack, self)
        self.map_dock = attach_map(
            self,
            self.map_panel,
            self.model.ids,
            self.browser.counts_changed,
            self.search_field.set_query,
            self.menu_actions["timeline"],
        )
        self.grid_menu = GridMenu(
            library,
            self.bridge,
            self.undo_stack,
            self.grid,
            self.browser,
            self.trash,
            self.ratings,
            self.menu_actions["open_item"],
            self.edit_selected,
            self,
        )
        self._build_status_bar()
        self.menu_actions["import"].setEnabled(not library.read_only)
        self._connect()
        self._restore()
        self.setAcceptDrops(not library.read_only)
        self._update_placeholder()
        MainWindow.windows.append(self)
        self.browser.start()

    # -- layout ----------------------------------------------------------------------------

    def _build_layout(self) -> None:
        centre = QWidget(self)
        column = QVBoxLayout(centre)
        column.setContentsMargins(6, 6, 6, 0)
        column.addWidget(self.search_field)
        column.addWidget(self.timeline)
        column.addWidget(self.trash.bar)
        column.addWidget(self.grid, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(centre)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        self.splitter.setCollapsible(1, False)
        self.splitter.setSizes([240, 820, 400])
        self.setCentralWidget(self.splitter)
        self.timeline.setMaximumHeight(110)

    def _build_status_bar(self) -> None:
        self.count_label = QLabel(self)
        self.count_label.setObjectName("counts")
        self.busy_label = QLabel(self)
        self.statusBar().addWidget(self.count_label, 1)
        self.statusBar().addPermanentWidget(self.busy_label)
        self.index_bar = QProgressBar(self)  # the search index being built
        self.index_bar.setObjectName("indexProgress")
        self.index_bar.setMaximumWidth(160)
        self.index_bar.setTextVisible(False)
        self.index_bar.hide()
        self.statusBar().addPermanentWidget(self.index_bar)
        self.read_only_label = QLabel(self)
        self.read_only_label.setObjectName("readOnly")
        if self.library.read_only:  # read-only media: browse, search, export; no edits
            self.read_only_label.setText(self.tr("Read-only"))
            self.read_only_label.setToolTip(
                self.tr("This collection can only be read: %1.").replace(
                    "%1", self.library.read_only_reason
                )
            )
            self.statusBar().addPermanentWidget(self.read_only_label)

    def _handlers(self) -> dict[str, Callable[[], None]]:
        d = self.dialogs
        return {
            "new_collection": self.new_collection,
            "open_collection": self.choose_collection,
            "import": self._import,
            "export": d.export,
            "quit": self._quit,
            "select_all": self.grid.selectAll,
            "select_none": self.grid.clearSelection,
            "find": self._focus_search,
            "preferences": d.preferences,
            "open_item": self._open_current,
            "zoom_in": lambda: self.step_thumbnail_size(+1),
            "zoom_out": lambda: self.step_thumbnail_size(-1),
            "timeline": lambda: self._toggle(self.timeline, "timeline"),
            "sidebar": lambda: self._toggle(self.sidebar, "sidebar"),
            "details": lambda: self._toggle(self.details, "details"),
            "focus_grid": self.grid.setFocus,
            "focus_sidebar": self.sidebar.setFocus,
            "focus_details": self.details.setFocus,
            "people": d.people,
            "places": d.places,
            "films": d.films,
            "attach_back": d.attach_back,
            "faces": d.faces,
            "detect_faces": self.detect_faces,
            "read_text": self.ocr.read_selected,
            "search_help": d.search_help,
            "about": d.about,
        }

    def _connect(self) -> None:
        self._selection_timer = QTimer(self)
        self._selection_timer.setSingleShot(True)
        self._selection_timer.setInterval(SELECTION_DELAY_MS)
        self._selection_timer.timeout.connect(self._on_selection_settled)
        self.grid.selectionModel().selectionChanged.connect(self._on_grid_selection)
        self.model.modelReset.connect(self._selection_timer.start)
        self.grid.open_requested.connect(
            lambda index: self.open_viewer(str(index.data(ItemIdRole)))
        )
        self.details.open_requested.connect(self.open_viewer)
        self.grid.items_dropped.connect(
            lambda ids, index: self.back_drop.drop(ids, str(index.data(ItemIdRole)))
        )
        self.back_drop.watch(self.details.form.preview, self._details_item)
        self.timeline.period_clicked.connect(self._on_period)
        self.sidebar.failures_requested.connect(self._show_failures)
        self.sidebar.edit_requested.connect(self.dialogs.edit_record)
        self.browser.counts_changed.connect(self._update_counts)
        self.browser.counts_changed.connect(self.trash.update)
        self.browser.indexing_changed.connect(self._on_indexing)
        self.browser.indexing_progress.connect(self._on_indexing_progress)
        self.browser.index_failed.connect(self._on_index_failed)
        self.bridge.collection_changed.connect(self.details.refresh)
        self.bridge.busy_changed.connect(self._on_busy)
        self.bridge.failed.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.recent_menu.aboutToShow.connect(self._fill_recent)

    def _restore(self) -> None:
        s = self.settings
        self.resize(1400, 880)
        if s.geometry is not None:
            self.restoreGeometry(s.geometry)
        if s.window_state is not None:
            self.restoreState(s.window_state)
        if s.splitter is not None:
            self.splitter.restoreState(s.splitter)
        for key, widget in (("sidebar", self.sidebar), ("details", self.details)):
            self.menu_actions[key].setChecked(not widget.isHidden())
        self.menu_actions["timeline"].setChecked(s.timeline_visible)
        self.timeline.setVisible(s.timeline_visible)

    def save_layout(self) -> None:
        """Remember the window's size, panels and splitter in the settings."""
        s = self.settings
        s.geometry = self.saveGeometry()
        s.window_state = self.saveState()
        s.splitter = self.splitter.saveState()
        s.timeline_visible = not self.timeline.isHidden()
        s.sync()

    # -- actions ---------------------------------------------------------------------------

    def _quit(self) -> None:
        self.close()

    def _focus_search(self) -> None:
        self.search_field.setFocus()
        self.search_field.selectAll()

    def edit_selected(self) -> None:
        """Show the details panel and put the keyboard in it (the grid menu's Edit…)."""
        self.menu_actions["details"].setChecked(True)
        self.details.setFocus()

    def _toggle(self, widget: QWidget, key: str) -> None:
        widget.setVisible(self.menu_actions[key].isChecked())

    def step_thumbnail_size(self, step: int) -> None:
        """Make thumbnails one step larger (+1) or smaller (-1)."""
        sizes = list(THUMB_SIZES)
        current = self.settings.thumbnail_size
        index = min(max(sizes.index(current) + step, 0), len(sizes) - 1)
        self.set_thumbnail_size(sizes[index])

    def set_thumbnail_size(self, size: int) -> None:
        """Show thumbnails ``size`` pixels on their longest side."""
        self.settings.thumbnail_size = size
        self.loader.set_size(size)
        self.grid.set_thumb_size(size)
        self.model.clear_cache()

    def _import(self) -> None:
        self.import_paths([])

    def import_paths(self, paths: list[Path]) -> "ImportDialog":
        """Open the import dialog (non-modal), with ``paths`` already chosen."""
        from memoryapp.ui.dialogs.import_dialog import ImportDialog  # inline: the importers

        current = self.findChild(ImportDialog)
        if current is not None and current.isVisible() and (current.is_running or not paths):
            current.raise_()
            return current
        dialog = ImportDialog(self.bridge, paths, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.import_finished.connect(self._on_import_finished)
        dialog.show()
        return dialog

    def _on_import_finished(self, report: ImportReport) -> None:
        self.history.forget()  # the import's batches are operations the stack does not hold
        self.browser.add_failures(report.failures)
        self.statusBar().showMessage(self.tr("%n item(s) imported", "", len(report.added)), 8000)
        if report.added and self.settings.detect_faces and not self.library.read_only:
            self.detect_faces()
        if report.added and self.settings.read_text and not self.library.read_only:
            self._read_new_text([r.item_id for r in report.added if r.item_id is not None])

    def _read_new_text(self, ids: list[str]) -> None:
        """OCR, in the background, of the new documents' pages and prints' backs."""
        from memoryapp.library.ocr_job import DOCUMENT_KINDS  # inline: the OCR engine

        papers = []
        for item_id in dict.fromkeys(ids):
            try:
                item = self.library.item(item_id)
            except NotFoundError:
                continue  # gone since (undone, or attached as the back of another)
            if item.kind in DOCUMENT_KINDS or len(item.files) > 1:
                papers.append(item.id)
        if papers:
            self.ocr.read(papers, whole_items=False)

    def detect_faces(self) -> None:
        """Find faces on the pictures not searched yet, in the background."""
        if self.face_detection is None:
            from memoryapp.ui.face_detection import FaceDetection  # inline: loads the engine

            self.face_detection = FaceDetection(self.bridge, self.statusBar())
            self.face_detection.finished.connect(lambda _report: self.history.forget())
        self.face_detection.start()

    def _show_failures(self) -> None:
        from memoryapp.ui.dialogs.import_dialog import FailuresDialog  # inline: the importers

        dialog = FailuresDialog(self.browser.failures, self)
        dialog.show()

    def _on_period(self, low: str, high: str) -> None:
        self.search_field.set_query(f"date:{low}..{high}")

    def _open_current(self) -> None:
        index = self.grid.currentIndex()
        if index.isValid():
            self.open_viewer(str(index.data(ItemIdRole)))

    def _details_item(self) -> str | None:
        """The one item the details panel shows (None for none or several)."""
        items = self.details.state.items
        return items[0].id if len(items) == 1 else None

    def open_viewer(self, item_id: str) -> QWidget:
        """Open the large viewer on ``item_id``; next/previous follow the grid."""
        from memoryapp.ui.widgets.viewer import ViewerWindow  # inline: heavy, first use only

        viewer = self._viewer
        if viewer is None or not isValid(viewer):  # one viewer window, reused
            viewer = ViewerWindow(
                self.library,
                self.bridge,
                self.undo_stack,
                item_id,
                self,
                slideshow_seconds=self.settings.slideshow_seconds,
            )
            viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            viewer.faces.person_requested.connect(
                lambda person_id: self.dialogs.edit_record("person", person_id)
            )
            shown = viewer  # not None (for the closure): a drop on it gets its item as front
            self.back_drop.watch(shown.canvas, lambda: shown.item_id)
            self._viewer = viewer
        else:
            viewer.set_slideshow_seconds(self.settings.slideshow_seconds)
            viewer.show_item(item_id)
        viewer.set_sequence([str(i) for i in self.model.ids()])
        viewer.set_highlight(query_words(self.browser.query))  # the lines a search found
        viewer.show()
        viewer.raise_()
        viewer.activateWindow()
        return viewer

    # -- collections -----------------------------------------------------------------------

    def choose_collection(self) -> None:
        """Ask for a collection folder and open it."""
        path = collection_open.ask_collection_folder(self)
        if path is not None:
            self.open_collection(path)

    def new_collection(self) -> None:
        """Ask for an empty folder and make a new collection there."""
        library = collection_open.ask_new_collection(self)
        if library is not None:
            self._switch_to(library)

    def open_collection(self, path: Path) -> "MainWindow | None":
        """Open another collection in place of this one; explain kindly if it cannot be."""
        if path.resolve() == self.library.path.resolve():
            return self
        library = collection_open.open_library(path, self)
        return self._switch_to(library) if library is not None else None

    def _switch_to(self, library: Library) -> "MainWindow":
        self.settings.last_collection = library.path
        window = MainWindow(library, self.settings, finder_factory=self._finder_factory)
        window.show()
        self.close()
        return window

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in self.settings.recent_collections:
            action = self.recent_menu.addAction(isolate(str(path)))
            action.setEnabled(path.resolve() != self.library.path.resolve() and path.is_dir())
            action.triggered.connect(lambda _checked=False, p=path: self.open_collection(p))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("No recent collections")).setEnabled(False)

    # -- state -----------------------------------------------------------------------------

    def select_items(self, item_ids: list[str]) -> None:
        """Select these items in the grid (those the current search shows)."""
        selection = QItemSelection()
        for item_id in item_ids:
            row = self.model.row_of(item_id)
            if row is not None:
                index = self.model.index(row, 0)
                selection.select(index, index)
        if not selection.isEmpty():
            self.grid.selectionModel().select(
                selection, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            self.grid.scrollTo(selection.indexes()[0])

    def _on_grid_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._selection_timer.start()

    def _on_selection_settled(self) -> None:
        ids = self.browser.selected_ids()
        self.details.show_items(ids)
        self._update_counts(self.model.rowCount(), self.browser.total)

    def _update_placeholder(self) -> None:
        if self.browser.finder is None:
            text = self.tr("Preparing the collection…")
        elif self.trash.in_trash:
            text = self.tr("The trash is empty.")
        elif self.browser.total == 0 and not self.browser.query:
            text = self.tr(
                "This collection is empty.\n\nDrag photos, scans or whole folders here, "
                "or choose File → Import (Ctrl+I)."
            )
        else:
            text = self.tr(
                "Nothing matches this search.\n\nTry fewer words, or press Escape to see everything."
            )
        self.grid.set_placeholder(text)

    def _update_counts(self, shown: int, total: int) -> None:
        self._update_placeholder()
        selected = self.browser.selected_count()
        if self.trash.in_trash:
            text = self.tr("%Ln item(s) in the trash", "", shown)
        elif shown == total or not total:
            text = self.tr("%Ln item(s)", "", shown)
        else:
            text = self.tr("%1 of %Ln item(s)", "", total).replace("%1", number(shown))
        if selected:
            text += "  \N{MIDDLE DOT}  " + self.tr("%Ln selected", "", selected)
        self.count_label.setText(text)

    def _on_indexing(self, indexing: bool) -> None:
        self._update_placeholder()
        self.busy_label.setText(self.tr("Preparing the search…") if indexing else "")
        if not indexing:
            self.index_bar.hide()
            self.busy_label.setMinimumWidth(0)

    def _on_indexing_progress(self, done: int, total: int) -> None:
        if self.browser.finder is not None:
            return  # a late report: the index is ready
        text = self.tr("Indexing for search… %1 of %2")
        self.busy_label.setText(text.replace("%1", number(done)).replace("%2", number(total)))
        widest = text.replace("%1", number(total)).replace("%2", number(total))
        room = self.busy_label.fontMetrics().horizontalAdvance(widest) + 8
        if room > self.busy_label.minimumWidth():  # the counts grow: never cut them short
            self.busy_label.setMinimumWidth(room)
        self.index_bar.setRange(0, max(total, 1))
        self.index_bar.setValue(done)
        self.index_bar.show()

    def _on_index_failed(self, reason: str) -> None:
        self.grid.set_placeholder(
            self.tr("The collection could not be prepared for browsing:\n%1").replace("%1", reason)
        )

    def _on_busy(self, busy: bool) -> None:
        if not self.browser.finder:
            return
        self.busy_label.setText(self.tr("Saving…") if busy else "")

    # -- drag and drop ---------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if urls and all(url.isLocalFile() for url in urls):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    def _import_dialogs(self) -> list["ImportDialog"]:
        """The import dialogs open on this window (none if no import was ever started)."""
        module = sys.modules.get("memoryapp.ui.dialogs.import_dialog")
        return [] if module is None else self.findChildren(module.ImportDialog)

    # -- closing ---------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        for dialog in self._import_dialogs():
            if dialog.is_running:
                answer = QMessageBox.question(
                    self,
                    self.tr("An import is running"),
                    self.tr("Stop the import and close? What was imported so far stays."),
                )
                if answer != QMessageBox.StandardButton.Yes:
                    event.ignore()
                    return
                dialog.cancel_import()
        self.save_layout()
        self.loader.cancel_all()
        self.bridge.wait()
        self.loader.wait()
        if self.browser.finder is not None:
            self.browser.finder.save()  # the next opening loads it instead of indexing again
        self.library.close()
        if self in MainWindow.windows:
            MainWindow.windows.remove(self)
        super().closeEvent(event)
