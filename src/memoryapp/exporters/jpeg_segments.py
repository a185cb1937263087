"""Lossless edits of JPEG and PNG bytes: drop embedded metadata, insert an XMP packet.

Everything here works on bytes in memory and never re-encodes pixels: a JPEG is a list of
marker segments followed by entropy-coded scan data, and a PNG is a list of chunks. Export
copies use these functions so that the pixels of a shared copy are bit-identical to the
original while its metadata (GPS, names, face regions, captions) is the one the export
chose. Originals are never touched: callers pass bytes read from them and write elsewhere.
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass

from memoryapp.exporters.exif_edit import ExifEditError, edit_exif

_SOI = b"\xff\xd8"
_EOI = b"\xff\xd9"
_XMP_HEADER = b"http://ns.adobe.com/xap/1.0/\x00"
_XMP_EXT_HEADER = b"http://ns.adobe.com/xmp/extension/\x00"
_EXIF_HEADER = b"Exif\x00\x00"
_MAX_SEGMENT = 0xFFFF - 2  # payload bytes that fit in one marker segment
MAX_XMP_PACKET = _MAX_SEGMENT - len(_XMP_HEADER)
"""The largest XMP packet that fits in one APP1 segment (extended XMP is not written)."""

_APP0, _APP1, _APP2, _APP13, _APP14, _COM, _SOS = 0xE0, 0xE1, 0xE2, 0xED, 0xEE, 0xFE, 0xDA
# EXIF fields MWG readers prefer over XMP (description, creator, rights, date taken): a copy
# that embeds memoryapp's XMP drops them, so readers show the catalogue's values.
_SUPERSEDED_IFD0 = frozenset({0x010E, 0x013B, 0x8298, 0x9C9B, 0x9C9C, 0x9C9D, 0x9C9E, 0x9C9F})
_SUPERSEDED_EXIF = frozenset({0x9003, 0x9011, 0x9291, 0x9286})
_STANDALONE = frozenset({0x01, *range(0xD0, 0xD8)})
_SOF = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_PNG_TEXT_CHUNKS = frozenset({b"tEXt", b"zTXt", b"iTXt", b"eXIf", b"tIME"})


class JpegError(ValueError):
    """The bytes are not a JPEG this module can rewrite safely."""


@dataclass(frozen=True, slots=True)
class _Segment:
    marker: int
    data: bytes  # the whole segment, marker included

    @property
    def payload(self) -> bytes:
        return self.data[4:]


def _split(data: bytes) -> tuple[list[_Segment], bytes, bytes]:
    """Split into header segments, the scan data (from SOS through EOI) and any trailer."""
    if not data.startswith(_SOI):
        raise JpegError("no JPEG start-of-image marker")
    segments: list[_Segment] = []
    pos = 2
    size = len(data)
    while pos < size:
        if data[pos] != 0xFF:
            raise JpegError(f"expected a marker at byte {pos}")
        while pos < size and data[pos] == 0xFF:  # fill bytes
            pos += 1
        if pos >= size:
            break
        marker = data[pos]
        start = pos - 1
        pos += 1
        if marker in _STANDALONE:
            segments.append(_Segment(marker, data[start:pos]))
            continue
        if marker == 0xD9:
            return segments, _EOI, data[pos:]
        if pos + 2 > size:
            raise JpegError("truncated marker segment")
        (length,) = struct.unpack(">H", data[pos : pos + 2])
        if length < 2 or pos + length > size:
            raise JpegError(f"bad segment length at byte {start}")
        if marker == _SOS:
            end = data.find(_EOI, pos + length)
            end = size if end < 0 else end + 2
            return segments, data[start:end], data[end:]
        segments.append(_Segment(marker, data[start : pos + length]))
        pos += length
    raise JpegError("no image data (start-of-scan marker missing)")


def jpeg_size(data: bytes) -> tuple[int, int] | None:
    """Return the stored (width, height) of a JPEG from its frame header, or None."""
    try:
        segments, _scan, _trailer = _split(data)
    except JpegError:
        return None
    for segment in segments:
        if segment.marker in _SOF and len(segment.data) >= 9:
            height, width = struct.unpack(">HH", segment.data[5:9])
            return width, height
    return None


def _is_metadata(segment: _Segment) -> bool:
    """Segments that can carry personal data: EXIF, XMP, IPTC, comments, maker blocks."""
    marker, payload = segment.marker, segment.payload
    if marker == _COM:
        return True
    if marker == _APP2:  # keep the ICC colour profile, drop MPF and FlashPix blocks
        return not payload.startswith(b"ICC_PROFILE\x00")
    if marker == _APP14:  # "Adobe" colour-transform flag, needed to decode CMYK correctly
        return not payload.startswith(b"Adobe")
    return marker != _APP0 and 0xE1 <= marker <= 0xEF


def _is_xmp(segment: _Segment) -> bool:
    return segment.marker == _APP1 and (
        segment.payload.startswith(_XMP_HEADER) or segment.payload.startswith(_XMP_EXT_HEADER)
    )


def _segment(marker: int, payload: bytes) -> bytes:
    if len(payload) > _MAX_SEGMENT:
        raise JpegError("segment too large for one JPEG marker")
    return bytes((0xFF, marker)) + struct.pack(">H", len(payload) + 2) + payload


def orientation_exif(orientation: int) -> bytes:
    """An APP1 EXIF payload holding only the EXIF Orientation tag (1-8).

    Raises:
        ValueError: When ``orientation`` is not 1-8.
    """
    if not 1 <= orientation <= 8:
        raise ValueError(f"EXIF orientation must be 1-8, not {orientation}")
    tiff = b"MM\x00\x2a" + struct.pack(">I", 8)
    ifd = struct.pack(">H", 1) + struct.pack(">HHIHH", 0x0112, 3, 1, orientation, 0)
    return _EXIF_HEADER + tiff + ifd + struct.pack(">I", 0)


def exif_orientation(payload: bytes) -> int | None:
    """Read the Orientation tag (1-8) from an APP1 EXIF payload, or None."""
    if not payload.startswith(_EXIF_HEADER):
        return None
    tiff = payload[len(_EXIF_HEADER) :]
    order = {b"MM": ">", b"II": "<"}.get(tiff[:2])
    if order is None or len(tiff) < 8:
        return None
    (offset,) = struct.unpack(order + "I", tiff[4:8])
    if offset + 2 > len(tiff):
        return None
    (count,) = struct.unpack(order + "H", tiff[offset : offset + 2])
    for i in range(count):
        entry = tiff[offset + 2 + 12 * i : offset + 14 + 12 * i]
        if len(entry) < 12:
            return None
        tag, kind, _n = struct.unpack(order + "HHI", entry[:8])
        if tag == 0x0112 and kind == 3:
            (value,) = struct.unpack(order + "H", entry[8:10])
            return value if 1 <= value <= 8 else None
    return None


def rewrite_jpeg(
    data: bytes,
    *,
    drop_metadata: bool,
    orientation: int | None = None,
    xmp: bytes | None = None,
) -> bytes:
    """Return a copy of a JPEG with its metadata dropped and/or an XMP packet inserted.

    The scan data is copied byte for byte. With ``drop_metadata`` every EXIF, XMP, IPTC,
    comment and maker segment goes, as does anything after the end-of-image marker (appended
    previews, phone trailers); the ICC profile and the JFIF and Adobe headers stay, and a
    minimal EXIF block keeps the orientation so the copy still displays upright. With
    ``xmp`` any existing XMP is replaced by that packet, and what MWG readers would prefer
    to it goes: the IPTC-IIM block (APP13) and the EXIF description, artist, copyright,
    Windows XP texts and date taken (the other EXIF stays); the EXIF Orientation becomes
    ``orientation``.

    Args:
        data: The JPEG bytes.
        drop_metadata: Remove embedded metadata.
        orientation: EXIF orientation to keep when metadata is dropped (1 writes none);
            None keeps the orientation the file's own EXIF gives.
        xmp: A serialized XMP packet (UTF-8), at most ``MAX_XMP_PACKET`` bytes.

    Raises:
        JpegError: When the bytes are not a well-formed JPEG or the packet is too large.
    """
    if xmp is not None and len(xmp) > MAX_XMP_PACKET:
        raise JpegError(f"XMP packet of {len(xmp)} bytes does not fit in one segment")
    segments, scan, trailer = _split(data)
    if orientation is None:
        found = (exif_orientation(s.payload) for s in segments if s.marker == _APP1)
        orientation = next((o for o in found if o is not None), 1)
    kept = [
        s
        for s in segments
        if not (drop_metadata and _is_metadata(s)) and not (xmp is not None and _is_xmp(s))
    ]
    if xmp is not None and not drop_metadata:
        kept = _superseded_by_xmp(kept, orientation)
    head = 0
    while head < len(kept) and kept[head].marker == _APP0:
        head += 1
    inserted: list[bytes] = []
    has_exif = any(s.marker == _APP1 and s.payload.startswith(_EXIF_HEADER) for s in kept)
    if orientation != 1 and not has_exif and (drop_metadata or xmp is not None):
        inserted.append(_segment(_APP1, orientation_exif(orientation)))
    if xmp is not None:
        inserted.append(_segment(_APP1, _XMP_HEADER + xmp))
    parts = [_SOI, *(s.data for s in kept[:head]), *inserted, *(s.data for s in kept[head:]), scan]
    if not drop_metadata:
        parts.append(trailer)
    return b"".join(parts)


def _superseded_by_xmp(segments: list[_Segment], orientation: int) -> list[_Segment]:
    """Segments without IPTC-IIM, and EXIF without the fields the XMP now holds."""
    out: list[_Segment] = []
    for segment in segments:
        payload = segment.payload
        if segment.marker == _APP13:
            continue
        if segment.marker == _APP1 and payload.startswith(_EXIF_HEADER):
            try:
                edited = edit_exif(
                    payload,
                    drop_ifd0=_SUPERSEDED_IFD0,
                    drop_exif=_SUPERSEDED_EXIF,
                    orientation=orientation,
                )
                out.append(_Segment(_APP1, _segment(_APP1, edited)))
            except (ExifEditError, JpegError, struct.error):
                if orientation != 1:  # unreadable EXIF: keep only the orientation
                    out.append(_Segment(_APP1, _segment(_APP1, orientation_exif(orientation))))
            continue
        out.append(segment)
    return out


def clean_png(data: bytes) -> bytes:
    """Return a PNG without its text, EXIF and time chunks (pixels copied byte for byte).

    Raises:
        ValueError: When the bytes are not a well-formed PNG.
    """
    if not data.startswith(_PNG_SIGNATURE):
        raise ValueError("not a PNG")
    out = [_PNG_SIGNATURE]
    pos = len(_PNG_SIGNATURE)
    while pos + 12 <= len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        end = pos + 12 + length
        if end > len(data):
            raise ValueError("truncated PNG chunk")
        chunk = data[pos:end]
        if zlib.crc32(chunk[4:-4]) != struct.unpack(">I", chunk[-4:])[0]:
            raise ValueError(f"bad CRC in PNG chunk {kind!r}")
        if kind not in _PNG_TEXT_CHUNKS:
            out.append(chunk)
        pos = end
        if kind == b"IEND":
            return b"".join(out)
    raise ValueError("PNG without an end chunk")
