"""Import files into a collection: scan, dedupe, decode in worker processes, commit in batches.

Workers finish in any order; their results are taken in the order the files were found, so
every ``--jobs`` gives the same catalogue. Byte-identical files in one import become one
item: the first found gives the item, each later copy adds its path and what its own
sidecar says (people, tags, places, dates the first lacked).
"""

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from memoryapp.core.file_names import escape_name, is_utf8_name
from memoryapp.core.ids import ItemId, derived_hex
from memoryapp.core.import_results import FailureReason, FileResult, FileStatus, ImportReport
from memoryapp.core.items import Item, ItemKind, MediaFile, Source
from memoryapp.core.progress import CancelToken, Progress, ProgressClock, no_progress
from memoryapp.importers.pictures import DEFAULT_MAX_PIXELS
from memoryapp.importers.prepare import Known, Twin
from memoryapp.importers.scan import walk
from memoryapp.library.ingest import (
    Ingested,
    IngestSetup,
    Refused,
    Seen,
    from_twin,
    ingest,
    rewrite_embedded,
)
from memoryapp.library.workers import TaskFailed, WorkerPool, warm_up
from memoryapp.storage.atomic import BackgroundFlush
from memoryapp.storage.catalogue import write_error

log = logging.getLogger(__name__)

BATCH_FILES = 200  # commit the catalogue every N new items …
BATCH_SECONDS = 2.0  # … or every N seconds, whichever comes first
#: What an import worker imports, once in the fork server rather than in every worker.
_WORKER_MODULES = ("memoryapp.library.ingest", "numpy")


@dataclass(frozen=True, slots=True)
class ImportOptions:
    """How to import: copy into the collection (default) or link in place, and limits."""

    link: bool = False
    jobs: int | None = None
    max_pixels: int = DEFAULT_MAX_PIXELS
    time_limit_s: float = 60.0


class ImportSink:
    """What the import job needs from the library (kept narrow so the job is testable).

    ``add_copy(item, ingested, path)`` folds a byte-identical copy met later in the same
    import into the item made from the first, as ``find_item(id)`` gives it once committed.
    """

    def __init__(
        self,
        root: Path,
        known: Callable[[], dict[str, ItemId]],
        build_item: Callable[[Ingested, Path], Item],
        commit: Callable[[list[Item]], None],
        add_copy: Callable[[Item, Ingested, Path], Item] | None = None,
        *,
        find_item: Callable[[ItemId], Item | None],
    ) -> None:
        self.root = root
        self.known = known
        self.build_item = build_item
        self.commit = commit
        self.add_copy = add_copy
        self.find_item = find_item


@dataclass(slots=True)
class _Batch:
    """Items of this import not yet committed, and every item it made, by content hash."""

    pending: dict[ItemId, Item]
    made: dict[str, ItemId]  # sha256 -> the item made of it (items are not kept once committed)
    copies: dict[str, list[Seen]]  # sha256 -> files with that content
    written: BackgroundFlush  # what the workers wrote, made durable while the import goes on


