"""Face detection: YuNet (libfacedetection, via ``yuface``), dlib's HOG detector where it is absent.

The image is detected at the scale that keeps faces of ``min_face_px`` and more within the
detector's reach, never blindly at a fixed size: a 6000x4000 scan with 40-px faces is read
at half size, and a second, coarser pass finds faces too large for the fine one. Boxes
found at both scales are merged (the higher score wins).
"""

from __future__ import annotations

import threading
import warnings
from collections.abc import Callable, Sequence
from functools import cache
from importlib import metadata
from typing import Any, Final

import numpy as np
from PIL import Image, ImageOps

from memoryapp.recognition.faces.found import FoundFace
from memoryapp.recognition.faces.pixels import as_rgb

__all__ = ["detect_faces", "detector_name", "detector_version"]

#: The working size (longest side) below which the whole image is read in one pass.
WORKING_SIDE: Final = 960
#: The smallest face (pixels at working scale) each detector finds reliably.
_YUNET_SMALLEST: Final = 20
_HOG_SMALLEST: Final = 80
#: At working scale, faces up to about this size are found (YuNet found a 400-px face at
#: 960 px); larger ones need a coarser pass.
_YUNET_LARGEST: Final = 600
_HOG_LARGEST: Final = 1_000_000  # dlib scans its own pyramid down to the largest faces
#: Scores at or under this are not kept (YuNet's 0..1 confidence; on bench/faces_bench.py
#: 0.6 lost a tilted real face scored 0.60, 0.5 and 0.55 kept it for the same false faces).
YUNET_MIN_SCORE: Final = 0.55
#: Contrast stretched before detection (percent of darkest and lightest pixels clipped): on
#: faded sepia copies of the corpus's real faces, recall went from 16 to 21 of 27 faces (12
#: to 21 at the palest), with no loss on the bench's unfaded photos.
CONTRAST_CUTOFF: Final = 0.5
#: Two boxes overlapping more than this (intersection over union) are the same face.
_SAME_FACE_IOU: Final = 0.4

_lock = threading.Lock()

RawBoxes = list[tuple[float, float, float, float, float]]  # x, y, w, h in working pixels, score


def _yuface() -> Any:
    try:
        import yuface
    except ImportError:
        return None
    return yuface


@cache
def detector_name() -> str:
    """The detector this machine runs: "yunet" (yuface installed) or "dlib-hog"."""
    return "yunet" if _yuface() is not None else "dlib-hog"


def detector_version() -> str:
    """The detector's name and its package's version, e.g. "yunet 2023.5.1"."""
    if detector_name() == "yunet":
        return f"yunet {metadata.version('yuface')}"
    import dlib

    return f"dlib-hog {dlib.__version__}"


def _yunet(pixels: np.ndarray) -> RawBoxes:
    bgr = np.ascontiguousarray(pixels[:, :, ::-1])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # yuface warns above 960 px; we scale on purpose
        confs, boxes, _ = _yuface().detect(bgr, conf=YUNET_MIN_SCORE)
    return [
        (float(x), float(y), float(w), float(h), float(c) / 100.0)
        for c, (x, y, w, h) in zip(confs.tolist(), boxes.tolist(), strict=True)
    ]


@cache
def _hog_detector() -> Any:
    import dlib

    return dlib.get_frontal_face_detector()


def _hog(pixels: np.ndarray) -> RawBoxes:
    with _lock:
        detector = _hog_detector()
    rects, scores, _ = detector.run(np.ascontiguousarray(pixels), 0, 0.0)
    # the SVM margin (0 at the threshold, about 3 at its surest) mapped into 0..1
    return [
        (
            float(r.left()),
            float(r.top()),
            float(r.width()),
            float(r.height()),
            float(1.0 / (1.0 + np.exp(-2.0 * s))),
        )
        for r, s in zip(rects, scores, strict=True)
    ]


def _scales(width: int, height: int, min_face_px: int, smallest: int, largest: int) -> list[float]:
    """Scales to read the image at: the fine one for small faces, then coarser ones."""
    longest, shortest = max(width, height), min(width, height)
    fine = min(1.0, max(WORKING_SIDE / longest, smallest / min_face_px))
    scales = [fine]
    # a face may be as large as the image's shorter side: coarser passes until that fits,
    # each covering sizes that overlap the previous pass's
    coarsest = largest / shortest
    while scales[-1] > coarsest * 1.6:
        scales.append(max(coarsest, scales[-1] * 2 * smallest / largest))
    return scales


def _iou(a: Sequence[float], b: Sequence[float]) -> float:
    ax, ay, aw, ah = a[:4]
    bx, by, bw, bh = b[:4]
    iw = min(ax + aw, bx + bw) - max(ax, bx)
    ih = min(ay + ah, by + bh) - max(ay, by)
    if iw <= 0 or ih <= 0:
        return 0.0
    inter = iw * ih
    return inter / (aw * ah + bw * bh - inter)


def _merged(boxes: RawBoxes) -> RawBoxes:
    """Boxes without duplicates (greedy non-maximum suppression, highest score first)."""
    kept: RawBoxes = []
    for box in sorted(boxes, key=lambda b: (-b[4], b[1], b[0])):
        if all(_iou(box, other) <= _SAME_FACE_IOU for other in kept):
            kept.append(box)
    return kept


def detect_faces(image: Image.Image, *, min_face_px: int = 40) -> list[FoundFace]:
    """Faces on ``image`` (upright as given) whose shorter side is ``min_face_px`` or more.

    Faces come in reading order (top to bottom, then left to right). Any Pillow mode is
    accepted; an image that cannot be read raises ValueError naming the reason.
    """
    if min_face_px < 1:
        raise ValueError(f"the smallest face must be at least 1 pixel (got {min_face_px})")
    rgb = as_rgb(image)
    width, height = rgb.size
    if min(width, height) < min_face_px:
        return []
    run: Callable[[np.ndarray], RawBoxes]
    if detector_name() == "yunet":
        run, smallest, largest = _yunet, _YUNET_SMALLEST, _YUNET_LARGEST
    else:
        run, smallest, largest = _hog, _HOG_SMALLEST, _HOG_LARGEST
    found: RawBoxes = []
    for scale in _scales(width, height, min_face_px, smallest, largest):
        size = (max(1, round(width * scale)), max(1, round(height * scale)))
        working = (
            rgb
            if size == rgb.size
            else rgb.resize(size, Image.Resampling.BILINEAR, reducing_gap=2.0)
        )
        working = ImageOps.autocontrast(working, cutoff=CONTRAST_CUTOFF)
        sx, sy = size[0] / width, size[1] / height
        for x, y, w, h, score in run(np.asarray(working)):
            found.append((x / sx, y / sy, w / sx, h / sy, score))
    faces = []
    for x, y, w, h, score in _merged(found):
        left, top = max(0.0, x), max(0.0, y)
        right, bottom = min(float(width), x + w), min(float(height), y + h)
        if right <= left or bottom <= top:
            continue
        size_px = round(min(right - left, bottom - top))
        if size_px < min_face_px:
            continue
        box = (left / width, top / height, (right - left) / width, (bottom - top) / height)
        faces.append(FoundFace(box=box, score=min(1.0, max(0.0, score)), size_px=size_px))
    faces.sort(key=lambda f: (round(f.box[1], 2), f.box[0]))
    return faces
