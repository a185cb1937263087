"""ISO base media file format boxes: HEIC/HEIF/AVIF items, Canon CR3, JPEG 2000 and JPEG XL.

HEIF keeps EXIF and XMP as items of the ``meta`` box, located by ``iloc``; the stored size is
the primary item's ``ispe`` property (before any ``irot``/``imir``). EXIF is taken from the
container bytes, never from a decoder, so the orientation is what the file says. CR3 keeps
TIFF directories in ``CMT1``-``CMT4`` boxes inside a Canon ``uuid`` box. Box walks are bounded.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator
from typing import Final

from memoryapp.importers.containers import ExifBlock, Found
from memoryapp.importers.tiff import is_tiff, read_tiff

_MAX_BOXES: Final = 10_000
_MAX_ITEMS: Final = 10_000
_MAX_ITEM_BYTES: Final = 64 * 1024 * 1024
_CANON_UUID: Final = bytes.fromhex("85c0b687820f11e08111f4ce462b6a48")
_XMP_UUID: Final = bytes.fromhex("be7acfcb97a942e89c71999491e3afac")
_EXIF_UUID: Final = b"JpgTiffExif->JP2"
_BRANDS: Final = {
    b"heic": "heic", b"heix": "heif", b"heim": "heic", b"heis": "heic", b"mif1": "heif",
    b"msf1": "heif", b"avif": "avif", b"avis": "avif", b"crx ": "cr3", b"jp2 ": "jp2",
    b"jpx ": "jpx", b"jxl ": "jxl",
}  # fmt: skip

Box = tuple[bytes, int, int]  # (type, body start, body end)


def boxes(data: bytes, start: int = 0, end: int | None = None) -> Iterator[Box]:
    """Yield the boxes between ``start`` and ``end``; stops at the first malformed size."""
    end = len(data) if end is None else min(end, len(data))
    pos = start
    for _ in range(_MAX_BOXES):
        if pos + 8 > end:
            return
        size, kind = struct.unpack_from(">I4s", data, pos)
        header = 8
        if size == 1 and pos + 16 <= end:
            (size,) = struct.unpack_from(">Q", data, pos + 8)
            header = 16
        elif size == 0:
            size = end - pos
        if size < header:
            return
        yield kind, pos + header, min(pos + size, end)
        pos += size


def _child(data: bytes, start: int, end: int, kind: bytes) -> Box | None:
    return next((box for box in boxes(data, start, end) if box[0] == kind), None)


def brand_format(data: bytes) -> str | None:
    """Return the file type named by the ``ftyp`` major brand, if this is ISO-BMFF."""
    if data[4:8] != b"ftyp":
        return None
    return _BRANDS.get(data[8:12], "mp4")


def _uint(data: bytes, pos: int, size: int) -> int:
    if size == 0:
        return 0
    if pos + size > len(data):
        raise ValueError("box field past the end")
    return int.from_bytes(data[pos : pos + size], "big")


def _items(data: bytes, iinf: Box) -> dict[int, tuple[bytes, str]]:
    """Map item id -> (item type, content type) from ``iinf``."""
    _, start, end = iinf
    version = data[start]
    pos = start + 4 + (2 if version == 0 else 4)
    items: dict[int, tuple[bytes, str]] = {}
    for kind, body, box_end in boxes(data, pos, end):
        if kind != b"infe" or len(items) >= _MAX_ITEMS:
            continue
        infe_version = data[body]
        if infe_version < 2:
            continue
        id_size = 2 if infe_version == 2 else 4
        item_id = _uint(data, body + 4, id_size)
        cursor = body + 4 + id_size + 2
        item_type = data[cursor : cursor + 4]
        rest = data[cursor + 4 : box_end].split(b"\x00")
        content_type = rest[1].decode("latin-1") if item_type == b"mime" and len(rest) > 1 else ""
        items[item_id] = (item_type, content_type)
    return items


def _locations(data: bytes, iloc: Box, idat: Box | None) -> dict[int, list[tuple[int, int]]]:
    """Map item id -> its extents ``(start, stop)`` in ``data``, from ``iloc``."""
    _, start, end = iloc
    version = data[start]
    sizes = data[start + 4 : start + 6]
    offset_size, length_size = sizes[0] >> 4, sizes[0] & 15
    base_size, index_size = sizes[1] >> 4, (sizes[1] & 15) if version in (1, 2) else 0
    pos = start + 6
    count = _uint(data, pos, 2 if version < 2 else 4)
    pos += 2 if version < 2 else 4
    found: dict[int, list[tuple[int, int]]] = {}
    for _ in range(min(count, _MAX_ITEMS)):
        item_id = _uint(data, pos, 2 if version < 2 else 4)
        pos += 2 if version < 2 else 4
        method = _uint(data, pos, 2) & 15 if version in (1, 2) else 0
        pos += 2 if version in (1, 2) else 0
        pos += 2  # data reference index
        base = _uint(data, pos, base_size)
        pos += base_size
        extent_count = _uint(data, pos, 2)
        pos += 2
        chunks: list[tuple[int, int]] = []
        for _ in range(min(extent_count, _MAX_ITEMS)):
            pos += index_size
            offset = _uint(data, pos, offset_size)
            length = _uint(data, pos + offset_size, length_size)
            pos += offset_size + length_size
            origin = idat[1] if method == 1 and idat else 0
            begin = origin + base + offset
            stop = (
                (idat[2] if method == 1 and idat else len(data)) if length == 0 else begin + length
            )
            chunks.append((begin, stop))
        if pos > end:
            break
        found[item_id] = chunks
    return found


def _primary_size(data: bytes, meta: Box, primary: int | None) -> tuple[int | None, int | None]:
    iprp = _child(data, meta[1] + 4, meta[2], b"iprp")
    if iprp is None:
        return None, None
    ipco = _child(data, iprp[1], iprp[2], b"ipco")
    ipma = _child(data, iprp[1], iprp[2], b"ipma")
    if ipco is None or ipma is None:
        return None, None
    properties = list(boxes(data, ipco[1], ipco[2]))
    _, start, _end = ipma
    version, flags = data[start], _uint(data, start + 1, 3)
    pos = start + 4
    count = _uint(data, pos, 4)
    pos += 4
    for _ in range(min(count, _MAX_ITEMS)):
        item_id = _uint(data, pos, 2 if version < 1 else 4)
        pos += 2 if version < 1 else 4
        assoc_count = data[pos]
        pos += 1
        indexes = []
        for _ in range(assoc_count):
            if flags & 1:
                indexes.append(_uint(data, pos, 2) & 0x7FFF)
                pos += 2
            else:
                indexes.append(data[pos] & 0x7F)
                pos += 1
        if primary is not None and item_id != primary:
            continue
        for index in indexes:
            if 0 < index <= len(properties) and properties[index - 1][0] == b"ispe":
                body = properties[index - 1][1]
                return _uint(data, body + 4, 4), _uint(data, body + 8, 4)
    return None, None


def _tiff_in(payload: bytes, skip_offset_field: bool) -> bytes | None:
    if skip_offset_field and len(payload) >= 4:
        offset = _uint(payload, 0, 4)
        if is_tiff(payload[4 + offset : 8 + offset]):
            return payload[4 + offset :]
    for start in range(min(len(payload), 64)):
        if is_tiff(payload[start : start + 4]):
            return payload[start:]
    return None


def scan_heif(data: bytes, fmt: str) -> Found:
    """Read a HEIF/AVIF file: primary item size, Exif items and XMP (``mime``) items."""
    meta = _child(data, 0, len(data), b"meta")
    if meta is None:
        return Found(format=fmt, warnings=("broken HEIF: no meta box",))
    inner = meta[1] + 4
    pitm = _child(data, inner, meta[2], b"pitm")
    primary = _uint(data, pitm[1] + 4, 2 if data[pitm[1]] == 0 else 4) if pitm else None
    iinf = _child(data, inner, meta[2], b"iinf")
    iloc = _child(data, inner, meta[2], b"iloc")
    idat = _child(data, inner, meta[2], b"idat")
    items = _items(data, iinf) if iinf else {}
    extents = _locations(data, iloc, idat) if iloc else {}
    exif: list[ExifBlock] = []
    xmp: list[bytes] = []
    budget = _MAX_ITEM_BYTES
    for item_id, (item_type, content_type) in sorted(items.items()):
        if item_type != b"Exif" and item_type != b"mime":
            continue
        payload = b"".join(data[start:stop] for start, stop in extents.get(item_id, [])[:64])
        budget -= len(payload)
        if budget < 0:
            break
        if item_type == b"Exif" and (tiff := _tiff_in(payload, True)):
            exif.append(ExifBlock(data=tiff))
        elif item_type == b"mime" and "rdf+xml" in content_type:
            xmp.append(payload)
    width, height = _primary_size(data, meta, primary)
    return Found(format=fmt, width=width, height=height, exif=tuple(exif), xmp=tuple(xmp))


def scan_cr3(data: bytes) -> Found:
    """Read a Canon CR3: TIFF directories in the ``CMT`` boxes and XMP in its ``uuid`` box."""
    exif: list[ExifBlock] = []
    xmp: list[bytes] = []
    width = height = None
    for kind, start, end in boxes(data):
        if kind == b"uuid" and data[start : start + 16] == _XMP_UUID:
            xmp.append(data[start + 16 : end])
        if kind != b"moov":
            continue
        for sub, sub_start, sub_end in boxes(data, start, end):
            if sub != b"uuid" or data[sub_start : sub_start + 16] != _CANON_UUID:
                continue
            for cmt, body, body_end in boxes(data, sub_start + 16, sub_end):
                block = data[body:body_end]
                if cmt == b"CMT1" and is_tiff(block):
                    info = read_tiff(block)
                    width, height = info.width, info.height
                    exif.insert(0, ExifBlock(data=block))
                elif cmt == b"CMT2" and is_tiff(block):
                    exif.append(ExifBlock(data=block, layout="exif_ifd"))
                elif cmt == b"CMT4" and is_tiff(block):
                    exif.append(ExifBlock(data=block, layout="gps_ifd"))
    return Found(format="cr3", width=width, height=height, exif=tuple(exif), xmp=tuple(xmp))


def scan_jp2(data: bytes, fmt: str) -> Found:
    """Read a JPEG 2000 file: ``ihdr`` size, EXIF and XMP ``uuid`` boxes, ``xml`` boxes."""
    width = height = None
    exif: list[ExifBlock] = []
    xmp: list[bytes] = []
    for kind, start, end in boxes(data):
        if kind == b"jp2h" and (ihdr := _child(data, start, end, b"ihdr")):
            height, width = _uint(data, ihdr[1], 4), _uint(data, ihdr[1] + 4, 4)
        elif kind == b"uuid" and data[start : start + 16] == _EXIF_UUID:
            if tiff := _tiff_in(data[start + 16 : end], False):
                exif.append(ExifBlock(data=tiff))
        elif kind == b"uuid" and data[start : start + 16] == _XMP_UUID:
            xmp.append(data[start + 16 : end])
        elif kind == b"xml " and b"xmpmeta" in data[start:end]:
            xmp.append(data[start:end])
    return Found(format=fmt, width=width, height=height, exif=tuple(exif), xmp=tuple(xmp))


def jxl_size(codestream: bytes) -> tuple[int | None, int | None]:
    """Decode the SizeHeader of a JPEG XL codestream (after the ``FF 0A`` signature)."""
    if codestream[:2] != b"\xff\x0a" or len(codestream) < 12:
        return None, None
    bits = int.from_bytes(codestream[2:12], "little")
    pos = 0

    def read(count: int) -> int:
        nonlocal pos
        value = (bits >> pos) & ((1 << count) - 1)
        pos += count
        return value

    def u32() -> int:
        selector = read(2)
        return 1 + read((9, 13, 18, 30)[selector])

    if read(1):
        height = (read(5) + 1) * 8
        ratio = read(3)
        width = (read(5) + 1) * 8 if ratio == 0 else 0
    else:
        height = u32()
        ratio = read(3)
        width = u32() if ratio == 0 else 0
    ratios = {1: (1, 1), 2: (12, 10), 3: (4, 3), 4: (3, 2), 5: (16, 9), 6: (5, 4), 7: (2, 1)}
    if ratio:
        num, den = ratios[ratio]
        width = height * num // den
    return width, height


def scan_jxl(data: bytes) -> Found:
    """Read a JPEG XL file: bare codestream size, or ``Exif``/``xml``/``jxlc`` boxes."""
    if data[:2] == b"\xff\x0a":
        width, height = jxl_size(data)
        return Found(format="jxl", width=width, height=height)
    width = height = None
    exif: list[ExifBlock] = []
    xmp: list[bytes] = []
    for kind, start, end in boxes(data):
        if kind == b"Exif" and (tiff := _tiff_in(data[start:end], True)):
            exif.append(ExifBlock(data=tiff))
        elif kind == b"xml ":
            xmp.append(data[start:end])
        elif kind == b"jxlc":
            width, height = jxl_size(data[start:end])
    return Found(format="jxl", width=width, height=height, exif=tuple(exif), xmp=tuple(xmp))


def scan_bmff(data: bytes) -> Found:
    """Dispatch an ISO-BMFF file by its ``ftyp`` major brand."""
    fmt = brand_format(data) or "mp4"
    if fmt == "cr3":
        return scan_cr3(data)
    if fmt in ("heic", "heif", "avif"):
        return scan_heif(data, fmt)
    if fmt in ("jp2", "jpx"):
        return scan_jp2(data, fmt)
    if fmt == "jxl":
        return scan_jxl(data)
    return Found(format=fmt)
