"""Backgrounds for the photographs: pisé walls, kasbah towers, palms, gorges, streets, a ship.

Each function draws into part of an RGB scene with its own randomness. Colours are those of the
real thing (ochre earth, palm green, sky); the print stage turns them into old tones.
"""

from __future__ import annotations

import math
import random

import numpy as np
from PIL import Image, ImageDraw, ImageFilter
from scripts.sample_collection.paper import blotches

RGB = tuple[int, int, int]
EARTH: RGB = (178, 128, 92)
SKY_TOP: RGB = (120, 160, 205)
SKY_LOW: RGB = (222, 228, 232)


def gradient(img: Image.Image, box: tuple[int, int, int, int], top: RGB, bottom: RGB) -> None:
    """Fill ``box`` with a vertical gradient from ``top`` to ``bottom``."""
    x0, y0, x1, y1 = box
    d = ImageDraw.Draw(img)
    for y in range(y0, y1):
        t = (y - y0) / max(1, y1 - y0 - 1)
        d.line(
            [(x0, y), (x1, y)],
            fill=tuple(int(a + (b - a) * t) for a, b in zip(top, bottom, strict=True)),
        )


def texture(
    img: Image.Image,
    rng: random.Random,
    box: tuple[int, int, int, int],
    amount: float,
    cells: int = 30,
) -> None:
    """Modulate ``box`` with mottled light and dark, as rough earth or plaster."""
    x0, y0, x1, y1 = box
    region = img.crop(box)
    arr = np.asarray(region, dtype=np.float32)
    blot = blotches((x1 - x0, y1 - y0), rng, cells)
    arr = np.asarray(arr * (1 + amount * blot[..., None]), dtype=np.float32)
    img.paste(Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "RGB"), (x0, y0))


