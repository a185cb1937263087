"""One undo stack for the window, and it is the collection's history.

:class:`CoreCommand` puts a core command on Qt's undo stack: its first ``redo()`` applies it
through ``Library.apply`` (which logs it as an operation), and later undo and redo ask the
library to undo or redo *that* operation (``Library.undo(operation_id)``), so the stack and
the log cannot drift apart. ``QUndoStack.push()`` calls ``redo()`` at once, so never apply
a command before pushing it. Every write runs on the bridge's collection worker, in order,
and the views repaint from ``collection_changed``.

:class:`HistoryActions` are the window's Undo and Redo: they drive the stack while it has a
step, then go on through the collection's history, so after reopening the window Ctrl+Z
undoes the last operation made in the CLI (or an import), labelled from the log. Writes
that do not go through the stack (an import) call :meth:`HistoryActions.forget` so the
stack never claims a step the log has moved past.
"""

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from shiboken6 import isValid

from memoryapp.core.changes import Changes
from memoryapp.core.commands import Command
from memoryapp.core.history import Operation
from memoryapp.library import Library
from memoryapp.ui.bridge import LibraryBridge
from memoryapp.ui.i18n import QT_TRANSLATE_NOOP


class CoreCommand(QUndoCommand):
    """Wraps one ``memoryapp.core.commands.Command``; undo and redo go through the log."""

    def __init__(
        self,
        command: Command,
        bridge: LibraryBridge,
        text: str = "",
        stack: QUndoStack | None = None,
    ) -> None:
        super().__init__(text or command_text(command))
        self.command = command
        self.operation_id: int | None = None  # set on the worker once applied and logged
        self._bridge = bridge
        self._stack = stack
        self._applied = False

    def redo(self) -> None:
        if not self._applied:
            self._applied = True
            self._bridge.run(self._apply, on_error=self._refused)
        else:
            self._bridge.run(lambda: self._step(redo=True), on_error=self._refused)

    def undo(self) -> None:
        self._bridge.run(lambda: self._step(redo=False), on_error=self._refused)

    def _apply(self) -> Changes:  # collection worker
        library = self._bridge.library
        changes = library.apply(self.command)
        newest = library.undoable()
        self.operation_id = newest.id if changes and newest is not None else None
        return changes

    def _step(self, *, redo: bool) -> Changes:  # collection worker, after _apply
        if self.operation_id is None:
            return Changes()  # applying failed or changed nothing: nothing to undo
        library = self._bridge.library
        step = library.redo if redo else library.undo
        return step(self.operation_id).changes

    def _refused(self, _exc: BaseException) -> None:
        """The log refused this step: the stack no longer matches it, so it goes on from the log."""
        if self._stack is not None:
            QTimer.singleShot(0, self._stack.clear)


def push_command(
    stack: QUndoStack, command: Command, bridge: LibraryBridge, text: str = ""
) -> bool:
    """Push ``command`` (which applies it) unless it would change nothing; return whether pushed."""
    if command.is_empty:
        return False
    stack.push(CoreCommand(command, bridge, text, stack))
    return True


def command_text(command: Command) -> str:
    """The menu text for a core command ("Undo Tag (3 items)"), translated where known."""
    verb, _, rest = command.label.partition(" (")
    count = sum(1 for slot in command.after if slot.kind.__name__ == "Item")
    texts = {
        "Edit": QCoreApplication.translate("CoreCommand", "Edit %n item(s)", "", count),
        "Tag": QCoreApplication.translate("CoreCommand", "Tag %n item(s)", "", count),
        "Tag face": QCoreApplication.translate("CoreCommand", "Tag a face"),
        "Edit person": QCoreApplication.translate("CoreCommand", "Edit person"),
        "Edit place": QCoreApplication.translate("CoreCommand", "Edit place"),
        "Move to trash": QCoreApplication.translate(
            "CoreCommand", "Move %n item(s) to the trash", "", count
        ),
        "Restore from trash": QCoreApplication.translate(
            "CoreCommand", "Restore %n item(s) from the trash", "", count
        ),
        "Empty trash": QCoreApplication.translate("CoreCommand", "Empty the trash"),
    }
    return texts.get(verb, command.label if not rest else verb)


class HistoryActions(QObject):
    """The window's Undo and Redo actions: the stack first, then the collection's history."""

    def __init__(self, stack: QUndoStack, bridge: LibraryBridge, parent: QObject) -> None:
        super().__init__(parent)
        self.stack, self._bridge = stack, bridge
        self._logged: tuple[Operation | None, Operation | None] = (None, None)
        self.undo_action = QAction(parent)
        self.undo_action.setObjectName("action_undo")
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.undo_action.triggered.connect(self.undo)
        self.redo_action = QAction(parent)
        self.redo_action.setObjectName("action_redo")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.triggered.connect(self.redo)
        stack.indexChanged.connect(self._update)
        stack.cleanChanged.connect(self._update)
        bridge.collection_changed.connect(self.refresh)
        bridge.failed.connect(self.refresh)
        self._update()
        self.refresh()

    @property
    def library(self) -> Library:
        """The open collection."""
        return self._bridge.library

    def refresh(self, *_signal: object) -> None:
        """Read what the history would undo and redo next (on the query worker)."""
        library = self.library
        self._bridge.query(
            lambda: (library.undoable(), library.redoable()), on_done=self._on_logged
        )

    def undo(self) -> None:
        """Undo the stack's step, or else the newest operation of the history."""
        if self.stack.canUndo():
            self.stack.undo()
        elif self._logged[0] is not None:
            self.forget()
            self._bridge.run(lambda: self.library.undo().changes)

    def redo(self) -> None:
        """Redo the stack's step, or else the operation the history undid last."""
        if self.stack.canRedo():
            self.stack.redo()
        elif self._logged[1] is not None:
            self.forget()
            self._bridge.run(lambda: self.library.redo().changes)

    def forget(self) -> None:
        """Drop the stack's steps (a write went around it); undo goes on from the history."""
        self.stack.clear()
        self.refresh()

    def _on_logged(self, steps: tuple[Operation | None, Operation | None]) -> None:
        self._logged = steps
        self._update()

    def _update(self, *_signal: object) -> None:
        if not isValid(self.stack) or not isValid(self.undo_action):
            return  # the window is being destroyed
        undo_text = self.stack.undoText() if self.stack.canUndo() else _label(self._logged[0])
        redo_text = self.stack.redoText() if self.stack.canRedo() else _label(self._logged[1])
        self.undo_action.setEnabled(self.stack.canUndo() or self._logged[0] is not None)
        self.redo_action.setEnabled(self.stack.canRedo() or self._logged[1] is not None)
        self.undo_action.setText(_action_text("&Undo", "&Undo %1", undo_text))
        self.redo_action.setText(_action_text("&Redo", "&Redo %1", redo_text))


def _label(op: Operation | None) -> str:
    return op.label if op is not None else ""


# Marked for lupdate (``_action_text`` translates them): "&Undo Tag 3 items" in every language.
_STEP_TEXTS = (QT_TRANSLATE_NOOP("Menu", "&Undo %1"), QT_TRANSLATE_NOOP("Menu", "&Redo %1"))


def _action_text(plain: str, with_step: str, step: str) -> str:
    if not step:
        return QCoreApplication.translate("Menu", plain)
    return QCoreApplication.translate("Menu", with_step).replace("%1", step)
