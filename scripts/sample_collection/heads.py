"""Heads for the drawn people: a tapered face in the story's face box, features, hair, headwear.

Drawn into the person's tile (RGBA, twice the final size) before it is shaded and reduced.
"""

from __future__ import annotations

import math
import random

from PIL import Image, ImageDraw, ImageFilter
from scripts.sample_collection.look import Box, Look, shade


def draw_head(
    img: Image.Image, d: ImageDraw.ImageDraw, head: Box, look: Look, rng: random.Random, turn: float
) -> None:
    """Draw the face in ``head`` with hair, features and headwear; ``turn`` shifts the features."""
    x0, y0, x1, y1 = head
    w, h = x1 - x0, y1 - y0
    cx = (x0 + x1) / 2 + turn * w * 0.06
    hair = look.hair if look.age != "old" else (168, 164, 158)
    covered = look.headwear in ("scarf", "veil", "hood", "crown", "turban")
    # hair mass behind the face
    if look.female and not covered:
        d.ellipse((x0 - w * 0.12, y0 - h * 0.1, x1 + w * 0.12, y1 - h * 0.05), fill=hair)
    if not covered or look.headwear == "turban":
        for s in (-1, 1):  # ears
            ex = x0 if s < 0 else x1
            d.ellipse(
                (ex - w * 0.09, y0 + h * 0.38, ex + w * 0.09, y0 + h * 0.64),
                fill=shade(look.skin, 0.85),
            )
    if look.headwear in ("scarf", "veil", "hood"):
        _scarf_back(d, head, look)
    # the face, narrowing to the chin
    pts = []
    for i in range(48):
        t = 2 * math.pi * i / 48
        sx, sy = math.cos(t), math.sin(t)
        taper = 1 - 0.16 * max(0.0, sy) ** 2
        pts.append(((x0 + x1) / 2 + w / 2 * sx * taper, (y0 + y1) / 2 + h / 2 * sy))
    d.polygon(pts, fill=look.skin)
    # light from the left: the right cheek in shadow (drawn in a local tile)
    pad = int(w * 0.3) + 4
    ox, oy = int(x0) - pad, int(y0) - pad
    tile = (int(w) + 2 * pad, int(h) + 2 * pad)
    shadow = Image.new("L", tile, 0)
    ImageDraw.Draw(shadow).polygon([(px - ox, py - oy) for px, py in pts], fill=70)
    ImageDraw.Draw(shadow).ellipse(
        (x0 - w * 0.55 - ox, y0 - h * 0.1 - oy, x1 - w * 0.28 - ox, y1 + h * 0.1 - oy), fill=0
    )
    shadow = shadow.filter(ImageFilter.GaussianBlur(max(1.0, w / 10)))
    img.paste((*shade(look.skin, 0.55), 255), (ox, oy, ox + tile[0], oy + tile[1]), shadow)
    # hair on top
    if not covered:
        line = 0.36 if look.female else 0.3  # hairline, as a fraction of the face height
        ox, oy = int(x0 - w * 0.2), int(y0 - h * 0.2)
        hair_mask = Image.new("L", (int(w * 1.4) + 2, int(h * 1.4) + 2), 0)
        hm = ImageDraw.Draw(hair_mask)
        hm.ellipse(
            (x0 - w * 0.03 - ox, y0 - h * 0.07 - oy, x1 + w * 0.03 - ox, y1 - h * 0.1 - oy),
            fill=255,
        )
        hm.rectangle((0, y0 + h * line - oy, hair_mask.width, hair_mask.height), fill=0)
        if not look.female:
            for side in (-1, 1):  # the hair comes down a little in front of the ears
                sx = (x0 if side < 0 else x1) - ox
                hm.rectangle(
                    (
                        min(sx, sx - side * w * 0.1),
                        y0 + h * 0.2 - oy,
                        max(sx, sx - side * w * 0.1),
                        y0 + h * 0.45 - oy,
                    ),
                    fill=255,
                )
        img.paste((*hair, 255), (ox, oy), hair_mask)
        if look.female:
            d.line(
                [(cx - w * 0.05, y0 - h * 0.04), (cx - w * 0.1, y0 + h * 0.2)],
                fill=shade(hair, 2.0),
                width=1,
            )
    _features(d, x0, y0, w, h, cx, look, rng)
    _headwear(d, head, look, cx)


def _scarf_back(d: ImageDraw.ImageDraw, head: Box, look: Look) -> None:
    x0, y0, x1, y1 = head
    w, h = x1 - x0, y1 - y0
    c = look.hat
    if look.headwear == "veil":
        d.polygon(
            [
                (x0 - w * 0.1, y0),
                (x1 + w * 0.1, y0),
                (x1 + w * 1.1, y1 + h * 2.6),
                (x0 - w * 1.1, y1 + h * 2.6),
            ],
            fill=(236, 234, 228),
        )
        return
    d.polygon(
        [
            (x0 - w * 0.22, y0 + h * 0.2),
            (x1 + w * 0.22, y0 + h * 0.2),
            (x1 + w * 0.55, y1 + h * 0.45),
            (x0 - w * 0.55, y1 + h * 0.45),
        ],
        fill=c,
    )


