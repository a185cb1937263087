"""Copies of media for an export: byte-exact, or with embedded metadata removed or replaced.

A filtered export must not ship the originals' own EXIF/XMP/IPTC (GPS, people, face regions,
captions), so JPEG and PNG copies are rewritten losslessly (``jpeg_segments``). Other formats
cannot be cleaned without re-encoding, so their upright 1024-pixel preview is shipped instead
and the result says so. Sources are only read.
"""

from __future__ import annotations

import hashlib
import io
import logging
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from memoryapp.core.ids import ItemId
from memoryapp.core.items import Item, MediaFile
from memoryapp.core.privacy import ExportBundle
from memoryapp.exporters.bundle import safe_id, suffix_of
from memoryapp.exporters.jpeg_segments import JpegError, clean_png, jpeg_size, rewrite_jpeg

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True, kw_only=True)
class CopiedMedia:
    """One media file written into an export.

    Attributes:
        name: The file's name inside the export folder it was written to.
        sha256: Hash of the bytes written.
        size: Bytes written.
        format: ``jpeg``, ``png``... of what was written.
        width: Stored pixel width of what was written, when known.
        height: Stored pixel height of what was written, when known.
        cleaned: Embedded metadata was removed (or replaced by the export's XMP).
        derivative: The preview was written instead of the original.
    """

    name: str
    sha256: str
    size: int
    format: str
    width: int | None
    height: int | None
    cleaned: bool
    derivative: bool


class MediaCopyError(Exception):
    """A media file could not be copied into the export (the reason is the message)."""


def copy_media(
    source: Path,
    folder: Path,
    stem: str,
    media: MediaFile,
    *,
    clean: bool,
    orientation: int | None = None,
    xmp: bytes | None = None,
    preview: Callable[[], Path | None] | None = None,
    suffix: str = "",
) -> CopiedMedia:
    """Write ``source`` into ``folder`` as ``stem`` + suffix, cleaned or exact.

    Args:
        source: The media file (read only).
        folder: Where to write (inside the export's temporary folder).
        stem: File name without suffix.
        media: The catalogue's description of the file.
        clean: Remove the file's own embedded metadata.
        orientation: EXIF orientation of a cleaned JPEG, or of one with ``xmp`` (the item's,
            which may come from a sidecar); None: the file's own.
        xmp: An XMP packet to embed (JPEG only; replaces any XMP the file has, and the
            EXIF/IPTC fields MWG readers would prefer to it: see ``rewrite_jpeg``).
        preview: Gives the item's upright preview (asked only when the original cannot be
            cleaned; making one may decode the original).
        suffix: The suffix of an exact copy (e.g. ``.jpg``).

    Raises:
        MediaCopyError: The source is missing or cannot be cleaned and has no preview.
    """
    fmt = media.format.lower()
    folder.mkdir(parents=True, exist_ok=True)
    if not clean and (xmp is None or fmt != "jpeg"):
        return _exact(source, folder / f"{stem}{suffix}", media)
    try:
        data = source.read_bytes()
    except OSError as exc:
        raise MediaCopyError(f"cannot read the media file: {exc.strerror or exc}") from exc
    if fmt in AUDIO_FORMATS:  # a recording: its tags go, its sound stays
        return _write(folder / f"{stem}{suffix}", clean_audio(data), fmt, None, cleaned=True)
    try:
        if fmt == "jpeg":
            out = rewrite_jpeg(data, drop_metadata=clean, orientation=orientation, xmp=xmp)
            return _write(folder / f"{stem}.jpg", out, "jpeg", jpeg_size(out), cleaned=True)
        if fmt == "png" and orientation in (None, 1):
            size = (media.width, media.height) if media.width and media.height else None
            return _write(folder / f"{stem}.png", clean_png(data), "png", size, cleaned=True)
    except ValueError as exc:  # JpegError is a ValueError
        log.warning("cannot clean %s: %s", source, exc)
        if not clean and isinstance(exc, JpegError):
            return _exact(source, folder / f"{stem}{suffix}", media)
    found = preview() if preview is not None else None
    if found is None:
        raise MediaCopyError(f"{fmt} metadata cannot be removed and there is no preview")
    return copy_preview(found, folder, stem)


AUDIO_FORMATS = frozenset({"wav", "flac", "ogg", "opus", "mp3", "m4a"})


def clean_audio(data: bytes) -> bytes:
    """A recording's bytes without its tags (title, artist, comment...).

    Raises:
        MediaCopyError: the tags cannot be removed.
    """
    import mutagen  # only exports of recordings need it

    buffer = io.BytesIO(data)
    try:
        audio = mutagen.File(buffer)
        if audio is None:
            raise MediaCopyError("the recording's tags cannot be read, so they cannot be removed")
        if audio.tags is not None:
            buffer.seek(0)
            audio.delete(buffer)
    except MediaCopyError:
        raise
    except Exception as exc:  # mutagen's errors for damaged files are many
        raise MediaCopyError(f"the recording's tags cannot be removed ({exc})") from exc
    return buffer.getvalue()


