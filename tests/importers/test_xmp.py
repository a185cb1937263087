"""XMP: sidecars, embedded packets, lang-alt, keywords, people and the three region models."""

from __future__ import annotations

import hashlib
import io
import struct
from pathlib import Path

import pytest
from PIL import Image

from memoryapp.importers.metadata import (
    embedded_from_bytes,
    find_sidecar,
    read_embedded,
    read_sidecar,
)
from memoryapp.importers.xmp import read_xmp

# The sample sidecar of metadata.md section 11 (validated there with ExifTool 12.57).
SAMPLE = """<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"
    xmlns:Iptc4xmpExt="http://iptc.org/std/Iptc4xmpExt/2008-02-29/"
    xmlns:lr="http://ns.adobe.com/lightroom/1.0/"
    xmlns:digiKam="http://www.digikam.org/ns/1.0/"
    xmlns:MicrosoftPhoto="http://ns.microsoft.com/photo/1.0/"
    xmlns:mwg-rs="http://www.metadataworkinggroup.com/schemas/regions/"
    xmlns:stDim="http://ns.adobe.com/xap/1.0/sType/Dimensions#"
    xmlns:stArea="http://ns.adobe.com/xmp/sType/Area#"
    xmlns:MP="http://ns.microsoft.com/photo/1.2/"
    xmlns:MPRI="http://ns.microsoft.com/photo/1.2/t/RegionInfo#"
    xmlns:MPReg="http://ns.microsoft.com/photo/1.2/t/Region#"
   photoshop:DateCreated="1955" photoshop:City="Tinghir" photoshop:Country="Morocco">
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">Wedding in the mellah, Tinghir, c. 1955</rdf:li><rdf:li xml:lang="fr">Mariage au mellah de Tinghir, vers 1955</rdf:li></rdf:Alt></dc:description>
   <dc:rights><rdf:Alt><rdf:li xml:lang="x-default">© Famille Elbaz. All rights reserved.</rdf:li></rdf:Alt></dc:rights>
   <dc:subject><rdf:Bag><rdf:li>Rachel Elbaz</rdf:li><rdf:li>Tinghir</rdf:li><rdf:li>wedding</rdf:li></rdf:Bag></dc:subject>
   <digiKam:TagsList><rdf:Seq><rdf:li>People/Rachel Elbaz</rdf:li><rdf:li>Places/Morocco/Tinghir</rdf:li><rdf:li>Events/wedding</rdf:li></rdf:Seq></digiKam:TagsList>
   <lr:hierarchicalSubject><rdf:Bag><rdf:li>People|Rachel Elbaz</rdf:li><rdf:li>Places|Morocco|Tinghir</rdf:li><rdf:li>Events|wedding</rdf:li></rdf:Bag></lr:hierarchicalSubject>
   <Iptc4xmpExt:PersonInImage><rdf:Bag><rdf:li>Rachel Elbaz</rdf:li></rdf:Bag></Iptc4xmpExt:PersonInImage>
   <Iptc4xmpExt:LocationShown><rdf:Bag><rdf:li rdf:parseType="Resource">
     <Iptc4xmpExt:City>Tinghir</Iptc4xmpExt:City>
     <Iptc4xmpExt:LocationName><rdf:Alt><rdf:li xml:lang="x-default">Tinghir</rdf:li><rdf:li xml:lang="ar">تنغير</rdf:li><rdf:li xml:lang="he">טינגיר</rdf:li><rdf:li xml:lang="zgh">ⵜⵉⵏⵖⵉⵔ</rdf:li></rdf:Alt></Iptc4xmpExt:LocationName>
   </rdf:li></rdf:Bag></Iptc4xmpExt:LocationShown>
   <mwg-rs:Regions rdf:parseType="Resource">
    <mwg-rs:AppliedToDimensions rdf:parseType="Resource">
     <stDim:w>3000</stDim:w><stDim:h>2000</stDim:h><stDim:unit>pixel</stDim:unit>
    </mwg-rs:AppliedToDimensions>
    <mwg-rs:RegionList><rdf:Bag>
     <rdf:li rdf:parseType="Resource">
      <mwg-rs:Name>Rachel Elbaz</mwg-rs:Name><mwg-rs:Type>Face</mwg-rs:Type>
      <mwg-rs:Area rdf:parseType="Resource">
       <stArea:x>0.325</stArea:x><stArea:y>0.25</stArea:y><stArea:w>0.15</stArea:w><stArea:h>0.1</stArea:h><stArea:unit>normalized</stArea:unit>
      </mwg-rs:Area>
     </rdf:li>
     <rdf:li><rdf:Description mwg-rs:Name="Mimi" mwg-rs:Type="Pet">
      <mwg-rs:Area stArea:x="0.5" stArea:y="0.5" stArea:unit="normalized"/>
     </rdf:Description></rdf:li>
    </rdf:Bag></mwg-rs:RegionList>
   </mwg-rs:Regions>
   <MP:RegionInfo rdf:parseType="Resource">
    <MPRI:Regions><rdf:Bag>
     <rdf:li rdf:parseType="Resource">
      <MPReg:Rectangle>0.25, 0.2, 0.15, 0.1</MPReg:Rectangle>
      <MPReg:PersonDisplayName>Rachel Elbaz</MPReg:PersonDisplayName>
     </rdf:li>
     <rdf:li MPReg:PersonDisplayName="Miriam Ohayon"/>
    </rdf:Bag></MPRI:Regions>
   </MP:RegionInfo>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""


def packet(body: str, namespaces: str = "") -> bytes:
    """Wrap ``body`` properties in a minimal XMP packet."""
    return (
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
        'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:exif="http://ns.adobe.com/exif/1.0/" '
        'xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" '
        f'xmlns:Iptc4xmpExt="http://iptc.org/std/Iptc4xmpExt/2008-02-29/" {namespaces}>'
        f"{body}</rdf:Description></rdf:RDF></x:xmpmeta>"
    ).encode()


def jpeg_with(*segments: bytes, size: tuple[int, int] = (40, 20)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size).save(buffer, "JPEG")
    body = buffer.getvalue()
    app1 = b"".join(b"\xff\xe1" + struct.pack(">H", len(s) + 2) + s for s in segments)
    return body[:2] + app1 + body[2:]


def test_sample_sidecar_reads_every_field(tmp_path: Path) -> None:
    path = tmp_path / "family_1955.jpg.xmp"
    path.write_text(SAMPLE, encoding="utf-8")
    meta = read_sidecar(path)
    assert meta.format == "xmp"
    assert (meta.taken, meta.taken_source) == ("1955", "xmp:photoshop:DateCreated")
    assert meta.description == "Wedding in the mellah, Tinghir, c. 1955"
    assert meta.rights == "© Famille Elbaz. All rights reserved."
    assert meta.keywords == ("Rachel Elbaz", "Tinghir", "wedding")
    assert meta.hierarchical == ("Events|wedding", "People|Rachel Elbaz", "Places|Morocco|Tinghir")
    assert meta.people == ("Miriam Ohayon", "Rachel Elbaz")  # not the pet
    assert (meta.city, meta.country) == ("Tinghir", "Morocco")
    mwg, pet, mp = meta.regions
    assert (mwg.source, mwg.name, mwg.type, mwg.unit) == (
        "mwg",
        "Rachel Elbaz",
        "Face",
        "normalized",
    )
    assert (mwg.x, mwg.y, mwg.w, mwg.h) == pytest.approx((0.25, 0.2, 0.15, 0.1))  # centre -> corner
    assert mwg.applied_to == (3000, 2000)
    assert (pet.shape, pet.type, pet.x, pet.w) == ("point", "Pet", 0.5, 0.0)
    assert (mp.source, mp.type) == ("mp", None)
    assert (mp.x, mp.y, mp.w, mp.h) == pytest.approx((mwg.x, mwg.y, mwg.w, mwg.h))


def test_sidecar_lookup_order_and_image_record_stays_separate(tmp_path: Path) -> None:
    image = tmp_path / "IMG_1.jpg"
    image.write_bytes(jpeg_with())
    assert find_sidecar(image) is None
    assert read_embedded(image).sidecar is None
    for name in ("IMG_1.XMP", "IMG_1.xmp", "IMG_1.jpg.XMP", "IMG_1.jpg.xmp"):
        (tmp_path / name).write_text(SAMPLE, encoding="utf-8")
        assert find_sidecar(image) == tmp_path / name
    meta = read_embedded(image)
    assert meta.sidecar == "IMG_1.jpg.xmp"
    assert meta.keywords == ()
    assert meta.taken is None
    assert find_sidecar(tmp_path / "IMG_1.jpg.xmp") is None


def test_lang_alt_without_x_default_takes_the_first_language_by_name() -> None:
    body = (
        "<dc:title><rdf:Alt><rdf:li xml:lang='he'>חתונה</rdf:li>"
        "<rdf:li xml:lang='ar'>عرس</rdf:li></rdf:Alt></dc:title>"
        "<dc:creator><rdf:Seq><rdf:li>Studio Lux</rdf:li><rdf:li>Simha</rdf:li></rdf:Seq></dc:creator>"
    )
    result, warnings = read_xmp([packet(body)])
    assert warnings == []
    assert result.meta.title == "عرس"
    assert result.meta.creator == "Studio Lux; Simha"


def test_date_original_wins_over_date_created_and_gps_forms() -> None:
    body = (
        "<exif:DateTimeOriginal>2002-07-13T15:58:28Z</exif:DateTimeOriginal>"
        "<photoshop:DateCreated>2002-06</photoshop:DateCreated>"
        "<exif:GPSLatitude>31,30.5N</exif:GPSLatitude>"
        "<exif:GPSLongitude>5/1 30/1 0/1 W</exif:GPSLongitude>"
    )
    result, _ = read_xmp([packet(body)])
    assert result.meta.taken == "2002-07-13T15:58:28+00:00"
    assert result.meta.taken_source == "xmp:exif:DateTimeOriginal"
    assert result.meta.lat == pytest.approx(31 + 30.5 / 60)
    assert result.meta.lon == pytest.approx(-5.5)


def test_iptc_image_regions_circle_polygon_and_persons() -> None:
    region = (
        "<rdf:li rdf:parseType='Resource'>"
        "<Iptc4xmpExt:RegionBoundary rdf:parseType='Resource'>"
        "<Iptc4xmpExt:rbShape>{shape}</Iptc4xmpExt:rbShape>"
        "<Iptc4xmpExt:rbUnit>relative</Iptc4xmpExt:rbUnit>{coords}</Iptc4xmpExt:RegionBoundary>"
        "{extra}</rdf:li>"
    )
    circle = region.format(
        shape="circle",
        coords="<Iptc4xmpExt:rbX>0.59</Iptc4xmpExt:rbX><Iptc4xmpExt:rbY>0.426</Iptc4xmpExt:rbY>"
        "<Iptc4xmpExt:rbRx>0.068</Iptc4xmpExt:rbRx>",
        extra="<Iptc4xmpExt:PersonInImage><rdf:Bag><rdf:li>Yamna</rdf:li></rdf:Bag>"
        "</Iptc4xmpExt:PersonInImage><Iptc4xmpExt:rCtype><rdf:Bag><rdf:li rdf:parseType='Resource'>"
        "<Iptc4xmpExt:Identifier><rdf:Bag><rdf:li>http://cv.iptc.org/newscodes/imageregiontype/human"
        "</rdf:li></rdf:Bag></Iptc4xmpExt:Identifier></rdf:li></rdf:Bag></Iptc4xmpExt:rCtype>",
    )
    polygon = region.format(
        shape="polygon",
        coords="<Iptc4xmpExt:rbVertices><rdf:Seq>"
        + "".join(
            f"<rdf:li rdf:parseType='Resource'><Iptc4xmpExt:rbX>{x}</Iptc4xmpExt:rbX>"
            f"<Iptc4xmpExt:rbY>{y}</Iptc4xmpExt:rbY></rdf:li>"
            for x, y in ((0.05, 0.713), (0.148, 0.041), (0.375, 0.863))
        )
        + "</rdf:Seq></Iptc4xmpExt:rbVertices>",
        extra="<Iptc4xmpExt:Name><rdf:Alt><rdf:li xml:lang='x-default'>Speaker</rdf:li></rdf:Alt>"
        "</Iptc4xmpExt:Name><Iptc4xmpExt:PersonInImageWDetails><rdf:Bag><rdf:li rdf:parseType="
        "'Resource'><Iptc4xmpExt:PersonName><rdf:Alt><rdf:li xml:lang='x-default'>David</rdf:li>"
        "</rdf:Alt></Iptc4xmpExt:PersonName></rdf:li></rdf:Bag></Iptc4xmpExt:PersonInImageWDetails>",
    )
    body = (
        f"<Iptc4xmpExt:ImageRegion><rdf:Bag>{circle}{polygon}</rdf:Bag></Iptc4xmpExt:ImageRegion>"
    )
    result, _ = read_xmp([packet(body)], size=(2000, 1000))
    first, second = result.meta.regions
    assert (first.shape, first.name, first.type, first.source) == (
        "circle",
        "Yamna",
        "human",
        "iptc",
    )
    assert (first.x, first.y, first.w, first.h) == pytest.approx((0.522, 0.29, 0.136, 0.272))
    assert (second.shape, second.name) == ("polygon", "David")
    assert (second.x, second.y, second.w, second.h) == pytest.approx((0.05, 0.041, 0.325, 0.822))
    assert result.meta.people == ("David", "Yamna")


def test_location_shown_fills_city_and_country_after_photoshop_fields() -> None:
    body = (
        "<Iptc4xmpExt:LocationCreated rdf:parseType='Resource'>"
        "<Iptc4xmpExt:City>Casablanca</Iptc4xmpExt:City></Iptc4xmpExt:LocationCreated>"
        "<Iptc4xmpExt:LocationShown><rdf:Bag><rdf:li rdf:parseType='Resource'>"
        "<Iptc4xmpExt:CountryName>Maroc</Iptc4xmpExt:CountryName></rdf:li>"
        "<rdf:li rdf:parseType='Resource'><Iptc4xmpExt:City>Tinghir</Iptc4xmpExt:City></rdf:li>"
        "</rdf:Bag></Iptc4xmpExt:LocationShown>"
    )
    meta = embedded_from_bytes(jpeg_with(b"http://ns.adobe.com/xap/1.0/\x00" + packet(body)))
    assert (meta.city, meta.country) == ("Tinghir", "Maroc")


def test_node_id_references_utf16_packets_and_extended_xmp() -> None:
    node = (
        b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:dc="http://purl.org/dc/elements/1.1/" '
        b'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        b'<rdf:Bag rdf:nodeID="k"><rdf:li>nodeID</rdf:li><rdf:li>test</rdf:li></rdf:Bag>'
        b'<rdf:Description rdf:about=""><dc:subject rdf:nodeID="k"/></rdf:Description>'
        b"</rdf:RDF></x:xmpmeta>"
    )
    assert read_xmp([node])[0].meta.keywords == ("nodeID", "test")
    utf16 = packet("<dc:subject><rdf:Bag><rdf:li>Élise</rdf:li></rdf:Bag></dc:subject>")
    utf16 = utf16.decode().encode("utf-16-be")
    meta = embedded_from_bytes(jpeg_with(b"http://ns.adobe.com/xap/1.0/\x00" + utf16))
    assert meta.keywords == ("Élise",)
    extended = packet("<dc:subject><rdf:Bag><rdf:li>extended</rdf:li></rdf:Bag></dc:subject>")
    guid = hashlib.md5(extended).hexdigest().upper().encode()  # XMP's own GUID rule
    head = b"http://ns.adobe.com/xmp/extension/\x00" + guid + struct.pack(">I", len(extended))
    half = len(extended) // 2
    parts = (
        head + struct.pack(">I", 0) + extended[:half],
        head + struct.pack(">I", half) + extended[half:],
    )
    assert embedded_from_bytes(jpeg_with(*parts)).keywords == ("extended",)


@pytest.mark.parametrize(
    "bad",
    [
        b"<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF",
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]>'
        b"<x:xmpmeta xmlns:x='adobe:ns:meta/'>&b;</x:xmpmeta>",
        b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
        b'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
        b'xmlns:dc="http://purl.org/dc/elements/1.1/">'
        b'<rdf:Bag rdf:nodeID="loop">' + b'<rdf:li rdf:nodeID="loop"/>' * 50 + b"</rdf:Bag>"
        b'<rdf:Description rdf:about=""><dc:subject rdf:nodeID="loop"/></rdf:Description>'
        b"</rdf:RDF></x:xmpmeta>",
    ],
)
def test_broken_or_hostile_xmp_is_a_warning_not_an_exception(bad: bytes, tmp_path: Path) -> None:
    path = tmp_path / "bad.xmp"
    path.write_bytes(bad)
    meta = read_sidecar(path)
    assert meta.format == "xmp"
    assert meta.warnings
    assert meta.warnings[0].startswith("broken XMP")
    image = embedded_from_bytes(jpeg_with(b"http://ns.adobe.com/xap/1.0/\x00" + bad))
    assert image.format == "jpeg"
