"""The viewer as digiKam and Lightroom users expect it (issue 16): full screen, keys, slideshow,
and the right-click menu of a face."""

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from tests.records import put
from tests.ui.widgets.test_viewer import FACE, _add_item, _picture

from memoryapp.core.ids import new_person_id
from memoryapp.core.items import PersonTag
from memoryapp.core.names import Name
from memoryapp.core.people import Person
from memoryapp.library import Library
from memoryapp.ui.dialogs.people_manager import PeopleManager
from memoryapp.ui.main_window import MainWindow
from memoryapp.ui.widgets.viewer import ViewerWindow

pytestmark = pytest.mark.gui


def _window(tmp_path: Path, window_on, qtbot: QtBot, count: int, tags=()) -> MainWindow:
    root = tmp_path / "family"
    Library.create(root).close()
    with Library.open(root) as lib:
        for n in range(count):
            path = tmp_path / f"picture{n}.jpg"
            _picture(path, 1)
            _add_item(lib, path, 1, tuple(tags))
    window = window_on(root)
    qtbot.waitUntil(lambda: window.model.rowCount() == count, timeout=10_000)
    return window


def _viewer(window: MainWindow, qtbot: QtBot) -> tuple[ViewerWindow, list[str]]:
    ids = [str(i) for i in window.model.ids()]
    viewer = window.open_viewer(ids[0])
    assert isinstance(viewer, ViewerWindow)
    qtbot.waitExposed(viewer)
    viewer.activateWindow()
    qtbot.waitUntil(viewer.isActiveWindow, timeout=2000)  # its keys work in the active window
    return viewer, ids


def test_f11_fills_the_screen_and_esc_leaves_then_closes(tmp_path, window_on, qtbot) -> None:
    window = _window(tmp_path, window_on, qtbot, 1)
    viewer, _ids = _viewer(window, qtbot)
    qtbot.keyClick(viewer.canvas, Qt.Key.Key_F11)
    qtbot.waitUntil(viewer.isFullScreen, timeout=2000)
    assert viewer.toolbar.isHidden()  # the picture alone
    assert viewer.action("fullscreen").isChecked()
    qtbot.keyClick(viewer.canvas, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: not viewer.isFullScreen(), timeout=2000)
    assert not viewer.toolbar.isHidden()
    qtbot.keyClick(viewer.canvas, Qt.Key.Key_F11)
    qtbot.waitUntil(viewer.isFullScreen, timeout=2000)
    qtbot.keyClick(viewer.canvas, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not viewer.isFullScreen(), timeout=2000)
    assert viewer.isVisible()
    qtbot.keyClick(viewer.canvas, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not viewer.isVisible(), timeout=2000)


def test_arrows_home_and_end_go_through_the_result(tmp_path, window_on, qtbot) -> None:
    window = _window(tmp_path, window_on, qtbot, 4)
    viewer, ids = _viewer(window, qtbot)
    qtbot.keyClick(viewer.canvas, Qt.Key.Key_Right)
    assert viewer.item_id == ids[1]
    qtbot.keyClick(viewer.canvas, Qt.Key.Key_End)
    assert viewer.item_id == ids[3]
    qtbot.keyClick(viewer.canvas, Qt.Key.Key_Right)  # nothing after the last
    assert viewer.item_id == ids[3]
    qtbot.keyClick(viewer.canvas, Qt.Key.Key_Left)
    assert viewer.item_id == ids[2]
    qtbot.keyClick(viewer.canvas, Qt.Key.Key_Home)
    assert viewer.item_id == ids[0]


def test_space_starts_and_stops_the_slideshow_which_ends_on_the_last_item(
    tmp_path, window_on, qtbot
) -> None:
    window = _window(tmp_path, window_on, qtbot, 3)
    assert window.settings.slideshow_seconds == 4  # the default
    viewer, ids = _viewer(window, qtbot)
    assert viewer.slideshow.interval() == 4000
    qtbot.keyClick(viewer.canvas, Qt.Key.Key_Space)
    assert viewer.slideshow.isActive()
    assert "Slideshow" in viewer.status.text()
    qtbot.keyClick(viewer.canvas, Qt.Key.Key_Space)
    assert not viewer.slideshow.isActive()
    assert viewer.item_id == ids[0]

    viewer.set_slideshow_seconds(0.05)
    qtbot.keyClick(viewer.canvas, Qt.Key.Key_Space)
    shown: list[str] = []
    viewer.item_changed.connect(shown.append)
    qtbot.waitUntil(lambda: not viewer.slideshow.isActive(), timeout=5000)
    assert shown == ids[1:]  # each item once, in order; the last one stays
    assert viewer.item_id == ids[2]
    assert not viewer.action("slideshow").isChecked()


def test_the_slideshow_interval_comes_from_the_preferences(tmp_path, window_on, qtbot) -> None:
    window = _window(tmp_path, window_on, qtbot, 2)
    window.settings.slideshow_seconds = 7
    viewer, _ids = _viewer(window, qtbot)
    assert viewer.slideshow.interval() == 7000
    window.settings.slideshow_seconds = 2
    window.open_viewer(_ids[1])  # the same viewer, reused, takes the new value
    assert viewer.slideshow.interval() == 2000


def test_face_menu_names_the_person_and_opens_them(tmp_path, window_on, qtbot) -> None:
    person = Person(id=new_person_id(), names=(Name(value="Yakout Elbaz"),))
    window = _window(tmp_path, window_on, qtbot, 0)
    put(window.library, person)
    path = tmp_path / "face.jpg"
    _picture(path, 1)
    item_id = _add_item(window.library, path, 1, (PersonTag(person_id=person.id, region=FACE),))
    viewer = window.open_viewer(item_id)
    assert isinstance(viewer, ViewerWindow)
    qtbot.waitExposed(viewer)
    canvas = viewer.canvas
    qtbot.waitUntil(lambda: canvas.has_image(), timeout=10_000)
    box = canvas.image_rect()
    face = QPoint(
        round(box.x() + (FACE.x + FACE.w / 2) * box.width()),
        round(box.y() + (FACE.y + FACE.h / 2) * box.height()),
    )
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, face, canvas.mapToGlobal(face))
    QApplication.postEvent(canvas, event)
    qtbot.waitUntil(lambda: viewer.faces.menu is not None and viewer.faces.menu.isVisible())
    menu = viewer.faces.menu
    assert menu is not None
    texts = [a.text() for a in menu.actions() if a.text()]
    assert texts == [
        "\u2068Yakout Elbaz\u2069",  # whose face it is
        "Another person…",
        "Remove the rectangle",
        "Remove the person from this item",
        "Open the person…",
    ]
    action = next(a for a in menu.actions() if a.text() == "Open the person…")
    menu.close()
    action.trigger()
    manager = window.findChild(PeopleManager)
    assert manager is not None
    qtbot.waitUntil(lambda: manager.selected_ids() == [person.id], timeout=5000)
    manager.close()
