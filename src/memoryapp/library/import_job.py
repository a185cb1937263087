"""Import files into a collection: scan, dedupe, decode in worker processes, commit in batches."""

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from memoryapp.core.ids import ItemId, new_item_id
from memoryapp.core.import_results import FailureReason, FileResult, FileStatus, ImportReport
from memoryapp.core.items import Item, MediaFile, Source
from memoryapp.core.progress import CancelToken, Progress, ProgressClock, no_progress
from memoryapp.importers.pictures import DEFAULT_MAX_PIXELS
from memoryapp.importers.prepare import Known
from memoryapp.importers.scan import walk
from memoryapp.library.ingest import Ingested, IngestSetup, Refused, ingest
from memoryapp.library.workers import TaskFailed, WorkerPool

log = logging.getLogger(__name__)

BATCH_FILES = 200  # commit the catalogue every N new items …
BATCH_SECONDS = 2.0  # … or every N seconds, whichever comes first


@dataclass(frozen=True, slots=True)
class ImportOptions:
    """How to import: copy into the collection (default) or link in place, and limits."""

    link: bool = False
    jobs: int | None = None
    max_pixels: int = DEFAULT_MAX_PIXELS
    time_limit_s: float = 60.0


class ImportSink:
    """What the import job needs from the library (kept narrow so the job is testable)."""

    def __init__(
        self,
        root: Path,
        known: Callable[[], dict[str, ItemId]],
        build_item: Callable[[Ingested, Path], Item],
        commit: Callable[[list[Item]], None],
    ) -> None:
        self.root = root
        self.known = known
        self.build_item = build_item
        self.commit = commit


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
    found = list(walk(paths))
    results: dict[int, FileResult] = {}
    tasks: list[tuple[Path]] = []
    task_index: list[int] = []
    for i, entry in enumerate(found):
        if entry.reason is not None:
            results[i] = _failed(entry.path, entry.reason, entry.detail)
        else:
            tasks.append((entry.path,))
            task_index.append(i)
    total_bytes = sum(_size(p) for (p,) in tasks)
    clock = ProgressClock(len(found), total_bytes)
    known = sink.known()  # sha256 -> item id
    setup = IngestSetup(sink.root, options.link, options.max_pixels, frozenset(known))
    pending: list[Item] = []
    last_commit = time.monotonic()
    bytes_done = 0
    done = len(results)
    progress(clock.info(done, 0, "Starting"))

    def flush() -> None:
        nonlocal last_commit
        if pending:
            sink.commit(list(pending))
            pending.clear()
        last_commit = time.monotonic()

    disk_full = False
    pool_cancel = cancel or CancelToken()
    with WorkerPool(ingest, setup, jobs=options.jobs, time_limit_s=options.time_limit_s) as pool:
        for t, outcome in pool.run(tasks, cancel=pool_cancel):
            i = task_index[t]
            path = tasks[t][0]
            results[i] = _result(path, outcome, known, sink, pending)
            bytes_done += _size(path)
            done += 1
            if results[i].reason is FailureReason.DISK_FULL and not disk_full:
                disk_full = True
                pool_cancel.cancel()  # no point going on; what finished is kept
            if len(pending) >= BATCH_FILES or time.monotonic() - last_commit > BATCH_SECONDS:
                flush()
            progress(clock.info(done, bytes_done, str(path)))
    flush()
    cancelled = pool_cancel.is_cancelled
    for i, entry in enumerate(found):
        if i not in results:
            reason = FailureReason.DISK_FULL if disk_full else FailureReason.CANCELLED
            results[i] = FileResult(
                path=str(entry.path),
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


def _result(
    path: Path,
    outcome: object,
    known: dict[str, ItemId],
    sink: ImportSink,
    pending: list[Item],
) -> FileResult:
    if isinstance(outcome, Refused):
        return _failed(path, outcome.reason, outcome.detail)
    if isinstance(outcome, TaskFailed):
        reason = FailureReason.TIMEOUT if outcome.why == "timeout" else FailureReason.CORRUPT
        return _failed(path, reason, outcome.detail)
    if isinstance(outcome, Known) or (isinstance(outcome, Ingested) and outcome.sha256 in known):
        sha = outcome.sha256
        return FileResult(
            path=str(path),
            status=FileStatus.DUPLICATE,
            item_id=known.get(sha),
            detail="the same file is already in the collection",
        )
    assert isinstance(outcome, Ingested)
    item = sink.build_item(outcome, path)
    known[outcome.sha256] = item.id
    pending.append(item)
    warnings = outcome.warnings
    if item.possible_copies:
        return FileResult(
            path=str(path),
            status=FileStatus.POSSIBLE_COPY,
            item_id=item.id,
            detail=f"looks like item {item.possible_copies[0]}",
            warnings=warnings,
        )
    return FileResult(
        path=str(path), status=FileStatus.IMPORTED, item_id=item.id, warnings=warnings
    )


def _failed(path: Path, reason: FailureReason, detail: str) -> FileResult:
    return FileResult(path=str(path), status=FileStatus.FAILED, reason=reason, detail=detail)


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
        width=ingested.width,
        height=ingested.height,
        pages=ingested.pages,
        original_name=original_name,
        linked=linked,
        phash=ingested.phash,
    )


def bare_item(ingested: Ingested, path: Path, *, linked: bool, added_at: str) -> Item:
    """An item holding just the file, before its metadata is mapped."""
    kind_doc = ingested.format == "pdf" or ingested.pages > 1
    item = Item(
        id=new_item_id(),
        files=(media_file(ingested, path.name, linked=linked),),
        source=Source(imported_from=str(path)),
        added_at=added_at,
        orientation=ingested.orientation,
    )
    return replace(item, kind=item.kind.DOCUMENT) if kind_doc else item
