"""Deleting a person or a place from its manager: one undoable command, or who takes over.

The command is built on the bridge's query worker (it reads every item). When the record is
still used, :class:`ReassignDialog` says where and lets the user choose another record to
take over every use; the delete then runs again with that reassignment, still one command.
"""

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from memoryapp.core.commands import Command
from memoryapp.core.deletions import InUseError, Uses
from memoryapp.core.text import isolate
from memoryapp.ui.bridge import LibraryBridge
from memoryapp.ui.i18n import sort_key
from memoryapp.ui.undo import push_command

Choice = tuple[str, str]
"""``(name shown, record id)``."""


class ReassignDialog(QDialog):
    """Why a record cannot simply be deleted, and a list to choose who takes over its uses."""

    def __init__(
        self, title: str, message: str, choices: Sequence[Choice], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.text = QLabel(message, self)
        self.text.setWordWrap(True)
        self.combo = QComboBox(self)
        self.combo.setObjectName("reassignTo")
        collate = sort_key()
        for label, record_id in sorted(choices, key=lambda c: collate(c[0])):
            self.combo.addItem(isolate(label), record_id)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.combo.setPlaceholderText(self.tr("Choose who takes over…"))
        self.combo.setCurrentIndex(-1)  # no one by default: Enter must not pick someone
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Reassign and delete"))
        ok.setEnabled(False)
        self.combo.currentIndexChanged.connect(lambda row: ok.setEnabled(row >= 0))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.combo)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def chosen(self) -> str:
        """The record chosen to take over ("" when there is none)."""
        data = self.combo.currentData()
        return str(data) if data else ""


class RecordDeleter(QObject):
    """Deletes people or places for a manager window.

    Signals:
        failed(str): the delete could not be built (the message, for the manager to show).
    """

    failed = Signal(str)

    def __init__(
        self,
        bridge: LibraryBridge,
        undo_stack: QUndoStack,
        build: Callable[[str, str], Command],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._bridge, self._undo, self._build, self._parent = bridge, undo_stack, build, parent

    def delete(
        self, record_id: str, name: str, others: Sequence[Choice], reassign_to: str = ""
    ) -> None:
        """Delete ``record_id`` (``name`` for texts); ``others`` may take over its uses."""
        build = self._build

        def done(command: object) -> None:
            if isinstance(command, Command):
                text = self.tr("Delete %1").replace("%1", isolate(name))
                push_command(self._undo, command, self._bridge, text)

        def refused(error: BaseException) -> None:
            if isinstance(error, InUseError) and not reassign_to:
                chosen = self.ask_reassign(error, name, others)
                if chosen:
                    self.delete(record_id, name, others, chosen)
            else:
                self.failed.emit(str(error))

        self._bridge.query(lambda: build(record_id, reassign_to), on_done=done, on_error=refused)

    def describe(self, uses: Uses) -> str:
        """Where a record is used, in the user's language ("on 3 items, in 1 scene")."""
        parts = []
        if uses.items:
            part = self.tr("on %n item(s)", "", len(uses.items))
            if uses.trashed:
                part += " " + self.tr("(%n in the trash)", "", uses.trashed)
            parts.append(part)
        if uses.relations:
            parts.append(self.tr("in the relations of %n person(s)", "", uses.relations))
        if uses.lives:
            parts.append(self.tr("as the birth or death place of %n person(s)", "", uses.lives))
        if uses.scenes:
            parts.append(self.tr("in %n scene(s)", "", uses.scenes))
        if uses.links:
            parts.append(self.tr("as the framing of %n scene link(s)", "", uses.links))
        return self.tr(", ").join(parts)

    def ask_reassign(self, error: InUseError, name: str, others: Sequence[Choice]) -> str:
        """Ask who takes over; return their id, or "" to cancel (replaced in tests)."""
        message = self.tr(
            "%1 is still used %2. Choose who takes over every use; then %1 is deleted. "
            "You can undo this."
        )
        dialog = ReassignDialog(
            self.tr("Delete %1").replace("%1", isolate(name)),
            message.replace("%1", isolate(name)).replace("%2", self.describe(error.uses)),
            others,
            self._parent,
        )
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else ""
