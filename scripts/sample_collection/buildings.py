"""Buildings for the photographs: door, mellah lane, steamer, housing block, Paris, Eiffel Tower."""

from __future__ import annotations

import random

from PIL import Image, ImageDraw
from scripts.sample_collection.scenery import RGB, gradient, texture


def door(
    img: Image.Image, rng: random.Random, box: tuple[int, int, int, int], wood: RGB = (92, 64, 42)
) -> None:
    """Draw a studded wooden door under a horseshoe arch set in a lime-washed frame."""
    x0, y0, x1, y1 = box
    w = x1 - x0
    d = ImageDraw.Draw(img)
    d.rectangle((x0 - w * 0.18, y0 - w * 0.35, x1 + w * 0.18, y1), fill=(214, 204, 184))
    d.pieslice(
        (x0 - w * 0.04, y0 - w * 0.28, x1 + w * 0.04, y0 + w * 0.75), 180, 360, fill=(56, 44, 34)
    )
    d.rectangle((x0, y0 + w * 0.22, x1, y1), fill=wood)
    d.pieslice((x0 + w * 0.02, y0 - w * 0.22, x1 - w * 0.02, y0 + w * 0.7), 180, 360, fill=wood)
    for k in range(1, 6):
        px = x0 + w * k / 6
        d.line([(px, y0 + w * 0.05), (px, y1)], fill=tuple(int(c * 0.7) for c in wood), width=2)
    for row in range(8):
        for col in range(5):
            sx = x0 + w * (0.15 + 0.175 * col)
            sy = y0 + w * 0.3 + row * (y1 - y0 - w * 0.4) / 8
            d.ellipse((sx - 3, sy - 3, sx + 3, sy + 3), fill=(40, 36, 32))
    d.ellipse(
        (x0 + w * 0.62, y0 + (y1 - y0) * 0.5, x0 + w * 0.75, y0 + (y1 - y0) * 0.5 + w * 0.13),
        outline=(30, 28, 26),
        width=3,
    )
    texture(
        img, rng, (int(x0 - w * 0.18), int(y0 - w * 0.35), int(x1 + w * 0.18), int(y1)), 0.1, 10
    )


