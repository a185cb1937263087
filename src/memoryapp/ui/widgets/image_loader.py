"""Decode pictures and document pages off the GUI thread into upright QImages.

A job is a ``QRunnable`` on the loader's own ``QThreadPool``; it builds a ``QImage`` only
(never a pixmap or a widget) and reports through a small ``QObject`` (STYLE.md §2.2). Answers
carry a generation number so the viewer drops those for an item it has already left.
"""

import logging
from collections.abc import Callable
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, SignalInstance
from PySide6.QtGui import QImage

from memoryapp.library.previews import turn_upright

log = logging.getLogger(__name__)

MAX_SIDE = 8192  # longest side decoded for the viewer (zooming further just scales up)


def pil_to_qimage(image: Image.Image) -> QImage:
    """Copy a Pillow image into a QImage (RGB888 or RGBA8888), owning its pixels."""
    if image.mode not in ("RGB", "RGBA"):
        image = image.convert("RGBA" if "A" in image.getbands() else "RGB")
    fmt = QImage.Format.Format_RGBA8888 if image.mode == "RGBA" else QImage.Format.Format_RGB888
    data = image.tobytes()
    channels = 4 if image.mode == "RGBA" else 3
    qimage = QImage(data, image.width, image.height, image.width * channels, fmt)
    return qimage.copy()  # detach from ``data``, which Python frees


def decode_upright(path: Path, max_side: int = MAX_SIDE, orientation: int | None = None) -> QImage:
    """Decode a picture file, turn it upright, cap its longest side.

    ``orientation`` is the item's (it may come from an XMP sidecar); None: the file's own.

    Raises:
        OSError: the file cannot be read or decoded.
        ValueError: Pillow refused the file (e.g. a decompression bomb).
    """
    with Image.open(path) as opened:
        if opened.format == "JPEG":
            opened.draft("RGB", (max_side, max_side))  # decode at a reduced scale when large
        opened.load()
        upright = turn_upright(opened, orientation)
        if max(upright.size) > max_side:
            upright = upright.copy()
            upright.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
        return pil_to_qimage(upright)


class _Signals(QObject):
    loaded = Signal(int, QImage)  # generation, image
    failed = Signal(int, str)  # generation, reason


class _Job(QRunnable):
    def __init__(self, generation: int, produce: Callable[[], QImage], signals: _Signals) -> None:
        super().__init__()
        self._generation = generation
        self._produce = produce
        self._signals = signals

    def run(self) -> None:
        try:
            image = self._produce()
        except Exception as exc:  # noqa: BLE001 - a bad file becomes a signal, never a crash
            log.warning("cannot decode for the viewer: %s", exc)
            self._tell(self._signals.failed, str(exc))
            return
        if image.isNull():
            self._tell(self._signals.failed, "empty image")
        else:
            self._tell(self._signals.loaded, image)

    def _tell(self, signal: SignalInstance, value: object) -> None:
        """Emit the answer, unless the viewer that asked has gone meanwhile (nobody to tell)."""
        try:
            signal.emit(self._generation, value)
        except RuntimeError:  # "Signal source has been deleted": the window was closed
            log.debug("viewer closed before job %d finished", self._generation)


class ImageLoader(QObject):
    """Runs decode jobs on a private pool and emits their results on the GUI thread.

    Signals:
        loaded(int, QImage): the job of that generation produced an image.
        failed(int, str): the job of that generation failed; the text says why.
    """

    loaded = Signal(int, QImage)
    failed = Signal(int, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        # No parent: a running job keeps its signals alive even if the loader goes away.
        self._signals = _Signals()
        self._signals.loaded.connect(self.loaded)
        self._signals.failed.connect(self.failed)

    def request(self, generation: int, produce: Callable[[], QImage]) -> None:
        """Run ``produce`` on a worker; its result arrives as ``loaded`` or ``failed``."""
        self._pool.start(_Job(generation, produce, self._signals))

    def clear(self) -> None:
        """Drop the jobs that have not started yet."""
        self._pool.clear()

    def wait_idle(self, msecs: int = 30_000) -> bool:
        """Block until running jobs finish (for shutdown and tests)."""
        return self._pool.waitForDone(msecs)
