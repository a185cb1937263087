"""Scenes of the photographs taken in Morocco, 1932-1963: each draws one picture's content.

A scene gets the picture (RGB, real colours), the ``Cast`` with the story's head boxes, and a
seeded generator. People are drawn back to front so that nearer figures overlap.
"""

from __future__ import annotations

import random
from dataclasses import replace

from PIL import Image, ImageDraw
from scripts.sample_collection import buildings, lettering
from scripts.sample_collection import scenery as sc
from scripts.sample_collection.cast import LOOKS, Cast, stranger
from scripts.sample_collection.figures import Box, person


def _carpet(img: Image.Image, rng: random.Random, box: tuple[int, int, int, int]) -> None:
    """A hanging carpet with rows of lozenges, behind the wedding party."""
    x0, y0, x1, y1 = box
    d = ImageDraw.Draw(img)
    d.rectangle(box, fill=(120, 46, 40))
    step = (x1 - x0) / 9
    for row in range(int((y1 - y0) / step) + 1):
        cy = y0 + step * (row + 0.5)
        for k in range(9):
            cx = x0 + step * (k + 0.5)
            r = step * 0.42
            col = (200, 150, 70) if (row + k) % 2 else (40, 30, 40)
            d.polygon(
                [(cx, cy - r), (cx + r, cy), (cx, cy + r), (cx - r, cy)], outline=col, width=3
            )
            d.ellipse((cx - 4, cy - 4, cx + 4, cy + 4), fill=(230, 210, 160))
    d.rectangle(box, outline=(60, 30, 26), width=10)
    sc.texture(img, rng, box, 0.1, 8)


def wedding_1932(pic: Image.Image, cast: Cast, rng: random.Random) -> None:
    """The wedding party: four parents standing, the couple seated, a carpet behind."""
    w, h = pic.size
    d = ImageDraw.Draw(pic)
    d.rectangle((0, 0, w, h), fill=(196, 178, 150))
    sc.texture(pic, rng, (0, 0, w, h), 0.12, 10)
    _carpet(pic, rng, (int(w * 0.12), int(h * 0.02), int(w * 0.88), int(h * 0.62)))
    d.rectangle((0, int(h * 0.8), w, h), fill=(150, 120, 90))
    elders = [
        stranger(rng, "man"),
        stranger(rng, "woman"),
        stranger(rng, "woman"),
        stranger(rng, "man"),
    ]
    elders = [
        replace(e, headwear="scarf", garment="caftan")
        if e.female
        else replace(e, garment="djellaba")
        for e in elders
    ]
    for look, box in zip(elders, cast.unnamed(), strict=True):
        cast.draw(pic, None, look, rng, box=box, shadow=(0.25, 0.1))
    cast.draw(
        pic,
        "shimon",
        replace(LOOKS["shimon"], headwear="kippa", hat=(24, 22, 24), colour=(40, 36, 36)),
        rng,
        pose="sit",
    )
    cast.draw(
        pic,
        "yakut",
        replace(
            LOOKS["yakut"], headwear="crown", garment="bridal", colour=(70, 30, 40), pattern=""
        ),
        rng,
        pose="sit",
        turn=-0.4,
    )


def studio(pic: Image.Image, rng: random.Random, *, balustrade: bool = True) -> None:
    """A photographer's painted backdrop: mottled cloth, a painted balustrade, a carpet."""
    w, h = pic.size
    sc.gradient(pic, (0, 0, w, h), (120, 114, 104), (176, 168, 150))
    sc.texture(pic, rng, (0, 0, w, h), 0.22, 6)
    d = ImageDraw.Draw(pic)
    if balustrade:
        top = int(h * 0.62)
        d.rectangle((0, top, int(w * 0.4), top + 16), fill=(190, 182, 166))
        for k in range(6):
            x = int(w * 0.02) + k * int(w * 0.065)
            d.rounded_rectangle(
                (x, top + 16, x + int(w * 0.035), int(h * 0.82)), radius=12, fill=(184, 176, 160)
            )
    d.rectangle((0, int(h * 0.82), w, h), fill=(110, 92, 80))
    for k in range(0, w, 24):
        d.line([(k, int(h * 0.82)), (k - 60, h)], fill=(96, 80, 70), width=3)


