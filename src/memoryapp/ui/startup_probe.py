"""Start-up timestamps for ``bench/gui_start.py``, when ``MEMORYAPP_STARTUP_PROBE`` is set.

The probe writes one line per moment to stderr, ``memoryapp-probe NAME SECONDS`` where
SECONDS is the wall clock (``time.time()``), so the parent process can subtract the moment
it launched the app: ``window`` when the main window first paints, ``thumbnails`` when the
grid first paints with a decoded thumbnail. With ``MEMORYAPP_STARTUP_PROBE=exit`` the app
quits after the thumbnails, with ``exit-window`` after the window. Without the variable
nothing is installed.
"""

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from memoryapp.ui.thumbnails import ThumbnailLoader

ENV = "MEMORYAPP_STARTUP_PROBE"
PREFIX = "memoryapp-probe"


def mark(name: str) -> None:
    """Write ``memoryapp-probe NAME SECONDS`` to stderr."""
    sys.stderr.write(f"{PREFIX} {name} {time.time():.4f}\n")
    sys.stderr.flush()


class StartupProbe(QObject):
    """Watches the first paints of a window and of its thumbnail grid."""

    def __init__(self, window: QWidget, grid: QWidget, loader: ThumbnailLoader) -> None:
        super().__init__(window)
        self._window, self._grid = window, grid
        self._thumbs_ready = False
        self._exit = os.environ.get(ENV, "")  # "exit", "exit-window" or anything else
        loader.thumbnail_ready.connect(self._on_thumbnail)
        window.installEventFilter(self)
        grid.installEventFilter(self)  # the grid's viewport, which is what paints

    def _on_thumbnail(self, _key: str) -> None:
        self._thumbs_ready = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            if watched is self._window:
                self._window.removeEventFilter(self)
                mark("window")
                if self._exit == "exit-window":
                    QTimer.singleShot(0, QApplication.quit)
            elif watched is self._grid and self._thumbs_ready:
                self._grid.removeEventFilter(self)
                mark("thumbnails")
                if self._exit == "exit":
                    QTimer.singleShot(0, QApplication.quit)
        return False


def install(window: QWidget, grid: QWidget, loader: ThumbnailLoader) -> StartupProbe | None:
    """A probe on ``window`` when the environment asks for one, else None."""
    if not os.environ.get(ENV):
        return None
    return StartupProbe(window, grid, loader)
