"""IPTC-IIM: datasets inside Photoshop APP13 resources, character sets, precedence."""

from __future__ import annotations

import io
import struct

import pytest
from PIL import Image

from memoryapp.importers.iptc import iim_datasets, photoshop_resources, read_iptc
from memoryapp.importers.metadata import embedded_from_bytes


def dataset(record: int, number: int, value: bytes) -> bytes:
    return struct.pack(">BBBH", 0x1C, record, number, len(value)) + value


def resource(resource_id: int, payload: bytes, name: bytes = b"") -> bytes:
    pascal = bytes([len(name)]) + name
    pascal += b"\x00" * (len(pascal) & 1)
    body = b"8BIM" + struct.pack(">H", resource_id) + pascal + struct.pack(">I", len(payload))
    return body + payload + b"\x00" * (len(payload) & 1)


def jpeg_with_app13(*payloads: bytes) -> bytes:
    """A Pillow JPEG with one APP13 ``Photoshop 3.0`` segment per payload."""
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8)).save(buffer, "JPEG")
    body = buffer.getvalue()
    segments = b""
    for payload in payloads:
        data = b"Photoshop 3.0\x00" + payload
        segments += b"\xff\xed" + struct.pack(">H", len(data) + 2) + data
    return body[:2] + segments + body[2:]


UTF8 = dataset(1, 90, b"\x1b%G")
FULL = b"".join(
    [
        dataset(2, 0, b"\x00\x04"),
        dataset(2, 5, b"Mariage au mellah"),
        dataset(2, 25, b"Tinghir"),
        dataset(2, 25, "ⵜⵉⵏⵖⵉⵔ".encode()),
        dataset(2, 25, b"wedding"),
        dataset(2, 55, b"19550600"),
        dataset(2, 80, b"Studio Elbaz"),
        dataset(2, 80, b"Simha"),
        dataset(2, 90, b"Tinghir"),
        dataset(2, 101, b"Maroc"),
        dataset(2, 116, "© Famille Elbaz".encode()),
        dataset(2, 120, b"Mariage, vers 1955"),
    ]
)


def test_fields_from_a_utf8_iim_block_in_app13() -> None:
    meta = embedded_from_bytes(jpeg_with_app13(resource(0x0404, UTF8 + FULL)))
    assert meta.title == "Mariage au mellah"
    assert meta.description == "Mariage, vers 1955"
    assert meta.keywords == ("Tinghir", "wedding", "ⵜⵉⵏⵖⵉⵔ")
    assert meta.creator == "Studio Elbaz; Simha"
    assert (meta.city, meta.country) == ("Tinghir", "Maroc")
    assert meta.rights == "© Famille Elbaz"
    assert meta.taken == "1955-06"  # day 00 means unknown: no fake first of the month
    assert meta.taken_source == "iptc:DateCreated"


def test_date_and_time_with_offset() -> None:
    block = dataset(2, 55, b"20040226") + dataset(2, 60, b"062751-0500")
    assert read_iptc([block]).taken == "2004-02-26T06:27:51-05:00"
    assert read_iptc([dataset(2, 60, b"104300+0000")]).taken is None  # a time alone is no date


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Trübiger".encode(), "Trübiger"),  # valid UTF-8 without a declared character set
        ("Trübiger".encode("cp1252"), "Trübiger"),  # Windows-1252, ExifTool's default
        (b"Jens Tr\x9fbiger", "Jens TrŸbiger"),  # Mac Roman read as Windows-1252, as ExifTool
    ],
)
def test_text_without_a_declared_character_set(raw: bytes, expected: str) -> None:
    assert read_iptc([dataset(2, 80, raw)]).creator == expected


def test_keywords_from_several_app13_segments_and_blocks_are_merged() -> None:
    first = resource(0x0404, dataset(2, 25, b"alpha") + dataset(2, 120, b"first caption"))
    whole = first + resource(0x0404, dataset(2, 25, b"beta") + dataset(2, 120, b"second"))
    half = len(whole) // 2  # a resource split across two APP13 segments
    meta = embedded_from_bytes(jpeg_with_app13(whole[:half], whole[half:]))
    assert meta.keywords == ("alpha", "beta")
    assert meta.description == "first caption"


def test_xmp_wins_over_iptc_which_wins_over_exif_description() -> None:
    xmp = (
        b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
        b'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        b'<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/">'
        b"<dc:title><rdf:Alt><rdf:li xml:lang='x-default'>xmp title</rdf:li></rdf:Alt></dc:title>"
        b"<dc:subject><rdf:Bag><rdf:li>from xmp</rdf:li></rdf:Bag></dc:subject>"
        b"</rdf:Description></rdf:RDF></x:xmpmeta>"
    )
    exif = Image.Exif()
    exif[0x010E] = "exif description"
    ps = resource(0x0404, b"".join([
        dataset(2, 5, b"iptc title"), dataset(2, 25, b"from iptc"), dataset(2, 120, b"iptc caption")
    ]))  # fmt: skip
    with_exif = io.BytesIO()
    Image.new("RGB", (8, 8)).save(with_exif, "JPEG", exif=exif.tobytes())
    body = with_exif.getvalue()
    xmp_segment = b"http://ns.adobe.com/xap/1.0/\x00" + xmp
    app13 = b"Photoshop 3.0\x00" + ps
    extra = b"\xff\xe1" + struct.pack(">H", len(xmp_segment) + 2) + xmp_segment
    extra += b"\xff\xed" + struct.pack(">H", len(app13) + 2) + app13
    meta = embedded_from_bytes(body[:2] + extra + body[2:])
    assert meta.title == "xmp title"
    assert meta.keywords == ("from iptc", "from xmp")  # keywords are a union
    assert meta.description == "iptc caption"
    no_iptc = embedded_from_bytes(body)
    assert no_iptc.description == "exif description"


def test_garbage_stops_parsing_without_error() -> None:
    assert list(iim_datasets(b"\x1c\x02\x19\xff\xff")) == []  # extended length, too long
    assert list(iim_datasets(b"garbage")) == []
    assert list(photoshop_resources(b"8BIM\x04\x04\x00")) == []
    assert next(iter(photoshop_resources(b"8BIM\x04\x04\x00\x00\xff\xff\xff\xff")))[0] == 0x0404
    meta = embedded_from_bytes(jpeg_with_app13(b"8BIM\x04\x04\x00\x00\x00\x00\x00\x05\x1c\x02"))
    assert meta.format == "jpeg"
    assert meta.keywords == ()
