"""The whole import pipeline over the shared corpus: every file gets a result, none hangs.

Every correctness file (all of them read cleanly with ExifTool) must become an item, and what
the collection stores of each one must agree with ExifTool key by key, at the same targets as
the readers (tests/importers/test_corpus_agreement.py): a file that is refused counts against
every key. Robustness files may be refused, with one sentence and no Python repr.
"""

import collections
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from tests.conftest import CORPUS, REPO
from tests.importers.test_corpus_agreement import KEYS, TARGETS, agrees

from memoryapp.core.import_results import FileStatus
from memoryapp.importers.metadata import find_sidecar, read_embedded, read_sidecar
from memoryapp.library import ImportOptions, Library

pytestmark = [
    pytest.mark.slow,
    pytest.mark.corpus,
    pytest.mark.skipif(not (CORPUS / "files").is_dir(), reason="../shared/corpus is absent"),
]

ITEM_STATUSES = (FileStatus.IMPORTED, FileStatus.POSSIBLE_COPY, FileStatus.DUPLICATE)
PYTHON_REPR = re.compile(r"<[^<>]* at 0x[0-9a-fA-F]+>|Traceback|\w+Error:")


def _stamps(root: Path) -> dict[Path, tuple[int, int]]:
    return {p: (p.stat().st_size, p.stat().st_mtime_ns) for p in root.rglob("*") if p.is_file()}


def _oracle() -> dict[str, dict[str, object]]:
    data: dict[str, dict[str, object]] = json.loads(
        (CORPUS / "oracle.json").read_text(encoding="utf-8")
    )
    return data


def test_corpus_imports_with_a_result_per_file_and_originals_untouched(tmp_path: Path) -> None:
    files = CORPUS / "files"
    oracle = _oracle()
    before = _stamps(files)
    stored: dict[str, dict[str, object]] = {}
    with Library.create(tmp_path / "c") as lib:
        report = lib.import_paths([files], options=ImportOptions(jobs=2, time_limit_s=10))
        assert lib.check().healthy
        for r in report.results:
            if r.item_id is not None:
                embedded = lib.embedded(r.item_id) or {}
                stored[r.path] = {
                    "file": embedded.get("file") or {},
                    "sidecar": embedded.get("sidecar") or {},
                }
    candidates = [p for p in before if p.suffix.lower() != ".xmp"]
    assert {Path(r.path) for r in report.results} == set(candidates)
    by_status = collections.Counter(str(r.status) for r in report.results)
    reasons = collections.Counter(str(r.reason) for r in report.failures)
    print(f"\ncorpus import: {dict(by_status)}; failures by reason: {dict(reasons)}")
    assert not report.of(FileStatus.SKIPPED)
    assert all(r.reason is not None and r.detail for r in report.failures)
    reprs = [(r.path, r.detail) for r in report.failures if PYTHON_REPR.search(r.detail)]
    assert not reprs, reprs
    assert _stamps(files) == before

    # Every correctness file becomes an item (none of them is excluded).
    correctness = {
        str(Path(r.path).relative_to(files)): r for r in report.results if "/correctness/" in r.path
    }
    not_items = [
        (k, r.reason, r.detail) for k, r in correctness.items() if r.status not in ITEM_STATUSES
    ]
    assert not not_items

    # What the collection keeps agrees with ExifTool, per key, over every correctness file:
    # the image files' own records, and each sidecar as read with its image. Byte-identical
    # files in one batch share one item and one stored record (the same embedded values, but
    # one twin's sidecar): their own sidecars are taken as the readers give them.
    results: dict[str, dict[str, object]] = {}
    shared = collections.Counter(r.item_id for r in correctness.values())
    for key, r in correctness.items():
        record = stored.get(r.path, {})
        results[key] = dict(record.get("file") or {})
        own_sidecar = dict(record.get("sidecar") or {})
        if shared[r.item_id] > 1:
            path = files / key
            results[key]["sidecar"] = read_embedded(path).sidecar
            found = find_sidecar(path)
            own_sidecar = read_sidecar(found).to_json() if found is not None else {}
        sidecar_key = oracle[key].get("sidecar")
        if isinstance(sidecar_key, str):
            results.setdefault(sidecar_key, own_sidecar)
    rates = {}
    misses = []
    for key in KEYS:
        good = 0
        for name, got in results.items():
            ok = agrees(key, oracle[name].get(key), got.get(key))
            good += ok
            if not ok:
                misses.append(
                    f"{key}: {name}: oracle={oracle[name].get(key)!r} ours={got.get(key)!r}"
                )
        rates[key] = good / len(results)
    print(f"stored agreement over {len(results)} correctness files: "
          + ", ".join(f"{k} {100 * v:.1f}%" for k, v in rates.items()))  # fmt: skip
    print("disagreements:\n  " + "\n  ".join(misses))
    low = {k: f"{rates[k]:.3f}" for k, target in TARGETS.items() if rates[k] < target}
    assert not low, f"agreement below target: {low}\n" + "\n".join(misses)


def test_corpus_import_prints_nothing_without_a_file_name(tmp_path: Path) -> None:
    """Decoder warnings go into each file's result: stderr has no bare line."""
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    cli = [
        sys.executable,
        "-c",
        "import sys; from memoryapp.cli.main import main; sys.exit(main())",
    ]
    subprocess.run([*cli, "init", "-c", str(tmp_path / "c")], check=True, env=env)  # our CLI
    run = subprocess.run(  # our CLI over the whole corpus
        [*cli, "import", "-c", str(tmp_path / "c"), "--jobs", "2", "--time-limit", "10",
         "--json", str(CORPUS / "files")],
        capture_output=True, text=True, env=env, check=False,
    )  # fmt: skip
    assert run.returncode in (0, 1), run.stderr[-2000:]
    report = json.loads(run.stdout)
    names = {Path(r["path"]).name for r in report["results"]}
    bare = [line for line in run.stderr.splitlines() if not any(n in line for n in names)]
    assert not bare, bare[:20]
    warned = [r for r in report["results"] if r.get("warnings")]
    assert warned  # the corpus's damaged fields are reported, with their files
