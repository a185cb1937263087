"""LibraryBridge: library calls run off the GUI thread; answers come back as signals.

Writes (edits, undo, import) run one at a time, in order, on the *collection* worker, as
Anki's ``taskman`` does. Reads that the user waits for while typing (search, facets,
completion) run on a second, *query* worker, so a long import never holds up the search box;
the ``Library`` serialises its own calls with a lock held per record or batch. Results,
progress and errors are relayed to the GUI thread through queued signals: widgets are only
ever touched there.
"""

import itertools
import logging
import threading
import time
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from shiboken6 import isValid

from memoryapp.core.changes import Changes
from memoryapp.core.commands import Command
from memoryapp.core.errors import MemoryAppError
from memoryapp.core.progress import ProgressInfo
from memoryapp.library import Library

log = logging.getLogger(__name__)

Work = Callable[[], object]
OnDone = Callable[[Any], None]
OnError = Callable[[BaseException], None]

EXPECTED = (MemoryAppError, ValueError, OSError)
"""Errors a job reports to its caller on purpose (bad input, a refused edit, a missing file)."""

PROGRESS_INTERVAL_S = 0.1  # at most ten progress reports a second reach the GUI


class _Relay(QObject):
    """Signals emitted from the workers; Qt queues them to the GUI thread."""

    done = Signal(int, object)  # job id, result
    error = Signal(int, object)  # job id, (exception, its traceback as text)
    progress = Signal(object)  # ProgressInfo


class _Job(QRunnable):
    """Runs one piece of work on a worker thread.

    The bridge keeps its own reference to the work until the answer is handled on the GUI
    thread, so a closure holding the last reference to a widget is never freed here:
    destroying a widget off the GUI thread corrupts Qt's memory.
    """

    def __init__(self, job_id: int, work: Work, relay: _Relay) -> None:
        super().__init__()
        self._job_id, self._relay = job_id, relay
        self._work: Work | None = work

    def run(self) -> None:  # worker thread: no widgets here
        work, self._work = self._work, None
        failure: tuple[Exception, str] | None = None
        result: object = None
        try:
            result = work() if work is not None else None
        except Exception as exc:  # noqa: BLE001 - a failed job is reported, never lost
            details = "".join(traceback.format_exception(exc))
            exc.__traceback__ = None  # its frames may hold widgets: the GUI thread frees them
            failure = (exc, details)
        del work
        if failure is None:
            self._relay.done.emit(self._job_id, result)
        else:
            self._relay.error.emit(self._job_id, failure)


