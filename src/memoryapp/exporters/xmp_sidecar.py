"""XMP sidecars that exiftool, digiKam, Lightroom and Windows Photos read (metadata.md §2-§7, §11).

Per item file: title, caption, creator and rights (``dc:``); people as
``Iptc4xmpExt:PersonInImage``, as MWG face regions with ``AppliedToDimensions`` and as
Microsoft ``MP:RegionInfo`` rectangles; keywords flat (``dc:subject``) and hierarchical
(``lr:hierarchicalSubject``, ``digiKam:TagsList``, ``MicrosoftPhoto:LastKeywordXMP``) under
the ``People``, ``Places`` and the item's own roots; ``photoshop:DateCreated`` truncated to
what is known, the exact EDTF as ``memoryapp:EDTF``; the place as ``photoshop:City`` /
``Country`` and ``Iptc4xmpExt:LocationShown`` with every spelling of its name; each person's
identification evidence (who, how, source, confidence, status) as
``memoryapp:Identifications``, which memoryapp's importer reads back.

Sidecars are named ``<file>.xmp`` after the exported copy (``<item-id>-1.jpg.xmp``). With
``embed_xmp`` the JPEG copies carry the same packet in an APP1 segment (never the originals).
"""

from __future__ import annotations

from pathlib import Path

from memoryapp.core.color_labels import DIGIKAM_NUMBERS, xmp_label
from memoryapp.core.ids import PlaceId
from memoryapp.core.items import ColorLabel, DateRole, Item, Region
from memoryapp.core.orientation import display_size, rect_to_display
from memoryapp.core.places import Place
from memoryapp.core.privacy import ExportBundle
from memoryapp.exporters.bundle import (
    NAMESPACE,
    ExportOptions,
    Written,
    date_text,
    item_urn,
    location_of,
    media_name,
    place_chain,
    place_urn,
    write_extra_files,
    xmp_date,
)
from memoryapp.exporters.jpeg_segments import MAX_XMP_PACKET
from memoryapp.exporters.media_copy import stage_media
from memoryapp.exporters.xml_builder import Node, node, render

NAMESPACES: dict[str, str] = {
    "dc": "http://purl.org/dc/elements/1.1/",
    "xmp": "http://ns.adobe.com/xap/1.0/",
    "photoshop": "http://ns.adobe.com/photoshop/1.0/",
    "Iptc4xmpCore": "http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/",
    "Iptc4xmpExt": "http://iptc.org/std/Iptc4xmpExt/2008-02-29/",
    "xmpRights": "http://ns.adobe.com/xap/1.0/rights/",
    "exif": "http://ns.adobe.com/exif/1.0/",
    "tiff": "http://ns.adobe.com/tiff/1.0/",
    "lr": "http://ns.adobe.com/lightroom/1.0/",
    "digiKam": "http://www.digikam.org/ns/1.0/",
    "MicrosoftPhoto": "http://ns.microsoft.com/photo/1.0/",
    "mwg-rs": "http://www.metadataworkinggroup.com/schemas/regions/",
    "stDim": "http://ns.adobe.com/xap/1.0/sType/Dimensions#",
    "stArea": "http://ns.adobe.com/xmp/sType/Area#",
    "MP": "http://ns.microsoft.com/photo/1.2/",
    "MPRI": "http://ns.microsoft.com/photo/1.2/t/RegionInfo#",
    "MPReg": "http://ns.microsoft.com/photo/1.2/t/Region#",
    "memoryapp": NAMESPACE,
}
_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_RESOURCE = {"rdf:parseType": "Resource"}


def _num(value: float) -> str:
    return f"{value:.6f}".rstrip("0").rstrip(".") or "0"


def _alt(tag: str, values: list[tuple[str, str]]) -> Node:
    """A language alternative: (language, text) pairs, the first as ``x-default``."""
    items = [node("rdf:li", text, attrs={"xml:lang": lang}) for lang, text in values]
    return node(tag, children=[node("rdf:Alt", children=items)])


def _list(tag: str, container: str, values: list[str]) -> Node:
    items = [node("rdf:li", v) for v in dict.fromkeys(values)]
    return node(tag, children=[node(container, children=items)])


def _gps(value: float, positive: str, negative: str) -> str:
    """XMP GPS coordinate text: ``"31,30.000000N"`` (degrees, decimal minutes, reference)."""
    ref = positive if value >= 0 else negative
    degrees = int(abs(value))
    minutes = (abs(value) - degrees) * 60
    return f"{degrees},{minutes:.6f}{ref}"


