"""Fonts and text for the sample archive: print, typewriter, and a hand that wobbles.

Hebrew and Arabic are shaped by Pillow's raqm layout when it is there. Without raqm, Hebrew is
drawn by reversing the logical string (enough for Hebrew) and Arabic goes through the optional
``arabic_reshaper`` and ``bidi`` packages; if those are missing too, a clear error says so.
"""

from __future__ import annotations

import functools
import math
import random
import shutil
import subprocess
import unicodedata
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont, features

RGB = tuple[int, int, int]
FONT_DIRS = (
    Path("/usr/share/fonts/truetype/noto"),
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/opentype/noto"),
    Path("/usr/share/fonts/truetype"),
)

FONTS = {
    "serif": ("NotoSerif-Regular.ttf", "Noto Serif"),
    "serif-bold": ("NotoSerif-Bold.ttf", "Noto Serif:bold"),
    "serif-italic": ("NotoSerif-Italic.ttf", "Noto Serif:italic"),
    "hand": ("NotoSerifDisplay-Italic.ttf", "Noto Serif Display:italic"),
    "display": ("NotoSerifDisplay-Regular.ttf", "Noto Serif Display"),
    "display-bold": ("NotoSerifDisplay-Bold.ttf", "Noto Serif Display:bold"),
    "sans": ("NotoSans-Regular.ttf", "Noto Sans"),
    "sans-bold": ("NotoSans-Bold.ttf", "Noto Sans:bold"),
    "mono": ("DejaVuSansMono.ttf", "DejaVu Sans Mono"),
    "ui": ("DejaVuSans.ttf", "DejaVu Sans"),
    "mono-bold": ("DejaVuSansMono-Bold.ttf", "DejaVu Sans Mono:bold"),
    "condensed": ("DejaVuSansCondensed-Bold.ttf", "DejaVu Sans:condensed:bold"),
    "hebrew": ("NotoSerifHebrew-Regular.ttf", "Noto Serif Hebrew"),
    "hebrew-bold": ("NotoSerifHebrew-Bold.ttf", "Noto Serif Hebrew:bold"),
    "hebrew-hand": ("NotoRashiHebrew-Regular.ttf", "Noto Rashi Hebrew"),
    "hebrew-sans": ("NotoSansHebrew-Regular.ttf", "Noto Sans Hebrew"),
    "arabic": ("NotoNaskhArabic-Regular.ttf", "Noto Naskh Arabic"),
    "arabic-bold": ("NotoNaskhArabic-Bold.ttf", "Noto Naskh Arabic:bold"),
    "arabic-kufi": ("NotoKufiArabic-Bold.ttf", "Noto Kufi Arabic:bold"),
    "tifinagh": ("NotoSansTifinagh-Regular.ttf", "Noto Sans Tifinagh"),
}

RAQM = features.check("raqm")


@functools.cache
def font_path(name: str) -> Path:
    """Return the file of the named font, looking in Debian's font folders then ``fc-match``."""
    file_name, pattern = FONTS[name]
    for folder in FONT_DIRS:
        for candidate in (folder / file_name, *folder.glob(f"*/{file_name}")):
            if candidate.is_file():
                return candidate
    fc = shutil.which("fc-match")
    if fc:
        out = subprocess.run(
            [fc, "-f", "%{file}", pattern], capture_output=True, text=True, check=False
        ).stdout.strip()
        if out and Path(out).name == file_name:
            return Path(out)
    msg = f"font {file_name} not found: install fonts-noto-core and fonts-dejavu-core"
    raise FileNotFoundError(msg)


@functools.cache
def font(name: str, size: int) -> ImageFont.FreeTypeFont:
    """Return the named font at ``size`` pixels, with raqm layout when available."""
    engine = ImageFont.Layout.RAQM if RAQM else ImageFont.Layout.BASIC
    return ImageFont.truetype(str(font_path(name)), size, layout_engine=engine)


