"""What every exporter shares: stable IDs, names, place chains, dates and export file names.

Exporters receive an :class:`~memoryapp.core.privacy.ExportBundle` that the privacy filter
has already redacted; they import only ``memoryapp.core`` and never the library. The
options every format understands are in :class:`ExportOptions`.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from memoryapp.core.dates import FuzzyDate, describe, to_xmp_date
from memoryapp.core.embedded import MEMORYAPP_XMP_NS
from memoryapp.core.ids import ItemId, PersonId, PlaceId
from memoryapp.core.items import Item, ItemKind, MediaFile
from memoryapp.core.places import Place
from memoryapp.core.privacy import ExportBundle

NAMESPACE = MEMORYAPP_XMP_NS
"""memoryapp's own vocabulary for what no standard holds (exact EDTF, identification)."""

EDTF_DATATYPE = "http://id.loc.gov/datatypes/edtf/EDTF"
FORMAT_NAME = "memoryapp-export"
FORMAT_VERSION = 1

_SAFE_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")
_SUFFIX = {
    "jpeg": ".jpg",
    "png": ".png",
    "tiff": ".tif",
    "gif": ".gif",
    "webp": ".webp",
    "heic": ".heic",
    "heif": ".heif",
    "avif": ".avif",
    "pdf": ".pdf",
    "bmp": ".bmp",
    "wav": ".wav",
    "flac": ".flac",
    "ogg": ".ogg",
    "opus": ".opus",
    "mp3": ".mp3",
    "m4a": ".m4a",
}
AUDIO_MIME = {
    "wav": "audio/wav",
    "flac": "audio/flac",
    "ogg": "audio/ogg",
    "opus": "audio/ogg",
    "mp3": "audio/mpeg",
    "m4a": "audio/mp4",
}
"""The media types of the recordings memoryapp exports."""
_DCMI_TYPE = {
    ItemKind.PHOTO: "StillImage",
    ItemKind.POSTCARD: "StillImage",
    ItemKind.DOCUMENT: "Text",
    ItemKind.LETTER: "Text",
    ItemKind.PASSPORT: "Text",
    ItemKind.CERTIFICATE: "Text",
    ItemKind.NEWSPAPER: "Text",
    ItemKind.RECORDING: "Sound",
    ItemKind.OTHER: "PhysicalObject",
}
_CITY_KINDS = frozenset({"city", "town", "village", "ksar", "douar", "oasis", "port"})
_STATE_KINDS = frozenset({"region", "province", "valley"})


@dataclass(frozen=True, slots=True, kw_only=True)
class ExportOptions:
    """Choices shared by the formats (each format reads the ones it needs).

    Attributes:
        include_media: Copy the media files into the export.
        embed_xmp: In the XMP format, also write copies of JPEG media with the XMP inside.
        base_url: HTTP(S) address the IIIF export will be served from (ends with "/").
        multivalue_separator: Separator of several values in one CSV cell.
        extra_files: Further files to ship (relative POSIX path -> bytes), such as the
            privacy report; a bag puts them in its payload.
        unnamed_faces: Write detected faces not named yet as nameless MWG face regions
            (formats with a place for them: XMP sidecars).
    """

    include_media: bool = True
    embed_xmp: bool = False
    base_url: str = "http://localhost:8000/"
    multivalue_separator: str = "|"
    extra_files: Mapping[str, bytes] = field(default_factory=dict)
    unnamed_faces: bool = False


def write_extra_files(folder: Path, options: ExportOptions) -> tuple[str, ...]:
    """Write ``options.extra_files`` under ``folder``; return their relative paths.

    Raises:
        ValueError: A path is absolute or climbs out of ``folder``.
    """
    written: list[str] = []
    for rel, data in options.extra_files.items():
        parts = rel.split("/")
        if rel.startswith("/") or any(p in ("", ".", "..") for p in parts):
            raise ValueError(f"not a safe relative path: {rel!r}")
        target = folder.joinpath(*parts)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        written.append(rel)
    return tuple(written)


