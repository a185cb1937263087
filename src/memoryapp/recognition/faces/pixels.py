"""Pixels the face engines can read: any Pillow image as 8-bit RGB, upright as given.

Greyscale, 16-bit and float scans are stretched to 8 bits; palette and transparent images
are flattened on white (a transparent background is not a face); CMYK is converted.
"""

from __future__ import annotations

import numpy as np
from PIL import Image

__all__ = ["as_rgb"]


def _stretched(image: Image.Image) -> Image.Image:
    """A 16-bit or float image ("I", "I;16", "F") as 8-bit greyscale, its own range stretched."""
    values = np.asarray(image, dtype=np.float64)
    finite = values[np.isfinite(values)]
    if finite.size == 0:
        raise ValueError("the image has no finite pixel values")
    low, high = float(finite.min()), float(finite.max())
    span = high - low if high > low else 1.0
    scaled = np.nan_to_num((values - low) * (255.0 / span), nan=0.0, posinf=255.0, neginf=0.0)
    return Image.fromarray(np.clip(scaled, 0, 255).astype(np.uint8), "L")


def as_rgb(image: Image.Image) -> Image.Image:
    """The image as 8-bit RGB, decoded; ValueError naming the reason when it cannot be."""
    if not isinstance(image, Image.Image):
        raise ValueError(f"expected a Pillow image, got {type(image).__name__}")
    width, height = image.size
    if width < 1 or height < 1:
        raise ValueError(f"the image is empty ({width}x{height} pixels)")
    try:
        image.load()
        mode = image.mode
        if mode == "RGB":
            return image
        if mode in ("I", "F") or mode.startswith("I;"):
            return _stretched(image).convert("RGB")
        if mode == "P" or mode in ("LA", "La", "PA", "RGBa"):
            image = image.convert("RGBA")
        if image.mode == "RGBA":
            flat = Image.new("RGB", image.size, (255, 255, 255))
            flat.paste(image, mask=image.getchannel("A"))
            return flat
        return image.convert("RGB")
    except (OSError, SyntaxError, ValueError) as error:
        raise ValueError(f"the image could not be decoded ({error})") from error
