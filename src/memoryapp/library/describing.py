"""The items described for a cold index build, in parts on several cores where it pays.

Describing the items (``search.described.describe_records``) is most of building the index
from scratch. Child processes and this process take consecutive parts of the records in turn
(:func:`part_bounds`: large parts first, small ones last, so that one process slowed by
other work takes fewer and none waits long for the last); each child sends back the compact
runs of its parts. Where a plain fork is safe (``workers._fork_is_safe``: no other thread, no
Qt) the children are forked and inherit the records (nothing is sent to them); elsewhere (the
GUI) they come from the fork server (``workers._context``, never Qt), and a thread here hands
each its next part as compact records (``Scan.cut``) while it describes the one before.
With fewer than twice :data:`PARALLEL_LEAST` items (:data:`SERVED_LEAST` for children of the
fork server) or one core, all are described here, as are the parts of a child that cannot
start or fails: the index built from the runs is the same either way.
"""

import itertools
import logging
import multiprocessing as mp
import os
import pickle
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from multiprocessing.connection import Connection
from typing import Any

from memoryapp.core.faces import FaceCount
from memoryapp.core.gc_pause import paused_gc
from memoryapp.core.ids import ItemId
from memoryapp.library.workers import _context, _fork_is_safe
from memoryapp.search.described import Described, describe_records
from memoryapp.search.entries import Decode
from memoryapp.storage.catalogue import Scan

__all__ = ["PARALLEL_LEAST", "SERVED_LEAST", "describe_in_parts", "part_bounds"]

log = logging.getLogger(__name__)

PROGRESS_EVERY = 2000  # items between two progress reports of a serial build

BuildProgress = Callable[[int, int], None]
"""Told ``(items described, items in all)`` while an index is built."""

PARALLEL_LEAST = 2_500
"""The fewest items a process describes (fewer do not repay starting it).

Measured on 2 cores: 2,400 items in 0.07 s in 2 processes, 0.10 s in one.
"""

SERVED_LEAST = 10_000
"""The fewest items a child of the fork server describes (it first imports the modules that
describe, about 0.3 s, unless the fork server has them already: ``workers.SERVER_MODULES``)."""


_SHARE = 2  # a part is 1/(2 x processes) of the items not yet in a part...
_FEWEST = 32  # ...and at least 1/(32 x processes) of them all