def script_of(text: str) -> str:
    """Return ``"Hebr"``, ``"Arab"``, ``"Tfng"`` or ``"Latn"`` for the first letter found."""
    for ch in text:
        name = unicodedata.name(ch, "")
        for prefix, code in (("HEBREW", "Hebr"), ("ARABIC", "Arab"), ("TIFINAGH", "Tfng")):
            if name.startswith(prefix):
                return code
        if ch.isalpha():
            return "Latn"
    return "Latn"


def _visual(text: str, script: str) -> tuple[str, dict[str, str]]:
    """Return the string to hand to Pillow and the layout options for its script."""
    rtl = script in ("Hebr", "Arab")
    if RAQM:
        opts = {"direction": "rtl", "language": "he" if script == "Hebr" else "ar"} if rtl else {}
        return text, opts
    if script == "Hebr":
        return text[::-1], {}
    if script == "Arab":
        try:
            import arabic_reshaper  # type: ignore[import-not-found,unused-ignore]
            from bidi.algorithm import get_display  # type: ignore[import-not-found,unused-ignore]
        except ImportError as exc:
            msg = "Arabic needs Pillow with raqm, or the arabic-reshaper and python-bidi packages"
            raise RuntimeError(msg) from exc
        return str(get_display(arabic_reshaper.reshape(text))), {}
    return text, {}


# The Noto Hebrew fonts have no ASCII punctuation or digits: those come from Noto Serif.
HEBREW_MISSING = frozenset(",.!?:;'\"()0123456789")


def _runs(text: str, fnt: ImageFont.FreeTypeFont) -> list[tuple[str, ImageFont.FreeTypeFont]]:
    """Split ``text`` into runs drawable with ``fnt`` or its fallback, in logical order."""
    name = Path(str(fnt.path)).name
    if "Hebrew" not in name or not HEBREW_MISSING & set(text):
        return [(text, fnt)]
    fallback = font("serif-italic" if "Rashi" in name else "serif", int(fnt.size))
    runs: list[tuple[str, ImageFont.FreeTypeFont]] = []
    for ch in text:
        f = fallback if ch in HEBREW_MISSING else fnt
        if runs and runs[-1][1] is f:
            runs[-1] = (runs[-1][0] + ch, f)
        else:
            runs.append((ch, f))
    return runs


def _length(text: str, fnt: ImageFont.FreeTypeFont) -> float:
    shown, opts = _visual(text, script_of(text))
    return float(fnt.getlength(shown, **opts))  # type: ignore[arg-type]


def width(text: str, fnt: ImageFont.FreeTypeFont) -> float:
    """Return the advance width of ``text`` in pixels, shaped for its script."""
    return sum(_length(run, f) for run, f in _runs(text, fnt))


def put(
    draw: ImageDraw.ImageDraw,
    xy: tuple[float, float],
    text: str,
    fnt: ImageFont.FreeTypeFont,
    fill: RGB | int,
    anchor: str = "ls",
) -> None:
    """Draw printed ``text`` (any script) at ``xy``; RTL text is shaped and ordered."""
    runs = _runs(text, fnt)
    if len(runs) > 1:  # right-to-left runs of letters and fallback punctuation or digits
        x = xy[0] + width(text, fnt)
        for run, f in runs:
            x -= _length(run, f)
            shown, opts = _visual(run, script_of(run))
            draw.text((x, xy[1]), shown, font=f, fill=fill, anchor="ls", **opts)  # type: ignore[arg-type]
        return
    shown, opts = _visual(text, script_of(text))
    draw.text(xy, shown, font=fnt, fill=fill, anchor=anchor, **opts)  # type: ignore[arg-type]


def put_centred(
    draw: ImageDraw.ImageDraw,
    cx: float,
    y: float,
    text: str,
    fnt: ImageFont.FreeTypeFont,
    fill: RGB | int,
) -> None:
    """Draw ``text`` centred on ``cx`` with its baseline at ``y``."""
    put(draw, (cx - width(text, fnt) / 2, y), text, fnt, fill)


