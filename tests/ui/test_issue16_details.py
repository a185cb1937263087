"""Issue 16: the details panel as a user meets it (undo labels, text fields, layout)."""

import pytest
from PySide6.QtCore import QEvent, QItemSelectionModel, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication
from tests.records import put

from memoryapp.core.ids import new_item_id
from memoryapp.core.items import Item
from memoryapp.library import Library
from memoryapp.library.sample import ensure_sample_copy
from memoryapp.ui.bridge import LibraryBridge
from memoryapp.ui.details import DetailsPanel


def _panel(library, bridge, undo_stack, qtbot) -> DetailsPanel:
    panel = DetailsPanel(library, bridge, undo_stack)
    qtbot.addWidget(panel)
    panel.resize(420, 900)
    panel.show()
    return panel


def test_undo_labels_say_what_was_done(library, bridge, undo_stack, add_items, qtbot):
    items = add_items(["a", "b", "c", "d", "e"])
    panel = _panel(library, bridge, undo_stack, qtbot)
    panel.show_items([items[0].id])
    line = panel.form.taken.line
    line.setFocus()
    line.selectAll()
    with qtbot.waitSignal(bridge.collection_changed, timeout=5000):
        qtbot.keyClicks(line, "vers 1960")
        qtbot.keyClick(line, Qt.Key.Key_Return)
    assert undo_stack.undoText() == "Set date of 1 item"
    panel.show_items([i.id for i in items])
    with qtbot.waitSignal(bridge.collection_changed, timeout=5000):
        panel.form.tags.token_added.emit("", "Wedding")
    assert undo_stack.undoText() == "Add tag 'Wedding' to 5 items"
    assert library.undoable().label == "Add tag 'Wedding' to 5 items"
    with qtbot.waitSignal(bridge.collection_changed, timeout=5000):
        panel.form.tags.token_removed.emit("Wedding")
    assert undo_stack.undoText() == "Remove tag 'Wedding' from 5 items"


def _open_one(tmp_path, window_on, qtbot, title: str):
    root = tmp_path / "family"
    item = Item(id=new_item_id(), title=title, added_at="2024-01-01T00:00:00Z")
    with Library.create(root) as lib:
        put(lib, item)
    window = window_on(root)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=10_000)
    index = window.model.index(0, 0)
    selection = window.grid.selectionModel()
    selection.select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
    qtbot.waitUntil(lambda: len(window.details.state.ids) == 1, timeout=5000)
    window.activateWindow()
    return window, item


def test_ctrl_z_in_a_field_after_enter_undoes_the_saved_edit(tmp_path, window_on, qtbot):
    window, item = _open_one(tmp_path, window_on, qtbot, "Wedding")
    taken = window.details.form.taken
    line = taken.line
    line.setFocus()
    qtbot.waitUntil(line.hasFocus, timeout=2000)
    with qtbot.waitSignal(window.bridge.collection_changed, timeout=5000):
        qtbot.keyClicks(line, "vers 1960")
        qtbot.keyClick(line, Qt.Key.Key_Return)
    assert window.library.item(item.id).taken.edtf == "1960~"
    assert line.hasFocus()

    with qtbot.waitSignal(window.bridge.collection_changed, timeout=5000):
        qtbot.keyClick(line, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.library.item(item.id).taken is None  # the catalogue went back
    qtbot.waitUntil(lambda: line.text() == "", timeout=5000)
    assert "1960" not in taken.feedback.text()  # the reading agrees with the field
    redo = window.menu_actions["redo"]
    qtbot.waitUntil(redo.isEnabled, timeout=5000)
    assert window.undo_stack.count() == 1  # no spurious step

    with qtbot.waitSignal(window.bridge.collection_changed, timeout=5000):
        qtbot.keyClick(
            line,
            Qt.Key.Key_Z,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    assert window.library.item(item.id).taken.edtf == "1960~"
    qtbot.waitUntil(lambda: line.text() == "vers 1960", timeout=5000)


def test_ctrl_z_while_typing_undoes_only_the_typing(tmp_path, window_on, qtbot):
    window, item = _open_one(tmp_path, window_on, qtbot, "Henna")
    title = window.details.form.title
    title.setFocus()
    qtbot.waitUntil(title.hasFocus, timeout=2000)
    title.end(False)
    qtbot.keyClicks(title, " night")
    qtbot.keyClick(title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert title.text() == "Henna"  # the field's own typing went
    qtbot.wait(200)
    assert window.library.item(item.id).title == "Henna"
    assert window.undo_stack.count() == 0
    assert window.library.undoable() is not None  # the older history was left alone
    assert window.library.undoable().label == "Add records"


@pytest.mark.parametrize("title", ["A lane of the mellah", "The class of M. Azoulay"])
def test_the_rows_of_the_form_never_overlap(tmp_path, qtbot, title):
    library = Library.open(ensure_sample_copy(tmp_path / "s"))
    bridge = LibraryBridge(library)
    try:
        item = next(i for i in library.items() if i.title == title)
        panel = DetailsPanel(library, bridge, QUndoStack())
        qtbot.addWidget(panel)
        panel.resize(400, 820)
        panel.show()
        panel.show_items([item.id])
        qtbot.wait(100)
        for _ in range(3):  # every layout the rows asked for, even when the machine lags
            QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        f = panel.form
        rows = [f.title, f.taken, f.kind, f.description, f.people, f.places, f.tags, f.private]
        boxes = [w.geometry() for w in rows]
        for upper, lower, name in zip(boxes, boxes[1:], range(1, len(rows)), strict=False):
            assert upper.bottom() < lower.top(), (rows[name - 1], rows[name], upper, lower)
    finally:
        bridge.wait(30_000)
        library.close()
