"""EXIF tags removed or set in place of a JPEG copy's EXIF block, the rest kept readable."""

import io

import pytest
from PIL import Image

from memoryapp.exporters.exif_edit import EXIF_HEADER, ExifEditError, edit_exif


def _exif_payload(*, endian: str, orientation: int | None) -> bytes:
    im = Image.new("RGB", (8, 8))
    exif = im.getexif()
    exif.endian = endian
    if orientation is not None:
        exif[0x0112] = orientation
    exif[0x010F] = "Canon"
    exif[0x010E] = "IMG_0042 scanned at the shop"
    exif[0x013B] = "Elbaz D"
    exif.get_ifd(0x8769)[0x9003] = "2019:03:02 10:11:12"
    exif.get_ifd(0x8769)[0x9004] = "2019:03:02 10:11:12"
    exif.get_ifd(0x8825)[2] = (31.0, 30.0, 0.0)
    buffer = io.BytesIO()
    im.save(buffer, "JPEG", exif=exif.tobytes())
    with Image.open(io.BytesIO(buffer.getvalue())) as saved:
        raw = saved.info["exif"]
    assert raw[6:8] == (b"II" if endian == "<" else b"MM")
    return raw


def _read(payload: bytes) -> Image.Exif:
    exif = Image.Exif()
    exif.load(payload)
    return exif


@pytest.mark.parametrize("endian", ["<", ">"])
@pytest.mark.parametrize("orientation", [None, 3])
def test_dropped_tags_go_and_the_rest_stays(endian: str, orientation: int | None) -> None:
    payload = _exif_payload(endian=endian, orientation=orientation)
    edited = edit_exif(payload, drop_ifd0={0x010E, 0x013B}, drop_exif={0x9003}, orientation=8)
    assert edited.startswith(EXIF_HEADER)
    exif = _read(edited)
    assert exif[0x0112] == 8  # set, or added where there was none
    assert exif[0x010F] == "Canon"
    assert 0x010E not in exif
    assert 0x013B not in exif
    sub = exif.get_ifd(0x8769)
    assert 0x9003 not in sub
    assert sub[0x9004] == "2019:03:02 10:11:12"  # the scan date stays
    assert exif.get_ifd(0x8825)[2] == (31.0, 30.0, 0.0)  # GPS offsets still valid
    assert b"IMG_0042" not in edited  # no trace left
    assert b"Elbaz D" not in edited


def test_broken_exif_is_refused() -> None:
    with pytest.raises(ExifEditError):
        edit_exif(EXIF_HEADER + b"MM\x00\x2a\x00\x00\xff\xff", orientation=6)
    with pytest.raises(ExifEditError):
        edit_exif(b"not exif")
