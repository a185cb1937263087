"""File types memoryapp imports, recognised by their first bytes, not their names."""

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class FileType:
    """A recognised type: its short name, usual suffix and whether Pillow decodes it."""

    name: str
    suffix: str
    is_image: bool = True
    is_raw: bool = False
    is_audio: bool = False


JPEG = FileType("jpeg", ".jpg")
PNG = FileType("png", ".png")
TIFF = FileType("tiff", ".tif")
GIF = FileType("gif", ".gif")
BMP = FileType("bmp", ".bmp")
WEBP = FileType("webp", ".webp")
HEIC = FileType("heic", ".heic")
HEIF = FileType("heif", ".heif")
AVIF = FileType("avif", ".avif")
JP2 = FileType("jp2", ".jp2")
JXL = FileType("jxl", ".jxl")  # JPEG XL, decoded by the pillow-jxl-plugin
PSD = FileType("psd", ".psd")  # Photoshop: Pillow decodes the saved composite
PDF = FileType("pdf", ".pdf", is_image=False)
XMP = FileType("xmp", ".xmp", is_image=False)
WAV = FileType("wav", ".wav", is_image=False, is_audio=True)
FLAC = FileType("flac", ".flac", is_image=False, is_audio=True)
OGG = FileType("ogg", ".ogg", is_image=False, is_audio=True)  # Ogg Vorbis
OPUS = FileType("opus", ".opus", is_image=False, is_audio=True)  # Ogg Opus
MP3 = FileType("mp3", ".mp3", is_image=False, is_audio=True)
M4A = FileType("m4a", ".m4a", is_image=False, is_audio=True)  # AAC (or ALAC) in MPEG-4
AUDIO_TYPES = (WAV, FLAC, OGG, OPUS, MP3, M4A)
"""The recordings memoryapp imports (as ``ItemKind.RECORDING`` items)."""
_M4A_BRANDS = (b"M4A ", b"M4B ", b"M4P ", b"F4A ", b"F4B ")

_RAW_SUFFIXES = {
    ".cr2": "cr2",
    ".cr3": "cr3",
    ".crw": "crw",
    ".nef": "nef",
    ".arw": "arw",
    ".dng": "dng",
    ".raf": "raf",
    ".rw2": "rw2",
    ".orf": "orf",
    ".pef": "pef",
    ".x3f": "x3f",
    ".iiq": "iiq",
    ".mrw": "mrw",
    ".srw": "srw",
}

_HEIF_BRANDS = {
    b"heic": HEIC,
    b"heix": HEIC,
    b"heim": HEIC,
    b"heis": HEIC,
    b"hevc": HEIC,
    b"hevx": HEIC,
    b"mif1": HEIF,
    b"msf1": HEIF,
    b"avif": AVIF,
    b"avis": AVIF,
}


def sniff(head: bytes, suffix: str = "") -> FileType | None:
    """Recognise a file from its first 64 bytes (``suffix`` only breaks ties for RAW/TIFF).

    Returns None for a type memoryapp does not import.
    """
    raw_name = _RAW_SUFFIXES.get(suffix.lower())
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head[:4] in (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+"):
        return FileType(raw_name, suffix.lower(), is_raw=True) if raw_name else TIFF
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return GIF
    if head[:2] == b"BM" and len(head) >= 14:
        return BMP
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return WEBP
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand in _HEIF_BRANDS:
            return _HEIF_BRANDS[brand]
        if brand == b"crx ":
            return FileType("cr3", ".cr3", is_raw=True)
        compatible = head[16:64]
        for key, kind in _HEIF_BRANDS.items():
            if key in compatible:
                return kind
        return sniff_audio(head)
    if head.startswith(b"\x00\x00\x00\x0cjP  \r\n\x87\n") or head.startswith(b"\xff\x4f\xff\x51"):
        return JP2
    if head.startswith(b"\x00\x00\x00\x0cJXL \r\n\x87\n") or head.startswith(b"\xff\x0a"):
        return JXL
    if head.startswith(b"8BPS"):
        return PSD
    if head.startswith(b"%PDF-"):
        return PDF
    if raw_name:
        return FileType(raw_name, suffix.lower(), is_raw=True)
    return sniff_audio(head)


def sniff_audio(head: bytes) -> FileType | None:
    """Recognise a recording from its first 64 bytes: WAV, FLAC, Ogg/Opus, MP3 or M4A."""
    if head[:4] == b"RIFF" and head[8:12] == b"WAVE":
        return WAV
    if head[:4] == b"fLaC":
        return FLAC
    if head[:4] == b"OggS":
        return OPUS if b"OpusHead" in head else OGG
    if head[:3] == b"ID3":
        return MP3
    if len(head) >= 2 and head[0] == 0xFF and head[1] & 0xE6 in (0xE2, 0xE4, 0xE6):
        return MP3  # an MPEG audio frame (layer I-III) without ID3 tag
    if head[4:8] == b"ftyp" and (head[8:12] in _M4A_BRANDS or b"M4A " in head[16:64]):
        return M4A
    return None
