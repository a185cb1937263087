"""The sidebar in the window (issue 16): counts that follow the search, the right-click menu."""

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QContextMenuEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QMenu
from tests.ui.test_main_window import open_window as open_window  # the fixture

from memoryapp.ui.dialogs.people_manager import PeopleManager
from memoryapp.ui.main_window import MainWindow
from memoryapp.ui.sidebar import KeyRole, LighterRole, NameRole

PLAIN = str.maketrans("", "", "\u2068\u2069")


def _entry(window: MainWindow, name: str) -> QModelIndex | None:
    model = window.sidebar.sidebar_model

    def walk(parent: QModelIndex) -> QModelIndex | None:
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            if index.data(NameRole) == name:
                return index
            found = walk(index)
            if found is not None:
                return found
        return None

    return walk(QModelIndex())


def _text(window: MainWindow, name: str) -> str:
    index = _entry(window, name)
    return "" if index is None else str(index.data()).translate(PLAIN)


def _people_items(add_items, people, places):
    add_items(["Henna", "Wedding"], person=people["miriam"].id, place=places["tinghir"].id)
    add_items(["Souk"], person=people["fatima"].id, place=places["paris"].id)


def test_counts_follow_the_search_with_the_collection_count_lighter(
    library, add_items, people, places, open_window, qtbot
):
    _people_items(add_items, people, places)
    window = open_window(library, shown=3)
    qtbot.waitUntil(lambda: _text(window, "Miriam Ohana") == "Miriam Ohana (2)")
    assert _text(window, "Tinghir") == "Tinghir (2)"

    window.search_field.set_query("place:Paris")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    qtbot.waitUntil(lambda: _text(window, "فاطمة الزهراء") == "فاطمة الزهراء 1 · 1")
    assert _text(window, "Miriam Ohana") == "Miriam Ohana 0 · 2"
    assert _text(window, "Tinghir") == "Tinghir 0 · 2"
    assert _text(window, "Paris") == "Paris 1 · 1"
    model = window.sidebar.sidebar_model
    decades = next(
        model.index(r, 0)
        for r in range(model.rowCount())
        if model.index(r, 0).data(KeyRole) == "decades"
    )
    undated = model.index(model.rowCount(decades) - 1, 0, decades)
    assert str(undated.data()).translate(PLAIN) == "Undated 1 · 3"  # the decades' undated entry
    index = _entry(window, "Tinghir")
    assert index is not None
    assert index.data(LighterRole) == " · 2"  # drawn in the lighter colour
    assert index.data(Qt.ItemDataRole.ForegroundRole) is not None  # not in the result: dimmed
    window.sidebar.grab()  # the delegate paints the two parts

    window.search_field.set_query("")
    qtbot.waitUntil(lambda: window.model.rowCount() == 3)
    qtbot.waitUntil(lambda: _text(window, "Miriam Ohana") == "Miriam Ohana (2)")


def _right_click(window: MainWindow, qtbot, name: str) -> QMenu:
    index = _entry(window, name)
    assert index is not None
    window.sidebar.scrollTo(index)
    rect = window.sidebar.visualRect(index)
    viewport = window.sidebar.viewport()
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, rect.center(), viewport.mapToGlobal(rect.center())
    )
    QApplication.postEvent(viewport, event)
    qtbot.waitUntil(lambda: window.sidebar.menu is not None and window.sidebar.menu.isVisible())
    menu = window.sidebar.menu
    assert menu is not None
    return menu


def _trigger(menu: QMenu, text: str) -> None:
    action = next(a for a in menu.actions() if a.text() == text)
    menu.close()
    action.trigger()


def test_menu_searches_narrows_copies_and_edits_a_person(
    library, add_items, people, places, open_window, qtbot
):
    _people_items(add_items, people, places)
    window = open_window(library, shown=3)
    qtbot.waitUntil(lambda: _entry(window, "Miriam Ohana") is not None)
    menu = _right_click(window, qtbot, "Miriam Ohana")
    assert [a.text() for a in menu.actions() if not a.isSeparator()] == [
        "Show these",
        "Narrow the search to these",
        "Edit the person…",
        "Copy name",
    ]
    _trigger(menu, "Show these")
    qtbot.waitUntil(lambda: window.model.rowCount() == 2)
    assert window.search_field.text() == 'person:"Miriam Ohana"'

    _trigger(_right_click(window, qtbot, "Paris"), "Narrow the search to these")
    qtbot.waitUntil(lambda: window.model.rowCount() == 0)
    assert "place:Paris" in window.search_field.text()

    _trigger(_right_click(window, qtbot, "Tinghir"), "Copy name")
    assert QGuiApplication.clipboard().text() == "Tinghir"

    _trigger(_right_click(window, qtbot, "Miriam Ohana"), "Edit the person…")
    manager = window.findChild(PeopleManager)
    assert manager is not None
    qtbot.waitUntil(lambda: manager.selected_ids() == [people["miriam"].id])
    manager.close()


def test_menu_on_a_tag_has_no_edit_entry(library, add_items, open_window, qtbot):
    from dataclasses import replace

    from tests.records import put

    (item,) = add_items(["Henna"])
    put(library, replace(item, tags=("Wedding",)))
    window = open_window(library, shown=1)
    qtbot.waitUntil(lambda: _entry(window, "Wedding") is not None)
    menu = _right_click(window, qtbot, "Wedding")
    assert [a.text() for a in menu.actions() if not a.isSeparator()] == [
        "Show these",
        "Narrow the search to these",
        "Copy name",
    ]
    menu.close()
