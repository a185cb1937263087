"""The work done for one file inside an import worker process.

It reads the source once, and writes what the collection keeps of it (the managed copy,
thumbnails, the embedded metadata) as content-addressed files, each atomically. The catalogue
is written only by the parent, so a file whose record is not committed is just an orphan that
``check`` reports and a later import reuses.
"""

import logging
import warnings
from dataclasses import dataclass, replace
from pathlib import Path

import orjson

from memoryapp.core.embedded import EmbeddedMetadata
from memoryapp.core.import_results import FailureReason
from memoryapp.core.items import MediaFile
from memoryapp.importers.prepare import Known, Prepared, PrepareError, Twin, prepare
from memoryapp.library.copies import copy_hash
from memoryapp.library.workers import captured_stderr
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
    durable: bool = True  # False: the caller runs make_durable(Ingested.written) before commit


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
    embedded: EmbeddedMetadata  # without ``raw``: that is in the embedded record only
    sidecar: EmbeddedMetadata | None
    warnings: tuple[str, ...] = ()  # what the metadata readers and decoders noticed
    damaged: str = ""  # why the pixels did not fully decode; "" when they did
    written: tuple[Path, ...] = ()  # files written into the collection (durable or not yet)
    duration_ms: int | None = None  # a recording's length, sample rate and channels
    sample_rate: int | None = None
    channels: int | None = None


@dataclass(frozen=True, slots=True)
class Refused:
    """A file that cannot be imported, and why."""

    reason: FailureReason
    detail: str


def ingest(
    setup: IngestSetup, path: Path, twins: tuple[Path, ...] = ()
) -> Ingested | Known | Twin | Refused:
    """Import one file's content into the collection store; never raises for bad input.

    What the decoders say (Python warnings, and in a worker process what C libraries print to
    stderr) becomes this file's warnings. ``twins``: earlier files of this import with the
    same size; a file with the same bytes as one of them comes back as a :class:`Twin`, its
    pixels not decoded and nothing written (see :func:`from_twin`).
    """
    with captured_stderr() as printed, warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            prepared = prepare(
                path, max_pixels=setup.max_pixels, known_hashes=setup.known_hashes, twins=twins
            )
        except PrepareError as exc:
            return Refused(exc.reason, exc.detail)
        except Exception as exc:  # a decoder bug: this file's result, not the batch's end
            log.debug("reading %s failed", path, exc_info=True)
            return Refused(FailureReason.CORRUPT, f"reading the file failed ({type(exc).__name__})")
    if isinstance(prepared, Known):
        return prepared
    noted = tuple(
        dict.fromkeys(
            (*(f"decoder: {w.message}" for w in caught), *(f"decoder: {line}" for line in printed))
        )
    )
    if isinstance(prepared, Twin):
        return replace(prepared, warnings=(*prepared.warnings, *noted))
    try:
        return replace(
            _store(setup, path, prepared), warnings=(*prepared.embedded.warnings, *noted)
        )
    except OSError as exc:
        reason = FailureReason.DISK_FULL if exc.errno == 28 else FailureReason.UNREADABLE
        return Refused(reason, f"cannot write into the collection: {exc.strerror or exc}")


def from_twin(twin: Twin, file: MediaFile, orientation: int) -> Ingested:
    """The ingested file for ``twin``: its own metadata, the pixels' facts of its bytes.

    ``file`` is the collection's record of the same bytes (the earlier file's), ``orientation``
    its item's.
    """
    return Ingested(
        sha256=twin.sha256,
        size=twin.size,
        format=file.format,
        media_path=file.path,
        width=file.width or 0,
        height=file.height or 0,
        pages=file.pages,
        phash=file.phash,
        orientation=orientation,
        embedded=replace(twin.embedded, raw={}),
        sidecar=twin.sidecar,
        warnings=twin.warnings,
        damaged=file.damaged,
        duration_ms=file.duration_ms,
        sample_rate=file.sample_rate,
        channels=file.channels,
    )


def _json(meta: EmbeddedMetadata | None) -> dict[str, object] | None:
    return None if meta is None else meta.to_json() | {"raw": dict(meta.raw)}


def _write_embedded(
    paths: CollectionPaths,
    sha: str,
    embedded: EmbeddedMetadata,
    sidecars: list[tuple[Path, EmbeddedMetadata | None]],
    durable: bool = True,
) -> None:
    """Write what a file said about itself; ``sidecars`` by path, the first one's in front."""
    record: dict[str, object] = {
        "file": _json(embedded),
        "sidecar": next((_json(m) for _, m in sidecars if m is not None), None),
        "warnings": list(embedded.warnings),
    }
    if len(sidecars) > 1:  # byte-identical files with sidecars of their own
        record["sidecars"] = {str(p): _json(m) for p, m in sidecars if m is not None}
    text = orjson.dumps(record, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS)
    atomic_write_bytes(paths.embedded_file(sha), text, durable=durable)


