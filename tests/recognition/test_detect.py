"""Face detection on real photos: known regions found, under every orientation, on faded
prints and large scans; odd pictures refused in words or read."""

import io

import numpy as np
import pytest
from PIL import Image
from tests.recognition.real_faces import CURIE, HOPPER, corpus_file, open_upright, oracle, sepia

from memoryapp.core.orientation import rect_to_display
from memoryapp.recognition.faces import (
    FoundFace,
    detect_faces,
    detector_name,
    engine_versions,
)
from memoryapp.recognition.faces import detect as detect_module


def iou(a: tuple[float, ...], b: tuple[float, ...]) -> float:
    iw = min(a[0] + a[2], b[0] + b[2]) - max(a[0], b[0])
    ih = min(a[1] + a[3], b[1] + b[3]) - max(a[1], b[1])
    if iw <= 0 or ih <= 0:
        return 0.0
    return iw * ih / (a[2] * a[3] + b[2] * b[3] - iw * ih)


def expected_upright(rel: str) -> list[tuple[float, float, float, float]]:
    """The file's MWG face regions, moved from the stored frame to the upright one."""
    record = oracle(rel)
    orientation = record.get("orientation") or 1
    return [
        rect_to_display(r["x"], r["y"], r["w"], r["h"], orientation)
        for r in record["regions"]
        if r["source"] == "mwg"
    ]


def assert_all_found(faces: list[FoundFace], expected: list[tuple[float, ...]]) -> None:
    for box in expected:
        assert max((iou(box, f.box) for f in faces), default=0.0) >= 0.3, (box, faces)


@pytest.mark.parametrize("orientation", [3, 6, 8])
def test_both_curies_found_on_files_stored_turned(orientation: int) -> None:
    rel = CURIE.format(orientation)
    faces = detect_faces(open_upright(rel))
    assert_all_found(faces, expected_upright(rel))
    assert len(faces) == 2
    for face in faces:
        assert 0.0 <= face.score <= 1.0
        assert all(0.0 <= v <= 1.0 for v in face.box)
        assert face.size_px >= 40


@pytest.mark.parametrize("turn", list(Image.Transpose))
def test_a_face_is_found_in_the_same_place_after_any_turn_undone(turn: Image.Transpose) -> None:
    """A picture stored turned (any of the 8 ways) and turned back upright by the caller."""
    face = open_upright(HOPPER)
    inverse = {
        Image.Transpose.ROTATE_90: Image.Transpose.ROTATE_270,
        Image.Transpose.ROTATE_270: Image.Transpose.ROTATE_90,
    }.get(turn, turn)
    stored = face.transpose(turn)
    found = detect_faces(stored.transpose(inverse))
    assert len(found) == 1
    assert iou(found[0].box, detect_faces(face)[0].box) > 0.9


@pytest.mark.parametrize("fading", [0.45, 0.9])  # at 0.9 both faces were lost before the
# contrast was stretched
def test_faces_on_a_faded_sepia_print(curie: Image.Image, fading: float) -> None:
    faded = sepia(curie, fading)
    assert np.asarray(faded).std() < np.asarray(curie).std() / 1.5  # faded indeed
    assert_all_found(detect_faces(faded), expected_upright(CURIE.format(3)))


def test_small_faces_on_a_large_scan_are_not_lost_to_scaling(curie: Image.Image) -> None:
    """A 6000x4000 scan whose faces are about 60 px: read at the scale they need, not 960 px
    (where they would be 10 px). About 2 s: the scan is read at half size, as it must be."""
    scan = Image.new("RGB", (6000, 4000), (200, 190, 170))
    small = curie.resize((630, 525))  # faces of about 60 px
    scan.paste(small, (3100, 2300))
    faces = detect_faces(scan)
    expected = [
        ((3100 + x * 630) / 6000, (2300 + y * 525) / 4000, w * 630 / 6000, h * 525 / 4000)
        for x, y, w, h in expected_upright(CURIE.format(3))
    ]
    assert_all_found(faces, expected)
    assert len(faces) == 2
    assert all(40 <= f.size_px <= 80 for f in faces)
    assert detect_faces(scan, min_face_px=200) == []  # asked for large faces only


@pytest.mark.parametrize("mode", ["L", "RGBA", "P", "1", "CMYK", "I;16", "I", "F", "LA"])
def test_every_pillow_mode_is_read(curie: Image.Image, mode: str) -> None:
    if mode in ("I;16", "I", "F"):  # 16-bit or float scans: a wider range than 8 bits
        deep = np.asarray(curie.convert("L"), dtype=np.uint16) * 257
        image = Image.fromarray(deep)  # "I;16"
        if mode == "I":
            image = image.convert("I")
        elif mode == "F":
            image = Image.fromarray(deep.astype(np.float32) / 65535.0)
        assert image.mode == mode
    else:
        image = curie.convert(mode)
    faces = detect_faces(image)
    if mode == "1":  # dithered black and white: read without error, faces or not
        assert isinstance(faces, list)
    else:
        assert len(faces) >= 1, mode


def test_transparent_background_is_white_not_a_face() -> None:
    assert detect_faces(Image.new("RGBA", (300, 200), (0, 0, 0, 0))) == []


def test_tiny_pictures_have_no_faces() -> None:
    assert detect_faces(Image.new("RGB", (30, 30))) == []
    assert detect_faces(Image.new("RGB", (1, 1))) == []


def test_odd_input_is_refused_in_words() -> None:
    with pytest.raises(ValueError, match="Pillow image"):
        detect_faces(b"not an image")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="at least 1 pixel"):
        detect_faces(Image.new("RGB", (100, 100)), min_face_px=0)
    buffer = io.BytesIO()
    Image.new("RGB", (400, 300), (128, 64, 32)).save(buffer, "JPEG")
    truncated = Image.open(io.BytesIO(buffer.getvalue()[: len(buffer.getvalue()) // 2]))
    with pytest.raises(ValueError, match="could not be decoded"):
        detect_faces(truncated)
    with pytest.raises(ValueError, match="no finite pixel"):
        detect_faces(Image.fromarray(np.full((100, 100), np.nan, dtype=np.float32)))


def test_scales_keep_the_smallest_face_in_reach() -> None:
    scales = detect_module._scales(6000, 4000, 40, 20, 600)
    assert scales[0] == 0.5  # 40-px faces come to 20 px
    assert scales[-1] == pytest.approx(600 / 4000)  # a face as tall as the scan fits a pass
    assert detect_module._scales(960, 640, 40, 20, 600) == [1.0]


def test_the_hog_fallback_finds_a_frontal_face(
    curie: Image.Image, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where yuface is absent (Python 3.13), dlib's HOG detector answers through the same door."""
    monkeypatch.setattr(detect_module, "detector_name", lambda: "dlib-hog")
    faces = detect_faces(curie)
    marie = min(expected_upright(CURIE.format(3)))  # the left one, facing the camera
    assert any(iou(marie, f.box) >= 0.3 for f in faces)
    assert all(0.0 <= f.score <= 1.0 for f in faces)


def test_engine_names_and_versions() -> None:
    corpus_file(HOPPER)  # nothing to do with the corpus; keeps the module's tests together
    assert detector_name() in ("yunet", "dlib-hog")
    versions = engine_versions()
    assert versions["detector"].startswith(detector_name() + " ")
    assert versions["embedder"].startswith("dlib ")
    assert "5-point" in versions["embedder"]
