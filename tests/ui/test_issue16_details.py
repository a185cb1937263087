"""Issue 16: the details panel as a user meets it (undo labels, text fields, layout)."""

from PySide6.QtCore import Qt

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
