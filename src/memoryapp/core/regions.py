"""A rectangle on a stored image: a face, a line of text, a part of a page."""

from dataclasses import dataclass


@dataclass(frozen=True, slots=True, kw_only=True)
class Region:
    """A rectangle on the image as stored (before EXIF orientation), in fractions 0..1."""

    x: float
    y: float
    w: float
    h: float

    def __post_init__(self) -> None:
        eps = 1e-6
        # NaN and infinities fail these comparisons too, so they need no check of their own.
        if not (
            -eps <= self.x <= 1 + eps
            and -eps <= self.y <= 1 + eps
            and 0 <= self.w <= 1 - self.x + eps
            and 0 <= self.h <= 1 - self.y + eps
        ):
            raise ValueError(f"region outside the image: {self}")
