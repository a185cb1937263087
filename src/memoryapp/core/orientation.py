"""EXIF orientation geometry for normalized points and rectangles.

Regions are stored relative to the stored (un-rotated) pixel grid; the screen shows the upright
image. These pure functions map between the two frames for the 8 EXIF orientations (table in
``metadata.md`` §8, verified against Pillow's ``ImageOps.exif_transpose``). Coordinates are
normalized (0..1); for orientations 5-8 the displayed image is H x W instead of W x H.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

_Point = tuple[float, float]
_Rect = tuple[float, float, float, float]

_TO_DISPLAY: Final[dict[int, Callable[[float, float], _Point]]] = {
    1: lambda x, y: (x, y),
    2: lambda x, y: (1 - x, y),
    3: lambda x, y: (1 - x, 1 - y),
    4: lambda x, y: (x, 1 - y),
    5: lambda x, y: (y, x),
    6: lambda x, y: (1 - y, x),
    7: lambda x, y: (1 - y, 1 - x),
    8: lambda x, y: (y, 1 - x),
}
_INVERSE: Final = {1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 8, 7: 7, 8: 6}


def _check(orientation: int) -> None:
    if orientation not in _TO_DISPLAY:
        raise ValueError(f"EXIF orientation must be 1-8, not {orientation!r}")


def swaps_axes(orientation: int) -> bool:
    """Return True when the displayed image is H x W (orientations 5-8).

    Raises:
        ValueError: When ``orientation`` is not 1-8.
    """
    _check(orientation)
    return orientation >= 5


def display_size(width: int, height: int, orientation: int) -> tuple[int, int]:
    """Return the (width, height) of the upright image for a stored W x H grid.

    Raises:
        ValueError: When ``orientation`` is not 1-8.
    """
    return (height, width) if swaps_axes(orientation) else (width, height)


def stored_to_display(x: float, y: float, orientation: int) -> _Point:
    """Map a normalized point on the stored pixel grid to the upright (displayed) image.

    Raises:
        ValueError: When ``orientation`` is not 1-8.
    """
    _check(orientation)
    return _TO_DISPLAY[orientation](x, y)


def display_to_stored(x: float, y: float, orientation: int) -> _Point:
    """Inverse of ``stored_to_display``: use it when the user draws on the upright image.

    Raises:
        ValueError: When ``orientation`` is not 1-8.
    """
    _check(orientation)
    return _TO_DISPLAY[_INVERSE[orientation]](x, y)


def _map_rect(
    x: float, y: float, w: float, h: float, point: Callable[[float, float], _Point]
) -> _Rect:
    x1, y1 = point(x, y)
    x2, y2 = point(x + w, y + h)
    return min(x1, x2), min(y1, y2), abs(x2 - x1), abs(y2 - y1)


def rect_to_display(x: float, y: float, w: float, h: float, orientation: int) -> _Rect:
    """Map a top-left (x, y, w, h) rectangle from the stored frame to the display frame.

    Raises:
        ValueError: When ``orientation`` is not 1-8.
    """
    _check(orientation)
    return _map_rect(x, y, w, h, _TO_DISPLAY[orientation])


def rect_to_stored(x: float, y: float, w: float, h: float, orientation: int) -> _Rect:
    """Map a top-left (x, y, w, h) rectangle drawn on the upright image to the stored frame.

    Raises:
        ValueError: When ``orientation`` is not 1-8.
    """
    _check(orientation)
    return _map_rect(x, y, w, h, _TO_DISPLAY[_INVERSE[orientation]])
