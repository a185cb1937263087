"""Byte-identical files in one import: one item, every path and sidecar, for any --jobs."""

import json
import shutil
from pathlib import Path

from tests.conftest import draw_picture

from memoryapp.core.import_results import FailureReason, FileStatus
from memoryapp.library import ImportOptions, Library


def _sidecar(person: str, keyword: str) -> bytes:
    return (
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
        'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description '
        'xmlns:Iptc4xmpExt="http://iptc.org/std/Iptc4xmpExt/2008-02-29/" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f"<Iptc4xmpExt:PersonInImage><rdf:Bag><rdf:li>{person}</rdf:li></rdf:Bag>"
        "</Iptc4xmpExt:PersonInImage>"
        f"<dc:subject><rdf:Bag><rdf:li>{keyword}</rdf:li></rdf:Bag></dc:subject>"
        "</rdf:Description></rdf:RDF></x:xmpmeta>"
    ).encode()


def _folder(root: Path) -> Path:
    src = root / "shoebox"
    src.mkdir()
    draw_picture(1).save(src / "photo1.jpg", "JPEG", quality=90)
    (src / "photo1.jpg.xmp").write_bytes(_sidecar("Yakut Elbaz", "Henna"))
    shutil.copyfile(src / "photo1.jpg", src / "photo1 copy.jpg")
    draw_picture(2).save(src / "b.jpg", "JPEG", quality=90)
    shutil.copyfile(src / "b.jpg", src / "c.jpg")  # the second copy has the sidecar
    (src / "c.jpg.xmp").write_bytes(_sidecar("Rachel Elbaz", "Wedding"))
    for n in range(3, 9):
        draw_picture(n).save(src / f"other{n}.jpg", "JPEG", quality=90)
    return src


def _catalogue(root: Path) -> dict[str, object]:
    """Every catalogue and embedded-metadata file, without the import timestamps."""
    out: dict[str, object] = {}
    for path in sorted((root / "catalogue").glob("*.json")) + sorted(
        (root / "embedded").rglob("*.json")
    ):
        data = json.loads(path.read_text("utf-8"))
        for record in data.get("items", {}).values():
            record.pop("added_at", None)
        out[path.relative_to(root).as_posix()] = data
    return out


def test_identical_files_make_one_item_with_both_paths_and_sidecars(tmp_path: Path) -> None:
    src = _folder(tmp_path)
    with Library.create(tmp_path / "coll") as lib:
        report = lib.import_paths([src], options=ImportOptions(jobs=1))
        by_name = {Path(r.path).name: r for r in report.results}
        first, copy = by_name["photo1 copy.jpg"], by_name["photo1.jpg"]  # "photo1 copy" sorts first
        assert first.status is FileStatus.IMPORTED
        assert copy.status is FileStatus.DUPLICATE
        assert copy.item_id == first.item_id
        item = lib.item(first.item_id)
        assert item.source.imported_from == str(src / "photo1 copy.jpg")
        assert item.files[0].also_imported_from == (str(src / "photo1.jpg"),)
        assert [lib.person(t.person_id).name for t in item.people] == ["Yakut Elbaz"]
        assert item.tags == ("Henna",)
        embedded = lib.embedded(item.id)
        assert embedded is not None
        assert list(embedded["sidecars"]) == [str(src / "photo1.jpg")]
        assert embedded["sidecar"] == embedded["sidecars"][str(src / "photo1.jpg")]
        b = lib.item(by_name["b.jpg"].item_id)
        assert by_name["c.jpg"].item_id == b.id
        assert [lib.person(t.person_id).name for t in b.people] == ["Rachel Elbaz"]
        assert b.tags == ("Wedding",)
        assert lib.item_count() == 8


def test_one_job_and_two_jobs_give_the_same_catalogue(tmp_path: Path) -> None:
    src = _folder(tmp_path)
    for jobs in (1, 2):
        with Library.create(tmp_path / f"jobs{jobs}") as lib:
            report = lib.import_paths([src], options=ImportOptions(jobs=jobs))
            assert len(report.of(FileStatus.DUPLICATE)) == 2
    assert _catalogue(tmp_path / "jobs1") == _catalogue(tmp_path / "jobs2")


def test_the_record_of_identical_files_keeps_every_tag(tmp_path: Path) -> None:
    """The record rewritten for a later copy still holds every tag the file carries."""
    from PIL import Image

    from memoryapp.importers.metadata import embedded_from_bytes

    src = tmp_path / "src"
    src.mkdir()
    exif = Image.Exif()
    exif[0x010F], exif[0x0110] = "Canon", "Canon EOS 5D"
    draw_picture(7).save(src / "a.jpg", "JPEG", quality=90, exif=exif)
    (src / "b.jpg").write_bytes((src / "a.jpg").read_bytes())
    (src / "b.jpg.xmp").write_bytes(_sidecar("Rachel Elbaz", "Wedding"))
    with Library.create(tmp_path / "coll") as lib:
        report = lib.import_paths([src], options=ImportOptions(jobs=2))
        assert [r.status for r in report.results] == [FileStatus.IMPORTED, FileStatus.DUPLICATE]
        embedded = lib.embedded(report.results[0].item_id)
    assert embedded is not None
    raw = dict(embedded_from_bytes((src / "a.jpg").read_bytes()).raw)
    assert raw["EXIF:Make"] == "Canon"
    assert embedded["file"]["raw"] == raw
    assert embedded["file"]["sidecar"] is None  # a.jpg, the first found, has none
    assert list(embedded["sidecars"]) == [str(src / "b.jpg")]


def test_a_copy_of_a_file_that_gives_no_item_is_read_in_full(tmp_path: Path) -> None:
    """The copy is not decoded at first (its earlier file is the same); when that file is
    refused, the copy is read again in full and gets its own result, counted once."""
    src = tmp_path / "src"
    src.mkdir()
    draw_picture(1).save(src / "a.jpg", "JPEG", quality=90)
    shutil.copyfile(src / "a.jpg", src / "b.jpg")
    draw_picture(2).save(src / "c.jpg", "JPEG", quality=90)
    seen: list[int] = []
    with Library.create(tmp_path / "coll") as lib:
        options = ImportOptions(jobs=2, max_pixels=1000)  # 320x240 is over the limit
        report = lib.import_paths([src], options=options, progress=lambda p: seen.append(p.done))
        assert [r.status for r in report.results] == [FileStatus.FAILED] * 3
        assert {r.reason for r in report.results} == {FailureReason.DECOMPRESSION_BOMB}
        assert lib.item_count() == 0
    assert seen[-1] == 3
    assert seen == sorted(seen)


def test_files_of_one_size_that_differ_are_each_an_item(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    for n in range(6):  # uncompressed: one size for all, different bytes
        draw_picture(n).save(src / f"scan{n}.bmp", "BMP")
    with Library.create(tmp_path / "coll") as lib:
        report = lib.import_paths([src], options=ImportOptions(jobs=2))
        assert [r.status for r in report.results] == [FileStatus.IMPORTED] * 6
        assert len({r.item_id for r in report.results}) == 6
