"""Ctrl+Z in a text field: the field's unsaved typing first, then the collection's undo.

A QLineEdit or QPlainTextEdit takes Ctrl+Z and Ctrl+Shift+Z for its own undo, so once an
edit is saved its undo would put the old text back in the field while the catalogue keeps
the new value. Like Anki's editor and digiKam's captions, the two are kept apart: when a
field saves, :func:`forget_typing` clears its own undo history, and :class:`FieldUndo`
lets the undo and redo keys through to the window's Undo and Redo actions (the collection's
history) whenever the field has nothing of its own to undo or redo.
"""

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

_UNDO = (QKeySequence.StandardKey.Undo,)
_REDO = (QKeySequence.StandardKey.Redo,)
_REDO_KEYS = (QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y"))


def forget_typing(field: QLineEdit | QPlainTextEdit) -> None:
    """The field's text was saved: its own undo history goes (the collection's undo owns it)."""
    if isinstance(field, QLineEdit):
        cursor = field.cursorPosition()
        blocked = field.blockSignals(True)
        field.setText(field.text())  # setText clears the undo history and the modified flag
        field.blockSignals(blocked)
        field.setCursorPosition(cursor)
    else:
        field.document().clearUndoRedoStacks()
        field.document().setModified(False)


def _is_redo(event: QKeyEvent) -> bool:
    combo = QKeySequence(event.keyCombination())
    return any(event.matches(k) for k in _REDO) or combo in _REDO_KEYS


def _can(field: QObject, *, redo: bool) -> bool:
    if isinstance(field, QLineEdit):
        return field.isRedoAvailable() if redo else field.isUndoAvailable()
    if isinstance(field, QPlainTextEdit):
        document = field.document()
        return document.isRedoAvailable() if redo else document.isUndoAvailable()
    return False


class FieldUndo(QObject):
    """Event filter for text fields: undo keys go to the window when the field has no typing."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            redo = _is_redo(event)
            undo = not redo and any(event.matches(k) for k in _UNDO)
            if (undo or redo) and not _can(watched, redo=redo):
                return True  # not accepted by the field: the window's shortcut fires
        return False

    def watch(self, *fields: QWidget) -> None:
        """Filter the undo and redo keys of ``fields``."""
        for field in fields:
            field.installEventFilter(self)
