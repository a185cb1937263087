"""A file with the same bytes as an earlier file of the import is not decoded again."""

import shutil
from pathlib import Path

from tests.conftest import draw_picture

from memoryapp.importers.prepare import Prepared, Twin, prepare, same_bytes

_SIDECAR = (
    '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
    'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description '
    'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:subject><rdf:Bag><rdf:li>Henna</rdf:li>'
    "</rdf:Bag></dc:subject></rdf:Description></rdf:RDF></x:xmpmeta>"
)


def test_a_copy_is_a_twin_with_its_own_sidecar(tmp_path: Path) -> None:
    first = tmp_path / "a.jpg"
    draw_picture(1).save(first, "JPEG", quality=90)
    copy = tmp_path / "b.jpg"
    shutil.copyfile(first, copy)
    (tmp_path / "b.jpg.xmp").write_text(_SIDECAR, "utf-8")
    twin = prepare(copy, twins=(first,))
    assert isinstance(twin, Twin)
    assert twin.of == first
    assert twin.size == copy.stat().st_size
    assert twin.sidecar is not None
    assert twin.sidecar.keywords == ("Henna",)
    assert twin.embedded.sidecar == "b.jpg.xmp"
    whole = prepare(copy)
    assert isinstance(whole, Prepared)
    assert whole.sha256 == twin.sha256


def test_files_of_one_size_that_differ_are_decoded(tmp_path: Path) -> None:
    first, other = tmp_path / "a.bmp", tmp_path / "b.bmp"
    draw_picture(1).save(first, "BMP")  # uncompressed: every picture of a size has one length
    draw_picture(2).save(other, "BMP")
    assert first.stat().st_size == other.stat().st_size
    assert isinstance(prepare(other, twins=(first,)), Prepared)


def test_same_bytes_reads_the_whole_file(tmp_path: Path) -> None:
    data = bytes(range(256)) * 1024  # 256 KiB: past the first block that is compared
    same, late, short = tmp_path / "same", tmp_path / "late", tmp_path / "short"
    same.write_bytes(data)
    late.write_bytes(data[:-1] + b"\x00")  # differs in its last byte only
    short.write_bytes(data[:-1])
    assert same_bytes(same, data)
    assert not same_bytes(late, data)
    assert not same_bytes(short, data)
    assert not same_bytes(tmp_path / "missing", data)
    assert not same_bytes(tmp_path, data)  # a folder cannot be read
