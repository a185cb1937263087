"""Finding the metadata blocks inside image containers, by magic bytes, never by extension.

Each scanner walks one container (JPEG segments, PNG chunks, RIFF/WebP chunks, TIFF
directories, PSD resources, ISO-BMFF boxes...) and returns a ``Found``: the file type, the
stored pixel size, and the raw EXIF, XMP and IPTC blocks for the field readers. Every loop is
bounded by the data length or a fixed count, so malformed lengths cannot make it hang.
"""

from __future__ import annotations

import re
import struct
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from memoryapp.importers.exif import Layout
from memoryapp.importers.iptc import (
    IRB_SIGNATURES,
    RESOURCE_EXIF,
    RESOURCE_IPTC,
    RESOURCE_XMP,
    photoshop_resources,
)
from memoryapp.importers.png_text import PngText, read_png
from memoryapp.importers.tiff import ifd0_tag, is_tiff, read_tiff
from memoryapp.importers.xmp_tree import find_packets

_XMP_SIG: Final = b"http://ns.adobe.com/xap/1.0/\x00"
_XMP_EXT_SIG: Final = b"http://ns.adobe.com/xmp/extension/\x00"
_PS_SIG: Final = b"Photoshop 3.0\x00"
_MAX_EXTENDED_XMP: Final = 64 * 1024 * 1024
_MAX_SEGMENTS: Final = 100_000
_SOF_MARKERS: Final = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}


@dataclass(frozen=True, slots=True, kw_only=True)
class ExifBlock:
    """A TIFF-structured EXIF block and how its first directory is to be read."""

    data: bytes
    layout: Layout = "tiff"


@dataclass(frozen=True, slots=True, kw_only=True)
class Found:
    """The blocks and facts a container scan found.

    Attributes:
        format: File type (``jpeg``, ``png``, ``heic``, ``cr2``...), None when unknown.
        width: Stored pixel width (before orientation).
        height: Stored pixel height.
        exif: EXIF blocks, the main one first.
        xmp: XMP packets in file order.
        iptc: IPTC-IIM streams.
        png_texts: PNG text chunks.
        page_count: Number of pages, when known cheaply.
        warnings: Problems met while scanning.
    """

    format: str | None = None
    width: int | None = None
    height: int | None = None
    exif: tuple[ExifBlock, ...] = ()
    xmp: tuple[bytes, ...] = ()
    iptc: tuple[bytes, ...] = ()
    png_texts: tuple[PngText, ...] = ()
    page_count: int | None = None
    warnings: tuple[str, ...] = ()


def _irb(data: bytes) -> tuple[list[bytes], list[bytes], list[ExifBlock]]:
    iptc: list[bytes] = []
    xmp: list[bytes] = []
    exif: list[ExifBlock] = []
    for resource_id, payload in photoshop_resources(data):
        if resource_id == RESOURCE_IPTC:
            iptc.append(payload)
        elif resource_id == RESOURCE_XMP:
            xmp.append(payload)
        elif resource_id == RESOURCE_EXIF and is_tiff(payload):
            exif.append(ExifBlock(data=payload))
    return iptc, xmp, exif


def scan_jpeg(data: bytes, fmt: str = "jpeg") -> Found:
    """Walk JPEG segments up to the first SOS: SOF size, EXIF, XMP (with extended), APP13."""
    pos = 2
    width = height = None
    exif: list[ExifBlock] = []
    xmp: list[bytes] = []
    extended: dict[bytes, bytearray] = {}
    photoshop = bytearray()
    warnings: list[str] = []
    for _ in range(_MAX_SEGMENTS):
        if pos + 4 > len(data):
            break
        if data[pos] != 0xFF:
            # ExifTool skips unknown bytes after a segment; resynchronise on the next 0xFF.
            next_marker = data.find(b"\xff", pos)
            if next_marker < 0:
                break
            warnings.append(f"broken JPEG: skipped {next_marker - pos} bytes at byte {pos}")
            pos = next_marker
            continue
        marker = data[pos + 1]
        if marker == 0xFF:
            pos += 1
            continue
        if marker in (0x01, 0xD8) or 0xD0 <= marker <= 0xD7:
            pos += 2
            continue
        if marker in (0xD9, 0xDA):
            break
        (length,) = struct.unpack_from(">H", data, pos + 2)
        if length < 2:
            warnings.append(f"broken JPEG: segment length {length} at byte {pos}")
            break
        seg_start = pos + 4
        seg = data[seg_start : pos + 2 + length]
        pos += 2 + length
        if marker in _SOF_MARKERS and width is None and len(seg) >= 5:
            height, width = struct.unpack_from(">HH", seg, 1)
        elif marker == 0xE1 and seg.startswith(b"Exif\x00"):
            if is_tiff(seg[6:]):
                exif.append(ExifBlock(data=seg[6:]))
            else:
                warnings.append("broken EXIF: APP1 Exif segment without a TIFF header")
        elif marker == 0xE1 and seg.startswith(_XMP_SIG):
            xmp.append(seg[len(_XMP_SIG) :])
        elif marker == 0xE1 and seg.startswith(_XMP_EXT_SIG):
            _extended_xmp(seg[len(_XMP_EXT_SIG) :], extended)
        elif marker == 0xE1 and (b"<x:xmpmeta" in seg[:512] or b"<?xpacket" in seg[:512]):
            xmp.append(seg)  # a non-standard XMP header
        elif marker == 0xED and seg.startswith(_PS_SIG):
            photoshop += seg[len(_PS_SIG) :]
        elif marker == 0xE2 and seg.startswith(b"MPF\x00") and fmt == "jpeg":
            fmt = "mpo" if _has_second_image(data, seg_start + 4) else fmt
    iptc, irb_xmp, irb_exif = _irb(bytes(photoshop))
    xmp += [bytes(chunk) for chunk in extended.values()]
    return Found(
        format=fmt,
        width=width or None,
        height=height or None,
        exif=(*exif, *irb_exif),
        xmp=(*xmp, *irb_xmp),
        iptc=tuple(iptc),
        warnings=tuple(warnings),
    )


