"""Things that went through the post: a postcard, an airmail envelope, a telegram.

With their stamps and postmarks, drawn on the spot.
"""

from __future__ import annotations

import math
import random

import numpy as np
from PIL import Image, ImageDraw, ImageFilter
from scripts.sample_collection import buildings, paper
from scripts.sample_collection import lettering as lt
from scripts.sample_collection import scenery as sc
from scripts.sample_collection.documents import BALLPOINT, BLUE_BLACK, LABELS, PENCIL, on_bed


def postage_stamp(
    size: tuple[int, int], colour: tuple[int, int, int], lines: list[str], rng: random.Random
) -> Image.Image:
    """A postage stamp with perforated edges (RGBA)."""
    w, h = size
    st = Image.new("RGBA", size, (250, 248, 240, 255))
    d = ImageDraw.Draw(st)
    d.rectangle((8, 8, w - 8, h - 8), fill=colour)
    d.ellipse(
        (w * 0.28, h * 0.18, w * 0.72, h * 0.62), fill=tuple(min(255, c + 60) for c in colour)
    )
    d.pieslice(
        (w * 0.3, h * 0.45, w * 0.7, h * 0.95),
        180,
        360,
        fill=tuple(min(255, c + 60) for c in colour),
    )
    fnt = lt.font("sans-bold", max(10, int(h * 0.11)))
    lt.put_centred(d, w / 2, h * 0.16, lines[0], fnt, (250, 248, 240))
    lt.put_centred(
        d, w / 2, h * 0.9, lines[1], lt.font("sans-bold", int(h * 0.16)), (250, 248, 240)
    )
    r = 5
    for x in range(0, w + 1, 14):
        for y in (0, h):
            d.ellipse((x - r, y - r, x + r, y + r), fill=(0, 0, 0, 0))
    for y in range(0, h + 1, 14):
        for x in (0, w):
            d.ellipse((x - r, y - r, x + r, y + r), fill=(0, 0, 0, 0))
    _ = rng
    return st


def postmark(
    sheet: Image.Image,
    centre: tuple[float, float],
    radius: float,
    top: str,
    date: str,
    rng: random.Random,
    ink: tuple[int, int, int] = (40, 40, 50),
) -> None:
    """A circular date stamp with wavy cancel lines, printed unevenly."""
    layer = Image.new("L", sheet.size, 0)
    d = ImageDraw.Draw(layer)
    cx, cy = centre
    d.ellipse((cx - radius, cy - radius, cx + radius, cy + radius), outline=255, width=4)
    d.ellipse(
        (cx - radius * 0.62, cy - radius * 0.62, cx + radius * 0.62, cy + radius * 0.62),
        outline=255,
        width=2,
    )
    fnt = lt.font("sans-bold", int(radius * 0.26))
    for i, ch in enumerate(top):  # the town name along the upper rim
        ang = math.pi * (1.2 + 0.6 * (i + 0.5) / len(top))
        x, y = cx + radius * 0.8 * math.cos(ang), cy + radius * 0.8 * math.sin(ang)
        d.text((x, y), ch, font=fnt, fill=255, anchor="mm")
    lt.put_centred(d, cx, cy + radius * 0.1, date, lt.font("sans-bold", int(radius * 0.24)), 255)
    for k in range(5):
        y = cy - radius * 0.5 + k * radius * 0.25
        pts = [
            (cx + radius * 1.1 + t, y + 6 * math.sin(t / 14))
            for t in range(0, int(radius * 3.2), 6)
        ]
        d.line(pts, fill=255, width=3)
    uneven = np.clip(0.55 + paper.blotches(sheet.size, rng, 30) * 1.3, 0, 1) * 0.8
    layer = Image.fromarray((np.asarray(layer, dtype=np.float32) * uneven).astype(np.uint8), "L")
    sheet.paste(ink, (0, 0), layer.filter(ImageFilter.GaussianBlur(0.7)))


