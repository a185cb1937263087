"""Hand a selection to researchers, archives and other programs; take theirs in.

``export_selection`` reads the chosen items into an :class:`ExportBundle`, runs the privacy
filter (``core.privacy.redact``), and has one of the research formats write into a
temporary folder beside ``out``, which is renamed to ``out`` only when complete: a failed or
cancelled export leaves nothing half-written. The privacy report goes into every export
(``privacy-report.txt`` and ``.json``).

``merge_into`` reads another collection folder or an export (JSON-LD folder, BagIt bag) and
merges it: see ``library/merge_job.py``.
"""

from __future__ import annotations

import glob
import json
import logging
import shutil
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from memoryapp.core.errors import (
    ImportFileError,
    MemoryAppError,
    NotFoundError,
    OperationCancelledError,
    os_error_reason,
)
from memoryapp.core.ids import ItemId
from memoryapp.core.items import FileRole, Region
from memoryapp.core.privacy import ExportBundle, ExportPolicy, WithheldReport, redact
from memoryapp.core.progress import CancelToken, Progress, ProgressClock, no_progress
from memoryapp.exporters import formats
from memoryapp.exporters.bundle import ExportOptions
from memoryapp.exporters.formats import (
    EXPORT_FORMATS,
    FILM_FORMAT_NAMES,
    FOLDER,
    FORMAT_NAMES,
    ExportFormat,
    Family,
)
from memoryapp.library.library import Library
from memoryapp.library.merge_job import MergeConflict, MergeReport, merge_source
from memoryapp.library.previews import preview_path

log = logging.getLogger(__name__)

REPORT_TEXT = "privacy-report.txt"
REPORT_JSON = "privacy-report.json"

__all__ = [
    "EXPORT_FORMATS",
    "FILM_FORMAT_NAMES",
    "FOLDER",
    "FORMAT_NAMES",
    "ExchangeError",
    "ExportFormat",
    "ExportOptions",
    "ExportResult",
    "Family",
    "MergeConflict",
    "MergeReport",
    "OutputExistsError",
    "build_bundle",
    "export_selection",
    "item_ids_of",
    "merge_into",
    "preview_privacy",
]


class ExchangeError(MemoryAppError):
    """An export or a merge cannot be done; the message says why (and names the path)."""


