"""Official papers: passport, identity card, immigrant certificate, school certificate, ketubah.

Papers with an ID photo draw the face where the story puts it.
"""

from __future__ import annotations

import math
import random
from dataclasses import replace
from typing import Any

from PIL import Image, ImageDraw, ImageFilter
from scripts.sample_collection import lettering as lt
from scripts.sample_collection import paper
from scripts.sample_collection.cast import LOOKS, Cast, Rect
from scripts.sample_collection.documents import BLUE_BLACK, LABELS, on_bed, text
from scripts.sample_collection.figures import Look
from scripts.sample_collection.postal import postmark

VIOLET = (90, 60, 130)
TYPE = (34, 34, 40)
Faces = list[tuple[str | None, Rect]]


def _faces(item: dict[str, Any]) -> Faces:
    return [(p["key"], tuple(p["face"])) for p in item["people"] if p["face"]]


def id_photo(
    canvas: Image.Image,
    item: dict[str, Any],
    look: Look,
    rng: random.Random,
    *,
    tone: str = "silver",
) -> tuple[tuple[int, int, int, int], Faces]:
    """Paste a small ID photo whose face is the item's first face; return its box and faces drawn."""
    w, h = canvas.size
    who, r = _faces(item)[0]
    fx0, fy0, fx1, fy1 = r[0] * w, r[1] * h, (r[0] + r[2]) * w, (r[1] + r[3]) * h
    fw, fh = fx1 - fx0, fy1 - fy0
    box = (int(fx0 - 0.55 * fw), int(fy0 - 0.35 * fh), int(fx1 + 0.55 * fw), int(fy1 + 1.1 * fh))
    cast = Cast(item, (w, h), box, [(who, r)])
    pic = Image.new("RGB", (box[2] - box[0], box[3] - box[1]), (200, 200, 196))
    d = ImageDraw.Draw(pic)
    d.rectangle((0, 0, pic.width, pic.height), fill=(214, 212, 206))
    cast.draw(pic, who, look, rng, pose="bust")
    palette = paper.SILVER if tone == "silver" else paper.SEPIA
    pic = paper.tone(pic, rng, palette=palette, fade=0.05, grain=4, vignette=0.1, contrast=1.1)
    canvas.paste(pic, box[:2])
    ImageDraw.Draw(canvas).rectangle(box, outline=(230, 228, 220), width=3)
    return box, cast.drawn


