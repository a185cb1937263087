"""The items described for a cold index build, in parts on several cores where it pays.

Describing the items (``search.described.describe_records``) is most of building the index
from scratch. Where a plain fork is safe (``workers._fork_is_safe``: no other thread, no Qt),
child processes forked here and this process take consecutive parts of the records in turn
(:func:`part_bounds`: large parts first, small ones last, so that one process slowed by
other work takes fewer and none waits long for the last), which the children inherit
(nothing is sent to them); each child sends back the compact runs of its parts.
With fewer than twice :data:`PARALLEL_LEAST` items or one core, all are described here, as
are the parts of a child that cannot start or fails: the index built from the runs is the
same either way.
"""

import itertools
import logging
import multiprocessing as mp
import os
import pickle
from collections.abc import Callable, Iterable, Iterator, Mapping
from multiprocessing.connection import Connection
from typing import Any

from memoryapp.core.faces import FaceCount
from memoryapp.core.ids import ItemId
from memoryapp.library.workers import _fork_is_safe
from memoryapp.search.described import Described, describe_records
from memoryapp.search.entries import Decode
from memoryapp.storage.catalogue import Scan

__all__ = ["PARALLEL_LEAST", "describe_in_parts", "part_bounds"]

log = logging.getLogger(__name__)

PROGRESS_EVERY = 2000  # items between two progress reports of a serial build

BuildProgress = Callable[[int, int], None]
"""Told ``(items described, items in all)`` while an index is built."""

PARALLEL_LEAST = 2_500
"""The fewest items a process describes (fewer do not repay starting it).

Measured on 2 cores: 2,400 items in 0.07 s in 2 processes, 0.10 s in one.
"""


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


def _describe_parts(
    next_part: Any,
    bounds: list[int],
    records: Scan,
    decode: Decode,
    face_counts: Mapping[ItemId, FaceCount],
    *,
    pickled: bool = False,
) -> dict[int, Any]:
    """Describe the parts not yet taken, one after another: ``{part number: run}``.

    ``pickled``: each run pickled as soon as it is made (in a child, so that only its last
    part is pickled once it is done).
    """
    done: dict[int, Any] = {}
    while True:
        with next_part.get_lock():
            part = next_part.value
            next_part.value = part + 1
        if part >= len(bounds) - 1:
            return done
        run = describe_records(records.part(bounds[part], bounds[part + 1]), decode, face_counts)
        done[part] = pickle.dumps(run, pickle.HIGHEST_PROTOCOL) if pickled else run


def _child(out: Connection, *args: Any) -> None:
    """In a forked child: :func:`_describe_parts`, each run pickled, sent back."""
    out.send_bytes(pickle.dumps(_describe_parts(*args, pickled=True), pickle.HIGHEST_PROTOCOL))
    out.close()


def describe_in_parts(
    records: Scan,
    decode: Decode,
    face_counts: Mapping[ItemId, FaceCount],
    *,
    processes: int | None = None,
    least: int = PARALLEL_LEAST,
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
        least: the fewest records a process describes (fewer in all: this process alone).
        progress: told every few thousand items described here alone, or once the parts
            are all described.
        meanwhile: other work of the build, done here once the children are started (so
            that they take more of the parts), or first when there are none.
    """
    count = len(records)
    if processes is None:
        processes = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1
    processes = min(processes, count // least if least else count)
    if processes < 2 or not _fork_is_safe():
        if meanwhile is not None:
            meanwhile()
        source = records if progress is None else _counted(records, count, progress)
        return [describe_records(source, decode, face_counts)]
    bounds = part_bounds(count, processes)
    context = mp.get_context("fork")
    next_part = context.Value("q", 0)
    work = (next_part, bounds, records, decode, face_counts)
    children: list[tuple[mp.process.BaseProcess, Connection]] = []
    try:
        for _ in range(processes - 1):
            reader, writer = context.Pipe(duplex=False)
            child = context.Process(target=_child, args=(writer, *work), daemon=True)
            try:
                child.start()
            except OSError as exc:
                log.info("Items described here: no process could start (%s)", exc)
                reader.close()
            else:
                children.append((child, reader))
            writer.close()
        if meanwhile is not None:
            meanwhile()
        done = _describe_parts(*work)
        for process, pipe in children:
            try:
                sent = pickle.loads(pipe.recv_bytes())
                done.update((part, pickle.loads(run)) for part, run in sent.items())
            except (EOFError, OSError):
                log.info("Items described here: a process describing them failed")
            process.join()
        runs = [
            done.get(n) or describe_records(records.part(low, high), decode, face_counts)
            for n, (low, high) in enumerate(itertools.pairwise(bounds))
        ]
        if progress is not None:
            progress(count, count)
        return runs
    finally:  # on an error here (a record that cannot be read), no child is left waiting
        for process, pipe in children:
            if process.is_alive():
                process.terminate()
                process.join()
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