class OutputExistsError(ExchangeError):
    """The export's destination exists already (a usage error: choose another, or overwrite)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class ExportResult:
    """A finished export.

    Attributes:
        path: The export folder (research formats) or file (film formats).
        format: The format name.
        items: How many items were exported (after the privacy filter).
        report: What the privacy filter withheld.
        files: Files written, relative to ``path``.
        warnings: Problems met (a media file left out...), each naming the item.
    """

    path: Path
    format: str
    items: int
    report: WithheldReport
    files: tuple[str, ...]
    warnings: tuple[str, ...]


def build_bundle(
    library: Library, item_ids: Iterable[str], *, unnamed_faces: bool = False
) -> ExportBundle:
    """Read what an export of ``item_ids`` needs (before the privacy filter).

    Items in the trash are left out: they never leave the collection. Detected faces not
    named yet come as bare regions, only with ``unnamed_faces``.

    Raises:
        NotFoundError: An ID is not in the collection.
    """
    items = [library.item(i) for i in dict.fromkeys(item_ids)]
    items = [item for item in items if not item.trashed_at]
    ids = {item.id for item in items}
    embedded: dict[ItemId, dict[str, object]] = {}
    media: dict[ItemId, tuple[Path, ...]] = {}
    thumbs: dict[ItemId, Path] = {}
    backs: dict[ItemId, Path] = {}
    for item in items:
        data = library.embedded(item.id)
        file_part = data.get("file") if isinstance(data, dict) else None
        if isinstance(file_part, dict):
            embedded[item.id] = file_part
        media[item.id] = tuple(library.media_path(item.id, i) for i in range(len(item.files)))
        thumb = library.thumbnail_path(item.id, 256)
        if thumb is not None:
            thumbs[item.id] = thumb
        back = next(iter(item.indexes_of(FileRole.BACK)), None)
        back_thumb = None if back is None else library.thumbnail_path(item.id, 256, back)
        if back_thumb is not None:
            backs[item.id] = back_thumb
    links = tuple(link for link in library.links() if link.item_id in ids)
    scene_ids = {link.scene_id for link in links}
    scenes = tuple(s for s in library.scenes() if s.id in scene_ids)
    film_ids = {s.film_id for s in scenes}
    segments = tuple(s for s in library.segments() if s.recording_id in ids)
    return ExportBundle(
        collection_id=library.collection_id,
        title=library.title,
        items=tuple(items),
        people={p.id: p for p in library.people()},
        places={p.id: p for p in library.places()},
        films=tuple(f for f in library.films() if f.id in film_ids),
        scenes=scenes,
        links=links,
        segments=segments,
        embedded=embedded,
        media=media,
        thumbnails=thumbs,
        previews=_Previews(library, [item.id for item in items]),
        containers={c.id: c for c in library.containers()},
        backs=backs,
        unnamed_faces=_unnamed_faces(library, ids) if unnamed_faces else {},
    )


def _unnamed_faces(library: Library, ids: set[ItemId]) -> dict[ItemId, tuple[Region, ...]]:
    found: dict[ItemId, list[Region]] = {}
    for face in library.faces():
        if face.open and face.item_id in ids and face.file_index == 0:
            found.setdefault(face.item_id, []).append(face.region)
    return {item: tuple(regions) for item, regions in found.items()}


class _Previews(Mapping[ItemId, Path]):
    """Items' upright previews, rendered (and cached in the collection) only when asked for.

    Only some formats need previews (the gallery, IIIF, files that cannot be cleaned), and
    rendering one decodes the original, so they are not made for every export.
    """

    def __init__(self, library: Library, item_ids: list[ItemId]) -> None:
        self._library = library
        self._ids = item_ids

    def __getitem__(self, item_id: ItemId) -> Path:
        try:
            return preview_path(self._library, item_id)
        except (ImportFileError, NotFoundError) as exc:
            log.warning("no preview for %s: %s", item_id, exc)
            raise KeyError(item_id) from exc

    def __iter__(self) -> Iterator[ItemId]:
        return iter(self._ids)

    def __len__(self) -> int:
        return len(self._ids)


def preview_privacy(
    library: Library, item_ids: Iterable[str], policy: ExportPolicy
) -> WithheldReport:
    """What an export of ``item_ids`` under ``policy`` would withhold (writes nothing)."""
    return redact(build_bundle(library, item_ids), policy)[1]


def _check_out(library: Library, out: Path, overwrite: bool) -> Path:
    out = Path(out).absolute()
    if out.exists() and not overwrite:
        raise OutputExistsError(f"{out}: already exists (choose another name, or overwrite)")
    if out.exists() and not out.is_dir():
        raise OutputExistsError(f"{out}: exists and is not a folder")
    collection = library.path.resolve()
    target = out.parent.resolve() / out.name
    if target == collection or target.is_relative_to(collection):
        raise ExchangeError(f"{out}: an export cannot be written inside the collection folder")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)  # a new folder on the way is made
    except OSError as exc:
        raise ExchangeError(f"{out.parent}: cannot create the folder: {exc.strerror}") from exc
    return out


def export_selection(
    library: Library,
    item_ids: Iterable[str],
    format: str,
    out: Path,
    policy: ExportPolicy,
    *,
    options: ExportOptions | None = None,
    overwrite: bool = False,
    progress: Progress = no_progress,
    cancel: CancelToken | None = None,
) -> ExportResult:
    """Export ``item_ids`` as ``format`` into the folder ``out``, through the privacy filter.

    Args:
        library: The open collection.
        item_ids: The items to export, in order.
        format: One of ``FORMAT_NAMES``: csv, jsonld, xmp, bagit, iiif, html.
        out: The export folder to create (beside it a temporary folder is used).
        policy: What may leave the collection.
        options: Format options (base URL for IIIF, XMP embedding, media copies).
        overwrite: Replace an existing folder at ``out``.
        progress: Told about the stages.
        cancel: Checked between stages; a cancelled export leaves nothing behind.

    Raises:
        ExchangeError: Unknown format, ``out`` is inside the collection, or the writer
            failed (the message says why; nothing is left at ``out``).
        OutputExistsError: ``out`` exists and ``overwrite`` is not given.
        NotFoundError: An item ID is not in the collection.
        OperationCancelledError: ``cancel`` was set.
    """
    if format not in FORMAT_NAMES:
        raise ExchangeError(
            f"unknown export format {format!r}; use one of {', '.join(FORMAT_NAMES)}"
        )
    out = _check_out(library, out, overwrite)
    clock = ProgressClock(total=3)
    bundle = build_bundle(
        library, item_ids, unnamed_faces=options is not None and options.unnamed_faces
    )
    progress(clock.info(1, message="privacy filter"))
    bundle, report = redact(bundle, policy)
    report_files = {
        REPORT_TEXT: report.to_text().encode("utf-8"),
        REPORT_JSON: (json.dumps(report.to_json(), ensure_ascii=False, indent=1) + "\n").encode(
            "utf-8"
        ),
    }
    options = replace(options or ExportOptions(), extra_files=report_files)
    if cancel is not None and cancel.is_cancelled:
        raise OperationCancelledError("export cancelled")
    progress(clock.info(2, message=f"writing {format}"))
    remove_leftovers(out)
    temp = Path(tempfile.mkdtemp(dir=out.parent, prefix=f".{out.name}.", suffix=".partial"))
    try:
        written = formats.writers()[format](bundle, temp, options)
        if cancel is not None and cancel.is_cancelled:
            raise OperationCancelledError("export cancelled")
        _publish(temp, out)
    except OSError as exc:
        shutil.rmtree(temp, ignore_errors=True)
        raise ExchangeError(f"{out}: the {format} export failed: {os_error_reason(exc)}") from exc
    except ValueError as exc:
        shutil.rmtree(temp, ignore_errors=True)
        raise ExchangeError(f"{out}: the {format} export failed: {exc}") from exc
    except BaseException:
        shutil.rmtree(temp, ignore_errors=True)
        raise
    progress(clock.info(3, message="done"))
    for warning in written.warnings:
        log.warning("export %s: %s", out, warning)
    return ExportResult(
        path=out,
        format=format,
        items=len(bundle.items),
        report=report,
        files=written.files,
        warnings=written.warnings,
    )


def remove_leftovers(out: Path) -> list[Path]:
    """Remove what an export to ``out`` cut short by a crash left beside it; return those.

    The temporary ``.<name>.XXXX.partial`` folder of an unfinished export, and the
    ``.<name>.XXXX.old`` folder of a replaced one, are never results: the next export to the
    same place removes them.
    """
    removed = []
    prefix = f".{glob.escape(out.name)}."
    for pattern in (f"{prefix}*.partial", f"{prefix}*.old"):
        for stale in out.parent.glob(pattern):
            if stale.is_dir() and not stale.is_symlink():
                log.info("Removing %s, left by an export that did not finish", stale)
                shutil.rmtree(stale, ignore_errors=True)
                removed.append(stale)
    return removed


def _publish(temp: Path, out: Path) -> None:
    """Move the finished temporary folder to ``out`` (replacing an old export last)."""
    old: Path | None = None
    if out.exists():
        old = Path(tempfile.mkdtemp(dir=out.parent, prefix=f".{out.name}.", suffix=".old"))
        old.rmdir()
        out.rename(old)
    temp.rename(out)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def merge_into(
    library: Library,
    source: Path,
    *,
    progress: Progress = no_progress,
    cancel: CancelToken | None = None,
) -> MergeReport:
    """Merge another collection folder or a memoryapp export into ``library``.

    Items already present (same content SHA-256) are reported as duplicates and left alone;
    people and places are matched by ID, then by any spelling (``search_key``), and gain the
    spellings they lacked; disagreements (two birth dates...) are reported, never
    overwritten; media are copied in through the import pipeline (atomic writes,
    thumbnails); the records are committed with ``library.save``. The source is only read.

    Raises:
        ExchangeError: The source is not a collection or export, or is unsafe.
    """
    source = Path(source)
    if not source.exists():
        raise ExchangeError(f"{source}: no such file or folder")
    if source.resolve() == library.path.resolve():
        raise ExchangeError(f"{source}: cannot merge a collection into itself")
    try:
        return merge_source(library, source, progress=progress, cancel=cancel)
    except ValueError as exc:  # SourceError and bad records
        raise ExchangeError(str(exc)) from exc


def item_ids_of(library: Library) -> list[ItemId]:
    """Every item ID, in the order they were added (the default selection)."""
    return [item.id for item in library.items()]
