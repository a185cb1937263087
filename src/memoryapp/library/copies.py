"""Find possible copies (the same print scanned twice) by perceptual hash, in sub-linear time.

A 64-bit hash is cut into 8 bands of 8 bits; two hashes within Hamming distance 7 share at
least one band exactly (pigeonhole), so only items sharing a band are compared.

A perceptual hash says something only about a picture with detail in it: blank pages, photo
backs, a black frame or a tiny icon all hash alike. Such pictures get no hash for copies
(:func:`copy_hash`), so they are never possible copies of each other.
"""

import io

from PIL import Image, UnidentifiedImageError

from memoryapp.core.ids import ItemId
from memoryapp.importers.pictures import detail

MAX_DISTANCE = 6
_BANDS = 8
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
    """Perceptual hashes of the collection's items, for near-duplicate lookups."""

    def __init__(self) -> None:
        self._bands: dict[tuple[int, int], set[ItemId]] = {}
        self._hashes: dict[ItemId, int] = {}

    def add(self, item_id: ItemId, phash: str) -> None:
        """Index an item's hash (hex text; ignored when empty or malformed)."""
        try:
            value = int(phash, 16)
        except ValueError:
            return
        self._hashes[item_id] = value
        for band in range(_BANDS):
            self._bands.setdefault((band, (value >> (band * 8)) & 0xFF), set()).add(item_id)

    def near(self, phash: str, *, exclude: ItemId | None = None) -> list[ItemId]:
        """Items whose hash is within MAX_DISTANCE bits of ``phash``, nearest first."""
        try:
            value = int(phash, 16)
        except ValueError:
            return []
        candidates: set[ItemId] = set()
        for band in range(_BANDS):
            candidates |= self._bands.get((band, (value >> (band * 8)) & 0xFF), set())
        scored = [((self._hashes[c] ^ value).bit_count(), c) for c in candidates if c != exclude]
        return [c for d, c in sorted(scored) if d <= MAX_DISTANCE]