@dataclass(frozen=True, slots=True)
class Seen:
    """What an import keeps of a file it ingested, for byte-identical copies met later.

    Only what depends on the file's place: its path, its sidecar, and what its embedded
    metadata says about that sidecar (the rest is the same for every copy of the bytes).
    """

    path: Path
    sidecar: EmbeddedMetadata | None
    sidecar_name: str | None
    warnings: tuple[str, ...]

    @classmethod
    def of(cls, path: Path, ingested: Ingested) -> "Seen":
        """What to keep of ``ingested``, read from ``path``."""
        embedded = ingested.embedded
        return cls(path, ingested.sidecar, embedded.sidecar, embedded.warnings)


def rewrite_embedded(
    root: Path, latest: Ingested, copies: list[Seen], *, durable: bool = True
) -> Path | None:
    """Record every sidecar of byte-identical files met in one import (in the order found).

    ``latest`` is the copy just ingested (the same bytes as the first of ``copies``); every
    tag (``raw``) is read back from the record its worker wrote. Each worker wrote the
    record of its own copy; the last to finish would win. The collection's reference record
    is reference data: a failed read or write is logged, not fatal.

    Returns:
        The file written (to be made durable before a commit when not ``durable``), or None.
    """
    first = copies[0]
    paths = CollectionPaths(root)
    try:
        raw = orjson.loads(paths.embedded_file(latest.sha256).read_bytes())["file"]["raw"]
    except (OSError, ValueError, KeyError, TypeError):
        log.warning("Cannot read the embedded record of %s", first.path)
        return None
    embedded = replace(
        latest.embedded, sidecar=first.sidecar_name, warnings=first.warnings, raw=raw
    )
    try:
        _write_embedded(
            paths,
            latest.sha256,
            embedded,
            [(copy.path, copy.sidecar) for copy in copies],
            durable,
        )
    except OSError as exc:
        log.warning("Cannot record the sidecars of %s: %s", first.path, exc)
        return None
    return paths.embedded_file(latest.sha256)


def _present(path: Path, size: int) -> bool:
    """True when ``path`` holds ``size`` bytes already (a file cut short by a crash does not)."""
    try:
        return path.stat().st_size == size
    except FileNotFoundError:
        return False


def _store(setup: IngestSetup, path: Path, prepared: Prepared) -> Ingested:
    paths = CollectionPaths(setup.root)
    sha = prepared.sha256
    written: list[Path] = []
    if setup.link:
        media_path = str(path.resolve())
    else:
        target = paths.media_file(sha, prepared.kind.suffix)
        if not _present(target, len(prepared.data)):
            # an original: nothing in memoryapp writes to it again
            atomic_write_bytes(target, prepared.data, durable=setup.durable, mode=0o444)
            written.append(target)
        media_path = paths.relative(target)
    for size, jpeg in prepared.picture.thumbs.items():
        thumb = paths.thumb_file(sha, size)
        if not _present(thumb, len(jpeg)):
            atomic_write_bytes(thumb, jpeg, durable=setup.durable)
            written.append(thumb)
    embedded_file = paths.embedded_file(sha)
    _write_embedded(paths, sha, prepared.embedded, [(path, prepared.sidecar)], setup.durable)
    written.append(embedded_file)
    picture = prepared.picture
    from_sidecar = prepared.sidecar.xmp_orientation if prepared.sidecar is not None else None
    orientation = from_sidecar or prepared.embedded.orientation or picture.orientation
    smallest = picture.thumbs[min(picture.thumbs)] if picture.thumbs else b""
    return Ingested(
        sha256=sha,
        size=len(prepared.data),
        format=prepared.kind.name,
        media_path=media_path,
        width=prepared.embedded.width or picture.width,
        height=prepared.embedded.height or picture.height,
        pages=picture.pages,
        phash=copy_hash(picture.phash, picture.width, picture.height, smallest, picture.detail),
        orientation=orientation if 1 <= orientation <= 8 else 1,
        embedded=replace(prepared.embedded, raw={}),  # the parent maps fields, not every tag
        sidecar=prepared.sidecar,
        damaged=picture.damage,
        written=tuple(written),
        duration_ms=prepared.audio.duration_ms if prepared.audio else None,
        sample_rate=prepared.audio.sample_rate if prepared.audio else None,
        channels=prepared.audio.channels if prepared.audio else None,
    )
