"""The grid's right-click menu (issue 16): real context-menu events, real effects."""

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QContextMenuEvent, QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QInputDialog, QMenu
from tests.records import put
from tests.ui.test_main_window import open_window as open_window  # the fixture

from memoryapp.core.films import Film, Scene
from memoryapp.core.ids import FilmId, SceneId
from memoryapp.core.items import ColorLabel, MediaFile
from memoryapp.library import Library
from memoryapp.ui.main_window import MainWindow


class UrlCatcher(QObject):
    """Stands in for the desktop's file opener: records the URLs QDesktopServices opens."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def _right_click(window: MainWindow, qtbot, title: str, library: Library) -> QMenu:
    """Post a real context-menu event on the item titled ``title``; the menu it shows."""
    row = next(
        r
        for r in range(window.model.rowCount())
        if library.item(window.model.id_at(r)).title == title
    )
    rect = window.grid.visualRect(window.model.index(row, 0))
    viewport = window.grid.viewport()
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, rect.center(), viewport.mapToGlobal(rect.center())
    )
    QApplication.postEvent(viewport, event)
    qtbot.waitUntil(lambda: window.grid_menu.menu is not None and window.grid_menu.menu.isVisible())
    menu = window.grid_menu.menu
    assert menu is not None
    return menu


def _action(menu: QMenu, name: str):
    for action in menu.actions():
        if action.objectName() == name:
            return action
        if action.menu() is not None:
            found = _action(action.menu(), name)
            if found is not None:
                return found
    return None


def _texts(menu: QMenu) -> list[str]:
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def test_right_click_selects_the_item_and_offers_every_entry(
    library, add_items, open_window, qtbot
):
    items = add_items(["Henna", "Wedding"])
    window = open_window(library, shown=2)
    menu = _right_click(window, qtbot, "Wedding", library)
    assert window.browser.selected_ids() == [items[1].id]  # the item under the mouse
    assert _texts(menu) == [
        "Open",
        "&Open large (Enter)",
        "Edit…",
        "Add to scene…",
        "Copy ID",
        "Rating",
        "Colour label",
        "Move to trash",
    ]  # no "Show in folder": the file is not linked
    assert _action(menu, "grid_open_large").isEnabled()
    rating = _action(menu, "action_mark_3")
    assert rating is not None
    assert rating.text() == "\u2605\u2605\u2605"
    menu.close()

    window.grid.selectAll()
    menu = _right_click(window, qtbot, "Henna", library)
    assert not _action(menu, "grid_open_large").isEnabled()  # one item at a time
    assert not _action(menu, "grid_open").isEnabled()
    assert window.menu_actions["open_item"].isEnabled()  # the View menu's own stays usable
    menu.close()


def test_menu_rates_labels_copies_and_trashes(library, add_items, open_window, qtbot):
    items = add_items(["Henna", "Wedding"])
    window = open_window(library, shown=2)
    menu = _right_click(window, qtbot, "Henna", library)
    _action(menu, "action_mark_4").trigger()
    qtbot.waitUntil(lambda: library.item(items[0].id).rating == 4)
    assert window.undo_stack.undoText() == "Give 1 item a rating of 4"

    menu = _right_click(window, qtbot, "Henna", library)
    _action(menu, "action_mark_6").trigger()
    qtbot.waitUntil(lambda: library.item(items[0].id).label is ColorLabel.RED)

    menu = _right_click(window, qtbot, "Henna", library)
    _action(menu, "grid_copy_id").trigger()
    assert QGuiApplication.clipboard().text() == items[0].id

    menu = _right_click(window, qtbot, "Henna", library)
    _action(menu, "action_move_to_trash").trigger()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    assert [i.id for i in library.trashed_items()] == [items[0].id]


def test_menu_adds_to_a_scene_as_one_undo_step(library, add_items, open_window, qtbot):
    items = add_items(["Henna", "Wedding"])
    film = Film(id=FilmId("film1"), title="Leaving Tinghir")
    scene = Scene(id=SceneId("scene1"), film_id=film.id, number="3", title="The mellah")
    put(library, film, scene)
    window = open_window(library, shown=2)
    menu = _right_click(window, qtbot, "Wedding", library)
    _action(menu, "grid_add_to_scene").trigger()
    dialog = window.findChild(QInputDialog, "sceneChooser")
    assert dialog is not None
    assert dialog.isVisible()
    assert dialog.comboBoxItems() == ["\u2068Leaving Tinghir\u2069 — \u20683 The mellah\u2069"]
    dialog.accept()
    qtbot.waitUntil(lambda: len(library.links()) == 1)
    link = library.links()[0]
    assert (link.item_id, link.scene_id) == (items[1].id, scene.id)
    assert window.undo_stack.undoText() == "Add 1 item to a scene"
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: library.links() == [])


def test_open_and_show_in_folder_use_the_desktop_for_a_linked_file(
    library, add_items, open_window, qtbot, tmp_path: Path
):
    folder = tmp_path / "scans"
    folder.mkdir()
    picture = folder / "mellah.jpg"
    picture.write_bytes(b"not really a jpeg")
    (item,) = add_items(["Mellah"])
    linked = MediaFile(sha256="0" * 64, path=str(picture), format="jpeg", size=17, linked=True)
    put(library, replace(item, files=(linked,)))
    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("file", catcher, "open")
    try:
        window = open_window(library, shown=1)
        menu = _right_click(window, qtbot, "Mellah", library)
        assert "Show in folder" in _texts(menu)
        _action(menu, "grid_show_in_folder").trigger()
        menu = _right_click(window, qtbot, "Mellah", library)
        _action(menu, "grid_open").trigger()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert [Path(u.toLocalFile()) for u in catcher.urls] == [folder, picture]


def test_edit_shows_the_details_panel(library, add_items, open_window, qtbot):
    add_items(["Henna"])
    window = open_window(library, shown=1)
    window.menu_actions["details"].setChecked(False)
    assert window.details.isHidden()
    menu = _right_click(window, qtbot, "Henna", library)
    _action(menu, "grid_edit").trigger()
    assert not window.details.isHidden()


def test_in_the_trash_the_menu_restores(library, add_items, open_window, qtbot):
    items = add_items(["Henna"])
    put(library, replace(items[0], trashed_at="2024-02-01T00:00:00Z"))
    window = open_window(library)
    window.search_field.set_query("is:trashed")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    menu = _right_click(window, qtbot, "Henna", library)
    assert _texts(menu) == ["Restore", "Empty trash…", "Copy ID"]
    menu.actions()[0].trigger()
    qtbot.waitUntil(lambda: library.trashed_items() == [])


def test_select_all_selects_every_item_as_one_range(library, add_items, open_window, qtbot):
    add_items(["Henna", "Wedding", "Kasbah", "Mellah"])
    window = open_window(library, shown=4)
    window.grid.selectAll()
    selection = window.grid.selectionModel().selection()
    assert len(selection) == 1  # one range, not one per row
    assert len(window.grid.selectionModel().selectedIndexes()) == 4
    qtbot.waitUntil(lambda: len(window.details.state.ids) == 4)
    region = window.grid.visualRegionForSelection(selection)
    assert region.boundingRect() == window.grid.viewport().rect()