def postcard_front(rng: random.Random) -> Image.Image:
    """A tinted 1960s postcard of the Eiffel Tower and the Seine, with a white border."""
    w, h = 1320, 830
    card = Image.new("RGB", (w, h), (246, 244, 236))
    pic = Image.new("RGB", (w - 60, h - 110))
    pw, ph = pic.size
    sc.gradient(pic, (0, 0, pw, int(ph * 0.7)), (120, 170, 214), (226, 232, 230))
    d = ImageDraw.Draw(pic)
    for _ in range(6):  # clouds
        cx, cy = rng.uniform(0, pw), rng.uniform(20, ph * 0.3)
        d.ellipse((cx - 90, cy - 22, cx + 90, cy + 22), fill=(244, 244, 240))
    buildings.eiffel(pic, pw * 0.5, ph * 0.72, ph * 0.68, (110, 90, 70))
    d.rectangle((0, int(ph * 0.7), pw, ph), fill=(70, 120, 130))
    for k in range(5):  # the arches of the bridge
        x = pw * (0.05 + 0.19 * k)
        d.rectangle((x, ph * 0.7, x + pw * 0.19, ph * 0.78), fill=(200, 190, 170))
        d.chord((x + 12, ph * 0.74, x + pw * 0.19 - 12, ph * 0.9), 180, 360, fill=(60, 100, 110))
    for _ in range(10):
        x = rng.uniform(0, pw)
        if pw * 0.3 < x < pw * 0.7:
            continue
        d.ellipse((x - 60, ph * 0.45, x + 60, ph * 0.72), fill=(70, 110, 60))
    sc.texture(pic, rng, (0, 0, pw, ph), 0.08, 20)
    pic = paper.fade_colour(
        pic, rng, cast=(10, 0, -10), saturation=0.75, lift=18, grain=3.0, blur=1.0
    )
    card.paste(pic, (30, 30))
    dd = ImageDraw.Draw(card)
    lt.put(
        dd,
        (40, h - 40),
        "PARIS - La Tour Eiffel et le Pont d'Iéna",
        lt.font("serif-bold", 26),
        (60, 50, 44),
    )
    lt.put(dd, (w - 220, h - 40), "Éd. Guy, Paris", lt.font("serif-italic", 20), (80, 70, 60))
    paper.spot(card, (w - 20, 20), 40, (170, 140, 100), 0.3)
    return on_bed((1400, 900), card, rng, angle=rng.uniform(-0.6, 0.6))


def postcard_back(rng: random.Random) -> Image.Image:
    """The back of the same card: message, address, a Marianne stamp and the Paris postmark."""
    w, h = 1320, 830
    card = paper.paper((w, h), rng, (240, 236, 224), age=0.35, fibres=60, foxing=6)
    d = ImageDraw.Draw(card)
    lt.put_centred(d, w / 2, 70, "CARTE POSTALE", lt.font("serif-bold", 40), (70, 60, 56))
    d.line([(w * 0.55, 110), (w * 0.55, h - 60)], fill=(100, 90, 84), width=2)
    for k in range(4):
        y = 430 + k * 90
        d.line([(w * 0.6, y), (w - 60, y)], fill=(150, 140, 130), width=1)
    stamp = postage_stamp((130, 160), (178, 40, 40), ["REPUBLIQUE FRANÇAISE", "0,25"], rng)
    card.paste(stamp, (w - 200, 60), stamp)
    postmark(card, (w - 250, 160), 78, "PARIS XX", "14-9 1962", rng)
    msg = [
        "Chers papa et maman,",
        "Voici la tour Eiffel,",
        "elle est encore plus",
        "haute que le Kousker!",
        "Je vais bien, le travail",
        "aussi. Je pense à vous",
        "chaque jour. Bises aux",
        "petites et à Itto.",
        "Votre fils, David",
    ]
    lt.hand(card, rng, msg, (50, 190), size=36, ink=BLUE_BLACK, leading=1.5)
    addr = ["Famille Elbaz", "Mellah", "Tinerhir", "(Maroc)"]
    lt.hand(card, rng, addr, (w * 0.6 + 20, 420), size=40, ink=BLUE_BLACK, leading=2.2)
    return on_bed((1400, 900), card, rng, angle=rng.uniform(-0.6, 0.6))