def shimon_studio_1936(pic: Image.Image, cast: Cast, rng: random.Random) -> None:
    """Shimon standing by a pedestal in the Photo Atlas studio, Casablanca."""
    w, h = pic.size
    studio(pic, rng)
    d = ImageDraw.Draw(pic)
    px = int(w * 0.78)
    d.rectangle((px - 40, int(h * 0.5), px + 40, int(h * 0.86)), fill=(150, 140, 126))
    d.rectangle((px - 56, int(h * 0.48), px + 56, int(h * 0.52)), fill=(170, 160, 144))
    d.ellipse((px - 50, int(h * 0.36), px + 50, int(h * 0.49)), fill=(70, 84, 60))
    look = replace(
        LOOKS["shimon"], garment="suit", colour=(46, 44, 48), headwear="fez", hat=(90, 40, 38)
    )
    cast.draw(pic, "shimon", look, rng, pose="stand", shadow=(0.5, 0.15), turn=0.3)


def oval_portrait(pic: Image.Image, cast: Cast, rng: random.Random, who: str | None) -> None:
    """A head-and-shoulders portrait on a plain backdrop (the print adds the oval mat)."""
    w, h = pic.size
    sc.gradient(pic, (0, 0, w, h), (150, 144, 132), (96, 90, 84))
    sc.texture(pic, rng, (0, 0, w, h), 0.15, 5)
    if who is None:
        look = replace(
            stranger(rng, "woman"),
            headwear="none",
            garment="dress",
            colour=(60, 50, 56),
            pattern="",
        )
        cast.draw(pic, None, look, rng, box=cast.unnamed()[0], pose="bust", turn=0.2)
    else:
        cast.draw(pic, who, LOOKS[who], rng, pose="bust", turn=-0.25)


def yakut_1940(pic: Image.Image, cast: Cast, rng: random.Random) -> None:
    """Yakut's portrait by a photographer in Ouarzazate."""
    oval_portrait(pic, cast, rng, "yakut")


def unknown_woman(pic: Image.Image, cast: Cast, rng: random.Random) -> None:
    """The portrait nobody recognises."""
    oval_portrait(pic, cast, rng, None)


def class_photo(pic: Image.Image, cast: Cast, rng: random.Random) -> None:
    """Fourteen children in three rows and their teacher, in front of the school wall."""
    w, h = pic.size
    d = ImageDraw.Draw(pic)
    d.rectangle((0, 0, w, h), fill=(222, 214, 196))
    sc.texture(pic, rng, (0, 0, w, h), 0.08, 14)
    d.rectangle((int(w * 0.04), int(h * 0.02), int(w * 0.16), int(h * 0.3)), fill=(60, 54, 50))
    for k in range(1, 3):
        x = int(w * 0.04) + k * int(w * 0.04)
        d.line([(x, int(h * 0.02)), (x, int(h * 0.3))], fill=(200, 196, 186), width=4)
    d.rectangle((int(w * 0.84), 0, int(w * 0.96), int(h * 0.5)), fill=(92, 70, 50))
    d.rectangle((0, int(h * 0.6), w, h), fill=(170, 150, 124))
    sc.texture(pic, rng, (0, int(h * 0.6), w, h), 0.12, 20)
    d.rectangle(
        (int(w * 0.2), int(h * 0.5), int(w * 0.8), int(h * 0.54)), fill=(100, 76, 56)
    )  # back bench
    kids = cast.unnamed()
    rows = [kids[0:4], kids[4:9], kids[9:13]]
    cast.draw(pic, "raphael", LOOKS["raphael"], rng, pose="stand", hands="front")
    for box in rows[0]:
        cast.draw(pic, None, stranger(rng, "child"), rng, box=box, pose="stand")
    for box in rows[1]:
        cast.draw(pic, None, stranger(rng, "child"), rng, box=box, pose="stand")
    d.rectangle(
        (int(w * 0.16), int(h * 0.8), int(w * 0.82), int(h * 0.84)), fill=(90, 66, 48)
    )  # front bench
    front: list[Box | None] = [*rows[2][:2], None, *rows[2][2:]]
    for slot in front:
        if slot is None:
            cast.draw(pic, "david", LOOKS["david"], rng, pose="sit", hands="front")
        else:
            cast.draw(pic, None, stranger(rng, "child"), rng, box=slot, pose="sit", hands="front")
    slate_box = rows[2][1]
    cx, by = (slate_box[0] + slate_box[2]) / 2, slate_box[3]
    sw = (slate_box[2] - slate_box[0]) * 3.4
    top = by + (slate_box[3] - slate_box[1]) * 1.5
    d.rectangle((cx - sw / 2, top, cx + sw / 2, top + sw * 0.62), fill=(130, 96, 60))
    d.rectangle((cx - sw / 2 + 6, top + 6, cx + sw / 2 - 6, top + sw * 0.62 - 6), fill=(44, 46, 48))
    fnt = lettering.font("hand", int(sw * 0.17))
    lettering.put(d, (cx - sw / 2 + 14, top + sw * 0.26), "Tinerhir", fnt, (210, 210, 204))
    lettering.put(d, (cx - sw / 2 + 14, top + sw * 0.5), "19", fnt, (210, 210, 204))
    d.rectangle(
        (cx - sw * 0.12, top + sw * 0.32, cx + sw * 0.36, top + sw * 0.54), fill=(84, 86, 86)
    )


