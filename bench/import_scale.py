"""Import at scale: time and peak memory of one import of N small files into a new collection.

    .venv/bin/python bench/import_scale.py --files 100000 --keep /tmp/scale-100k [--jobs N]

Generates N small but real files once (kept in ``--keep DIR`` and reused when it holds N
files): about 640x480 JPEGs with EXIF dates and camera tags, a few PNG and TIFF, and about 2%
byte-identical copies, in folders of 1,000, made in a process pool. Then, as the CLI does
(``memoryapp init``, then ``memoryapp import`` with default options), creates a collection,
opens it, runs ``Library.import_paths`` over the folder and closes the library (the close
keeps the search index and folds the catalogue's change log into its files).

Prints one JSON object: files, import and close seconds, files/s, the files/s of each tenth
of the run (from the progress callback's timestamps: a slowdown as the collection grows
shows as falling figures), the parent's peak RSS (``ru_maxrss`` of ``RUSAGE_SELF``), the
largest import worker's (``RUSAGE_CHILDREN`` when the import returns: the largest child
reaped by then, the corpus generator's workers too when the corpus was made in this run),
the same after the close (which may fork to describe the items for the search index; a
forked child counts the pages it shares with the parent) and the load average.
``--profile FILE`` writes a cProfile of the parent's import; ``--tracemalloc N`` prints the
N largest allocation sites still alive at the end of the import.
"""

import argparse
import cProfile
import json
import os
import random
import resource
import shutil
import tempfile
import time
import tracemalloc
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from PIL import Image

from memoryapp.core.progress import ProgressInfo
from memoryapp.library import ImportOptions, Library

FOLDER_FILES = 1000
COPY_SHARE = 50  # one file in 50 is a byte-identical copy of another