def _keywords(bundle: ExportBundle, item: Item) -> tuple[list[str], list[list[str]]]:
    """Flat keywords and hierarchical paths (lists of components)."""
    names = [bundle.people[p].name for p in item.person_ids() if p in bundle.people]
    paths = [["People", n] for n in names]
    flat = list(names)
    for pid in item.places:
        chain = [p.name for p in place_chain(bundle, pid)]
        if chain:
            paths.append(["Places", *chain])
            flat.append(chain[-1])
    for tag in item.tags:
        parts = [p.strip() for p in tag.split("|") if p.strip()]
        if parts:
            paths.append(parts)
            flat.append(parts[-1])
    return flat, paths


def build_xmp(
    bundle: ExportBundle,
    item: Item,
    *,
    index: int = 0,
    size: tuple[int, int] | None = None,
    upright: bool = False,
) -> bytes:
    """Return the XMP packet (UTF-8) describing one file of an item.

    Args:
        bundle: The redacted bundle.
        item: The item.
        index: Which file of the item (regions go on the first file only).
        size: Stored pixel (width, height) of the file the regions apply to.
        upright: The file is an upright derivative, so regions are turned to the display frame.
    """
    desc = node("rdf:Description", attrs={"rdf:about": ""})
    desc.attrs.update({f"xmlns:{p}": uri for p, uri in NAMESPACES.items()})
    add = desc.add
    add(node("memoryapp:Identifier", item_urn(bundle.collection_id, item.id)))
    if item.title:
        add(_alt("dc:title", [("x-default", item.title)]))
    if item.description:
        add(_alt("dc:description", [("x-default", item.description)]))
    if item.rights.credit:
        add(_list("dc:creator", "rdf:Seq", [item.rights.credit]))
        add(node("photoshop:Credit", item.rights.credit))
    if item.rights.text:
        add(_alt("dc:rights", [("x-default", item.rights.text)]))
    if item.rights.uri:
        add(node("xmpRights:WebStatement", item.rights.uri))
    if item.rating:
        add(node("xmp:Rating", str(item.rating)))
    if item.label is not ColorLabel.NONE:
        add(node("xmp:Label", xmp_label(item.label)))
        add(node("digiKam:ColorLabel", str(DIGIKAM_NUMBERS[item.label])))
    _add_dates(desc, item)
    flat, paths = _keywords(bundle, item)
    if flat:
        add(_list("dc:subject", "rdf:Bag", flat))
        add(
            _list(
                "lr:hierarchicalSubject",
                "rdf:Bag",
                ["|".join(_c(p, "|") for p in path) for path in paths],
            )
        )
        slashed = ["/".join(_c(p, "/") for p in path) for path in paths]
        add(_list("digiKam:TagsList", "rdf:Seq", slashed))
        add(_list("MicrosoftPhoto:LastKeywordXMP", "rdf:Bag", slashed))
    if item.tags:  # verbatim, so "People|Family|Elbaz" reads back as a tag, not a person
        add(_list("memoryapp:Tags", "rdf:Bag", list(item.tags)))
    names = [bundle.people[p].name for p in item.person_ids() if p in bundle.people]
    if names:
        add(_list("Iptc4xmpExt:PersonInImage", "rdf:Bag", names))
    if any(t.assertions for t in item.people):
        add(_identifications(bundle, item))
    _add_places(desc, bundle, item)
    if index == 0:  # the item's orientation is its first file's
        add(node("tiff:Orientation", "1" if upright else str(item.orientation)))
        _add_regions(desc, bundle, item, size, upright)
    root = node("x:xmpmeta", attrs={"xmlns:x": "adobe:ns:meta/"})
    root.add(node("rdf:RDF", attrs={"xmlns:rdf": _RDF}, children=[desc]))
    text = '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
    text += render(root) + '\n<?xpacket end="w"?>\n'
    return text.encode("utf-8")


def _c(component: str, separator: str) -> str:
    """A keyword path component with the separator replaced (digiKam writes a backslash)."""
    return component.replace(separator, "\\" if separator == "/" else "/")


def _add_dates(desc: Node, item: Item) -> None:
    taken = item.dates.get(DateRole.TAKEN)
    if taken is None:
        return
    iso = xmp_date(taken)
    if iso:
        desc.add(node("photoshop:DateCreated", iso))
    if taken.edtf:
        desc.add(node("memoryapp:EDTF", taken.edtf))
    human = date_text(taken)
    if human:
        desc.add(node("memoryapp:DateText", human))
        if taken.edtf and iso != taken.edtf:
            circa = node("Iptc4xmpExt:AOCircaDateCreated", human)
            li = node("rdf:li", attrs=_RESOURCE, children=[circa])
            desc.add(node("Iptc4xmpExt:ArtworkOrObject", children=[node("rdf:Bag", children=[li])]))


