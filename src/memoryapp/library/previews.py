"""The larger preview of an item (1024 px), made on first use and cached in ``thumbs/``.

The import makes only the grid thumbnail, so that importing stays as fast as decoding a
thumbnail; the preview is rendered from the original the first time a view asks for it.
A collection on read-only media keeps such renderings in the temporary folder instead.
"""

import tempfile
from pathlib import Path

from PIL import Image

from memoryapp.core.errors import ImportFileError
from memoryapp.importers.audio import render_waveform
from memoryapp.importers.formats import sniff
from memoryapp.importers.pictures import PREVIEW_SIZE, PictureError, render_preview, upright
from memoryapp.library.library import Library
from memoryapp.storage.atomic import atomic_write_bytes


def cached(library: Library, target: Path) -> Path:
    """Where a rendering the collection may cache (a preview, a page) is read and written.

    ``target`` inside the collection when it is there or may be written; for a collection on
    read-only media, the same relative path under the temporary folder.
    """
    if library.cache_writable or target.exists():
        return target
    relative = target.relative_to(library.path)
    return Path(tempfile.gettempdir(), "memoryapp-cache", library.collection_id, relative)


def preview_path(library: Library, item_id: str) -> Path:
    """The item's upright preview, rendering and caching it if needed.

    Slow the first time (it decodes the original): call it off the GUI thread.

    Raises:
        ImportFileError: the original is missing or cannot be decoded.
        NotFoundError: no such item.
    """
    item = library.item(item_id)
    primary = item.primary
    if primary is None:
        raise ImportFileError(Path(item_id), "the item has no file")
    source = library.media_path(item_id)
    target = cached(library, library.paths.thumb_file(primary.sha256, PREVIEW_SIZE))
    if target.exists():
        return target
    try:
        data = source.read_bytes()
    except OSError as exc:
        raise ImportFileError(source, "cannot read the original", exc.strerror or "") from exc
    kind = sniff(data[:64], source.suffix)
    if kind is None:
        raise ImportFileError(source, "not a picture memoryapp reads")
    if kind.is_audio:  # a recording's preview is its waveform
        atomic_write_bytes(
            target, render_waveform(data, kind, primary.duration_ms or 0, PREVIEW_SIZE)
        )
        return target
    try:
        jpeg = render_preview(data, kind, orientation=item.orientation)
    except PictureError as exc:
        raise ImportFileError(source, exc.reason.value, exc.detail) from exc
    atomic_write_bytes(target, jpeg)
    return target


def turn_upright(image: Image.Image, orientation: int | None) -> Image.Image:
    """A decoded original turned as the item says (its orientation may come from a sidecar)."""
    return upright(image, orientation)