def _picture(seed: int, size: tuple[int, int]) -> Image.Image:
    """A picture with detail at every scale (so that perceptual hashes differ)."""
    rng = random.Random(seed)
    coarse = Image.frombytes("RGB", (12, 9), rng.randbytes(12 * 9 * 3))
    fine = Image.frombytes(
        "L", (size[0] // 4, size[1] // 4), rng.randbytes(size[0] * size[1] // 16)
    )
    im = coarse.resize(size, Image.Resampling.BICUBIC)
    grain = fine.resize(size, Image.Resampling.NEAREST).convert("RGB")
    return Image.blend(im, grain, 0.15)


def _make(args: tuple[int, str]) -> None:
    n, out = args
    path = Path(out)
    picture = _picture(n, (640, 480))
    if path.suffix == ".png":
        picture.save(path, "PNG", compress_level=1)
    elif path.suffix == ".tif":
        picture.save(path, "TIFF")
    else:
        exif = Image.Exif()
        exif[0x010F], exif[0x0110] = ("Canon", "Canon EOS 5D") if n % 3 else ("NIKON", "D70")
        exif.get_ifd(0x8769)[0x9003] = f"{1990 + n % 30}:{1 + n % 12:02d}:{1 + n % 28:02d} 12:00:00"
        picture.save(path, "JPEG", quality=85, exif=exif)


def make_corpus(folder: Path, files: int, jobs: int) -> list[Path]:
    """Write ``files`` files into sub-folders of ``folder``; one in 50 copies another."""
    copies = files // COPY_SHARE
    unique = files - copies
    plan: list[tuple[int, str]] = []
    for n in range(unique):
        sub = folder / f"{n // FOLDER_FILES:03d}"
        suffix = ".png" if n % 40 == 7 else ".tif" if n % 50 == 13 else ".jpg"
        plan.append((n, str(sub / f"img_{n:06d}{suffix}")))
    for sub in {Path(p).parent for _, p in plan}:
        sub.mkdir(parents=True, exist_ok=True)
    with ProcessPoolExecutor(jobs) as pool:
        list(pool.map(_make, plan, chunksize=64))
    rng = random.Random(17)
    for c in range(copies):
        source = Path(plan[rng.randrange(unique)][1])
        target = source.parent / f"copy_{c:06d}{source.suffix}"
        shutil.copyfile(source, target)
    return corpus_files(folder)


def corpus_files(folder: Path) -> list[Path]:
    """Every file of the corpus, in the order the import finds them."""
    return sorted(p for p in folder.rglob("*") if p.is_file())


def rss_mb(who: int) -> float:
    """Peak resident set of ``who`` (RUSAGE_SELF/CHILDREN) in MB (Linux: ru_maxrss in kB)."""
    return round(resource.getrusage(who).ru_maxrss / 1024, 1)


def tenths(stamps: list[tuple[float, int]], total: int) -> list[float]:
    """Files per second over each tenth of the files done, from ``(time, done)`` stamps."""
    rates: list[float] = []
    at = 0
    t0, d0 = stamps[0] if stamps else (0.0, 0)
    for k in range(1, 11):
        goal = total * k // 10
        while at < len(stamps) - 1 and stamps[at][1] < goal:
            at += 1
        t, d = stamps[at] if stamps else (0.0, 0)
        rates.append(round((d - d0) / (t - t0), 1) if t > t0 else 0.0)
        t0, d0 = t, d
    return rates


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=10000)
    parser.add_argument("--keep", type=Path, default=None, help="make the corpus here once")
    parser.add_argument("--jobs", type=int, default=None, help="import workers (default: CLI's)")
    parser.add_argument("--gen-jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--profile", type=Path, default=None, help="cProfile output file")
    parser.add_argument("--tracemalloc", type=int, default=0, metavar="N")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="memoryapp-scale-") as tmp:
        corpus = args.keep or Path(tmp) / "corpus"
        paths = corpus_files(corpus) if corpus.exists() else []
        generated = 0.0
        if len(paths) != args.files:
            shutil.rmtree(corpus, ignore_errors=True)
            t = time.perf_counter()
            paths = make_corpus(corpus, args.files, args.gen_jobs)
            generated = time.perf_counter() - t
        size = sum(p.stat().st_size for p in paths)
        collection = Path(tmp) / "collection"
        Library.create(collection).close()  # memoryapp init
        stamps: list[tuple[float, int]] = []

        def progress(info: ProgressInfo) -> None:
            stamps.append((time.perf_counter(), info.done))

        if args.tracemalloc:
            tracemalloc.start(8)
        profiler = cProfile.Profile() if args.profile else None
        start = time.perf_counter()
        lib = Library.open(collection)  # memoryapp import
        if profiler:
            profiler.enable()
        report = lib.import_paths(
            [corpus], options=ImportOptions(jobs=args.jobs), progress=progress
        )
        if profiler:
            profiler.disable()
            profiler.dump_stats(args.profile)
        imported = time.perf_counter() - start
        workers_rss = rss_mb(resource.RUSAGE_CHILDREN)  # the import's workers, reaped by now
        if args.tracemalloc:
            snap = tracemalloc.take_snapshot()
            print(f"tracemalloc: {tracemalloc.get_traced_memory()[1] / 1e6:.0f} MB at peak")
            for stat in snap.statistics("traceback")[: args.tracemalloc]:
                where = [f for f in stat.traceback.format() if "memoryapp" in f or "bench" in f]
                print(f"{stat.size / 1e6:8.1f} MB {stat.count:8d}  {' < '.join(where[-1:-5:-1])}")
            tracemalloc.stop()
        lib.close()
        closed = time.perf_counter() - start - imported
        counts: dict[str, int] = {}
        for r in report.results:
            counts[str(r.status)] = counts.get(str(r.status), 0) + 1
        print(
            json.dumps(
                {
                    "files": len(paths),
                    "corpus_mb": round(size / 1e6),
                    "generated_s": round(generated, 1),
                    "import_s": round(imported, 1),
                    "close_s": round(closed, 1),
                    "files_per_s": round(len(paths) / imported, 1),
                    "files_per_s_by_tenth": tenths(stamps, len(paths)),
                    "parent_rss_mb": rss_mb(resource.RUSAGE_SELF),
                    "worker_rss_mb": workers_rss,
                    "close_children_rss_mb": rss_mb(resource.RUSAGE_CHILDREN),
                    "results": counts,
                    "load_average": [round(x, 2) for x in os.getloadavg()],
                    "cpus": os.cpu_count(),
                }
            )
        )


if __name__ == "__main__":
    main()
