"""EXIF reading: values, validation, and the blocks exifread alone would miss."""

from __future__ import annotations

import io
import struct
from pathlib import Path

import pillow_heif
import pytest
from PIL import Image

from memoryapp.importers.exif import read_exif
from memoryapp.importers.fieldtext import clean_exif_text, iso_date
from memoryapp.importers.metadata import embedded_from_bytes, read_embedded

ASCII, SHORT, LONG, RATIONAL = 2, 3, 4, 5


def _entry(tag: int, kind: int, value: object) -> tuple[int, int, int, bytes]:
    if kind == ASCII:
        raw = value if isinstance(value, bytes) else str(value).encode() + b"\x00"
        return tag, kind, len(raw), raw
    if kind == SHORT:
        return tag, kind, 1, struct.pack("<H", value)
    if kind == LONG:
        return tag, kind, 1, struct.pack("<I", value)
    pairs = list(value)  # type: ignore[call-overload]
    return tag, kind, len(pairs), b"".join(struct.pack("<II", n, d) for n, d in pairs)


def tiff_block(
    ifd0: list[tuple[int, int, object]],
    exif: list[tuple[int, int, object]] = (),  # type: ignore[assignment]
    gps: list[tuple[int, int, object]] = (),  # type: ignore[assignment]
) -> bytes:
    """Build a little-endian TIFF/EXIF block: IFD0 with optional EXIF and GPS directories."""
    dirs = [[_entry(*e) for e in ifd0], [_entry(*e) for e in exif], [_entry(*e) for e in gps]]
    if exif:
        dirs[0].append((0x8769, LONG, 1, b"\x00\x00\x00\x00"))
    if gps:
        dirs[0].append((0x8825, LONG, 1, b"\x00\x00\x00\x00"))
    sizes = [2 + 12 * len(d) + 4 for d in dirs]
    starts = [8, 8 + sizes[0], 8 + sizes[0] + sizes[1]]
    data_at = starts[2] + sizes[2]
    if exif:
        dirs[0][-2 if gps else -1] = (0x8769, LONG, 1, struct.pack("<I", starts[1]))
    if gps:
        dirs[0][-1] = (0x8825, LONG, 1, struct.pack("<I", starts[2]))
    head, tail = bytearray(b"II*\x00" + struct.pack("<I", 8)), bytearray()
    for entries in dirs:
        head += struct.pack("<H", len(entries))
        for tag, kind, count, raw in sorted(entries):
            if len(raw) <= 4:
                head += struct.pack("<HHI", tag, kind, count) + raw.ljust(4, b"\x00")
            else:
                head += struct.pack("<HHII", tag, kind, count, data_at + len(tail))
                tail += raw + b"\x00" * (len(raw) & 1)
        head += b"\x00\x00\x00\x00"
    return bytes(head + tail)


def jpeg_with(*segments: tuple[int, bytes], size: tuple[int, int] = (40, 20)) -> bytes:
    """A real JPEG from Pillow with the given APPn segments inserted after SOI."""
    buffer = io.BytesIO()
    Image.new("RGB", size, "white").save(buffer, "JPEG")
    body = buffer.getvalue()
    extra = b"".join(
        bytes([0xFF, marker]) + struct.pack(">H", len(data) + 2) + data for marker, data in segments
    )
    return body[:2] + extra + body[2:]


