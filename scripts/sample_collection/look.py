"""How people look in the drawings: the ``Look`` of a person and small colour helpers."""

from __future__ import annotations

from dataclasses import dataclass

RGB = tuple[int, int, int]
Box = tuple[float, float, float, float]  # x0, y0, x1, y1 in pixels


@dataclass(frozen=True, slots=True, kw_only=True)
class Look:
    """How a person appears: build, skin, hair, headwear and clothes."""

    female: bool = False
    age: str = "adult"  # child, adult, old
    skin: RGB = (196, 150, 118)
    hair: RGB = (38, 30, 26)
    headwear: str = "none"  # none, scarf, kippa, fez, fedora, beret, turban, crown, cap, veil, hood
    hat: RGB = (40, 36, 34)
    garment: str = "suit"  # suit, djellaba, dress, caftan, bridal, smock, coat, shirt, gown
    colour: RGB = (58, 56, 60)
    pattern: str = ""  # dots, stripes, trim
    beard: bool = False
    glasses: bool = False
    tattoo: bool = False
    tallit: bool = False


def shade(c: RGB, k: float) -> RGB:
    """Return colour ``c`` scaled by ``k`` (darker below 1, lighter above), clipped to 0..255."""
    return (
        max(0, min(255, int(c[0] * k))),
        max(0, min(255, int(c[1] * k))),
        max(0, min(255, int(c[2] * k))),
    )
