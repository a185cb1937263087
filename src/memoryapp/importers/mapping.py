"""What a file's own metadata proposes for its item: pure, no names resolved to records yet."""

import re
from dataclasses import dataclass

from memoryapp.core.dates import FuzzyDate, InvalidDateError, from_iso_timestamp
from memoryapp.core.embedded import EmbeddedMetadata, EmbeddedRegion
from memoryapp.core.items import DateRole, Region
from memoryapp.core.orientation import rect_to_stored, swaps_axes

_SCANNER = re.compile(
    r"scan|perfection|canoscan|scanjet|scansnap|plustek|epson\s+gt|"
    r"imacon|flextight|nikon\s+coolscan|coolscan|reflecta|opticfilm|fujitsu\s+fi-|doxie|"
    r"brother\s+(ads|mfc)|ds-\d{3}",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class ProposedPerson:
    """A name found in the file, with its face rectangle when there is one (stored frame)."""

    name: str
    region: Region | None = None


@dataclass(frozen=True, slots=True)
class Proposal:
    """Item fields proposed by the file's metadata (sidecar values win over embedded ones)."""

    title: str = ""
    description: str = ""
    dates: tuple[tuple[DateRole, FuzzyDate], ...] = ()
    tags: tuple[str, ...] = ()
    people: tuple[ProposedPerson, ...] = ()
    city: str = ""
    country: str = ""
    lat: float | None = None
    lon: float | None = None
    creator: str = ""
    rights: str = ""
    orientation: int = 1
    warnings: tuple[str, ...] = ()


def is_scanner(meta: EmbeddedMetadata) -> bool:
    """Whether Make, Model or Software name a scanner (its date is the scan's, not the photo's)."""
    text = " ".join(v for v in (meta.make, meta.model, meta.software) if v)
    return bool(text) and bool(_SCANNER.search(text))


def propose(embedded: EmbeddedMetadata, sidecar: EmbeddedMetadata | None = None) -> Proposal:
    """Map what a file (and its XMP sidecar) says into proposed item fields.

    No date is ever invented: only dates the metadata states are proposed, and a scanner's
    date becomes the ``digitized`` date, never ``taken``.
    """
    layers = [m for m in (sidecar, embedded) if m is not None]  # first wins

    def first(attr: str) -> str:
        for meta in layers:
            value = getattr(meta, attr)
            if value:
                return str(value)
        return ""

    warnings: list[str] = []
    dates: dict[DateRole, FuzzyDate] = {}
    scanner = is_scanner(embedded)
    for meta in reversed(layers):  # embedded first, the sidecar overrides
        for text, role, source in (
            (meta.taken, DateRole.TAKEN, meta.taken_source or "metadata"),
            (meta.digitized, DateRole.DIGITIZED, "exif:CreateDate"),
        ):
            if not text:
                continue
            if role is DateRole.TAKEN and scanner and meta is embedded:
                role = DateRole.DIGITIZED  # a scanner's "date taken" is the scan date
            try:
                dates[role] = from_iso_timestamp(text, source=source)
            except InvalidDateError as exc:
                warnings.append(f"date {text!r} ignored: {exc}")
    tags: dict[str, None] = {}
    for meta in layers:
        for tag in meta.hierarchical:
            tags[tag] = None
    flat_covered = {part for tag in tags for part in tag.split("|")}
    for meta in layers:
        for keyword in meta.keywords:
            if keyword not in flat_covered:
                tags[keyword] = None
    orientation = embedded.orientation or 1
    people = _people(layers, embedded, orientation)
    lat = next((m.lat for m in layers if m.lat is not None and m.lon is not None), None)
    lon = next((m.lon for m in layers if m.lat is not None and m.lon is not None), None)
    return Proposal(
        title=first("title"),
        description=first("description"),
        dates=tuple(dates.items()),
        tags=tuple(tags),
        people=people,
        city=first("city"),
        country=first("country"),
        lat=lat,
        lon=lon,
        creator=first("creator"),
        rights=first("rights"),
        orientation=orientation if 1 <= orientation <= 8 else 1,
        warnings=tuple(warnings),
    )


def _people(
    layers: list[EmbeddedMetadata], embedded: EmbeddedMetadata, orientation: int
) -> tuple[ProposedPerson, ...]:
    found: dict[str, Region | None] = {}
    for meta in layers:
        for region in meta.regions:
            if region.name and (region.type in (None, "", "Face") or region.source != "mwg"):
                rect = _normalized(region, embedded, orientation)
                if found.get(region.name) is None:
                    found[region.name] = rect
        for name in meta.people:
            found.setdefault(name, None)
    return tuple(ProposedPerson(name, region) for name, region in found.items())


def _normalized(
    region: EmbeddedRegion, embedded: EmbeddedMetadata, orientation: int
) -> Region | None:
    """A file region as a stored-frame rectangle in 0..1, or None when it cannot be placed."""
    x, y, w, h = region.x, region.y, region.w, region.h
    if region.unit == "pixel":
        if not embedded.width or not embedded.height:
            return None
        x, w = x / embedded.width, w / embedded.width
        y, h = y / embedded.height, h / embedded.height
    stored = (embedded.width, embedded.height)
    if (
        region.source == "mwg"
        and swaps_axes(orientation)
        and region.applied_to is not None
        and region.applied_to != stored
        and region.applied_to == stored[::-1]
    ):  # the writer measured the upright image: bring it back to the stored grid
        x, y, w, h = rect_to_stored(x, y, w, h, orientation)
    x, y = max(0.0, min(1.0, x)), max(0.0, min(1.0, y))
    w, h = max(0.0, min(w, 1.0 - x)), max(0.0, min(h, 1.0 - y))
    try:
        return Region(x=x, y=y, w=w, h=h)
    except ValueError:
        return None
