"""The grid's Delete key and "Move to trash", the Trash list, Restore and Empty."""

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from tests.ui.test_main_window import _titles
from tests.ui.test_main_window import open_window as open_window  # the fixture

from memoryapp.library import Library
from memoryapp.ui.main_window import MainWindow
from memoryapp.ui.sidebar import QueryRole


def _select_titles(window: MainWindow, library: Library, titles: set[str]) -> None:
    selection = window.grid.selectionModel()
    selection.clearSelection()
    for row in range(window.model.rowCount()):
        if library.item(window.model.id_at(row)).title in titles:
            index = window.model.index(row, 0)
            selection.select(index, QItemSelectionModel.SelectionFlag.Select)
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)


def _trash_entry(window: MainWindow) -> QModelIndex | None:
    model = window.sidebar.sidebar_model
    smart = model.index(0, 0)
    for row in range(model.rowCount(smart)):
        index = model.index(row, 0, smart)
        if index.data(QueryRole) == "is:trashed":
            return index
    return None


def _trash_label(window: MainWindow) -> str:
    index = _trash_entry(window)
    return "" if index is None else str(index.data()).replace("\u2068", "").replace("\u2069", "")


def _show_trash(window: MainWindow, qtbot, shown: int) -> None:
    qtbot.waitUntil(lambda: _trash_entry(window) is not None, timeout=5000)
    window.sidebar.clicked.emit(_trash_entry(window))
    qtbot.waitUntil(lambda: window.trash.bar.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: window.model.rowCount() == shown, timeout=5000)


def test_delete_key_moves_the_selection_to_the_trash_in_one_undo_step(
    library, add_items, open_window, qtbot
):
    add_items(["Henna", "Wedding", "Souk", "Mellah"])
    window = open_window(library, shown=4)
    _select_titles(window, library, {"Wedding", "Souk"})
    window.grid.setFocus()
    qtbot.waitUntil(window.grid.hasFocus, timeout=2000)
    qtbot.keyClick(window.grid, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=5000)
    assert _titles(window, library) == {"Henna", "Mellah"}
    assert {i.title for i in library.trashed_items()} == {"Wedding", "Souk"}
    assert window.undo_stack.count() == 1
    assert window.undo_stack.undoText() == "Move 2 items to the trash"
    qtbot.waitUntil(lambda: window.count_label.text().startswith("2 items"), timeout=5000)

    window.undo_stack.undo()
    qtbot.waitUntil(lambda: window.model.rowCount() == 4, timeout=5000)
    assert library.trashed_items() == []


def test_context_menu_offers_move_to_trash_and_in_the_trash_restore_and_empty(
    library, add_items, open_window, qtbot
):
    add_items(["Henna", "Wedding"])
    window = open_window(library, shown=2)
    _select_titles(window, library, {"Wedding"})
    menu = window.trash.menu()
    assert [a.text() for a in menu.actions()] == ["Move to trash"]
    assert menu.actions()[0].isEnabled()
    menu.actions()[0].trigger()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=5000)
    assert not window.trash.bar.isVisible()

    _show_trash(window, qtbot, shown=1)
    assert window.search_field.text() == "is:trashed"
    _select_titles(window, library, {"Wedding"})
    texts = [a.text() for a in window.trash.menu().actions() if not a.isSeparator()]
    assert texts == ["Restore", "Empty trash…"]
    assert not window.trash.move_action.isEnabled()  # Delete does nothing in the trash


def test_trash_list_restore_and_empty(library, add_items, open_window, qtbot, monkeypatch):
    items = add_items(["Henna", "Wedding", "Souk"])
    window = open_window(library, shown=3)
    _select_titles(window, library, {"Wedding", "Souk"})
    assert window.trash.move_to_trash()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=5000)
    qtbot.waitUntil(lambda: _trash_label(window) == "Trash (2)", timeout=5000)
    _show_trash(window, qtbot, shown=2)

    assert window.count_label.text() == "2 items in the trash"
    _select_titles(window, library, {"Wedding"})
    assert window.trash.bar.restore_button.text() == "Restore 1 item"
    window.trash.bar.restore_button.click()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=5000)
    assert [i.title for i in library.trashed_items()] == ["Souk"]

    asked: list[int] = []
    monkeypatch.setattr(window.trash, "confirm_empty", lambda n: asked.append(n) or False)
    window.trash.bar.empty_button.click()
    qtbot.waitUntil(lambda: asked == [1], timeout=5000)
    window.bridge.wait_writes()
    assert [i.title for i in library.trashed_items()] == ["Souk"]  # cancelled: nothing gone

    monkeypatch.setattr(window.trash, "confirm_empty", lambda n: True)
    window.trash.bar.empty_button.click()
    qtbot.waitUntil(lambda: window.model.rowCount() == 0, timeout=5000)
    window.bridge.wait_writes()
    assert library.trashed_items() == []
    assert {i.title for i in library.items()} == {"Henna", "Wedding"}
    assert window.grid.placeholder() == "The trash is empty."
    assert window.undo_stack.undoText() == "Empty the trash"
    window.undo_stack.undo()  # the records come back to the trash
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=5000)
    assert library.item(items[2].id).trashed_at


def test_restore_with_nothing_selected_restores_all(library, add_items, open_window, qtbot):
    add_items(["Henna", "Wedding"])
    window = open_window(library, shown=2)
    window.grid.selectAll()
    window.trash.move_to_trash()
    qtbot.waitUntil(lambda: window.model.rowCount() == 0, timeout=5000)
    _show_trash(window, qtbot, shown=2)
    window.grid.clearSelection()
    assert window.trash.bar.restore_button.text() == "Restore all"
    window.trash.bar.restore_button.click()
    qtbot.waitUntil(lambda: window.model.rowCount() == 0, timeout=5000)
    assert library.trashed_items() == []
