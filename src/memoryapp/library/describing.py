"""Describing a collection's items for a cold index build, on every core.

Describing the items (``search.entries.describe_record``) is most of a build from scratch
and each item is described alone, so a large collection is cut into runs that worker
processes describe (``search.described``): each run goes out as the JSON it is stored as and
comes back compact. The workers are started for the build and stopped after it, forked from
the fork server (``workers``: nothing of the caller's threads is copied, and the caller's
``__main__`` is not run again). A small collection, or a machine of one core, is described
in this process.
"""

import logging
import os
from collections.abc import Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from functools import partial
from typing import Any

import orjson

from memoryapp.core.faces import FaceCount
from memoryapp.core.ids import ItemId
from memoryapp.core.items import Item
from memoryapp.library.workers import _context
from memoryapp.search.described import Described, describe_json, describe_run
from memoryapp.search.entries import describe_record
from memoryapp.storage.serialize import from_dict

log = logging.getLogger(__name__)

__all__ = ["PARALLEL_MIN", "described_runs"]

PARALLEL_MIN = 20_000
"""Collections with fewer items are described in this process (workers take ~0.5 s to start)."""
_RUN = 5_000  # items per run sent to a worker
_MAX_WORKERS = 8

_PRELOAD = ("memoryapp.search.described", "memoryapp.storage.serialize")
_decode = partial(from_dict, Item)  # picklable: the workers import only storage.serialize


def described_runs(
    records: Sequence[tuple[str, Mapping[str, Any]]],
    faces: Mapping[ItemId, FaceCount],
    *,
    workers: int | None = None,
) -> Iterator[Described]:
    """The items of ``records`` (``Library.item_records``) described, run after run, in order.

    The work starts now: the caller may do other things before it takes the first run.

    Args:
        records: every item as stored.
        faces: detected faces that are not tags, by item.
        workers: processes to describe in (default: one per core, none below
            :data:`PARALLEL_MIN` items or on one core).
    """
    if workers is None:
        workers = min(os.cpu_count() or 1, _MAX_WORKERS) if len(records) >= PARALLEL_MIN else 0
    if workers < 2:
        no_faces = FaceCount()
        return iter(
            [
                describe_run(
                    describe_record(i, raw, _decode, faces.get(ItemId(i), no_faces))
                    for i, raw in records
                )
            ]
        )
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=_context(_PRELOAD))
    try:
        runs: list[Future[Described]] = []
        for start in range(0, len(records), _RUN):
            run = records[start : start + _RUN]
            found = {i: faces[ItemId(i)] for i, _ in run if i in faces}
            runs.append(pool.submit(describe_json, orjson.dumps(run), _decode, found))
    except BaseException:
        pool.shutdown(cancel_futures=True)
        raise
    return _results(pool, runs)


def _results(pool: ProcessPoolExecutor, runs: list[Future[Described]]) -> Iterator[Described]:
    try:
        for future in runs:
            yield future.result()
    finally:
        pool.shutdown(cancel_futures=True)
