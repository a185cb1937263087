"""A small process pool that can stop one runaway task: per-task time limits and crash safety.

``concurrent.futures`` cannot kill a single hung task, and a decoder that segfaults takes the
whole pool down. Here each worker process has its own pipe; a task that runs past its time
limit, or whose worker dies, becomes an error result and the worker is replaced.
"""

import contextlib
import gc
import logging
import multiprocessing as mp
import os
import sys
import tempfile
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from multiprocessing.context import BaseContext
from multiprocessing.sharedctypes import RawValue
from typing import Any

from memoryapp.core.progress import CancelToken

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class TaskFailed:
    """A task that did not return: ``why`` is "timeout", "crashed" or "error" (it raised)."""

    why: str
    detail: str


def _fork_is_safe() -> bool:
    """True where a plain fork cannot inherit a lock held by another thread.

    That is Linux, called from the main thread of a process running no other Python thread
    and no Qt (whose threads Python does not see). A forked worker starts at once with every
    module the parent has imported, where a fork server must import them first.
    """
    return (
        sys.platform.startswith("linux")
        and "fork" in mp.get_all_start_methods()
        and threading.current_thread() is threading.main_thread()
        and threading.active_count() == 1
        and not any(name.startswith("PySide6") for name in sys.modules)
    )


SERVER_MODULES = ("numpy", "memoryapp.library.ingest", "memoryapp.library.describing")
"""What the fork server imports for every kind of child it serves (import workers, the parts
of a cold index build), whichever starts it first: it starts once per process."""


def _context(preload: Sequence[str] = ()) -> BaseContext:
    """Fork when it is safe (:func:`_fork_is_safe`), else the fork server, else spawn.

    ``preload``: modules the fork server imports once besides :data:`SERVER_MODULES`, so
    that each worker forked from it starts with them (about 1 s per worker otherwise). It
    counts only when the server starts, at the first pool of the process; later pools reuse
    that server.
    """
    if _fork_is_safe():
        return mp.get_context("fork")
    methods = mp.get_all_start_methods()
    if "forkserver" not in methods:
        return mp.get_context("spawn")
    context = mp.get_context("forkserver")
    context.set_forkserver_preload(list(dict.fromkeys([*SERVER_MODULES, *preload])))
    return context


def warm_up(preload: Sequence[str] = ()) -> None:
    """Start the fork server now (importing ``preload``) when a pool here would use it.

    Called before other slow work (listing the files to import), so that the workers of the
    pool made after it start at once. Does nothing where workers are forked directly.
    """
    context = _context(preload)
    if context.get_start_method() == "forkserver":
        from multiprocessing import forkserver

        forkserver.ensure_running()


def _serve(
    conn: Connection,
    func: Callable[..., Any],
    setup: Any,
    stop: Any = None,
    inherited: Sequence[int] = (),
) -> None:
    for fd in inherited:  # a forked worker's copies of its siblings' pipe ends: they must
        with contextlib.suppress(OSError):  # not keep a sibling waiting when the parent dies
            os.close(fd)
    try:
        conn.send(_READY)  # imports are done: time limits count from here
        while True:
            try:
                task = conn.recv()
            except EOFError:
                return
            if task is None:
                return
            index, args = task
            if stop is not None and stop.value:  # cancelled while the task waited here
                conn.send((index, _NotRun()))
                continue
            try:
                result = func(setup, *args)
            except Exception as exc:  # a bug in a decoder must not end the worker
                log.debug("task %d raised", index, exc_info=True)
                result = TaskFailed("error", f"reading the file failed ({type(exc).__name__})")
            conn.send((index, result))
    except KeyboardInterrupt:  # the parent handles Ctrl-C
        return


_MAX_CAPTURED = 64_000  # bytes of one task's stderr kept
_spool: list[Any] = []  # this worker's file that stands in for stderr, made at first use


@contextlib.contextmanager
def captured_stderr() -> Iterator[list[str]]:
    """In a worker process, collect what C libraries print to stderr while the block runs.

    libtiff and other decoders print straight to file descriptor 2, without the file's name.
    The lines are in the list once the block has finished, so the task can report them with its
    file. In the parent process (which may run Qt threads) nothing is redirected.
    """
    lines: list[str] = []
    if mp.parent_process() is None:
        yield lines
        return
    if not _spool:
        _spool.append(tempfile.TemporaryFile())  # noqa: SIM115 - kept open for the worker's life
    spool = _spool[0]
    spool.seek(0)
    spool.truncate()
    sys.stderr.flush()
    saved = os.dup(2)
    os.dup2(spool.fileno(), 2)
    try:
        yield lines
    finally:
        sys.stderr.flush()
        os.dup2(saved, 2)
        os.close(saved)
        spool.seek(0)
        text = spool.read(_MAX_CAPTURED).decode("utf-8", "replace")
        lines.extend(line.strip() for line in text.splitlines() if line.strip())


_READY = "ready"


class _NotRun:
    """What a worker answers for a task it held when the pool was cancelled."""


#: Tasks handed to a worker at once: the next ones wait in its pipe, so the worker goes on while
#: the parent is busy (a commit); after a cancel those not started come back unrun. Near the
#: end (fewer tasks waiting than the workers could hold) each holds two at most, so that the
#: last ones go to whichever worker is free first.
_AHEAD = 4
_AHEAD_AT_END = 2


@dataclass
class _Slot:
    process: Any
    conn: Connection
    ready: bool = False
    tasks: deque[tuple[int, tuple[Any, ...]]] = field(default_factory=deque)  # running first
    started: float = 0.0  # when the running task started


