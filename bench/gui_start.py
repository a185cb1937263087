"""How fast the desktop app starts: time to the window and to the first painted thumbnails.

    .venv/bin/python bench/gui_start.py [--runs 5] [--collection sample_collection] [--window-only]

Copies the collection into a temporary folder once, then launches the app ``--runs`` times as
a subprocess (offscreen unless a display is set, with settings and logs in the temporary
folder) with ``MEMORYAPP_STARTUP_PROBE=exit``: the app writes a timestamp to stderr when its
window first paints and when the grid first paints a thumbnail, then quits. The first run
may build the search index (later runs load its snapshot), so it is reported but the median
is what to quote. Prints one JSON line: the medians in seconds and each run's figures.
``--window-only`` stops each run at the window's first paint, for a collection whose items
have no thumbnail files (``bench/search_bench.py``'s synthetic collections).
"""

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PREFIX = "memoryapp-probe"
LAUNCH = "import sys; from memoryapp.ui.app import main; sys.exit(main())"


def platform() -> str:
    """The Qt platform the app runs on: the one asked for, else xcb with a display."""
    return os.environ.get("QT_QPA_PLATFORM") or (
        "xcb" if os.environ.get("DISPLAY") else "offscreen"
    )


def one_run(
    collection: Path, home: Path, timeout: float, window_only: bool = False
) -> dict[str, float]:
    """Launch the app once on ``collection``; seconds from launch to each probe mark."""
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM=platform(),
        MEMORYAPP_STARTUP_PROBE="exit-window" if window_only else "exit",
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_STATE_HOME=str(home / "state"),
        XDG_CACHE_HOME=str(home / "cache"),
        PYTHONPATH=os.pathsep.join(p for p in (str(ROOT / "src"), env.get("PYTHONPATH")) if p),
    )
    start = time.time()
    done = subprocess.run(
        [sys.executable, "-c", LAUNCH, str(collection)],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    marks: dict[str, float] = {}
    for line in done.stderr.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[0] == PREFIX:
            marks[parts[1]] = round(float(parts[2]) - start, 3)
    if "window" not in marks or ("thumbnails" not in marks and not window_only):
        raise SystemExit(
            f"The app did not report its start (exit {done.returncode}):\n{done.stderr}"
        )
    return marks


def main() -> None:
    """Run the benchmark and print one JSON line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--collection", type=Path, default=ROOT / "sample_collection")
    parser.add_argument("--timeout", type=float, default=60.0)
    parser.add_argument("--window-only", action="store_true", help="stop at the window's paint")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="gui_start_") as tmp:
        home = Path(tmp)
        collection = home / "collection"
        shutil.copytree(args.collection, collection)
        runs = [one_run(collection, home, args.timeout, args.window_only) for _ in range(args.runs)]
    thumbs = [r["thumbnails"] for r in runs if "thumbnails" in r]
    result = {
        "bench": "gui_start",
        "runs": len(runs),
        "window_s": round(statistics.median(r["window"] for r in runs), 3),
        "thumbnails_s": round(statistics.median(thumbs), 3) if thumbs else None,
        "each": runs,
        "cpus": os.cpu_count(),
        "load": [round(x, 2) for x in os.getloadavg()],
        "platform": platform(),
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