def test_camera_fields_dates_offsets_and_gps(tmp_path: Path) -> None:
    block = tiff_block(
        [(0x010F, ASCII, "óüöúőűáé"), (0x0110, ASCII, "Model X"), (0x0112, SHORT, 6)],
        exif=[
            (0x9003, ASCII, "2005:09:11 16:23:02"),
            (0x9004, ASCII, "2005:09:12 08:00:00"),
            (0x9011, ASCII, "+01:00"),
        ],
        gps=[
            (0x0001, ASCII, "S"),
            (0x0002, RATIONAL, [(31, 1), (30, 1), (0, 1)]),
            (0x0003, ASCII, "W"),
            (0x0004, RATIONAL, [(5, 1), (15, 1), (36, 1)]),
        ],
    )
    path = tmp_path / "photo.jpg"
    path.write_bytes(jpeg_with((0xE1, b"Exif\x00\x00" + block)))
    meta = read_embedded(path)
    assert (meta.format, meta.width, meta.height, meta.orientation) == ("jpeg", 40, 20, 6)
    assert (meta.make, meta.model) == ("óüöúőűáé", "Model X")
    assert meta.taken == "2005-09-11T16:23:02+01:00"
    assert meta.taken_source == "exif:DateTimeOriginal"
    assert meta.digitized == "2005-09-12T08:00:00"
    assert meta.lat == pytest.approx(-31.5)
    assert meta.lon == pytest.approx(-(5 + 15 / 60 + 36 / 3600))
    assert meta.raw["EXIF:Make"] == "óüöúőűáé"
    assert meta.warnings == ()


@pytest.mark.parametrize("value", [0, 9, 12336])
def test_orientation_outside_1_to_8_is_dropped(value: int) -> None:
    assert read_exif(tiff_block([(0x0112, SHORT, value)])).orientation is None


@pytest.mark.parametrize(
    ("stored", "expected"),
    [
        ("2005:09:11 16:23:02", "2005-09-11T16:23:02"),
        ("1955:07:00 00:00:00", "1955-07"),
        ("1955:00:00 00:00:00", "1955"),
        ("0000:00:00 00:00:00", None),
        ("2005:02:30 10:00:00", None),
        ("2005:09:11 25:00:00", None),
        ("    :  :     :  :  ", None),
        ("2004:06:21 2\x06:37:53", None),
        ("yesterday", None),
    ],
)
def test_dates_keep_their_precision_and_impossible_ones_are_dropped(
    stored: str, expected: str | None
) -> None:
    meta = read_exif(tiff_block([(0x010F, ASCII, "Acme")], exif=[(0x9003, ASCII, stored)]))
    assert meta.taken == expected


def test_xmp_and_iso_forms_of_dates() -> None:
    assert iso_date("2002-07-13T15:58:28Z") == "2002-07-13T15:58:28+00:00"
    assert iso_date("2015:06:29 20:28:02.00") == "2015-06-29T20:28:02.00"
    assert iso_date("2007-07-29T18:19:58+13:45") == "2007-07-29T18:19:58+13:45"
    assert iso_date("2005:09:11 16:23:02", "   :  ") == "2005-09-11T16:23:02"


def test_gps_with_zero_denominator_or_out_of_range_is_dropped() -> None:
    broken = tiff_block(
        [(0x010F, ASCII, "Acme")],
        gps=[
            (0x0001, ASCII, "N"),
            (0x0002, RATIONAL, [(31, 0), (30, 1), (0, 1)]),
            (0x0003, ASCII, "E"),
            (0x0004, RATIONAL, [(200, 1), (0, 1), (0, 1)]),
        ],
    )
    meta = read_exif(broken)
    assert (meta.lat, meta.lon) == (None, None)


def test_undecodable_text_is_sanitised_not_stored_as_a_repr() -> None:
    meta = read_exif(tiff_block([(0x010F, ASCII, b"SONYIILL\xff\x00"), (0x0110, ASCII, "A\x00B")]))
    assert meta.make == "SONYIILLÿ"
    assert meta.model == "A"
    assert clean_exif_text("b'SONYIILL\\xff'") == "SONYIILLÿ"
    assert clean_exif_text("Ã³Ã¼Ã¶Ãº") == "óüöú"  # Pillow's Latin-1 mojibake undone
    assert clean_exif_text("Kodak i200\x00Koda") == "Kodak i200"
    assert clean_exif_text("שלום") == "שלום"
    assert clean_exif_text("\x01\x02") is None


