"""PNG chunks: size, text chunks (tEXt, zTXt, iTXt), XMP, and EXIF (eXIf or ImageMagick profile).

PNG text keywords ``Title``, ``Description``, ``Author`` and ``Copyright`` are the last source
for title, description, creator and rights. ``XML:com.adobe.xmp`` holds XMP. EXIF comes from an
``eXIf`` chunk or from ImageMagick's hex-encoded ``Raw profile type exif``/``APP1`` text.
Compressed text is inflated with a size cap.
"""

from __future__ import annotations

import binascii
import struct
import zlib
from dataclasses import dataclass
from typing import Final

from memoryapp.core.embedded import EmbeddedMetadata
from memoryapp.importers.fieldtext import clean_text

PNG_SIGNATURE: Final = b"\x89PNG\r\n\x1a\n"
_MAX_INFLATE: Final = 16 * 1024 * 1024
_MAX_CHUNKS: Final = 100_000
_FIELDS: Final = {"Title": "title", "Description": "description", "Author": "creator",
                  "Copyright": "rights"}  # fmt: skip


@dataclass(frozen=True, slots=True, kw_only=True)
class PngText:
    """One PNG text chunk.

    Attributes:
        keyword: The chunk keyword (``Title``, ``XML:com.adobe.xmp``...).
        text: The decoded text.
        lang: The iTXt language tag; empty for tEXt, zTXt and untagged iTXt.
    """

    keyword: str
    text: str
    lang: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class PngScan:
    """What the chunk walk found.

    Attributes:
        width: IHDR width.
        height: IHDR height.
        animated: True when an ``acTL`` chunk (APNG) comes before the image data.
        exif: TIFF-headed EXIF blocks.
        xmp: XMP packets.
        iptc: IPTC-IIM or Photoshop-resource blocks from ImageMagick profiles.
        texts: Text chunks in file order.
        warnings: Problems met (bad compression, truncation).
    """

    width: int | None = None
    height: int | None = None
    animated: bool = False
    exif: tuple[bytes, ...] = ()
    xmp: tuple[bytes, ...] = ()
    iptc: tuple[bytes, ...] = ()
    texts: tuple[PngText, ...] = ()
    warnings: tuple[str, ...] = ()


class _Inflater:
    """Inflates compressed text chunks within one budget for the whole file."""

    def __init__(self) -> None:
        self.left = _MAX_INFLATE

    def __call__(self, data: bytes) -> bytes:
        inflater = zlib.decompressobj()
        out = inflater.decompress(data, max(self.left, 1))
        self.left -= len(out)
        if inflater.unconsumed_tail or self.left < 0:
            raise ValueError("compressed text larger than 16 MB in all")
        return out


def _profile_bytes(text: str) -> bytes:
    r"""Decode ImageMagick's ``\\nexif\\n   1234\\n<hex lines>`` raw-profile text."""
    lines = text.strip().split("\n", 2)
    if len(lines) < 3:
        raise ValueError("raw profile without header")
    return binascii.unhexlify("".join(lines[2].split()))


def _tiff_from_exif(payload: bytes) -> bytes:
    start = payload.find(b"Exif\x00\x00")
    if 0 <= start <= 16:
        return payload[start + 6 :]
    return payload


def _text_chunk(kind: bytes, body: bytes, inflate: _Inflater) -> PngText:
    keyword_raw, _, rest = body.partition(b"\x00")
    keyword = keyword_raw.decode("latin-1")
    if kind == b"tEXt":
        return PngText(keyword=keyword, text=rest.decode("latin-1"))
    if kind == b"zTXt":
        return PngText(keyword=keyword, text=inflate(rest[1:]).decode("latin-1"))
    compressed, _method = rest[0], rest[1]
    lang_raw, _, rest = rest[2:].partition(b"\x00")
    _translated, _, value = rest.partition(b"\x00")
    value = inflate(value) if compressed else value
    return PngText(
        keyword=keyword, text=value.decode("utf-8", "replace"), lang=lang_raw.decode("latin-1")
    )


def read_png(data: bytes) -> PngScan:
    """Walk the chunks of a PNG held in memory; never raises for bad chunks."""
    pos = len(PNG_SIGNATURE)
    width = height = None
    animated = False
    seen_idat = False
    exif: list[bytes] = []
    xmp: list[bytes] = []
    iptc: list[bytes] = []
    texts: list[PngText] = []
    warnings: list[str] = []
    inflate = _Inflater()
    for _ in range(_MAX_CHUNKS):
        if pos + 8 > len(data):
            break
        (length,) = struct.unpack_from(">I", data, pos)
        kind = data[pos + 4 : pos + 8]
        body = data[pos + 8 : pos + 8 + length]
        pos += 12 + length
        if length > len(data):
            warnings.append(f"broken PNG: chunk {kind!r} runs past the end of the file")
            break
        if kind == b"IHDR" and len(body) >= 8:
            width, height = struct.unpack_from(">II", body)
        elif kind == b"acTL" and not seen_idat:
            animated = True
        elif kind == b"IDAT":
            seen_idat = True
        elif kind == b"eXIf":
            exif.append(_tiff_from_exif(body))
        elif kind in (b"tEXt", b"zTXt", b"iTXt"):
            try:
                chunk = _text_chunk(kind, body, inflate)
            except (ValueError, IndexError, zlib.error) as exc:
                warnings.append(f"broken PNG {kind.decode('latin-1')} chunk: {exc}")
                continue
            _sort_text(chunk, texts, exif, xmp, iptc, warnings)
        elif kind == b"IEND":
            break
    return PngScan(
        width=width,
        height=height,
        animated=animated,
        exif=tuple(exif),
        xmp=tuple(xmp),
        iptc=tuple(iptc),
        texts=tuple(texts),
        warnings=tuple(warnings),
    )


def _sort_text(
    chunk: PngText,
    texts: list[PngText],
    exif: list[bytes],
    xmp: list[bytes],
    iptc: list[bytes],
    warnings: list[str],
) -> None:
    key = chunk.keyword
    if key == "XML:com.adobe.xmp":
        xmp.append(chunk.text.encode("utf-8"))
        return
    if key.startswith("Raw profile type "):
        profile = key.removeprefix("Raw profile type ").lower()
        try:
            payload = _profile_bytes(chunk.text)
        except (ValueError, binascii.Error) as exc:
            warnings.append(f"broken PNG {profile} profile: {exc}")
            return
        if profile in ("exif", "app1"):
            exif.append(_tiff_from_exif(payload))
        elif profile == "xmp":
            xmp.append(payload)
        elif profile in ("iptc", "8bim"):
            iptc.append(payload)
        return
    texts.append(chunk)


def png_fields(texts: tuple[PngText, ...]) -> EmbeddedMetadata:
    """Map PNG ``Title``/``Description``/``Author``/``Copyright`` text to metadata fields.

    For each keyword the untagged chunk is used first, else the first language-tagged iTXt.
    """
    values: dict[str, str] = {}
    raw: dict[str, str] = {}
    for pass_lang in (False, True):
        for chunk in texts:
            if bool(chunk.lang) != pass_lang:
                continue
            raw.setdefault(f"PNG:{chunk.keyword}", chunk.text[:4096])
            field = _FIELDS.get(chunk.keyword)
            text = clean_text(chunk.text)
            if field and text and field not in values:
                values[field] = text
    return EmbeddedMetadata(
        title=values.get("title"),
        description=values.get("description"),
        creator=values.get("creator"),
        rights=values.get("rights"),
        raw=raw,
    )
