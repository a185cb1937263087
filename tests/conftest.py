import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any Qt import

import random
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from memoryapp.library import Library

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus"


SAMPLE = REPO / "sample_collection"


def _tree_digest(root: Path) -> dict[str, str]:
    import hashlib

    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file() and not p.name.startswith(".lock")
    }


@pytest.fixture(scope="session", autouse=True)
def sample_collection_is_never_modified() -> Iterator[None]:
    """The shipped sample is read-only for the app and the tests: checked around the session."""
    before = _tree_digest(SAMPLE)
    yield
    assert _tree_digest(SAMPLE) == before, "sample_collection/ was modified"


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    """A fresh collection in a temp folder; closed (and unlocked) after the test."""
    lib = Library.create(tmp_path / "collection", title="Test")
    yield lib
    lib.close()


def draw_picture(seed: int, size: tuple[int, int] = (320, 240)) -> Image.Image:
    """A picture that differs from every other seed (so no two look like copies)."""
    rng = random.Random(seed)
    im = Image.new("RGB", size, tuple(rng.randrange(256) for _ in range(3)))
    draw = ImageDraw.Draw(im)
    for _ in range(12):
        x0, y0 = rng.randrange(size[0]), rng.randrange(size[1])
        x1, y1 = x0 + rng.randrange(20, 160), y0 + rng.randrange(20, 120)
        draw.rectangle((x0, y0, x1, y1), fill=tuple(rng.randrange(256) for _ in range(3)))
    return im


@pytest.fixture
def make_jpeg(tmp_path: Path) -> Callable[..., Path]:
    counter = iter(range(10_000))

    def _make(name: str = "photo.jpg", size: tuple[int, int] = (320, 240), **save: object) -> Path:
        path = tmp_path / "src" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        # a distinct picture per call, the same in every run (str hash() is salted per process)
        seed = next(counter) * 1000 + zlib.crc32(name.encode()) % 1000
        draw_picture(seed, size).save(path, "JPEG", **save)
        return path

    return _make