def safe_id(value: str) -> str:
    """Return ``value`` if it is safe as a file name component, else a hash of it."""
    if _SAFE_ID.fullmatch(value):
        return value
    return "x" + hashlib.sha256(value.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def item_urn(collection_id: str, item_id: str) -> str:
    """The stable identifier of an item: ``urn:memoryapp:<collection>:item:<id>``."""
    return f"urn:memoryapp:{safe_id(collection_id)}:item:{safe_id(item_id)}"


def person_urn(collection_id: str, person_id: str) -> str:
    """The stable identifier of a person."""
    return f"urn:memoryapp:{safe_id(collection_id)}:person:{safe_id(person_id)}"


def place_urn(collection_id: str, place_id: str) -> str:
    """The stable identifier of a place."""
    return f"urn:memoryapp:{safe_id(collection_id)}:place:{safe_id(place_id)}"


def collection_urn(collection_id: str) -> str:
    """The stable identifier of the collection."""
    return f"urn:memoryapp:{safe_id(collection_id)}"


def suffix_of(media: MediaFile) -> str:
    """A file suffix for a media format (``.bin`` when unknown)."""
    return _SUFFIX.get(media.format.lower(), ".bin")


def media_name(item_id: str, index: int, media: MediaFile) -> str:
    """The export file name of an item's file: its ID, the file's number, a suffix.

    Never the original name, which may name someone the export withholds (it stays in the
    metadata, filtered).
    """
    return f"{safe_id(item_id)}-{index + 1}{suffix_of(media)}"


def person_name(bundle: ExportBundle, person_id: PersonId) -> str:
    """The primary name of an exported person ("" when the person is not exported)."""
    person = bundle.people.get(person_id)
    return person.name if person is not None else ""


def people_shown(bundle: ExportBundle, item: Item) -> list[str]:
    """Names of the people on an item, in order, without repeats."""
    names = [person_name(bundle, pid) for pid in item.person_ids()]
    return list(dict.fromkeys(n for n in names if n))


def place_chain(bundle: ExportBundle, place_id: PlaceId) -> list[Place]:
    """The place and its parents, outermost first (a country before its towns)."""
    chain: list[Place] = []
    seen: set[PlaceId] = set()
    current: PlaceId | None = place_id
    while current is not None and current not in seen and current in bundle.places:
        seen.add(current)
        place = bundle.places[current]
        chain.append(place)
        current = place.parent_id
    return chain[::-1]


def place_label(bundle: ExportBundle, place_id: PlaceId) -> str:
    """A place with its parents, innermost first: ``"Tinghir, Morocco"``."""
    return ", ".join(p.name for p in reversed(place_chain(bundle, place_id)))


@dataclass(frozen=True, slots=True)
class Location:
    """A place split into the IPTC location levels."""

    sublocation: str = ""
    city: str = ""
    state: str = ""
    country: str = ""


def location_of(bundle: ExportBundle, place_id: PlaceId) -> Location:
    """Split a place chain into sublocation, city, province and country by place kind."""
    chain = place_chain(bundle, place_id)
    found: dict[str, str] = {}
    for place in chain:
        if place.kind == "country":
            found["country"] = place.name
        elif place.kind in _STATE_KINDS:
            found["state"] = place.name
        elif place.kind in _CITY_KINDS:
            found["city"] = place.name
    last = chain[-1] if chain else None
    if last is not None and last.kind not in _CITY_KINDS | _STATE_KINDS | {"country"}:
        found["sublocation"] = last.name
    return Location(**found)


def dcmi_type(item: Item) -> str:
    """The DCMI Type term of an item (``StillImage``, ``Text``...)."""
    return _DCMI_TYPE.get(item.kind, "StillImage")


def item_label(item: Item) -> str:
    """A label for an item: its title, or its first file's original name, or its ID."""
    if item.title:
        return item.title
    if item.primary is not None and item.primary.original_name:
        return item.primary.original_name
    return item.id


def date_text(date: FuzzyDate | None) -> str:
    """The human form of a date ("c. 1955"), or the family's own words."""
    if date is None:
        return ""
    if not date.edtf:
        return date.input
    try:
        return describe(date)
    except ValueError:
        return date.input or date.edtf


def xmp_date(date: FuzzyDate | None) -> str | None:
    """The ISO 8601 date truncated to what is known, for ``photoshop:DateCreated``."""
    if date is None or not date.edtf:
        return None
    try:
        return to_xmp_date(date)
    except ValueError:
        return None


def earliest_day(date: FuzzyDate | None) -> str | None:
    """The earliest ISO day a date can mean (``YYYY-MM-DD``), or None when open."""
    if date is None or not date.edtf:
        return None
    try:
        bounds = date.bounds()
    except ValueError:
        return None
    if bounds is None or bounds.min is None:
        return None
    text = bounds.min[:10]
    return text if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text) else None


def nfc(text: str) -> str:
    """NFC form of ``text`` (exports write NFC)."""
    return unicodedata.normalize("NFC", text)


def item_key(item_id: ItemId) -> str:
    """The item ID as it appears in export file names."""
    return safe_id(item_id)


@dataclass(frozen=True, slots=True)
class Written:
    """What a writer put into the export folder.

    Attributes:
        files: Paths written, relative to the export folder, POSIX form.
        warnings: Problems met on the way (a file that could not be copied...).
    """

    files: tuple[str, ...]
    warnings: tuple[str, ...] = ()
