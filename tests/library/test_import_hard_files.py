"""Files that used to stop or lose an import: non-UTF-8 names, huge files, damaged pixels."""

import json
import os
from pathlib import Path

import pytest

from memoryapp.core.file_names import escape_name, unescape_name
from memoryapp.core.import_results import FailureReason, FileStatus
from memoryapp.importers.prepare import PrepareError, read_source
from memoryapp.library import ImportOptions, Library, items_json
from memoryapp.library.check import ProblemKind
from memoryapp.library.finder import Finder
from memoryapp.library.relink import relink

ONE_JOB = ImportOptions(jobs=1)
LATIN1_NAME = b"caf\xe9 100%.jpg"  # not valid UTF-8: what an old camera or Windows-1252 copy gives


def _bytes_named(folder: Path, raw_name: bytes, content: bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    raw_path = os.path.join(os.fsencode(folder), raw_name)  # noqa: PTH118 - a bytes path
    with open(raw_path, "wb") as handle:  # noqa: PTH123 - a real non-UTF-8 name on disk
        handle.write(content)
    return Path(os.fsdecode(raw_path))


@pytest.mark.parametrize(
    "name", [b"caf\xe9.jpg", b"\xff\xfe%41\xe9%.jpg", b"ok-\xc3\xa9-then-\xc3.jpg"]
)
def test_escaped_names_round_trip(name: bytes) -> None:
    text = escape_name(os.fsdecode(name))
    text.encode("utf-8")  # storable
    assert os.fsencode(unescape_name(text)) == name


def test_a_valid_name_is_stored_unchanged() -> None:
    assert escape_name("Mellah 100% טינגיר.jpg") == "Mellah 100% טינגיר.jpg"


def test_a_non_utf8_name_is_imported_with_its_name_escaped(
    library: Library, make_jpeg, tmp_path: Path
) -> None:
    good = make_jpeg("good.jpg")
    odd = _bytes_named(good.parent, LATIN1_NAME, make_jpeg("other.jpg").read_bytes())
    (good.parent / "other.jpg").unlink()
    report = library.import_paths([good.parent], options=ONE_JOB)
    assert [r.status for r in report.results] == [FileStatus.IMPORTED, FileStatus.IMPORTED]
    by_name = {i.files[0].original_name: i for i in library.items()}
    assert set(by_name) == {"good.jpg", "caf%E9 100%25.jpg"}
    item = by_name["caf%E9 100%25.jpg"]
    assert os.fsencode(unescape_name(item.files[0].original_name)) == LATIN1_NAME
    assert unescape_name(item.source.imported_from) == str(odd)
    json.dumps(report.results[1].path)  # the report is printable text too
    library.close()
    with Library.open(library.path) as again:  # the catalogue and its journal are intact
        assert again.item_count() == 2
        second = again.import_paths([good.parent], options=ONE_JOB)
        assert [r.status for r in second.results] == [FileStatus.DUPLICATE] * 2
        assert again.check().healthy


def test_a_non_utf8_name_cannot_be_linked_and_the_batch_goes_on(
    library: Library, make_jpeg
) -> None:
    good = make_jpeg("good.jpg")
    _bytes_named(good.parent, LATIN1_NAME, make_jpeg("other.jpg").read_bytes())
    (good.parent / "other.jpg").unlink()
    report = library.import_paths([good.parent], options=ImportOptions(jobs=1, link=True))
    statuses = sorted((str(r.status), str(r.reason)) for r in report.results)
    assert statuses == [("failed", "bad-name"), ("imported", "None")]
    assert library.item_count() == 1
    moved = good.parent / "moved"
    _bytes_named(moved, LATIN1_NAME, good.read_bytes())  # found again only under a bad name
    good.unlink()
    found = relink(library, moved)
    assert found.still_missing == (str(good.resolve()),)


def test_a_file_at_the_size_limit_is_refused_by_its_size(tmp_path: Path) -> None:
    huge = tmp_path / "scan.tif"
    with huge.open("wb") as handle:
        handle.truncate(2 * 1024**3)  # sparse: 2 GiB of size, no bytes on disk
    with pytest.raises(PrepareError) as info:
        read_source(huge)
    assert info.value.reason is FailureReason.TOO_LARGE
    assert "2,147,483,648 bytes" in info.value.detail
    small = tmp_path / "small.jpg"
    small.write_bytes(b"\xff" * 100)
    with pytest.raises(PrepareError) as at_limit:
        read_source(small, max_bytes=100)
    assert at_limit.value.reason is FailureReason.TOO_LARGE
    assert read_source(small, max_bytes=101) == b"\xff" * 100


def test_a_huge_file_fails_alone_in_an_import(library: Library, make_jpeg) -> None:
    good = make_jpeg("good.jpg")
    with (good.parent / "huge.jpg").open("wb") as handle:
        handle.truncate(2 * 1024**3)
    report = library.import_paths([good.parent], options=ONE_JOB)
    by_name = {Path(r.path).name: r for r in report.results}
    assert by_name["huge.jpg"].reason is FailureReason.TOO_LARGE
    assert by_name["good.jpg"].status is FileStatus.IMPORTED


def test_a_damaged_picture_becomes_an_item_shown_everywhere(library: Library, make_jpeg) -> None:
    whole = make_jpeg("wedding.jpg", size=(400, 300))
    data = whole.read_bytes()
    whole.write_bytes(data[: len(data) // 2])
    (result,) = library.import_paths([whole], options=ONE_JOB).results
    assert result.status is FileStatus.IMPORTED
    assert result.warnings[0].startswith("picture damaged: the picture data ends too early")
    item = library.item(result.item_id)
    assert item.damaged.endswith("only the part that decodes is shown")
    assert (item.files[0].width, item.files[0].height) == (400, 300)
    shown = items_json(library, [item])[0]
    assert shown["damaged"] == item.damaged
    assert shown["files"][0]["damaged"] == item.damaged
    report = library.check()
    assert report.healthy
    assert [p.kind for p in report.problems] == [ProblemKind.DAMAGED_PICTURE]
    assert Finder(library).search("is:damaged").ids == (item.id,)
