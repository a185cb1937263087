"""A small, bounded TIFF directory walker (classic TIFF and BigTIFF).

exifread reads the EXIF values; this walker finds what it does not give: the size of the main
image (a raw file's full-resolution sub-image rather than its thumbnail), the XMP, IPTC and
Photoshop blocks stored as TIFF tags, and hints for naming TIFF-based raw formats. Every loop is
bounded, so malformed offsets and counts cannot make it hang.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from typing import Final

_TYPE_SIZES: Final = {
    1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8, 13: 4,
    16: 8, 17: 8, 18: 8,
}  # fmt: skip
_MAX_IFDS: Final = 64
_MAX_ENTRIES: Final = 4096

TAG_SUBFILE_TYPE: Final = 0x00FE
TAG_WIDTH: Final = 0x0100
TAG_HEIGHT: Final = 0x0101
TAG_MAKE: Final = 0x010F
TAG_COMPRESSION: Final = 0x0103
TAG_PHOTOMETRIC: Final = 0x0106
TAG_SUBIFDS: Final = 0x014A
TAG_XMP: Final = 0x02BC
TAG_IPTC: Final = 0x83BB
TAG_PHOTOSHOP: Final = 0x8649
TAG_EXIF_IFD: Final = 0x8769
TAG_EXIF_WIDTH: Final = 0xA002
TAG_EXIF_HEIGHT: Final = 0xA003
TAG_DNG_VERSION: Final = 0xC612
_RAW_PHOTOMETRIC: Final = frozenset({32803, 34892})  # CFA, LinearRaw
_RAW_COMPRESSION: Final = frozenset({32767, 32769, 32770, 32772, 34713, 65535})


_MAGIC: Final = (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+", b"IIU\x00", b"IIRO", b"IIRS",
                 b"MMOR")  # fmt: skip


def is_tiff(data: bytes) -> bool:
    """Return True when ``data`` starts with a TIFF header (classic, big, or a raw variant)."""
    return data[:4] in _MAGIC


@dataclass(frozen=True, slots=True, kw_only=True)
class TiffInfo:
    """What the walker found in one TIFF structure.

    Attributes:
        width: Width of the main image (the first full-resolution one, else IFD0).
        height: Height of the main image.
        exif_width: ExifImageWidth (what Canon CR2 and Phase One IIQ use as the size).
        exif_height: ExifImageHeight.
        make: IFD0 Make as raw bytes (used to name raw formats).
        dng: True when IFD0 has DNGVersion.
        raw: True when a directory holds sensor data (CFA or a raw compression).
        big: True for BigTIFF.
        pages: Number of directories in the main chain that are not reduced-size images.
        xmp: XMP packets from tag 700.
        iptc: IPTC-IIM streams from tag 33723.
        photoshop: Photoshop image-resource blocks from tag 34377.
    """

    width: int | None = None
    height: int | None = None
    exif_width: int | None = None
    exif_height: int | None = None
    make: bytes = b""
    dng: bool = False
    raw: bool = False
    big: bool = False
    pages: int = 0
    xmp: tuple[bytes, ...] = ()
    iptc: tuple[bytes, ...] = ()
    photoshop: tuple[bytes, ...] = ()


class _Walker:
    """Reads directories of one TIFF structure held in memory."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.order = "<" if data[:2] == b"II" else ">"
        self.big = data[2:4] in (b"+\x00", b"\x00+")
        self.seen: set[int] = set()

    def _unpack(self, fmt: str, offset: int) -> int | None:
        size = struct.calcsize(fmt)
        if offset < 0 or offset + size > len(self.data):
            return None
        value: int = struct.unpack_from(self.order + fmt, self.data, offset)[0]
        return value

    def first_ifd(self) -> int | None:
        return self._unpack("Q", 8) if self.big else self._unpack("I", 4)

    def entries(self, ifd: int) -> tuple[dict[int, tuple[int, int, int]], int | None]:
        """Return ``{tag: (type, count, value offset)}`` and the next directory's offset."""
        count = self._unpack("Q" if self.big else "H", ifd)
        if count is None or count > _MAX_ENTRIES:
            return {}, None
        head, size = (8, 20) if self.big else (2, 12)
        found: dict[int, tuple[int, int, int]] = {}
        for index in range(count):
            entry = ifd + head + index * size
            tag = self._unpack("H", entry)
            kind = self._unpack("H", entry + 2)
            number = self._unpack("Q" if self.big else "I", entry + 4)
            if tag is None or kind is None or number is None:
                break
            inline = 8 if self.big else 4
            value_at = entry + (12 if self.big else 8)
            if _TYPE_SIZES.get(kind, 1) * number > inline:
                pointer = self._unpack("Q" if self.big else "I", value_at)
                value_at = -1 if pointer is None else pointer
            found.setdefault(tag, (kind, number, value_at))
        next_ifd = self._unpack("Q" if self.big else "I", ifd + head + count * size)
        return found, next_ifd

    def ints(self, entry: tuple[int, int, int], limit: int = 64) -> list[int]:
        kind, count, offset = entry
        fmt = {1: "B", 3: "H", 4: "I", 6: "b", 8: "h", 9: "i", 13: "I", 16: "Q", 18: "Q"}.get(kind)
        if fmt is None:
            return []
        step = _TYPE_SIZES[kind]
        values = (self._unpack(fmt, offset + i * step) for i in range(min(count, limit)))
        return [v for v in values if v is not None]

    def blob(self, entry: tuple[int, int, int]) -> bytes:
        kind, count, offset = entry
        size = _TYPE_SIZES.get(kind, 1) * count
        if offset < 0 or size <= 0 or offset + size > len(self.data):
            return b""
        return self.data[offset : offset + size]

    def first_int(self, entries: dict[int, tuple[int, int, int]], tag: int) -> int | None:
        entry = entries.get(tag)
        values = self.ints(entry, 1) if entry else []
        return values[0] if values else None


