"""What a file's own metadata proposes for its item: pure, no names resolved to records yet."""

import re
from dataclasses import dataclass

from memoryapp.core.dates import FuzzyDate, InvalidDateError, from_iso_timestamp, infer_modifier
from memoryapp.core.embedded import (
    EmbeddedIdentification,
    EmbeddedMetadata,
    EmbeddedPlace,
    EmbeddedRegion,
)
from memoryapp.core.items import ColorLabel, DateRole, Region

_SCANNER = re.compile(
    r"scan|perfection|canoscan|scanjet|scansnap|plustek|epson\s+gt|"
    r"imacon|flextight|nikon\s+coolscan|coolscan|reflecta|opticfilm|fujitsu\s+fi-|doxie|"
    r"brother\s+(ads|mfc)|ds-\d{3}",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class ProposedPerson:
    """A name found in the file, with one face rectangle when there is one (stored frame).

    A person shown twice on the photo comes as two proposals with the same name.
    """

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
    rating: int = 0
    label: ColorLabel = ColorLabel.NONE
    places: tuple[EmbeddedPlace, ...] = ()  # memoryapp's own place records, outermost first
    place_paths: tuple[tuple[str, ...], ...] = ()  # "Places|Morocco|Tinghir" keyword paths
    identifications: tuple[EmbeddedIdentification, ...] = ()  # memoryapp's own evidence
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
        if meta.taken_edtf:  # memoryapp's own exact value beats its truncated approximation
            dates[DateRole.TAKEN] = FuzzyDate(
                edtf=meta.taken_edtf,
                input=meta.taken_text or "",
                modifier=infer_modifier(meta.taken_edtf),
                source="xmp:memoryapp:EDTF",
            )
    tags: dict[str, None] = {}
    named: list[str] = []
    place_paths: dict[tuple[str, ...], None] = {}
    own = next((m.own_tags for m in layers if m.own_tags is not None), None)
    for meta in layers:
        if own is not None:  # memoryapp's own XMP: its tags as they were
            tags.update(dict.fromkeys(own))
            break
        for tag in meta.hierarchical:
            root, _, rest = tag.partition("|")
            parts = tuple(p for p in rest.split("|") if p)
            if root == "People" and parts:
                named.append(parts[-1])
            elif root == "Places" and parts:
                place_paths[parts] = None
            else:
                tags[tag] = None
    flat_covered = {part for tag in _all_paths(layers) for part in tag.split("|")}
    for meta in layers:
        for keyword in meta.keywords:
            if keyword not in flat_covered and own is None:
                tags[keyword] = None
    from_sidecar = sidecar.xmp_orientation if sidecar is not None else None
    orientation = from_sidecar or embedded.orientation or 1
    people = _people(layers, embedded, named)
    lat = next((m.lat for m in layers if m.lat is not None and m.lon is not None), None)
    lon = next((m.lon for m in layers if m.lat is not None and m.lon is not None), None)
    return Proposal(
        rating=next((m.rating for m in layers if m.rating is not None), 0),
        label=ColorLabel(first("label") or ColorLabel.NONE),
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
        places=next((m.places for m in layers if m.places), ()),
        place_paths=tuple(place_paths),
        identifications=next((m.identifications for m in layers if m.identifications), ()),
        warnings=tuple(warnings),
    )


def _all_paths(layers: list[EmbeddedMetadata]) -> set[str]:
    """Every hierarchical keyword of the layers (their parts cover the flat keywords)."""
    return {tag for meta in layers for tag in meta.hierarchical}


_SOURCES = ("mwg", "mp", "iptc")  # the read order of metadata.md §1


def _people(
    layers: list[EmbeddedMetadata], embedded: EmbeddedMetadata, named: list[str]
) -> tuple[ProposedPerson, ...]:
    """Every named face, several per person when the file has them (sidecar first).

    The same face is often written in several schemas (digiKam writes MWG and MP): for each
    name, the regions come from the first layer and the first schema (MWG, MP, IPTC) that
    has any for that name.
    """
    found: dict[str, list[Region]] = {}
    for meta in layers:
        by_source: dict[str, dict[str, list[Region]]] = {}
        for region in meta.regions:
            if region.name and (region.type in (None, "", "Face") or region.source != "mwg"):
                rect = _normalized(region, embedded)
                if rect is not None:
                    by_source.setdefault(region.name, {}).setdefault(region.source, [])
                    by_source[region.name][region.source].append(rect)
        for name, sources in by_source.items():
            if found.get(name):
                continue  # an earlier layer (the sidecar) placed this person already
            first = next(sources[s] for s in _SOURCES if s in sources)
            found[name] = list(dict.fromkeys(first))
        for name in meta.people:
            found.setdefault(name, [])
    for name in named:  # "People|…" keyword paths
        found.setdefault(name, [])
    proposed: list[ProposedPerson] = []
    for name, regions in found.items():
        proposed += [ProposedPerson(name, r) for r in regions] or [ProposedPerson(name)]
    return tuple(proposed)


def _normalized(region: EmbeddedRegion, embedded: EmbeddedMetadata) -> Region | None:
    """A file region as a stored-frame rectangle in 0..1, or None when it cannot be placed.

    MWG 2.0 §5.9: regions apply to the image as stored, before any EXIF orientation, whatever
    ``AppliedToDimensions`` says; those dimensions only scale pixel units. Microsoft and IPTC
    regions are read in the same frame.
    """
    x, y, w, h = region.x, region.y, region.w, region.h
    if region.unit == "pixel":
        width, height = region.applied_to or (embedded.width, embedded.height)
        if not width or not height:
            return None
        x, w = x / width, w / width
        y, h = y / height, h / height
    x, y = max(0.0, min(1.0, x)), max(0.0, min(1.0, y))
    w, h = max(0.0, min(w, 1.0 - x)), max(0.0, min(h, 1.0 - y))
    try:
        return Region(x=x, y=y, w=w, h=h)
    except ValueError:
        return None