def test_exif_after_a_large_xmp_segment_is_found() -> None:
    xmp = b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><!--' + b" " * 26_000 + b"--></x:xmpmeta>"
    block = tiff_block([(0x010F, ASCII, "Canon"), (0x0112, SHORT, 3)])
    data = jpeg_with(
        (0xE1, b"http://ns.adobe.com/xap/1.0/\x00" + xmp), (0xE1, b"Exif\x00\x00" + block)
    )
    meta = embedded_from_bytes(data)
    assert (meta.make, meta.orientation) == ("Canon", 3)


def _pillow_exif(orientation: int) -> bytes:
    exif = Image.Exif()
    exif[0x0112] = orientation
    exif[0x010F] = "Acme"
    return exif.tobytes()


@pytest.mark.parametrize("fmt", ["WEBP", "PNG", "TIFF", "JPEG"])
def test_exif_in_webp_png_tiff_and_jpeg(fmt: str) -> None:
    buffer = io.BytesIO()
    Image.new("RGB", (30, 10)).save(buffer, fmt, exif=_pillow_exif(8))
    meta = embedded_from_bytes(buffer.getvalue())
    assert (meta.format, meta.width, meta.height) == (fmt.lower(), 30, 10)
    assert (meta.orientation, meta.make) == (8, "Acme")


def test_heic_orientation_comes_from_the_container_not_from_the_decoder() -> None:
    pillow_heif.register_heif_opener()
    buffer = io.BytesIO()
    Image.new("RGB", (64, 32)).save(buffer, "HEIF", exif=_pillow_exif(6))
    data = buffer.getvalue()
    assert Image.open(io.BytesIO(data)).getexif().get(0x0112) in (None, 1)  # Pillow's view
    meta = embedded_from_bytes(data)
    assert (meta.format, meta.orientation, meta.make) == ("heic", 6, "Acme")
    assert (meta.width, meta.height) == (64, 64)  # the primary item's ispe, as ExifTool says


def test_crafted_counts_stop_with_a_warning_instead_of_running_for_minutes() -> None:
    count = 5000
    entries = b"".join(
        struct.pack("<HHII", 0x9000 + i % 100, RATIONAL, 999, 8) for i in range(count)
    )
    crafted = b"II*\x00" + struct.pack("<IH", 8, count) + entries + b"\x00" * 8004
    meta = embedded_from_bytes(crafted)
    assert meta.format == "tiff"
    assert any("too large" in warning for warning in meta.warnings)


@pytest.mark.parametrize(
    "payload", [b"Exif\x00\x00II*\x00\xff\xff\xff\x7f", b"Exif\x00\x00MM\x00*", b"Exif\x00\x00junk"]
)
def test_broken_exif_becomes_a_warning_or_nothing_never_an_exception(payload: bytes) -> None:
    meta = embedded_from_bytes(jpeg_with((0xE1, payload)))
    assert meta.format == "jpeg"
    assert meta.make is None


def test_the_file_is_read_not_written_and_missing_files_raise_oserror(tmp_path: Path) -> None:
    path = tmp_path / "scan.jpg"
    original = jpeg_with((0xE1, b"Exif\x00\x00" + tiff_block([(0x010F, ASCII, "Epson")])))
    path.write_bytes(original)
    before = path.stat().st_mtime_ns
    assert read_embedded(path).make == "Epson"
    assert path.read_bytes() == original
    assert path.stat().st_mtime_ns == before
    with pytest.raises(FileNotFoundError):
        read_embedded(tmp_path / "missing.jpg")


def test_type_is_sniffed_from_content_not_from_the_extension(tmp_path: Path) -> None:
    path = tmp_path / "really_a_png.jpg"
    Image.new("RGB", (7, 5)).save(path, "PNG")
    meta = read_embedded(path)
    assert (meta.format, meta.width, meta.height) == ("png", 7, 5)