def copy_preview(preview: Path, folder: Path, stem: str) -> CopiedMedia:
    """Write an item's upright JPEG preview (metadata-free) as ``stem.jpg``.

    Raises:
        MediaCopyError: The preview cannot be read or is not a JPEG.
    """
    try:
        data = rewrite_jpeg(preview.read_bytes(), drop_metadata=True, orientation=1)
    except OSError as exc:
        raise MediaCopyError(f"cannot read the preview: {exc.strerror or exc}") from exc
    except JpegError as exc:
        raise MediaCopyError(f"the preview is not a usable JPEG: {exc}") from exc
    folder.mkdir(parents=True, exist_ok=True)
    return _write(folder / f"{stem}.jpg", data, "jpeg", jpeg_size(data), derivative=True)


def _exact(source: Path, target: Path, media: MediaFile) -> CopiedMedia:
    try:
        shutil.copyfile(source, target)
    except OSError as exc:
        raise MediaCopyError(f"cannot copy the media file: {exc.strerror or exc}") from exc
    digest = hashlib.sha256()
    with target.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return CopiedMedia(
        name=target.name,
        sha256=digest.hexdigest(),
        size=target.stat().st_size,
        format=media.format,
        width=media.width,
        height=media.height,
        cleaned=False,
        derivative=False,
    )


def _write(
    target: Path,
    data: bytes,
    fmt: str,
    size: tuple[int | None, int | None] | tuple[int, int] | None,
    *,
    cleaned: bool = True,
    derivative: bool = False,
) -> CopiedMedia:
    target.write_bytes(data)
    width, height = size if size is not None else (None, None)
    return CopiedMedia(
        name=target.name,
        sha256=hashlib.sha256(data).hexdigest(),
        size=len(data),
        format=fmt,
        width=width,
        height=height,
        cleaned=cleaned,
        derivative=derivative,
    )


@dataclass(slots=True)
class StagedMedia:
    """The media an export wrote: per item, (path relative to the export, copy) per file."""

    files: dict[ItemId, tuple[tuple[str, CopiedMedia], ...]] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def paths(self, item_id: ItemId) -> tuple[str, ...]:
        """The relative paths written for an item, in file order."""
        return tuple(path for path, _copy in self.files.get(item_id, ()))


XmpFor = Callable[[Item, int], bytes | None]


def stage_media(
    bundle: ExportBundle,
    root: Path,
    subdir: str,
    *,
    per_item_folder: bool = False,
    xmp_for: XmpFor | None = None,
) -> StagedMedia:
    """Copy every exported item's files into ``root/subdir`` (cleaned when the bundle says).

    A file that cannot be copied becomes a warning; the item is still exported.

    Args:
        bundle: The redacted bundle.
        root: The export's (temporary) folder.
        subdir: Folder under ``root`` for the media, POSIX form (``"media"``; ``""``: root).
        per_item_folder: Put each item's files in a folder named after the item.
        xmp_for: Returns an XMP packet to embed in a JPEG copy (item, file index), or None.
    """
    staged = StagedMedia()
    for item in bundle.items:
        sources = bundle.media.get(item.id, ())
        written: list[tuple[str, CopiedMedia]] = []
        for index, media in enumerate(item.files):
            if index >= len(sources):
                continue
            key = safe_id(item.id)
            rel_dir = "/".join(p for p in (subdir, key if per_item_folder else "") if p)
            xmp = xmp_for(item, index) if xmp_for is not None else None
            try:
                copy = copy_media(
                    sources[index],
                    root.joinpath(*rel_dir.split("/")) if rel_dir else root,
                    f"{key}-{index + 1}",
                    media,
                    clean=item.id in bundle.clean_items,
                    orientation=item.orientation if index == 0 else None,
                    xmp=xmp,
                    preview=partial(bundle.previews.get, item.id) if index == 0 else None,
                    suffix=suffix_of(media),
                )
            except MediaCopyError as exc:
                staged.warnings.append(f"item {item.id} file {index + 1}: {exc}")
                continue
            if copy.derivative:
                staged.warnings.append(
                    f"item {item.id} file {index + 1}: {media.format} metadata cannot be "
                    "removed, so the preview was exported instead of the original"
                )
            written.append((f"{rel_dir}/{copy.name}" if rel_dir else copy.name, copy))
        staged.files[item.id] = tuple(written)
    return staged
