from pathlib import Path

from PySide6.QtGui import QColor, QImage

from memoryapp.core.ids import ItemId
from memoryapp.ui.thumbnails import ThumbnailLoader


def _png(tmp_path: Path, name: str, size: tuple[int, int] = (400, 200)) -> Path:
    path = tmp_path / name
    image = QImage(*size, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    assert image.save(str(path))
    return path


def test_thumbnail_loader_decodes_off_thread_and_caches_a_pixmap(qtbot, tmp_path):
    loader = ThumbnailLoader(64)
    with qtbot.waitSignal(loader.thumbnail_ready, timeout=5000) as blocker:
        loader.request(ItemId("x"), _png(tmp_path, "p.png"))
    assert blocker.args == ["x"]
    pixmap = loader.pixmap("x")
    assert pixmap is not None
    assert (pixmap.width(), pixmap.height()) == (64, 32)


def test_thumbnail_loader_reports_undecodable_file_once(qtbot, tmp_path):
    path = tmp_path / "truncated.jpg"
    path.write_bytes(b"\xff\xd8\xff\xe0")
    loader = ThumbnailLoader()
    with qtbot.waitSignal(loader.thumbnail_failed, timeout=5000) as blocker:
        loader.request(ItemId("bad"), path)
    assert blocker.args[0] == "bad"
    assert loader.has_failed("bad")
    with qtbot.assertNotEmitted(loader.thumbnail_failed, wait=100):
        loader.request(ItemId("bad"), path)  # not asked again


def test_thumbnail_loader_drops_answers_to_cancelled_requests(qtbot, tmp_path):
    loader = ThumbnailLoader(64)
    loader.request(ItemId("old"), _png(tmp_path, "old.png"))
    loader.cancel_all()
    with qtbot.waitSignal(loader.thumbnail_ready, timeout=5000) as blocker:
        loader.request(ItemId("new"), _png(tmp_path, "new.png"))
    loader.wait()
    qtbot.wait(50)  # let any queued answer for "old" arrive, and be dropped
    assert blocker.args == ["new"]
    assert loader.pixmap("old") is None


def test_thumbnail_cache_stays_within_its_byte_budget(qtbot, tmp_path):
    loader = ThumbnailLoader(64, cache_bytes=64 * 32 * 4 * 2)  # room for two
    for name in ("a", "b", "c"):
        with qtbot.waitSignal(loader.thumbnail_ready, timeout=5000):
            loader.request(ItemId(name), _png(tmp_path, f"{name}.png"))
    assert loader.pixmap("a") is None
    assert loader.pixmap("b") is not None
    assert loader.pixmap("c") is not None
