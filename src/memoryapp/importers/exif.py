"""EXIF fields from a TIFF-structured EXIF block, read with exifread.

The caller finds the block (JPEG APP1, PNG eXIf, WebP EXIF, HEIF Exif item, a whole TIFF
file...) and hands over bytes that start with the TIFF header. exifread parses the directories;
this module validates what it returns: text is cleaned (exifread's ``b'...'`` reprs are undone),
Orientation must be 1-8, dates must be possible, GPS must be finite and in range.
"""

from __future__ import annotations

import io
import logging
import math
import re
from collections.abc import Mapping, Sequence
from typing import Any, Final, Literal

from exifread.core.exif_header import ExifHeader
from exifread.tags.exif import EXIF_TAGS, GPS_TAGS

from memoryapp.core.embedded import EmbeddedMetadata
from memoryapp.importers.fieldtext import clean_exif_text, iso_date
from memoryapp.importers.log_capture import captured

log = logging.getLogger(__name__)

Layout = Literal["tiff", "exif_ifd", "gps_ifd"]
"""How the block is laid out: a full TIFF (IFD0 first), or a lone EXIF or GPS directory with a
TIFF header (Canon CR3 ``CMT2``/``CMT4`` boxes)."""

_RAW_SKIP: Final = re.compile(r"^(Thumbnail|IFD \d+|MakerNote|EXIF MakerNote|Image Tag 0x)")
_MAX_RAW_TEXT: Final = 2048
_NUMBER: Final = re.compile(r"[-+]?\d+(?:\.\d+)?")
_WORK_BUDGET: Final = 50_000
_MAX_VALUES_PER_TAG: Final = 256
_MAX_IFDS: Final = 16


class ExifTooLargeError(ValueError):
    """The EXIF block asks for more work than any real one needs (a crafted or fuzzed file)."""


class _BoundedHeader(ExifHeader):
    """exifread's header with a work budget, so crafted counts cannot take minutes."""

    def __init__(self, stream: io.BytesIO, endian: str) -> None:
        super().__init__(stream, endian, 0, 0, False, False, False, True)
        self.budget = _WORK_BUDGET

    def _spend(self, units: int) -> None:
        self.budget -= units
        if self.budget < 0:
            raise ExifTooLargeError("EXIF block too large or looping; stopped reading it")

    def _process_field(
        self, tag_name: str, count: int, field_type: int, type_length: int, offset: int
    ) -> list[Any]:
        count = min(count, _MAX_VALUES_PER_TAG)
        self._spend(count)
        values: list[Any] = super()._process_field(tag_name, count, field_type, type_length, offset)
        return values

    def _process_tag(self, *args: Any) -> None:
        self._spend(1)
        super()._process_tag(*args)


def _tags(tiff: bytes, layout: Layout, warnings: list[str]) -> dict[str, Any]:
    """Run exifread's directory reader over the block, within the work budget."""
    header = _BoundedHeader(io.BytesIO(tiff), chr(tiff[0]))
    with captured() as notes:  # exifread logs damaged fields: they belong to this file
        try:
            if layout == "exif_ifd":
                header.dump_ifd(ifd=header.s2n(4, 4), ifd_name="EXIF", tag_dict=EXIF_TAGS)
            elif layout == "gps_ifd":
                header.dump_ifd(ifd=header.s2n(4, 4), ifd_name="GPS", tag_dict=GPS_TAGS)
            else:
                for index, ifd in enumerate(header.list_ifd()[:_MAX_IFDS]):
                    name = ("Image", "Thumbnail")[index] if index < 2 else f"IFD {index}"
                    header.dump_ifd(ifd=ifd, ifd_name=name)
                exif_offset = header.tags.get("Image ExifOffset")
                if exif_offset is not None and exif_offset.values:
                    header.dump_ifd(ifd=exif_offset.values[0], ifd_name="EXIF")
        except ExifTooLargeError as exc:
            warnings.append(f"broken EXIF: {exc}")
        finally:
            warnings.extend(f"EXIF: {note}" for note in dict.fromkeys(notes))
    tags: dict[str, Any] = header.tags
    return tags


def _values(tag: object) -> list[Any]:
    values = getattr(tag, "values", None)
    if isinstance(values, (list, tuple)):
        return list(values)
    if values is None:
        return []
    return [values]