def _seal(
    canvas: Image.Image,
    centre: tuple[float, float],
    radius: float,
    ring: str,
    middle: str,
    colour: tuple[int, int, int],
    rng: random.Random,
    *,
    relief: bool = False,
) -> None:
    """A round rubber stamp (or, with ``relief``, a colourless embossed dry seal)."""
    layer = Image.new("L", canvas.size, 0)
    d = ImageDraw.Draw(layer)
    cx, cy = centre
    d.ellipse((cx - radius, cy - radius, cx + radius, cy + radius), outline=255, width=4)
    d.ellipse(
        (cx - radius * 0.66, cy - radius * 0.66, cx + radius * 0.66, cy + radius * 0.66),
        outline=255,
        width=2,
    )
    fnt = lt.font("sans-bold", int(radius * 0.2))
    n = len(ring)
    for i, ch in enumerate(ring):
        ang = -math.pi / 2 + 2 * math.pi * i / n
        x, y = cx + radius * 0.83 * math.cos(ang), cy + radius * 0.83 * math.sin(ang)
        tile = Image.new("L", (int(radius * 0.4), int(radius * 0.4)), 0)
        ImageDraw.Draw(tile).text(
            (tile.width / 2, tile.height / 2), ch, font=fnt, fill=255, anchor="mm"
        )
        tile = tile.rotate(-math.degrees(ang) - 90, resample=Image.Resampling.BICUBIC)
        layer.paste(255, (int(x - tile.width / 2), int(y - tile.height / 2)), tile)
    lt.put_centred(d, cx, cy + radius * 0.12, middle, lt.font("sans-bold", int(radius * 0.28)), 255)
    if relief:
        hi = layer.filter(ImageFilter.GaussianBlur(1.5))
        canvas.paste((255, 255, 250), (-2, -2), hi.point(lambda v: v * 2 // 3))
        canvas.paste((90, 90, 90), (2, 2), hi.point(lambda v: v // 3))
        return
    uneven = paper.blotches(canvas.size, rng, 20)
    mask = Image.fromarray(((uneven > -0.4) * 200).astype("uint8"), "L")
    layer.paste(0, (0, 0), Image.eval(mask, lambda v: 255 - v))
    canvas.paste(colour, (0, 0), layer.filter(ImageFilter.GaussianBlur(0.8)))


def _guilloche(
    img: Image.Image, box: tuple[int, int, int, int], colour: tuple[int, int, int]
) -> None:
    x0, y0, x1, y1 = box
    d = ImageDraw.Draw(img)
    for k in range(0, y1 - y0, 18):
        pts = [
            (x, y0 + k + 7 * math.sin(x / 23 + k / 9) + 4 * math.sin(x / 7.0))
            for x in range(x0, x1, 4)
        ]
        d.line(pts, fill=colour, width=1)


def _fields(
    d: ImageDraw.ImageDraw, x: int, y: int, rows: list[tuple[str, str]], step: int, label_w: int
) -> None:
    for label, value in rows:
        lt.put(d, (x, y), label, lt.font("serif-italic", 22), (70, 80, 70))
        lt.put(d, (x + label_w, y), value, lt.font("mono-bold", 28), TYPE)
        d.line(
            [(x + label_w - 8, y + 6), (x + label_w + 330, y + 6)], fill=(150, 160, 150), width=1
        )
        y += step


def passport(item: dict[str, Any], rng: random.Random) -> tuple[Image.Image, Faces]:
    """Yakut's Moroccan passport, open on the data page and the exit stamps."""
    size = (1600, 1100)
    canvas = paper.scanner_bed(size, rng)
    spread = (40, 40, 1560, 1060)
    page_col = (222, 232, 214)
    pages = paper.paper(
        (spread[2] - spread[0], spread[3] - spread[1]), rng, page_col, age=0.3, fibres=60, foxing=10
    )
    _guilloche(pages, (0, 0, pages.width, pages.height), (200, 214, 196))
    shade = Image.new("L", pages.size, 0)
    ImageDraw.Draw(shade).rectangle(
        (pages.width // 2 - 30, 0, pages.width // 2 + 30, pages.height), fill=120
    )
    pages.paste((60, 70, 60), (0, 0), shade.filter(ImageFilter.GaussianBlur(18)))
    paper.lay_on(canvas, pages, Image.new("L", pages.size, 255), spread[:2])
    d = ImageDraw.Draw(canvas)
    green = (40, 80, 56)
    lt.put_centred(d, 420, 120, "ROYAUME DU MAROC", lt.font("serif-bold", 38), green)
    lt.put_centred(d, 420, 180, LABELS["ar_kingdom"], lt.font("arabic-bold", 40), green)
    lt.put(d, (250, 240), "PASSEPORT", lt.font("serif-bold", 30), green)
    lt.put(d, (470, 242), LABELS["ar_passport"], lt.font("arabic-bold", 32), green)
    lt.put(d, (640, 300), "N° 0412377", lt.font("mono-bold", 26), (170, 40, 40))
    look = replace(LOOKS["yakut"], hat=(60, 56, 70), pattern="", colour=(60, 56, 66))
    box, drawn = id_photo(canvas, item, look, rng)
    rows = [
        ("Nom", "ELBAZ"),
        ("Prénoms", "Yakout"),
        ("Né(e) le", "vers 1910"),
        ("à", "Tinerhir"),
        ("Profession", "Ménagère"),
        ("Domicile", "Mellah, Tinerhir"),
        ("Taille", "1 m 55"),
    ]
    _fields(d, 400, 380, rows, 52, 140)
    lt.put(d, (110, 790), "Signature du titulaire :", lt.font("serif-italic", 22), (70, 80, 70))
    thumb = Image.new("L", size, 0)
    td = ImageDraw.Draw(thumb)
    for k in range(14):
        td.ellipse(
            (360 - 48 + k * 3, 760 - 64 + k * 4, 360 + 48 - k * 3, 760 + 64 - k * 4),
            outline=200,
            width=2,
        )
    canvas.paste(VIOLET, (0, 0), thumb.filter(ImageFilter.GaussianBlur(1.2)))
    _seal(
        canvas,
        (box[2] - 10, box[3] - 20),
        70,
        "ROYAUME DU MAROC * ",
        "",
        (0, 0, 0),
        rng,
        relief=True,
    )
    _seal(
        canvas, (box[0] + 20, box[3] + 10), 62, "SURETE NATIONALE * OUARZAZATE * ", "", VIOLET, rng
    )
    lt.put(d, (880, 140), "Délivré à Ouarzazate,", lt.font("serif-italic", 26), (70, 80, 70))
    lt.put(d, (880, 184), "le 14 novembre 1962", lt.font("mono-bold", 28), TYPE)
    lt.hand(canvas, rng, ["Le Gouverneur"], (1100, 250), size=30, ink=BLUE_BLACK)
    d.line([(1120, 300), (1200, 280), (1260, 310), (1340, 270)], fill=BLUE_BLACK, width=3)
    stamp = Image.new("L", (460, 200), 0)
    sd = ImageDraw.Draw(stamp)
    sd.rectangle((4, 4, 455, 195), outline=255, width=5)
    for k, t in enumerate(("SÛRETÉ NATIONALE", "SORTIE", "3 MARS 1963", "CASABLANCA - PORT")):
        lt.put_centred(sd, 230, 48 + k * 44, t, lt.font("sans-bold", 32), 255)
    stamp = stamp.rotate(7, resample=Image.Resampling.BICUBIC, expand=True)
    canvas.paste(VIOLET, (930, 520), stamp.point(lambda v: v * 3 // 4))
    postmark(canvas, (1300, 880), 80, "CASABLANCA", "3-3-63", rng, ink=(50, 50, 110))
    lt.put(d, (420, 1030), "3", lt.font("serif", 22), (90, 100, 90))
    lt.put(d, (1160, 1030), "4", lt.font("serif", 22), (90, 100, 90))
    return canvas, drawn


def id_card(item: dict[str, Any], rng: random.Random) -> tuple[Image.Image, Faces]:
    """Moha's national identity card, bilingual, with photo, fingerprint and stamp."""
    size = (1300, 850)
    canvas = paper.scanner_bed(size, rng)
    card_box = (90, 70, 1210, 780)
    card = paper.paper(
        (card_box[2] - card_box[0], card_box[3] - card_box[1]),
        rng,
        (234, 214, 200),
        age=0.4,
        fibres=30,
        foxing=4,
    )
    _guilloche(card, (0, 0, card.width, card.height), (224, 198, 188))
    paper.lay_on(canvas, card, paper.rounded_mask(card.size, 30), card_box[:2])
    d = ImageDraw.Draw(canvas)
    red = (130, 40, 40)
    lt.put(d, (130, 130), "ROYAUME DU MAROC", lt.font("serif-bold", 30), red)
    lt.put(
        d,
        (1170 - lt.width(LABELS["ar_kingdom"], lt.font("arabic-bold", 34)), 132),
        LABELS["ar_kingdom"],
        lt.font("arabic-bold", 34),
        red,
    )
    lt.put(d, (130, 190), "CARTE NATIONALE D'IDENTITÉ", lt.font("serif-bold", 34), TYPE)
    lt.put(d, (130, 240), LABELS["ar_id_card"], lt.font("arabic", 32), TYPE)
    rows = [
        ("Nom", "AIT ALI"),
        ("Prénom", "MOHA"),
        ("Né vers", "1912"),
        ("à", "Afanour (Tinerhir)"),
        ("Fils de", "Ali"),
        ("N°", "D 21874"),
    ]
    _fields(d, 130, 320, rows, 56, 130)
    for k, t in enumerate((LABELS["ar_ait_ali"], LABELS["ar_moha"])):
        lt.put(
            d,
            (830 - lt.width(t, lt.font("arabic", 30)), 322 + k * 56),
            t,
            lt.font("arabic", 30),
            TYPE,
        )
    lt.put(d, (130, 700), "Délivrée à Tinerhir le 2 mai 1958", lt.font("serif-italic", 24), TYPE)
    box, drawn = id_photo(canvas, item, LOOKS["moha"], rng)
    _seal(canvas, (box[0] + 10, box[3] - 10), 64, "CERCLE DE TINERHIR * ", "", VIOLET, rng)
    print_ = Image.new("L", size, 0)
    pd = ImageDraw.Draw(print_)
    for k in range(12):
        pd.ellipse(
            (1040 - 40 + k * 3, 640 - 54 + k * 4, 1040 + 40 - k * 3, 640 + 54 - k * 4),
            outline=190,
            width=2,
        )
    canvas.paste((50, 50, 60), (0, 0), print_.filter(ImageFilter.GaussianBlur(1.0)))
    glare = Image.new("L", size, 0)
    ImageDraw.Draw(glare).polygon([(700, 70), (820, 70), (500, 780), (380, 780)], fill=40)
    canvas.paste((255, 255, 255), (0, 0), glare.filter(ImageFilter.GaussianBlur(30)))
    return canvas, drawn


def teudat_oleh(item: dict[str, Any], rng: random.Random) -> tuple[Image.Image, Faces]:
    """Meir's immigrant certificate, Hebrew and English, with his photo."""
    size = (1300, 900)
    canvas = paper.scanner_bed(size, rng)
    page = paper.paper((1140, 790), rng, (214, 220, 226), age=0.35, fibres=50, foxing=8)
    paper.lay_on(canvas, page, Image.new("L", page.size, 255), (80, 55))
    d = ImageDraw.Draw(canvas)
    blue = (40, 50, 100)
    right = 1170
    for y, t, f, sz in (
        (125, LABELS["he_state"], "hebrew-bold", 40),
        (180, LABELS["he_oleh"], "hebrew-bold", 52),
    ):
        lt.put(d, (right - lt.width(t, lt.font(f, sz)), y), t, lt.font(f, sz), blue)
    lt.put(d, (430, 125), "STATE OF ISRAEL", lt.font("serif-bold", 28), blue)
    lt.put(d, (430, 178), "IMMIGRANT'S CERTIFICATE", lt.font("serif-bold", 28), blue)
    rows = [
        (LABELS["he_surname"], LABELS["he_elbaz"], "Surname: ELBAZ"),
        (LABELS["he_first_name"], LABELS["he_meir"], "Name: MEIR"),
        (LABELS["he_birth_country"], LABELS["he_morocco"], "Country of birth: MOROCCO"),
        (LABELS["he_birth_year"], "1934", "Year of birth: 1934"),
        (LABELS["he_immigration_date"], "24.6.1956", "Date of immigration"),
        (LABELS["he_port"], LABELS["he_haifa"], "Port: HAIFA"),
    ]
    y = 270
    for label, value, english in rows:
        lf, vf = lt.font("hebrew", 28), lt.font("hebrew-hand", 34)
        lt.put(d, (right - lt.width(label, lf), y), label, lf, blue)
        lt.put(
            d, (right - lt.width(label, lf) - 30 - lt.width(value, vf), y), value, vf, BLUE_BLACK
        )
        lt.put(d, (430, y), english, lt.font("sans", 20), (90, 96, 110))
        y += 66
    box, drawn = id_photo(
        canvas, item, replace(LOOKS["meir"], garment="shirt", colour=(220, 218, 210)), rng
    )
    _seal(canvas, (box[2] - 5, box[3] - 15), 72, LABELS["he_jewish_agency_ring"], "", VIOLET, rng)
    d.line([(500, 720), (620, 700), (700, 730), (780, 690)], fill=BLUE_BLACK, width=3)
    return canvas, drawn


def certificate(rng: random.Random) -> Image.Image:
    """David's Certificat d'études primaires, 1953, with ornamental border and hand fill-ins."""
    w, h = 1380, 980
    sheet = paper.paper((w, h), rng, (240, 232, 210), age=0.45, fibres=100, foxing=10)
    d = ImageDraw.Draw(sheet)
    brown = (110, 70, 50)
    for inset, width in ((30, 6), (46, 2)):
        d.rectangle((inset, inset, w - inset, h - inset), outline=brown, width=width)
    for k in range(60, w - 60, 36):
        for y in (38, h - 38):
            d.polygon([(k, y - 6), (k + 6, y), (k, y + 6), (k - 6, y)], fill=brown)
    for cx, cy in ((70, 70), (w - 70, 70), (70, h - 70), (w - 70, h - 70)):
        d.ellipse((cx - 24, cy - 24, cx + 24, cy + 24), outline=brown, width=4)
        d.ellipse((cx - 8, cy - 8, cx + 8, cy + 8), fill=brown)
    lines = [
        ("EMPIRE CHÉRIFIEN", "serif-bold", 34, 130),
        ("DIRECTION DE L'INSTRUCTION PUBLIQUE", "serif", 26, 178),
        ("CERTIFICAT D'ÉTUDES PRIMAIRES", "display-bold", 62, 290),
        ("ÉLÉMENTAIRES", "display-bold", 44, 350),
    ]
    for t, f, sz, y in lines:
        lt.put_centred(d, w / 2, y, t, lt.font(f, sz), (60, 40, 34))
    body = [
        ("Le Chef du Service de l'Enseignement certifie que l'élève", 450),
        ("né en", 540),
        ("a subi avec succès les épreuves de l'examen à la session de", 630),
        ("Fait à Rabat, le", 760),
    ]
    for t, y in body:
        lt.put(d, (140, y), t, lt.font("serif", 30), (50, 40, 36))
    lt.hand(sheet, rng, ["David Elbaz"], (560, 500), size=46, ink=BLUE_BLACK)
    lt.hand(sheet, rng, ["1941  à  Tinerhir"], (260, 542), size=40, ink=BLUE_BLACK)
    lt.hand(sheet, rng, ["juin 1953"], (560, 690), size=42, ink=BLUE_BLACK)
    lt.hand(sheet, rng, ["30 juin 1953"], (380, 762), size=40, ink=BLUE_BLACK)
    d.line(
        [(900, 840), (960, 800), (1010, 850), (1080, 790), (1160, 830)], fill=BLUE_BLACK, width=3
    )
    _seal(sheet, (1000, 800), 80, "INSTRUCTION PUBLIQUE * MAROC * ", "", VIOLET, rng)
    paper.fold(sheet, rng, 0.5)
    return on_bed((1500, 1100), sheet, rng, angle=rng.uniform(-0.5, 0.5))


def ketubah(rng: random.Random) -> Image.Image:
    """The ketubah of Shimon and Yakut: Aramaic text under a painted arch."""
    w, h = 1000, 1400
    sheet = paper.paper((w, h), rng, (236, 222, 188), age=0.65, fibres=160, foxing=14)
    d = ImageDraw.Draw(sheet)
    red, green, gold = (160, 50, 44), (50, 100, 70), (196, 160, 80)
    d.rectangle((20, 20, w - 20, h - 20), fill=red)
    d.rectangle((44, 44, w - 44, h - 44), fill=green)
    for k in range(50, w - 40, 30):
        for y in (32, h - 32):
            d.ellipse((k - 7, y - 7, k + 7, y + 7), fill=gold)
    for k in range(50, h - 40, 30):
        for x in (32, w - 32):
            d.ellipse((x - 7, k - 7, x + 7, k + 7), fill=gold)
    d.rectangle((120, 300, w - 120, h - 90), fill=(238, 226, 196))
    d.pieslice((120, 80, w - 120, 540), 180, 360, fill=(238, 226, 196))
    d.arc((110, 70, w - 110, 550), 180, 360, fill=gold, width=10)
    for x in (80, w - 80):  # cypress trees in the side columns
        for k in range(5):
            y = 380 + k * 190
            d.polygon([(x, y - 80), (x + 26, y + 50), (x - 26, y + 50)], fill=(30, 70, 50))
            d.ellipse((x - 10, y + 60, x + 10, y + 80), fill=gold)
    lines = text("ketubah")
    lt.put_centred(d, w / 2, 250, lines[0], lt.font("hebrew-bold", 52), red)
    y = 370
    for line in lines[1:]:
        fnt = lt.font("hebrew", 31)
        lt.put_centred(d, w / 2, y, line, fnt, (40, 30, 26))
        y += 58
    for k, name in enumerate((LABELS["he_witness_1"], LABELS["he_witness_2"])):
        lt.hand(
            sheet,
            rng,
            [name],
            (0, 1230 + k * 60),
            face="hebrew-hand",
            size=34,
            ink=(50, 36, 30),
            right=w - 170 - k * 330,
        )
    paper.fold(sheet, rng, 0.5)
    paper.fold(sheet, rng, 0.5, vertical=True)
    paper.spot(sheet, (200, 1180), 70, (150, 110, 70), 0.3)
    return on_bed((1100, 1500), sheet, rng, angle=rng.uniform(-0.7, 0.7))
