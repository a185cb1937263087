"""The work done for one file inside an import worker process.

It reads the source once, and writes what the collection keeps of it (the managed copy,
thumbnails, the embedded metadata) as content-addressed files, each atomically. The catalogue
is written only by the parent, so a file whose record is not committed is just an orphan that
``check`` reports and a later import reuses.
"""

import json
import logging
import warnings
from dataclasses import dataclass, replace
from pathlib import Path

from memoryapp.core.embedded import EmbeddedMetadata
from memoryapp.core.import_results import FailureReason
from memoryapp.importers.prepare import Known, Prepared, PrepareError, prepare
from memoryapp.storage.atomic import atomic_write_bytes
from memoryapp.storage.layout import CollectionPaths

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class IngestSetup:
    """What every worker needs once: where the collection is and how to import."""

    root: Path
    link: bool
    max_pixels: int
    known_hashes: frozenset[str]


@dataclass(frozen=True, slots=True)
class Ingested:
    """A file now present in the collection's content store (not yet in the catalogue)."""

    sha256: str
    size: int
    format: str
    media_path: str  # collection-relative (managed) or the absolute source path (linked)
    width: int
    height: int
    pages: int
    phash: str
    orientation: int
    embedded: EmbeddedMetadata
    sidecar: EmbeddedMetadata | None
    warnings: tuple[str, ...] = ()  # what the metadata readers and decoders noticed


@dataclass(frozen=True, slots=True)
class Refused:
    """A file that cannot be imported, and why."""

    reason: FailureReason
    detail: str


def ingest(setup: IngestSetup, path: Path) -> Ingested | Known | Refused:
    """Import one file's content into the collection store; never raises for bad input."""
    with warnings.catch_warnings(record=True) as caught:  # decoders' complaints: per file
        warnings.simplefilter("always")
        try:
            prepared = prepare(path, max_pixels=setup.max_pixels, known_hashes=setup.known_hashes)
        except PrepareError as exc:
            return Refused(exc.reason, exc.detail)
    if isinstance(prepared, Known):
        return prepared
    noted = tuple(dict.fromkeys(f"decoder: {w.message}" for w in caught))
    try:
        return replace(
            _store(setup, path, prepared), warnings=(*prepared.embedded.warnings, *noted)
        )
    except OSError as exc:
        reason = FailureReason.DISK_FULL if exc.errno == 28 else FailureReason.UNREADABLE
        return Refused(reason, f"cannot write into the collection: {exc.strerror or exc}")


def _store(setup: IngestSetup, path: Path, prepared: Prepared) -> Ingested:
    paths = CollectionPaths(setup.root)
    sha = prepared.sha256
    if setup.link:
        media_path = str(path.resolve())
    else:
        target = paths.media_file(sha, prepared.kind.suffix)
        if not target.exists():
            atomic_write_bytes(target, prepared.data)
            target.chmod(0o444)  # an original: nothing in memoryapp writes to it again
        media_path = paths.relative(target)
    for size, jpeg in prepared.picture.thumbs.items():
        thumb = paths.thumb_file(sha, size)
        if not thumb.exists():
            atomic_write_bytes(thumb, jpeg)
    record = {
        "file": prepared.embedded.to_json() | {"raw": dict(prepared.embedded.raw)},
        "sidecar": None
        if prepared.sidecar is None
        else prepared.sidecar.to_json() | {"raw": dict(prepared.sidecar.raw)},
        "warnings": list(prepared.embedded.warnings),
    }
    text = json.dumps(record, ensure_ascii=False, sort_keys=True, indent=1, allow_nan=False)
    atomic_write_bytes(paths.embedded_file(sha), text.encode("utf-8"))
    picture = prepared.picture
    from_sidecar = prepared.sidecar.xmp_orientation if prepared.sidecar is not None else None
    orientation = from_sidecar or prepared.embedded.orientation or picture.orientation
    return Ingested(
        sha256=sha,
        size=len(prepared.data),
        format=prepared.kind.name,
        media_path=media_path,
        width=prepared.embedded.width or picture.width,
        height=prepared.embedded.height or picture.height,
        pages=picture.pages,
        phash=picture.phash,
        orientation=orientation if 1 <= orientation <= 8 else 1,
        embedded=prepared.embedded,
        sidecar=prepared.sidecar,
    )