def alley(img: Image.Image, rng: random.Random, box: tuple[int, int, int, int]) -> None:
    """Draw a narrow mellah street in perspective, ending in a dark covered passage."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    d = ImageDraw.Draw(img)
    vx, vy = x0 + w * 0.52, y0 + h * 0.46
    gradient(img, (x0, y0, x1, int(y0 + h * 0.3)), (200, 214, 226), (236, 236, 232))
    d.polygon(
        [(x0, y0), (vx - w * 0.09, vy - h * 0.28), (vx - w * 0.09, vy + h * 0.12), (x0, y1)],
        fill=(196, 150, 112),
    )
    d.polygon(
        [(x1, y0), (vx + w * 0.09, vy - h * 0.28), (vx + w * 0.09, vy + h * 0.12), (x1, y1)],
        fill=(150, 108, 80),
    )
    d.polygon(
        [(x0, y1), (vx - w * 0.09, vy + h * 0.12), (vx + w * 0.09, vy + h * 0.12), (x1, y1)],
        fill=(170, 140, 110),
    )
    d.rectangle((vx - w * 0.09, vy - h * 0.28, vx + w * 0.09, vy + h * 0.12), fill=(176, 132, 98))
    d.pieslice(
        (vx - w * 0.07, vy - h * 0.18, vx + w * 0.07, vy + h * 0.02), 180, 360, fill=(30, 22, 18)
    )
    d.rectangle((vx - w * 0.07, vy - h * 0.08, vx + w * 0.07, vy + h * 0.12), fill=(30, 22, 18))
    texture(img, rng, box, 0.14, cells=20)
    for k in range(6):  # doorways and beams along the walls
        t = 0.15 + k * 0.13
        lx = x0 + (vx - w * 0.09 - x0) * t
        top = y0 + (vy - h * 0.28 - y0) * t + h * 0.25 * (1 - t)
        bot = y1 + (vy + h * 0.12 - y1) * t
        dw = w * 0.05 * (1 - t * 0.8)
        if k % 2 == 0:
            d.rectangle((lx, top + (bot - top) * 0.35, lx + dw, bot), fill=(60, 44, 34))
        rx = x1 + (vx + w * 0.09 - x1) * t
        if k % 2 == 1:
            d.rectangle((rx - dw, top + (bot - top) * 0.4, rx, bot), fill=(48, 36, 28))
        d.line([(lx, top), (lx + dw * 3, top - h * 0.01)], fill=(90, 70, 50), width=3)
    for _ in range(40):  # stones in the lane
        px = rng.uniform(x0 + w * 0.2, x1 - w * 0.2)
        py = rng.uniform(vy + h * 0.15, y1)
        r = rng.uniform(2, 7) * (py - vy) / h
        d.ellipse((px - r * 1.4, py - r, px + r * 1.4, py + r), fill=(128, 104, 82))


def ship(img: Image.Image, rng: random.Random, box: tuple[int, int, int, int]) -> None:
    """Draw the side of a steamer at the quay: dark hull, portholes, white decks, a funnel."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    d = ImageDraw.Draw(img)
    hull_top = y0 + h * 0.42
    d.rectangle((x0, y0 + h * 0.18, x1, hull_top), fill=(236, 234, 226))
    d.rectangle((x0 + w * 0.2, y0 + h * 0.02, x1 - w * 0.25, y0 + h * 0.18), fill=(226, 224, 214))
    d.polygon(
        [
            (x0 + w * 0.55, y0 - h * 0.25),
            (x0 + w * 0.66, y0 - h * 0.25),
            (x0 + w * 0.68, y0 + h * 0.02),
            (x0 + w * 0.53, y0 + h * 0.02),
        ],
        fill=(60, 50, 46),
    )
    d.rectangle((x0 + w * 0.55, y0 - h * 0.25, x0 + w * 0.66, y0 - h * 0.17), fill=(30, 26, 26))
    for row, yy in enumerate((y0 + h * 0.09, y0 + h * 0.28)):
        for k in range(int(w / 40)):
            wx = x0 + 15 + k * 40 + row * 12
            d.rectangle((wx, yy, wx + 18, yy + h * 0.05), fill=(70, 70, 74))
    d.rectangle((x0, hull_top, x1, y1), fill=(44, 40, 42))
    for k in range(int(w / 55)):
        px = x0 + 30 + k * 55
        d.ellipse(
            (px, hull_top + h * 0.12, px + 14, hull_top + h * 0.12 + 14), fill=(180, 176, 168)
        )
    d.line([(x0, y0 + h * 0.18), (x1, y0 + h * 0.18)], fill=(120, 118, 112), width=3)
    for k in range(int(w / 14)):  # railing
        px = x0 + k * 14
        d.line([(px, y0 + h * 0.12), (px, y0 + h * 0.18)], fill=(110, 108, 104), width=1)
    d.line([(x0 + w * 0.78, hull_top), (x0 + w * 0.95, y1 + h * 0.25)], fill=(80, 70, 60), width=6)
    _ = rng


