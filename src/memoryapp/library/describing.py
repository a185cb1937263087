"""The items described for a cold index build, in parts on several cores where it pays.

Describing the items (``search.described.describe_records``) is most of building the index
from scratch. Where a plain fork is safe (``workers._fork_is_safe``: no other thread, no Qt),
child processes forked here each describe one consecutive part of the records, which they
inherit (nothing is sent to them), and send back one compact run; this process describes the
first part meanwhile. With fewer than twice :data:`PARALLEL_LEAST` items or one core, all
are described here, as is the part of a child that cannot start or fails: the index built
from the runs is the same either way.
"""

import itertools
import logging
import multiprocessing as mp
import os
import pickle
from collections.abc import Mapping
from multiprocessing.connection import Connection

from memoryapp.core.faces import FaceCount
from memoryapp.core.ids import ItemId
from memoryapp.library.workers import _fork_is_safe
from memoryapp.search.described import Described, describe_records
from memoryapp.search.entries import Decode
from memoryapp.storage.catalogue import Scan

__all__ = ["PARALLEL_LEAST", "describe_in_parts"]

log = logging.getLogger(__name__)

PARALLEL_LEAST = 2_500
"""The fewest items a process describes (fewer do not repay starting it).

Measured on 2 cores: 2,400 items in 0.07 s in 2 processes, 0.10 s in one.
"""


def _describe_part(
    out: Connection,
    records: Scan,
    start: int,
    stop: int,
    decode: Decode,
    face_counts: Mapping[ItemId, FaceCount],
) -> None:
    """In a forked child: describe records ``start``..``stop`` and send the run back."""
    run = describe_records(records.part(start, stop), decode, face_counts)
    out.send_bytes(pickle.dumps(run, pickle.HIGHEST_PROTOCOL))
    out.close()


def describe_in_parts(
    records: Scan,
    decode: Decode,
    face_counts: Mapping[ItemId, FaceCount],
    *,
    processes: int | None = None,
    least: int = PARALLEL_LEAST,
) -> list[Described]:
    """The runs of ``records``, in order, for ``SearchIndex.build_described``.

    Args:
        records: the items as stored (``Library.item_records``).
        decode: makes an item of a record (``Library.decode_item``).
        face_counts: the faces of each item (``SearchIndex.face_counts``).
        processes: how many processes describe (this one included); default: the cores
            this process may use.
        least: the fewest records a process describes (fewer in all: this process alone).
    """
    count = len(records)
    if processes is None:
        processes = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1
    processes = min(processes, count // least if least else count)
    if processes < 2 or not _fork_is_safe():
        return [describe_records(records, decode, face_counts)]
    bounds = [count * n // processes for n in range(processes + 1)]
    context = mp.get_context("fork")
    children: list[tuple[mp.process.BaseProcess | None, Connection | None, int, int]] = []
    for start, stop in itertools.pairwise(bounds[1:]):
        reader, writer = context.Pipe(duplex=False)
        child = context.Process(
            target=_describe_part,
            args=(writer, records, start, stop, decode, face_counts),
            daemon=True,
        )
        try:
            child.start()
        except OSError as exc:
            log.info("Items described here: no process could start (%s)", exc)
            reader.close()
            children.append((None, None, start, stop))
        else:
            children.append((child, reader, start, stop))
        writer.close()
    try:
        runs = [describe_records(records.part(0, bounds[1]), decode, face_counts)]
        for process, pipe, start, stop in children:
            run: Described | None = None
            if pipe is not None:
                try:
                    run = pickle.loads(pipe.recv_bytes())
                except (EOFError, OSError):
                    log.info("Items %d to %d described here: their process failed", start, stop)
                pipe.close()
            if process is not None:
                process.join()
            runs.append(run or describe_records(records.part(start, stop), decode, face_counts))
        return runs
    finally:  # on an error here (a record that cannot be read), no child is left waiting
        for process, pipe, _, _ in children:
            if process is not None and process.is_alive():
                process.terminate()
                process.join()
            if pipe is not None:
                pipe.close()
