"""Where an import's time goes, file by file, beside the reference pipeline's.

    PYTHONPATH=src .venv/bin/python bench/import_costs.py [--files 300] [--keep DIR] [--rounds 3]

Uses ``bench/import_bench.py``'s corpus (``--keep`` reuses one). For each kind of file
(format and pixel mode), in this one process and on one core (CPU time, best of
``--rounds``), per file:

* ``pipeline``: issue 17's reference pipeline (``import_bench.pipeline_one``);
* memoryapp's worker, step by step: ``read`` (the bytes, once), ``sha256``, ``metadata``
  (every embedded-metadata reader), ``pixels`` (decode at the DCT scale the thumbnail needs,
  the thumbnail, its JPEG, the perceptual hash), ``prepare`` (all of that in one call, as
  the worker makes it), ``worker`` (the whole task, ``ingest.ingest``) and ``writes``
  (``worker`` less ``prepare``: the managed copy, the thumbnail and the embedded-metadata
  record written into a collection, without fsync). Here byte-identical copies are read in
  full; in an import they are not decoded again.

Then real imports (``--jobs`` workers, as ``import_bench.py`` runs them) taking turns with runs
of the pipeline (``--rounds`` each, the fastest kept), giving the CPU time of memoryapp's
parent (catalogue commits, items, progress) and of its workers, against the pipeline's.
Prints a table, then one JSON object.
"""

import argparse
import hashlib
import json
import logging
import os
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PIL import Image

from memoryapp.importers.formats import sniff
from memoryapp.importers.metadata import read_embedded
from memoryapp.importers.pictures import read_picture
from memoryapp.importers.prepare import prepare, read_source
from memoryapp.library import ImportOptions, Library
from memoryapp.library.ingest import IngestSetup, ingest

if __package__ in (None, ""):  # run as a script: bench/ is on sys.path
    import import_bench
else:
    from bench import import_bench

STEPS = ("pipeline", "read", "sha256", "metadata", "pixels", "prepare", "worker", "writes")


def _kind(path: Path) -> str:
    with Image.open(path) as im:
        return f"{im.format} {im.mode}"


def _best(rounds: int, run: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(rounds):
        started = time.process_time()
        run()
        best = min(best, time.process_time() - started)
    return best


def _costs(
    group: list[Path], setup: IngestSetup, fresh: Callable[[], None], rounds: int
) -> dict[str, float]:
    datas = [read_source(p) for p in group]
    types = [sniff(d[:64], p.suffix) for p, d in zip(group, datas, strict=True)]

    def ingest_all() -> None:
        fresh()
        for path in group:
            ingest(setup, path)

    runs: dict[str, Callable[[], object]] = {
        "pipeline": lambda: [import_bench.pipeline_one(str(p)) for p in group],
        "read": lambda: [read_source(p) for p in group],
        "sha256": lambda: [hashlib.sha256(d).hexdigest() for d in datas],
        "metadata": lambda: [
            read_embedded(p, d, sidecar=None) for p, d in zip(group, datas, strict=True)
        ],
        "pixels": lambda: [read_picture(d, t) for d, t in zip(datas, types, strict=True) if t],
        "prepare": lambda: [prepare(p) for p in group],
        "worker": ingest_all,
    }
    row = {step: 1000 * _best(rounds, run) / len(group) for step, run in runs.items()}
    row["writes"] = row["worker"] - row["prepare"]
    return {**{step: round(ms, 2) for step, ms in row.items()}, "files": len(group)}


def step_costs(paths: list[Path], folder: Path, rounds: int) -> dict[str, dict[str, float]]:
    """Milliseconds of CPU per file for each step, by kind of file (and ``all``)."""
    kinds: dict[str, list[Path]] = {}
    for path in paths:
        kinds.setdefault(_kind(path), []).append(path)
    root = folder / "steps"
    Library.create(root).close()
    setup = IngestSetup(root, link=False, max_pixels=10**9, known_hashes=frozenset(), durable=False)

    def fresh() -> None:  # what ``worker`` writes, removed between rounds
        for tree in ("media", "thumbs", "embedded"):
            shutil.rmtree(root / tree, ignore_errors=True)

    table = {kind: _costs(group, setup, fresh, rounds) for kind, group in sorted(kinds.items())}
    total = dict.fromkeys(STEPS, 0.0)
    for row in table.values():
        for step in STEPS:
            total[step] += row[step] * row["files"]
    table["all"] = {step: round(total[step] / len(paths), 2) for step in STEPS}
    table["all"]["files"] = len(paths)
    fresh()
    return table


def _cpu(run: Callable[[], object]) -> dict[str, float]:
    before, started = os.times(), time.perf_counter()
    run()
    after = os.times()
    return {
        "wall_s": round(time.perf_counter() - started, 2),
        "parent_s": round(after.user - before.user + after.system - before.system, 2),
        "children_s": round(
            after.children_user
            - before.children_user
            + after.children_system
            - before.children_system,
            2,
        ),
    }


def whole_runs(
    paths: list[Path], folder: Path, jobs: int, rounds: int
) -> dict[str, dict[str, float]]:
    """Seconds of wall and CPU (parent, workers) of the pipeline and of memoryapp's import."""

    def pipeline() -> None:
        import_bench.run_reference(paths, os.cpu_count() or 1, import_bench.pipeline_one)

    def one_import() -> None:
        with Library.create(folder / "whole") as lib:
            lib.import_paths(paths, options=ImportOptions(jobs=jobs))
        shutil.rmtree(folder / "whole")

    best: dict[str, dict[str, float]] = {}
    for _ in range(rounds):
        for name, run in (("pipeline", pipeline), ("memoryapp", one_import)):
            figures = _cpu(run)
            if name not in best or figures["wall_s"] < best[name]["wall_s"]:
                best[name] = figures
    return best


def main() -> None:
    logging.disable(logging.WARNING)
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--files", type=int, default=300)
    parser.add_argument("--keep", type=Path, default=None, help="reuse/keep the corpus here")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="memoryapp-costs-") as tmp:
        paths = import_bench.corpus(args.keep or Path(tmp) / "corpus", args.files, args.jobs)
        table = step_costs(paths, Path(tmp), args.rounds)
        whole = whole_runs(paths, Path(tmp), args.jobs, args.rounds)
    width = max(len(kind) for kind in table)
    print(f"{'ms of CPU per file':{width}s} " + " ".join(f"{s:>8s}" for s in STEPS) + "  files")
    for kind, row in table.items():
        cells = " ".join(f"{row[s]:8.2f}" for s in STEPS)
        print(f"{kind:{width}s} {cells}  {row['files']:5.0f}")
    for name, figures in whole.items():
        per_file = {k: round(1000 * v / len(paths), 2) for k, v in figures.items()}
        print(f"{name}: {figures} (ms per file: {per_file})")
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    print(json.dumps({"steps_ms": table, "whole_s": whole}))


if __name__ == "__main__":
    main()
