"""Who stands where: the story's face rectangles turned into head boxes for the drawing code.

A ``Cast`` hands each scene the head boxes of its picture (in picture pixels) and records every
head it actually draws, so tests can check that the faces in the story are where the pixels are.
"""

from __future__ import annotations

import random
from dataclasses import replace
from typing import Any

from PIL import Image
from scripts.sample_collection.figures import Box, Look, person

Rect = tuple[float, float, float, float]  # x, y, w, h normalized to the stored image

# How each person of the story usually looks; scenes change age and clothes with ``replace``.
LOOKS: dict[str, Look] = {
    "yakut": Look(
        female=True,
        headwear="scarf",
        hat=(120, 64, 52),
        garment="dress",
        colour=(74, 62, 92),
        pattern="dots",
        skin=(204, 160, 128),
    ),
    "shimon": Look(
        beard=True,
        headwear="fez",
        hat=(52, 34, 34),
        garment="djellaba",
        colour=(66, 58, 54),
        skin=(192, 146, 112),
    ),
    "meir": Look(garment="suit", colour=(84, 80, 76), skin=(196, 150, 116), hair=(30, 26, 24)),
    "esther": Look(
        female=True,
        garment="dress",
        colour=(150, 120, 100),
        pattern="stripes",
        skin=(206, 162, 130),
    ),
    "avraham": Look(garment="suit", colour=(40, 40, 46), headwear="kippa", hat=(30, 30, 36)),
    "david": Look(age="child", garment="smock", colour=(148, 158, 176), skin=(200, 154, 120)),
    "simone": Look(
        female=True, age="child", garment="dress", colour=(190, 150, 130), pattern="dots"
    ),
    "yossi": Look(age="child", garment="shirt", colour=(200, 196, 190)),
    "moha": Look(
        beard=True,
        headwear="turban",
        hat=(232, 226, 214),
        garment="djellaba",
        colour=(208, 198, 178),
        skin=(176, 128, 96),
    ),
    "itto": Look(
        female=True,
        headwear="scarf",
        hat=(44, 40, 52),
        garment="caftan",
        colour=(72, 56, 50),
        pattern="stripes",
        tattoo=True,
        skin=(180, 132, 100),
    ),
    "lahcen": Look(age="child", garment="shirt", colour=(222, 218, 206), skin=(178, 130, 98)),
    "raphael": Look(garment="suit", colour=(70, 68, 72), glasses=True, skin=(206, 164, 134)),
    "elie": Look(garment="suit", colour=(50, 50, 54), glasses=True),
}

_MEN = (
    Look(beard=True, headwear="fez", hat=(50, 36, 36), garment="djellaba", colour=(60, 54, 50)),
    Look(
        beard=True, headwear="kippa", hat=(28, 28, 30), garment="djellaba", colour=(150, 140, 124)
    ),
    Look(garment="suit", colour=(70, 66, 64)),
    Look(
        beard=True,
        headwear="turban",
        hat=(226, 220, 208),
        garment="djellaba",
        colour=(196, 186, 166),
    ),
)
_WOMEN = (
    Look(
        female=True,
        headwear="scarf",
        hat=(60, 50, 60),
        garment="caftan",
        colour=(90, 70, 60),
        pattern="stripes",
    ),
    Look(
        female=True,
        headwear="scarf",
        hat=(150, 90, 70),
        garment="dress",
        colour=(110, 96, 110),
        pattern="dots",
    ),
    Look(female=True, garment="dress", colour=(160, 140, 120)),
)
_CHILDREN = (
    Look(age="child", garment="smock", colour=(150, 160, 178)),
    Look(age="child", garment="smock", colour=(120, 124, 132)),
    Look(age="child", garment="smock", colour=(170, 170, 166), headwear="cap", hat=(60, 60, 64)),
    Look(female=True, age="child", garment="dress", colour=(180, 160, 150), pattern="dots"),
    Look(female=True, age="child", garment="smock", colour=(140, 150, 170)),
)


def stranger(rng: random.Random, kind: str = "adult") -> Look:
    """Return a plausible look for someone nobody has named (``adult``, ``man``, ``woman``, ``child``)."""
    skin = (rng.randint(176, 210), rng.randint(128, 164), rng.randint(98, 130))
    pool: tuple[Look, ...]
    if kind == "child":
        pool = _CHILDREN
    elif kind == "man":
        pool = _MEN
    elif kind == "woman":
        pool = _WOMEN
    else:
        pool = _MEN + _WOMEN
    base = rng.choice(pool)
    return replace(base, skin=skin)


class Cast:
    """The head boxes of one picture, and a record of the heads drawn."""

    def __init__(
        self,
        item: dict[str, Any],
        size: tuple[int, int],
        area: tuple[int, int, int, int],
        faces: list[tuple[str | None, Rect]],
    ) -> None:
        """Place the ``faces`` (normalized to ``size``) in the picture ``area``."""
        self.size, self.area, self.key = size, area, item["key"]
        self.heads: list[tuple[str | None, Box]] = [(who, self._local(r)) for who, r in faces]
        self.drawn: list[tuple[str | None, Rect]] = []

    def _local(self, r: Rect) -> Box:
        w, h = self.size
        ax, ay = self.area[0], self.area[1]
        return (r[0] * w - ax, r[1] * h - ay, (r[0] + r[2]) * w - ax, (r[1] + r[3]) * h - ay)

    def _global(self, b: Box) -> Rect:
        w, h = self.size
        ax, ay = self.area[0], self.area[1]
        return ((b[0] + ax) / w, (b[1] + ay) / h, (b[2] - b[0]) / w, (b[3] - b[1]) / h)

    def box(self, who: str) -> Box:
        """Return the head box of the named person."""
        for k, b in self.heads:
            if k == who:
                return b
        msg = f"{self.key}: no face for {who!r} in the story"
        raise KeyError(msg)

    def unnamed(self) -> list[Box]:
        """Return the head boxes of the unnamed people, in story order."""
        return [b for k, b in self.heads if k is None]

    def draw(
        self,
        img: Image.Image,
        who: str | None,
        look: Look,
        rng: random.Random,
        *,
        box: Box | None = None,
        **kw: Any,
    ) -> None:
        """Draw ``who`` (or an unnamed person at ``box``) and record the head drawn."""
        head = box if box is not None else self.box(who or "")
        person(img, head, look, rng, **kw)
        self.drawn.append((who, self._global(head)))
