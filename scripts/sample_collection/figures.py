"""People drawn for old photographs: a head in a given box, then shoulders, clothes and a hat.

The head box is the face region the story declares, so the face tags match the pixels.
Colours are real-world colours; the print stage turns them into sepia or silver tones.
"""

from __future__ import annotations

import random

import numpy as np
from PIL import Image, ImageDraw, ImageFilter
from scripts.sample_collection.heads import draw_head
from scripts.sample_collection.look import Box, Look, shade
from scripts.sample_collection.paper import blotches

__all__ = ["Box", "Look", "person"]


def person(
    img: Image.Image,
    head: Box,
    look: Look,
    rng: random.Random,
    *,
    pose: str = "stand",
    turn: float = 0.0,
    hands: str = "",
    shadow: tuple[float, float] = (0.0, 0.0),
) -> None:
    """Draw a whole person whose face fills ``head``; ``pose`` is stand, sit or bust.

    ``turn`` in -1..1 shifts the features sideways, as a head turned a little. ``hands`` is
    ``sides`` or ``front`` (clasped). ``shadow`` (dx, dy) in head heights casts a soft shadow
    on the wall behind. The figure is drawn at twice the size in a tile, shaded, then reduced.
    """
    x0, y0, x1, y1 = head
    w, h = x1 - x0, y1 - y0
    left, top = int(x0 - 3.4 * w), int(y0 - 0.9 * h)
    right, bottom = int(x1 + 3.4 * w) + 1, min(img.height, int(y1 + h * 8.0)) + 1
    s = 2
    local = ((x0 - left) * s, (y0 - top) * s, (x1 - left) * s, (y1 - top) * s)
    layer = Image.new("RGBA", ((right - left) * s, (bottom - top) * s), (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    _body(d, local, look, rng, pose, hands or ("front" if look.female else "sides"))
    draw_head(layer, d, local, look, rng, turn)
    layer = layer.convert("RGBa").resize((right - left, bottom - top), Image.Resampling.LANCZOS)
    layer = layer.filter(ImageFilter.GaussianBlur(max(0.5, w / 80))).convert("RGBA")
    arr = np.asarray(layer, dtype=np.float32).copy()
    hx0, _, hx1, hy1 = (v / s for v in local)
    xs = (np.arange(arr.shape[1], dtype=np.float32) - (hx0 + hx1) / 2) / (w * 1.4)
    ys = (np.arange(arr.shape[0], dtype=np.float32) - hy1) / (h * 6)
    light = 1.08 - 0.22 * np.clip(xs, -1, 1)[None, :] - 0.14 * np.clip(ys, 0, 1)[:, None]
    cloth = blotches((arr.shape[1], arr.shape[0]), rng, cells=max(4, int(arr.shape[1] / (w * 0.3))))
    light = light * (1 + 0.05 * cloth)
    arr[..., :3] *= light[..., None]
    layer = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "RGBA")
    alpha = layer.getchannel("A")
    if pose in ("stand", "sit"):
        foot = y1 + h * ((1.85 + 2.3) if look.age == "child" else (2.55 + 3.5)) + h * 0.05
        if pose == "sit":
            foot = y1 + h * (
                (1.85 * 0.95 + 0.55 + 1.55) if look.age == "child" else (2.55 * 0.95 + 0.55 + 2.0)
            )
        ground = Image.new("L", (int(w * 5), int(h * 0.8)), 0)
        ImageDraw.Draw(ground).ellipse((w * 0.9, h * 0.2, w * 4.1, h * 0.6), fill=110)
        ground = ground.filter(ImageFilter.GaussianBlur(h * 0.12))
        img.paste(
            (30, 24, 20), (int(x0 - w * 2.0 + shadow[0] * h * 0.5), int(foot - h * 0.4)), ground
        )
    if shadow != (0.0, 0.0):
        sh = alpha.point(lambda v: v * 90 // 255).filter(ImageFilter.GaussianBlur(max(2.0, w / 5)))
        img.paste((25, 20, 18), (left + int(shadow[0] * h), top + int(shadow[1] * h)), sh)
    img.paste(layer.convert("RGB"), (left, top), alpha)


def _body(
    d: ImageDraw.ImageDraw, head: Box, look: Look, rng: random.Random, pose: str, hands: str
) -> None:
    x0, y0, x1, y1 = head
    w, h = x1 - x0, y1 - y0
    cx = (x0 + x1) / 2
    child = look.age == "child"
    sw = w * (2.05 if child else 2.25 if look.female else 2.6) / 2  # half shoulder width
    torso = h * (1.85 if child else 2.55)
    legs = h * (2.3 if child else 3.5)
    sh_y = y1 + h * 0.28
    hip_y = y1 + torso
    c = look.colour
    dark, darker = shade(c, 0.8), shade(c, 0.6)
    if pose == "bust":
        hip_y, legs = y1 + h * 6, 0.0
    long_robe = look.garment in ("djellaba", "caftan", "bridal", "gown", "dress")
    # hood of a djellaba hangs behind the shoulders
    if look.garment == "djellaba" and look.headwear != "hood":
        d.polygon([(cx - w * 0.55, sh_y), (cx + w * 0.55, sh_y), (cx, sh_y + h * 1.0)], fill=darker)
    # legs or the robe's skirt
    hw = sw * (0.78 if look.female else 0.72)
    if pose == "sit":
        wood, lw = (74, 50, 36), max(2, int(w / 9))
        d.rectangle((cx - sw * 1.02, sh_y - h * 0.55, cx + sw * 1.02, hip_y), fill=wood)
        d.rectangle(
            (cx - sw * 0.9, sh_y - h * 0.45, cx + sw * 0.9, sh_y - h * 0.25), fill=shade(wood, 0.7)
        )
        knee_y = hip_y + h * 0.55
        foot = knee_y + h * (1.55 if child else 2.0)
        for side in (-1, 1):
            d.line(
                [(cx + side * sw * 1.0, hip_y), (cx + side * sw * 1.0, foot)], fill=wood, width=lw
            )
        d.rectangle(
            (cx - sw * 1.12, hip_y - h * 0.05, cx + sw * 1.12, hip_y + h * 0.12),
            fill=shade(wood, 1.2),
        )
        foot_y = knee_y + h * (1.55 if child else 2.0)
        d.polygon(
            [
                (cx - hw, hip_y - h * 0.2),
                (cx + hw, hip_y - h * 0.2),
                (cx + hw * 1.18, knee_y),
                (cx - hw * 1.18, knee_y),
            ],
            fill=dark,
        )
        if long_robe:
            d.polygon(
                [
                    (cx - hw * 1.18, knee_y),
                    (cx + hw * 1.18, knee_y),
                    (cx + hw * 1.05, foot_y),
                    (cx - hw * 1.05, foot_y),
                ],
                fill=c,
            )
        else:
            for s in (-1, 1):
                d.rectangle(
                    (
                        cx + s * hw * 0.55 - hw * 0.38,
                        knee_y,
                        cx + s * hw * 0.55 + hw * 0.38,
                        foot_y,
                    ),
                    fill=dark,
                )
        _feet(d, cx, foot_y, hw, h)
    elif pose == "stand":
        foot_y = hip_y + legs
        if long_robe:
            hem = foot_y - h * (0.25 if look.garment != "dress" else 0.9)
            d.polygon(
                [
                    (cx - sw * 0.86, hip_y - h * 0.3),
                    (cx + sw * 0.86, hip_y - h * 0.3),
                    (cx + sw * 1.02, hem),
                    (cx - sw * 1.02, hem),
                ],
                fill=c,
            )
            for k in (-0.45, 0.1, 0.55):  # folds of cloth
                d.line(
                    [(cx + sw * k * 0.8, hip_y), (cx + sw * k, hem)],
                    fill=dark,
                    width=max(1, int(w / 18)),
                )
            if look.garment == "dress":
                for s in (-1, 1):
                    d.rectangle(
                        (cx + s * hw * 0.45 - w * 0.13, hem, cx + s * hw * 0.45 + w * 0.13, foot_y),
                        fill=look.skin if child else shade(look.skin, 0.75),
                    )
        else:
            knee_bare = child and look.garment == "smock"
            for s in (-1, 1):
                lx = cx + s * hw * 0.48
                top = hip_y - h * 0.2
                if knee_bare:
                    d.rectangle(
                        (lx - hw * 0.42, top, lx + hw * 0.42, top + legs * 0.35), fill=(70, 70, 78)
                    )
                    d.rectangle(
                        (lx - hw * 0.3, top + legs * 0.35, lx + hw * 0.3, foot_y), fill=look.skin
                    )
                else:
                    d.polygon(
                        [
                            (lx - hw * 0.46, top),
                            (lx + hw * 0.46, top),
                            (lx + hw * 0.36, foot_y),
                            (lx - hw * 0.36, foot_y),
                        ],
                        fill=dark,
                    )
            d.line([(cx, hip_y), (cx, foot_y)], fill=darker, width=max(1, int(w / 14)))
        _feet(d, cx, foot_y, hw, h)
    # torso
    waist = sw * (0.78 if look.female else 0.86)
    d.polygon(
        [
            (cx - sw * 0.93, sh_y + h * 0.05),
            (cx - sw * 0.55, sh_y - h * 0.1),
            (cx + sw * 0.55, sh_y - h * 0.1),
            (cx + sw * 0.93, sh_y + h * 0.05),
            (cx + waist, hip_y),
            (cx - waist, hip_y),
        ],
        fill=c,
    )
    for side in (-1, 1):  # rounded shoulders
        sx = cx + side * sw * 0.78
        d.ellipse((sx - sw * 0.24, sh_y - h * 0.1, sx + sw * 0.24, sh_y + h * 0.35), fill=c)
    # arms and hands
    for side in (-1, 1):
        ax = cx + side * sw * 0.93
        if hands == "front":
            elbow = (cx + side * (waist + sw * 0.12), sh_y + (hip_y - sh_y) * 0.62)
            hand = (cx + side * w * 0.12, hip_y + (h * 0.25 if pose == "sit" else -h * 0.15))
            d.polygon(
                [
                    (ax, sh_y + h * 0.05),
                    (ax - side * sw * 0.32, sh_y + h * 0.12),
                    (elbow[0] - side * w * 0.3, elbow[1]),
                    (elbow[0] + side * w * 0.05, elbow[1] + h * 0.1),
                ],
                fill=dark,
            )
            d.polygon(
                [
                    (elbow[0] - side * w * 0.3, elbow[1] - h * 0.08),
                    (elbow[0] + side * w * 0.05, elbow[1] + h * 0.12),
                    (hand[0], hand[1] + h * 0.12),
                    (hand[0], hand[1] - h * 0.14),
                ],
                fill=dark,
            )
            d.line(
                [(elbow[0] - side * w * 0.28, elbow[1] - h * 0.06), (hand[0], hand[1] - h * 0.12)],
                fill=darker,
                width=max(1, int(w / 16)),
            )
        else:
            d.polygon(
                [
                    (ax, sh_y + h * 0.05),
                    (ax - side * sw * 0.3, sh_y + h * 0.1),
                    (cx + side * waist * 0.98, hip_y + h * 0.05),
                    (cx + side * (waist + sw * 0.22), hip_y + h * 0.05),
                ],
                fill=dark,
            )
            d.line(
                [(ax - side * sw * 0.3, sh_y + h * 0.15), (cx + side * waist * 0.96, hip_y)],
                fill=darker,
                width=max(1, int(w / 16)),
            )
            hand = (cx + side * (waist + sw * 0.1), hip_y + h * 0.15)
        d.ellipse(
            (hand[0] - w * 0.16, hand[1] - h * 0.12, hand[0] + w * 0.16, hand[1] + h * 0.12),
            fill=shade(look.skin, 0.9),
        )
    _garment_front(d, cx, y1, sh_y, hip_y, sw, waist, w, h, look, rng)
    # neck
    d.polygon(
        [
            (cx - w * 0.2, y1 - h * 0.15),
            (cx + w * 0.2, y1 - h * 0.15),
            (cx + w * 0.22, sh_y),
            (cx - w * 0.22, sh_y),
        ],
        fill=shade(look.skin, 0.82),
    )


def _feet(d: ImageDraw.ImageDraw, cx: float, foot_y: float, hw: float, h: float) -> None:
    for s in (-1, 1):
        fx = cx + s * hw * 0.45
        d.chord(
            (fx - hw * 0.34, foot_y - h * 0.16, fx + hw * 0.34 + s * hw * 0.08, foot_y + h * 0.06),
            180,
            360,
            fill=(36, 30, 28),
        )
        d.rectangle(
            (fx - hw * 0.34, foot_y - h * 0.05, fx + hw * 0.34 + s * hw * 0.08, foot_y + h * 0.02),
            fill=(36, 30, 28),
        )


def _garment_front(
    d: ImageDraw.ImageDraw,
    cx: float,
    chin: float,
    sh_y: float,
    hip_y: float,
    sw: float,
    waist: float,
    w: float,
    h: float,
    look: Look,
    rng: random.Random,
) -> None:
    """Collars, lapels, buttons, trims, patterns."""
    g = look.garment
    lw = max(1, int(w / 16))
    if g in ("suit", "coat"):
        d.polygon(
            [
                (cx - w * 0.36, sh_y - h * 0.08),
                (cx + w * 0.36, sh_y - h * 0.08),
                (cx, sh_y + h * 1.0),
            ],
            fill=(222, 218, 206),
        )
        d.polygon(
            [
                (cx - w * 0.07, sh_y),
                (cx + w * 0.07, sh_y),
                (cx + w * 0.1, sh_y + h * 0.85),
                (cx, sh_y + h * 0.98),
                (cx - w * 0.1, sh_y + h * 0.85),
            ],
            fill=(50, 40, 44),
        )
        for s in (-1, 1):
            d.polygon(
                [
                    (cx + s * w * 0.36, sh_y - h * 0.08),
                    (cx + s * w * 0.55, sh_y + h * 0.1),
                    (cx + s * w * 0.2, sh_y + h * 0.5),
                    (cx, sh_y + h * 1.02),
                ],
                fill=shade(look.colour, 0.7),
            )
        for k in range(2 if g == "suit" else 3):
            by = sh_y + h * (1.2 + 0.38 * k)
            d.ellipse(
                (cx - w * 0.05, by - w * 0.05, cx + w * 0.05, by + w * 0.05), fill=(25, 22, 22)
            )
    elif g == "djellaba":
        d.line([(cx, sh_y), (cx, sh_y + h * 1.3)], fill=shade(look.colour, 0.7), width=lw)
        for k in range(6):
            by = sh_y + h * (0.1 + 0.2 * k)
            d.ellipse(
                (cx - w * 0.035, by - w * 0.035, cx + w * 0.035, by + w * 0.035),
                fill=shade(look.colour, 0.5),
            )
    elif g in ("caftan", "bridal"):
        gold = (214, 186, 120)
        for s in (-1, 0, 1):
            x = cx + s * sw * 0.45
            d.line(
                [(x, sh_y + h * 0.1), (x + s * sw * 0.1, hip_y + h * 2.0)],
                fill=gold,
                width=max(2, int(w / (6 if s == 0 else 10))),
            )
        if g == "bridal":  # the embroidered plastron of the keswa kbira
            d.rectangle(
                (cx - w * 0.5, sh_y + h * 0.05, cx + w * 0.5, sh_y + h * 1.2), fill=(150, 120, 80)
            )
            for i in range(4):
                for j in range(3):
                    px, py = cx - w * 0.33 + j * w * 0.33, sh_y + h * (0.22 + i * 0.27)
                    d.ellipse(
                        (px - w * 0.08, py - w * 0.08, px + w * 0.08, py + w * 0.08), fill=gold
                    )
    elif g == "smock":
        d.polygon(
            [
                (cx - w * 0.45, sh_y - h * 0.06),
                (cx, sh_y + h * 0.3),
                (cx + w * 0.45, sh_y - h * 0.06),
                (cx + w * 0.5, sh_y + h * 0.12),
                (cx - w * 0.5, sh_y + h * 0.12),
            ],
            fill=(226, 224, 216),
        )
        for k in range(4):
            by = sh_y + h * (0.45 + 0.3 * k)
            d.ellipse(
                (cx - w * 0.04, by - w * 0.04, cx + w * 0.04, by + w * 0.04), fill=(245, 245, 240)
            )
    elif g == "shirt":
        for s in (-1, 1):
            d.polygon(
                [
                    (cx, sh_y + h * 0.05),
                    (cx + s * w * 0.42, sh_y - h * 0.1),
                    (cx + s * w * 0.3, sh_y + h * 0.2),
                ],
                fill=shade(look.colour, 1.12),
            )
        d.line([(cx, sh_y + h * 0.05), (cx, hip_y)], fill=shade(look.colour, 0.82), width=lw)
    elif g in ("dress", "gown"):
        d.chord(
            (cx - w * 0.4, sh_y - h * 0.3, cx + w * 0.4, sh_y + h * 0.25),
            0,
            180,
            fill=shade(look.skin, 0.85),
        )
        d.line(
            [(cx - waist, hip_y - h * 0.35), (cx + waist, hip_y - h * 0.35)],
            fill=shade(look.colour, 0.7),
            width=lw + 1,
        )
    if look.pattern == "dots":
        for _ in range(int(30 * sw / w)):
            px, py = cx + rng.uniform(-waist, waist), rng.uniform(sh_y + h * 0.1, hip_y + h * 1.2)
            r = w * 0.04
            d.ellipse((px - r, py - r, px + r, py + r), fill=shade(look.colour, 1.45))
    elif look.pattern == "stripes":
        for k in range(-5, 6):
            x = cx + k * sw * 0.17
            d.line(
                [(x, sh_y), (x, hip_y + h * 1.6)],
                fill=shade(look.colour, 1.3),
                width=max(1, lw // 2),
            )
    if look.tallit:  # prayer shawl with its black bands over the shoulders
        for s in (-1, 1):
            d.polygon(
                [
                    (cx + s * w * 0.3, sh_y - h * 0.1),
                    (cx + s * sw * 0.98, sh_y + h * 0.05),
                    (cx + s * sw * 0.8, hip_y + h * 0.3),
                    (cx + s * w * 0.35, hip_y + h * 0.3),
                ],
                fill=(238, 236, 228),
            )
            for frac in (0.55, 0.75):
                band = sh_y + (hip_y - sh_y) * frac
                d.line(
                    [(cx + s * w * 0.34, band), (cx + s * sw * 0.86, band - h * 0.05)],
                    fill=(30, 30, 40),
                    width=max(2, int(h / 12)),
                )
