"""What happens to an error nobody caught: a dialog and the log, never a traceback on stderr.

As Anki's ``aqt/errors.py`` does, :class:`ExceptionHandler` replaces ``sys.excepthook`` (an
exception raised in a Qt slot ends there): it writes the traceback to the log and shows a
dialog saying what happened, with a "Copy details" button for a bug report. Errors from any
thread reach the dialog through a queued signal, so it is only ever built on the GUI thread.
"""

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

log = logging.getLogger(__name__)


class ErrorDialog(QDialog):
    """Says that something went wrong, with the details to copy for a bug report."""

    def __init__(
        self, summary: str, details: str, log_path: Path | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("errorDialog")
        self.setWindowTitle(self.tr("Something went wrong"))
        layout = QVBoxLayout(self)
        text = self.tr(
            "Something went wrong: %1. What you were doing may not have finished; the "
            "collection keeps every change whole or not at all."
        ).replace("%1", summary)
        if log_path is not None:
            text += " " + self.tr("The details are also in the log: %1").replace(
                "%1", str(log_path)
            )
        self.message = QLabel(text, self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)
        self.details = QPlainTextEdit(details, self)
        self.details.setReadOnly(True)
        layout.addWidget(self.details, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("&Copy details"), self)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 400)

    def add(self, details: str) -> None:
        """Another error while the dialog is open: its details go below."""
        self.details.appendPlainText("\n" + details)

    def copy_details(self) -> None:
        """Put the details on the clipboard (for a bug report)."""
        QGuiApplication.clipboard().setText(self.details.toPlainText())


class ExceptionHandler(QObject):
    """Catches uncaught exceptions (``sys.excepthook``): logs them and shows :class:`ErrorDialog`.

    Signals:
        raised(str, str): an uncaught exception's summary and traceback (queued to the GUI).
    """

    raised = Signal(str, str)

    def __init__(self, log_path: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_path = log_path
        self.dialog: ErrorDialog | None = None
        self._previous = sys.excepthook
        self.raised.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        """Catch every uncaught exception from now on."""
        self._previous = sys.excepthook
        sys.excepthook = self.handle

    def uninstall(self) -> None:
        """Give ``sys.excepthook`` back."""
        if sys.excepthook == self.handle:
            sys.excepthook = self._previous

    def handle(
        self,
        kind: type[BaseException],
        value: BaseException,
        tb: TracebackType | None,
    ) -> None:
        """Log the traceback, then show it (any thread)."""
        if issubclass(kind, KeyboardInterrupt):
            self._previous(kind, value, tb)
            return
        details = "".join(traceback.format_exception(kind, value, tb))
        log.error("Uncaught exception:\n%s", details.rstrip())
        summary = f"{kind.__name__}: {value}" if str(value) else kind.__name__
        self.raised.emit(summary, details)

    def _show(self, summary: str, details: str) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.add(details)
            return
        self.dialog = ErrorDialog(summary, details, self.log_path)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.destroyed.connect(self._forget)
        self.dialog.show()

    def _forget(self) -> None:
        self.dialog = None
