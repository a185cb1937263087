"""Cold index build benchmark: a collection opened without its search index snapshot.

    PYTHONPATH=src .venv/bin/python bench/cold_build.py [--items 100000 | --reuse DIR] [--rounds 2]

Each round opens the collection twice, each time in a fresh child process (nothing warm):
``Library.open`` (read-only) and a ``Finder`` that builds the index from every item without
reading or writing ``cache/`` (``use_snapshot=False``: what a collection copied without
``cache/`` costs, ``open_cold_s`` of ``bench/search_bench.py``):

* ``parallel``: as the CLI and the benchmark do, the items described in forked parts;
* ``serial``: as the GUI does, with Qt imported (``PySide6.QtCore``), so that nothing is
  forked (``library.workers._fork_is_safe``): the parts are described by children of the
  fork server and this process (the name is kept from when the GUI described them all here).

Without ``--reuse``, a collection of ``--items`` items is built first as
``bench/search_bench.py`` builds it. Prints each open's phases, then one JSON object with the
best of the rounds and the load average.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from memoryapp.library import Library
from memoryapp.library.finder import Finder

if __package__ in (None, ""):  # run as a script: bench/ is on sys.path
    import search_bench
else:
    from bench import search_bench


def _open_cold(folder: Path, serial: bool) -> None:
    """Open ``folder`` and build its index from scratch (run in a child); print JSON."""
    if serial:
        import PySide6.QtCore  # noqa: F401  # as in the GUI: Qt loaded, so nothing forks
    started = time.perf_counter()
    library = Library.open(folder, read_only=True)
    opened = time.perf_counter()
    finder = Finder(library, use_snapshot=False)
    done = time.perf_counter()
    found = len(finder.search("").ids)
    library.close()
    figures = {"open_s": opened - started, "finder_s": done - opened, "total_s": done - started}
    print(json.dumps({**figures, "items": found, "load": os.getloadavg()[0]}))


def _child(folder: Path, serial: bool) -> dict[str, float]:
    command = [sys.executable, __file__, "--open-only", str(folder)]
    done = subprocess.run(
        [*command, *(["--serial"] if serial else [])], check=True, capture_output=True, text=True
    )
    figures: dict[str, float] = json.loads(done.stdout)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--reuse", type=Path, help="a collection built before (only read)")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--open-only", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--serial", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.open_only:
        _open_cold(args.open_only, args.serial)
        return
    with tempfile.TemporaryDirectory(prefix="memoryapp-cold-") as tmp:
        folder = args.reuse or Path(tmp) / "collection"
        if args.reuse is None:
            print(f"Building {args.items} items in {folder} ...", file=sys.stderr)
            command = [sys.executable, search_bench.__file__, "--items", str(args.items)]
            subprocess.run([*command, "--build-only", str(folder)], check=True)
        best: dict[str, float] = {}
        loads: list[float] = []
        items = 0
        for round_ in range(1, args.rounds + 1):
            for way in ("parallel", "serial"):
                figures = _child(folder, way == "serial")
                items = int(figures["items"])
                loads.append(figures["load"])
                print(
                    f"  round {round_} {way}: open {figures['open_s']:.2f} s, build "
                    f"{figures['finder_s']:.2f} s, total {figures['total_s']:.2f} s "
                    f"(load {figures['load']:.1f})",
                    file=sys.stderr,
                )
                key = f"cold_{way}_s"
                best[key] = min(best.get(key, figures["total_s"]), figures["total_s"])
    print(
        json.dumps(
            {
                "items": items,
                **{key: round(value, 2) for key, value in best.items()},
                "load_max": round(max(loads), 1),
                "cpus": os.cpu_count(),
            }
        )
    )


if __name__ == "__main__":
    main()
