import io
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image, PngImagePlugin

from memoryapp.exporters.jpeg_segments import (
    MAX_XMP_PACKET,
    JpegError,
    clean_png,
    exif_orientation,
    jpeg_size,
    orientation_exif,
    rewrite_jpeg,
)

XMP = b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title><rdf:Alt><rdf:li xml:lang="x-default">Copy</rdf:li></rdf:Alt></dc:title></rdf:Description></rdf:RDF></x:xmpmeta>'


def _jpeg_with_metadata(orientation: int = 6) -> bytes:
    im = Image.new("RGB", (64, 48), "teal")
    exif = im.getexif()
    exif[0x0112] = orientation
    exif[0x010F] = "Secret Camera"
    exif.get_ifd(0x8825)[2] = (31.0, 30.0, 0.0)  # GPS latitude
    buffer = io.BytesIO()
    im.save(buffer, "JPEG", exif=exif.tobytes(), comment=b"Rachel's secret")
    return buffer.getvalue() + b"trailer with a name"


def _scan(data: bytes) -> bytes:
    return data[data.index(b"\xff\xda") :]


def test_dropping_metadata_keeps_pixels_and_orientation() -> None:
    original = _jpeg_with_metadata()
    cleaned = rewrite_jpeg(original, drop_metadata=True)
    assert b"Secret Camera" not in cleaned
    assert b"Rachel" not in cleaned
    assert b"trailer" not in cleaned
    assert _scan(cleaned) == _scan(original).removesuffix(b"trailer with a name")
    with Image.open(io.BytesIO(cleaned)) as a, Image.open(io.BytesIO(original)) as b:
        assert a.tobytes() == b.tobytes()
        assert a.getexif().get(0x0112) == 6
        assert 0x8825 not in a.getexif()
    assert jpeg_size(cleaned) == (64, 48)


def test_inserting_xmp_replaces_the_old_packet_and_exiftool_reads_it(tmp_path: Path) -> None:
    first = rewrite_jpeg(_jpeg_with_metadata(1), drop_metadata=False, xmp=XMP)
    second = rewrite_jpeg(first, drop_metadata=False, xmp=XMP.replace(b"Copy", b"Second"))
    assert second.count(b"http://ns.adobe.com/xap/1.0/\x00") == 1
    assert b"Secret Camera" in second  # metadata kept when not asked to drop it
    if shutil.which("exiftool") is None:
        return
    path = tmp_path / "copy.jpg"
    path.write_bytes(second)
    out = subprocess.run(
        ["exiftool", "-s3", "-XMP-dc:Title", str(path)], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "Second"


def test_bad_input_is_refused() -> None:
    with pytest.raises(JpegError):
        rewrite_jpeg(b"not a jpeg", drop_metadata=True)
    with pytest.raises(JpegError):
        rewrite_jpeg(_jpeg_with_metadata()[:30], drop_metadata=True)
    with pytest.raises(JpegError, match="does not fit"):
        rewrite_jpeg(_jpeg_with_metadata(), drop_metadata=False, xmp=b" " * (MAX_XMP_PACKET + 1))
    assert jpeg_size(b"junk") is None


def test_orientation_exif_round_trips() -> None:
    for value in range(1, 9):
        assert exif_orientation(orientation_exif(value)) == value
    with pytest.raises(ValueError, match="1-8"):
        orientation_exif(9)


def test_clean_png_drops_text_chunks_only() -> None:
    im = Image.new("RGB", (10, 10), "red")
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "Miriam Ohana")
    info.add_itxt("Description", "מרים", lang="he")
    buffer = io.BytesIO()
    im.save(buffer, "PNG", pnginfo=info)
    cleaned = clean_png(buffer.getvalue())
    assert b"Miriam" not in cleaned
    assert "מרים".encode() not in cleaned
    with Image.open(io.BytesIO(cleaned)) as again:
        assert again.tobytes() == im.tobytes()
    broken = bytearray(buffer.getvalue())
    broken[40] ^= 0xFF
    with pytest.raises(ValueError, match=r"CRC|chunk"):
        clean_png(bytes(broken))
