"""A face found on an image: its box in the image's frame, the detector's score, its size."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["FoundFace"]


@dataclass(frozen=True, slots=True)
class FoundFace:
    """One detected face.

    ``box`` is (x, y, w, h) normalised to 0..1 in the frame of the image given to the
    detector (the caller passes the upright image); ``score`` the detector's confidence in
    0..1; ``size_px`` the face's shorter side in pixels of that image at full resolution.
    """

    box: tuple[float, float, float, float]
    score: float
    size_px: int