def pise_wall(
    img: Image.Image,
    rng: random.Random,
    box: tuple[int, int, int, int],
    *,
    colour: RGB = EARTH,
    course: int = 70,
    holes: bool = True,
) -> None:
    """Draw a rammed-earth wall: formwork courses, putlog holes, rain streaks."""
    x0, y0, x1, y1 = box
    d = ImageDraw.Draw(img)
    d.rectangle(box, fill=colour)
    texture(img, rng, box, 0.09, cells=max(8, (x1 - x0) // 25))
    dark = tuple(int(c * 0.72) for c in colour)
    y = y0 + rng.randint(10, course)
    while y < y1:
        pts = [
            (x, y + 2.5 * math.sin(x / 37.0 + y) + rng.uniform(-1, 1))
            for x in range(x0, x1 + 20, 20)
        ]
        d.line(pts, fill=dark, width=2)
        if holes:
            for hx in range(x0 + rng.randint(10, 80), x1, rng.randint(110, 170)):
                d.rectangle((hx, y - 9, hx + 9, y - 2), fill=tuple(int(c * 0.4) for c in colour))
        y += course + rng.randint(-6, 6)
    for _ in range((x1 - x0) // 25):  # rain has washed grooves down the wall
        sx = rng.uniform(x0, x1)
        sy = rng.uniform(y0, y0 + (y1 - y0) * 0.5)
        d.line(
            [(sx, sy), (sx + rng.uniform(-4, 4), sy + rng.uniform(30, 160))],
            fill=tuple(int(c * rng.uniform(0.82, 1.1)) for c in colour),
            width=rng.randint(1, 3),
        )


def tower(
    img: Image.Image,
    rng: random.Random,
    base_x: float,
    base_y: float,
    width: float,
    height: float,
    colour: RGB = EARTH,
) -> None:
    """Draw a tapering kasbah tower with crenellations and a band of relief lozenges."""
    d = ImageDraw.Draw(img)
    top_w = width * 0.82
    top_y = base_y - height
    d.polygon(
        [
            (base_x - width / 2, base_y),
            (base_x + width / 2, base_y),
            (base_x + top_w / 2, top_y),
            (base_x - top_w / 2, top_y),
        ],
        fill=colour,
    )
    shade = tuple(int(c * 0.7) for c in colour)
    d.polygon(
        [
            (base_x + width * 0.18, base_y),
            (base_x + width / 2, base_y),
            (base_x + top_w / 2, top_y),
            (base_x + top_w * 0.18, top_y),
        ],
        fill=tuple(int(c * 0.86) for c in colour),
    )
    n = 5
    for k in range(n):  # merlons
        mx = base_x - top_w / 2 + top_w * (k + 0.5) / n
        d.polygon(
            [(mx - top_w / 14, top_y), (mx + top_w / 14, top_y), (mx, top_y - top_w / 6)],
            fill=colour,
        )
    band_y = top_y + height * 0.1
    for row in range(3):
        yy = band_y + row * height * 0.06
        for k in range(6):
            lx = base_x - top_w * 0.4 + k * top_w * 0.16
            r = top_w * 0.05
            d.polygon(
                [(lx, yy - r), (lx + r, yy), (lx, yy + r), (lx - r, yy)], outline=shade, width=2
            )
    for k in range(2):  # narrow windows
        wy = top_y + height * (0.45 + 0.2 * k)
        d.rectangle(
            (base_x - width * 0.06, wy, base_x + width * 0.03, wy + height * 0.07),
            fill=(40, 28, 20),
        )
    _ = rng


def palm(img: Image.Image, rng: random.Random, x: float, ground: float, height: float) -> None:
    """Draw a date palm: a leaning ringed trunk and a crown of drooping fronds."""
    d = ImageDraw.Draw(img)
    lean = rng.uniform(-0.12, 0.12) * height
    top = (x + lean, ground - height)
    d.line([(x, ground), top], fill=(96, 78, 58), width=max(3, int(height / 28)))
    for k in range(int(height / 14)):
        t = k / max(1, int(height / 14))
        px, py = x + lean * t, ground - height * t
        d.line([(px - height / 60, py), (px + height / 60, py)], fill=(70, 55, 40), width=1)
    for k in range(14):
        ang = math.pi * (1.05 + 0.9 * k / 13) + rng.uniform(-0.1, 0.1)
        ln = height * rng.uniform(0.28, 0.42)
        pts = []
        for i in range(10):
            t = i / 9
            pts.append(
                (
                    top[0] + math.cos(ang) * ln * t,
                    top[1] + math.sin(ang) * ln * t + (t * t) * ln * 0.55,
                )
            )
        d.line(pts, fill=(62, 84, 48), width=max(2, int(height / 45)))
        for i in range(2, 10):
            px, py = pts[i]
            d.line(
                [(px, py), (px + rng.uniform(-6, 6), py + height * 0.04)],
                fill=(70, 92, 52),
                width=1,
            )


def mountains(
    img: Image.Image,
    rng: random.Random,
    box: tuple[int, int, int, int],
    colour: RGB,
    roughness: float = 0.25,
) -> None:
    """Draw a ridge line of bare mountains filling ``box`` from its top edge down."""
    x0, y0, x1, y1 = box
    d = ImageDraw.Draw(img)
    pts: list[tuple[float, float]] = [(x0, y1)]
    y = y0 + (y1 - y0) * rng.uniform(0.2, 0.5)
    slope = 0.0
    for x in range(x0, x1 + 24, 24):
        slope = 0.8 * slope + rng.uniform(-1, 1) * (y1 - y0) * roughness * 0.25
        y = min(y1 - 5, max(y0, y + slope))
        pts.append((x, y))
    pts.append((x1, y1))
    d.polygon(pts, fill=colour)
    mask = Image.new("L", img.size, 0)
    ImageDraw.Draw(mask).polygon(pts, fill=255)
    layer = img.copy()
    texture(layer, rng, box, 0.12, cells=16)
    img.paste(layer, (0, 0), mask)


def cliff(
    img: Image.Image,
    rng: random.Random,
    side: str,
    box: tuple[int, int, int, int],
    colour: RGB = (150, 110, 86),
) -> None:
    """Draw one wall of a gorge: a sheer face with fissures and rock beds, nearest at the top."""
    x0, y0, x1, y1 = box
    w = x1 - x0
    d = ImageDraw.Draw(img)
    edge_pts = []
    wobble = 0.0
    for y in range(y0, y1 + 1, 16):
        t = (y - y0) / max(1, y1 - y0)
        wobble = 0.7 * wobble + rng.uniform(-10, 10)
        recede = w * 0.35 * t
        edge_pts.append((x1 - recede + wobble, y) if side == "left" else (x0 + recede + wobble, y))
    outer = x0 if side == "left" else x1
    d.polygon([(outer, y0), *edge_pts, (outer, y1)], fill=colour)
    mask = Image.new("L", img.size, 0)
    ImageDraw.Draw(mask).polygon([(outer, y0), *edge_pts, (outer, y1)], fill=255)
    layer = img.copy()
    texture(layer, rng, (x0, y0, x1, y1), 0.16, cells=14)
    dl = ImageDraw.Draw(layer)
    for k in range(int((y1 - y0) / 26)):  # rock beds, dipping a little
        yy = y0 + k * 26 + rng.uniform(-6, 6)
        dl.line(
            [(x0, yy), (x1, yy + (x1 - x0) * 0.08)],
            fill=tuple(int(c * 0.85) for c in colour),
            width=2,
        )
    for _ in range(w // 22):
        fx = rng.uniform(x0, x1)
        fy = rng.uniform(y0, y1 * 0.85)
        crack = [(fx, fy)]
        for _ in range(rng.randint(3, 8)):
            crack.append((crack[-1][0] + rng.uniform(-9, 9), crack[-1][1] + rng.uniform(12, 40)))
        dl.line(
            crack,
            fill=tuple(int(c * rng.uniform(0.5, 0.78)) for c in colour),
            width=rng.randint(1, 4),
        )
    img.paste(layer, (0, 0), mask)


def snow(
    img: Image.Image, rng: random.Random, box: tuple[int, int, int, int], flakes: int = 500
) -> None:
    """Scatter falling snowflakes over ``box``."""
    x0, y0, x1, y1 = box
    d = ImageDraw.Draw(img)
    for _ in range(flakes):
        px, py, r = rng.uniform(x0, x1), rng.uniform(y0, y1), rng.uniform(1, 3.2)
        d.ellipse((px - r, py - r, px + r, py + r), fill=(246, 246, 250))


def soften(img: Image.Image, box: tuple[int, int, int, int], radius: float) -> None:
    """Blur ``box``: a background out of focus."""
    region = img.crop(box).filter(ImageFilter.GaussianBlur(radius))
    img.paste(region, box[:2])
