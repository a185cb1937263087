"""Face detection in the background after an import: progress and Cancel in the status bar.

The job runs on the collection worker (``library.face_job.detect_faces``); each batch it
commits is an operation of the history, like an import's, so the window's undo stack is
told to forget its steps when it ends. Cancel stops after the current picture: what was
found stays, and the next run continues with the pictures not searched yet.
"""

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QProgressBar, QStatusBar, QToolButton

from memoryapp.core.changes import Changes
from memoryapp.core.ids import ItemId
from memoryapp.core.progress import CancelToken, ProgressInfo
from memoryapp.library.face_job import DetectReport, detect_faces
from memoryapp.ui.bridge import LibraryBridge


class FaceDetection(QObject):
    """Runs detection jobs one at a time and shows them in a status bar.

    Signals:
        finished(object): the ``DetectReport`` of a run that ended (cancelled or not).
    """

    finished = Signal(object)

    def __init__(self, bridge: LibraryBridge, status: QStatusBar) -> None:
        super().__init__(status)
        self._bridge = bridge
        self._token: CancelToken | None = None
        self.bar = QProgressBar(status)
        self.bar.setMaximumWidth(160)
        self.bar.setFormat(self.tr("Faces %v/%m"))
        self.cancel_button = QToolButton(status)
        self.cancel_button.setText(self.tr("Stop finding faces"))
        self.cancel_button.clicked.connect(self.cancel)
        status.addPermanentWidget(self.bar)
        status.addPermanentWidget(self.cancel_button)
        self._show(False)

    @property
    def is_running(self) -> bool:
        """Whether a detection job is queued or running."""
        return self._token is not None

    def start(self) -> None:
        """Search the pictures not searched yet (nothing when a run is already going)."""
        if self._token is not None:
            return
        token = self._token = CancelToken()
        library = self._bridge.library
        self.bar.setRange(0, 0)
        self._show(True)
        self._bridge.progress.connect(self._on_progress)
        self._bridge.run(
            lambda: detect_faces(library, progress=self._bridge.report_progress, cancel=token),
            on_done=self._on_done,
            on_error=lambda _failure: self._end(None),
        )

    def cancel(self) -> None:
        """Stop after the current picture."""
        if self._token is not None:
            self._token.cancel()
            self.cancel_button.setEnabled(False)

    def _on_progress(self, info: ProgressInfo) -> None:
        if info.total:
            self.bar.setRange(0, info.total)
            self.bar.setValue(info.done)

    def _on_done(self, report: object) -> None:
        self._end(report if isinstance(report, DetectReport) else None)

    def _end(self, report: DetectReport | None) -> None:
        self._bridge.progress.disconnect(self._on_progress)
        self._token = None
        self._show(False)
        library = self._bridge.library
        items = frozenset(ItemId(i) for i in {f.item_id for f in library.faces()})
        self._bridge.announce(Changes(items=items))
        self.finished.emit(report)

    def _show(self, shown: bool) -> None:
        self.bar.setVisible(shown)
        self.cancel_button.setVisible(shown)
        self.cancel_button.setEnabled(shown)
