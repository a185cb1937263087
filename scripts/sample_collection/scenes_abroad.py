"""Scenes of the photographs of departure and new homes, and of the return to Tinghir.

Casablanca quay, Paris, Netivot, Yavneh, Montreal, and the cemetery visit of 2004.
"""

from __future__ import annotations

import random
from dataclasses import replace

from PIL import Image, ImageDraw
from scripts.sample_collection import buildings
from scripts.sample_collection import scenery as sc
from scripts.sample_collection.cast import LOOKS, Cast, stranger
from scripts.sample_collection.figures import person


def departure_1956(pic: Image.Image, cast: Cast, rng: random.Random) -> None:
    """The family on the quay at Casablanca, the ship behind them."""
    w, h = pic.size
    sc.gradient(pic, (0, 0, w, int(h * 0.4)), (180, 196, 214), (232, 232, 228))
    buildings.ship(pic, rng, (int(w * -0.05), int(h * 0.12), int(w * 1.05), int(h * 0.62)))
    d = ImageDraw.Draw(pic)
    d.rectangle((0, int(h * 0.62), w, h), fill=(150, 146, 138))
    for k in range(0, w, 90):
        d.line([(k, h * 0.62), (k - 120, h)], fill=(136, 132, 124), width=2)
    for _ in range(9):  # other travellers along the ship's side
        fx, hh = rng.uniform(0.05, 0.95) * w, rng.uniform(16, 22)
        if 0.24 * w < fx < 0.66 * w:
            continue
        person(pic, (fx, h * 0.5, fx + hh * 0.76, h * 0.5 + hh), stranger(rng), rng, pose="stand")
    d.ellipse((w * 0.8, h * 0.7, w * 0.86, h * 0.76), fill=(40, 38, 36))  # bollard
    d.rectangle((w * 0.81, h * 0.66, w * 0.85, h * 0.73), fill=(46, 44, 42))
    cast.draw(pic, "shimon", LOOKS["shimon"], rng, pose="stand")
    cast.draw(
        pic, "meir", replace(LOOKS["meir"], headwear="fedora", hat=(60, 58, 60)), rng, pose="stand"
    )
    mb = cast.box("meir")
    hh = mb[3] - mb[1]
    d.rectangle(
        (mb[2] + hh * 0.45, mb[3] + hh * 3.0, mb[2] + hh * 1.45, mb[3] + hh * 3.75),
        fill=(110, 80, 56),
    )
    d.line(
        [(mb[2] + hh * 0.8, mb[3] + hh * 2.9), (mb[2] + hh * 1.1, mb[3] + hh * 2.9)],
        fill=(40, 30, 24),
        width=4,
    )
    cast.draw(
        pic,
        "yakut",
        replace(LOOKS["yakut"], hat=(40, 38, 46), pattern=""),
        rng,
        pose="stand",
        hands="front",
    )
    cast.draw(
        pic,
        "esther",
        replace(LOOKS["esther"], pattern="dots", colour=(120, 130, 150)),
        rng,
        pose="stand",
        hands="front",
    )


def david_paris(pic: Image.Image, cast: Cast, rng: random.Random) -> None:
    """David in a coat and beret in a Paris street, the Eiffel Tower far off (drawn upright)."""
    w, h = pic.size
    sc.gradient(pic, (0, 0, w, int(h * 0.5)), (200, 206, 214), (236, 236, 234))
    buildings.eiffel(pic, w * 0.78, h * 0.42, h * 0.3, (150, 150, 156))
    buildings.haussmann(pic, rng, (0, int(h * 0.05), int(w * 0.5), int(h * 0.75)))
    sc.soften(pic, (0, 0, w, int(h * 0.75)), 1.8)
    d = ImageDraw.Draw(pic)
    d.rectangle((0, int(h * 0.72), w, h), fill=(120, 118, 116))
    for k in range(0, w, 40):  # paving
        d.line([(k, h * 0.72), (k * 1.4 - w * 0.2, h)], fill=(104, 102, 100), width=2)
    d.line([(w * 0.88, h * 0.2), (w * 0.88, h * 0.8)], fill=(40, 42, 40), width=8)  # street lamp
    d.ellipse((w * 0.86, h * 0.17, w * 0.9, h * 0.22), fill=(60, 62, 60))
    look = replace(
        LOOKS["david"],
        age="adult",
        garment="coat",
        colour=(62, 60, 64),
        headwear="beret",
        hat=(30, 30, 34),
    )
    cast.draw(pic, "david", look, rng, pose="stand", turn=0.3)