def _features(
    d: ImageDraw.ImageDraw,
    x0: float,
    y0: float,
    w: float,
    h: float,
    cx: float,
    look: Look,
    rng: random.Random,
) -> None:
    ink = shade(look.skin, 0.32)
    socket = shade(look.skin, 0.8)
    ey = y0 + h * 0.47
    for s in (-1, 1):
        ex = cx + s * w * 0.2
        d.ellipse((ex - w * 0.13, ey - h * 0.06, ex + w * 0.13, ey + h * 0.05), fill=socket)
        d.ellipse((ex - w * 0.065, ey - h * 0.028, ex + w * 0.065, ey + h * 0.028), fill=ink)
        brow_w = max(1, int(h / 30)) + (1 if not look.female else 0)
        brow = tuple(
            (a + b) // 2 for a, b in zip(shade(look.hair, 1.3), shade(look.skin, 0.6), strict=True)
        )
        d.line(
            [(ex - w * 0.14, ey - h * 0.085), (ex + w * 0.12, ey - h * 0.1)],
            fill=brow,
            width=brow_w,
        )
    # nose: a shadow on the right of the ridge and the nostrils
    d.line(
        [(cx + w * 0.04, ey + h * 0.02), (cx + w * 0.08, y0 + h * 0.68)],
        fill=shade(look.skin, 0.7),
        width=max(1, int(w / 14)),
    )
    d.ellipse(
        (cx - w * 0.1, y0 + h * 0.66, cx + w * 0.1, y0 + h * 0.72), fill=shade(look.skin, 0.75)
    )
    my = y0 + h * (0.8 if look.age != "child" else 0.78)
    smile = rng.uniform(0.0, 0.05) * h
    d.line(
        [(cx - w * 0.14, my), (cx, my + smile), (cx + w * 0.14, my)],
        fill=shade(look.skin, 0.55),
        width=max(1, int(h / 28)),
    )
    d.chord(
        (cx - w * 0.1, my - h * 0.01, cx + w * 0.1, my + h * 0.05),
        0,
        180,
        fill=shade(look.skin, 0.8),
    )
    if look.beard:
        beard = look.hair if look.age != "old" else (150, 146, 140)
        d.chord((x0 + w * 0.02, y0 + h * 0.35, x0 + w * 0.98, y0 + h * 1.12), 10, 170, fill=beard)
        d.polygon(
            [
                (cx - w * 0.3, y0 + h * 0.72),
                (cx + w * 0.3, y0 + h * 0.72),
                (cx + w * 0.2, y0 + h * 0.77),
                (cx - w * 0.2, y0 + h * 0.77),
            ],
            fill=beard,
        )
    if look.tattoo:  # the chin tattoo of older Amazigh women
        for k in range(3):
            ty = y0 + h * (0.86 + 0.04 * k)
            d.line([(cx - w * 0.02, ty), (cx + w * 0.02, ty)], fill=(60, 70, 80), width=1)
    if look.glasses:
        for s in (-1, 1):
            ex = cx + s * w * 0.2
            d.ellipse(
                (ex - w * 0.15, ey - h * 0.08, ex + w * 0.15, ey + h * 0.08),
                outline=(30, 30, 30),
                width=max(1, int(w / 25)),
            )
        d.line([(cx - w * 0.05, ey), (cx + w * 0.05, ey)], fill=(30, 30, 30), width=1)
    if look.age == "old":
        for s in (-1, 1):
            d.line(
                [(cx + s * w * 0.16, y0 + h * 0.68), (cx + s * w * 0.24, y0 + h * 0.82)],
                fill=shade(look.skin, 0.78),
                width=1,
            )


