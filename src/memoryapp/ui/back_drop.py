"""Attach the back of a print by dragging: an item dropped on another becomes its back.

Thumbnails are dropped on a thumbnail in the grid (the grid's ``items_dropped``), on the
details panel's picture or on the viewer's (:meth:`BackDrop.watch`).

The drop asks first ("Attach 'X' as the back of 'Y'?", Cancel possible), then runs the same
core command as ``memoryapp item attach``: one undo step, the back's own item in the trash.
A drop on the item itself, on a print that has a back already, or of several items at once
is refused with one sentence in the status bar.
"""

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QDropEvent, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from memoryapp.core.errors import MemoryAppError
from memoryapp.core.views import attach_command
from memoryapp.library import Library
from memoryapp.ui.bridge import LibraryBridge
from memoryapp.ui.dialogs.attach_back import item_name
from memoryapp.ui.i18n import isolate
from memoryapp.ui.item_mime import ITEM_IDS_MIME, item_ids_of
from memoryapp.ui.undo import push_command


def _tr(text: str) -> str:
    return QCoreApplication.translate("BackDrop", text)


class BackDrop(QObject):
    """Asks, then attaches a dropped item as the back of the item it was dropped on."""

    def __init__(
        self,
        library: Library,
        bridge: LibraryBridge,
        undo_stack: QUndoStack,
        window: QMainWindow,
    ) -> None:
        super().__init__(window)
        self._library, self._bridge, self._undo, self._window = (
            library,
            bridge,
            undo_stack,
            window,
        )
        self.question: QMessageBox | None = None  # for the tests: the question on screen
        self.refusal = ""  # the last refusal, as shown in the status bar
        self._targets: dict[QObject, Callable[[], str | None]] = {}

    def watch(self, widget: QWidget, target: Callable[[], str | None]) -> None:
        """Let items be dropped on ``widget`` (a picture of ``target()``, the front).

        Other drops (files from a file manager) go on to the widget and its parents.
        """
        widget.setAcceptDrops(True)
        widget.installEventFilter(self)
        self._targets[widget] = target
        widget.destroyed.connect(lambda _obj=None, w=widget: self._targets.pop(w, None))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kinds = (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop)
        target = self._targets.get(watched)
        if target is None or event.type() not in kinds or not isinstance(event, QDropEvent):
            return False
        front = target()
        if not event.mimeData().hasFormat(ITEM_IDS_MIME) or front is None:
            return False
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        if event.type() == QEvent.Type.Drop:
            self.drop(item_ids_of(event.mimeData()), front)
        return True

    def refusal_for(self, dropped: Sequence[str], target: str) -> str:
        """Why ``dropped`` cannot become the back of ``target`` (empty when it can)."""
        if self._library.read_only:
            return _tr("This collection is read-only.")
        if len(dropped) != 1:
            return _tr("Drop one item at a time: a print has one back.")
        if dropped[0] == target:
            return _tr("An item cannot be the back of itself.")
        try:
            front, back = self._library.item(target), self._library.item(dropped[0])
        except MemoryAppError:
            return _tr("That item is no longer in the collection.")
        if front.has_back:
            return _tr("This print has a back already: make that back its own item first.")
        if not back.files:
            return _tr("The dropped item has no file to be a back.")
        if front.trashed_at or back.trashed_at:
            return _tr("Items in the trash cannot be joined.")
        return ""

    def drop(self, dropped: Sequence[str], target: str) -> bool:
        """Ask whether ``dropped`` (one item ID) is the back of ``target``; False if refused."""
        self.refusal = self.refusal_for(dropped, target)
        if self.refusal:
            self._window.statusBar().showMessage(self.refusal, 8000)
            return False
        front, back = self._library.item(target), self._library.item(dropped[0])
        question = QMessageBox(
            QMessageBox.Icon.Question,
            _tr("Attach the back of a print"),
            _tr("Attach “%1” as the back of “%2”?")
            .replace("%1", isolate(item_name(back)))
            .replace("%2", isolate(item_name(front))),
            QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
            self._window,
        )
        question.setInformativeText(_tr("Its own item goes to the trash; Undo takes it back."))
        question.setObjectName("attachBackQuestion")
        question.accepted.connect(lambda: self._attach(front.id, back.id))
        question.finished.connect(question.deleteLater)
        question.destroyed.connect(self._forget)
        self.question = question
        question.open()
        return True

    def _forget(self) -> None:
        self.question = None

    def _attach(self, front_id: str, back_id: str) -> None:
        try:
            front, back = self._library.item(front_id), self._library.item(back_id)
            now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
            command = attach_command(front, back, now)
        except (MemoryAppError, ValueError) as exc:
            self._window.statusBar().showMessage(str(exc), 8000)
            return
        label = QCoreApplication.translate("MainWindow", "Attach the back")
        push_command(self._undo, command, self._bridge, label)
