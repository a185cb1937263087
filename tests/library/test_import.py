from pathlib import Path

import pytest
from PIL import Image

from memoryapp.core.import_results import FailureReason, FileStatus
from memoryapp.importers.prepare import PrepareError, read_source
from memoryapp.library import ImportOptions, Library

ONE_JOB = ImportOptions(jobs=1)


def _stamp(paths: list[Path]) -> dict[Path, tuple[bytes, int]]:
    return {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in paths}


def test_import_adds_items_with_size_format_thumbnail(library: Library, make_jpeg) -> None:
    source = make_jpeg("grandmother.jpg", size=(640, 480))
    report = library.import_paths([source], options=ONE_JOB)
    (result,) = report.results
    assert result.status is FileStatus.IMPORTED
    item = library.item(result.item_id)
    media = item.files[0]
    assert (media.format, media.width, media.height) == ("jpeg", 640, 480)
    assert media.size == source.stat().st_size
    assert media.original_name == "grandmother.jpg"
    thumb = library.thumbnail_path(item.id)
    assert thumb is not None
    with Image.open(thumb) as im:
        assert max(im.size) == 256


def test_same_file_twice_is_a_duplicate(library: Library, make_jpeg) -> None:
    source = make_jpeg()
    first = library.import_paths([source], options=ONE_JOB)
    second = library.import_paths([source], options=ONE_JOB)
    assert second.results[0].status is FileStatus.DUPLICATE
    assert second.results[0].item_id == first.results[0].item_id
    assert library.item_count() == 1


def test_broken_files_are_reported_and_the_rest_goes_on(
    library: Library, make_jpeg, tmp_path: Path
) -> None:
    good = make_jpeg("good.jpg")
    folder = good.parent
    (folder / "empty.jpg").write_bytes(b"")
    (folder / "truncated.jpg").write_bytes(good.read_bytes()[:300])
    (folder / "garbage.jpg").write_bytes(b"\xff\xd8\xff\xe1" + bytes(range(256)) * 4)
    (folder / "notes.txt").write_text("not a picture")
    report = library.import_paths([folder], options=ONE_JOB)
    by_name = {Path(r.path).name: r for r in report.results}
    assert by_name["good.jpg"].status is FileStatus.IMPORTED
    assert by_name["empty.jpg"].reason is FailureReason.ZERO_BYTES
    # Its header (size) reads: kept as a damaged item, with a placeholder thumbnail.
    assert by_name["truncated.jpg"].status is FileStatus.IMPORTED
    assert by_name["garbage.jpg"].reason in (FailureReason.TRUNCATED, FailureReason.CORRUPT)
    assert "0x" not in by_name["garbage.jpg"].detail
    assert by_name["notes.txt"].reason is FailureReason.UNSUPPORTED
    assert library.item_count() == 2
    assert library.check().healthy


def test_decompression_bomb_is_refused(library: Library, tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.png"
    Image.new("1", (6000, 6000)).save(bomb)
    report = library.import_paths([bomb], options=ImportOptions(jobs=1, max_pixels=1_000_000))
    assert report.results[0].reason is FailureReason.DECOMPRESSION_BOMB
    assert library.item_count() == 0


def test_originals_keep_bytes_and_mtime(library: Library, make_jpeg) -> None:
    sources = [make_jpeg("a.jpg"), make_jpeg("b.jpg")]
    before = _stamp(sources)
    library.import_paths(sources, options=ImportOptions(jobs=2))
    library.import_paths(sources, options=ONE_JOB)
    library.check()
    assert _stamp(sources) == before


def test_linked_import_references_the_file_in_place(library: Library, make_jpeg) -> None:
    source = make_jpeg("linked.jpg")
    report = library.import_paths([source], options=ImportOptions(jobs=1, link=True))
    item = library.item(report.results[0].item_id)
    assert item.files[0].linked
    assert library.media_path(item.id) == source.resolve()
    assert not any(library.paths.media.rglob("*.jpg"))


def test_odd_file_names_import(library: Library, make_jpeg) -> None:
    names = ["photo de mariage (1955).jpg", "יקוט.jpg", "صورة.jpg", "a" * 200 + ".jpg"]
    sources = [make_jpeg(n) for n in names]
    report = library.import_paths(sources, options=ONE_JOB)
    assert [r.status for r in report.results] == [FileStatus.IMPORTED] * 4
    assert sorted(i.files[0].original_name for i in library.items()) == sorted(names)


def test_unreadable_file_fails_with_reason(make_jpeg, monkeypatch) -> None:
    source = make_jpeg("secret.jpg")

    def refuse(self, *args, **kwargs):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "open", refuse)
    with pytest.raises(PrepareError) as info:
        read_source(source)
    assert info.value.reason is FailureReason.UNREADABLE
    assert "permission" in info.value.detail


