"""An import's files are made durable (in the background, and at the latest before each commit)
before the catalogue names them."""

import hashlib
from pathlib import Path

import pytest

from memoryapp.core.import_results import FileStatus
from memoryapp.library import ImportOptions, Library
from memoryapp.storage import atomic
from memoryapp.storage.layout import CollectionPaths


def _record_flushes(
    library: Library, monkeypatch: pytest.MonkeyPatch
) -> list[tuple[list[Path], int]]:
    """Each flush's files, with the items the catalogue held then (filled as the import runs)."""
    flushes: list[tuple[list[Path], int]] = []
    real = atomic.make_durable

    def recorded(root: Path, written: list[Path]) -> None:
        flushes.append((list(written), library.item_count()))
        real(root, written)

    monkeypatch.setattr(atomic, "make_durable", recorded)
    return flushes


def test_files_are_durable_before_the_catalogue_names_them(
    library: Library, make_jpeg, monkeypatch: pytest.MonkeyPatch
) -> None:
    sources = [make_jpeg(f"photo{n}.jpg") for n in range(3)]
    flushes = _record_flushes(library, monkeypatch)
    report = library.import_paths(sources, options=ImportOptions(jobs=2))
    assert [r.status for r in report.results] == [FileStatus.IMPORTED] * 3
    assert flushes
    assert {count for _, count in flushes} == {0}  # every flush before the commit
    flushed = {path for written, _ in flushes for path in written}
    paths = CollectionPaths(library.path)
    for source in sources:
        sha = hashlib.sha256(source.read_bytes()).hexdigest()
        expected = {
            paths.media_file(sha, ".jpg"),
            paths.thumb_file(sha, 256),
            paths.embedded_file(sha),
        }
        assert expected <= flushed


def test_a_file_cut_short_by_a_crash_is_written_again(library: Library, make_jpeg) -> None:
    """A managed copy left empty by a crash before its flush is not taken for the original."""
    source = make_jpeg()
    data = source.read_bytes()
    target = CollectionPaths(library.path).media_file(hashlib.sha256(data).hexdigest(), ".jpg")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(b"")  # renamed into place, its data never reached the disk
    (result,) = library.import_paths([source], options=ImportOptions(jobs=1)).results
    assert result.status is FileStatus.IMPORTED
    assert target.read_bytes() == data


def test_the_record_rewritten_for_a_copy_is_flushed_before_the_commit(
    library: Library, make_jpeg, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A copy's sidecar is added to the file's embedded record without an fsync of its own:
    the record is made durable with the batch, before the commit that names the copy."""
    source = make_jpeg("photo.jpg")
    copy = source.with_name("photo copy.jpg")
    copy.write_bytes(source.read_bytes())
    flushes = _record_flushes(library, monkeypatch)
    report = library.import_paths([copy.parent], options=ImportOptions(jobs=1))
    assert [r.status for r in report.results] == [FileStatus.IMPORTED, FileStatus.DUPLICATE]
    record = CollectionPaths(library.path).embedded_file(
        hashlib.sha256(copy.read_bytes()).hexdigest()
    )
    assert {count for _, count in flushes} == {0}
    # written by the worker, then again by the parent for the copy: both flushed
    assert sum(written.count(record) for written, _ in flushes) == 2
