"""Keys 0-5 rate and 6-9 label the grid's selection (one undo step); thumbnails show both."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QStyleOptionViewItem
from tests.ui.test_main_window import open_window as open_window  # the fixture
from tests.ui.test_trash_ui import _select_titles

from memoryapp.core.items import ColorLabel
from memoryapp.ui.grid import LABEL_COLOURS
from memoryapp.ui.item_model import LabelRole, RatingRole


def _marks(library, titles):
    items = {i.title: i for i in library.items()}
    return {t: (items[t].rating, items[t].label) for t in titles}


def _labels(library):
    return {lab for _, lab in _marks(library, ["Wedding", "Souk"]).values()}


def _id(library, title):
    return next(i.id for i in library.items() if i.title == title)


def test_keys_rate_and_label_the_selection_as_one_undo_step(library, add_items, open_window, qtbot):
    add_items(["Henna", "Wedding", "Souk"])
    window = open_window(library, shown=3)
    _select_titles(window, library, {"Wedding", "Souk"})
    window.grid.setFocus()
    qtbot.waitUntil(window.grid.hasFocus, timeout=2000)

    qtbot.keyClick(window.grid, Qt.Key.Key_4)
    qtbot.waitUntil(lambda: _marks(library, ["Wedding"])["Wedding"][0] == 4, timeout=5000)
    assert _marks(library, ["Henna", "Wedding", "Souk"]) == {
        "Henna": (0, ColorLabel.NONE),
        "Wedding": (4, ColorLabel.NONE),
        "Souk": (4, ColorLabel.NONE),
    }
    assert window.undo_stack.count() == 1
    assert window.undo_stack.undoText() == "Give 2 items a rating of 4"

    qtbot.keyClick(window.grid, Qt.Key.Key_6)  # Lightroom's red
    qtbot.waitUntil(lambda: _labels(library) == {ColorLabel.RED}, timeout=5000)
    assert window.undo_stack.count() == 2
    assert window.undo_stack.undoText() == "Label 2 items red"

    # the grid shows them (and the search finds them)
    row = next(
        r for r in range(window.model.rowCount())
        if library.item(window.model.id_at(r)).title == "Wedding"
    )  # fmt: skip
    index = window.model.index(row, 0)
    # the model refreshes after each commit: wait for the label's refresh too, not only the rating's
    qtbot.waitUntil(
        lambda: index.data(RatingRole) == 4 and index.data(LabelRole) == "red", timeout=5000
    )
    window.search_field.setText("rating:>=4 label:red")
    window.search_field.returnPressed.emit()
    qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=5000)

    qtbot.keyClick(window.grid, Qt.Key.Key_6)  # again: the label comes off
    qtbot.waitUntil(lambda: _labels(library) == {ColorLabel.NONE}, timeout=5000)
    assert window.undo_stack.count() == 3
    assert window.undo_stack.undoText() == "Clear the colour label of 2 items"

    window.undo_stack.undo()
    qtbot.waitUntil(lambda: _labels(library) == {ColorLabel.RED}, timeout=5000)
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: _labels(library) == {ColorLabel.NONE}, timeout=5000)
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: library.item(_id(library, "Souk")).rating == 0, timeout=5000)
    assert _marks(library, ["Wedding", "Souk"]) == {
        "Wedding": (0, ColorLabel.NONE),
        "Souk": (0, ColorLabel.NONE),
    }


def test_a_thumbnail_shows_its_stars_and_colour_dot(library, add_items, open_window, qtbot):
    (item,) = add_items(["Henna"])
    window = open_window(library, shown=1)
    _select_titles(window, library, {"Henna"})
    window.grid.setFocus()
    qtbot.waitUntil(window.grid.hasFocus, timeout=2000)
    qtbot.keyClick(window.grid, Qt.Key.Key_9)  # blue
    qtbot.keyClick(window.grid, Qt.Key.Key_5)
    qtbot.waitUntil(lambda: library.item(item.id).rating == 5, timeout=5000)
    index = window.model.index(0, 0)
    qtbot.waitUntil(lambda: index.data(RatingRole) == 5, timeout=5000)
    window.grid.selectionModel().clearSelection()

    def painted() -> QImage:
        delegate = window.grid.itemDelegate()
        option = QStyleOptionViewItem()
        option.initFrom(window.grid)
        size = delegate.sizeHint(option, index)
        option.rect.setRect(0, 0, size.width(), size.height())
        image = QImage(size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        delegate.paint(painter, option, index)
        painter.end()
        return image

    image = painted()
    colours = {
        image.pixelColor(x, y).name() for x in range(image.width()) for y in range(image.height())
    }
    assert LABEL_COLOURS["blue"].name() in colours  # the dot
    assert "#ffd24a" in colours  # the stars
