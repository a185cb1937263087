"""Scanned papers written by the family: three letters, the back of a print, a family tree.

Each function returns the stored page(s) as RGB images. Postal items are in ``postal``.

Texts in Hebrew, Arabic and Tifinagh live in ``texts/`` (UTF-8) beside this module: letters in
``*.txt``, short labels in ``labels.json``, so the code needs no non-Latin literals.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from PIL import Image, ImageDraw
from scripts.sample_collection import lettering as lt
from scripts.sample_collection import paper, prints
from scripts.sample_collection.photos import DECKLE

TEXTS = Path(__file__).resolve().parent / "texts"
LABELS: dict[str, str] = json.loads((TEXTS / "labels.json").read_text(encoding="utf-8"))
BLUE_BLACK = (30, 40, 90)
BALLPOINT = (36, 54, 140)
PENCIL = (96, 94, 92)


def text(name: str) -> list[str]:
    """Return the lines of ``texts/NAME.txt``."""
    return (TEXTS / f"{name}.txt").read_text(encoding="utf-8").splitlines()


def on_bed(
    size: tuple[int, int],
    sheet: Image.Image,
    rng: random.Random,
    *,
    angle: float = 0.0,
    at: tuple[int, int] | None = None,
    mask: Image.Image | None = None,
) -> Image.Image:
    """Lay ``sheet`` on a scanner lid of ``size``, turned by ``angle`` degrees, centred by default."""
    bed = paper.scanner_bed(size, rng)
    m = mask if mask is not None else Image.new("L", sheet.size, 255)
    if angle:
        sheet = sheet.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True)
        m = m.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True)
    pos = at if at is not None else ((size[0] - sheet.width) // 2, (size[1] - sheet.height) // 2)
    paper.lay_on(bed, sheet, m, pos)
    return bed


def _ruled(
    sheet: Image.Image, top: int, step: int, colour: tuple[int, int, int], margin: int | None = None
) -> None:
    d = ImageDraw.Draw(sheet)
    for y in range(top, sheet.height - step // 2, step):
        d.line([(0, y), (sheet.width, y)], fill=colour, width=1)
    if margin is not None:
        d.line([(margin, 0), (margin, sheet.height)], fill=(214, 120, 120), width=2)


def letter_fr(rng: random.Random) -> list[Image.Image]:
    """David's two-page letter from Paris (stored as a 2-page grayscale TIFF)."""
    pages = []
    for n, name in enumerate(("letter_fr_1", "letter_fr_2")):
        sheet = paper.paper((940, 1330), rng, (238, 234, 222), age=0.4, fibres=200, foxing=8)
        _ruled(sheet, 150, 52, (206, 214, 226))
        lines = text(name)
        if n == 0:
            lt.hand(sheet, rng, [lines[0]], (520, 142), size=30, ink=BLUE_BLACK)
            lines = lines[2:]
        signature = lines.pop() if n == 1 else ""
        last = lt.hand(
            sheet,
            rng,
            lines,
            (70, 246 if n == 0 else 142),
            size=31,
            ink=BLUE_BLACK,
            leading=52 / 31,
            slope=-0.3,
        )
        d = ImageDraw.Draw(sheet)
        if signature:
            lt.hand(sheet, rng, [signature], (600, last + 40), size=48, ink=BLUE_BLACK, wobble=1.5)
            d.arc((560, last + 50, 820, last + 112), 200, 340, fill=BLUE_BLACK, width=3)
        lt.put(d, (470, 1300), f"{n + 1}/2", lt.font("hand", 24), BLUE_BLACK)
        paper.fold(sheet, rng, 1 / 3)
        paper.fold(sheet, rng, 2 / 3)
        if n == 0:
            paper.spot(sheet, (790, 420), 60, (170, 130, 80), 0.22)  # a coffee ring
        pages.append(on_bed((1000, 1400), sheet, rng, angle=rng.uniform(-0.8, 0.8)))
    return pages


