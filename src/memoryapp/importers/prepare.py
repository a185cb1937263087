"""Read one source file once and turn it into everything the collection needs from it."""

import hashlib
import logging
import os
from collections.abc import Container, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from memoryapp.core.embedded import EmbeddedMetadata
from memoryapp.core.file_names import escape_name
from memoryapp.core.import_results import FailureReason
from memoryapp.importers.audio import AudioError, AudioInfo, read_audio, render_waveform
from memoryapp.importers.formats import FileType, sniff
from memoryapp.importers.metadata import find_sidecar, read_embedded, read_sidecar
from memoryapp.importers.pictures import (
    DEFAULT_MAX_PIXELS,
    THUMB_SIZE,
    Picture,
    PictureError,
    read_picture,
    salvage_picture,
)

log = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 2 * 1024**3  # 2 GiB: larger files are refused, not read into memory


class PrepareError(Exception):
    """One file cannot be imported; ``reason`` says why."""

    def __init__(self, reason: FailureReason, detail: str) -> None:
        super().__init__(f"{reason.value}: {detail}")
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True, slots=True)
class Prepared:
    """A source file read, hashed, decoded and described, ready to enter a collection."""

    data: bytes
    sha256: str
    kind: FileType
    picture: Picture
    embedded: EmbeddedMetadata
    sidecar: EmbeddedMetadata | None
    sidecar_path: Path | None
    audio: AudioInfo | None = None  # a recording's stream facts


