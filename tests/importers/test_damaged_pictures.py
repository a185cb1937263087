"""Pixels that do not decode: sentences for failures, what decodes kept, decoders' notes per file."""

import io
import struct
from pathlib import Path

import pytest
from PIL import Image, ImageFile
from tests.conftest import CORPUS, draw_picture

from memoryapp.core.import_results import FailureReason
from memoryapp.importers.exif import read_exif
from memoryapp.importers.formats import JPEG, JXL, PSD, TIFF, sniff
from memoryapp.importers.pictures import PictureError, read_picture, render_preview, salvage_picture
from memoryapp.importers.xmp_tree import parse_packet


def _jpeg(size: tuple[int, int] = (400, 300)) -> bytes:
    out = io.BytesIO()
    draw_picture(7, size).save(out, "JPEG", quality=90)
    return out.getvalue()


def test_a_failure_is_a_sentence_without_python_reprs() -> None:
    junk = b"\xff\xd8\xff\xe0" + bytes(range(256)) * 8
    with pytest.raises(PictureError) as caught:
        read_picture(junk, JPEG)
    detail = caught.value.detail
    assert detail == "the file's picture data is in no format memoryapp can read"
    assert "0x" not in detail
    assert "BytesIO" not in detail


def test_a_truncated_picture_keeps_the_part_that_decodes() -> None:
    whole = _jpeg()
    data = whole[: len(whole) // 2]
    with pytest.raises(PictureError) as caught:
        read_picture(data, JPEG)
    picture = salvage_picture(data, JPEG, caught.value)
    assert picture.damage.endswith("only the part that decodes is shown")
    assert (picture.width, picture.height) == (400, 300)
    thumb = Image.open(io.BytesIO(picture.thumbs[256]))
    assert thumb.size == (256, 192)
    assert ImageFile.LOAD_TRUNCATED_IMAGES is False  # only for that file, never left on
    with pytest.raises(PictureError):  # and the next truncated file is strict again
        read_picture(data, JPEG)


def test_nothing_decodes_gives_a_placeholder_in_the_stored_proportions() -> None:
    junk = b"\xff\xd8\xff\xe0" + bytes(256)
    error = PictureError(FailureReason.CORRUPT, "the picture data cannot be decoded")
    picture = salvage_picture(junk, JPEG, error, width=300, height=600)
    assert picture.damage == "the picture data cannot be decoded; a placeholder is shown"
    assert picture.phash == ""  # a placeholder is nobody's possible copy
    assert Image.open(io.BytesIO(picture.thumbs[256])).size == (128, 256)
    assert render_preview(junk, JPEG)  # the viewer gets a placeholder too


def _tiff_with_a_broken_second_page() -> bytes:
    out = io.BytesIO()
    pages = [draw_picture(n, (64, 48)) for n in range(2)]
    pages[0].save(out, "TIFF", save_all=True, append_images=pages[1:])
    data = bytearray(out.getvalue())
    first = struct.unpack_from("<I", data, 4)[0]
    count = struct.unpack_from("<H", data, first)[0]
    second = struct.unpack_from("<I", data, first + 2 + 12 * count)[0]
    for n in range(struct.unpack_from("<H", data, second)[0]):
        entry = second + 2 + 12 * n
        if struct.unpack_from("<H", data, entry)[0] in (256, 257):  # no width, no height
            struct.pack_into("<H", data, entry, 65000 + n)
    return bytes(data)


def test_a_tiff_whose_later_page_is_corrupt_still_reads() -> None:
    data = _tiff_with_a_broken_second_page()
    picture = read_picture(data, TIFF)  # Pillow's n_frames raises TypeError here
    assert (picture.width, picture.height) == (64, 48)
    assert picture.pages == 1


def test_jpeg_xl_decodes() -> None:
    out = io.BytesIO()
    draw_picture(3, (120, 80)).save(out, "JXL")
    data = out.getvalue()
    assert sniff(data[:64], ".jxl") == JXL
    picture = read_picture(data, JXL)
    assert (picture.width, picture.height, picture.damage) == (120, 80, "")


@pytest.mark.skipif(not (CORPUS / "files").is_dir(), reason="../shared/corpus is absent")
def test_psd_composite_decodes() -> None:
    path = CORPUS / "files/correctness/frameright/tests/Fixtures/metaphotoshop.psd"
    data = path.read_bytes()
    assert sniff(data[:64], ".psd") == PSD
    picture = read_picture(data, PSD)
    assert (picture.width, picture.height, picture.damage) == (800, 600, "")


def test_exifread_complaints_go_into_the_files_warnings(capfd: pytest.CaptureFixture[str]) -> None:
    entry = struct.pack("<HHII", 0x8482, 12, 3, 9999)  # offset far past the block
    block = b"II*\x00" + struct.pack("<IH", 8, 1) + entry + struct.pack("<I", 0)
    meta = read_exif(block)
    assert "EXIF: Possibly corrupted field Tag 0x8482" in meta.warnings
    assert capfd.readouterr().err == ""


_PACKET = (
    b'<?xpacket begin="\xef\xbb\xbf" id="W5M0MpCehiHzreSzNTczkc9d"?>'
    b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF'
    b' xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about=""'
    b' xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:subject><rdf:Bag><rdf:li>Tinghir</rdf:li>'
    b"</rdf:Bag></dc:subject></rdf:Description></rdf:RDF></x:xmpmeta>"
    b'<?xpacket end="w"?>'
)


@pytest.mark.parametrize(
    "junk",
    [b"", b"\x00" * 64, b"</x:xmpmeta> trailing", b"\x00garbage</x:xmpmeta>", b"<x:xmpmeta>cut"],
)
def test_xmp_is_read_up_to_its_end_marker_when_junk_follows(junk: bytes) -> None:
    assert parse_packet(_PACKET + junk) == {"dc:subject": ["Tinghir"]}


def test_a_sidecar_with_junk_after_its_end_keeps_its_fields(tmp_path: Path) -> None:
    from memoryapp.importers.metadata import read_sidecar

    sidecar = tmp_path / "photo.jpg.xmp"
    sidecar.write_bytes(_PACKET + b"\x00\x00junk </x:xmpmeta> more junk")
    assert read_sidecar(sidecar).keywords == ("Tinghir",)
