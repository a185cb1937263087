"""Recognising a file type from its first bytes, never from its name.

``sniff`` returns the type name and the container scanner to run. The name is kept even when
the scanner then fails on a damaged file, so a broken JPEG is still reported as ``jpeg``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from memoryapp.importers import containers, isobmff, rawfiles
from memoryapp.importers.containers import Found
from memoryapp.importers.png_text import PNG_SIGNATURE
from memoryapp.importers.tiff import is_tiff
from memoryapp.importers.xmp_tree import find_packets

Scanner = Callable[[bytes], Found]

HEAD_SIZE: Final = 512
"""How many leading bytes ``sniff`` looks at."""

_JP2_SIGNATURE: Final = b"\x00\x00\x00\x0cjP  \r\n\x87\n"
_JXL_SIGNATURE: Final = b"\x00\x00\x00\x0cJXL \r\n\x87\n"
_XMP_STARTS: Final = (b"<?xpacket", b"<x:xmpmeta", b"<x:xapmeta", b"<?xml", b"<rdf:RDF")


def _postscript(data: bytes) -> Found:
    eps = b"EPSF" in data[:64] or data[:4] == b"\xc5\xd0\xd3\xc6"
    return Found(format="eps" if eps else "ps", xmp=tuple(find_packets(data, 2)))


def _xmp_file(data: bytes) -> Found:
    return Found(format="xmp", xmp=(data,))


def looks_like_xmp(head: bytes) -> bool:
    """True when ``head`` starts an XMP packet or sidecar (optionally after a BOM)."""
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    return text.startswith(_XMP_STARTS) and (b"xmpmeta" in head or b"rdf:RDF" in head)


def sniff(head: bytes) -> tuple[str, Scanner] | None:
    """Return ``(type name, scanner)`` for the file starting with ``head``, or None."""
    bmff = isobmff.brand_format(head)
    table: tuple[tuple[bool, str, Scanner], ...] = (
        (head[:3] == b"\xff\xd8\xff", "jpeg", containers.scan_jpeg),
        (head[:8] == PNG_SIGNATURE, "png", containers.scan_png),
        (head[:4] == b"RIFF" and head[8:12] == b"WEBP", "webp", containers.scan_webp),
        (head[:6] in (b"GIF87a", b"GIF89a"), "gif", containers.scan_gif),
        (head[:4] == b"8BPS", "psd", containers.scan_psd),
        (head[:5] == b"%PDF-", "pdf", containers.scan_pdf),
        (head[:8] == b"FUJIFILM", "raf", rawfiles.scan_raf),
        (head[:4] == b"\x00MRM", "mrw", rawfiles.scan_mrw),
        (head[:4] == b"FOVb", "x3f", rawfiles.scan_x3f),
        (head[:2] in (b"II", b"MM") and head[6:14] == b"HEAPCCDR", "crw", rawfiles.scan_crw),
        (head[:4] == b"IIU\x00", "rw2", rawfiles.scan_rw2),
        (is_tiff(head), "tiff", rawfiles.scan_tiff_raw),
        (bmff is not None, bmff or "mp4", isobmff.scan_bmff),
        (head[:12] == _JP2_SIGNATURE, "jp2", lambda d: isobmff.scan_jp2(d, "jp2")),
        (head[:12] == _JXL_SIGNATURE or head[:2] == b"\xff\x0a", "jxl", isobmff.scan_jxl),
        (head[:2] == b"BM" and len(head) >= 26, "bmp", containers.scan_bmp),
        (head[:4] == b"\x00\x00\x01\x00" and len(head) >= 22, "ico", containers.scan_ico),
        (head[:9] == b"SIMPLE  =", "fits", lambda d: Found(format="fits")),
        (head[:4] in (b"%!PS", b"\xc5\xd0\xd3\xc6"), "ps", _postscript),
        (looks_like_xmp(head), "xmp", _xmp_file),
    )
    return next(((name, scan) for matches, name, scan in table if matches), None)