def kasbah_family(pic: Image.Image, cast: Cast, rng: random.Random) -> None:
    """The family in front of the Glaoui kasbah wall, a tower on the right."""
    w, h = pic.size
    sc.gradient(pic, (0, 0, w, int(h * 0.3)), (170, 190, 214), (228, 230, 228))
    sc.pise_wall(pic, rng, (0, int(h * 0.14), w, int(h * 0.82)), course=int(h * 0.075))
    sc.tower(pic, rng, w * 0.9, h * 0.82, w * 0.2, h * 0.8)
    d = ImageDraw.Draw(pic)
    d.rectangle((0, int(h * 0.8), w, h), fill=(186, 150, 112))
    sc.texture(pic, rng, (0, int(h * 0.8), w, h), 0.15, 24)
    order = [
        ("shimon", LOOKS["shimon"], "sides"),
        ("meir", replace(LOOKS["meir"], garment="shirt", colour=(210, 204, 190)), "sides"),
        ("yakut", LOOKS["yakut"], "front"),
        ("esther", LOOKS["esther"], "front"),
        ("david", replace(LOOKS["david"], garment="shirt"), "sides"),
        ("simone", LOOKS["simone"], "front"),
    ]
    for who, look, hands in order:
        cast.draw(pic, who, look, rng, pose="stand", hands=hands, shadow=(0.35, 0.05))


def david_lahcen(pic: Image.Image, cast: Cast, rng: random.Random) -> None:
    """Two boys by the river in the palm grove."""
    w, h = pic.size
    sc.gradient(pic, (0, 0, w, int(h * 0.5)), (176, 196, 216), (230, 232, 226))
    for k in range(7):
        sc.palm(
            pic,
            rng,
            w * (0.05 + 0.15 * k) + rng.uniform(-20, 20),
            h * 0.62,
            h * rng.uniform(0.4, 0.6),
        )
    d = ImageDraw.Draw(pic)
    d.rectangle((0, int(h * 0.6), w, h), fill=(150, 140, 110))
    d.polygon([(0, h * 0.85), (w, h * 0.78), (w, h * 0.88), (0, h * 0.95)], fill=(206, 214, 214))
    sc.soften(pic, (0, 0, w, int(h * 0.62)), 2.2)
    cast.draw(
        pic,
        "david",
        replace(LOOKS["david"], garment="shirt", colour=(226, 222, 212)),
        rng,
        pose="stand",
        hands="sides",
        turn=0.3,
    )
    cast.draw(
        pic,
        "lahcen",
        replace(LOOKS["lahcen"], colour=(180, 170, 150)),
        rng,
        pose="stand",
        turn=-0.3,
    )


def moha_family(pic: Image.Image, cast: Cast, rng: random.Random) -> None:
    """Moha, Itto and Lahcen at the gate of the ksar of Afanour."""
    w, h = pic.size
    sc.gradient(pic, (0, 0, w, int(h * 0.2)), (180, 196, 214), (226, 228, 226))
    sc.pise_wall(
        pic, rng, (0, int(h * 0.08), w, int(h * 0.84)), course=int(h * 0.08), colour=(184, 140, 104)
    )
    d = ImageDraw.Draw(pic)
    gx = int(w * 0.72)
    d.rectangle(
        (gx - int(w * 0.1), int(h * 0.2), gx + int(w * 0.1), int(h * 0.84)), fill=(160, 120, 90)
    )
    d.pieslice(
        (gx - int(w * 0.08), int(h * 0.26), gx + int(w * 0.08), int(h * 0.5)),
        180,
        360,
        fill=(34, 26, 22),
    )
    d.rectangle(
        (gx - int(w * 0.08), int(h * 0.38), gx + int(w * 0.08), int(h * 0.84)), fill=(34, 26, 22)
    )
    d.rectangle((0, int(h * 0.82), w, h), fill=(176, 146, 112))
    sc.texture(pic, rng, (0, int(h * 0.82), w, h), 0.14, 20)
    cast.draw(pic, "moha", LOOKS["moha"], rng, pose="stand", shadow=(0.3, 0.05))
    cast.draw(pic, "itto", LOOKS["itto"], rng, pose="stand", hands="front", shadow=(0.3, 0.05))
    cast.draw(pic, "lahcen", LOOKS["lahcen"], rng, pose="stand", shadow=(0.3, 0.05), turn=0.4)