def spaced(
    draw: ImageDraw.ImageDraw,
    xy: tuple[float, float],
    text: str,
    fnt: ImageFont.FreeTypeFont,
    fill: RGB | int,
    gap: float,
) -> None:
    """Draw Latin capitals with extra letter spacing, as on printed forms."""
    x, y = xy
    for ch in text:
        draw.text((x, y), ch, font=fnt, fill=fill, anchor="ls")
        x += fnt.getlength(ch) + gap


def hand(
    img: Image.Image,
    rng: random.Random,
    lines: list[str],
    origin: tuple[float, float],
    *,
    face: str = "hand",
    size: int = 34,
    ink: RGB = (28, 38, 92),
    leading: float = 1.55,
    right: float | None = None,
    slope: float = -0.4,
    wobble: float = 1.0,
) -> float:
    """Write ``lines`` by hand: jittered words, drifting baselines, uneven ink. Returns last y.

    Left-to-right lines start at ``origin``'s x; right-to-left lines (Hebrew, Arabic) end at
    ``right`` (default: the image's width minus origin's x).
    """
    x0, y = origin
    right_edge = right if right is not None else img.width - x0
    layer = Image.new("L", img.size, 0)
    draw = ImageDraw.Draw(layer)
    for line in lines:
        script = script_of(line)
        rtl = script in ("Hebr", "Arab")
        drift = rng.uniform(-0.012, 0.012)
        x = right_edge - rng.uniform(0, size * 0.3) if rtl else x0 + rng.uniform(0, size * 0.3)
        start = x
        for word in line.split(" "):
            if not word:
                x += -size * 0.35 if rtl else size * 0.35
                continue
            wfnt = font(face, max(8, round(size * rng.uniform(0.95, 1.05))))
            adv = width(word, wfnt)
            wx = x - adv if rtl else x
            wy = (
                y
                + (x - start) * (drift + math.tan(math.radians(slope)))
                + rng.uniform(-1.2, 1.2) * wobble
            )
            _word(layer, draw, (wx, wy), word, wfnt, rng, rtl, wobble)
            x += (
                -(adv + size * rng.uniform(0.28, 0.42))
                if rtl
                else adv + size * rng.uniform(0.28, 0.42)
            )
        y += size * leading * rng.uniform(0.995, 1.005)
    layer = layer.filter(ImageFilter.GaussianBlur(0.55))
    img.paste(Image.new(img.mode, img.size, ink if img.mode == "RGB" else min(ink)), (0, 0), layer)
    return y


def _word(
    layer: Image.Image,
    draw: ImageDraw.ImageDraw,
    xy: tuple[float, float],
    word: str,
    fnt: ImageFont.FreeTypeFont,
    rng: random.Random,
    rtl: bool,
    wobble: float,
) -> None:
    """Draw one word with pen pressure and a tiny tilt."""
    shown, opts = _visual(word, script_of(word))
    pressure = int(255 * rng.uniform(0.72, 0.98))
    tilt = rng.uniform(-1.6, 1.6) * wobble
    if abs(tilt) < 0.2 or rtl:
        put(draw, xy, word, fnt, pressure)
        return
    w = int(fnt.getlength(shown, **opts)) + 8  # type: ignore[arg-type]
    h = int(fnt.size * 1.8)
    tile = Image.new("L", (w, h), 0)
    ImageDraw.Draw(tile).text((4, h * 0.7), shown, font=fnt, fill=pressure, anchor="ls", **opts)  # type: ignore[arg-type]
    tile = tile.rotate(tilt, resample=Image.Resampling.BICUBIC, expand=False)
    box = (int(xy[0]) - 4, int(xy[1] - h * 0.7))
    layer.paste(Image.new("L", tile.size, 255), box, tile)
