"""Metadata embedded in a file (EXIF, XMP, IPTC, PNG text), as read by the importers.

These are plain values: the importers fill them, the library maps them to items. Nothing here
reads files. ``EmbeddedMetadata.to_json`` gives the ``embedded`` object that is stored with an
item; its keys and their meanings follow the developers' corpus oracle (``SOURCES.md``):
dates are ISO 8601 text that keeps only the precision the file has, text is NFC and stripped,
lists are sorted and unique, and regions are top-left rectangles in the frame the file stores.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Final

from memoryapp.core.assertions import Assertion

MEMORYAPP_XMP_NS: Final = "http://memoryapp.org/ns/1.0/"
"""memoryapp's own XMP namespace (exact EDTF dates, place hierarchy): written and read back."""

REGION_SOURCES: Final = frozenset({"mwg", "mp", "iptc"})
REGION_SHAPES: Final = frozenset({"rectangle", "circle", "point", "polygon"})
REGION_UNITS: Final = frozenset({"normalized", "pixel"})

_TEXT_KEYS: Final = (
    "format",
    "taken",
    "digitized",
    "make",
    "model",
    "title",
    "description",
    "city",
    "country",
    "creator",
    "rights",
    "sidecar",
)
_INT_KEYS: Final = ("width", "height", "orientation")
_FLOAT_KEYS: Final = ("lat", "lon")
_LIST_KEYS: Final = ("keywords", "hierarchical", "people")

JSON_KEYS: Final = (
    "format",
    "width",
    "height",
    "orientation",
    "taken",
    "digitized",
    "make",
    "model",
    "lat",
    "lon",
    "title",
    "description",
    "keywords",
    "hierarchical",
    "people",
    "regions",
    "city",
    "country",
    "creator",
    "rights",
    "sidecar",
)
"""The keys of ``EmbeddedMetadata.to_json``, in order."""