def letter_he(rng: random.Random) -> Image.Image:
    """Meir's letter from Netivot, in Hebrew, on thin airmail paper."""
    sheet = paper.paper((1020, 1420), rng, (226, 230, 232), age=0.35, fibres=80, foxing=5)
    lines = text("letter_he")
    d = ImageDraw.Draw(sheet)
    lt.put(
        d,
        (930 - lt.width(lines[0], lt.font("hebrew-hand", 30)), 90),
        lines[0],
        lt.font("hebrew-hand", 30),
        BLUE_BLACK,
    )
    lt.hand(
        sheet, rng, [lines[1]], (70, 160), face="hebrew-hand", size=32, ink=BLUE_BLACK, right=560
    )
    lt.hand(
        sheet,
        rng,
        lines[2:],
        (80, 260),
        face="hebrew-hand",
        size=38,
        ink=BLUE_BLACK,
        leading=1.75,
        right=950,
    )
    paper.fold(sheet, rng, 0.5)
    paper.fold(sheet, rng, 0.5, vertical=True)
    return on_bed((1100, 1500), sheet, rng, angle=rng.uniform(-1.0, 1.0))


def letter_ar(rng: random.Random) -> Image.Image:
    """Lahcen's letter of condolence in Arabic, a line of Tifinagh at the top, on ruled paper."""
    sheet = paper.paper((1020, 1420), rng, (242, 240, 232), age=0.15, fibres=40, foxing=1)
    _ruled(sheet, 230, 64, (190, 206, 226), margin=940)
    lines = text("letter_ar")
    lt.hand(sheet, rng, [lines[0]], (380, 130), face="tifinagh", size=40, ink=BALLPOINT, wobble=0.6)
    lt.hand(sheet, rng, [lines[1]], (60, 222), face="arabic", size=32, ink=BALLPOINT, right=480)
    lt.hand(
        sheet,
        rng,
        lines[2:],
        (60, 350),
        face="arabic",
        size=36,
        ink=BALLPOINT,
        leading=64 / 36,
        right=920,
    )
    paper.fold(sheet, rng, 1 / 3)
    paper.fold(sheet, rng, 2 / 3)
    return on_bed((1100, 1500), sheet, rng, angle=rng.uniform(-0.6, 0.6))


