"""Real faces from the developers' corpus (skipped cleanly where the corpus is absent).

Marie and Pierre Curie (photo.N.embedded.jpg, with MWG face regions, stored turned by EXIF
orientations 3, 6 and 8), Grace Hopper (Pillow's hopper.tif) and Dudley Leavitt (exif-py's
DudleyLeavittUtah.tiff): four different real people.
"""

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PIL import Image, ImageOps

from memoryapp.importers.pictures import upright
from memoryapp.recognition.faces import FoundFace, describe_faces, detect_faces

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
CURIE = "correctness/pigallery2/test/backend/assets/sidecar/orientation/photo.{}.embedded.jpg"
HOPPER = "correctness/pillow-tests/Tests/images/hopper.tif"
LEAVITT = "correctness/exif-py/tests/resources/tiff/DudleyLeavittUtah.tiff"


def corpus_file(rel: str) -> Path:
    path = CORPUS / "files" / rel
    if not path.is_file():
        pytest.skip(f"the corpus file {rel} is absent")
    return path


def oracle(rel: str) -> dict[str, Any]:
    corpus_file(rel)
    record: dict[str, Any] = json.loads((CORPUS / "oracle.json").read_text("utf-8"))[rel]
    return record


def open_upright(rel: str) -> Image.Image:
    with Image.open(corpus_file(rel)) as im:
        turned = upright(im)
        turned.load()
    return turned.convert("RGB")


def sepia(image: Image.Image, fading: float = 0.45) -> Image.Image:
    """A faded sepia print of ``image``: brown tones, low contrast, a yellowed paper."""
    grey = ImageOps.autocontrast(ImageOps.grayscale(image))
    toned = ImageOps.colorize(grey, (60, 40, 20), (235, 215, 175))
    return Image.blend(toned, Image.new("RGB", toned.size, (230, 220, 190)), fading)


@dataclass(frozen=True)
class Person:
    """One real person's face on one upright picture."""

    image: Image.Image
    face: FoundFace

    def variant(self, image: Image.Image) -> "Person":
        """The same person on ``image`` (a copy of this one), as the detector finds them."""
        faces = detect_faces(image, min_face_px=30)
        x, y, w, h = self.face.box
        centre = (x + w / 2, y + h / 2)
        near = min(
            faces,
            key=lambda f: (
                abs(f.box[0] + f.box[2] / 2 - centre[0]) + abs(f.box[1] + f.box[3] / 2 - centre[1])
            ),
        )
        return Person(image, near)

    def vector(self) -> np.ndarray:
        return describe_faces(self.image, [self.face])[0]


@pytest.fixture(scope="session")
def curie() -> Image.Image:
    """The Curies' photo, upright (stored turned 180 degrees, EXIF orientation 3)."""
    return open_upright(CURIE.format(3))


@pytest.fixture(scope="session")
def people(curie: Image.Image) -> dict[str, Person]:
    """Marie, Pierre, Grace Hopper and Dudley Leavitt, as detected on their pictures."""
    faces = detect_faces(curie)
    assert len(faces) == 2
    marie, pierre = sorted(faces, key=lambda f: f.box[0])  # Marie sits on the left
    hopper = open_upright(HOPPER)
    leavitt = open_upright(LEAVITT)
    return {
        "marie": Person(curie, marie),
        "pierre": Person(curie, pierre),
        "hopper": Person(hopper, detect_faces(hopper)[0]),
        "leavitt": Person(leavitt, detect_faces(leavitt)[0]),
    }
