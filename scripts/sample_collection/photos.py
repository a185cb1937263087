"""The photographs of the archive: which scene, which print, which ageing, for each item.

``render_photo(item)`` draws the picture upright, ages it, mounts it as a print and, for a file
stored on its side (EXIF Orientation 6), turns the pixels so the stored frame is the story's.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PIL import Image, ImageDraw, ImageFilter
from scripts.sample_collection import paper, prints
from scripts.sample_collection import scenes_abroad as abroad
from scripts.sample_collection import scenes_morocco as morocco
from scripts.sample_collection.cast import Cast, Rect
from scripts.sample_collection.prints import PrintStyle

Scene = Callable[[Image.Image, Cast, random.Random], None]

BORDER = PrintStyle(kind="border", border=0.045)
WHITE = PrintStyle(kind="border", border=0.04, paper=(244, 242, 234))
DECKLE = PrintStyle(kind="deckle", margin=0.025, border=0.035, paper=(240, 236, 222))
ROUNDED = PrintStyle(kind="rounded", margin=0.03, border=0.0)
ROUNDED_WHITE = PrintStyle(kind="rounded", margin=0.025, border=0.03, paper=(246, 244, 238))
FULL = PrintStyle(kind="full")
ATLAS = PrintStyle(
    kind="cabinet",
    border=0.09,
    bottom=0.13,
    imprint=("PHOTO ATLAS", "É. Benhamou", "Boulevard de la Gare - Casablanca"),
)
PLAIN_CARD = PrintStyle(kind="cabinet", border=0.08, bottom=0.08)


@dataclass(frozen=True, slots=True, kw_only=True)
class Photo:
    """How one photograph is made."""

    scene: Scene
    style: PrintStyle = BORDER
    finish: str = "sepia"  # sepia, warm, silver, cabinet, colour70, colour90, digital
    fade: float = 0.25
    grain: float = 5.0
    oval: bool = False
    creases: tuple[tuple[tuple[float, float], tuple[float, float]], ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)


PHOTOS: dict[str, Photo] = {
    "wedding_1932": Photo(
        scene=morocco.wedding_1932, fade=0.42, grain=6.5, creases=(((0.58, 0.0), (0.97, 0.62)),)
    ),
    "shimon_studio_1936": Photo(
        scene=morocco.shimon_studio_1936, style=ATLAS, finish="cabinet", fade=0.18
    ),
    "yakut_1940": Photo(scene=morocco.yakut_1940, oval=True, fade=0.3),
    "class_photo": Photo(
        scene=morocco.class_photo,
        style=WHITE,
        finish="warm",
        fade=0.2,
        creases=(((0.0, 0.74), (0.3, 0.99)),),
    ),
    "kasbah_family": Photo(scene=morocco.kasbah_family, style=DECKLE, fade=0.22),
    "david_lahcen": Photo(scene=morocco.david_lahcen, style=DECKLE, finish="warm", fade=0.15),
    "moha_family": Photo(scene=morocco.moha_family, style=WHITE, finish="warm", fade=0.2),
    "mellah_street": Photo(scene=morocco.mellah_street, style=DECKLE, fade=0.26),
    "todra_gorge": Photo(scene=morocco.todra_gorge, style=DECKLE, finish="warm", fade=0.2),
    "shop": Photo(scene=morocco.shop, fade=0.3, creases=(((0.0, 0.2), (0.18, 0.0)),)),
    "departure_1956": Photo(scene=abroad.departure_1956, style=WHITE, finish="silver", fade=0.12),
    "house_door": Photo(scene=morocco.house_door, style=DECKLE, finish="silver", fade=0.1),
    "david_paris": Photo(scene=abroad.david_paris, style=WHITE, finish="silver", fade=0.08),
    "meir_netivot": Photo(scene=abroad.meir_netivot, style=WHITE, finish="silver", fade=0.1),
    "esther_wedding": Photo(scene=abroad.esther_wedding, style=DECKLE, finish="silver", fade=0.08),
    "simone_montreal": Photo(scene=abroad.simone_montreal, style=ROUNDED_WHITE, finish="colour70"),
    "barmitzvah_1973": Photo(scene=abroad.barmitzvah_1973, style=WHITE, finish="colour70"),
    "yakut_1985": Photo(scene=abroad.yakut_1985, style=ROUNDED, finish="colour70"),
    "lahcen_door": Photo(scene=morocco.lahcen_door, style=WHITE, finish="colour90"),
    "cemetery_2004": Photo(scene=abroad.cemetery_2004, style=FULL, finish="digital"),
    "unknown_woman": Photo(
        scene=morocco.unknown_woman, style=PLAIN_CARD, finish="cabinet", fade=0.3
    ),
}


def _finish(pic: Image.Image, spec: Photo, rng: random.Random) -> Image.Image:
    if spec.finish == "sepia":
        return paper.tone(pic, rng, fade=spec.fade, grain=spec.grain)
    if spec.finish == "warm":
        return paper.tone(
            pic,
            rng,
            palette=((28, 22, 18), (134, 114, 90), (238, 230, 212)),
            fade=spec.fade,
            grain=spec.grain,
            contrast=0.95,
        )
    if spec.finish == "silver":
        return paper.tone(
            pic,
            rng,
            palette=paper.SILVER,
            fade=spec.fade,
            grain=spec.grain * 0.8,
            blur=0.9,
            vignette=0.2,
            contrast=1.05,
        )
    if spec.finish == "cabinet":
        return paper.tone(
            pic, rng, palette=paper.CABINET, fade=spec.fade, grain=spec.grain, vignette=0.5
        )
    if spec.finish == "colour70":
        return paper.fade_colour(pic, rng)
    if spec.finish == "colour90":
        return paper.fade_colour(
            pic, rng, cast=(6, 2, -8), saturation=0.88, lift=12, grain=3.0, blur=0.7
        )
    return paper.fade_colour(pic, rng, cast=(0, 0, 0), saturation=1.0, lift=0, grain=2.0, blur=0.5)


def _oval(size: tuple[int, int]) -> Image.Image:
    m = Image.new("L", size, 0)
    w, h = size
    ImageDraw.Draw(m).ellipse((w * 0.08, h * 0.05, w * 0.92, h * 0.95), fill=255)
    return m.filter(ImageFilter.GaussianBlur(w * 0.03))


def upright_rect(r: Rect, orientation: int) -> Rect:
    """Map a stored-frame rectangle to the upright frame (Orientation 1 or 6)."""
    if orientation == 6:
        return (1 - (r[1] + r[3]), r[0], r[3], r[2])
    return r


def stored_rect(r: Rect, orientation: int) -> Rect:
    """Map an upright-frame rectangle to the stored frame (Orientation 1 or 6)."""
    if orientation == 6:
        return (r[1], 1 - (r[0] + r[2]), r[3], r[2])
    return r


def render_photo(
    item: dict[str, Any], rng: random.Random
) -> tuple[Image.Image, list[tuple[str | None, Rect]]]:
    """Draw the photograph ``item``; return the stored image and the faces drawn (stored frame)."""
    spec = PHOTOS[item["key"]]
    exif = item["metadata"]["exif"] or {}
    orientation = int(exif.get("Orientation", 1))
    w, h = item["pixels"]
    size = (h, w) if orientation == 6 else (w, h)
    faces: list[tuple[str | None, Rect]] = [
        (p["key"], upright_rect(tuple(p["face"]), orientation)) for p in item["people"] if p["face"]
    ]
    faces += [(None, upright_rect(tuple(r), orientation)) for r in item["unnamed_faces"]]
    box = prints.area(size, spec.style)
    pic = Image.new("RGB", (box[2] - box[0], box[3] - box[1]), (128, 128, 128))
    cast = Cast(item, size, box, faces)
    spec.scene(pic, cast, rng)
    aged = _finish(pic, spec, rng)
    out = prints.assemble(size, aged, spec.style, rng, mask=_oval(aged.size) if spec.oval else None)
    for start, end in spec.creases:
        paper.crease(out, rng, start, end)
    if spec.finish != "digital":
        paper.dust(out, rng, count=40, hairs=2)
        paper.scratches(out, rng, 3 if spec.finish in ("sepia", "cabinet") else 1)
    drawn = cast.drawn
    if orientation == 6:
        out = out.transpose(Image.Transpose.ROTATE_90)
        drawn = [(who, stored_rect(r, 6)) for who, r in drawn]
    return out, drawn