def _headwear(d: ImageDraw.ImageDraw, head: Box, look: Look, cx: float) -> None:
    x0, y0, x1, y1 = head
    w, h = x1 - x0, y1 - y0
    c, kind = look.hat, look.headwear
    if kind == "scarf":
        d.chord((x0 - w * 0.2, y0 - h * 0.2, x1 + w * 0.2, y0 + h * 0.85), 180, 360, fill=c)
        d.polygon(
            [
                (x0 - w * 0.2, y0 + h * 0.32),
                (x0 + w * 0.02, y0 + h * 0.3),
                (x0 + w * 0.02, y1 - h * 0.1),
                (x0 - w * 0.3, y1 + h * 0.3),
            ],
            fill=c,
        )
        d.polygon(
            [
                (x1 + w * 0.2, y0 + h * 0.32),
                (x1 - w * 0.02, y0 + h * 0.3),
                (x1 - w * 0.02, y1 - h * 0.1),
                (x1 + w * 0.3, y1 + h * 0.3),
            ],
            fill=c,
        )
        band = shade(c, 1.6)
        d.arc(
            (x0 - w * 0.08, y0 - h * 0.02, x1 + w * 0.08, y0 + h * 0.6),
            190,
            350,
            fill=band,
            width=max(2, int(h / 14)),
        )
        for k in range(5):
            fx = x0 + w * (0.05 + 0.22 * k)
            d.ellipse((fx - w * 0.03, y0 - h * 0.1, fx + w * 0.03, y0 - h * 0.04), fill=band)
    elif kind == "veil":
        d.chord(
            (x0 - w * 0.12, y0 - h * 0.2, x1 + w * 0.12, y0 + h * 0.55),
            180,
            360,
            fill=(244, 242, 236),
        )
        for k in range(7):
            fx = x0 + w * (0.0 + 0.17 * k)
            d.ellipse((fx - w * 0.04, y0 - h * 0.08, fx + w * 0.04, y0), fill=(250, 250, 246))
    elif kind == "crown":  # bridal headdress with strings of pearls
        gold = (214, 186, 120)
        d.rectangle((x0 - w * 0.15, y0 - h * 0.45, x1 + w * 0.15, y0 + h * 0.22), fill=(70, 40, 40))
        for k in range(9):
            px = x0 - w * 0.1 + k * (w * 1.2) / 8
            d.ellipse((px - w * 0.05, y0 - h * 0.35, px + w * 0.05, y0 - h * 0.25), fill=gold)
            d.ellipse(
                (px - w * 0.04, y0 + h * 0.04, px + w * 0.04, y0 + h * 0.12), fill=(246, 240, 226)
            )
        for s in (-1, 1):
            sx = x0 - w * 0.06 if s < 0 else x1 + w * 0.06
            for k in range(6):
                py = y0 + h * (0.25 + 0.12 * k)
                d.ellipse(
                    (sx - w * 0.04, py - w * 0.04, sx + w * 0.04, py + w * 0.04),
                    fill=(246, 240, 226),
                )
    elif kind == "kippa":
        d.chord((cx - w * 0.32, y0 - h * 0.1, cx + w * 0.32, y0 + h * 0.18), 180, 360, fill=c)
    elif kind == "fez":
        d.polygon(
            [
                (cx - w * 0.4, y0 + h * 0.12),
                (cx + w * 0.4, y0 + h * 0.12),
                (cx + w * 0.32, y0 - h * 0.38),
                (cx - w * 0.32, y0 - h * 0.38),
            ],
            fill=c,
        )
        d.line(
            [(cx, y0 - h * 0.38), (cx + w * 0.35, y0 - h * 0.1)],
            fill=(20, 20, 20),
            width=max(1, int(w / 18)),
        )
    elif kind == "fedora":
        d.ellipse((x0 - w * 0.42, y0 + h * 0.02, x1 + w * 0.42, y0 + h * 0.22), fill=c)
        d.polygon(
            [
                (x0 - w * 0.02, y0 + h * 0.14),
                (x1 + w * 0.02, y0 + h * 0.14),
                (x1 - w * 0.06, y0 - h * 0.3),
                (cx, y0 - h * 0.24),
                (x0 + w * 0.06, y0 - h * 0.3),
            ],
            fill=shade(c, 1.1),
        )
        d.rectangle(
            (x0 - w * 0.01, y0 + h * 0.02, x1 + w * 0.01, y0 + h * 0.12), fill=shade(c, 0.55)
        )
    elif kind == "beret":
        d.ellipse((x0 - w * 0.18, y0 - h * 0.2, x1 + w * 0.12, y0 + h * 0.22), fill=c)
    elif kind == "cap":
        d.chord((x0 - w * 0.05, y0 - h * 0.15, x1 + w * 0.05, y0 + h * 0.35), 180, 360, fill=c)
        d.ellipse((x0 - w * 0.1, y0 + h * 0.1, x1 + w * 0.25, y0 + h * 0.22), fill=shade(c, 0.7))
    elif kind == "turban":
        for k in range(3):
            yy = y0 - h * (0.28 - 0.13 * k)
            d.ellipse(
                (x0 - w * 0.12 + k * w * 0.02, yy, x1 + w * 0.12 - k * w * 0.02, yy + h * 0.3),
                fill=shade(c, 1 - 0.06 * k),
                outline=shade(c, 0.8),
            )
    elif kind == "hood":
        d.polygon(
            [
                (x0 - w * 0.25, y0 + h * 0.6),
                (cx, y0 - h * 0.6),
                (x1 + w * 0.25, y0 + h * 0.6),
                (x1 + w * 0.1, y0 + h * 0.2),
                (x0 - w * 0.1, y0 + h * 0.2),
            ],
            fill=c,
        )