def run_import(
    sink: ImportSink,
    paths: Sequence[Path],
    options: ImportOptions,
    *,
    progress: Progress = no_progress,
    cancel: CancelToken | None = None,
) -> ImportReport:
    """Import ``paths`` (files and folders); every file gets a result, none stops the batch."""
    started = time.monotonic()
    warm_up(_WORKER_MODULES)  # the workers' modules load while the files are listed
    found = list(walk(paths))
    results: dict[int, FileResult] = {}
    files: list[Path] = []
    task_index: list[int] = []
    for i, entry in enumerate(found):
        if entry.reason is not None:
            results[i] = _failed(entry.path, entry.reason, entry.detail)
        elif options.link and not is_utf8_name(str(entry.path)):
            results[i] = _failed(entry.path, FailureReason.BAD_NAME, _LINK_BAD_NAME)
        else:
            files.append(entry.path)
            task_index.append(i)
    sizes = [_size(p) for p in files]
    tasks = _with_twins(files, sizes)
    clock = ProgressClock(len(found), sum(sizes))
    known = sink.known()  # sha256 -> item id
    # the workers write without fsync; what they wrote is flushed in the background, and all
    # of a batch is durable before the commit that names it
    setup = IngestSetup(
        sink.root, options.link, options.max_pixels, frozenset(known), durable=False
    )
    batch = _Batch(pending={}, made={}, copies={}, written=BackgroundFlush(sink.root))
    last_commit = time.monotonic()
    bytes_done = 0
    done = len(results)
    progress(clock.info(done, 0, "Starting"))

    def flush() -> None:
        nonlocal last_commit
        try:  # what the workers wrote, durable before the catalogue names it
            batch.written.wait()
        except OSError as exc:
            raise write_error(sink.root, exc) from exc
        if batch.pending:
            sink.commit(list(batch.pending.values()))
            batch.pending.clear()
        last_commit = time.monotonic()

    arrived: dict[int, object] = {}
    retried: set[int] = set()  # twins read again in full: counted once in the progress
    next_task = 0

    def take_in_order(pool: WorkerPool | None = None) -> None:
        nonlocal next_task
        while next_task in arrived:
            t = next_task
            outcome = arrived.pop(t)
            if isinstance(outcome, Twin):
                outcome = _completed(outcome, sink, batch)
                if outcome is None:  # the earlier file gave no item: this one is read in full
                    if pool is not None:
                        pool.retry(t, (tasks[t][0], ()))
                        retried.add(t)
                    return  # after a cancel it stays out, as not imported
            results[task_index[t]] = _result(tasks[t][0], outcome, known, sink, batch)
            next_task += 1
        try:
            batch.written.kick()
        except OSError as exc:
            raise write_error(sink.root, exc) from exc
        if len(batch.pending) >= BATCH_FILES or time.monotonic() - last_commit > BATCH_SECONDS:
            flush()

    disk_full = False
    pool_cancel = cancel or CancelToken()
    with WorkerPool(
        ingest,
        setup,
        jobs=options.jobs,
        time_limit_s=options.time_limit_s,
        preload=_WORKER_MODULES,
    ) as pool:
        for t, outcome in pool.run(tasks, cancel=pool_cancel):
            path = tasks[t][0]
            arrived[t] = outcome
            if t in retried:
                retried.discard(t)
            else:
                bytes_done += sizes[t]
                done += 1
            full = isinstance(outcome, Refused) and outcome.reason is FailureReason.DISK_FULL
            if full and not disk_full:
                disk_full = True
                pool_cancel.cancel()  # no point going on; what finished is kept
            take_in_order(pool)
            progress(clock.info(done, bytes_done, escape_name(str(path))))
    for t in sorted(arrived):  # after a cancel: what finished, still in the order found
        next_task = t
        take_in_order()
    flush()
    cancelled = pool_cancel.is_cancelled
    for i, entry in enumerate(found):
        if i not in results:
            reason = FailureReason.DISK_FULL if disk_full else FailureReason.CANCELLED
            results[i] = FileResult(
                path=escape_name(str(entry.path)),
                status=FileStatus.SKIPPED,
                reason=reason,
                detail="not imported: the import stopped before this file",
            )
    progress(clock.info(done, bytes_done, "Done"))  # a cancelled import is not complete
    return ImportReport(
        results=tuple(results[i] for i in range(len(found))),
        cancelled=cancelled,
        elapsed_s=time.monotonic() - started,
        bytes_read=bytes_done,
    )


#: Earlier files of the same size a file is compared with, to find byte-identical copies.
_TWIN_CANDIDATES = 4


def _with_twins(files: list[Path], sizes: list[int]) -> list[tuple[Path, tuple[Path, ...]]]:
    """Each file's task: the file and the first earlier files of its size (a copy's among them).

    A worker that finds its file's bytes in one of them does not decode them again (a
    ``Twin``); a copy whose earlier file gave no item is read in full after all.
    """
    by_size: dict[int, list[Path]] = {}
    out = []
    for path, size in zip(files, sizes, strict=True):
        earlier = by_size.setdefault(size, []) if size > 0 else []
        out.append((path, tuple(earlier)))
        if len(earlier) < _TWIN_CANDIDATES:
            earlier.append(path)
    return out


def _completed(twin: Twin, sink: ImportSink, batch: _Batch) -> Ingested | None:
    """A twin's ingested file from the item made of the same bytes; None when there is none."""
    item = _made(twin.sha256, sink, batch)
    file = next((f for f in item.files if f.sha256 == twin.sha256), None) if item else None
    if item is None or file is None:
        return None
    return from_twin(twin, file, item.orientation)


