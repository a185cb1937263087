"""Rendered pages of multi-page documents (PDF, multi-page TIFF), cached in ``thumbs/``.

The front ends may not call the importers; this is their door to page rendering. A page is
rendered once, upright, to ``thumbs/<sha[:2]>/<sha>-p<page>-<size>.jpg`` and read from there
afterwards. The original is only read.
"""

import logging
from pathlib import Path

from memoryapp.core.errors import MemoryAppError
from memoryapp.importers.formats import PDF, TIFF, FileType
from memoryapp.importers.pictures import PictureError
from memoryapp.importers.pictures import render_page as _render
from memoryapp.library.library import Library
from memoryapp.library.previews import cached
from memoryapp.storage.atomic import atomic_write_bytes

log = logging.getLogger(__name__)

__all__ = ["PageError", "page_count", "render_page"]


class PageError(MemoryAppError):
    """A page cannot be shown: no such page, or the file cannot be read or decoded.

    Attributes:
        path: the original file.
        page: the page asked for (from 1).
        reason: a short English reason.
    """

    def __init__(self, path: Path, page: int, reason: str) -> None:
        super().__init__(f"{path}: page {page}: {reason}")
        self.path = path
        self.page = page
        self.reason = reason


def page_count(library: Library, item_id: str) -> int:
    """How many pages the item's first file has (1 for a plain picture, 0 without a file)."""
    primary = library.item(item_id).primary
    return 0 if primary is None else max(1, primary.pages)


def _kind(fmt: str) -> FileType:
    return PDF if fmt.lower() == "pdf" else TIFF


def render_page(library: Library, item_id: str, page: int, size: int) -> Path:
    """Return a JPEG of page ``page`` (from 1) of the item's first file, ``size`` px long side.

    The page is rendered on first use and cached in the collection's ``thumbs`` folder with an
    atomic write, so concurrent callers never see half a file. Safe to call from a worker
    thread (it holds no library lock while decoding).

    Raises:
        PageError: no file, no such page, or the original cannot be read or decoded.
        NotFoundError: no item with that ID.
    """
    item = library.item(item_id)
    primary = item.primary
    source = library.media_path(item_id) if primary is not None else Path(item_id)
    if primary is None:
        raise PageError(source, page, "the item has no file")
    if size <= 0:
        raise PageError(source, page, f"size must be positive, not {size}")
    if not 1 <= page <= max(1, primary.pages):
        raise PageError(source, page, f"the document has {max(1, primary.pages)} page(s)")
    target = cached(library, library.paths.page_file(primary.sha256, page, size))
    if target.exists():
        return target
    try:
        data = source.read_bytes()
    except OSError as exc:
        raise PageError(source, page, f"cannot read the original: {exc.strerror or exc}") from exc
    try:
        jpeg = _render(data, _kind(primary.format), page, size)
    except PictureError as exc:
        raise PageError(source, page, exc.detail) from exc
    target.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(target, jpeg)
    log.debug("rendered page %d of %s at %d px", page, source, size)
    return target