def mellah_street(pic: Image.Image, cast: Cast, rng: random.Random) -> None:
    """A lane of the mellah; Shimon walks towards the camera, a woman stands in a doorway."""
    w, h = pic.size
    buildings.alley(pic, rng, (0, 0, w, h))
    child, woman = cast.unnamed()
    cast.draw(pic, None, stranger(rng, "child"), rng, box=child, pose="stand")
    cast.draw(
        pic,
        None,
        replace(stranger(rng, "woman"), headwear="scarf"),
        rng,
        box=woman,
        pose="stand",
        hands="front",
    )
    cast.draw(pic, "shimon", LOOKS["shimon"], rng, pose="stand", turn=0.5)


def todra_gorge(pic: Image.Image, cast: Cast, rng: random.Random) -> None:
    """The Todra gorge: sheer walls, a strip of sky, the stream, two small figures."""
    w, h = pic.size
    sc.gradient(pic, (0, 0, w, h), (190, 206, 222), (232, 232, 228))
    far = Image.new("RGB", pic.size, (186, 160, 140))
    sc.texture(far, rng, (0, 0, w, h), 0.1, 8)
    fmask = Image.new("L", pic.size, 0)
    ImageDraw.Draw(fmask).polygon(
        [
            (w * 0.25, h),
            (w * 0.25, h * 0.3),
            *[(w * (0.3 + 0.05 * k), h * rng.uniform(0.2, 0.3)) for k in range(10)],
            (w * 0.8, h * 0.3),
            (w * 0.8, h),
        ],
        fill=255,
    )
    pic.paste(far, (0, 0), fmask)
    sc.cliff(pic, rng, "left", (0, 0, int(w * 0.5), int(h * 0.86)), colour=(176, 132, 102))
    sc.cliff(pic, rng, "right", (int(w * 0.53), 0, w, int(h * 0.86)), colour=(112, 80, 64))
    d = ImageDraw.Draw(pic)
    d.rectangle((0, int(h * 0.76), w, h), fill=(176, 160, 136))
    d.polygon(
        [(w * 0.3, h * 0.8), (w * 0.7, h * 0.78), (w * 0.9, h), (w * 0.15, h)], fill=(214, 220, 220)
    )
    sc.texture(pic, rng, (0, int(h * 0.76), w, h), 0.14, 30)
    for _ in range(160):
        x, y = rng.uniform(0, w), rng.uniform(h * 0.78, h)
        r = rng.uniform(1.5, 6) * (y / h)
        d.ellipse(
            (x - r * 1.3, y - r, x + r * 1.3, y + r),
            fill=rng.choice([(140, 128, 112), (196, 186, 170)]),
        )
    for _ in range(30):  # ripples on the stream
        x, y = rng.uniform(w * 0.3, w * 0.75), rng.uniform(h * 0.8, h)
        d.line([(x, y), (x + rng.uniform(20, 60), y)], fill=(236, 240, 240), width=2)
    for k in range(3):
        sc.palm(pic, rng, w * (0.02 + 0.06 * k), h * 0.86, h * 0.32)
    tiny = [(0.47, 0.68, 11.0), (0.52, 0.69, 9.0)]
    for k, (fx, fy, hh) in enumerate(tiny):
        box = (w * fx, h * fy, w * fx + hh * 0.76, h * fy + hh)
        look = stranger(rng, "man" if k == 0 else "woman")
        person(pic, box, look, rng, pose="stand")
    _ = cast


