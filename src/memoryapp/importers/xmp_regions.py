"""People and regions from parsed XMP: MWG, Microsoft Photo and IPTC ImageRegion.

Regions come out as top-left rectangles in the frame the file stores (no orientation applied):
MWG areas are centre-based and are moved to the corner; circles and polygons become their
bounding box with ``shape`` saying what they were. People are the union of
``PersonInImage``, ``PersonInImageWDetails/PersonName``, MWG face names, Microsoft
``PersonDisplayName`` and the persons of IPTC regions.
"""

from __future__ import annotations

import math
from collections.abc import Iterator

from memoryapp.core.embedded import EmbeddedRegion
from memoryapp.importers.fieldtext import clean_text
from memoryapp.importers.xmp_tree import LangAlt, XmpStruct, XmpValue


def text_of(value: XmpValue | None) -> str | None:
    """Return the text of a simple value, a lang-alt default, or the first item of a list."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, LangAlt):
        return clean_text(value.default())
    if isinstance(value, list):
        for item in value:
            text = text_of(item)
            if text:
                return text
        return None
    if isinstance(value, dict):
        return text_of(value.get("rdf:value"))
    return None


def texts_of(value: XmpValue | None) -> list[str]:
    """Return every text of a list value (or the one text of a simple value)."""
    if isinstance(value, list):
        return [t for t in (text_of(item) for item in value) if t]
    text = text_of(value)
    return [text] if text else []


def structs_of(value: XmpValue | None) -> list[XmpStruct]:
    """Return the structs of a list of structs (or a lone struct as a one-item list)."""
    if isinstance(value, dict):
        return [value]
    if isinstance(value, list):
        return [item for item in value if isinstance(item, dict)]
    return []


def _float(value: XmpValue | None) -> float | None:
    text = text_of(value)
    if text is None:
        return None
    try:
        number = float(text)
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def _region(**kwargs: object) -> EmbeddedRegion | None:
    try:
        return EmbeddedRegion(**kwargs)  # type: ignore[arg-type]  # built from checked values
    except (TypeError, ValueError):
        return None


def _mwg(top: XmpStruct, people: list[str]) -> Iterator[EmbeddedRegion]:
    for info in structs_of(top.get("mwg-rs:Regions")):
        applied = structs_of(info.get("mwg-rs:AppliedToDimensions"))
        applied_to: tuple[int, int] | None = None
        if applied:
            aw, ah = _float(applied[0].get("stDim:w")), _float(applied[0].get("stDim:h"))
            if aw and ah and aw > 0 and ah > 0:
                applied_to = (round(aw), round(ah))
        for item in structs_of(info.get("mwg-rs:RegionList")):
            name = text_of(item.get("mwg-rs:Name"))
            kind = text_of(item.get("mwg-rs:Type"))
            if name and kind in (None, "Face"):
                people.append(name)
            areas = structs_of(item.get("mwg-rs:Area"))
            if not areas:
                continue
            area = areas[0]
            cx, cy = _float(area.get("stArea:x")), _float(area.get("stArea:y"))
            w, h = _float(area.get("stArea:w")), _float(area.get("stArea:h"))
            d = _float(area.get("stArea:d"))
            if cx is None or cy is None:
                continue
            unit = text_of(area.get("stArea:unit")) or "normalized"
            common = {"name": name, "type": kind, "unit": unit, "source": "mwg",
                      "applied_to": applied_to}  # fmt: skip
            if w is not None and h is not None:
                region = _region(x=cx - w / 2, y=cy - h / 2, w=w, h=h, **common)
            elif d is not None:
                region = _region(x=cx - d / 2, y=cy - d / 2, w=d, h=d, shape="circle", **common)
            else:
                region = _region(x=cx, y=cy, w=0.0, h=0.0, shape="point", **common)
            if region:
                yield region


def _mp(top: XmpStruct, people: list[str]) -> Iterator[EmbeddedRegion]:
    for info in structs_of(top.get("MP:RegionInfo")):
        for item in structs_of(info.get("MPRI:Regions")):
            name = text_of(item.get("MPReg:PersonDisplayName"))
            if name:
                people.append(name)
            rect = text_of(item.get("MPReg:Rectangle"))
            if not rect:
                continue
            try:
                x, y, w, h = (float(part) for part in rect.split(","))
            except ValueError:
                continue
            region = _region(name=name, type=None, x=x, y=y, w=w, h=h, unit="normalized",
                             source="mp")  # fmt: skip
            if region:
                yield region


def _iptc_people(item: XmpStruct) -> list[str]:
    names = texts_of(item.get("Iptc4xmpExt:PersonInImage"))
    for details in structs_of(item.get("Iptc4xmpExt:PersonInImageWDetails")):
        name = text_of(details.get("Iptc4xmpExt:PersonName"))
        if name:
            names.append(name)
    return names


def _iptc_type(item: XmpStruct) -> str | None:
    for ctype in structs_of(item.get("Iptc4xmpExt:rCtype")):
        name = text_of(ctype.get("Iptc4xmpExt:Name"))
        if name:
            return name
        identifiers = texts_of(ctype.get("Iptc4xmpExt:Identifier"))
        if identifiers:
            return identifiers[0].rstrip("/").rsplit("/", 1)[-1] or None
    return None


def _iptc_box(
    boundary: XmpStruct, aspect: float | None
) -> tuple[float, float, float, float, str] | None:
    shape = (text_of(boundary.get("Iptc4xmpExt:rbShape")) or "rectangle").lower()
    x, y = _float(boundary.get("Iptc4xmpExt:rbX")), _float(boundary.get("Iptc4xmpExt:rbY"))
    if shape == "rectangle":
        w, h = _float(boundary.get("Iptc4xmpExt:rbW")), _float(boundary.get("Iptc4xmpExt:rbH"))
        if None in (x, y, w, h):
            return None
        return x, y, w, h, shape  # type: ignore[return-value]  # None excluded above
    if shape == "circle":
        rx = _float(boundary.get("Iptc4xmpExt:rbRx"))
        if x is None or y is None or rx is None:
            return None
        ry = rx * aspect if aspect else rx
        return x - rx, y - ry, 2 * rx, 2 * ry, shape
    if shape == "polygon":
        points = [
            (_float(v.get("Iptc4xmpExt:rbX")), _float(v.get("Iptc4xmpExt:rbY")))
            for v in structs_of(boundary.get("Iptc4xmpExt:rbVertices"))
        ]
        xs = [px for px, py in points if px is not None and py is not None]
        ys = [py for px, py in points if px is not None and py is not None]
        if not xs:
            return None
        return min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys), shape
    return None


def _iptc(
    top: XmpStruct, people: list[str], size: tuple[int, int] | None
) -> Iterator[EmbeddedRegion]:
    for item in structs_of(top.get("Iptc4xmpExt:ImageRegion")):
        persons = _iptc_people(item)
        people.extend(persons)
        boundaries = structs_of(item.get("Iptc4xmpExt:RegionBoundary"))
        if not boundaries:
            continue
        unit_text = (text_of(boundaries[0].get("Iptc4xmpExt:rbUnit")) or "relative").lower()
        unit = "pixel" if unit_text == "pixel" else "normalized"
        aspect = size[0] / size[1] if size and size[1] and unit == "normalized" else None
        box = _iptc_box(boundaries[0], aspect)
        if box is None:
            continue
        x, y, w, h, shape = box
        name = persons[0] if persons else text_of(item.get("Iptc4xmpExt:Name"))
        region = _region(name=name, type=_iptc_type(item), x=x, y=y, w=w, h=h, unit=unit,
                         source="iptc", shape=shape)  # fmt: skip
        if region:
            yield region


def regions_and_people(
    top: XmpStruct, size: tuple[int, int] | None = None
) -> tuple[tuple[EmbeddedRegion, ...], list[str]]:
    """Read every region (MWG, then Microsoft, then IPTC) and every person name.

    Args:
        top: The parsed XMP properties.
        size: Stored image (width, height), used for relative IPTC circles, whose radius is a
            fraction of the width.

    Returns:
        The regions in stored order and the person names (unsorted, may repeat).
    """
    people = texts_of(top.get("Iptc4xmpExt:PersonInImage"))
    for details in structs_of(top.get("Iptc4xmpExt:PersonInImageWDetails")):
        name = text_of(details.get("Iptc4xmpExt:PersonName"))
        if name:
            people.append(name)
    regions = (*_mwg(top, people), *_mp(top, people), *_iptc(top, people, size))
    return regions, people
