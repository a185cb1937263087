"""Possible copies need detail: blank, uniform and tiny pictures are never copies of each other."""

import random
from pathlib import Path

from PIL import Image, ImageDraw
from tests.conftest import draw_picture

from memoryapp.core.import_results import FileStatus
from memoryapp.library import ImportOptions, Library


def _plain(path: Path, colour: tuple[int, int, int], size: tuple[int, int], seed: int) -> Path:
    """A blank page, a photo back, a black frame: one colour, a little scanner noise."""
    rng = random.Random(seed)
    im = Image.new("RGB", size, colour)
    px = im.load()
    assert px is not None
    for _ in range(size[0] * size[1] // 50):
        x, y = rng.randrange(size[0]), rng.randrange(size[1])
        px[x, y] = tuple(max(0, min(255, c + rng.randint(-6, 6))) for c in colour)
    if seed % 2:  # a faint pencil note on a photo back
        ImageDraw.Draw(im).line((20, 30, 90, 32), fill=tuple(c - 25 for c in colour), width=1)
    im.save(path, "JPEG", quality=90)
    return path


def test_blank_uniform_and_tiny_pictures_are_never_possible_copies(tmp_path: Path) -> None:
    src = tmp_path / "scans"
    src.mkdir()
    _plain(src / "white1.jpg", (250, 250, 248), (800, 1100), 1)
    _plain(src / "white2.jpg", (246, 247, 250), (820, 1120), 2)
    _plain(src / "back1.jpg", (222, 214, 196), (600, 400), 3)
    _plain(src / "back2.jpg", (225, 216, 200), (620, 410), 4)
    _plain(src / "black1.jpg", (4, 4, 4), (640, 480), 5)
    _plain(src / "black2.jpg", (0, 0, 0), (640, 480), 6)
    draw_picture(9, (24, 24)).save(src / "icon1.png")
    draw_picture(9, (24, 24)).resize((20, 20)).save(src / "icon2.png")
    with Library.create(tmp_path / "coll") as lib:
        report = lib.import_paths([src], options=ImportOptions(jobs=1))
        assert [r.status for r in report.results] == [FileStatus.IMPORTED] * 8
        assert all(not i.possible_copies for i in lib.items())
        assert all(i.primary is not None and i.primary.phash == "" for i in lib.items())


def test_a_real_picture_scanned_twice_is_still_a_possible_copy(tmp_path: Path) -> None:
    src = tmp_path / "scans"
    src.mkdir()
    picture = draw_picture(42, (1200, 900))
    picture.save(src / "a.jpg", "JPEG", quality=92)
    picture.resize((900, 675)).save(src / "b.png")
    with Library.create(tmp_path / "coll") as lib:
        report = lib.import_paths([src], options=ImportOptions(jobs=1))
        assert [r.status for r in report.results] == [
            FileStatus.IMPORTED,
            FileStatus.POSSIBLE_COPY,
        ]
