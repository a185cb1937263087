"""The details panel shows the print as an object and adds custody events and moves, one undo
step each."""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from tests.prints.conftest import PENCIL, PrintCollection, print_collection  # noqa: F401

from memoryapp.library import Library
from memoryapp.ui.details import DetailsPanel
from memoryapp.ui.item_model import HasBackRole, ItemIdRole


@pytest.fixture
def library(print_collection: PrintCollection) -> Iterator[Library]:  # noqa: F811
    with Library.open(print_collection.path) as lib:
        yield lib


def _panel(library, bridge, undo_stack, qtbot) -> DetailsPanel:
    panel = DetailsPanel(library, bridge, undo_stack)
    qtbot.addWidget(panel)
    panel.resize(460, 1100)
    panel.show()
    return panel


def test_views_inscription_location_and_custody_chain_are_shown(
    library,
    bridge,
    undo_stack,
    qtbot,
    print_collection: PrintCollection,  # noqa: F811
) -> None:
    panel = _panel(library, bridge, undo_stack, qtbot)
    panel.show_items([print_collection.item_id])
    box = panel.print_box
    assert box.isVisible()
    assert box.views.text() == "Front, Back"
    assert PENCIL in box.inscriptions.text()
    assert box.inscriptions.text().startswith("Back: ")
    assert (
        _plain(box.location.text())
        == "Box 1 \N{SINGLE RIGHT-POINTING ANGLE QUOTATION MARK} Album 1 \N{SINGLE RIGHT-POINTING ANGLE QUOTATION MARK} Page 3, slot 2"
    )
    assert "slot 2" in box.location.text()
    assert "90 x 130 mm" in box.physical.text()
    lines = box.custody.text().splitlines()
    assert len(lines) == 3
    assert "inheritance" in lines[0]
    assert "Yakout Ohana" in lines[0]
    assert "Simha" in lines[0]
    assert "Esther Ohana" in lines[1]
    assert "Cousin David" in lines[2]


def test_adding_a_custody_event_is_one_undo_step(
    library,
    bridge,
    undo_stack,
    qtbot,
    print_collection: PrintCollection,  # noqa: F811
) -> None:
    panel = _panel(library, bridge, undo_stack, qtbot)
    panel.show_items([print_collection.item_id])
    qtbot.mouseClick(panel.print_box.custody_button, Qt.MouseButton.LeftButton)
    dialog = panel.custody_dialog
    assert dialog.isVisible()
    dialog.giver.setText("Cousin David")
    dialog.receiver.setText("Esther Ohana")  # a person of the collection
    dialog.date.setText("vers 2020")
    dialog.kind.setCurrentIndex(dialog.kind.findData("return"))
    with qtbot.waitSignal(bridge.collection_changed, timeout=5000):
        dialog.buttons.accepted.emit()
    chain = library.item(print_collection.item_id).custody
    assert len(chain) == 4
    assert (chain[-1].from_name, chain[-1].to_person) == ("Cousin David", "p-esther")
    assert chain[-1].date is not None
    assert chain[-1].date.edtf == "2020~"
    assert undo_stack.count() == 1
    assert len(panel.print_box.custody.text().splitlines()) == 4
    with qtbot.waitSignal(bridge.collection_changed, timeout=5000):
        undo_stack.undo()
    assert len(library.item(print_collection.item_id).custody) == 3


def test_moving_to_a_container(
    library,
    bridge,
    undo_stack,
    qtbot,
    print_collection: PrintCollection,  # noqa: F811
) -> None:
    panel = _panel(library, bridge, undo_stack, qtbot)
    panel.show_items([print_collection.item_id])
    qtbot.mouseClick(panel.print_box.move_button, Qt.MouseButton.LeftButton)
    dialog = panel.move_dialog
    texts = [dialog.container.itemText(i) for i in range(dialog.container.count())]
    assert [t.strip("\u2068\u2069") for t in texts] == [
        "Box 1",
        "Box 1/Album 1",
        "Box 1/Album 1/Page 3",
    ]
    dialog.container.setCurrentIndex(1)
    dialog.normal.setChecked(True)
    with qtbot.waitSignal(bridge.collection_changed, timeout=5000):
        dialog.buttons.accepted.emit()
    item = library.item(print_collection.item_id)
    assert item.location is not None
    assert item.location.container_id == "c-album"
    assert item.normal_location == item.location
    assert (
        _plain(panel.print_box.location.text())
        == "Box 1 \N{SINGLE RIGHT-POINTING ANGLE QUOTATION MARK} Album 1"
    )
    assert undo_stack.count() == 1


def _plain(text: str) -> str:
    return text.replace("\u2068", "").replace("\u2069", "")


def test_the_grid_shows_one_thumbnail_with_a_back_mark(
    window_on,
    qtbot,
    print_collection: PrintCollection,  # noqa: F811
) -> None:
    window = window_on(print_collection.path)
    model = window.model
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=10_000)  # the back is no item
    index = model.index(0, 0)
    assert index.data(ItemIdRole) == print_collection.item_id
    assert index.data(HasBackRole) is True
    assert "Front and back" in index.data(Qt.ItemDataRole.ToolTipRole)


def test_the_viewer_flips_to_the_back_and_again_to_the_front(
    library,
    bridge,
    undo_stack,
    qtbot,
    print_collection: PrintCollection,  # noqa: F811
) -> None:
    from memoryapp.ui.widgets.viewer import ViewerWindow

    viewer = ViewerWindow(library, bridge, undo_stack, print_collection.item_id)
    qtbot.addWidget(viewer)
    viewer.resize(800, 600)
    full = {"check_params_cb": lambda _i, _p, is_full: is_full, "timeout": 10_000}
    with qtbot.waitSignal(viewer.image_shown, **full):
        viewer.show()
    front = viewer.canvas._pixmap.toImage()
    flip = viewer.action("flip")
    assert flip.isVisible()
    assert flip.text() == "Show the back"
    with qtbot.waitSignal(viewer.image_shown, **full):
        qtbot.keyClick(viewer, Qt.Key.Key_B)
    assert viewer.showing_back
    assert flip.text() == "Show the front"
    back = viewer.canvas._pixmap.toImage()
    assert back != front
    assert viewer.canvas.regions() == []  # faces belong to the front
    assert not viewer.action("tag").isEnabled()
    with qtbot.waitSignal(viewer.image_shown, **full):
        flip.trigger()
    assert not viewer.showing_back


def test_attach_the_back_from_the_catalogue_menu(window_on, qtbot, tmp_path, make_jpeg) -> None:
    from PySide6.QtCore import QItemSelectionModel

    from memoryapp.library import ImportOptions

    make_jpeg("kasbah.jpg")
    folder = make_jpeg("scan 2.jpg").parent
    root = tmp_path / "two"
    with Library.create(root) as lib:
        lib.import_paths([folder], options=ImportOptions(jobs=1))
    window = window_on(root)
    qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=10_000)
    selection = window.grid.selectionModel()
    for row in (0, 1):
        selection.select(window.model.index(row, 0), QItemSelectionModel.SelectionFlag.Select)
    window.menu_actions["attach_back"].trigger()
    dialog = window.dialogs.attach_dialog
    names = [b.text().strip("\u2068\u2069") for b in dialog.choices]
    back_name = "scan 2.jpg"
    dialog.choices[names.index(back_name)].setChecked(True)
    with qtbot.waitSignal(window.bridge.collection_changed, timeout=5000):
        dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=10_000)
    (item,) = window.library.items()
    assert [f.original_name for f in item.files] == ["kasbah.jpg", back_name]
    assert item.has_back
    assert window.undo_stack.count() == 1
