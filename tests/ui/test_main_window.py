from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMessageBox
from tests.records import put

from memoryapp.core.ids import ItemId
from memoryapp.core.items import Item
from memoryapp.library import Library
from memoryapp.library.finder import Finder
from memoryapp.ui.dialogs.import_dialog import ImportDialog
from memoryapp.ui.item_model import ItemIdRole
from memoryapp.ui.main_window import MainWindow
from memoryapp.ui.widgets.viewer import ViewerWindow


@pytest.fixture
def open_window(qtbot, ui_settings):
    windows: list[MainWindow] = []

    def _open(library: Library, shown: int | None = None) -> MainWindow:
        window = MainWindow(library, ui_settings)
        qtbot.addWidget(window)
        windows.append(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(lambda: window.browser.finder is not None, timeout=10_000)
        if shown is not None:
            qtbot.waitUntil(lambda: window.model.rowCount() == shown, timeout=10_000)
        return window

    yield _open
    for window in windows:
        window.close()


def _select(window: MainWindow, rows: list[int]) -> None:
    selection = window.grid.selectionModel()
    selection.clearSelection()
    for row in rows:
        selection.select(window.model.index(row, 0), QItemSelectionModel.SelectionFlag.Select)
    selection.setCurrentIndex(
        window.model.index(rows[0], 0), QItemSelectionModel.SelectionFlag.NoUpdate
    )


def _titles(window: MainWindow, library: Library) -> set[str]:
    return {library.item(window.model.id_at(r)).title for r in range(window.model.rowCount())}


def test_search_field_filters_the_grid(library, add_items, open_window, qtbot):
    add_items(["Henna in Tinghir", "Wedding of Miriam", "Monday souk"])
    window = open_window(library, shown=3)
    window.search_field.set_query("henna")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=5000)
    assert _titles(window, library) == {"Henna in Tinghir"}
    assert window.count_label.text().startswith("1 of 3 items")
    window.search_field.set_query("")
    qtbot.waitUntil(lambda: window.model.rowCount() == 3, timeout=5000)


def test_a_query_that_cannot_be_read_keeps_the_grid_and_says_why(
    library, add_items, open_window, qtbot
):
    add_items(["Henna", "Wedding"])
    window = open_window(library, shown=2)
    window.search_field.set_query('"henna')
    qtbot.waitUntil(lambda: window.search_field.property("invalid") is True, timeout=5000)
    assert window.model.rowCount() == 2
    assert "never closed" in window.search_field.toolTip()


def test_sidebar_entry_shows_what_it_names(library, add_items, open_window, qtbot):
    add_items(["Dated"], date="vers 1955")
    add_items(["Undated one", "Undated two"])
    window = open_window(library, shown=3)
    model = window.sidebar.sidebar_model
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=5000)
    smart = model.index(0, 0)
    undated = next(
        model.index(r, 0, smart)
        for r in range(model.rowCount(smart))
        if model.index(r, 0, smart).data(Qt.ItemDataRole.UserRole + 1) == "is:undated"
    )
    window.sidebar.clicked.emit(undated)
    qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=5000)
    assert window.search_field.text() == "is:undated"


