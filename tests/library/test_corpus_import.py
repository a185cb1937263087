"""The whole import pipeline over the shared corpus: every file gets a result, none hangs."""

import collections
from pathlib import Path

import pytest
from tests.conftest import CORPUS

from memoryapp.core.import_results import FileStatus
from memoryapp.library import ImportOptions, Library

pytestmark = [
    pytest.mark.slow,
    pytest.mark.corpus,
    pytest.mark.skipif(not (CORPUS / "files").is_dir(), reason="../shared/corpus is absent"),
]


def _stamps(root: Path) -> dict[Path, tuple[int, int]]:
    return {p: (p.stat().st_size, p.stat().st_mtime_ns) for p in root.rglob("*") if p.is_file()}


def test_corpus_imports_with_a_result_per_file_and_originals_untouched(tmp_path: Path) -> None:
    files = CORPUS / "files"
    before = _stamps(files)
    with Library.create(tmp_path / "c") as lib:
        report = lib.import_paths([files], options=ImportOptions(jobs=2, time_limit_s=10))
        assert lib.check().healthy
    candidates = [p for p in before if p.suffix.lower() != ".xmp"]
    assert {Path(r.path) for r in report.results} == set(candidates)
    by_status = collections.Counter(str(r.status) for r in report.results)
    reasons = collections.Counter(str(r.reason) for r in report.failures)
    print(f"\ncorpus import: {dict(by_status)}; failures by reason: {dict(reasons)}")
    assert not report.of(FileStatus.SKIPPED)
    correctness = [r for r in report.results if "/correctness/" in r.path]
    failed = [r for r in correctness if r.status is FileStatus.FAILED]
    # Well-formed files of the types memoryapp reads import (JPEG XL and PSD are not read).
    unexpected = [r for r in failed if not r.path.lower().endswith((".jxl", ".psd"))]
    assert len(unexpected) <= len(correctness) // 50, [
        (r.path, r.reason, r.detail) for r in unexpected
    ]
    assert all(r.reason is not None and r.detail for r in report.failures)
    assert _stamps(files) == before