def meir_netivot(pic: Image.Image, cast: Cast, rng: random.Random) -> None:
    """Meir, Rina and Yossi by the housing block in Netivot."""
    w, h = pic.size
    sc.gradient(pic, (0, 0, w, int(h * 0.5)), (196, 206, 220), (236, 236, 232))
    buildings.building(pic, rng, (int(w * 0.08), int(h * 0.08), int(w * 0.78), int(h * 0.66)))
    d = ImageDraw.Draw(pic)
    d.rectangle((0, int(h * 0.66), w, h), fill=(214, 196, 160))
    sc.texture(pic, rng, (0, int(h * 0.66), w, h), 0.1, 20)
    d.line([(w * 0.86, h * 0.7), (w * 0.86, h * 0.4)], fill=(90, 70, 50), width=6)  # a young tree
    d.ellipse((w * 0.8, h * 0.28, w * 0.92, h * 0.46), fill=(90, 110, 70))
    cast.draw(
        pic,
        "meir",
        replace(LOOKS["meir"], garment="shirt", colour=(226, 224, 216)),
        rng,
        pose="stand",
        shadow=(0.3, 0.05),
    )
    rina = replace(
        stranger(rng, "woman"),
        headwear="none",
        garment="dress",
        colour=(140, 120, 110),
        pattern="dots",
    )
    cast.draw(
        pic, None, rina, rng, box=cast.unnamed()[0], pose="stand", hands="front", shadow=(0.3, 0.05)
    )
    cast.draw(pic, "yossi", LOOKS["yossi"], rng, pose="stand", turn=-0.3)


def esther_wedding(pic: Image.Image, cast: Cast, rng: random.Random) -> None:
    """Esther and Avraham's wedding in Yavneh, with Yakut and Shimon."""
    w, h = pic.size
    d = ImageDraw.Draw(pic)
    d.rectangle((0, 0, w, h), fill=(200, 196, 188))
    sc.texture(pic, rng, (0, 0, w, h), 0.08, 8)
    d.arc((w * 0.25, h * -0.15, w * 0.75, h * 0.7), 180, 360, fill=(120, 130, 100), width=26)
    for k in range(16):
        x = w * (0.27 + 0.03 * k)
        d.ellipse(
            (x - 12, h * 0.05 + abs(k - 7.5) * 8 - 12, x + 12, h * 0.05 + abs(k - 7.5) * 8 + 12),
            fill=(236, 232, 226),
        )
    d.rectangle((0, int(h * 0.78), w, h), fill=(150, 140, 128))
    old_yakut = replace(LOOKS["yakut"], hat=(50, 48, 58), pattern="", colour=(60, 56, 66))
    cast.draw(pic, "yakut", old_yakut, rng, pose="stand", hands="front")
    cast.draw(
        pic,
        "shimon",
        replace(
            LOOKS["shimon"],
            garment="suit",
            colour=(44, 44, 48),
            headwear="kippa",
            hat=(20, 20, 24),
            age="old",
        ),
        rng,
        pose="stand",
    )
    cast.draw(pic, "avraham", LOOKS["avraham"], rng, pose="stand")
    bride = replace(
        LOOKS["esther"], headwear="veil", garment="gown", colour=(244, 242, 236), pattern=""
    )
    cast.draw(pic, "esther", bride, rng, pose="stand", hands="front")
    eb = cast.box("esther")
    hh = eb[3] - eb[1]
    cx = (eb[0] + eb[2]) / 2
    for _ in range(7):  # the bouquet
        fx, fy = cx + rng.uniform(-0.4, 0.4) * hh, eb[3] + hh * 2.5 + rng.uniform(-0.3, 0.3) * hh
        d.ellipse(
            (fx - hh * 0.14, fy - hh * 0.14, fx + hh * 0.14, fy + hh * 0.14), fill=(250, 248, 240)
        )