def _add_places(desc: Node, bundle: ExportBundle, item: Item) -> None:
    shown: list[Node] = []
    for n, pid in enumerate(item.places):
        if pid not in bundle.places:
            continue
        place = bundle.places[pid]
        where = location_of(bundle, pid)
        if n == 0:
            for tag, value in (
                ("photoshop:City", where.city),
                ("photoshop:State", where.state),
                ("photoshop:Country", where.country),
                ("Iptc4xmpCore:Location", where.sublocation),
            ):
                if value:
                    desc.add(node(tag, value))
        fields = [
            node(f"Iptc4xmpExt:{tag}", value)
            for tag, value in (
                ("Sublocation", where.sublocation),
                ("City", where.city),
                ("ProvinceState", where.state),
                ("CountryName", where.country),
            )
            if value
        ]
        fields.append(_alt("Iptc4xmpExt:LocationName", _one_per_language(place)))
        fields.append(
            _list("Iptc4xmpExt:LocationId", "rdf:Bag", [place_urn(bundle.collection_id, pid)])
        )
        if place.lat is not None and place.lon is not None:
            fields.append(node("exif:GPSLatitude", _gps(place.lat, "N", "S")))
            fields.append(node("exif:GPSLongitude", _gps(place.lon, "E", "W")))
        shown.append(node("rdf:li", attrs=_RESOURCE, children=fields))
    if shown:
        desc.add(node("Iptc4xmpExt:LocationShown", children=[node("rdf:Bag", children=shown)]))
        desc.add(_own_places(bundle, item))
    if item.lat is not None and item.lon is not None:
        desc.add(node("exif:GPSLatitude", _gps(item.lat, "N", "S")))
        desc.add(node("exif:GPSLongitude", _gps(item.lon, "E", "W")))


def _one_per_language(place: Place) -> list[tuple[str, str]]:
    """A valid lang-alt: the primary name as ``x-default``, then one name per language.

    A language's first spelling wins (the primary name for its own language); the other
    spellings of a language go to ``memoryapp:Places`` (see :func:`_own_places`).
    """
    chosen: dict[str, str] = {"x-default": place.name}
    for name in place.names:
        if name.lang and name.lang != "x-default":
            chosen.setdefault(name.lang, name.value)
    return list(chosen.items())


def _own_places(bundle: ExportBundle, item: Item) -> Node:
    """The item's places and their parents as ``memoryapp:Places``, outermost first.

    Each with every spelling (value, language, kind), so memoryapp reads the hierarchy back.
    """
    entries: dict[PlaceId, Node] = {}
    for pid in item.places:
        for place in place_chain(bundle, pid):
            if place.id in entries:
                continue
            names = [
                node(
                    "rdf:li",
                    attrs=_RESOURCE,
                    children=[
                        node(f"memoryapp:{tag}", value)
                        for tag, value in (
                            ("Value", n.value),
                            ("Lang", n.lang),
                            ("NameKind", n.kind),
                        )
                        if value
                    ],
                )
                for n in place.names
            ]
            fields = [
                node("memoryapp:Ref", place_urn(bundle.collection_id, place.id)),
                node("memoryapp:Kind", place.kind),
            ]
            if place.parent_id is not None and place.parent_id in bundle.places:
                fields.append(
                    node("memoryapp:Parent", place_urn(bundle.collection_id, place.parent_id))
                )
            if place.id in item.places:
                fields.append(node("memoryapp:Tagged", "True"))
            fields.append(node("memoryapp:Names", children=[node("rdf:Seq", children=names)]))
            entries[place.id] = node("rdf:li", attrs=_RESOURCE, children=fields)
    return node("memoryapp:Places", children=[node("rdf:Seq", children=list(entries.values()))])


def _identifications(bundle: ExportBundle, item: Item) -> Node:
    """Every person tag's evidence as ``memoryapp:Identifications``, in the item's tag order.

    Each entry names the person as the face regions do, so an import matches them; an
    assertion made by someone in the collection is written with that person's name.
    """
    entries: list[Node] = []
    for tag in item.people:
        person = bundle.people.get(tag.person_id)
        if person is None:
            continue
        said: list[Node] = []
        for a in tag.assertions:
            by = bundle.people.get(a.by_person) if a.by_person is not None else None
            values = (
                ("ByName", by.name if by is not None else a.by_name),
                ("Method", str(a.method)),
                ("Confidence", str(a.confidence)),
                ("Date", a.date),
                ("Status", str(a.status)),
                ("Note", a.note),
                ("SourceItem", a.source.item_id or ""),
                ("SourceText", a.source.text),
                ("Recording", a.source.recording_id or ""),
                ("AtMs", "" if a.source.at_ms is None else str(a.source.at_ms)),
                ("SourceFile", a.source.file_name),
            )
            fields = [node(f"memoryapp:{key}", value) for key, value in values if value]
            said.append(node("rdf:li", attrs=_RESOURCE, children=fields))
        fields = [node("memoryapp:PersonName", person.name)]
        if tag.face_id:
            fields.append(node("memoryapp:Face", tag.face_id))
        fields.append(node("memoryapp:Assertions", children=[node("rdf:Seq", children=said)]))
        entries.append(node("rdf:li", attrs=_RESOURCE, children=fields))
    return node("memoryapp:Identifications", children=[node("rdf:Seq", children=entries)])