def envelope(rng: random.Random) -> Image.Image:
    """Simone's airmail envelope from Montreal to Netivot, 1969."""
    w, h = 1320, 720
    env = paper.paper((w, h), rng, (236, 240, 244), age=0.25, fibres=30, foxing=3)
    d = ImageDraw.Draw(env)
    step = 40
    for k in range(-2, (w + h) // step * 2):
        colour = (190, 40, 44) if k % 2 else (30, 60, 140)
        for edge in ((0, 0, w, 14), (0, h - 14, w, h)):
            x = k * step
            d.polygon(
                [
                    (x, edge[1]),
                    (x + step * 0.6, edge[1]),
                    (x + step * 0.3, edge[3]),
                    (x - step * 0.3, edge[3]),
                ],
                fill=colour,
            )
        for edge in ((0, 0, 14, h), (w - 14, 0, w, h)):
            y = k * step
            d.polygon(
                [
                    (edge[0], y),
                    (edge[0], y + step * 0.6),
                    (edge[2], y + step * 0.3),
                    (edge[2], y - step * 0.3),
                ],
                fill=colour,
            )
    d.rectangle((40, 40, 300, 110), fill=(40, 80, 160))
    lt.put(d, (56, 72), "PAR AVION", lt.font("sans-bold", 28), (250, 250, 250))
    lt.put(d, (56, 102), "BY AIR MAIL", lt.font("sans-bold", 22), (250, 250, 250))
    for k, (col, val) in enumerate((((60, 110, 70), "15"), ((120, 60, 120), "6"))):
        st = postage_stamp((120, 146), col, ["CANADA", val], rng)
        env.paste(st, (w - 180 - k * 130, 40), st)
    postmark(env, (w - 330, 130), 72, "MONTREAL P.Q.", "12 III 1969", rng)
    lt.hand(
        env,
        rng,
        ["Exp: sc. Abergel", "Montréal, Qué."],
        (60, 190),
        size=28,
        ink=BALLPOINT,
        leading=1.4,
    )
    addr = ["Madame Yakut Elbaz", "Shikun Alef, bloc 12", "Netivot", "ISRAËL"]
    lt.hand(env, rng, addr, (560, 360), size=44, ink=BALLPOINT, leading=1.45)
    lt.hand(
        env,
        rng,
        [LABELS["he_netivot"]],
        (560, 660),
        face="hebrew-hand",
        size=40,
        ink=BALLPOINT,
        right=1000,
    )
    return on_bed((1400, 800), env, rng, angle=rng.uniform(-0.5, 0.5))


def telegram(rng: random.Random) -> Image.Image:
    """A French PTT telegram form with the message printed on glued paper strips."""
    w, h = 1240, 940
    form = paper.paper((w, h), rng, (236, 222, 200), age=0.3, fibres=60, foxing=4)
    d = ImageDraw.Draw(form)
    red = (160, 60, 50)
    lt.put(d, (60, 100), "TÉLÉGRAMME", lt.font("condensed", 76), red)
    lt.put(d, (660, 70), "POSTES ET TÉLÉCOMMUNICATIONS", lt.font("sans-bold", 22), red)
    heads = ["Origine", "Numéro", "Mots", "Date", "Heure", "Mentions de service"]
    x = 60
    for k, label in enumerate(heads):
        cw = 170 if k < 5 else 280
        d.rectangle((x, 150, x + cw, 230), outline=red, width=2)
        lt.put(d, (x + 8, 172), label, lt.font("sans", 18), red)
        x += cw
    typed = ["NETIVOT", "418", "14", "17/3", "0815", ""]
    x = 60
    mono = lt.font("mono-bold", 30)
    for k, t in enumerate(typed):
        lt.put(d, (x + 14, 218), t, mono, (40, 40, 44))
        x += 170 if k < 5 else 280
    strips = [
        "ELBAZ DAVID 27 RUE DE BELLEVILLE PARIS 20",
        "PAPA DECEDE CE MATIN STOP",
        "ENTERREMENT DEMAIN 10H NETIVOT STOP",
        "VIENS VITE = MEIR",
    ]
    y = 330
    for s in strips:
        sw = int(lt.width(s, mono)) + 40
        strip = paper.paper((sw, 52), rng, (246, 242, 232), age=0.1, fibres=4, foxing=0)
        lt.put(ImageDraw.Draw(strip), (20, 36), s, mono, (30, 30, 34))
        strip = strip.rotate(
            rng.uniform(-0.7, 0.7),
            resample=Image.Resampling.BICUBIC,
            expand=True,
            fillcolor=(236, 222, 200),
        )
        form.paste(strip, (80 + rng.randint(-6, 6), y))
        y += 92
    lt.hand(form, rng, ["reçu 9h10 - D."], (820, 820), size=30, ink=PENCIL)
    paper.fold(form, rng, 0.5)
    return on_bed((1300, 1000), form, rng, angle=rng.uniform(-0.6, 0.6))