def ifd0_tag(data: bytes, tag: int) -> bytes:
    """Return the raw value bytes of one tag in IFD0 (empty when absent or out of range)."""
    if not is_tiff(data):
        return b""
    walker = _Walker(data)
    first = walker.first_ifd()
    if not first:
        return b""
    entries, _ = walker.entries(first)
    return walker.blob(entries[tag]) if tag in entries else b""


def read_tiff(data: bytes) -> TiffInfo:
    """Walk the directories of a TIFF structure that starts at ``data[0]``.

    Reads the IFD0 chain, the SubIFDs and the EXIF directory, at most 64 directories in all.
    Returns an empty ``TiffInfo`` when ``data`` is not TIFF.
    """
    if not is_tiff(data):
        return TiffInfo()
    walker = _Walker(data)
    queue: list[tuple[int, bool]] = []
    first = walker.first_ifd()
    if first:
        queue.append((first, True))
    sizes: list[tuple[int, int, int | None]] = []  # (width, height, subfile type)
    xmp: list[bytes] = []
    iptc: list[bytes] = []
    photoshop: list[bytes] = []
    exif_size: tuple[int | None, int | None] = (None, None)
    make = b""
    dng = False
    raw = False
    pages = 0
    while queue and len(walker.seen) < _MAX_IFDS:
        ifd, in_chain = queue.pop(0)
        if ifd in walker.seen or ifd <= 0 or ifd >= len(data):
            continue
        walker.seen.add(ifd)
        entries, next_ifd = walker.entries(ifd)
        is_ifd0 = ifd == first
        subfile = walker.first_int(entries, TAG_SUBFILE_TYPE)
        width = walker.first_int(entries, TAG_WIDTH)
        height = walker.first_int(entries, TAG_HEIGHT)
        if width and height:
            sizes.append((width, height, subfile))
        raw = raw or walker.first_int(entries, TAG_PHOTOMETRIC) in _RAW_PHOTOMETRIC
        raw = raw or walker.first_int(entries, TAG_COMPRESSION) in _RAW_COMPRESSION
        if in_chain and not (subfile is not None and subfile & 1):
            pages += 1
        if is_ifd0:
            make = walker.blob(entries[TAG_MAKE]) if TAG_MAKE in entries else b""
            dng = TAG_DNG_VERSION in entries
        for tag, sink in ((TAG_XMP, xmp), (TAG_IPTC, iptc), (TAG_PHOTOSHOP, photoshop)):
            if tag in entries and (blob := walker.blob(entries[tag])):
                sink.append(blob)
        if TAG_EXIF_WIDTH in entries or TAG_EXIF_HEIGHT in entries:
            exif_size = (
                walker.first_int(entries, TAG_EXIF_WIDTH),
                walker.first_int(entries, TAG_EXIF_HEIGHT),
            )
        children = walker.ints(entries[TAG_SUBIFDS]) if TAG_SUBIFDS in entries else []
        if TAG_EXIF_IFD in entries:
            children += walker.ints(entries[TAG_EXIF_IFD], 1)
        queue[0:0] = [(child, False) for child in children]
        if in_chain and next_ifd:
            queue.append((next_ifd, True))
    main = next((s for s in sizes if s[2] == 0), sizes[0] if sizes else None)
    return TiffInfo(
        width=main[0] if main else None,
        height=main[1] if main else None,
        exif_width=exif_size[0],
        exif_height=exif_size[1],
        make=make.split(b"\x00", 1)[0].strip(),
        dng=dng,
        raw=raw,
        big=walker.big,
        pages=pages,
        xmp=tuple(xmp),
        iptc=tuple(iptc),
        photoshop=tuple(photoshop),
    )
