"""Issue 16: the viewer as a user meets it (naming dialog beside the face, one window, keys)."""

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from pytestqt.qtbot import QtBot
from shiboken6 import isValid
from tests.ui.widgets.test_viewer import _add_item, _drag, _open_viewer, _picker, _picture

from memoryapp.library import Library
from memoryapp.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def test_who_is_this_does_not_cover_the_face_just_drawn(
    qtbot: QtBot, library: Library, bridge, undo_stack, tmp_path: Path
) -> None:
    path = tmp_path / "face.jpg"
    _picture(path, 1)
    item_id = _add_item(library, path, 1)
    viewer = _open_viewer(qtbot, library, bridge, undo_stack, item_id)
    viewer.resize(600, 500)  # the picker (about 360 x 380) fits beside the face on screen
    qtbot.waitUntil(lambda: viewer.canvas.image_rect().width() <= 600, timeout=2000)
    canvas = viewer.canvas
    box = canvas.image_rect()
    # a face in the middle of the picture, where a centred dialog would sit
    start = QPoint(round(box.x() + 0.4 * box.width()), round(box.y() + 0.35 * box.height()))
    end = QPoint(round(box.x() + 0.6 * box.width()), round(box.y() + 0.65 * box.height()))
    _drag(qtbot, viewer, start, end)
    picker = _picker(viewer)
    face = QRect(canvas.mapToGlobal(start), canvas.mapToGlobal(end))
    assert not picker.frameGeometry().intersects(face), (picker.frameGeometry(), face)
    picker.reject()


def _window_with_a_picture(tmp_path: Path, window_on, qtbot) -> tuple[MainWindow, str]:
    root = tmp_path / "family"
    Library.create(root).close()
    path = tmp_path / "face.jpg"
    _picture(path, 1)
    with Library.open(root) as lib:
        item_id = _add_item(lib, path, 1)
    window = window_on(root)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=10_000)
    return window, item_id


def test_open_large_reuses_one_viewer_and_esc_or_ctrl_w_closes_it(
    tmp_path: Path, window_on, qtbot: QtBot
) -> None:
    window, item_id = _window_with_a_picture(tmp_path, window_on, qtbot)
    first = window.open_viewer(item_id)
    second = window.open_viewer(item_id)
    assert second is first  # one viewer window, reused
    qtbot.waitExposed(first)

    first.showFullScreen()
    qtbot.waitUntil(first.isFullScreen, timeout=2000)
    qtbot.keyClick(first.canvas, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not first.isFullScreen(), timeout=2000)
    assert first.isVisible()  # Esc left fullscreen first
    qtbot.keyClick(first.canvas, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not isValid(first) or not first.isVisible(), timeout=2000)

    third = window.open_viewer(item_id)
    qtbot.waitExposed(third)
    third.activateWindow()
    qtbot.keyClick(third.canvas, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not isValid(third) or not third.isVisible(), timeout=2000)