def photo_back(rng: random.Random) -> Image.Image:
    """The back of the kasbah print: paper maker's imprint, pencil note, album glue."""
    size = (1500, 1050)
    box = prints.area(size, DECKLE)
    style = prints.PrintStyle(
        kind="deckle", margin=DECKLE.margin, border=DECKLE.border, paper=(236, 234, 226)
    )
    out_sheet = paper.paper(
        (box[2] - box[0], box[3] - box[1]), rng, (236, 234, 226), age=0.25, fibres=80, foxing=4
    )
    layer = Image.new("L", (out_sheet.width * 2, out_sheet.height * 2), 0)
    dl = ImageDraw.Draw(layer)
    fnt = lt.font("sans-bold", 26)
    for row in range(0, layer.height, 90):
        for col in range(-200, layer.width, 260):
            dl.text((col + (row // 90 % 2) * 130, row), "AGFA-LUPEX", font=fnt, fill=60)
    layer = layer.rotate(30, resample=Image.Resampling.BICUBIC).crop(
        (
            out_sheet.width // 2,
            out_sheet.height // 2,
            out_sheet.width * 3 // 2,
            out_sheet.height * 3 // 2,
        )
    )
    out_sheet.paste((170, 170, 176), (0, 0), layer)
    for cx, cy in ((0.12, 0.15), (0.88, 0.2), (0.15, 0.85), (0.85, 0.82)):  # album glue
        paper.spot(
            out_sheet, (cx * out_sheet.width, cy * out_sheet.height), 55, (150, 110, 60), 0.45
        )
    d = ImageDraw.Draw(out_sheet)
    d.polygon(
        [
            (out_sheet.width * 0.8, 0),
            (out_sheet.width, 0),
            (out_sheet.width, out_sheet.height * 0.14),
        ],
        fill=(36, 34, 34),
    )  # a torn scrap of black album page
    lt.hand(
        out_sheet,
        rng,
        ["Tinghir vers 1955", "Yakout, Chimon et les enfants", "devant la kasbah"],
        (180, 300),
        size=48,
        ink=PENCIL,
        leading=1.6,
        wobble=1.4,
    )
    lt.hand(
        out_sheet,
        rng,
        [LABELS["he_tinghir"]],
        (0, 700),
        face="hebrew-hand",
        size=44,
        ink=PENCIL,
        right=1100,
    )
    return prints.assemble(size, out_sheet, style, rng, mirror=True)


def family_tree(rng: random.Random) -> Image.Image:
    """Yossi's family tree of 2003 on squared French notebook paper (Seyès ruling)."""
    w, h = 1440, 1040
    sheet = paper.paper((w, h), rng, (248, 248, 244), age=0.08, fibres=10, foxing=0)
    d = ImageDraw.Draw(sheet)
    for y in range(40, h, 8):
        d.line(
            [(0, y), (w, y)], fill=(214, 214, 236) if (y - 40) % 32 else (170, 170, 214), width=1
        )
    for x in range(40, w, 32):
        d.line([(x, 0), (x, h)], fill=(200, 200, 230), width=1)
    d.line([(160, 0), (160, h)], fill=(220, 120, 140), width=2)
    for k in range(10):  # the holes of the binder
        d.ellipse((40, 60 + k * 100, 70, 90 + k * 100), fill=(60, 60, 60))
    ink = (20, 30, 120)
    boxes = {
        "shimon": ((420, 120), ["Shimon Elbaz", LABELS["he_shimon"]]),
        "yakut": ((820, 120), ["Yakout Elbaz", LABELS["he_yakut"]]),
        "meir": ((250, 430), ["Meir", LABELS["he_meir"]]),
        "esther": ((560, 430), ["Esther", LABELS["he_esther"]]),
        "david": ((860, 430), ["David", LABELS["ar_david"]]),
        "simone": ((1160, 430), ["Sultana", "(Simone)"]),
        "yossi": ((250, 720), ["Yossi (moi!)", LABELS["he_yossi"]]),
    }
    for (x, y), lines in boxes.values():
        d.rectangle((x - 10, y - 50, x + 230, y + 60), outline=ink, width=3)
        lt.hand(sheet, rng, lines[:1], (x, y), size=34, ink=ink, wobble=1.3)
        lt.hand(
            sheet,
            rng,
            lines[1:],
            (x, y + 46),
            face="hebrew-hand"
            if lt.script_of(lines[1]) == "Hebr"
            else ("arabic" if lt.script_of(lines[1]) == "Arab" else "hand"),
            size=30,
            ink=ink,
            right=x + 220,
        )
    d.line([(650, 150), (820, 150)], fill=ink, width=3)
    d.line([(735, 150), (735, 330), (360, 330)], fill=ink, width=3)
    d.line([(360, 330), (1270, 330)], fill=ink, width=3)
    for x in (360, 670, 970, 1270):
        d.line([(x, 330), (x, 380)], fill=ink, width=3)
    d.line([(360, 490), (360, 670)], fill=ink, width=3)
    lt.hand(sheet, rng, ["Voisins: Moha & Itto Aït Ali"], (760, 700), size=32, ink=(120, 30, 40))
    lt.hand(
        sheet,
        rng,
        [LABELS["tfng_neighbours"]],
        (760, 760),
        face="tifinagh",
        size=34,
        ink=(120, 30, 40),
        wobble=0.5,
    )
    lt.hand(
        sheet,
        rng,
        [LABELS["ar_neighbours"]],
        (0, 830),
        face="arabic",
        size=34,
        ink=(120, 30, 40),
        right=1200,
    )
    lt.hand(
        sheet,
        rng,
        ["Netivot, 2003 - à compléter avec tante Esther"],
        (200, 980),
        size=28,
        ink=PENCIL,
    )
    return on_bed((1500, 1100), sheet, rng, angle=rng.uniform(-0.8, 0.8))
