"""PNG: text chunks, XMP in iTXt, EXIF in eXIf and in ImageMagick's raw profile."""

from __future__ import annotations

import binascii
import io
import struct
import zlib

import pytest
from PIL import Image, PngImagePlugin

from memoryapp.importers.metadata import embedded_from_bytes
from memoryapp.importers.png_text import read_png


def png(info: PngImagePlugin.PngInfo | None = None, exif: bytes | None = None) -> bytes:
    buffer = io.BytesIO()
    kwargs: dict[str, object] = {"pnginfo": info} if info else {}
    if exif:
        kwargs["exif"] = exif
    Image.new("RGB", (12, 9)).save(buffer, "PNG", **kwargs)
    return buffer.getvalue()


def chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def insert_before_iend(data: bytes, *chunks: bytes) -> bytes:
    end = data.rindex(b"IEND") - 4
    return data[:end] + b"".join(chunks) + data[end:]


def test_text_chunks_map_to_title_description_creator_rights() -> None:
    info = PngImagePlugin.PngInfo()
    info.add_text("Title", "Le mellah")
    info.add_text("Description", "Mariage à Tinghir", zip=True)
    info.add_itxt("Author", "שמחה אלבז", lang="he")
    info.add_itxt("Copyright", "© Famille Elbaz")
    meta = embedded_from_bytes(png(info))
    assert (meta.format, meta.width, meta.height) == ("png", 12, 9)
    assert meta.title == "Le mellah"
    assert meta.description == "Mariage à Tinghir"
    assert meta.creator == "שמחה אלבז"
    assert meta.rights == "© Famille Elbaz"
    assert meta.raw["PNG:Title"] == "Le mellah"


def test_untagged_text_wins_over_a_language_tagged_itxt() -> None:
    info = PngImagePlugin.PngInfo()
    info.add_itxt("Title", "عرس", lang="ar")
    info.add_text("Title", "Wedding")
    assert embedded_from_bytes(png(info)).title == "Wedding"


def test_xmp_in_itxt_wins_over_png_text() -> None:
    xmp = (
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
        'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description '
        'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title><rdf:Alt>'
        "<rdf:li xml:lang='x-default'>From XMP</rdf:li></rdf:Alt></dc:title>"
        "</rdf:Description></rdf:RDF></x:xmpmeta>"
    )
    info = PngImagePlugin.PngInfo()
    info.add_text("Title", "From tEXt")
    info.add_itxt("XML:com.adobe.xmp", xmp, zip=True)
    assert embedded_from_bytes(png(info)).title == "From XMP"


def _exif(orientation: int) -> bytes:
    exif = Image.Exif()
    exif[0x0112] = orientation
    exif[0x0110] = "ScanSnap"
    return exif.tobytes()


def test_exif_from_an_exif_chunk() -> None:
    meta = embedded_from_bytes(png(exif=_exif(3)))
    assert (meta.orientation, meta.model) == (3, "ScanSnap")


def test_exif_from_an_imagemagick_raw_profile() -> None:
    payload = _exif(6)  # Exif header + TIFF, as ImageMagick writes it
    hexed = binascii.hexlify(payload).decode()
    lines = "\n".join(hexed[i : i + 72] for i in range(0, len(hexed), 72))
    text = f"\nexif\n{len(payload):8d}\n{lines}\n"
    info = PngImagePlugin.PngInfo()
    info.add_text("Raw profile type exif", text, zip=True)
    meta = embedded_from_bytes(png(info))
    assert (meta.orientation, meta.model) == (6, "ScanSnap")


def test_animated_png_is_named_apng() -> None:
    data = png()
    ihdr_end = 8 + 25
    actl = chunk(b"acTL", struct.pack(">II", 1, 0))
    assert embedded_from_bytes(data[:ihdr_end] + actl + data[ihdr_end:]).format == "apng"


@pytest.mark.parametrize(
    "bad",
    [
        chunk(b"zTXt", b"Title\x00\x00not zlib"),
        chunk(b"iTXt", b"Title\x00\x01\x00\x00\x00broken"),
        chunk(b"tEXt", b"Raw profile type exif\x00\nexif\n  10\nzz"),
        b"\x00\x00\xff\xfftEXtTitle",  # runs past the end of the file
    ],
)
def test_broken_chunks_become_warnings(bad: bytes) -> None:
    meta = embedded_from_bytes(insert_before_iend(png(), bad))
    assert meta.format == "png"
    assert meta.title is None
    assert meta.warnings


def test_compressed_text_is_inflated_within_a_budget() -> None:
    bomb = zlib.compress(b"a" * (20 * 1024 * 1024), 9)
    data = insert_before_iend(png(), chunk(b"zTXt", b"Comment\x00\x00" + bomb))
    scan = read_png(data)
    assert any("larger than 16 MB" in warning for warning in scan.warnings)
    assert (scan.width, scan.height) == (12, 9)
