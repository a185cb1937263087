"""Find possible copies (the same print scanned twice) by perceptual hash.

A perceptual hash says something only about a picture with detail in it: blank pages, photo
backs, a black frame or a tiny icon all hash alike. Such pictures get no hash for copies
(:func:`copy_hash`), so they are never possible copies of each other.
"""

import io
from typing import Any

from PIL import Image, UnidentifiedImageError

from memoryapp.core.ids import ItemId
from memoryapp.importers.pictures import detail

MAX_DISTANCE = 6
MIN_SIDE = 48  # px: smaller pictures (icons, test patches) are not compared
MIN_DETAIL = 10.0  # grey levels: the spread of a 32x32 grey version, below it "blank"


def copy_hash(
    phash: str,
    width: int | None,
    height: int | None,
    thumbnail_jpeg: bytes,
    spread: float | None = None,
) -> str:
    """``phash``, or ``""`` when the picture is too small or too plain to be compared.

    ``spread`` is the thumbnail's :func:`detail` when the decoder measured it; else the
    thumbnail is decoded to measure it.
    """
    if not phash or (width is not None and height is not None and min(width, height) < MIN_SIDE):
        return ""
    if spread is None:
        try:
            with Image.open(io.BytesIO(thumbnail_jpeg)) as thumb:
                spread = detail(thumb)
        except (OSError, UnidentifiedImageError, ValueError):
            return ""
    return phash if spread >= MIN_DETAIL else ""


class CopyIndex:
    """Perceptual hashes of the collection's items, for near-duplicate lookups.

    The hashes sit in one array, so a lookup is a few vector operations over all of them
    (about a millisecond at 1,000,000 items) rather than Python work per candidate.
    """

    def __init__(self) -> None:
        import numpy as np

        self._np = np
        self._values = np.zeros(1024, dtype=np.uint64)
        self._ids: list[ItemId] = []
        self._where: dict[ItemId, int] = {}

    def add(self, item_id: ItemId, phash: str) -> None:
        """Index an item's hash (hex text; ignored when empty or malformed)."""
        try:
            value = int(phash, 16)
        except ValueError:
            return
        if not 0 <= value < 1 << 64:
            return
        at = self._where.get(item_id)
        if at is None:
            at = self._where[item_id] = len(self._ids)
            self._ids.append(item_id)
            if at == len(self._values):
                self._values = self._np.concatenate(
                    [self._values, self._np.zeros_like(self._values)]
                )
        self._values[at] = value

    def near(self, phash: str, *, exclude: ItemId | None = None) -> list[ItemId]:
        """Items whose hash is within MAX_DISTANCE bits of ``phash``, nearest first."""
        try:
            value = int(phash, 16)
        except ValueError:
            return []
        if not 0 <= value < 1 << 64 or not self._ids:
            return []
        np = self._np
        distances = _bit_counts(np, self._values[: len(self._ids)] ^ np.uint64(value))
        close = np.flatnonzero(distances <= MAX_DISTANCE)
        scored = [(int(distances[i]), self._ids[i]) for i in close if self._ids[i] != exclude]
        return [c for _, c in sorted(scored)]


def _bit_counts(np: Any, values: Any) -> Any:
    """The number of set bits of each of ``values`` (uint64)."""
    if hasattr(np, "bitwise_count"):  # numpy 2
        return np.bitwise_count(values)
    table = np.array([bin(n).count("1") for n in range(256)], dtype=np.uint8)
    return table[values.view(np.uint8).reshape(-1, 8)].sum(axis=1)