def _text(tags: Mapping[str, Any], key: str) -> str | None:
    tag = tags.get(key)
    if tag is None:
        return None
    values = getattr(tag, "values", tag)
    if isinstance(values, list):
        # ASCII counted as BYTE/UNDEFINED: exifread gives a list of ints.
        if not all(isinstance(v, int) and 0 <= v < 256 for v in values):
            return None
        values = bytes(values)
    return clean_exif_text(values)


def _number(value: object) -> float | None:
    numerator = getattr(value, "_numerator", None)
    denominator = getattr(value, "_denominator", None)
    if numerator is not None and denominator is not None:
        num, den = numerator, denominator
    elif hasattr(value, "numerator") and hasattr(value, "denominator"):
        num, den = value.numerator, value.denominator
    elif isinstance(value, (int, float)):
        return float(value) if math.isfinite(value) else None
    elif isinstance(value, tuple) and value and isinstance(value[0], float):
        return value[0] if math.isfinite(value[0]) else None
    else:
        return None
    if not den:
        return None
    return float(num) / float(den)


def _coordinate(tags: Mapping[str, Any], axis: str, limit: float) -> float | None:
    tag = tags.get(f"GPS GPS{axis}")
    ref = _text(tags, f"GPS GPS{axis}Ref")
    if tag is None or ref is None:
        return None
    values = _values(tag)
    parts: Sequence[float | None]
    if (values and isinstance(values[0], str)) or isinstance(values, str):
        parts = [float(n) for n in _NUMBER.findall(str(getattr(tag, "values", "")))]
    else:
        parts = [_number(v) for v in values[:3]]
    if not parts or any(p is None for p in parts):
        return None
    numbers = [p for p in parts if p is not None]
    degrees = numbers[0] + sum(p / (60**i) for i, p in enumerate(numbers[1:3], start=1))
    if ref[:1].upper() in ("S", "W"):
        degrees = -degrees
    if not math.isfinite(degrees) or abs(degrees) > limit:
        return None
    return float(degrees)


def _orientation(tags: Mapping[str, Any]) -> int | None:
    values = _values(tags.get("Image Orientation"))
    if values and isinstance(values[0], int) and 1 <= values[0] <= 8:
        return values[0]
    return None


def _raw(tags: Mapping[str, Any]) -> dict[str, str]:
    raw: dict[str, str] = {}
    for key, tag in tags.items():
        if _RAW_SKIP.match(key) or not hasattr(tag, "printable"):
            continue
        text = str(tag.printable)
        if len(text) > _MAX_RAW_TEXT:
            continue
        name = key.split(" ", 1)[-1]
        raw[f"EXIF:{name}"] = text
    return raw


def read_exif(tiff: bytes, *, layout: Layout = "tiff") -> EmbeddedMetadata:
    r"""Read the EXIF fields memoryapp maps from one TIFF-structured block.

    Args:
        tiff: Bytes starting with ``II*\\0`` or ``MM\\0*``.
        layout: ``"tiff"`` for IFD0 first (the usual case), ``"exif_ifd"`` or ``"gps_ifd"``
            for a lone EXIF or GPS directory.

    Returns:
        The fields found; orientation, make, model, software, description (ImageDescription),
        creator (Artist) and rights (Copyright) from IFD0, taken and digitized (with their UTC
        offsets) from the EXIF directory, lat and lon from the GPS directory.

    Raises:
        Exception: Whatever exifread raises on a malformed block; the caller records it.
    """
    warnings: list[str] = []
    tags = _tags(tiff, layout, warnings)
    if layout == "exif_ifd":
        tags = {f"EXIF {k.split(' ', 1)[-1]}": v for k, v in tags.items()}
    taken = iso_date(_text(tags, "EXIF DateTimeOriginal"), _text(tags, "EXIF OffsetTimeOriginal"))
    digitized = iso_date(
        _text(tags, "EXIF DateTimeDigitized"), _text(tags, "EXIF OffsetTimeDigitized")
    )
    lat = _coordinate(tags, "Latitude", 90.0)
    lon = _coordinate(tags, "Longitude", 180.0)
    if lat is None or lon is None:
        lat = lon = None
    return EmbeddedMetadata(
        orientation=_orientation(tags),
        make=_text(tags, "Image Make"),
        model=_text(tags, "Image Model"),
        software=_text(tags, "Image Software"),
        description=_text(tags, "Image ImageDescription"),
        creator=_text(tags, "Image Artist"),
        rights=_text(tags, "Image Copyright"),
        taken=taken,
        taken_source="exif:DateTimeOriginal" if taken else None,
        digitized=digitized,
        lat=lat,
        lon=lon,
        raw=_raw(tags),
        warnings=tuple(warnings),
    )