def test_cancel_keeps_what_finished(library: Library, make_jpeg) -> None:
    from memoryapp.core.progress import CancelToken

    sources = [make_jpeg(f"{n}.jpg") for n in range(6)]
    token = CancelToken()

    def stop_after_two(info) -> None:
        if info.done >= 2:
            token.cancel()

    report = library.import_paths(sources, options=ONE_JOB, progress=stop_after_two, cancel=token)
    assert report.cancelled
    imported = report.of(FileStatus.IMPORTED)
    assert 2 <= len(imported) < 6
    assert library.item_count() == len(imported)
    skipped = report.of(FileStatus.SKIPPED)
    assert all(r.reason is FailureReason.CANCELLED for r in skipped)
    resumed = library.import_paths(sources, options=ONE_JOB)
    assert len(resumed.of(FileStatus.DUPLICATE)) == len(imported)
    assert library.item_count() == 6


def test_gps_and_names_in_the_file_become_places_and_people(
    library: Library, tmp_path: Path
) -> None:
    from tests.conftest import draw_picture

    exif = Image.Exif()
    gps = exif.get_ifd(0x8825)
    gps.update({1: "N", 2: (31.0, 31.0, 0.0), 3: "W", 4: (5.0, 32.0, 0.0)})
    exif[0x0132] = "1955:06:12 10:00:00"
    exif.get_ifd(0x8769)[0x9003] = "1955:06:12 10:00:00"
    xmp = (
        b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        b'<rdf:Description xmlns:Iptc4xmpExt="http://iptc.org/std/Iptc4xmpExt/2008-02-29/">'
        b"<Iptc4xmpExt:PersonInImage><rdf:Bag><rdf:li>Yakut Elbaz</rdf:li></rdf:Bag>"
        b"</Iptc4xmpExt:PersonInImage></rdf:Description></rdf:RDF></x:xmpmeta>"
    )
    path = tmp_path / "gps.jpg"
    draw_picture(77).save(path, "JPEG", exif=exif, xmp=xmp)
    report = library.import_paths([path], options=ONE_JOB)
    item = library.item(report.results[0].item_id)
    assert library.place(item.places[0]).name == "Tinghir"
    assert library.place(library.place(item.places[0]).parent_id).name == "Morocco"
    assert [library.person(t.person_id).name for t in item.people] == ["Yakut Elbaz"]
    assert item.taken is not None
    assert item.taken.edtf.startswith("1955-06-12")
    assert item.lat == pytest.approx(31.5167, abs=1e-3)


def test_the_same_print_scanned_twice_is_a_possible_copy(library: Library, tmp_path: Path) -> None:
    from tests.conftest import draw_picture

    original = draw_picture(42, (1200, 900))
    first, second = tmp_path / "cousin_a.jpg", tmp_path / "cousin_b.png"
    original.save(first, "JPEG", quality=92)
    original.resize((900, 675)).save(second, "PNG")  # another scan: other size, other format
    report = library.import_paths([first], options=ONE_JOB)
    again = library.import_paths([second], options=ONE_JOB)
    (result,) = again.results
    assert result.status is FileStatus.POSSIBLE_COPY
    assert library.item(result.item_id).possible_copies == (report.results[0].item_id,)
    assert library.item_count() == 2  # both provenances are kept


def test_multipage_tiff_and_pdf_become_documents(library: Library, tmp_path: Path) -> None:
    from tests.conftest import draw_picture

    pages = [draw_picture(n, (600, 800)) for n in range(3)]
    tiff = tmp_path / "letter.tif"
    pages[0].save(tiff, "TIFF", save_all=True, append_images=pages[1:])
    pdf = tmp_path / "passport.pdf"
    pages[0].save(pdf, "PDF", save_all=True, append_images=pages[1:2], resolution=100)
    report = library.import_paths([tiff, pdf], options=ONE_JOB)
    items = [library.item(r.item_id) for r in report.results]
    assert [(i.kind.value, i.files[0].format, i.files[0].pages) for i in items] == [
        ("document", "tiff", 3),
        ("document", "pdf", 2),
    ]
    assert all(library.thumbnail_path(i.id) is not None for i in items)