class WorkerPool:
    """Run ``func(setup, *args)`` over many tasks in ``jobs`` processes.

    ``func`` must be a module-level function; ``setup`` is sent once to each worker.
    ``preload`` names modules the workers need, imported once by the fork server.
    """

    def __init__(
        self,
        func: Callable[..., Any],
        setup: Any,
        *,
        jobs: int | None = None,
        time_limit_s: float = 60.0,
        preload: Sequence[str] = (),
    ) -> None:
        self._func = func
        self._setup = setup
        self._jobs = max(1, jobs or os.cpu_count() or 1)
        self._limit = time_limit_s
        self._preload = tuple(preload)
        self._slots: list[_Slot] = []
        self._failed_starts = 0
        self._stop = RawValue("b", 0)  # 1: held tasks are given back unrun (any start method)
        self._queue: deque[tuple[int, tuple[Any, ...]]] = deque()

    def __enter__(self) -> "WorkerPool":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _spawn(self) -> _Slot:
        context = _context(self._preload)  # decided at each start: threads may have begun
        forked = context.get_start_method() == "fork"
        parent, child = context.Pipe()
        inherited = tuple(s.conn.fileno() for s in self._slots if not s.conn.closed)
        process = context.Process(  # type: ignore[attr-defined]
            target=_serve,
            args=(child, self._func, self._setup, self._stop, inherited if forked else ()),
            daemon=True,
        )
        if forked:  # the child leaves the parent's objects alone (copy-on-write pages stay shared)
            gc.freeze()
        try:
            process.start()
        finally:
            if forked:
                gc.unfreeze()
        child.close()
        return _Slot(process, parent)

    def run(
        self, tasks: Sequence[tuple[Any, ...]], *, cancel: CancelToken | None = None
    ) -> Iterator[tuple[int, Any]]:
        """Yield ``(task index, result or TaskFailed)`` as tasks finish, in any order.

        Each worker holds a few tasks, so it goes on to the next while the caller is busy
        with a result. After ``cancel`` is set no new task starts: the running ones finish,
        the others are not yielded.
        """
        queue = self._queue
        queue.clear()
        queue.extend(enumerate(tasks))
        self._stop.value = 0
        while len(self._slots) < min(self._jobs, len(tasks)):
            self._slots.append(self._spawn())
        while True:
            accepting = cancel is None or not cancel.is_cancelled
            if accepting:
                for slot in self._slots:
                    self._feed(slot, queue)
            else:
                self._stop.value = 1
            busy = [s for s in self._slots if s.tasks]
            starting = [s for s in self._slots if not s.ready] if accepting and queue else []
            if not busy and not starting:
                return
            ready = wait([s.conn for s in (*busy, *starting)], timeout=0.2)
            for slot in starting:
                if slot.conn in ready:
                    try:
                        slot.ready = slot.conn.recv() == _READY
                    except (EOFError, OSError):
                        self._failed_starts += 1
                        if self._failed_starts > 3:
                            raise RuntimeError("worker processes cannot start") from None
                        self._slots[self._slots.index(slot)] = self._spawn()
            for slot in busy:
                if slot.conn in ready:
                    try:
                        index, result = slot.conn.recv()
                    except (EOFError, OSError):
                        yield from self._replace(slot, queue, "crashed", "the decoder process died")
                        continue
                    slot.tasks.popleft()
                    slot.started = time.monotonic()  # the next one it holds starts now
                    if cancel is None or not cancel.is_cancelled:
                        self._feed(slot, queue)  # before the caller takes its time
                    if not isinstance(result, _NotRun):
                        yield index, result
                elif time.monotonic() - slot.started > self._limit:
                    detail = f"took longer than {self._limit:g} s"
                    yield from self._replace(slot, queue, "timeout", detail)

    def retry(self, index: int, args: tuple[Any, ...]) -> None:
        """Run task ``index`` again with ``args``, after the tasks already waiting.

        Called while :meth:`run` is being iterated; its result is yielded like the others.
        """
        self._queue.append((index, args))

    def _feed(self, slot: _Slot, queue: deque[tuple[int, tuple[Any, ...]]]) -> None:
        """Hand ``slot``'s worker tasks until it holds :data:`_AHEAD` (near the end, fewer)."""
        ahead = _AHEAD if len(queue) >= _AHEAD * len(self._slots) else _AHEAD_AT_END
        while slot.ready and len(slot.tasks) < ahead and queue:
            if not slot.tasks:
                slot.started = time.monotonic()
            slot.tasks.append(queue.popleft())
            try:
                slot.conn.send(slot.tasks[-1])
            except OSError:  # the worker died: reading its pipe says so, and gives them back
                return

    def _replace(
        self, slot: _Slot, queue: deque[tuple[int, tuple[Any, ...]]], why: str, detail: str
    ) -> Iterator[tuple[int, Any]]:
        """End ``slot``'s worker: its running task fails, the ones it held go back in front."""
        index = slot.tasks.popleft()[0]
        queue.extendleft(reversed(slot.tasks))
        slot.process.kill()
        slot.process.join(5)
        slot.conn.close()
        self._slots[self._slots.index(slot)] = self._spawn()
        yield index, TaskFailed(why, detail)

    def close(self) -> None:
        """Stop every worker (tasks they still hold are not run)."""
        self._stop.value = 1
        for slot in self._slots:
            with contextlib.suppress(OSError, ValueError):
                slot.conn.send(None)
        for slot in self._slots:
            slot.process.join(2)
            if slot.process.is_alive():
                slot.process.kill()
                slot.process.join(2)
            slot.conn.close()
        self._slots.clear()