def simone_montreal(pic: Image.Image, cast: Cast, rng: random.Random) -> None:
    """Simone's first winter: snow, a triplex with its outside staircases."""
    w, h = pic.size
    sc.gradient(pic, (0, 0, w, h), (170, 180, 196), (214, 218, 226))
    d = ImageDraw.Draw(pic)
    d.rectangle((0, int(h * 0.05), w, int(h * 0.7)), fill=(140, 70, 56))  # red brick
    sc.texture(pic, rng, (0, int(h * 0.05), w, int(h * 0.7)), 0.12, 30)
    for f in range(3):
        for k in range(4):
            x, y = w * (0.06 + 0.25 * k), h * (0.1 + 0.2 * f)
            d.rectangle(
                (x, y, x + w * 0.12, y + h * 0.13),
                fill=(50, 52, 60),
                outline=(230, 226, 216),
                width=5,
            )
    for f in range(2):  # the iron staircases of a Montreal triplex
        y0 = h * (0.27 + 0.2 * f)
        for k in range(9):
            d.line(
                [
                    (w * (0.55 + 0.03 * k), y0 + k * h * 0.022),
                    (w * (0.58 + 0.03 * k), y0 + k * h * 0.022),
                ],
                fill=(30, 30, 34),
                width=4,
            )
        d.line([(w * 0.55, y0 - h * 0.03), (w * 0.85, y0 + h * 0.17)], fill=(30, 30, 34), width=3)
    d.rectangle((0, int(h * 0.68), w, h), fill=(236, 238, 242))
    d.polygon(
        [(0, h * 0.66), (w * 0.3, h * 0.6), (w * 0.45, h * 0.7), (0, h * 0.74)],
        fill=(240, 242, 246),
    )
    look = replace(
        LOOKS["simone"],
        age="adult",
        garment="coat",
        colour=(176, 44, 40),
        headwear="beret",
        hat=(236, 232, 226),
        pattern="",
    )
    cast.draw(pic, "simone", look, rng, pose="stand", hands="front", turn=-0.2)
    sc.snow(pic, rng, (0, 0, w, h), 380)


def barmitzvah_1973(pic: Image.Image, cast: Cast, rng: random.Random) -> None:
    """Yossi in his tallit between Meir and Yakut, the ark of the synagogue behind."""
    w, h = pic.size
    d = ImageDraw.Draw(pic)
    d.rectangle((0, 0, w, h), fill=(206, 196, 172))
    d.rectangle((int(w * 0.3), int(h * 0.02), int(w * 0.7), int(h * 0.7)), fill=(120, 84, 52))
    d.rectangle((int(w * 0.34), int(h * 0.08), int(w * 0.66), int(h * 0.66)), fill=(120, 20, 40))
    cx, cy, r = w * 0.5, h * 0.24, h * 0.08
    d.polygon(
        [(cx, cy - r), (cx + r * 0.87, cy + r * 0.5), (cx - r * 0.87, cy + r * 0.5)],
        outline=(220, 190, 110),
        width=5,
    )
    d.polygon(
        [(cx, cy + r), (cx + r * 0.87, cy - r * 0.5), (cx - r * 0.87, cy - r * 0.5)],
        outline=(220, 190, 110),
        width=5,
    )
    d.rectangle((0, int(h * 0.7), w, int(h * 0.74)), fill=(110, 80, 50))
    sc.texture(pic, rng, (0, 0, w, h), 0.08, 10)
    cast.draw(
        pic,
        "meir",
        replace(LOOKS["meir"], headwear="kippa", hat=(30, 30, 40), colour=(70, 60, 52)),
        rng,
        pose="stand",
    )
    cast.draw(
        pic,
        "yakut",
        replace(LOOKS["yakut"], age="old", hat=(230, 226, 214), colour=(40, 60, 90), pattern=""),
        rng,
        pose="stand",
        hands="front",
        turn=-0.3,
    )
    yossi = replace(
        LOOKS["yossi"],
        garment="suit",
        colour=(40, 44, 70),
        headwear="kippa",
        hat=(240, 238, 232),
        tallit=True,
    )
    cast.draw(pic, "yossi", yossi, rng, pose="stand", hands="front")


