"""Counting the files of an import before it starts."""

from pathlib import Path

from memoryapp.core.progress import CancelToken
from memoryapp.library.import_count import REPORT_EVERY, FileCount, count_files


def _tree(root: Path, count: int) -> None:
    (root / "1950").mkdir(parents=True)
    for n in range(count):
        (root / "1950" / f"scan{n}.jpg").write_bytes(b"x")
    (root / "1950" / "scan0.xmp").write_text("<x/>")  # a sidecar: read with its picture
    (root / ".hidden.jpg").write_bytes(b"x")
    (root / "Thumbs.db").write_bytes(b"x")


def test_counts_what_the_import_would_read(tmp_path: Path) -> None:
    _tree(tmp_path / "scans", 3)
    single = tmp_path / "letter.pdf"
    single.write_bytes(b"%PDF")
    found = count_files([tmp_path / "scans", single, tmp_path / "gone"])
    assert found == FileCount(files=4, problems=1)


def test_reports_progress_and_stops_when_cancelled(tmp_path: Path) -> None:
    _tree(tmp_path / "scans", REPORT_EVERY * 2 + 1)
    seen: list[int] = []
    assert count_files([tmp_path / "scans"], progress=seen.append).files == REPORT_EVERY * 2 + 1
    assert seen == [REPORT_EVERY, REPORT_EVERY * 2]
    token = CancelToken()
    token.cancel()
    assert count_files([tmp_path / "scans"], cancel=token).cancelled