def shop(pic: Image.Image, cast: Cast, rng: random.Random) -> None:
    """Shimon behind his counter, bolts of cloth on the shelves behind him."""
    w, h = pic.size
    d = ImageDraw.Draw(pic)
    d.rectangle((0, 0, w, h), fill=(120, 96, 76))
    for row in range(4):
        y = int(h * (0.06 + 0.15 * row))
        d.rectangle((0, y + int(h * 0.12), w, y + int(h * 0.135)), fill=(80, 60, 44))
        x = int(w * 0.02)
        while x < w:
            bw = rng.randint(40, 80)
            col = rng.choice(
                [
                    (190, 60, 50),
                    (220, 210, 190),
                    (60, 70, 110),
                    (200, 170, 90),
                    (90, 120, 80),
                    (40, 38, 40),
                ]
            )
            d.rectangle((x, y + int(h * 0.03), x + bw - 6, y + int(h * 0.12)), fill=col)
            d.line(
                [(x + bw // 2, y + int(h * 0.03)), (x + bw // 2, y + int(h * 0.12))],
                fill=tuple(int(c * 0.8) for c in col),
                width=2,
            )
            x += bw
    sc.texture(pic, rng, (0, 0, w, h), 0.1, 10)
    cast.draw(
        pic,
        "shimon",
        replace(LOOKS["shimon"], headwear="kippa", hat=(30, 28, 30)),
        rng,
        pose="stand",
        hands="front",
    )
    d.rectangle((0, int(h * 0.6), w, h), fill=(100, 72, 50))
    d.rectangle((0, int(h * 0.6), w, int(h * 0.63)), fill=(140, 106, 76))
    for k in range(1, 6):
        d.line([(w * k / 6, h * 0.63), (w * k / 6, h)], fill=(78, 56, 40), width=3)
    d.rectangle(
        (int(w * 0.16), int(h * 0.52), int(w * 0.34), int(h * 0.6)), fill=(200, 60, 50)
    )  # a bolt unrolled
    d.line([(w * 0.7, h * 0.45), (w * 0.7, h * 0.6)], fill=(60, 60, 60), width=4)  # scale
    d.line([(w * 0.62, h * 0.45), (w * 0.78, h * 0.45)], fill=(60, 60, 60), width=4)
    for sx in (0.62, 0.78):
        d.chord((w * sx - 30, h * 0.44, w * sx + 30, h * 0.52), 0, 180, fill=(150, 130, 90))
    sc.texture(pic, rng, (0, int(h * 0.6), w, h), 0.12, 12)


def house_door(pic: Image.Image, cast: Cast, rng: random.Random) -> None:
    """The door of the Elbaz house in the mellah, the day before they left."""
    w, h = pic.size
    sc.pise_wall(pic, rng, (0, 0, w, h), course=int(h * 0.09), colour=(190, 146, 110))
    buildings.door(pic, rng, (int(w * 0.3), int(h * 0.3), int(w * 0.7), int(h * 0.86)))
    d = ImageDraw.Draw(pic)
    d.rectangle((0, int(h * 0.86), w, h), fill=(166, 140, 110))
    d.rectangle((int(w * 0.24), int(h * 0.86), int(w * 0.76), int(h * 0.9)), fill=(200, 190, 170))
    shadow = Image.new("L", pic.size, 0)
    ImageDraw.Draw(shadow).polygon([(0, 0), (w * 0.35, 0), (w * 0.1, h), (0, h)], fill=90)
    pic.paste((40, 30, 24), (0, 0), shadow)
    _ = cast


def lahcen_door(pic: Image.Image, cast: Cast, rng: random.Random) -> None:
    """Lahcen in front of the same door, painted blue, in the 1990s."""
    w, h = pic.size
    sc.pise_wall(pic, rng, (0, 0, w, h), course=int(h * 0.09), colour=(196, 150, 112))
    buildings.door(
        pic, rng, (int(w * 0.22), int(h * 0.14), int(w * 0.78), int(h * 0.9)), wood=(52, 96, 150)
    )
    d = ImageDraw.Draw(pic)
    d.rectangle((0, int(h * 0.9), w, h), fill=(170, 146, 116))
    look = replace(
        LOOKS["lahcen"],
        age="adult",
        garment="djellaba",
        colour=(140, 136, 128),
        beard=False,
        headwear="cap",
        hat=(70, 70, 74),
    )
    cast.draw(pic, "lahcen", look, rng, pose="stand", hands="front", shadow=(0.4, 0.05))
