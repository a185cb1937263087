"""IPTC-IIM (the legacy "IPTC" block) and the Photoshop image resources that carry it.

IIM datasets live in JPEG APP13 ``Photoshop 3.0`` segments (resource 0x0404), in TIFF tag 33723
and in PSD image resources. Text is decoded as UTF-8 when record 1:90 (CodedCharacterSet)
declares it, else as UTF-8 when it is valid, else as Windows-1252 (ExifTool's default), else as
Latin-1.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator
from typing import Final

from memoryapp.core.embedded import EmbeddedMetadata
from memoryapp.importers.fieldtext import clean_text, iptc_date, sorted_unique

IRB_SIGNATURES: Final = (b"8BIM", b"PHUT", b"DCSR", b"AgHg", b"MeSa")
RESOURCE_IPTC: Final = 0x0404
RESOURCE_EXIF: Final = 0x0422
RESOURCE_XMP: Final = 0x0424

_UTF8_ESCAPES: Final = (b"\x1b%G", b"\x1b%/G", b"\x1b%/I")
_NAMES: Final = {
    5: "ObjectName",
    25: "Keywords",
    55: "DateCreated",
    60: "TimeCreated",
    80: "By-line",
    90: "City",
    92: "Sub-location",
    95: "Province-State",
    101: "Country-PrimaryLocationName",
    105: "Headline",
    110: "Credit",
    115: "Source",
    116: "CopyrightNotice",
    120: "Caption-Abstract",
}


def photoshop_resources(data: bytes) -> Iterator[tuple[int, bytes]]:
    """Yield ``(resource id, payload)`` for each Photoshop image resource in ``data``.

    Stops at the first block that does not start with a known signature or that runs past the
    end of ``data``.
    """
    pos = 0
    while pos + 12 <= len(data) and data[pos : pos + 4] in IRB_SIGNATURES:
        (resource_id,) = struct.unpack_from(">H", data, pos + 4)
        name_len = data[pos + 6]
        pos += 6 + ((name_len + 2) & ~1)
        if pos + 4 > len(data):
            return
        (size,) = struct.unpack_from(">I", data, pos)
        pos += 4
        if pos + size > len(data):
            yield resource_id, data[pos:]
            return
        yield resource_id, data[pos : pos + size]
        pos += size + (size & 1)


def iim_datasets(data: bytes) -> Iterator[tuple[int, int, bytes]]:
    """Yield ``(record, dataset, value bytes)`` for each IIM dataset; stops at garbage."""
    pos = 0
    while pos + 5 <= len(data):
        if data[pos] != 0x1C:
            # Some writers pad between datasets; skip NULs but stop at anything else.
            if data[pos] == 0:
                pos += 1
                continue
            return
        record, dataset = data[pos + 1], data[pos + 2]
        (size,) = struct.unpack_from(">H", data, pos + 3)
        pos += 5
        if size & 0x8000:
            length_bytes = size & 0x7FFF
            if length_bytes > 4 or pos + length_bytes > len(data):
                return
            size = int.from_bytes(data[pos : pos + length_bytes], "big")
            pos += length_bytes
        yield record, dataset, data[pos : pos + size]
        pos += size


def _decode(raw: bytes, utf8: bool) -> str:
    if utf8:
        return raw.decode("utf-8", "replace")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def read_iptc(blocks: list[bytes] | tuple[bytes, ...]) -> EmbeddedMetadata:
    """Read the IIM fields memoryapp maps from one or more IIM streams (later ones add keywords).

    Returns an ``EmbeddedMetadata`` holding only what IPTC gave: title (ObjectName),
    description (Caption-Abstract), keywords, creator (By-line, joined with ``"; "``), city,
    country, rights (CopyrightNotice) and taken (DateCreated + TimeCreated).
    """
    single: dict[int, str] = {}
    keywords: list[str] = []
    bylines: list[str] = []
    raw: dict[str, str] = {}
    for block in blocks:
        utf8 = False
        for record, dataset, value in iim_datasets(block):
            if record == 1 and dataset == 90:
                utf8 = any(value.startswith(esc) for esc in _UTF8_ESCAPES)
                continue
            if record != 2 or dataset not in _NAMES:
                continue
            text = clean_text(_decode(value, utf8))
            if text is None:
                continue
            name = _NAMES[dataset]
            raw[f"IPTC:{name}"] = (
                f"{raw[f'IPTC:{name}']}; {text}" if f"IPTC:{name}" in raw else text
            )
            if dataset == 25:
                keywords.append(text)
            elif dataset == 80:
                bylines.append(text)
            else:
                single.setdefault(dataset, text)
    taken = iptc_date(single.get(55), single.get(60)) if 55 in single else None
    return EmbeddedMetadata(
        title=single.get(5),
        description=single.get(120),
        keywords=sorted_unique(keywords),
        creator="; ".join(dict.fromkeys(bylines)) or None,
        city=single.get(90),
        country=single.get(101),
        rights=single.get(116),
        taken=taken,
        taken_source="iptc:DateCreated" if taken else None,
        raw=raw,
    )
