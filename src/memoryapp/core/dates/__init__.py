"""Dates as uncertain as memory: EDTF values, their bounds, words and calendars.

The face of the package: the date model and its words. Reading phrases is
``memoryapp.core.dates.phrases``; bounds are ``memoryapp.core.dates.bounds``.
"""

from memoryapp.core.dates.bounds import DateBounds
from memoryapp.core.dates.formats import describe, to_gedcom, to_xmp_date
from memoryapp.core.dates.model import (
    CALENDARS,
    HIJRI_METHODS,
    CalendarOriginal,
    DateModifier,
    DateQuality,
    FuzzyDate,
    InvalidDateError,
    check_edtf,
    from_iso_timestamp,
    infer_modifier,
    is_valid_edtf,
    overlaps,
    sort_key,
)

__all__ = [
    "CALENDARS",
    "HIJRI_METHODS",
    "CalendarOriginal",
    "DateBounds",
    "DateModifier",
    "DateQuality",
    "FuzzyDate",
    "InvalidDateError",
    "check_edtf",
    "describe",
    "from_iso_timestamp",
    "infer_modifier",
    "is_valid_edtf",
    "overlaps",
    "sort_key",
    "to_gedcom",
    "to_xmp_date",
]