def _add_regions(
    desc: Node, bundle: ExportBundle, item: Item, size: tuple[int, int] | None, upright: bool
) -> None:
    faces: list[tuple[str, Region]] = []
    for tag in item.people:
        person = bundle.people.get(tag.person_id)
        if tag.region is not None and person is not None:
            region = tag.region
            if upright:
                x, y, w, h = rect_to_display(
                    region.x, region.y, region.w, region.h, item.orientation
                )
                region = Region(x=x, y=y, w=w, h=h)
            faces.append((person.name, region))
    if not faces:
        return
    mwg = node("mwg-rs:Regions", attrs=_RESOURCE)
    if size is not None:
        dims = display_size(*size, item.orientation) if upright else size
        applied = [
            node("stDim:w", str(dims[0])),
            node("stDim:h", str(dims[1])),
            node("stDim:unit", "pixel"),
        ]
        mwg.add(node("mwg-rs:AppliedToDimensions", attrs=_RESOURCE, children=applied))
    mwg_items: list[Node] = []
    mp_items: list[Node] = []
    for name, r in faces:
        area = [
            node("stArea:x", _num(r.x + r.w / 2)),
            node("stArea:y", _num(r.y + r.h / 2)),
            node("stArea:w", _num(r.w)),
            node("stArea:h", _num(r.h)),
            node("stArea:unit", "normalized"),
        ]
        fields = [
            node("mwg-rs:Name", name),
            node("mwg-rs:Type", "Face"),
            node("mwg-rs:Area", attrs=_RESOURCE, children=area),
        ]
        mwg_items.append(node("rdf:li", attrs=_RESOURCE, children=fields))
        rect = ", ".join(_num(v) for v in (r.x, r.y, r.w, r.h))
        mp_fields = [node("MPReg:Rectangle", rect), node("MPReg:PersonDisplayName", name)]
        mp_items.append(node("rdf:li", attrs=_RESOURCE, children=mp_fields))
    mwg.add(node("mwg-rs:RegionList", children=[node("rdf:Bag", children=mwg_items)]))
    desc.add(mwg)
    regions = node("MPRI:Regions", children=[node("rdf:Bag", children=mp_items)])
    desc.add(node("MP:RegionInfo", attrs=_RESOURCE, children=[regions]))


def write(bundle: ExportBundle, folder: Path, options: ExportOptions) -> Written:
    """Write a sidecar per item file (and the media copies) into ``folder``."""
    warnings: list[str] = []

    def embedded(item: Item, index: int) -> bytes | None:
        if not options.embed_xmp or item.files[index].format.lower() != "jpeg":
            return None
        media = item.files[index]
        size = (media.width, media.height) if media.width and media.height else None
        packet = build_xmp(bundle, item, index=index, size=size)
        if len(packet) > MAX_XMP_PACKET:
            warnings.append(f"item {item.id}: XMP too large to embed; see its sidecar")
            return None
        return packet

    files: list[str] = []
    staged = stage_media(bundle, folder, "", xmp_for=embedded) if options.include_media else None
    for item in bundle.items:
        copies = dict(enumerate(staged.files.get(item.id, ()))) if staged else {}
        for index, media in enumerate(item.files):
            copied = copies.get(index)
            name = copied[1].name if copied else media_name(item.id, index, media)
            size = (media.width, media.height) if media.width and media.height else None
            upright = bool(copied and copied[1].derivative)
            if upright and copied and copied[1].width and copied[1].height:
                size = (
                    (copied[1].height, copied[1].width)
                    if item.orientation >= 5
                    else (copied[1].width, copied[1].height)
                )
            packet = build_xmp(bundle, item, index=index, size=size, upright=upright)
            (folder / f"{name}.xmp").write_bytes(packet)
            if copied:
                files.append(name)
            files.append(f"{name}.xmp")
    if staged is not None:
        warnings = staged.warnings + warnings
    files += write_extra_files(folder, options)
    return Written(files=tuple(files), warnings=tuple(warnings))
