"""EXIF orientation geometry, checked against Pillow's own transpose for all 8 orientations."""

from __future__ import annotations

import pytest
from PIL import Image, ImageOps

from memoryapp.core.orientation import (
    display_size,
    display_to_stored,
    rect_to_display,
    rect_to_stored,
    stored_to_display,
    swaps_axes,
)

ORIENTATIONS = range(1, 9)
# A 40 x 20 stored image with a rectangle at pixels x 6..15, y 3..10 (metadata.md section 8).
WIDTH, HEIGHT = 40, 20
RECT_PX = (6, 3, 10, 8)


def _pillow_bbox(orientation: int) -> tuple[tuple[float, float, float, float], tuple[int, int]]:
    """Draw the rectangle on a stored image, let Pillow apply the orientation, measure it."""
    image = Image.new("L", (WIDTH, HEIGHT), 0)
    x, y, w, h = RECT_PX
    image.paste(255, (x, y, x + w, y + h))
    exif = image.getexif()
    exif[0x0112] = orientation
    image.info["exif"] = exif.tobytes()
    upright = ImageOps.exif_transpose(image)
    assert upright is not None
    left, top, right, bottom = upright.getbbox() or (0, 0, 0, 0)
    dw, dh = upright.size
    return (left / dw, top / dh, (right - left) / dw, (bottom - top) / dh), (dw, dh)


@pytest.mark.parametrize("orientation", ORIENTATIONS)
def test_rect_to_display_matches_pillow_exif_transpose(orientation: int) -> None:
    x, y, w, h = RECT_PX
    stored = (x / WIDTH, y / HEIGHT, w / WIDTH, h / HEIGHT)
    expected, size = _pillow_bbox(orientation)
    got = rect_to_display(*stored, orientation)
    assert got == pytest.approx(expected, abs=1e-9)
    assert display_size(WIDTH, HEIGHT, orientation) == size


def test_orientation_6_gives_the_documented_rectangle() -> None:
    got = rect_to_display(6 / 40, 3 / 20, 10 / 40, 8 / 20, 6)
    assert got == pytest.approx((0.45, 0.15, 0.4, 0.25))


@pytest.mark.parametrize("orientation", ORIENTATIONS)
def test_points_and_rects_round_trip(orientation: int) -> None:
    for point in ((0.1, 0.7), (0.0, 0.0), (1.0, 0.25), (0.5, 0.5)):
        shown = stored_to_display(*point, orientation)
        assert display_to_stored(*shown, orientation) == pytest.approx(point)
    rect = (0.2, 0.1, 0.3, 0.6)
    shown_rect = rect_to_display(*rect, orientation)
    assert rect_to_stored(*shown_rect, orientation) == pytest.approx(rect)


@pytest.mark.parametrize("orientation", ORIENTATIONS)
def test_width_and_height_swap_only_for_5_to_8(orientation: int) -> None:
    _, _, w, h = rect_to_display(0.1, 0.1, 0.3, 0.2, orientation)
    if swaps_axes(orientation):
        assert (w, h) == pytest.approx((0.2, 0.3))
    else:
        assert (w, h) == pytest.approx((0.3, 0.2))


def test_corner_mapping_table() -> None:
    # The top-left stored corner ends up where each orientation's table says.
    assert stored_to_display(0, 0, 1) == (0, 0)
    assert stored_to_display(0, 0, 3) == (1, 1)
    assert stored_to_display(0, 0, 6) == (1, 0)
    assert stored_to_display(0, 0, 8) == (0, 1)


@pytest.mark.parametrize("bad", [0, 9, -1, 12336])
def test_impossible_orientation_is_refused(bad: int) -> None:
    with pytest.raises(ValueError, match="1-8"):
        stored_to_display(0.5, 0.5, bad)
    with pytest.raises(ValueError, match="1-8"):
        rect_to_stored(0.1, 0.1, 0.1, 0.1, bad)
