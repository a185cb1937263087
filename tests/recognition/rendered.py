"""Pages rendered with real fonts in French, Hebrew and Arabic, clean or aged, for OCR tests.

Pillow lays out Hebrew and Arabic right to left and shapes Arabic through libraqm (checked:
tests needing it skip where Pillow was built without it).
"""

import random
from dataclasses import dataclass
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFilter, ImageFont, features

FONTS = Path("/usr/share/fonts/truetype")
LATIN_FONT = FONTS / "dejavu" / "DejaVuSans.ttf"
HEBREW_FONT = FONTS / "noto" / "NotoSansHebrew-Regular.ttf"
ARABIC_FONT = FONTS / "noto" / "NotoNaskhArabic-Regular.ttf"

FRENCH = (
    "Chère Esther, nous sommes bien arrivés à Casablanca",
    "après trois jours de route depuis Tinghir. Les enfants",
    "vont bien et Chimon a trouvé du travail au marché.",
)
HEBREW = "שלום רב מנתיבות לכל המשפחה"
ARABIC = "سلام عليكم من تنغير يا عائلتي"
# The words the Done-when test searches, typed without vowel marks.
FRENCH_WORD = "marche"  # "marché" typed without its accent
HEBREW_WORD = "מנתיבות"
ARABIC_WORD = "تنغير"


@dataclass(frozen=True)
class Page:
    """A rendered page and what is written on it, per language."""

    image: Image.Image
    french: str
    hebrew: str
    arabic: str


def need_fonts_and_raqm() -> None:
    """Skip the calling test where the fonts or Pillow's complex layout are missing."""
    for font in (LATIN_FONT, HEBREW_FONT, ARABIC_FONT):
        if not font.exists():
            pytest.skip(f"font {font.name} is not installed (fonts-noto-core, fonts-dejavu-core)")
    if not features.check("raqm"):
        pytest.skip("Pillow was built without libraqm: Arabic cannot be shaped")


def letter_page(*, width: int = 1650, size: int = 44) -> Page:
    """A letter: a French paragraph, a Hebrew line, an Arabic line (about 200 dpi, A5-ish)."""
    need_fonts_and_raqm()
    latin = ImageFont.truetype(str(LATIN_FONT), size)
    hebrew = ImageFont.truetype(str(HEBREW_FONT), size + 4, layout_engine=ImageFont.Layout.RAQM)
    arabic = ImageFont.truetype(str(ARABIC_FONT), size + 6, layout_engine=ImageFont.Layout.RAQM)
    image = Image.new("RGB", (width, int(size * 18)), "white")
    draw = ImageDraw.Draw(image)
    y = 60
    for line in FRENCH:
        draw.text((70, y), line, font=latin, fill="black")
        y += int(size * 1.6)
    y += 40
    right = width - 70
    draw.text((right, y), HEBREW, font=hebrew, fill="black", anchor="ra", direction="rtl")
    y += int(size * 2.2)
    draw.text((right, y), ARABIC, font=arabic, fill="black", anchor="ra", direction="rtl")
    return Page(image=image, french="\n".join(FRENCH), hebrew=HEBREW, arabic=ARABIC)


def aged(image: Image.Image, *, seed: int = 14) -> Image.Image:
    """The page as an old, cheap scan: yellowed, blurred, speckled, at half the resolution."""
    rng = random.Random(seed)
    small = image.convert("L").resize((image.width // 2, image.height // 2), Image.Resampling.BOX)
    small = small.filter(ImageFilter.GaussianBlur(0.8))
    pixels = small.load()
    assert pixels is not None
    for _ in range(small.width * small.height // 60):
        x, y = rng.randrange(small.width), rng.randrange(small.height)
        pixels[x, y] = rng.choice((90, 140, 200))
    noisy = Image.eval(small, lambda v: min(255, max(0, v + rng.randint(-18, 18))))
    tint = Image.new("RGB", noisy.size, (236, 222, 190))
    return Image.composite(noisy.convert("RGB"), tint, noisy.point(lambda v: 255 - v))


def cer(expected: str, got: str) -> float:
    """Character error rate: edit distance over the expected length (spaces folded)."""
    from rapidfuzz.distance import Levenshtein

    want = " ".join(expected.split())
    have = " ".join(got.split())
    return Levenshtein.distance(want, have) / max(1, len(want))
