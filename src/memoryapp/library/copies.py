"""Find possible copies (the same print scanned twice) by perceptual hash, in sub-linear time.

A 64-bit hash is cut into 8 bands of 8 bits; two hashes within Hamming distance 7 share at
least one band exactly (pigeonhole), so only items sharing a band are compared.
"""

from memoryapp.core.ids import ItemId

MAX_DISTANCE = 6
_BANDS = 8


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