def _result(
    path: Path,
    outcome: object,
    known: dict[str, ItemId],
    sink: ImportSink,
    batch: _Batch,
) -> FileResult:
    if isinstance(outcome, Refused):
        return _failed(path, outcome.reason, outcome.detail)
    if isinstance(outcome, TaskFailed):
        reason = FailureReason.TIMEOUT if outcome.why == "timeout" else FailureReason.CORRUPT
        return _failed(path, reason, outcome.detail)
    if isinstance(outcome, Ingested):
        batch.written.add(outcome.written)
    sha = outcome.sha256 if isinstance(outcome, Known | Ingested) else ""
    first = _made(sha, sink, batch)
    if isinstance(outcome, Ingested) and first is not None and sink.add_copy is not None:
        item = sink.add_copy(first, outcome, path)  # the same file twice in this import
        batch.made[sha], batch.pending[item.id] = item.id, item
        batch.copies[sha].append(Seen.of(path, outcome))
        rewritten = rewrite_embedded(sink.root, outcome, batch.copies[sha], durable=False)
        batch.written.add([rewritten] if rewritten is not None else [])
        return FileResult(
            path=str(path),
            status=FileStatus.DUPLICATE,
            item_id=item.id,
            detail=f"the same file as {batch.copies[sha][0].path.name}: one item for both",
            warnings=outcome.warnings,
        )
    if isinstance(outcome, Known) or (isinstance(outcome, Ingested) and sha in known):
        return FileResult(
            path=escape_name(str(path)),
            status=FileStatus.DUPLICATE,
            item_id=known.get(sha),
            detail="the same file is already in the collection",
        )
    assert isinstance(outcome, Ingested)
    item = sink.build_item(outcome, path)
    known[sha] = item.id
    batch.made[sha], batch.pending[item.id] = item.id, item
    batch.copies[sha] = [Seen.of(path, outcome)]
    warnings = outcome.warnings
    if outcome.damaged:
        warnings = (f"picture damaged: {outcome.damaged}", *warnings)
    if item.possible_copies:
        return FileResult(
            path=escape_name(str(path)),
            status=FileStatus.POSSIBLE_COPY,
            item_id=item.id,
            detail=f"looks like item {item.possible_copies[0]}",
            warnings=warnings,
        )
    return FileResult(
        path=escape_name(str(path)), status=FileStatus.IMPORTED, item_id=item.id, warnings=warnings
    )


def _made(sha: str, sink: ImportSink, batch: _Batch) -> Item | None:
    """The item this import made of the bytes ``sha``, as it is now (None: it made none)."""
    made = batch.made.get(sha)
    return None if made is None else batch.pending.get(made) or sink.find_item(made)


_LINK_BAD_NAME = (
    "the file name is not valid UTF-8, so it cannot be linked where it lies; import it "
    "without --link (it is copied and its name kept escaped) or rename it"
)


def _failed(path: Path, reason: FailureReason, detail: str) -> FileResult:
    return FileResult(
        path=escape_name(str(path)), status=FileStatus.FAILED, reason=reason, detail=detail
    )


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def media_file(ingested: Ingested, original_name: str, *, linked: bool) -> MediaFile:
    """The item's file record for an ingested file."""
    return MediaFile(
        sha256=ingested.sha256,
        path=ingested.media_path,
        format=ingested.format,
        size=ingested.size,
        width=ingested.width or None,
        height=ingested.height or None,
        pages=ingested.pages,
        duration_ms=ingested.duration_ms,
        sample_rate=ingested.sample_rate,
        channels=ingested.channels,
        original_name=original_name,
        linked=linked,
        phash=ingested.phash,
        damaged=ingested.damaged,
    )


def bare_item(ingested: Ingested, path: Path, *, linked: bool, added_at: str) -> Item:
    """An item holding just the file, before its metadata is mapped."""
    kind_doc = ingested.format == "pdf" or ingested.pages > 1
    item = Item(
        id=ItemId(derived_hex("item", ingested.sha256)),
        files=(media_file(ingested, escape_name(path.name), linked=linked),),
        source=Source(imported_from=escape_name(str(path))),
        added_at=added_at,
        orientation=ingested.orientation,
    )
    if ingested.duration_ms is not None:
        return replace(item, kind=ItemKind.RECORDING)
    return replace(item, kind=item.kind.DOCUMENT) if kind_doc else item
