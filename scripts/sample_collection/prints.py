"""Photographic prints as scanned: borders, deckled edges, card mounts, rounded corners.

A print style fixes where the picture sits in the stored image (its *area*), so that faces
declared in the story in stored-image coordinates can be drawn at the right place before the
print is assembled around the picture.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from PIL import Image, ImageDraw, ImageFilter
from scripts.sample_collection import lettering, paper

Box = tuple[int, int, int, int]


@dataclass(frozen=True, slots=True, kw_only=True)
class PrintStyle:
    """How a print is mounted and scanned.

    ``kind``: border (print cropped at its edges), deckle (scalloped print on the scanner lid),
    cabinet (card mount with a studio imprint), rounded (1970s print on the lid), full
    (digital photo, no print). ``margin`` is the lid visible around the print and ``border``
    the white paper around the picture, both as fractions of the stored width.
    """

    kind: str = "border"
    margin: float = 0.0
    border: float = 0.045
    bottom: float = 0.0  # extra border below the picture (cabinet imprint)
    paper: tuple[int, int, int] = (238, 232, 214)
    imprint: tuple[str, ...] = ()


def area(size: tuple[int, int], style: PrintStyle) -> Box:
    """Return the picture's box inside the stored image for ``style``."""
    w, h = size
    if style.kind == "full":
        return (0, 0, w, h)
    m = int(w * style.margin)
    b = int(w * style.border)
    return (m + b, m + b, w - m - b, h - m - b - int(h * style.bottom))


def assemble(
    size: tuple[int, int],
    picture: Image.Image,
    style: PrintStyle,
    rng: random.Random,
    *,
    mask: Image.Image | None = None,
    mirror: bool = False,
) -> Image.Image:
    """Build the stored image: the aged ``picture`` on its print paper, mount or scanner lid.

    ``mask`` (picture-sized, L) shapes the picture inside its border (an oval mat, ...).
    ``mirror`` flips the print's edge pattern, for the back of the same print.
    """
    w, h = size
    box = area(size, style)
    if style.kind == "full":
        return picture.copy()
    m = int(w * style.margin)
    sheet_size = (w - 2 * m, h - 2 * m)
    if style.kind == "cabinet":
        sheet = _card(sheet_size, rng, style)
    else:
        sheet = paper.paper(sheet_size, rng, style.paper, age=0.35, fibres=60, foxing=3)
    ox, oy = box[0] - m, box[1] - m
    if mask is None:
        sheet.paste(picture, (ox, oy))
    else:
        sheet.paste(picture, (ox, oy), mask)
    if style.kind == "cabinet":
        _imprint(sheet, style, box[3] - m, rng)
    if style.kind in ("border", "cabinet"):
        _corner_wear(sheet, rng)
        out = Image.new("RGB", size)
        out.paste(sheet, (m, m))
        return out
    bed = paper.scanner_bed(size, rng)
    if style.kind == "deckle":
        edge = paper.deckle_mask(sheet_size, scallop=max(4.0, w * 0.006), inset=0)
    else:
        edge = paper.rounded_mask(sheet_size, radius=int(w * 0.025))
    if mirror:
        edge = edge.transpose(Image.Transpose.FLIP_LEFT_RIGHT)
    paper.lay_on(bed, sheet, edge, (m, m))
    return bed


def _card(size: tuple[int, int], rng: random.Random, style: PrintStyle) -> Image.Image:
    card = paper.paper(size, rng, (96, 88, 74), age=0.6, fibres=120, foxing=6)
    d = ImageDraw.Draw(card)
    inset = int(size[0] * 0.035)
    d.rectangle((inset, inset, size[0] - inset, size[1] - inset), outline=(176, 150, 96), width=2)
    d.rectangle(
        (inset + 6, inset + 6, size[0] - inset - 6, size[1] - inset - 6),
        outline=(150, 128, 84),
        width=1,
    )
    _ = style
    return card


def _imprint(card: Image.Image, style: PrintStyle, picture_bottom: int, rng: random.Random) -> None:
    """Gold-stamped studio name under the picture of a card mount."""
    if not style.imprint:
        return
    layer = Image.new("L", card.size, 0)
    d = ImageDraw.Draw(layer)
    cx = card.width / 2
    y = picture_bottom + (card.height - picture_bottom) * 0.38
    sizes = (int(card.width * 0.06), int(card.width * 0.028), int(card.width * 0.022))
    faces = ("display-bold", "serif-italic", "serif")
    for k, text in enumerate(style.imprint):
        fnt = lettering.font(faces[min(k, 2)], sizes[min(k, 2)])
        lettering.put_centred(d, cx, y, text, fnt, 255)
        y += sizes[min(k, 2)] * 1.45
    layer = layer.filter(ImageFilter.GaussianBlur(0.6))
    card.paste((196, 170, 112), (0, 0), layer.point(lambda v: v * 200 // 255))
    _ = rng


def _corner_wear(sheet: Image.Image, rng: random.Random) -> None:
    """Soften and brown the corners, where fingers held the print for decades."""
    w, h = sheet.size
    for cx, cy in ((0, 0), (w, 0), (0, h), (w, h)):
        paper.spot(sheet, (cx, cy), rng.uniform(w * 0.015, w * 0.03), (140, 110, 80), 0.35)