class LibraryBridge(QObject):
    """Runs library calls on worker threads and reports back on the GUI thread.

    Signals:
        collection_changed(Changes): a job returned a non-empty ``Changes``.
        progress(ProgressInfo): a long job reported progress (throttled).
        failed(str): a job raised; the text is the error message.
        finished(object): a job returned (its result).
        busy_changed(bool): the collection worker started or ran out of work.
    """

    collection_changed = Signal(object)
    progress = Signal(object)
    failed = Signal(str)
    finished = Signal(object)
    busy_changed = Signal(bool)

    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self._writer = QThreadPool(self)
        self._writer.setMaxThreadCount(1)  # one writer: edits land in the order they were made
        self._reader = QThreadPool(self)
        self._reader.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.done.connect(self._on_relay_done)
        self._relay.error.connect(self._on_relay_error)
        self._relay.progress.connect(self.progress)
        self._ids = itertools.count(1)
        self._callbacks: dict[int, tuple[OnDone | None, OnError | None, bool]] = {}
        self._works: dict[int, Work] = {}  # freed on the GUI thread, never on a worker
        self._writes_pending = 0
        self._progress_lock = threading.Lock()
        self._last_progress = 0.0

    # -- submitting work -------------------------------------------------------------------

    def run(
        self, work: Work, *, on_done: OnDone | None = None, on_error: OnError | None = None
    ) -> int:
        """Queue ``work`` on the collection worker; return the job's number.

        If ``work`` returns a ``Changes``, ``collection_changed`` is emitted with it (after
        ``on_done``).
        """
        job_id = next(self._ids)
        self._callbacks[job_id] = (on_done, on_error, True)
        self._works[job_id] = work
        self._writes_pending += 1
        if self._writes_pending == 1:
            self.busy_changed.emit(True)
        self._writer.start(_Job(job_id, work, self._relay))
        return job_id

    def query(
        self, work: Work, *, on_done: OnDone | None = None, on_error: OnError | None = None
    ) -> int:
        """Queue read-only ``work`` (search, facets, completion) on the query worker."""
        job_id = next(self._ids)
        self._callbacks[job_id] = (on_done, on_error, False)
        self._works[job_id] = work
        self._reader.start(_Job(job_id, work, self._relay))
        return job_id

    def apply(self, command: Command, *, on_done: OnDone | None = None) -> int:
        """Apply an undoable edit on the collection worker (logged in the history).

        To let the user undo it, push it on the window's stack instead (``ui.undo``).
        """
        return self.run(lambda: self.library.apply(command), on_done=on_done)

    def announce(self, changes: Changes) -> None:
        """Tell the views about changes made by a job that returned something else."""
        if changes:
            self.collection_changed.emit(changes)

    def report_progress(self, info: ProgressInfo) -> None:
        """A ``Progress`` callback for library calls: relays ``info`` (thread-safe, throttled).

        The first and the last report of a job always get through.
        """
        now = time.monotonic()
        with self._progress_lock:
            final = info.total is not None and info.done >= info.total
            if not final and info.done and now - self._last_progress < PROGRESS_INTERVAL_S:
                return
            self._last_progress = now
        self._relay.progress.emit(info)

    @property
    def is_busy(self) -> bool:
        """Whether the collection worker has work queued or running."""
        return self._writes_pending > 0

    def wait_writes(self, msecs: int = -1) -> bool:
        """Block until queued writes are done (before building an edit on fresh records)."""
        return self._writer.waitForDone(msecs)

    def wait(self, msecs: int = -1) -> bool:
        """Block until both workers are idle (for shutdown); False on timeout."""
        return self._writer.waitForDone(msecs) and self._reader.waitForDone(msecs)

    # -- answers (GUI thread) --------------------------------------------------------------

    def _on_relay_done(self, job_id: int, result: object) -> None:
        self._works.pop(job_id, None)
        on_done, _on_error, is_write = self._callbacks.pop(job_id, (None, None, False))
        self._write_finished(is_write)
        if on_done is not None and _receiver_alive(on_done):
            on_done(result)
        self.finished.emit(result)
        if isinstance(result, Changes) and result:
            self.collection_changed.emit(result)

    def _on_relay_error(self, job_id: int, failure: object) -> None:
        exc, details = failure if isinstance(failure, tuple) else (failure, "")
        self._works.pop(job_id, None)
        _on_done, on_error, is_write = self._callbacks.pop(job_id, (None, None, False))
        self._write_finished(is_write)
        if on_error is not None and isinstance(exc, EXPECTED):
            # the caller explains it (a search typed half-way, a refused edit): one line
            log.info("Background job %d: %s", job_id, exc)
        else:  # to the log file, with its traceback; never to stderr (see ui.app)
            log.error("Background job %d failed:\n%s", job_id, details.rstrip() or exc)
        if on_error is not None and isinstance(exc, BaseException) and _receiver_alive(on_error):
            on_error(exc)
        self.failed.emit(str(exc))

    def _write_finished(self, is_write: bool) -> None:
        if is_write:
            self._writes_pending -= 1
            if self._writes_pending == 0:
                self.busy_changed.emit(False)


def _receiver_alive(callback: Callable[..., object]) -> bool:
    """False when ``callback`` is a method of a Qt object that was deleted meanwhile.

    A dialog closed while its answer was on the way must not be called back.
    """
    owner = getattr(callback, "__self__", None)
    return not isinstance(owner, QObject) or isValid(owner)
