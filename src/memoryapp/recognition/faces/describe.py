"""Face descriptors: dlib's ResNet (128 numbers per face) aligned by the 5-point landmarks.

Both models are CC0 and come inside ``face_recognition_models``; the 68-point landmark model
(whose training data is not licensed for every use) is never loaded. The models are loaded
once, on first use, and shared by threads (dlib's network is not re-entrant: calls are
serialised).
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Any, Final

import numpy as np
from PIL import Image

from memoryapp.recognition.faces.found import FoundFace
from memoryapp.recognition.faces.pixels import as_rgb

__all__ = [
    "MATCH_DISTANCE",
    "MIN_DESCRIBED_PX",
    "describe_faces",
    "embedder_version",
    "face_distance",
]

#: Two descriptors closer than this are taken for the same person (dlib's own figure,
#: checked on real faces in tests/recognition).
MATCH_DISTANCE: Final = 0.6
#: Faces smaller than this (shorter side, pixels) get no suggestion from their descriptor.
#: The issue measured different people falling under MATCH_DISTANCE below about 40 px; here,
#: the Curies' faces shrunk to 16 px came 0.49 apart, to 20-25 px still 0.68-0.73 but with
#: one face 0.45 from its own full-size self: 40 keeps a margin.
MIN_DESCRIBED_PX: Final = 40
#: The face is brought to about this size before alignment (dlib's chip is 150 px).
_FACE_SIDE: Final = 160
#: Context kept around the face for the landmarks, as a fraction of its size.
_MARGIN: Final = 0.3

_lock = threading.Lock()
_models: tuple[Any, Any] | None = None


def _loaded() -> tuple[Any, Any]:
    """The 5-point shape predictor and the ResNet, loaded once."""
    global _models
    with _lock:
        if _models is None:
            import dlib
            import face_recognition_models as weights

            _models = (
                dlib.shape_predictor(weights.pose_predictor_five_point_model_location()),
                dlib.face_recognition_model_v1(weights.face_recognition_model_location()),
            )
        return _models


def embedder_version() -> str:
    """The embedder's name and versions, e.g. "dlib 20.0.1 resnet-v1 5-point"."""
    import dlib

    return f"dlib {dlib.__version__} resnet-v1 5-point"


def _square(face: FoundFace, width: int, height: int) -> tuple[float, float, float]:
    """The face as the square dlib's landmarks expect (left, top, side in pixels).

    YuNet's boxes run from forehead to chin; dlib's are square, from the brows down. A
    square as wide as the box, a tenth of its height lower, made the descriptors of one face
    under resizing, sepia and re-encoding closest (0.30 at worst against 0.48 for the raw box,
    on the corpus's real faces).
    """
    x, y, w, h = face.box
    pw, ph = max(w * width, 1.0), max(h * height, 1.0)
    cx, cy = (x + w / 2) * width, (y + h / 2) * height + 0.1 * ph
    return cx - pw / 2, cy - pw / 2, pw


def _chip(rgb: Image.Image, face: FoundFace) -> tuple[np.ndarray, Any]:
    """The face with some context, scaled so the face is about _FACE_SIDE px, and its box."""
    import dlib

    width, height = rgb.size
    fx, fy, side = _square(face, width, height)
    left = max(0, int(fx - _MARGIN * side))
    top = max(0, int(fy - _MARGIN * side))
    right = min(width, int(np.ceil(fx + side + _MARGIN * side)))
    bottom = min(height, int(np.ceil(fy + side + _MARGIN * side)))
    if right <= left or bottom <= top:
        raise ValueError(f"the face box {face.box} lies outside the image")
    scale = _FACE_SIDE / side
    crop = rgb.crop((left, top, right, bottom))
    size = (max(1, round(crop.width * scale)), max(1, round(crop.height * scale)))
    crop = crop.resize(size, Image.Resampling.BICUBIC, reducing_gap=2.0)
    rect = dlib.rectangle(
        round((fx - left) * scale),
        round((fy - top) * scale),
        round((fx - left + side) * scale),
        round((fy - top + side) * scale),
    )
    return np.ascontiguousarray(np.asarray(crop)), rect


def describe_faces(image: Image.Image, faces: Sequence[FoundFace]) -> np.ndarray:
    """One 128-number descriptor per face (float32 array of shape (n, 128)), in order.

    ``faces`` are boxes in the frame of ``image`` (as ``detect_faces`` returns them, or
    drawn by hand). A box outside the image or an unreadable image raises ValueError.
    """
    out = np.zeros((len(faces), 128), dtype=np.float32)
    if not faces:
        return out
    rgb = as_rgb(image)
    predictor, resnet = _loaded()
    for row, face in enumerate(faces):
        pixels, rect = _chip(rgb, face)
        with _lock:
            shape = predictor(pixels, rect)
            out[row] = np.asarray(resnet.compute_face_descriptor(pixels, shape), dtype=np.float32)
    return out


def face_distance(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Euclidean distances between descriptors, broadcasting (e.g. (n, 128) against (128,))."""
    diff = np.asarray(a, dtype=np.float32) - np.asarray(b, dtype=np.float32)
    return np.asarray(np.linalg.norm(diff, axis=-1))