def yakut_1985(pic: Image.Image, cast: Cast, rng: random.Random) -> None:
    """Grandmother Yakut in her chair on the balcony in Netivot."""
    w, h = pic.size
    sc.gradient(pic, (0, 0, w, int(h * 0.5)), (150, 180, 214), (220, 226, 230))
    d = ImageDraw.Draw(pic)
    d.rectangle((0, int(h * 0.0), int(w * 0.25), h), fill=(224, 214, 196))
    d.rectangle((int(w * 0.25), int(h * 0.45), w, h), fill=(200, 190, 170))
    d.line([(w * 0.25, h * 0.12), (w, h * 0.06)], fill=(60, 60, 60), width=2)
    for k, col in enumerate([(220, 60, 60), (240, 240, 236), (60, 90, 170), (240, 200, 60)]):
        x = w * (0.4 + 0.14 * k)
        d.rectangle((x, h * 0.1 - k * 2, x + w * 0.08, h * 0.24), fill=col)
    d.rectangle(
        (int(w * 0.62), int(h * 0.55), int(w * 0.8), int(h * 0.95)), fill=(150, 110, 70)
    )  # chair
    yb = cast.box("yakut")
    hh = yb[3] - yb[1]
    cx = (yb[0] + yb[2]) / 2
    d.rectangle(
        (cx - hh * 1.3, yb[3] + hh * 0.1, cx + hh * 1.3, yb[3] + hh * 3.3), fill=(110, 80, 60)
    )
    look = replace(
        LOOKS["yakut"],
        age="old",
        hat=(236, 232, 222),
        colour=(70, 90, 120),
        pattern="dots",
        skin=(196, 150, 124),
    )
    cast.draw(pic, "yakut", look, rng, pose="sit", hands="front", turn=0.2)
    for k in range(14):  # balcony railing in front
        x = w * k / 13
        d.line([(x, h * 0.72), (x, h)], fill=(60, 64, 70), width=5)
    d.rectangle((0, int(h * 0.7), w, int(h * 0.73)), fill=(60, 64, 70))
    for px in (0.1, 0.9):
        d.rectangle((w * px - 40, h * 0.82, w * px + 40, h), fill=(170, 90, 60))
        d.ellipse((w * px - 80, h * 0.62, w * px + 80, h * 0.86), fill=(60, 120, 60))


def cemetery_2004(pic: Image.Image, cast: Cast, rng: random.Random) -> None:
    """David among the whitewashed graves on the stony slope, mountains behind."""
    w, h = pic.size
    sc.gradient(pic, (0, 0, w, int(h * 0.45)), (112, 150, 196), (206, 214, 222))
    sc.mountains(pic, rng, (0, int(h * 0.12), w, int(h * 0.45)), (176, 150, 136), roughness=0.18)
    sc.mountains(pic, rng, (0, int(h * 0.24), w, int(h * 0.45)), (150, 112, 90), roughness=0.12)
    sc.soften(pic, (0, 0, w, int(h * 0.46)), 1.6)
    d = ImageDraw.Draw(pic)
    d.rectangle((0, int(h * 0.42), w, h), fill=(176, 146, 112))
    sc.texture(pic, rng, (0, int(h * 0.42), w, h), 0.2, 40)
    for _ in range(160):
        x, y = rng.uniform(0, w), rng.uniform(h * 0.42, h)
        r = rng.uniform(2, 8) * (y / h)
        d.ellipse((x - r * 1.4, y - r, x + r * 1.4, y + r), fill=(130, 110, 90))
    graves = sorted((rng.uniform(0.45, 0.98), rng.uniform(-0.05, 1.0)) for _ in range(18))
    db = cast.box("david")
    feet = db[3] + (db[3] - db[1]) * 6.05
    look = replace(
        LOOKS["david"],
        age="old",
        garment="coat",
        colour=(90, 96, 110),
        headwear="cap",
        hat=(190, 180, 150),
        skin=(190, 146, 118),
    )
    for front in (False, True):
        for gy, gx in graves:
            if (h * gy > feet) != front:
                continue
            scale = (gy - 0.35) * 1.6
            gw, gh = w * 0.16 * scale, h * 0.07 * scale
            x, y = w * gx, h * gy
            d.ellipse((x - gw / 2 - 6, y - 8, x + gw / 2 + 6, y + 10), fill=(120, 100, 80))
            d.rounded_rectangle(
                (x - gw / 2, y - gh, x + gw / 2, y), radius=int(gh / 2), fill=(238, 236, 228)
            )
            d.rectangle((x - gw / 2, y - gh * 0.5, x + gw / 2, y), fill=(214, 212, 204))
        if not front:
            cast.draw(pic, "david", look, rng, pose="stand", turn=-0.5)