def part_bounds(count: int, processes: int) -> list[int]:
    """Where the parts of ``count`` items start and end, for ``processes`` taking them in turn.

    Each part is a share of the items left (guided scheduling): the first parts are large
    and the last ones small, so the processes finish close together.
    """
    smallest = max(1, count // (processes * _FEWEST))
    bounds = [0]
    while bounds[-1] < count:
        left = count - bounds[-1]
        bounds.append(bounds[-1] + min(left, max(smallest, -(-left // (processes * _SHARE)))))
    return bounds


def _claim(next_part: Any) -> int:
    """The number of the next part not yet taken (taken now)."""
    with next_part.get_lock():
        part: int = next_part.value
        next_part.value = part + 1
    return part


def _describe_parts(
    next_part: Any,
    bounds: list[int],
    records: Scan,
    decode: Decode,
    face_counts: Mapping[ItemId, FaceCount],
    *,
    pickled: bool = False,
    progress: BuildProgress | None = None,
) -> dict[int, Any]:
    """Describe the parts not yet taken, one after another: ``{part number: run}``.

    ``pickled``: each run pickled as soon as it is made (in a child, so that only its last
    part is pickled once it is done). ``progress``: told after each part the items of the
    parts taken so far (by any process).
    """
    done: dict[int, Any] = {}
    last = len(bounds) - 1
    while True:
        part = _claim(next_part)
        if part >= last:
            return done
        run = describe_records(records.part(bounds[part], bounds[part + 1]), decode, face_counts)
        done[part] = pickle.dumps(run, pickle.HIGHEST_PROTOCOL) if pickled else run
        if progress is not None:
            progress(bounds[min(next_part.value, last)], bounds[last])


def _child(out: Connection, *args: Any) -> None:
    """In a forked child: :func:`_describe_parts`, each run pickled, sent back."""
    out.send_bytes(pickle.dumps(_describe_parts(*args, pickled=True), pickle.HIGHEST_PROTOCOL))
    out.close()


def _served(
    parts: Connection, out: Connection, decode: Decode, face_counts: Mapping[ItemId, FaceCount]
) -> None:
    """In a child of the fork server: describe each part sent (:func:`_feed`), send the runs.

    Parts that stop coming before the end (the feeding failed): nothing is sent, the caller
    describes them all.
    """
    done: dict[int, bytes] = {}
    with paused_gc():
        try:
            while message := parts.recv_bytes():
                part, records = pickle.loads(message)
                run = describe_records(records, decode, face_counts)
                done[part] = pickle.dumps(run, pickle.HIGHEST_PROTOCOL)
        except EOFError:
            return
    out.send_bytes(pickle.dumps(done, pickle.HIGHEST_PROTOCOL))
    out.close()


def _feed(parts: Connection, next_part: Any, bounds: list[int], records: Scan) -> None:
    """In a thread: hand a child of the fork server its next part while it describes one.

    The sending waits until the child reads, so the child holds one part ahead; an empty
    message says there is none left. A child that is gone ends the feeding (its parts are
    described by the caller).
    """
    try:
        with parts:
            while (part := _claim(next_part)) < len(bounds) - 1:
                cut = records.cut(bounds[part], bounds[part + 1])
                parts.send_bytes(pickle.dumps((part, cut), pickle.HIGHEST_PROTOCOL))
            parts.send_bytes(b"")
    except OSError:
        log.info("Items described here: a process describing them is gone")


def describe_in_parts(
    records: Scan,
    decode: Decode,
    face_counts: Mapping[ItemId, FaceCount],
    *,
    processes: int | None = None,
    least: int | None = None,
    progress: BuildProgress | None = None,
    meanwhile: Callable[[], object] | None = None,
) -> list[Described]:
    """The runs of ``records``, in order, for ``SearchIndex.build_described``.

    Args:
        records: the items as stored (``Library.item_records``).
        decode: makes an item of a record (``Library.decode_item``).
        face_counts: the faces of each item (``SearchIndex.face_counts``).
        processes: how many processes describe (this one included); default: the cores
            this process may use.
        least: the fewest records a process describes (fewer in all: this process alone);
            default: :data:`PARALLEL_LEAST` where children are forked, else
            :data:`SERVED_LEAST`.
        progress: told ``(0, items)`` first (once the children are started, so that what
            it does then is done beside them), then every few thousand items described
            here alone; in parts, after each part described here (the items of the parts
            taken so far) and at the end.
        meanwhile: other work of the build, done here once the children are started (so
            that they take more of the parts), or first when there are none.
    """
    count = len(records)
    if processes is None:
        processes = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1
    forked = _fork_is_safe()
    if least is None:
        least = PARALLEL_LEAST if forked else SERVED_LEAST
    processes = min(processes, count // least if least else count)
    if processes < 2:
        if progress is not None:
            progress(0, count)
        if meanwhile is not None:
            meanwhile()
        source = records if progress is None else _counted(records, count, progress)
        return [describe_records(source, decode, face_counts)]
    bounds = part_bounds(count, processes)
    context = mp.get_context("fork") if forked else _context()
    next_part = context.Value("q", 0)
    work = (next_part, bounds, records, decode, face_counts)
    child = _Forked if forked else _Served
    children = [child(context, work) for _ in range(processes - 1)]
    try:
        if progress is not None:
            progress(0, count)  # what it does first is done beside the children
        if meanwhile is not None:
            meanwhile()
        done = _describe_parts(*work, progress=progress)
        for each in children:
            done.update(each.runs())
        runs = [
            done.get(n) or describe_records(records.part(low, high), decode, face_counts)
            for n, (low, high) in enumerate(itertools.pairwise(bounds))
        ]
        if progress is not None:
            progress(count, count)
        return runs
    finally:  # on an error here (a record that cannot be read), no child is left waiting
        with next_part.get_lock():
            next_part.value = len(bounds)  # no part left to take
        for each in children:
            each.stop()


_Work = tuple[Any, list[int], Scan, Decode, Mapping[ItemId, FaceCount]]


class _Forked:
    """A forked child describing parts (:func:`_child`) that inherited the records."""

    def __init__(self, context: Any, work: _Work) -> None:
        self._pipe: Connection | None = None
        reader, writer = context.Pipe(duplex=False)
        self._process = context.Process(target=_child, args=(writer, *work), daemon=True)
        try:
            self._process.start()
        except OSError as exc:
            log.info("Items described here: no process could start (%s)", exc)
            reader.close()
        else:
            self._pipe = reader
        finally:
            writer.close()

    def runs(self) -> dict[int, Any]:
        """``{part number: run}`` of the parts the child described (none if it failed)."""
        return _received(self._process, self._pipe)

    def stop(self) -> None:
        """End the child if it still runs; close the pipe."""
        _stop(self._process, self._pipe)


class _Served:
    """A child of the fork server describing parts (:func:`_served`).

    A thread here starts it (the fork server may still be importing the modules that
    describe) and feeds it its parts (:func:`_feed`), so that this process starts on its own
    parts at once.
    """

    def __init__(self, context: Any, work: _Work) -> None:
        self._process: Any = None
        self._pipe: Connection | None = None
        self._thread = threading.Thread(  # a daemon: never keeps the app from quitting
            target=self._start_and_feed, args=(context, work), name="describe-feed", daemon=True
        )
        self._thread.start()

    def _start_and_feed(self, context: Any, work: _Work) -> None:
        next_part, bounds, records, decode, face_counts = work
        parts_in, parts_out = context.Pipe(duplex=False)
        runs_in, runs_out = context.Pipe(duplex=False)
        process = context.Process(
            target=_served, args=(parts_in, runs_out, decode, face_counts), daemon=True
        )
        try:
            process.start()
        except Exception as exc:  # noqa: BLE001 - no process, or what it needs cannot be sent
            log.info("Items described here: no process could start (%s)", exc)
            parts_out.close()
            runs_in.close()
            return
        finally:
            parts_in.close()
            runs_out.close()
        self._process, self._pipe = process, runs_in
        _feed(parts_out, next_part, bounds, records)

    def runs(self) -> dict[int, Any]:
        """``{part number: run}`` of the parts the child described (none if it failed)."""
        self._thread.join()  # every part is taken: the child has its last one
        return _received(self._process, self._pipe)

    def stop(self) -> None:
        """End the child if it still runs; close the pipe."""
        _stop(self._process, None)  # a part being sent to it fails at once
        self._thread.join()  # no part left to take: it ends once the child has started
        _stop(self._process, self._pipe)


def _received(process: Any, pipe: Connection | None) -> dict[int, Any]:
    """The runs a child sends once it has described its parts; none if it failed."""
    if pipe is None:
        return {}
    try:
        sent = pickle.loads(pipe.recv_bytes())
        return {part: pickle.loads(run) for part, run in sent.items()}
    except (EOFError, OSError):
        log.info("Items described here: a process describing them failed")
        return {}
    finally:
        process.join()


def _stop(process: Any, pipe: Connection | None) -> None:
    if process is not None and process.is_alive():
        process.terminate()
        process.join()
    if pipe is not None:
        pipe.close()


def _counted(
    records: Iterable[tuple[str, Mapping[str, Any]]], total: int, progress: BuildProgress
) -> Iterator[tuple[str, Mapping[str, Any]]]:
    """``records`` as they are, telling ``progress`` every few thousand and at the end."""
    done = 0
    for done, pair in enumerate(records, 1):
        if not done % PROGRESS_EVERY:
            progress(done, total)
        yield pair
    progress(done, total)