@dataclass(frozen=True, slots=True, kw_only=True)
class EmbeddedRegion:
    """A region (usually a face) as a file stores it.

    ``x``, ``y`` are the top-left corner and ``w``, ``h`` the size, in the coordinate frame of
    the stored pixel grid (no EXIF orientation applied). Circles and polygons are given as their
    bounding box with ``shape`` saying what they were; a point has ``w == h == 0``.

    Attributes:
        name: The person's (or object's) name, if the region has one.
        type: The region type as stored (MWG ``Face``, ``Pet``...; IPTC content type name).
        x: Left edge.
        y: Top edge.
        w: Width.
        h: Height.
        unit: ``"normalized"`` (fractions of width and height) or ``"pixel"``.
        source: ``"mwg"``, ``"mp"`` (Microsoft Photo) or ``"iptc"`` (IPTC ImageRegion).
        shape: ``"rectangle"``, ``"circle"``, ``"point"`` or ``"polygon"``.
        applied_to: MWG ``AppliedToDimensions`` (width, height) in pixels, when present.
    """

    name: str | None
    type: str | None
    x: float
    y: float
    w: float
    h: float
    unit: str
    source: str
    shape: str = "rectangle"
    applied_to: tuple[int, int] | None = None

    def __post_init__(self) -> None:
        if self.source not in REGION_SOURCES:
            raise ValueError(f"unknown region source: {self.source!r}")
        if self.shape not in REGION_SHAPES:
            raise ValueError(f"unknown region shape: {self.shape!r}")
        if not all(math.isfinite(v) for v in (self.x, self.y, self.w, self.h)):
            raise ValueError(f"region coordinates must be finite: {self}")

    def to_json(self) -> dict[str, object]:
        """Return the region as the oracle's JSON object (``shape`` only when not a rectangle)."""
        out: dict[str, object] = {
            "name": self.name,
            "type": self.type,
            "x": self.x,
            "y": self.y,
            "w": self.w,
            "h": self.h,
            "unit": self.unit,
            "source": self.source,
        }
        if self.shape != "rectangle":
            out["shape"] = self.shape
        return out

    @classmethod
    def from_json(cls, data: Mapping[str, object]) -> EmbeddedRegion:
        """Build a region from ``to_json`` output (``applied_to`` is read when present).

        Raises:
            ValueError: When a coordinate is missing or not a number.
        """
        applied = data.get("applied_to")
        applied_to: tuple[int, int] | None = None
        if isinstance(applied, (list, tuple)) and len(applied) == 2:
            applied_to = (int(applied[0]), int(applied[1]))
        return cls(
            name=_opt_str(data.get("name")),
            type=_opt_str(data.get("type")),
            x=_num(data, "x"),
            y=_num(data, "y"),
            w=_num(data, "w"),
            h=_num(data, "h"),
            unit=_opt_str(data.get("unit")) or "normalized",
            source=_opt_str(data.get("source")) or "mwg",
            shape=_opt_str(data.get("shape")) or "rectangle",
            applied_to=applied_to,
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class EmbeddedPlace:
    """A place as memoryapp's own XMP describes it (``memoryapp:Places``), to read it back.

    Attributes:
        ref: The place's identifier in the file (a URN), unique within the file.
        kind: The place kind (``"town"``, ``"country"``, ``"mellah"``...), or "".
        parent: ``ref`` of the enclosing place, or "".
        names: Every spelling as (value, language, name kind), the primary first.
        tagged: The item is tagged with this place (the others are its enclosing places).
    """

    ref: str
    kind: str = ""
    parent: str = ""
    names: tuple[tuple[str, str, str], ...] = ()
    tagged: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class EmbeddedIdentification:
    """A person's identification as memoryapp's own XMP describes it, to read it back.

    Attributes:
        person: The person's name as written in the file (matched to the face regions).
        assertions: Who said so, how, from what, how sure; ``by_person`` is never set (the
            file names people, it does not know this collection's IDs).
    """

    person: str
    assertions: tuple[Assertion, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class EmbeddedMetadata:
    """Everything the importers read from one file's embedded metadata (or one sidecar).

    Attributes:
        format: File type sniffed from the content (``jpeg``, ``png``, ``heic``, ``xmp``...).
        width: Stored pixel width, before orientation is applied.
        height: Stored pixel height, before orientation is applied.
        orientation: EXIF IFD0 Orientation, 1-8.
        xmp_orientation: XMP ``tiff:Orientation``, 1-8 (what a sidecar says; not EXIF).
        taken: When the scene was photographed, ISO 8601 with only the precision stored.
        taken_source: Which field ``taken`` came from, e.g. ``"exif:DateTimeOriginal"``.
        taken_edtf: The exact EDTF value memoryapp wrote (``memoryapp:EDTF``), if any.
        taken_text: The words memoryapp wrote for that date (``memoryapp:DateText``).
        digitized: EXIF DateTimeDigitized (a scan date, never the content date).
        make: Camera or scanner maker.
        model: Camera or scanner model.
        software: EXIF Software (a scanner driver name hints at a scan).
        lat: Signed decimal latitude.
        lon: Signed decimal longitude.
        title: Title or object name.
        description: Caption.
        keywords: Flat keywords, sorted and unique.
        hierarchical: Hierarchical keywords as ``A|B|C``, sorted and unique.
        people: Names of people shown, sorted and unique.
        regions: Regions in stored order: MWG, then Microsoft Photo, then IPTC.
        city: City shown or created.
        country: Country name.
        creator: Photographer or studio, several joined with ``"; "``.
        rights: Copyright notice.
        places: The places memoryapp wrote (``memoryapp:Places``), the item's own last.
        own_tags: The item tags memoryapp wrote (``memoryapp:Tags``); None when absent.
        identifications: The evidence memoryapp wrote (``memoryapp:Identifications``), one
            entry per person tag in the item's order.
        rating: XMP ``xmp:Rating``, 0-5 stars (None when absent, rejected or unreadable).
        label: XMP ``xmp:Label`` or ``digiKam:ColorLabel`` as a colour name ("red").
        sidecar: File name of an XMP sidecar beside the file, if any.
        page_count: Number of pages (PDF, multipage TIFF) when cheap to know.
        raw: Every tag read, ``"EXIF:Make" -> text``; bulky, store it apart.
        warnings: Problems met while reading; reading went on.
    """

    format: str | None = None
    width: int | None = None
    height: int | None = None
    orientation: int | None = None
    xmp_orientation: int | None = None
    taken: str | None = None
    taken_source: str | None = None
    taken_edtf: str | None = None
    taken_text: str | None = None
    digitized: str | None = None
    make: str | None = None
    model: str | None = None
    software: str | None = None
    lat: float | None = None
    lon: float | None = None
    title: str | None = None
    description: str | None = None
    keywords: tuple[str, ...] = ()
    hierarchical: tuple[str, ...] = ()
    people: tuple[str, ...] = ()
    regions: tuple[EmbeddedRegion, ...] = ()
    city: str | None = None
    country: str | None = None
    creator: str | None = None
    rights: str | None = None
    places: tuple[EmbeddedPlace, ...] = ()
    own_tags: tuple[str, ...] | None = None
    identifications: tuple[EmbeddedIdentification, ...] = ()
    rating: int | None = None
    label: str | None = None
    sidecar: str | None = None
    page_count: int | None = None
    raw: Mapping[str, str] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()

    def to_json(self) -> dict[str, object]:
        """Return the ``embedded`` object: exactly the keys of ``JSON_KEYS``, null when absent."""
        out: dict[str, object] = {}
        for key in JSON_KEYS:
            value = getattr(self, key)
            if key == "regions":
                out[key] = [region.to_json() for region in self.regions]
            elif isinstance(value, tuple):
                out[key] = list(value)
            else:
                out[key] = value
        return out

    @classmethod
    def from_json(cls, data: Mapping[str, object]) -> EmbeddedMetadata:
        """Build the value back from ``to_json`` output; unknown keys are ignored.

        Raises:
            ValueError: When a value has the wrong type.
        """
        kwargs: dict[str, object] = {}
        for key in _TEXT_KEYS:
            kwargs[key] = _opt_str(data.get(key))
        for key in _INT_KEYS:
            value = data.get(key)
            if value is not None:
                if isinstance(value, bool) or not isinstance(value, int):
                    raise ValueError(f"{key} must be an integer, not {value!r}")
                kwargs[key] = value
        for key in _FLOAT_KEYS:
            value = data.get(key)
            if value is not None:
                if isinstance(value, bool) or not isinstance(value, (int, float)):
                    raise ValueError(f"{key} must be a number, not {value!r}")
                kwargs[key] = float(value)
        for key in _LIST_KEYS:
            kwargs[key] = _str_tuple(data.get(key), key)
        regions = data.get("regions") or []
        if not isinstance(regions, list):
            raise ValueError("regions must be a list")
        kwargs["regions"] = tuple(
            EmbeddedRegion.from_json(_mapping(region, "region")) for region in regions
        )
        return cls(**kwargs)  # type: ignore[arg-type]  # keys checked above


def _opt_str(value: object) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError(f"expected text, not {value!r}")
    return value


def _num(data: Mapping[str, object], key: str) -> float:
    value = data.get(key)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError(f"region {key} must be a number, not {value!r}")
    return float(value)


def _str_tuple(value: object, key: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"{key} must be a list of text")
    return tuple(value)


def _mapping(value: object, what: str) -> Mapping[str, object]:
    if not isinstance(value, Mapping):
        raise ValueError(f"{what} must be an object, not {value!r}")
    return value
