"""Background thumbnail decoding with a private QThreadPool, and a bounded pixmap cache.

The worker builds a ``QImage`` only (never a ``QPixmap``, never a widget). The GUI side turns
it into a pixmap, keeps it in a least-recently-used cache bounded in bytes, and says which
item is ready. Answers to requests made before ``cancel_all()`` or ``set_size()`` are dropped.
"""

import itertools
from collections import OrderedDict
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtGui import QImage, QImageReader, QPixmap

from memoryapp.core.ids import ItemId

DEFAULT_CACHE_BYTES = 96 * 1024 * 1024


class _Signals(QObject):
    # QRunnable is not a QObject, so it cannot own signals itself.
    done = Signal(str, int, QImage)  # key, generation, image
    failed = Signal(str, int, str)  # key, generation, reason


class _DecodeJob(QRunnable):
    def __init__(self, key: str, path: Path, size: int, generation: int, signals: _Signals) -> None:
        super().__init__()
        self._key, self._path, self._size = key, path, size
        self._generation, self._signals = generation, signals

    def run(self) -> None:  # worker thread: QImage yes, QPixmap/widgets never
        reader = QImageReader(str(self._path))
        reader.setAutoTransform(True)
        full = reader.size()
        if full.isValid() and max(full.width(), full.height()) > 2 * self._size:
            # Let the JPEG decoder skip detail we would throw away.
            full.scale(2 * self._size, 2 * self._size, Qt.AspectRatioMode.KeepAspectRatio)
            reader.setScaledSize(full)
        image = reader.read()
        if image.isNull():
            reason = reader.errorString() or "cannot decode"
            self._signals.failed.emit(self._key, self._generation, reason)
            return
        if max(image.width(), image.height()) > self._size:
            image = image.scaled(
                self._size,
                self._size,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        self._signals.done.emit(self._key, self._generation, image)


class ThumbnailLoader(QObject):
    """Decodes thumbnails off the GUI thread and caches them as pixmaps.

    Signals:
        thumbnail_ready(str): the item's pixmap is now in the cache.
        thumbnail_failed(str, str): the item's thumbnail could not be decoded (id, reason).
    """

    thumbnail_ready = Signal(str)
    thumbnail_failed = Signal(str, str)

    def __init__(
        self,
        size: int = 144,
        *,
        max_threads: int = 2,
        cache_bytes: int = DEFAULT_CACHE_BYTES,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)  # own pool: clear() must not drop other work
        self._pool.setMaxThreadCount(max_threads)
        self._signals = _Signals(self)
        self._signals.done.connect(self._on_done)
        self._signals.failed.connect(self._on_failed)
        self._size = size
        self._generation = 0
        self._pending: set[str] = set()
        self._failed: dict[str, str] = {}
        self._cache: OrderedDict[str, QPixmap] = OrderedDict()
        self._cache_bytes = 0
        self._cache_limit = cache_bytes
        self._priority = itertools.count()

    @property
    def size(self) -> int:
        """Longest side of the pixmaps handed out, in pixels."""
        return self._size

    def set_size(self, size: int) -> None:
        """Change the pixmap size; the cache is emptied and pending work forgotten."""
        if size != self._size:
            self._size = size
            self.cancel_all()
            self._cache.clear()
            self._cache_bytes = 0

    def pixmap(self, item_id: str) -> QPixmap | None:
        """The cached pixmap of ``item_id``, or None (then call :meth:`request`)."""
        pixmap = self._cache.get(item_id)
        if pixmap is not None:
            self._cache.move_to_end(item_id)
        return pixmap

    def has_failed(self, item_id: str) -> bool:
        """Whether decoding this item's thumbnail failed (do not ask again)."""
        return item_id in self._failed

    def request(self, item_id: ItemId | str, path: Path) -> None:
        """Queue one thumbnail; repeated requests for the same item are ignored.

        Later requests run first: what the user scrolled to last is what they look at.
        """
        key = str(item_id)
        if key in self._pending or key in self._cache or key in self._failed:
            return
        self._pending.add(key)
        job = _DecodeJob(key, path, self._size, self._generation, self._signals)
        self._pool.start(job, next(self._priority))

    def forget(self, item_ids: set[str] | frozenset[str]) -> None:
        """Drop cached pixmaps of items whose picture may have changed."""
        for key in item_ids:
            pixmap = self._cache.pop(key, None)
            if pixmap is not None:
                self._cache_bytes -= _bytes_of(pixmap)
            self._failed.pop(key, None)

    def cancel_all(self) -> None:
        """Forget queued work, e.g. when the search changes or the user scrolls far away."""
        self._pool.clear()
        self._generation += 1
        self._pending.clear()

    def wait(self, msecs: int = -1) -> bool:
        """Block until running decodes finish (for shutdown and tests)."""
        return self._pool.waitForDone(msecs)

    def _on_done(self, key: str, generation: int, image: QImage) -> None:
        if generation != self._generation:
            return
        self._pending.discard(key)
        pixmap = QPixmap.fromImage(image)
        self._cache[key] = pixmap
        self._cache_bytes += _bytes_of(pixmap)
        while self._cache_bytes > self._cache_limit and len(self._cache) > 1:
            _old, dropped = self._cache.popitem(last=False)
            self._cache_bytes -= _bytes_of(dropped)
        self.thumbnail_ready.emit(key)

    def _on_failed(self, key: str, generation: int, reason: str) -> None:
        if generation != self._generation:
            return
        self._pending.discard(key)
        self._failed[key] = reason
        self.thumbnail_failed.emit(key, reason)


def _bytes_of(pixmap: QPixmap) -> int:
    return max(1, pixmap.width() * pixmap.height() * max(1, pixmap.depth() // 8))