def read_source(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """Read a source file (opened read-only) with clear reasons for every failure.

    A file of ``max_bytes`` or more is refused by its size before anything is read.
    """
    try:
        with path.open("rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size >= max_bytes:
                raise PrepareError(
                    FailureReason.TOO_LARGE,
                    f"the file has {size:,} bytes; memoryapp imports files under "
                    f"{max_bytes:,} bytes",
                )
            data = handle.read(size + 1)  # one buffer of the right size
            if len(data) > size:  # it grows while being read
                data += handle.read(max_bytes - len(data))
    except FileNotFoundError as exc:
        raise PrepareError(FailureReason.VANISHED, "the file disappeared") from exc
    except PermissionError as exc:
        raise PrepareError(FailureReason.UNREADABLE, "permission denied") from exc
    except IsADirectoryError as exc:
        raise PrepareError(FailureReason.NOT_A_FILE, "a folder, not a file") from exc
    except OSError as exc:
        reason = FailureReason.SYMLINK_LOOP if exc.errno == 40 else FailureReason.UNREADABLE
        raise PrepareError(reason, exc.strerror or "the file cannot be read") from exc
    if len(data) >= max_bytes:  # it grew while being read
        raise PrepareError(FailureReason.TOO_LARGE, f"the file grew to {max_bytes:,} bytes or more")
    if not data:
        raise PrepareError(FailureReason.ZERO_BYTES, "the file is empty")
    return data


def metadata_readable(embedded: EmbeddedMetadata, sidecar: EmbeddedMetadata | None) -> bool:
    """True when a file whose pixels do not decode still has something to keep.

    That is any field besides the type (a size, a date, a caption...), any other metadata
    value the readers kept (``raw``: a metadata-only HEIF's XMP, say), or a sidecar.
    """
    fields = {k: v for k, v in embedded.to_json().items() if k not in ("format", "sidecar")}
    has_fields = any(v not in (None, [], "") for v in fields.values())
    return has_fields or bool(embedded.raw) or sidecar is not None


@dataclass(frozen=True, slots=True)
class Known:
    """The file's content is already in the collection (an exact duplicate)."""

    sha256: str
    size: int


@dataclass(frozen=True, slots=True)
class Twin:
    """The file holds the same bytes as ``of``, a file met earlier in the same import.

    What depends on its place is read (its metadata, which notes its sidecar, and the
    sidecar itself); its pixels, the same as the earlier file's, are not decoded again.
    """

    sha256: str
    size: int
    kind: FileType
    embedded: EmbeddedMetadata
    sidecar: EmbeddedMetadata | None
    of: Path
    warnings: tuple[str, ...] = ()  # what the metadata readers noticed


def prepare(
    path: Path,
    *,
    max_pixels: int = DEFAULT_MAX_PIXELS,
    known_hashes: Container[str] = frozenset(),
    twins: Sequence[Path] = (),
) -> Prepared | Known | Twin:
    """Read, hash, sniff, decode and read the metadata of one file (and its sidecar).

    A file whose SHA-256 is in ``known_hashes`` is not decoded: it comes back as ``Known``.
    ``twins``: files of the same size met earlier in this import; when one holds the same
    bytes, the pixels are not decoded and the file comes back as a ``Twin`` of it (pictures
    and documents; a recording is always read in full).
    A file whose pixels do not decode but whose metadata reads is kept: its ``picture`` is
    what decodes (or a placeholder) and says what is damaged in ``Picture.damage``.

    Raises:
        PrepareError: the file cannot be imported; the reason names why.
    """
    data = read_source(path)
    sha256 = hashlib.sha256(data).hexdigest()
    if sha256 in known_hashes:
        return Known(sha256, len(data))
    kind = sniff(data[:64], path.suffix)
    if kind is None:
        raise PrepareError(
            FailureReason.UNSUPPORTED, "not a picture, document or recording type memoryapp reads"
        )
    sidecar_path = find_sidecar(path)
    embedded = None if kind.is_audio else read_embedded(path, data, sidecar=sidecar_path)
    sidecar = None
    if sidecar_path is not None:
        try:
            sidecar = read_sidecar(sidecar_path)
        except OSError as exc:
            log.debug("cannot read sidecar %s: %s", sidecar_path, exc)
            noted = embedded or EmbeddedMetadata(format=kind.name)
            embedded = replace(
                noted,
                warnings=(
                    *noted.warnings,
                    f"the sidecar {escape_name(sidecar_path.name)} cannot be read",
                ),
            )
    if kind.is_audio:
        return _prepare_recording(data, sha256, kind, embedded, sidecar, sidecar_path)
    assert embedded is not None  # read above for every type but recordings
    twin = next((other for other in twins if same_bytes(other, data)), None)
    if twin is not None:
        return Twin(sha256, len(data), kind, embedded, sidecar, twin, embedded.warnings)
    try:
        picture = read_picture(
            data,
            kind,
            max_pixels=max_pixels,
            orientation=embedded.orientation or 1,
            apply_orientation=sidecar.xmp_orientation if sidecar is not None else None,
        )
    except PictureError as exc:
        refused = exc.reason in (FailureReason.ZERO_BYTES, FailureReason.DECOMPRESSION_BOMB)
        if refused or not metadata_readable(embedded, sidecar):
            raise PrepareError(exc.reason, exc.detail) from exc
        picture = salvage_picture(
            data, kind, exc, width=embedded.width, height=embedded.height, max_pixels=max_pixels
        )
    return Prepared(
        data=data,
        sha256=sha256,
        kind=kind,
        picture=picture,
        embedded=embedded,
        sidecar=sidecar,
        sidecar_path=sidecar_path,
    )


def _prepare_recording(
    data: bytes,
    sha256: str,
    kind: FileType,
    noted: EmbeddedMetadata | None,
    sidecar: EmbeddedMetadata | None,
    sidecar_path: Path | None,
) -> Prepared:
    """A recording: its tags and stream facts, and a waveform picture as its thumbnail.

    ``noted`` holds the warnings met so far (an unreadable sidecar), if any.
    """
    try:
        audio = read_audio(data, kind)
    except AudioError as exc:
        raise PrepareError(exc.reason, exc.detail) from exc
    if noted is not None:
        audio = replace(audio, embedded=replace(audio.embedded, warnings=noted.warnings))
    thumb = render_waveform(data, kind, audio.duration_ms, THUMB_SIZE)
    picture = Picture(0, 0, 1, {THUMB_SIZE: thumb}, "")
    return Prepared(
        data=data,
        sha256=sha256,
        kind=kind,
        picture=picture,
        embedded=audio.embedded,
        sidecar=sidecar,
        sidecar_path=sidecar_path,
        audio=audio,
    )


_FIRST_CHUNK = 64 * 1024  # files of one size that differ mostly differ in their first bytes


def same_bytes(path: Path, data: bytes) -> bool:
    """True when the file at ``path`` holds exactly ``data`` (False when it cannot be read).

    Reads the first 64 KiB, then the rest only while they match.
    """
    view = memoryview(data)
    try:
        with path.open("rb") as handle:
            if os.fstat(handle.fileno()).st_size != len(data):
                return False
            offset, chunk = 0, _FIRST_CHUNK
            while offset < len(data):
                block = handle.read(chunk)
                if not block or block != view[offset : offset + len(block)]:
                    return False
                offset += len(block)
                chunk = 1 << 20
            return not handle.read(1)
    except OSError:
        return False
