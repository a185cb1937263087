"""Import throughput: memoryapp against a hand-tuned reference pipeline, on the same files.

    .venv/bin/python bench/import_bench.py [--files 2000] [--jobs N] [--keep DIR] [--rounds N]

Generates a corpus (camera JPEGs with EXIF, greyscale scans, PNG and TIFF, exact duplicates),
then times, over the same files and with warm caches:
- the reference: a process pool on all cores that reads each file once, hashes it (SHA-256),
  reads its EXIF with exifread and makes a draft-decoded 256 px JPEG thumbnail in memory;
- the pipeline of issue 17: a process pool on all cores (``os.cpu_count()``, whatever
  ``--jobs`` says) that reads each file once, hashes it (SHA-256), reads its EXIF with Pillow
  (the main IFD and the Exif IFD), decodes it at 1/8 scale (``Image.draft``: JPEGs only;
  other formats decode in full) and makes a 256 px JPEG thumbnail in memory;
- memoryapp: ``Library.import_paths`` into a new collection (managed copy, both thumbnails,
  every metadata reader, perceptual hash, atomic writes, catalogue commits).
With ``--rounds N`` the three runs take turns N times and each keeps its fastest, so that a
burst of load on a shared machine does not fall on one of them only.
The last two lines are JSON objects: memoryapp against the first reference, then the same
memoryapp run against the second (``"reference": "pillow-draft-1/8"``); ``ratio`` is
memoryapp's files per second over the reference's.
"""

import argparse
import hashlib
import io
import json
import logging
import os
import random
import shutil
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import exifread
from PIL import Image, ImageDraw, ImageFilter

from memoryapp.library import ImportOptions, Library


