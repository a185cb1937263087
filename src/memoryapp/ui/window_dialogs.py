"""The main window's secondary windows: people, places, preferences, help, about."""

import logging
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from memoryapp import __version__
from memoryapp.core.errors import MemoryAppError
from memoryapp.library import Library
from memoryapp.ui.bridge import LibraryBridge
from memoryapp.ui.browse import Browser
from memoryapp.ui.dialogs.preferences import PreferencesDialog
from memoryapp.ui.item_model import ItemListModel
from memoryapp.ui.settings import UiSettings

log = logging.getLogger(__name__)


class DialogHost(Protocol):
    """What the secondary windows need from the main window (it is their parent too)."""

    library: Library
    settings: UiSettings
    bridge: LibraryBridge
    undo_stack: QUndoStack
    browser: Browser
    model: ItemListModel

    def select_items(self, item_ids: list[str]) -> None:
        """Select these items in the grid."""


class WindowDialogs:
    """Opens each secondary window once and brings it forward when asked again."""

    def __init__(self, window: QMainWindow, host: DialogHost) -> None:
        self._window = window
        self._host = host
        self._open: dict[str, QWidget] = {}

    def _reuse(self, key: str) -> bool:
        widget = self._open.get(key)
        if widget is None:
            return False
        widget.show()
        widget.raise_()
        widget.activateWindow()
        return True

    def _keep(self, key: str, widget: QWidget) -> None:
        widget.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        widget.destroyed.connect(lambda _obj=None, k=key: self._open.pop(k, None))
        self._open[key] = widget
        widget.show()

    def attach_back(self) -> None:
        """Join two selected items: one becomes the back (a view) of the other."""
        from memoryapp.ui.dialogs.attach_back import AttachBackDialog  # inline: first use only
        from memoryapp.ui.undo import push_command

        h = self._host
        ids = h.browser.selected_ids()
        if len(ids) != 2:
            QMessageBox.information(
                self._window,
                QCoreApplication.translate("MainWindow", "Attach the back of a print"),
                QCoreApplication.translate(
                    "MainWindow", "Select two items: a print's front and its back."
                ),
            )
            return
        dialog = AttachBackDialog([h.library.item(i) for i in ids], self._window)
        self.attach_dialog = dialog  # for the tests: the dialog on screen

        def attach() -> None:
            try:
                command = dialog.command()
            except ValueError as exc:
                self._window.statusBar().showMessage(str(exc), 8000)
                return
            label = QCoreApplication.translate("MainWindow", "Attach the back")
            push_command(h.undo_stack, command, h.bridge, label)

        dialog.accepted.connect(attach)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def people(self) -> None:
        """The people of the collection: names in every script, merge, relations."""
        if self._reuse("people"):
            return
        from memoryapp.ui.dialogs.people_manager import PeopleManager  # inline: first use only

        h = self._host
        self._keep("people", PeopleManager(h.library, h.bridge, h.undo_stack, self._window))

    def faces(self) -> None:
        """The faces found and not named yet, in groups that look alike."""
        if self._reuse("faces"):
            return
        from memoryapp.ui.faces_view import FacesWindow  # inline: first use only

        h = self._host
        self._keep("faces", FacesWindow(h.library, h.bridge, h.undo_stack, self._window))

    def places(self) -> None:
        """The places of the collection and their hierarchy."""
        if self._reuse("places"):
            return
        try:
            from memoryapp.ui.dialogs.places_manager import PlacesManager  # inline: first use only
        except ImportError:
            log.warning("The places manager is not available", exc_info=True)
            self._window.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Places are not available yet."), 6000
            )
            return
        h = self._host
        self._keep("places", PlacesManager(h.library, h.bridge, h.undo_stack, self._window))

    def films(self) -> None:
        """The documentary films: scenes, material, clearance, exports for editors."""
        if self._reuse("films"):
            return
        from memoryapp.ui.films import FilmsPanel  # inline: first use only

        w, h = self._window, self._host
        panel = FilmsPanel(h.library, h.bridge, h.undo_stack, parent=w)
        panel.setWindowFlag(Qt.WindowType.Window)
        panel.setWindowTitle(QCoreApplication.translate("MainWindow", "Films — memoryapp"))
        panel.resize(1100, 700)
        panel.items_selected.connect(h.select_items)
        panel.message.connect(lambda text: w.statusBar().showMessage(text, 6000))
        self._keep("films", panel)

    def edit_record(self, kind: str, record_id: str) -> None:
        """Open the window that edits a person, a place, a film or a scene, on that record."""
        if kind in ("person", "place"):
            key = "people" if kind == "person" else "places"
            (self.people if kind == "person" else self.places)()
            manager = self._open.get(key)
            select = getattr(manager, "select", None)
            if manager is None or select is None:
                return
            select(record_id)  # when already loaded; else once the list is filled
            loaded = getattr(manager, "loaded", None)
            if loaded is not None:
                loaded.connect(lambda: select(record_id), Qt.ConnectionType.SingleShotConnection)
            return
        self.films()
        panel = self._open.get("films")
        if panel is None:
            return
        try:
            film_id = record_id if kind == "film" else self._host.library.scene(record_id).film_id
        except MemoryAppError:
            return
        from memoryapp.ui.films import FilmsPanel

        if not isinstance(panel, FilmsPanel):
            return
        panel.select_film(film_id)
        if kind == "scene":  # now if the film is shown, else once it is read
            panel.select_scene(record_id)
            panel.snapshot_loaded.connect(
                lambda: panel.select_scene(record_id), Qt.ConnectionType.SingleShotConnection
            )

    def preferences(self) -> None:
        """The preferences dialog (UI language, the name the history records)."""
        host = self._host
        dialog = PreferencesDialog(host.settings, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: setattr(host.library, "user", host.settings.user_name))
        dialog.open()

    def export(self) -> None:
        """Export the selected items, or everything the grid shows when nothing is selected."""
        if self._reuse("export"):
            return
        try:
            from memoryapp.ui.dialogs.export_dialog import ExportDialog  # inline: first use only
        except ImportError:
            log.warning("The export dialog is not available", exc_info=True)
            return
        h = self._host
        selected = h.browser.selected_ids()
        ids = selected or h.model.ids()
        if selected:
            label = QCoreApplication.translate("MainWindow", "%n selected item(s)", "", len(ids))
        elif h.browser.query:
            label = QCoreApplication.translate(
                "MainWindow", "%n item(s) found by the search", "", len(ids)
            )
        else:
            label = QCoreApplication.translate("MainWindow", "all %n item(s)", "", len(ids))
        self._keep(
            "export", ExportDialog(h.library, h.bridge, [str(i) for i in ids], label, self._window)
        )

    def search_help(self) -> None:
        """How to search, with examples."""
        self._message(
            "search_help",
            QCoreApplication.translate("MainWindow", "Search tips"),
            QCoreApplication.translate(
                "MainWindow",
                "<p>Type words from titles, descriptions and notes, or names of people and "
                "places, in any script. Spelling variants meet: <i>Tinghir</i> also finds "
                "<i>Tinerhir</i>.</p>"
                "<table cellspacing='6'>"
                "<tr><td><code>person:Yakout</code></td><td>photos of someone</td></tr>"
                "<tr><td><code>place:Tinghir</code></td><td>a place and every place inside it</td></tr>"
                "<tr><td><code>date:1950..1959</code> or <code>1955</code></td><td>a period</td></tr>"
                "<tr><td><code>tag:Events</code></td><td>a tag and the tags under it</td></tr>"
                "<tr><td><code>is:undated</code>, <code>is:untagged</code></td><td>what still needs work</td></tr>"
                "<tr><td><code>-is:private</code></td><td>a minus sign leaves things out</td></tr>"
                "<tr><td><code>wedding OR henna</code></td><td>either word</td></tr>"
                "</table>"
                "<p>Click an entry in the sidebar to show it; Ctrl+click narrows the current "
                "search.</p>",
            ),
        )

    def about(self) -> None:
        """About memoryapp."""
        self._message(
            "about",
            QCoreApplication.translate("MainWindow", "About memoryapp"),
            QCoreApplication.translate(
                "MainWindow",
                "<h3>memoryapp %1</h3><p>A desktop archivist for family photos, letters and "
                "papers: who is on them, where and when, as well as anyone remembers.</p>"
                "<p>Originals are never changed. Everything stays in the collection folder.</p>",
            ).replace("%1", __version__),
        )

    def _message(self, key: str, title: str, html: str) -> None:
        if self._reuse(key):
            return
        box = QMessageBox(
            QMessageBox.Icon.NoIcon, title, html, QMessageBox.StandardButton.Close, self._window
        )
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setWindowModality(Qt.WindowModality.NonModal)
        self._keep(key, box)
