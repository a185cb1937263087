"""Issue 14: a thumbnail dragged onto another becomes its back (asked first, one undo step),
refusals in one sentence, and the back made its own item again from the details panel."""

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from tests.records import everything
from tests.ui.test_main_window import open_window as open_window  # the fixture

from memoryapp.core.items import FileRole
from memoryapp.library import ImportOptions, Library
from memoryapp.ui.dialogs.import_dialog import ImportDialog
from memoryapp.ui.item_mime import item_ids_mime
from memoryapp.ui.item_model import ItemIdRole
from memoryapp.ui.main_window import MainWindow


@pytest.fixture
def three(library: Library, make_jpeg) -> dict[str, str]:
    """Three single-file items: item IDs by file name (no name says "back")."""
    for name in ("kasbah.jpg", "pencil.jpg", "wedding.jpg"):
        folder = make_jpeg(name).parent
    report = library.import_paths([folder], options=ImportOptions(jobs=1))
    ids = {}
    for result in report.results:
        assert result.item_id is not None
        ids[Path(result.path).name] = result.item_id
    assert len(ids) == 3
    return ids


def _point(window: MainWindow, item_id: str) -> QPoint:
    """The centre of ``item_id``'s thumbnail in the grid's viewport."""
    model = window.model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data(ItemIdRole) == item_id)
    return window.grid.visualRect(model.index(row, 0)).center()


def _drop(window: MainWindow, mime: QMimeData, where: QPoint, *, move: bool = True) -> bool:
    """Drag ``mime`` into the grid's viewport, move to ``where`` and drop; whether accepted.

    Without ``move`` only the enter and the drop are sent, as test_drop_import does.
    """
    viewport = window.grid.viewport()
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    action = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(where, action, mime, buttons, mods)
    QApplication.sendEvent(viewport, enter)
    if not enter.isAccepted():
        return False
    if move:
        moved = QDragMoveEvent(where, action, mime, buttons, mods)
        QApplication.sendEvent(viewport, moved)
        if not moved.isAccepted():
            return False
    drop = QDropEvent(QPointF(where), action, mime, buttons, mods)
    QApplication.sendEvent(viewport, drop)
    return drop.isAccepted()


def _plain(text: str) -> str:
    """``text`` without the direction isolates around names."""
    return text.replace("\u2068", "").replace("\u2069", "")


def _question(window: MainWindow, qtbot) -> QMessageBox:
    qtbot.waitUntil(lambda: window.back_drop.question is not None, timeout=2000)
    question = window.back_drop.question
    assert question is not None
    qtbot.waitUntil(question.isVisible, timeout=2000)
    return question


def test_a_thumbnail_dropped_on_another_becomes_its_back_in_one_undo_step(
    library, open_window, three, qtbot
):
    before = everything(library)
    window = open_window(library, shown=3)
    front, back = three["kasbah.jpg"], three["pencil.jpg"]
    assert _drop(window, item_ids_mime([back]), _point(window, front))
    question = _question(window, qtbot)
    assert "pencil.jpg" in question.text()
    assert "kasbah.jpg" in question.text()
    with qtbot.waitSignal(window.bridge.collection_changed, timeout=5000):
        question.button(QMessageBox.StandardButton.Ok).click()
    joined = library.item(front)
    assert [joined.role_of(i) for i in range(len(joined.files))] == [
        FileRole.FRONT,
        FileRole.BACK,
    ]
    assert library.item(back).trashed_at  # the back's own item is in the trash
    qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=5000)
    assert window.undo_stack.count() == 1
    assert window.undo_stack.undoText() == "Attach the back"
    with qtbot.waitSignal(window.bridge.collection_changed, timeout=5000):
        window.undo_stack.undo()
    window.bridge.wait_writes(5000)
    assert everything(library) == before  # both items as they were
    qtbot.waitUntil(lambda: window.model.rowCount() == 3, timeout=5000)


def test_cancel_changes_nothing(library, open_window, three, qtbot):
    before = everything(library)
    window = open_window(library, shown=3)
    assert _drop(window, item_ids_mime([three["pencil.jpg"]]), _point(window, three["kasbah.jpg"]))
    _question(window, qtbot).button(QMessageBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: window.back_drop.question is None, timeout=2000)
    assert window.undo_stack.count() == 0
    assert everything(library) == before


def test_drops_on_itself_on_a_print_with_a_back_or_of_several_items_are_refused(
    library, open_window, three, qtbot
):
    window = open_window(library, shown=3)
    kasbah, pencil, wedding = three["kasbah.jpg"], three["pencil.jpg"], three["wedding.jpg"]
    refusals = {
        "itself": ([kasbah], kasbah),
        "several": ([pencil, wedding], kasbah),
    }
    for dropped, target in refusals.values():
        assert _drop(window, item_ids_mime(dropped), _point(window, target))
        assert window.back_drop.question is None
        assert window.statusBar().currentMessage() == window.back_drop.refusal != ""
    assert "itself" not in window.back_drop.refusal  # the last one: several items
    assert "one item at a time" in window.back_drop.refusal
    assert _drop(window, item_ids_mime([pencil]), _point(window, kasbah))
    with qtbot.waitSignal(window.bridge.collection_changed, timeout=5000):
        _question(window, qtbot).button(QMessageBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=5000)
    assert _drop(window, item_ids_mime([wedding]), _point(window, kasbah))
    assert window.back_drop.question is None
    assert window.back_drop.refusal.startswith("This print has a back already")
    assert window.undo_stack.count() == 1
    assert not library.item(wedding).trashed_at


