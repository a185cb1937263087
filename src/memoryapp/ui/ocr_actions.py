"""Catalogue ▸ Read text (OCR): the selected items' pages read on the collection worker.

A small window shows the pages read so far and has a Cancel button; the main window stays
usable meanwhile. Each page read is one step of the collection's history (as an import is,
the job goes around the window's undo stack, which is told to forget its steps after it).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from memoryapp.core.changes import Changes
from memoryapp.core.ids import ItemId
from memoryapp.core.progress import CancelToken, Progress, ProgressInfo
from memoryapp.library import Library
from memoryapp.ui.bridge import LibraryBridge

if TYPE_CHECKING:  # the OCR job (and Tesseract's binding) load when text is first read
    from memoryapp.library.ocr_job import OcrReport

log = logging.getLogger(__name__)


class OcrActions(QObject):
    """Runs the OCR job on chosen items with progress and cancel.

    Signals:
        finished(OcrReport): the job ended (done, cancelled or failed part-way).
    """

    finished = Signal(object)

    def __init__(
        self,
        library: Library,
        bridge: LibraryBridge,
        selected: Callable[[], Sequence[str]],
        forget_steps: Callable[[], None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._library, self._bridge = library, bridge
        self._selected, self._forget = selected, forget_steps
        self._parent = parent
        self._token: CancelToken | None = None
        self.dialog: QProgressDialog | None = None

    @property
    def running(self) -> bool:
        """Whether a reading job is under way."""
        return self._token is not None

    def read_selected(self) -> None:
        """Read the text of the selected items (every page of each)."""
        ids = list(self._selected())
        if ids:
            self.read(ids)

    def read(self, ids: Sequence[str], *, whole_items: bool = True) -> None:
        """Read the text of these items in the background (one job at a time).

        ``whole_items`` False reads only their documents' pages and prints' backs.
        """
        if self._token is not None or self._library.read_only:
            return
        token = self._token = CancelToken()
        dialog = self.dialog = QProgressDialog(self._parent)
        dialog.setObjectName("ocrProgress")
        dialog.setWindowTitle(self.tr("Read text (OCR)"))
        dialog.setLabelText(self.tr("Reading the text of %n item(s)…", "", len(ids)))
        dialog.setCancelButtonText(self.tr("Cancel"))
        dialog.setWindowModality(Qt.WindowModality.NonModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(0)
        dialog.setRange(0, 0)  # busy until the first count arrives
        dialog.canceled.connect(self.cancel)
        dialog.show()
        self._bridge.progress.connect(self._on_progress)
        library, report = self._library, self._bridge.report_progress
        wanted = list(ids)
        self._bridge.run(
            lambda: _read_text(
                library, wanted, whole_items=whole_items, progress=report, cancel=token
            ),
            on_done=self._on_done,
            on_error=self._on_error,
        )

    def cancel(self) -> None:
        """Stop after the page being read."""
        if self._token is not None:
            self._token.cancel()
            if self.dialog is not None:
                self.dialog.setLabelText(self.tr("Stopping after the current page…"))

    def _on_progress(self, info: ProgressInfo) -> None:
        if self.dialog is None or not info.total:
            return
        self.dialog.setRange(0, info.total)
        self.dialog.setValue(info.done)
        self.dialog.setLabelText(
            self.tr("%1 of %2 pages read")
            .replace("%1", str(info.done))
            .replace("%2", str(info.total))
        )

    def _end(self) -> None:
        self._bridge.progress.disconnect(self._on_progress)
        self._token = None
        self._forget()  # the history moved on around the window's stack

    def _on_done(self, report: OcrReport) -> None:
        self._end()
        if self.dialog is not None:
            self.dialog.close()
            self.dialog = None
        changed = frozenset(ItemId(ref.item_id) for ref in report.read)
        self._bridge.announce(Changes(items=changed))
        for failure in report.failures:
            log.warning("OCR: %s", failure)
        self.finished.emit(report)

    def _on_error(self, exc: BaseException) -> None:
        self._end()
        if self.dialog is not None:  # say why in the window, which stays until closed
            self.dialog.setRange(0, 1)
            self.dialog.setValue(0)
            self.dialog.setLabelText(str(exc))
            self.dialog.setCancelButtonText(self.tr("Close"))
            self.dialog.canceled.disconnect(self.cancel)
            self.dialog.canceled.connect(self.dialog.close)
        self._bridge.announce(Changes(items=frozenset(ItemId(i) for i in self._selected())))
        from memoryapp.library.ocr_job import OcrReport  # inline: the OCR engine

        self.finished.emit(OcrReport(failures=[str(exc)]))


def _read_text(
    library: Library,
    ids: Sequence[str],
    *,
    whole_items: bool,
    progress: Progress,
    cancel: CancelToken,
) -> OcrReport:
    """The OCR job, imported on the worker when first run (it loads Tesseract's binding)."""
    from memoryapp.library.ocr_job import read_text

    return read_text(library, ids, whole_items=whole_items, progress=progress, cancel=cancel)