def _picture(seed: int, size: tuple[int, int], mode: str = "RGB") -> Image.Image:
    rng = random.Random(seed)
    small = Image.new(mode, (size[0] // 8, size[1] // 8))
    draw = ImageDraw.Draw(small)
    for _ in range(40):
        box = sorted(rng.sample(range(small.width), 2)) + sorted(rng.sample(range(small.height), 2))
        colour = (
            tuple(rng.randrange(256) for _ in range(3)) if mode == "RGB" else rng.randrange(256)
        )
        draw.ellipse((box[0], box[2], box[1], box[3]), fill=colour)
    im = small.resize(size, Image.Resampling.BILINEAR).filter(ImageFilter.GaussianBlur(2))
    noise = Image.effect_noise(size, 18).convert(mode)
    return Image.blend(im, noise, 0.12)


def _make(args: tuple[int, str, str]) -> None:
    n, kind, out = args
    path = Path(out)
    if kind == "camera":
        exif = Image.Exif()
        exif[0x010F], exif[0x0110] = "Canon", "Canon EOS 5D"
        exif.get_ifd(0x8769)[0x9003] = f"2019:0{1 + n % 9}:1{n % 10} 12:00:00"
        _picture(n, (3264, 2448)).save(path, "JPEG", quality=90, exif=exif)
    elif kind == "scan":
        _picture(n, (2500, 3500), "L").save(path, "JPEG", quality=85)
    elif kind == "png":
        _picture(n, (1600, 1200)).save(path, "PNG", compress_level=1)
    else:
        _picture(n, (1500, 1100)).save(path, "TIFF")


def make_corpus(folder: Path, files: int, jobs: int) -> list[Path]:
    """Write ``files`` files into ``folder`` (5% of them exact duplicates)."""
    folder.mkdir(parents=True, exist_ok=True)
    plan = []
    unique = files - files // 20
    for n in range(unique):
        kind = ("camera",) * 12 + ("scan",) * 5 + ("png",) * 2 + ("tiff",)
        k = kind[n % len(kind)]
        suffix = {"camera": ".jpg", "scan": ".jpg", "png": ".png", "tiff": ".tif"}[k]
        plan.append((n, k, str(folder / f"{k}_{n:05d}{suffix}")))
    with ProcessPoolExecutor(jobs) as pool:
        list(pool.map(_make, plan, chunksize=8))
    paths = [Path(p) for _, _, p in plan]
    for n in range(files - unique):
        copy = folder / f"copy_{n:05d}{paths[n].suffix}"
        shutil.copyfile(paths[n], copy)
        paths.append(copy)
    return sorted(paths)


def corpus(folder: Path, files: int, jobs: int) -> list[Path]:
    """The ``files`` files in ``folder``, made there first unless it holds that many already."""
    paths = sorted(folder.glob("*")) if folder.exists() else []
    if len(paths) != files:
        shutil.rmtree(folder, ignore_errors=True)
        started = time.perf_counter()
        paths = make_corpus(folder, files, jobs)
        print(f"generated {len(paths)} files in {time.perf_counter() - started:.1f} s")
    return paths


def reference_one(path: str) -> tuple[str, int]:
    """Read once, SHA-256, EXIF, draft-decoded 256 px thumbnail (JPEG bytes in memory)."""
    data = Path(path).read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    exifread.process_file(io.BytesIO(data), details=False, debug=False)
    with Image.open(io.BytesIO(data)) as im:
        im.draft("RGB", (256, 256))
        im = im.convert("RGB")
        im.thumbnail((256, 256))
        out = io.BytesIO()
        im.save(out, "JPEG", quality=85)
    return digest, len(out.getvalue())


def pipeline_one(path: str) -> tuple[str, int]:
    """Issue 17's pipeline: read once, SHA-256, Pillow EXIF, 1/8 draft, 256 px JPEG bytes."""
    data = Path(path).read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    with Image.open(io.BytesIO(data)) as im:
        exif = im.getexif()
        exif.get_ifd(0x8769)  # the Exif IFD: DateTimeOriginal and the camera's settings
        im.draft("RGB", (im.width // 8, im.height // 8))
        im = im.convert("RGB")
        im.thumbnail((256, 256))
        out = io.BytesIO()
        im.save(out, "JPEG", quality=85)
    return digest, len(out.getvalue())


def run_reference(paths: list[Path], jobs: int, one: Callable[[str], object]) -> float:
    start = time.perf_counter()
    with ProcessPoolExecutor(jobs) as pool:
        list(pool.map(one, map(str, paths), chunksize=4))
    return time.perf_counter() - start


def run_memoryapp(paths: list[Path], folder: Path, jobs: int) -> tuple[float, dict[str, int]]:
    folder = folder / "collection"
    start = time.perf_counter()
    with Library.create(folder) as lib:
        report = lib.import_paths(paths, options=ImportOptions(jobs=jobs))
    elapsed = time.perf_counter() - start
    counts: dict[str, int] = {}
    for r in report.results:
        counts[str(r.status)] = counts.get(str(r.status), 0) + 1
    shutil.rmtree(folder)
    return elapsed, counts


def main() -> None:
    logging.getLogger("exifread").setLevel(logging.ERROR)  # "PNG file does not have exif data"
    parser = argparse.ArgumentParser()
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--keep", type=Path, default=None, help="reuse/keep the corpus here")
    parser.add_argument("--rounds", type=int, default=1, help="take turns N times, keep the best")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="memoryapp-bench-") as tmp:
        paths = corpus(args.keep or Path(tmp) / "corpus", args.files, args.jobs)
        size = sum(p.stat().st_size for p in paths)
        print(f"corpus: {len(paths)} files, {size / 1e6:.0f} MB, {args.jobs} jobs")
        for p in paths:  # warm the page cache for both runs
            p.read_bytes()
        ref_s = pipeline_s = ma_s = float("inf")
        for _ in range(max(1, args.rounds)):
            ref_s = min(ref_s, run_reference(paths, args.jobs, reference_one))
            pipeline_s = min(pipeline_s, run_reference(paths, os.cpu_count() or 1, pipeline_one))
            elapsed, counts = run_memoryapp(paths, Path(tmp), args.jobs)
            ma_s = min(ma_s, elapsed)
        ref_rate, ma_rate = len(paths) / ref_s, len(paths) / ma_s
        pipeline_rate = len(paths) / pipeline_s
        print(f"reference: {ref_s:.1f} s, {ref_rate:.1f} files/s")
        print(f"issue 17 pipeline: {pipeline_s:.1f} s, {pipeline_rate:.1f} files/s")
        print(f"memoryapp: {ma_s:.1f} s, {ma_rate:.1f} files/s ({counts})")
        print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
        print(
            json.dumps(
                {
                    "files": len(paths),
                    "memoryapp_files_per_s": round(ma_rate, 2),
                    "reference_files_per_s": round(ref_rate, 2),
                    "ratio": round(ma_rate / ref_rate, 3),
                }
            )
        )
        print(
            json.dumps(
                {
                    "files": len(paths),
                    "reference": "pillow-draft-1/8",
                    "memoryapp_files_per_s": round(ma_rate, 2),
                    "reference_files_per_s": round(pipeline_rate, 2),
                    "ratio": round(ma_rate / pipeline_rate, 3),
                }
            )
        )


if __name__ == "__main__":
    main()
