"""Paper, print and scanner textures: the wear that makes a drawing look like a shoebox find.

Every function takes its randomness from the ``random.Random`` it is given, so the same seed
draws the same pixels. Noise is made with numpy from a seed drawn from that generator.
"""

from __future__ import annotations

import math
import random
import zlib

import numpy as np
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageOps

RGB = tuple[int, int, int]

SEPIA = ((34, 22, 13), (142, 104, 66), (240, 226, 196))
SILVER = ((22, 22, 24), (126, 124, 118), (236, 234, 226))
CABINET = ((40, 30, 24), (130, 112, 96), (232, 224, 206))


def rng_for(key: str, salt: str = "") -> random.Random:
    """Return a generator seeded from ``key`` and ``salt`` (stable across runs and machines)."""
    return random.Random(zlib.crc32(f"{key}|{salt}".encode()))


def np_rng(rng: random.Random) -> np.random.Generator:
    """Return a numpy generator seeded from ``rng``."""
    return np.random.default_rng(rng.getrandbits(64))


def _arr(img: Image.Image) -> np.ndarray:
    return np.asarray(img, dtype=np.float32)


def _img(arr: np.ndarray, mode: str) -> Image.Image:
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), mode)


def blotches(size: tuple[int, int], rng: random.Random, cells: int = 6) -> np.ndarray:
    """Return smooth noise in ``[-1, 1]`` of ``size`` (w, h): large soft patches."""
    w, h = size
    gen = np_rng(rng)
    total = np.zeros((h, w), dtype=np.float32)
    weight = 0.0
    for octave, amp in ((cells, 1.0), (cells * 3, 0.45), (cells * 9, 0.2)):
        small = gen.integers(0, 256, (max(2, octave * h // max(w, h) + 1), octave + 1))
        layer = Image.fromarray(small.astype(np.uint8), "L").resize(
            (w, h), Image.Resampling.BICUBIC
        )
        total += (_arr(layer) - 127.5) / 127.5 * amp
        weight += amp
    return np.asarray(total / weight, dtype=np.float32)


def radial(size: tuple[int, int], power: float = 2.0) -> np.ndarray:
    """Return the distance from the centre, 0 there and about 1 at the corners, raised to power."""
    w, h = size
    ys = np.linspace(-1.0, 1.0, h, dtype=np.float32)[:, None]
    xs = np.linspace(-1.0, 1.0, w, dtype=np.float32)[None, :]
    dist = np.sqrt(xs * xs + ys * ys) / math.sqrt(2.0)
    return np.asarray(dist**power, dtype=np.float32)


def paper(
    size: tuple[int, int],
    rng: random.Random,
    base: RGB = (232, 222, 196),
    *,
    age: float = 0.5,
    fibres: int = 300,
    foxing: int = 12,
) -> Image.Image:
    """Return a sheet of old paper: tinted, blotchy, with fibres, foxing and browned edges."""
    w, h = size
    gen = np_rng(rng)
    arr = np.empty((h, w, 3), dtype=np.float32)
    arr[:] = base
    blot = blotches(size, rng, cells=5)
    edge = radial(size, 3.0)
    tint = np.array([0.9, 1.0, 1.35], dtype=np.float32)
    arr -= (blot[..., None] * 7 + edge[..., None] * 38 * age) * tint
    arr += gen.normal(0, 2.2, (h, w, 1)).astype(np.float32)
    img = _img(arr, "RGB")
    draw = ImageDraw.Draw(img)
    for _ in range(fibres):
        x, y = rng.uniform(0, w), rng.uniform(0, h)
        ang, ln = rng.uniform(0, math.pi), rng.uniform(4, 16)
        shade = rng.choice((-14, -9, 8))
        col = tuple(max(0, min(255, c + shade)) for c in base)
        draw.line((x, y, x + ln * math.cos(ang), y + ln * math.sin(ang)), fill=col, width=1)
    for _ in range(foxing):
        spot(img, (rng.uniform(0, w), rng.uniform(0, h)), rng.uniform(2, 9))
    return img


def spot(
    img: Image.Image,
    centre: tuple[float, float],
    radius: float,
    colour: RGB = (150, 100, 55),
    strength: float = 0.45,
) -> None:
    """Darken a soft brown foxing spot (or a tide-marked stain when radius is large)."""
    x, y = centre
    r = int(radius * 2.2) + 2
    box = (int(x) - r, int(y) - r, int(x) + r, int(y) + r)
    mask = Image.new("L", (2 * r, 2 * r), 0)
    d = ImageDraw.Draw(mask)
    d.ellipse((r - radius, r - radius, r + radius, r + radius), fill=int(255 * strength))
    if radius > 20:  # a tide line: darker ring at the edge of a dried drop
        d.ellipse(
            (r - radius, r - radius, r + radius, r + radius),
            outline=int(255 * min(1.0, strength * 1.8)),
            width=max(2, int(radius / 14)),
        )
    mask = mask.filter(ImageFilter.GaussianBlur(max(1.0, radius / 3)))
    patch = Image.new("RGB", mask.size, colour)
    region = img.crop(box)
    region = Image.composite(
        ImageChops.multiply(region, patch.point(lambda v: min(255, v + 80))), region, mask
    )
    img.paste(region, box[:2])


def fold(img: Image.Image, rng: random.Random, pos: float, *, vertical: bool = False) -> None:
    """Draw a fold across the sheet at ``pos`` (fraction): a soft valley with a bright ridge."""
    w, h = img.size
    shade = Image.new("L", img.size, 0)
    light = Image.new("L", img.size, 0)
    ds, dl = ImageDraw.Draw(shade), ImageDraw.Draw(light)
    n = 24
    length = h if vertical else w
    across = w if vertical else h
    base = pos * across
    pts = []
    for i in range(n + 1):
        t = i / n * length
        off = base + rng.uniform(-1.5, 1.5) + math.sin(i * 0.7) * 1.2
        pts.append((off, t) if vertical else (t, off))
    ds.line(pts, fill=120, width=5)
    dl.line([(p[0] + 3, p[1]) if vertical else (p[0], p[1] + 3) for p in pts], fill=90, width=2)
    shade = shade.filter(ImageFilter.GaussianBlur(3))
    light = light.filter(ImageFilter.GaussianBlur(1.2))
    img.paste(Image.new("RGB", img.size, (70, 55, 40)), (0, 0), shade.point(lambda v: v // 3))
    img.paste(Image.new("RGB", img.size, (255, 252, 240)), (0, 0), light)


def crease(
    img: Image.Image, rng: random.Random, start: tuple[float, float], end: tuple[float, float]
) -> None:
    """Draw a crease on a print: a jagged line of cracked emulsion, light with a dark shoulder."""
    w, h = img.size
    (x0, y0), (x1, y1) = (start[0] * w, start[1] * h), (end[0] * w, end[1] * h)
    n = 40
    pts = []
    for i in range(n + 1):
        t = i / n
        pts.append(
            (
                x0 + (x1 - x0) * t + rng.uniform(-2.5, 2.5),
                y0 + (y1 - y0) * t + rng.uniform(-2.5, 2.5),
            )
        )
    dark = Image.new("L", img.size, 0)
    ImageDraw.Draw(dark).line([(x + 2, y + 2) for x, y in pts], fill=110, width=4)
    dark = dark.filter(ImageFilter.GaussianBlur(2.5))
    img.paste(Image.new("RGB", img.size, (40, 30, 20)), (0, 0), dark)
    crack = Image.new("L", img.size, 0)
    dc = ImageDraw.Draw(crack)
    dc.line(pts, fill=200, width=2)
    for x, y in pts[::3]:  # little flakes of lost emulsion along the crack
        r = rng.uniform(0.8, 2.6)
        dc.ellipse((x - r, y - r, x + r, y + r), fill=230)
    img.paste(Image.new("RGB", img.size, (246, 240, 226)), (0, 0), crack)


def dust(img: Image.Image, rng: random.Random, count: int = 60, hairs: int = 4) -> None:
    """Scatter scanner dust: tiny white and dark specks and a few curled hairs."""
    w, h = img.size
    d = ImageDraw.Draw(img)
    for _ in range(count):
        x, y, r = rng.uniform(0, w), rng.uniform(0, h), rng.uniform(0.5, 1.8)
        col = (250, 248, 240) if rng.random() < 0.7 else (40, 35, 30)
        d.ellipse((x - r, y - r, x + r, y + r), fill=col)
    for _ in range(hairs):
        x, y = rng.uniform(0, w), rng.uniform(0, h)
        ang = rng.uniform(0, 2 * math.pi)
        pts = []
        for _i in range(14):
            pts.append((x, y))
            ang += rng.uniform(-0.5, 0.5)
            x, y = x + 3 * math.cos(ang), y + 3 * math.sin(ang)
        d.line(pts, fill=(60, 55, 50), width=1)


def scratches(img: Image.Image, rng: random.Random, count: int = 5) -> None:
    """Draw fine light scratches in the emulsion."""
    w, h = img.size
    layer = Image.new("L", img.size, 0)
    d = ImageDraw.Draw(layer)
    for _ in range(count):
        x, y = rng.uniform(0, w), rng.uniform(0, h)
        ang = rng.uniform(0, math.pi)
        ln = rng.uniform(40, 260)
        bend = rng.uniform(-0.3, 0.3)
        pts = [
            (x + ln * t * math.cos(ang + bend * t), y + ln * t * math.sin(ang + bend * t))
            for t in np.linspace(0, 1, 12)
        ]
        d.line(pts, fill=rng.randint(80, 170), width=1)
    img.paste(Image.new("RGB", img.size, (250, 246, 236)), (0, 0), layer)


def tone(
    scene: Image.Image,
    rng: random.Random,
    *,
    palette: tuple[RGB, RGB, RGB] = SEPIA,
    fade: float = 0.3,
    grain: float = 6.0,
    blur: float = 1.1,
    vignette: float = 0.35,
    contrast: float = 1.0,
) -> Image.Image:
    """Turn a drawn colour scene into an aged monochrome print (sepia, silver, ...)."""
    size = scene.size
    lum = scene.convert("L").filter(ImageFilter.GaussianBlur(blur))
    arr = _arr(lum)
    arr = 128 + (arr - 128) * contrast
    arr = 255 / (1 + np.exp(-(arr - 128) / 52))  # a print's S-curve: dense shadows, soft highlights
    arr = (arr - 255 / (1 + np.exp(128 / 52))) * 1.18
    gen = np_rng(rng)
    mid = 1.0 - np.abs(arr - 128) / 160
    arr += gen.normal(0, grain, arr.shape).astype(np.float32) * mid
    arr *= 1.0 - vignette * radial(size, 2.2)
    blot = (blotches(size, rng, 4) + 1) / 2
    faded = fade * (0.35 + 0.65 * blot) * (0.6 + 0.8 * radial(size, 1.5))
    arr = arr * (1 - faded) + 225 * faded
    lum = _img(arr, "L")
    black, mid_c, white = palette
    return ImageOps.colorize(lum, black=black, white=white, mid=mid_c)


def fade_colour(
    scene: Image.Image,
    rng: random.Random,
    *,
    cast: RGB = (18, -6, -22),
    saturation: float = 0.65,
    lift: float = 28,
    grain: float = 4.0,
    blur: float = 0.8,
) -> Image.Image:
    """Turn a drawn scene into a faded colour print of the 1970s-80s (magenta-orange cast)."""
    img = scene.filter(ImageFilter.GaussianBlur(blur))
    arr = _arr(img)
    grey = arr.mean(axis=2, keepdims=True)
    arr = grey + (arr - grey) * saturation
    arr = lift + arr * (1 - lift / 255) * 0.97
    arr += np.array(cast, dtype=np.float32)
    gen = np_rng(rng)
    arr += gen.normal(0, grain, (*arr.shape[:2], 1)).astype(np.float32)
    arr *= 1.0 - 0.18 * radial(img.size, 2.5)[..., None]
    return _img(arr, "RGB")


def deckle_mask(size: tuple[int, int], scallop: float, inset: float) -> Image.Image:
    """Return a mask for a print with a scalloped (deckled) edge: ``scallop`` is the bump size."""
    w, h = size
    m = Image.new("L", (w * 2, h * 2), 0)  # drawn at twice the size, then reduced: smooth bumps
    d = ImageDraw.Draw(m)
    s, i = scallop * 2, inset * 2
    d.rectangle((i + s, i + s, w * 2 - i - s, h * 2 - i - s), fill=255)
    step = s * 2.1
    for x0, y0, x1, y1 in (
        (i + s, i + s, w * 2 - i - s, i + s),
        (i + s, h * 2 - i - s, w * 2 - i - s, h * 2 - i - s),
        (i + s, i + s, i + s, h * 2 - i - s),
        (w * 2 - i - s, i + s, w * 2 - i - s, h * 2 - i - s),
    ):
        length = math.hypot(x1 - x0, y1 - y0)
        n = max(1, round(length / step))
        for k in range(n + 1):
            t = k / n
            cx, cy = x0 + (x1 - x0) * t, y0 + (y1 - y0) * t
            d.ellipse((cx - s * 1.05, cy - s * 1.05, cx + s * 1.05, cy + s * 1.05), fill=255)
    return m.resize(size, Image.Resampling.LANCZOS)


def rounded_mask(size: tuple[int, int], radius: int, inset: int = 0) -> Image.Image:
    """Return a mask with rounded corners, as on 1970s machine prints."""
    m = Image.new("L", size, 0)
    ImageDraw.Draw(m).rounded_rectangle(
        (inset, inset, size[0] - inset - 1, size[1] - inset - 1), radius=radius, fill=255
    )
    return m


def scanner_bed(
    size: tuple[int, int], rng: random.Random, colour: RGB = (228, 228, 224)
) -> Image.Image:
    """Return the scanner lid seen around a small print: near white, faintly uneven."""
    arr = np.empty((size[1], size[0], 3), dtype=np.float32)
    arr[:] = colour
    arr += blotches(size, rng, 3)[..., None] * 4
    return _img(arr, "RGB")


def lay_on(
    bed: Image.Image,
    sheet: Image.Image,
    mask: Image.Image,
    offset: tuple[int, int],
    *,
    shadow: int = 70,
) -> None:
    """Paste ``sheet`` on ``bed`` through ``mask`` with a faint contact shadow below it."""
    sh = Image.new("L", bed.size, 0)
    sh.paste(mask.point(lambda v: v * shadow // 255), (offset[0] + 3, offset[1] + 4))
    sh = sh.filter(ImageFilter.GaussianBlur(4))
    bed.paste(Image.new("RGB", bed.size, (60, 58, 55)), (0, 0), sh)
    bed.paste(sheet, offset, mask)


def rotate_point(
    pt: tuple[float, float], centre: tuple[float, float], degrees: float
) -> tuple[float, float]:
    """Rotate ``pt`` about ``centre`` as ``Image.rotate(degrees)`` moves pixels (counter-clockwise)."""
    a = math.radians(degrees)
    x, y = pt[0] - centre[0], pt[1] - centre[1]
    return (
        centre[0] + x * math.cos(a) + y * math.sin(a),
        centre[1] - x * math.sin(a) + y * math.cos(a),
    )
