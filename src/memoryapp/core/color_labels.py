"""Ratings and colour labels as XMP writes them.

``xmp:Rating`` stars, Lightroom's ``xmp:Label`` names and digiKam's ``digiKam:ColorLabel``
numbers.
"""

from memoryapp.core.items import MAX_RATING, ColorLabel

DIGIKAM_NUMBERS: dict[ColorLabel, int] = {
    ColorLabel.NONE: 0,
    ColorLabel.RED: 1,
    ColorLabel.ORANGE: 2,
    ColorLabel.YELLOW: 3,
    ColorLabel.GREEN: 4,
    ColorLabel.BLUE: 5,
    ColorLabel.PURPLE: 6,  # digiKam's magenta
    ColorLabel.GREY: 7,
}
_BY_NUMBER = {number: label for label, number in DIGIKAM_NUMBERS.items()}
_ALIASES = {"gray": ColorLabel.GREY, "magenta": ColorLabel.PURPLE, "": ColorLabel.NONE}


def label_named(text: str) -> ColorLabel | None:
    """The colour label a name gives ("Red", "gray", "magenta"...), or None for another name."""
    folded = text.strip().lower()
    if folded in _ALIASES:
        return _ALIASES[folded]
    return ColorLabel(folded) if folded in ColorLabel._value2member_map_ else None


def xmp_label(label: ColorLabel) -> str:
    """The ``xmp:Label`` text of a colour label as Lightroom writes it ("Red"); "" for none."""
    return "" if label is ColorLabel.NONE else label.value.capitalize()


def label_of_digikam(text: str) -> ColorLabel | None:
    """The colour label of a ``digiKam:ColorLabel`` number, or None (black, white, junk)."""
    return _BY_NUMBER.get(int(text)) if text.strip().isdigit() else None


def rating_of_xmp(text: str) -> int | None:
    """The stars (0-5) of an ``xmp:Rating`` value ("4", "3.0"); None for -1 (rejected) or junk."""
    try:
        stars = round(float(text))
    except ValueError:
        return None
    return stars if 0 <= stars <= MAX_RATING else None