def test_files_dropped_on_a_thumbnail_still_go_to_the_import_dialog(
    library, open_window, three, make_jpeg
):
    window = open_window(library, shown=3)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(make_jpeg("henna.jpg")))])
    assert _drop(window, mime, _point(window, three["kasbah.jpg"]), move=False)
    assert window.back_drop.question is None
    dialog = window.findChild(ImportDialog)
    assert dialog is not None
    assert dialog.isVisible()
    dialog.close()
    window.details.show_items([three["kasbah.jpg"]])  # its picture takes items, not files
    preview = window.details.form.preview
    where = preview.rect().center()
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(where, Qt.DropAction.CopyAction, mime, buttons, mods)
    QApplication.sendEvent(preview, enter)
    assert enter.isAccepted()  # by the window
    QApplication.sendEvent(
        preview, QDropEvent(QPointF(where), enter.dropAction(), mime, buttons, mods)
    )
    assert [d.isVisible() for d in window.findChildren(ImportDialog)].count(True) == 1
    assert window.back_drop.question is None


def test_the_back_is_made_its_own_item_from_the_details_panel_in_one_undo_step(
    library, open_window, three, qtbot
):
    window = open_window(library, shown=3)
    front, back = three["kasbah.jpg"], three["pencil.jpg"]
    assert _drop(window, item_ids_mime([back]), _point(window, front))
    with qtbot.waitSignal(window.bridge.collection_changed, timeout=5000):
        _question(window, qtbot).button(QMessageBox.StandardButton.Ok).click()
    window.bridge.wait_writes(5000)
    joined = everything(library)
    panel = window.details
    panel.show_items([front])
    button = panel.print_box.detach_button
    qtbot.waitUntil(button.isVisible, timeout=2000)
    with qtbot.waitSignal(window.bridge.collection_changed, timeout=5000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    window.bridge.wait_writes(5000)
    left = library.item(front)
    assert len(left.files) == 1
    assert not left.has_back
    alone = [i for i in library.items() if i.id not in three.values()]
    assert len(alone) == 1
    assert alone[0].files[0].sha256 == library.item(back).files[0].sha256
    assert window.undo_stack.undoText() == "Make the back its own item"
    panel.show_items([front])
    assert not panel.print_box.detach_button.isVisibleTo(panel)
    with qtbot.waitSignal(window.bridge.collection_changed, timeout=5000):
        window.undo_stack.undo()
    window.bridge.wait_writes(5000)
    assert everything(library) == joined


def _drop_on(widget: QWidget, mime: QMimeData) -> bool:
    """Drag ``mime`` onto the middle of ``widget`` and drop it there; whether accepted."""
    where = widget.rect().center()
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    action = Qt.DropAction.CopyAction
    for kind in (QDragEnterEvent, QDragMoveEvent):
        event = kind(where, action, mime, buttons, mods)
        QApplication.sendEvent(widget, event)
        if not event.isAccepted():
            return False
    drop = QDropEvent(QPointF(where), action, mime, buttons, mods)
    QApplication.sendEvent(widget, drop)
    return drop.isAccepted()


def test_a_thumbnail_dropped_on_the_details_picture_or_the_viewer_becomes_its_back(
    library, open_window, three, qtbot
):
    window = open_window(library, shown=3)
    kasbah, pencil, wedding = three["kasbah.jpg"], three["pencil.jpg"], three["wedding.jpg"]
    viewer = window.open_viewer(wedding)
    qtbot.waitExposed(viewer)
    assert _drop_on(viewer.canvas, item_ids_mime([wedding]))  # on itself: refused
    assert window.back_drop.refusal == "An item cannot be the back of itself."
    assert window.back_drop.question is None
    text = QMimeData()
    text.setText("no item")
    assert not _drop_on(viewer.canvas, text)  # not items: the viewer takes nothing
    assert _drop_on(viewer.canvas, item_ids_mime([pencil]))
    question = _question(window, qtbot)
    assert "“pencil.jpg” as the back of “wedding.jpg”" in _plain(question.text())
    question.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: window.back_drop.question is None, timeout=2000)
    viewer.close()

    window.details.show_items([kasbah])
    qtbot.waitUntil(lambda: len(window.details.state.items) == 1, timeout=2000)
    assert _drop_on(window.details.form.preview, item_ids_mime([pencil]))
    question = _question(window, qtbot)
    assert "“pencil.jpg” as the back of “kasbah.jpg”" in _plain(question.text())
    with qtbot.waitSignal(window.bridge.collection_changed, timeout=5000):
        question.button(QMessageBox.StandardButton.Ok).click()
    assert library.item(kasbah).has_back
    assert library.item(pencil).trashed_at
    assert window.undo_stack.count() == 1