def test_ctrl_z_and_ctrl_shift_z_undo_and_redo_an_edit(library, add_items, open_window, qtbot):
    (item,) = add_items(["Henna"])
    window = open_window(library, shown=1)
    _select(window, [0])
    qtbot.waitUntil(lambda: window.details.state.ids == (item.id,), timeout=5000)
    with qtbot.waitSignal(window.bridge.collection_changed, timeout=5000):
        window.details.form.tags.token_added.emit("", "Events|Henna")
    window.grid.setFocus()
    with qtbot.waitSignal(window.bridge.collection_changed, timeout=5000):
        qtbot.keyClick(window.grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert library.item(item.id).tags == ()
    with qtbot.waitSignal(window.bridge.collection_changed, timeout=5000):
        qtbot.keyClick(
            window.grid,
            Qt.Key.Key_Z,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    assert library.item(item.id).tags == ("Events|Henna",)


def test_editing_several_selected_items_is_one_undo_step(library, add_items, open_window, qtbot):
    items = add_items(["a", "b", "c"])
    window = open_window(library, shown=3)
    _select(window, [0, 1, 2])
    qtbot.waitUntil(lambda: len(window.details.state.ids) == 3, timeout=5000)
    assert "3 selected" in window.count_label.text()
    with qtbot.waitSignal(window.bridge.collection_changed, timeout=5000):
        window.details.form.private.click()
    assert window.undo_stack.count() == 1
    assert all(library.item(i.id).private for i in items)
    with qtbot.waitSignal(window.bridge.collection_changed, timeout=5000):
        window.menu_actions["undo"].trigger()
    assert not any(library.item(i.id).private for i in items)


def test_opening_a_collection_open_elsewhere_explains_kindly(
    library, add_items, open_window, qtbot, tmp_path
):
    window = open_window(library, shown=0)
    other_path = tmp_path / "other"
    other = Library.create(other_path, title="Other")  # holds the lock, like another window
    try:
        assert window.open_collection(other_path) is None
        box = window.findChild(QMessageBox, "collectionMessage")
        assert box is not None
        qtbot.waitUntil(box.isVisible)
        assert "already open in another memoryapp window" in box.text()
        box.close()
    finally:
        other.close()
    assert window.isVisible()


def test_layout_is_remembered_through_the_settings(
    library, add_items, open_window, qtbot, ui_settings
):
    add_items(["a"])
    window = open_window(library, shown=1)
    window.set_thumbnail_size(256)
    window.menu_actions["timeline"].setChecked(False)
    window.splitter.setSizes([300, 700, 380])
    sizes = window.splitter.sizes()
    path = library.path
    window.close()
    assert ui_settings.thumbnail_size == 256
    again = open_window(Library.open(path), shown=1)
    assert again.grid.iconSize().width() == 256
    assert again.timeline.isHidden()
    assert not again.menu_actions["timeline"].isChecked()
    restored = again.splitter.sizes()
    assert (restored[0], restored[2]) == (sizes[0], sizes[2])  # the grid takes what is left


def test_dropping_files_on_the_window_offers_to_import_them(library, open_window, make_jpeg, qtbot):
    window = open_window(library, shown=0)
    photo = make_jpeg("dropped.jpg")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(photo))])
    event = QDropEvent(
        QPoint(10, 10).toPointF(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    dialog = window.findChild(ImportDialog)
    assert dialog is not None
    assert dialog.paths() == [photo]
    with qtbot.waitSignal(dialog.import_finished, timeout=30_000):
        dialog.start()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=5000)
    dialog.close()


def test_enter_on_a_thumbnail_opens_the_large_viewer(library, open_window, make_jpeg, qtbot):
    library.import_paths([make_jpeg("big.jpg", size=(800, 600))])
    window = open_window(library, shown=1)
    _select(window, [0])
    window.grid.setFocus()
    qtbot.keyClick(window.grid, Qt.Key.Key_Return)
    viewer = window.findChild(ViewerWindow)
    assert viewer is not None
    assert viewer.isWindow()
    assert viewer.item_id == window.model.index(0, 0).data(ItemIdRole)
    viewer.close()


def test_empty_collection_says_how_to_start(library, open_window):
    window = open_window(library, shown=0)
    assert "Drag photos" in window.grid.placeholder()


def test_thumbnail_size_steps_with_the_zoom_actions(library, add_items, open_window):
    add_items(["a"])
    window = open_window(library, shown=1)
    before = window.grid.iconSize().width()
    window.menu_actions["zoom_in"].trigger()
    assert window.grid.iconSize().width() > before
    window.menu_actions["zoom_out"].trigger()
    assert window.grid.iconSize().width() == before


def test_the_window_title_names_the_collection(library, open_window):
    window = open_window(library)
    assert window.windowTitle() == "\u2068Test\u2069 — memoryapp"


def test_recent_collections_are_listed(library, open_window, ui_settings, tmp_path: Path):
    ui_settings.add_recent(tmp_path)
    window = open_window(library)
    window.recent_menu.aboutToShow.emit()
    assert str(tmp_path) in [a.text().strip("\u2068\u2069") for a in window.recent_menu.actions()]


def test_export_offers_the_selected_items(library, add_items, open_window, qtbot):
    from memoryapp.ui.dialogs.export_dialog import ExportDialog

    items = add_items(["a", "b", "c"])
    window = open_window(library, shown=3)
    _select(window, [0, 2])
    window.menu_actions["export"].trigger()
    dialog = window.findChild(ExportDialog)
    assert dialog is not None
    chosen = {window.model.id_at(0), window.model.id_at(2)}
    assert set(dialog._ids) == chosen
    assert chosen <= {i.id for i in items}
    dialog.close()


def test_people_and_places_open_their_managers(library, open_window, qtbot):
    from memoryapp.ui.dialogs.people_manager import PeopleManager
    from memoryapp.ui.dialogs.places_manager import PlacesManager

    window = open_window(library, shown=0)
    window.menu_actions["people"].trigger()
    window.menu_actions["places"].trigger()
    people = window.findChild(PeopleManager)
    places = window.findChild(PlacesManager)
    assert people is not None
    assert people.isVisible()
    assert places is not None
    assert places.isVisible()
    window.menu_actions["people"].trigger()  # asked again: the same window comes forward
    assert len(window.findChildren(PeopleManager)) == 1
    people.close()
    places.close()


def test_closing_saves_the_search_index_and_the_next_window_loads_it(
    library, add_items, open_window, qtbot
):
    add_items(["Henna in Tinghir", "Wedding of Miriam"])
    window = open_window(library, shown=2)
    assert window.browser.finder is not None
    assert window.browser.finder.reindexed  # the items came after the snapshot (empty) was made
    [souk] = add_items(["Monday souk"])  # saved by another tool: not yet announced
    window.bridge.run(lambda: put(library, replace(souk, notes="the souk of Tinghir")))
    qtbot.waitUntil(lambda: window.model.rowCount() == 3, timeout=10_000)
    path = library.path
    window.close()
    again = open_window(Library.open(path), shown=3)
    assert again.browser.finder is not None
    assert again.browser.finder.reindexed == ()  # loaded, already in step
    again.search_field.set_query("souk")
    qtbot.waitUntil(lambda: again.model.rowCount() == 1, timeout=5000)


def test_the_window_saves_the_search_index_while_open(library, add_items, open_window, qtbot):
    add_items(["Henna in Tinghir"])
    window = open_window(library, shown=1)
    [souk] = add_items(["Monday souk"])
    window.bridge.run(lambda: put(library, replace(souk, notes="the souk of Tinghir")))
    qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=10_000)
    window.browser.save_index()  # what its timer does every few minutes
    window.bridge.wait()

    def in_step() -> bool:
        with Library.open(library.path, read_only=True) as reader:  # beside the window
            finder = Finder(reader)
            return finder.reindexed == () and len(finder.search("souk").ids) == 1

    qtbot.waitUntil(in_step, timeout=10_000)


def test_opening_a_damaged_collection_names_the_file_and_the_reason(
    library, add_items, open_window, qtbot, tmp_path
):
    window = open_window(library, shown=0)
    other_path = tmp_path / "other"
    with Library.create(other_path, title="Other") as other:
        put(other, Item(id=ItemId("3" + "a" * 31), title="Henna"))
    damaged = other_path / "catalogue" / "items-3.json"
    damaged.write_bytes(damaged.read_bytes()[:20])  # cut short by a bad USB stick
    assert window.open_collection(other_path) is None
    box = window.findChild(QMessageBox, "collectionMessage")
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    assert "cannot be opened" in box.text()
    detail = box.informativeText().replace("\u2068", "").replace("\u2069", "")
    assert detail.startswith("catalogue/items-3.json: it is not valid JSON")
    box.close()
    assert window.isVisible()
