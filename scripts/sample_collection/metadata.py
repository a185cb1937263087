"""Embedded metadata for the sample files: EXIF from the story's tag values and XMP packets.

The XMP carries Dublin Core, Lightroom keywords, IPTC Extension people, MWG face regions and
Photoshop city/country/date, built with XML escaping and checked with defusedxml.
"""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape, quoteattr

from defusedxml import ElementTree
from PIL import Image, ImageOps

EXIF_TAGS = {
    "ImageDescription": 0x010E,
    "Make": 0x010F,
    "Model": 0x0110,
    "Orientation": 0x0112,
    "Software": 0x0131,
    "Artist": 0x013B,
    "Copyright": 0x8298,
}
EXIF_IFD_TAGS = {"DateTimeOriginal": 0x9003, "DateTimeDigitized": 0x9004}
EXIF_IFD = 0x8769

NS = {
    "x": "adobe:ns:meta/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "dc": "http://purl.org/dc/elements/1.1/",
    "lr": "http://ns.adobe.com/lightroom/1.0/",
    "Iptc4xmpExt": "http://iptc.org/std/Iptc4xmpExt/2008-02-29/",
    "mwg-rs": "http://www.metadataworkinggroup.com/schemas/regions/",
    "stDim": "http://ns.adobe.com/xap/1.0/sType/Dimensions#",
    "stArea": "http://ns.adobe.com/xmp/sType/Area#",
    "photoshop": "http://ns.adobe.com/photoshop/1.0/",
    "xmpRights": "http://ns.adobe.com/xap/1.0/rights/",
}

# photoshop:DateCreated wants ISO 8601; these are the family's dates reduced to what they say.
XMP_DATES = {
    "c. 1932": "1932",
    "1936": "1936",
    "c. 1940": "1940",
    "between 1948 and 1956": "1948",
    "12 June 1956": "1956-06-12",
    "1973": "1973",
    "c. 1955": "1955",
}


def exif_bytes(tags: dict[str, Any]) -> bytes:
    """Return EXIF bytes holding ``tags`` (names from the story; strings are ASCII)."""
    exif = Image.Exif()
    for name, value in tags.items():
        if name in EXIF_TAGS:
            exif[EXIF_TAGS[name]] = value
    ifd = exif.get_ifd(EXIF_IFD)
    for name, value in tags.items():
        if name in EXIF_IFD_TAGS:
            ifd[EXIF_IFD_TAGS[name]] = value
    return exif.tobytes()


def _alt(values: dict[str, str]) -> str:
    items = []
    for k, (lang, text) in enumerate(values.items()):
        if k == 0:
            items.append(f'<rdf:li xml:lang="x-default">{escape(text)}</rdf:li>')
        items.append(f"<rdf:li xml:lang={quoteattr(lang)}>{escape(text)}</rdf:li>")
    return "<rdf:Alt>" + "".join(items) + "</rdf:Alt>"


def _bag(values: list[str], kind: str = "Bag") -> str:
    return (
        f"<rdf:{kind}>"
        + "".join(f"<rdf:li>{escape(v)}</rdf:li>" for v in values)
        + f"</rdf:{kind}>"
    )


def _name(person: dict[str, Any]) -> str:
    return str(person["names"][0]["value"])


def _place_name(place: dict[str, Any]) -> str:
    return str(place["names"][0]["value"])


def xmp_packet(
    item: dict[str, Any], people: dict[str, dict[str, Any]], places: dict[str, dict[str, Any]]
) -> bytes:
    """Return the XMP packet describing ``item`` (UTF-8, wrapped in an xpacket)."""
    w, h = item["pixels"]
    named = [p for p in item["people"] if p["key"] in people]
    regions = []
    for p in named:
        if not p["face"]:
            continue
        x, y, rw, rh = p["face"]
        regions.append(
            '<rdf:li rdf:parseType="Resource">'
            f'<mwg-rs:Area stArea:x="{x + rw / 2:.4f}" stArea:y="{y + rh / 2:.4f}" '
            f'stArea:w="{rw:.4f}" stArea:h="{rh:.4f}" stArea:unit="normalized"/>'
            f"<mwg-rs:Name>{escape(_name(people[p['key']]))}</mwg-rs:Name><mwg-rs:Type>Face</mwg-rs:Type>"
            "</rdf:li>"
        )
    leaves = sorted({t.split("|")[-1] for t in item["tags"]})
    city, country = _city_country(item, places)
    creator = people[item["creator"]] if item.get("creator") in people else None
    body = [
        f'<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{escape(item["title"])}</rdf:li></rdf:Alt></dc:title>',
        f"<dc:description>{_alt(item['description'])}</dc:description>",
        f"<dc:subject>{_bag(leaves)}</dc:subject>",
        f"<lr:hierarchicalSubject>{_bag(item['tags'])}</lr:hierarchicalSubject>",
        f"<Iptc4xmpExt:PersonInImage>{_bag([_name(people[p['key']]) for p in named])}</Iptc4xmpExt:PersonInImage>",
        f"<dc:rights>{_alt({'en': item['rights']})}</dc:rights>",
        f"<xmpRights:WebStatement>{escape(item['rights'])}</xmpRights:WebStatement>",
    ]
    if creator is not None:
        body.append(f"<dc:creator>{_bag([_name(creator)], 'Seq')}</dc:creator>")
    if item["date"] in XMP_DATES:
        body.append(f"<photoshop:DateCreated>{XMP_DATES[item['date']]}</photoshop:DateCreated>")
    if city:
        body.append(f"<photoshop:City>{escape(city)}</photoshop:City>")
    if country:
        body.append(f"<photoshop:Country>{escape(country)}</photoshop:Country>")
    if regions:
        body.append(
            '<mwg-rs:Regions rdf:parseType="Resource">'
            f'<mwg-rs:AppliedToDimensions stDim:w="{w}" stDim:h="{h}" stDim:unit="pixel"/>'
            f"<mwg-rs:RegionList><rdf:Bag>{''.join(regions)}</rdf:Bag></mwg-rs:RegionList>"
            "</mwg-rs:Regions>"
        )
    xmlns = " ".join(f'xmlns:{k}="{v}"' for k, v in NS.items() if k not in ("x", "rdf"))
    text = (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
        f'<x:xmpmeta xmlns:x="{NS["x"]}"><rdf:RDF xmlns:rdf="{NS["rdf"]}">'
        f'<rdf:Description rdf:about="" {xmlns}>\n'
        + "\n".join(body)
        + "\n</rdf:Description></rdf:RDF></x:xmpmeta>\n"
        '<?xpacket end="w"?>'
    )
    data = text.encode("utf-8")
    ElementTree.fromstring(data)  # raises if the packet is not well-formed XML
    return data


def _city_country(item: dict[str, Any], places: dict[str, dict[str, Any]]) -> tuple[str, str]:
    """Walk up from the item's main place to the nearest town/city and the country."""
    if not item["places"]:
        return "", ""
    city = country = ""
    key: str | None = item["places"][0]
    while key is not None:
        place = places[key]
        if place["kind"] in ("town", "city") and not city:
            city = _place_name(place)
        if place["kind"] == "country":
            country = _place_name(place)
        key = place["parent"]
    return city, country


def upright(img: Image.Image) -> Image.Image:
    """Return ``img`` turned as its EXIF Orientation says (for previews)."""
    return ImageOps.exif_transpose(img)