def _has_second_image(data: bytes, base: int) -> bool:
    """True when the MPF index at ``base`` points at a further JPEG inside ``data`` (MPO)."""
    entries = ifd0_tag(data[base:], 0xB002)
    order = "<" if data[base : base + 2] == b"II" else ">"
    for index in range(1, min(len(entries) // 16, 64)):
        size, offset = struct.unpack_from(order + "II", entries, index * 16 + 4)
        start = base + offset
        if offset and size and data[start : start + 2] == b"\xff\xd8":
            return True
    return False


def _extended_xmp(body: bytes, extended: dict[bytes, bytearray]) -> None:
    if len(body) < 40:
        return
    guid = body[:32]
    total, offset = struct.unpack_from(">II", body, 32)
    chunk = body[40:]
    if total > _MAX_EXTENDED_XMP or offset + len(chunk) > total:
        return
    if guid not in extended and len(extended) >= 4:
        return
    buffer = extended.setdefault(guid, bytearray(total))
    if len(buffer) == total:
        buffer[offset : offset + len(chunk)] = chunk


def scan_png(data: bytes) -> Found:
    """Walk PNG chunks (see ``png_text``)."""
    png = read_png(data)
    iptc: list[bytes] = []
    xmp = list(png.xmp)
    for block in png.iptc:
        if block[:4] in IRB_SIGNATURES:
            more_iptc, more_xmp, _ = _irb(block)
            iptc += more_iptc
            xmp += more_xmp
        else:
            iptc.append(block)
    return Found(
        format="apng" if png.animated else "png",
        width=png.width,
        height=png.height,
        exif=tuple(ExifBlock(data=block) for block in png.exif if is_tiff(block)),
        xmp=tuple(xmp),
        iptc=tuple(iptc),
        png_texts=png.texts,
        warnings=png.warnings,
    )


def _strip_exif_header(payload: bytes) -> bytes:
    start = payload.find(b"Exif\x00\x00", 0, 16)
    return payload[start + 6 :] if start >= 0 else payload


def scan_webp(data: bytes) -> Found:
    """Walk RIFF/WebP chunks: VP8X/VP8/VP8L size, ``EXIF`` and ``XMP`` chunks."""
    pos = 12
    width = height = None
    exif: list[ExifBlock] = []
    xmp: list[bytes] = []
    for _ in range(_MAX_SEGMENTS):
        if pos + 8 > len(data):
            break
        kind = data[pos : pos + 4]
        (size,) = struct.unpack_from("<I", data, pos + 4)
        body = data[pos + 8 : pos + 8 + size]
        pos += 8 + size + (size & 1)
        if kind == b"VP8X" and len(body) >= 10 and width is None:
            width = 1 + int.from_bytes(body[4:7], "little")
            height = 1 + int.from_bytes(body[7:10], "little")
        elif kind == b"VP8 " and len(body) >= 10 and width is None:
            if body[3:6] == b"\x9d\x01\x2a":
                w, h = struct.unpack_from("<HH", body, 6)
                width, height = w & 0x3FFF, h & 0x3FFF
        elif kind == b"VP8L" and len(body) >= 5 and width is None and body[0] == 0x2F:
            (bits,) = struct.unpack_from("<I", body, 1)
            width, height = (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
        elif kind == b"EXIF":
            block = _strip_exif_header(body)
            if is_tiff(block):
                exif.append(ExifBlock(data=block))
        elif kind == b"XMP ":
            xmp.append(body)
    return Found(format="webp", width=width, height=height, exif=tuple(exif), xmp=tuple(xmp))


def _tiff_format(data: bytes, make: bytes, dng: bool, big: bool, raw: bool) -> str:
    if big:
        return "btf"
    if data[8:10] == b"CR" or (data[:4] == b"II\x2a\x00" and data[8:11] == b"CR\x02"):
        return "cr2"
    if data[:4] == b"IIU\x00":
        return "rw2"
    if data[:4] in (b"IIRO", b"IIRS", b"MMOR"):
        return "orf"
    if dng:
        return "dng"
    if data[8:12] == b"IIII":
        return "iiq"
    if not raw:
        return "tiff"
    upper = make.upper()
    for prefix, name in ((b"NIKON", "nef"), (b"SONY", "arw"), (b"PENTAX", "pef"),
                         (b"RICOH", "pef")):  # fmt: skip
        if upper.startswith(prefix):
            return name
    return "tiff"


def scan_tiff(data: bytes) -> Found:
    """Read a TIFF or TIFF-based raw file: size of the main image and the tag blocks."""
    tiff_data = data
    info = read_tiff(tiff_data)
    fmt = _tiff_format(data, info.make, info.dng, info.big, info.raw)
    width, height = info.width, info.height
    if fmt in ("cr2", "iiq") and info.exif_width and info.exif_height:
        width, height = info.exif_width, info.exif_height
    iptc = list(info.iptc)
    xmp = list(info.xmp)
    exif = [ExifBlock(data=tiff_data)] if not info.big else []
    for block in info.photoshop:
        more_iptc, more_xmp, _ = _irb(block)
        iptc += more_iptc
        xmp += more_xmp
    return Found(
        format=fmt,
        width=width,
        height=height,
        exif=tuple(exif),
        xmp=tuple(xmp),
        iptc=tuple(iptc),
        page_count=info.pages or None if fmt == "tiff" else None,
    )


def scan_psd(data: bytes) -> Found:
    """Read a Photoshop file's header size and its image resources."""
    if len(data) < 26:
        return Found(format="psd", warnings=("broken PSD: header too short",))
    height, width = struct.unpack_from(">II", data, 14)
    pos = 26
    (color_len,) = struct.unpack_from(">I", data, pos) if len(data) >= pos + 4 else (0,)
    pos += 4 + color_len
    resources = b""
    if pos + 4 <= len(data):
        (res_len,) = struct.unpack_from(">I", data, pos)
        resources = data[pos + 4 : pos + 4 + res_len]
    iptc, xmp, exif = _irb(resources)
    return Found(
        format="psd", width=width, height=height, exif=tuple(exif), xmp=tuple(xmp),
        iptc=tuple(iptc),
    )  # fmt: skip


def scan_gif(data: bytes) -> Found:
    """Read a GIF's logical screen size and any XMP packet."""
    width, height = struct.unpack_from("<HH", data, 6) if len(data) >= 10 else (None, None)
    return Found(format="gif", width=width, height=height, xmp=tuple(find_packets(data, 1)))


def scan_bmp(data: bytes) -> Found:
    """Read a BMP's size from its info header."""
    if len(data) < 26:
        return Found(format="bmp")
    (header_size,) = struct.unpack_from("<I", data, 14)
    if header_size == 12:
        width, height = struct.unpack_from("<HH", data, 18)
    else:
        width, height = struct.unpack_from("<Ii", data, 18)  # as ExifTool: width unsigned
    return Found(format="bmp", width=width or None, height=abs(height) or None)


def scan_ico(data: bytes) -> Found:
    """Read a Windows icon's first image size (0 means 256)."""
    if len(data) < 8:
        return Found(format="ico")
    return Found(format="ico", width=data[6] or 256, height=data[7] or 256)


def scan_pdf(data: bytes) -> Found:
    """Read a PDF's page count, uncompressed XMP and any uncompressed Photoshop resources."""
    counts = [int(m[1]) for m in re.finditer(rb"/Type\s*/Pages\b[^>]*?/Count\s+(\d+)", data)]
    counts += [int(m[1]) for m in re.finditer(rb"/Count\s+(\d+)[^>]*?/Type\s*/Pages\b", data)]
    start = data.find(b"8BIM")
    iptc, xmp, exif = _irb(data[start:]) if start >= 0 else ([], [], [])
    return Found(
        format="pdf",
        page_count=max(counts) if counts else None,
        exif=tuple(exif),
        xmp=(*find_packets(data), *xmp),
        iptc=tuple(iptc),
    )


def scan_embedded_jpeg(data: bytes, fmt: str, start: int) -> Found:
    """Read a raw file that carries its metadata in an embedded JPEG (RAF, X3F previews)."""
    found = scan_jpeg(data[start:]) if start >= 0 else Found()
    return Found(
        format=fmt, width=found.width, height=found.height, exif=found.exif, xmp=found.xmp,
        iptc=found.iptc,
    )  # fmt: skip


Scanner = Callable[[bytes], Found]
