"""XMP fields: finding packets in file bytes and mapping their properties to metadata fields.

Packets come from JPEG APP1 (standard and extended XMP), PNG iTXt, WebP ``XMP`` chunks, TIFF
tag 700, HEIF ``mime`` items, PSD resources, or a whole ``.xmp`` sidecar. They are parsed with
defusedxml (see ``xmp_tree``). The mapping follows the corpus oracle: ``dc:title``/``description``
/``rights`` by lang-alt default, ``dc:creator`` joined with ``"; "``, ``exif:DateTimeOriginal``
before ``photoshop:DateCreated``, keywords from ``dc:subject``, hierarchical keywords from
``lr:hierarchicalSubject`` and ``digiKam:TagsList``, people and regions from ``xmp_regions``.
"""

from __future__ import annotations

import logging
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Final

from memoryapp.core.color_labels import label_named, label_of_digikam, rating_of_xmp
from memoryapp.core.embedded import EmbeddedMetadata
from memoryapp.importers.fieldtext import iso_date, sorted_unique
from memoryapp.importers.xmp_own import own_date, own_identifications, own_places, own_tags
from memoryapp.importers.xmp_regions import regions_and_people, structs_of, text_of, texts_of
from memoryapp.importers.xmp_tree import LangAlt, XmpError, XmpStruct, XmpValue, parse_packet

log = logging.getLogger(__name__)

_GPS_NUMBER: Final = re.compile(r"[-+]?\d+(?:\.\d+)?(?:/\d+)?")
_MAX_RAW_TEXT: Final = 2048
_ORIENTATIONS: Final = frozenset("12345678")


@dataclass(frozen=True, slots=True, kw_only=True)
class XmpResult:
    """Fields read from XMP, split where the oracle puts other sources in between.

    Attributes:
        meta: The fields XMP gives first-hand (title, taken, keywords, people, regions...).
        location_city: ``LocationShown``/``LocationCreated`` city, used after IPTC-IIM's City.
        location_country: ``LocationShown``/``LocationCreated`` country name, likewise.
    """

    meta: EmbeddedMetadata = field(default_factory=EmbeddedMetadata)
    location_city: str | None = None
    location_country: str | None = None


def _gps(value: XmpValue | None, limit: float) -> float | None:
    """Read ``DDD,MM.mmN``, ``DDD,MM,SSN``, signed decimal, or ``d/1 m/1 s/100`` rationals."""
    text = text_of(value)
    if text is None:
        return None
    parts: list[float] = []
    for token in _GPS_NUMBER.findall(text)[:3]:
        numerator, _, denominator = token.partition("/")
        if denominator and float(denominator) == 0:
            return None
        parts.append(float(numerator) / (float(denominator) if denominator else 1.0))
    if not parts:
        return None
    sign = -1.0 if parts[0] < 0 else 1.0
    degrees = abs(parts[0]) + sum(p / 60**i for i, p in enumerate(parts[1:], start=1))
    if text.rstrip()[-1:].upper() in ("S", "W"):
        sign = -sign
    degrees *= sign
    if not math.isfinite(degrees) or abs(degrees) > limit:
        return None
    return float(degrees)


def _hierarchical(top: XmpStruct) -> tuple[str, ...]:
    paths: list[str] = []
    for entry in texts_of(top.get("lr:hierarchicalSubject")):
        paths.append("|".join(part.strip() for part in entry.split("|")))
    for entry in texts_of(top.get("digiKam:TagsList")):
        paths.append("|".join(part.strip() for part in entry.split("/")))
    return sorted_unique(paths)


def _location(top: XmpStruct, key: str) -> str | None:
    for prop in ("Iptc4xmpExt:LocationShown", "Iptc4xmpExt:LocationCreated"):
        for place in structs_of(top.get(prop)):
            text = text_of(place.get(key))
            if text:
                return text
    return None


def _flat(value: XmpValue) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, LangAlt):
        return value.default()
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "; ".join(v for v in value if isinstance(v, str))
    return None


def _raw(top: XmpStruct) -> dict[str, str]:
    raw: dict[str, str] = {}
    for key, value in top.items():
        text = _flat(value)
        if text is not None and len(text) <= _MAX_RAW_TEXT:
            raw[f"XMP:{key}"] = text
    return raw


def _rating(top: XmpStruct) -> int | None:
    text = text_of(top.get("xmp:Rating"))
    return None if text is None else rating_of_xmp(text)


def _label(top: XmpStruct) -> str | None:
    """Lightroom's ``xmp:Label`` name, else digiKam's ``digiKam:ColorLabel`` number."""
    named = text_of(top.get("xmp:Label"))
    label = label_named(named) if named else None
    number = text_of(top.get("digiKam:ColorLabel"))
    if label is None and number:
        label = label_of_digikam(number)
    return None if label is None else label.value


def merge_packets(packets: Sequence[bytes]) -> tuple[XmpStruct, list[str]]:
    """Parse packets and merge their properties (earlier packets win); return warnings too."""
    top: XmpStruct = {}
    warnings: list[str] = []
    for packet in packets:
        try:
            parsed = parse_packet(packet)
        except XmpError as exc:
            warnings.append(f"broken XMP: {exc}")
            continue
        except RecursionError:
            warnings.append("broken XMP: nested too deeply")
            continue
        for key, value in parsed.items():
            top.setdefault(key, value)
    return top, warnings


def map_xmp(top: XmpStruct, size: tuple[int, int] | None = None) -> XmpResult:
    """Map parsed XMP properties to metadata fields.

    Args:
        top: Properties from ``merge_packets`` (or ``xmp_tree.parse_packet``).
        size: Stored image (width, height), for relative IPTC circle regions.
    """
    taken, source = None, None
    for key in ("exif:DateTimeOriginal", "photoshop:DateCreated"):
        taken = iso_date(text_of(top.get(key)))
        if taken:
            source = f"xmp:{key}"
            break
    regions, people = regions_and_people(top, size)
    creators = texts_of(top.get("dc:creator"))
    lat = _gps(top.get("exif:GPSLatitude"), 90.0)
    lon = _gps(top.get("exif:GPSLongitude"), 180.0)
    orientation = text_of(top.get("tiff:Orientation"))
    edtf, date_text = own_date(top)
    meta = EmbeddedMetadata(
        xmp_orientation=int(orientation) if orientation in _ORIENTATIONS else None,
        taken_edtf=edtf,
        taken_text=date_text,
        places=own_places(top),
        own_tags=own_tags(top),
        identifications=own_identifications(top),
        rating=_rating(top),
        label=_label(top),
        title=text_of(top.get("dc:title")),
        description=text_of(top.get("dc:description")),
        rights=text_of(top.get("dc:rights")),
        creator="; ".join(creators) or None,
        taken=taken,
        taken_source=source,
        lat=lat,
        lon=lon,
        keywords=sorted_unique(texts_of(top.get("dc:subject"))),
        hierarchical=_hierarchical(top),
        people=sorted_unique(people),
        regions=regions,
        city=text_of(top.get("photoshop:City")),
        country=text_of(top.get("photoshop:Country")),
        raw=_raw(top),
    )
    return XmpResult(
        meta=meta,
        location_city=_location(top, "Iptc4xmpExt:City"),
        location_country=_location(top, "Iptc4xmpExt:CountryName"),
    )


def read_xmp(
    packets: Sequence[bytes], size: tuple[int, int] | None = None
) -> tuple[XmpResult, list[str]]:
    """Parse and map XMP packets; return the result and any warnings (never raises for bad XMP)."""
    top, warnings = merge_packets(packets)
    return map_xmp(top, size), warnings
