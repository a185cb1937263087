"""Camera raw containers that are not plain TIFF: Fujifilm RAF, Minolta MRW, Sigma X3F, Canon CRW.

Only what the importer needs: the stored size as ExifTool reports it and the EXIF block. RAF and
newer X3F files carry their EXIF in an embedded JPEG preview; MRW keeps a TIFF block (``TTW``);
CRW (CIFF) keeps the size in its ``ImageInfo`` record. Walks are bounded.
"""

from __future__ import annotations

import struct
from typing import Final

from memoryapp.importers.containers import ExifBlock, Found, scan_embedded_jpeg, scan_tiff
from memoryapp.importers.tiff import read_tiff
from memoryapp.importers.xmp_tree import find_packets

_MAX_BLOCKS: Final = 1000
_MAX_HEAPS: Final = 64
_JPEG_SOI: Final = b"\xff\xd8\xff"


def scan_raf(data: bytes) -> Found:
    """Fujifilm RAF: the header points at a JPEG preview holding the EXIF."""
    start = struct.unpack_from(">I", data, 84)[0] if len(data) >= 88 else -1
    if start <= 0 or start >= len(data) or data[start : start + 3] != _JPEG_SOI:
        start = data.find(_JPEG_SOI)
    return scan_embedded_jpeg(data, "raf", start)


def scan_x3f(data: bytes) -> Found:
    """Sigma X3F: a JPEG preview when there is one (newer files), else the header size."""
    start = data.find(_JPEG_SOI)
    if start >= 0:
        return scan_embedded_jpeg(data, "x3f", start)
    if len(data) < 36:
        return Found(format="x3f")
    width, height = struct.unpack_from("<II", data, 28)
    return Found(format="x3f", width=width or None, height=height or None)


def scan_mrw(data: bytes, start: int = 0) -> Found:
    r"""Minolta MRW (``\\0MRM``, also ``\\0MRI`` inside Sony ARW): ``PRD`` size, ``TTW`` TIFF."""
    order = "<" if data[start : start + 4] == b"\x00MRI" else ">"
    if len(data) < start + 8:
        return Found(format="mrw")
    end = min(len(data), start + 8 + struct.unpack_from(order + "I", data, start + 4)[0])
    pos = start + 8
    width = height = None
    exif: tuple[ExifBlock, ...] = ()
    for _ in range(_MAX_BLOCKS):
        if pos + 8 > end:
            break
        name, size = data[pos : pos + 4], struct.unpack_from(order + "I", data, pos + 4)[0]
        body = data[pos + 8 : pos + 8 + size]
        pos += 8 + size
        if name == b"\x00PRD" and len(body) >= 16:
            height, width = struct.unpack_from(order + "HH", body, 12)
        elif name == b"\x00TTW":
            info = read_tiff(body)
            exif = (ExifBlock(data=body),)
            if width is None:
                width, height = info.width, info.height
    return Found(format="mrw", width=width, height=height, exif=exif)


def _ciff_size(
    data: bytes, order: str, start: int, end: int, seen: set[tuple[int, int]]
) -> tuple[int, int] | None:
    if len(seen) > _MAX_HEAPS or (start, end) in seen or end - start < 6 or end > len(data):
        return None
    seen.add((start, end))
    table = start + struct.unpack_from(order + "I", data, end - 4)[0]
    if table + 2 > end:
        return None
    (count,) = struct.unpack_from(order + "H", data, table)
    for index in range(min(count, _MAX_BLOCKS)):
        entry = table + 2 + 10 * index
        if entry + 10 > end:
            break
        tag, size, offset = struct.unpack_from(order + "HII", data, entry)
        if tag & 0xC000:  # value stored in the entry itself
            continue
        if tag & 0x3FFF == 0x1810 and size >= 8 and start + offset + 8 <= end:
            width, height = struct.unpack_from(order + "II", data, start + offset)
            return width, height
        if tag & 0x3800 in (0x2800, 0x3000):
            found = _ciff_size(data, order, start + offset, start + offset + size, seen)
            if found:
                return found
    return None


def scan_crw(data: bytes) -> Found:
    """Canon CRW (CIFF): the size from the ``ImageInfo`` record."""
    order = "<" if data[:2] == b"II" else ">"
    header = struct.unpack_from(order + "I", data, 2)[0] if len(data) >= 6 else 0
    size = _ciff_size(data, order, header, len(data), set()) if 0 < header < len(data) else None
    return Found(
        format="crw",
        width=size[0] if size else None,
        height=size[1] if size else None,
        xmp=tuple(find_packets(data, 2)),
    )


def scan_tiff_raw(data: bytes) -> Found:
    """TIFF and TIFF-based raws; Sony ARW's size comes from its embedded Minolta ``PRD`` block."""
    found = scan_tiff(data)
    if found.format != "arw":
        return found
    start = data.find(b"\x00MRI")
    if start < 0:
        start = data.find(b"\x00MRM")
    if start < 0:
        return found
    minolta = scan_mrw(data, start)
    return Found(
        format="arw",
        width=minolta.width or found.width,
        height=minolta.height or found.height,
        exif=found.exif,
        xmp=found.xmp,
        iptc=found.iptc,
    )


def scan_rw2(data: bytes) -> Found:
    """Panasonic RW2: TIFF-like; ExifTool's size is that of the embedded JPEG."""
    found = scan_tiff(data)
    start = data.find(_JPEG_SOI)
    if start < 0:
        return found
    preview = scan_embedded_jpeg(data, "rw2", start)
    return Found(
        format="rw2",
        width=preview.width or found.width,
        height=preview.height or found.height,
        exif=found.exif + preview.exif,
        xmp=found.xmp + preview.xmp,
        iptc=found.iptc + preview.iptc,
    )
