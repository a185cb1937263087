"""Remove or set EXIF tags in an APP1 EXIF payload without touching anything else.

A JPEG copy that carries memoryapp's XMP must not keep EXIF fields that contradict it: MWG
readers (ExifTool's MWG composites, Lightroom, digiKam) prefer EXIF ``DateTimeOriginal``,
``ImageDescription``, ``Artist`` and ``Copyright`` over XMP. :func:`edit_exif` rebuilds IFD0
and the Exif sub-IFD at the end of the TIFF data without the dropped tags (and with the
Orientation asked for); every other value keeps its offset, so maker notes, GPS and the
thumbnail stay valid. The dropped values and the old directories are overwritten with zeros,
so the removed text does not linger in the copy's bytes.
"""

from __future__ import annotations

import struct
from collections.abc import Collection
from typing import Final

EXIF_HEADER: Final = b"Exif\x00\x00"
ORIENTATION: Final = 0x0112
EXIF_IFD: Final = 0x8769
_TYPE_SIZES: Final = {1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8}


class ExifEditError(ValueError):
    """The EXIF block is not one this module can edit safely."""


def _read_ifd(tiff: bytes, order: str, offset: int) -> tuple[list[bytes], int, int]:
    """The raw 12-byte entries of the directory at ``offset``, its next pointer and its size."""
    if offset < 8 or offset + 2 > len(tiff):
        raise ExifEditError("directory outside the EXIF block")
    (count,) = struct.unpack(order + "H", tiff[offset : offset + 2])
    end = offset + 2 + 12 * count
    if end + 4 > len(tiff):
        raise ExifEditError("truncated EXIF directory")
    entries = [tiff[offset + 2 + 12 * i : offset + 14 + 12 * i] for i in range(count)]
    (following,) = struct.unpack(order + "I", tiff[end : end + 4])
    return entries, following, end + 4 - offset


def _tag(entry: bytes, order: str) -> int:
    return int(struct.unpack(order + "H", entry[:2])[0])


def _value_span(entry: bytes, order: str) -> tuple[int, int] | None:
    """Where an entry's value lies when it is stored away from the entry (offset, length)."""
    _tag_id, kind, count = struct.unpack(order + "HHI", entry[:8])
    length = _TYPE_SIZES.get(kind, 1) * count
    if length <= 4:
        return None
    (offset,) = struct.unpack(order + "I", entry[8:12])
    return offset, length


def _ifd_bytes(entries: list[bytes], following: int, order: str) -> bytes:
    ordered = sorted(entries, key=lambda e: _tag(e, order))
    return (
        struct.pack(order + "H", len(ordered))
        + b"".join(ordered)
        + struct.pack(order + "I", following)
    )


def edit_exif(
    payload: bytes,
    *,
    drop_ifd0: Collection[int] = (),
    drop_exif: Collection[int] = (),
    orientation: int | None = None,
) -> bytes:
    """Return the APP1 EXIF payload without the given tags, with Orientation set if asked.

    Args:
        payload: An APP1 payload starting with the EXIF header.
        drop_ifd0: Tags to remove from IFD0.
        drop_exif: Tags to remove from the Exif sub-IFD.
        orientation: The Orientation (1-8) IFD0 must hold; None leaves it as it is.

    Raises:
        ExifEditError: When the block is not well-formed EXIF.
    """
    if not payload.startswith(EXIF_HEADER):
        raise ExifEditError("not an EXIF block")
    tiff = bytearray(payload[len(EXIF_HEADER) :])
    order = {b"MM": ">", b"II": "<"}.get(bytes(tiff[:2]))
    if order is None or len(tiff) < 8:
        raise ExifEditError("no TIFF header")
    (ifd0_at,) = struct.unpack(order + "I", tiff[4:8])
    ifd0, following, ifd0_size = _read_ifd(bytes(tiff), order, ifd0_at)
    dropped = [e for e in ifd0 if _tag(e, order) in drop_ifd0]
    kept = [e for e in ifd0 if _tag(e, order) not in drop_ifd0 and _tag(e, order) != ORIENTATION]
    turn = [e for e in ifd0 if _tag(e, order) == ORIENTATION]
    if orientation is not None:
        if not 1 <= orientation <= 8:
            raise ExifEditError(f"EXIF orientation must be 1-8, not {orientation}")
        turn = [struct.pack(order + "HHIH", ORIENTATION, 3, 1, orientation) + b"\x00\x00"]
    kept += turn
    blanks: list[tuple[int, int]] = [(ifd0_at, ifd0_size)]
    exif_link = next((i for i, e in enumerate(kept) if _tag(e, order) == EXIF_IFD), None)
    new_exif = b""
    if exif_link is not None and drop_exif:
        (exif_at,) = struct.unpack(order + "I", kept[exif_link][8:12])
        sub, sub_next, sub_size = _read_ifd(bytes(tiff), order, exif_at)
        dropped += [e for e in sub if _tag(e, order) in drop_exif]
        new_exif = _ifd_bytes([e for e in sub if _tag(e, order) not in drop_exif], sub_next, order)
        blanks.append((exif_at, sub_size))
    for entry in dropped:
        span = _value_span(entry, order)
        if span is not None:
            blanks.append(span)
    for start, length in blanks:
        if start + length <= len(tiff):
            tiff[start : start + length] = bytes(length)
    if len(tiff) % 2:
        tiff.append(0)
    if new_exif:
        exif_at = len(tiff)
        entry = kept[exif_link]  # type: ignore[index]  # set when new_exif is
        kept[exif_link] = entry[:8] + struct.pack(order + "I", exif_at)  # type: ignore[index]
        tiff += new_exif + (b"\x00" if len(new_exif) % 2 else b"")
    tiff[4:8] = struct.pack(order + "I", len(tiff))
    tiff += _ifd_bytes(kept, following, order)
    return EXIF_HEADER + bytes(tiff)