def building(
    img: Image.Image,
    rng: random.Random,
    box: tuple[int, int, int, int],
    *,
    floors: int = 4,
    colour: RGB = (214, 208, 196),
) -> None:
    """Draw a plain housing block (shikun): flat roof, rows of windows and small balconies."""
    x0, y0, x1, y1 = box
    d = ImageDraw.Draw(img)
    d.rectangle(box, fill=colour)
    d.polygon(
        [(x1, y0), (x1 + (x1 - x0) * 0.25, y0 + 20), (x1 + (x1 - x0) * 0.25, y1), (x1, y1)],
        fill=tuple(int(c * 0.78) for c in colour),
    )
    fh = (y1 - y0) / floors
    cols = max(3, (x1 - x0) // 90)
    for f in range(floors):
        for c in range(cols):
            wx = x0 + (x1 - x0) * (c + 0.3) / cols
            wy = y0 + f * fh + fh * 0.25
            d.rectangle((wx, wy, wx + (x1 - x0) / cols * 0.4, wy + fh * 0.45), fill=(70, 72, 78))
            if c % 2 == 1:
                d.rectangle(
                    (wx - 8, wy + fh * 0.45, wx + (x1 - x0) / cols * 0.4 + 8, wy + fh * 0.62),
                    fill=(190, 186, 176),
                )
                if rng.random() < 0.5:  # washing hung out to dry
                    d.line(
                        [(wx - 6, wy + fh * 0.5), (wx + 30, wy + fh * 0.5)],
                        fill=(240, 240, 236),
                        width=4,
                    )
    texture(img, rng, (x0, y0, x1, y1), 0.06, 8)


def haussmann(img: Image.Image, rng: random.Random, box: tuple[int, int, int, int]) -> None:
    """Draw a Paris street front: stone facades, tall windows, iron balconies, a café awning."""
    x0, y0, x1, y1 = box
    d = ImageDraw.Draw(img)
    d.rectangle(box, fill=(206, 198, 182))
    bays = max(4, (x1 - x0) // 70)
    fh = (y1 - y0) / 6
    for f in range(6):
        for b in range(bays):
            wx = x0 + (x1 - x0) * (b + 0.25) / bays
            wy = y0 + f * fh + fh * 0.18
            ww = (x1 - x0) / bays * 0.5
            d.rectangle((wx, wy, wx + ww, wy + fh * 0.66), fill=(60, 62, 66))
            d.line(
                [(wx + ww / 2, wy), (wx + ww / 2, wy + fh * 0.66)], fill=(200, 196, 186), width=2
            )
            if f in (1, 4):
                d.rectangle(
                    (wx - 4, wy + fh * 0.5, wx + ww + 4, wy + fh * 0.7),
                    outline=(30, 30, 30),
                    width=2,
                )
                for k in range(6):
                    bx = wx + k * ww / 5
                    d.line([(bx, wy + fh * 0.5), (bx, wy + fh * 0.7)], fill=(30, 30, 30), width=1)
        d.line(
            [(x0, y0 + (f + 1) * fh - 3), (x1, y0 + (f + 1) * fh - 3)],
            fill=(176, 168, 152),
            width=3,
        )
    d.polygon(
        [
            (x0, y1 - fh * 0.9),
            (x0 + (x1 - x0) * 0.5, y1 - fh * 0.9),
            (x0 + (x1 - x0) * 0.55, y1 - fh * 0.55),
            (x0, y1 - fh * 0.55),
        ],
        fill=(150, 60, 50),
    )
    for k in range(10):
        sx = x0 + k * (x1 - x0) * 0.055
        d.line([(sx, y1 - fh * 0.9), (sx + 6, y1 - fh * 0.55)], fill=(230, 220, 200), width=5)
    texture(img, rng, box, 0.07, 12)


def eiffel(
    img: Image.Image, x: float, base: float, height: float, colour: RGB = (120, 118, 120)
) -> None:
    """Draw the Eiffel Tower: curved legs under an arch, two platforms, a tapering spire."""
    d = ImageDraw.Draw(img)
    half0 = height * 0.2

    def half(t: float) -> float:
        return float(half0 * (1 - t) ** 2.6 + height * 0.006)

    left = [(x - half(i / 60), base - height * i / 60) for i in range(61)]
    right = [(x + half(i / 60), base - height * i / 60) for i in range(61)][::-1]
    d.polygon(left + right, fill=colour)
    arch_top = base - height * 0.13
    sky = img.getpixel((int(x), int(base - height * 0.02)))
    sky = img.getpixel((int(x - half0 * 1.3), int(base - height * 0.05))) if sky == colour else sky
    d.chord((x - half0 * 0.62, arch_top, x + half0 * 0.62, base + height * 0.1), 180, 360, fill=sky)
    d.rectangle(
        (x - half0 * 0.62, (arch_top + base + height * 0.1) / 2, x + half0 * 0.62, base), fill=sky
    )
    for t in (0.19, 0.38):
        yy = base - height * t
        d.rectangle(
            (x - half(t) * 1.15, yy - height * 0.012, x + half(t) * 1.15, yy + height * 0.012),
            fill=tuple(int(c * 0.8) for c in colour),
        )
    lattice = tuple(min(255, int(c * 1.25)) for c in colour)
    for i in range(4, 56, 3):
        t0, t1 = i / 60, (i + 3) / 60
        y0, y1 = base - height * t0, base - height * t1
        d.line([(x - half(t0) * 0.9, y0), (x + half(t1) * 0.9, y1)], fill=lattice, width=1)
        d.line([(x + half(t0) * 0.9, y0), (x - half(t1) * 0.9, y1)], fill=lattice, width=1)
