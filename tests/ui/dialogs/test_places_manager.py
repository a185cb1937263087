"""The places manager shows the tree with counts, re-parents by drag, refuses cycles."""

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QUndoStack
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from tests.records import put
from tests.ui.dialogs.test_people_manager import ReassignAnswer

from memoryapp.core.ids import PlaceId, new_item_id, new_place_id
from memoryapp.core.items import Item
from memoryapp.core.names import Name
from memoryapp.core.places import Place
from memoryapp.library import Library
from memoryapp.ui.bridge import LibraryBridge
from memoryapp.ui.dialogs.place_model import HERE, KIND, NAME, TOTAL, PlaceTreeModel
from memoryapp.ui.dialogs.places_manager import PlacesManager

pytestmark = pytest.mark.gui

MOROCCO = Place(
    id=new_place_id(), names=(Name(value="Maroc"), Name(value="المغرب")), kind="country"
)
TINGHIR = Place(
    id=new_place_id(),
    names=(
        Name(value="Tinghir"),
        Name(value="Tinerhir", kind="colonial"),
        Name(value="תנגיר", lang="he"),
        Name(value="تنغير", lang="ar"),
        Name(value="ⵜⵉⵏⵖⵉⵔ", lang="zgh"),
    ),
    kind="town",
    parent_id=MOROCCO.id,
    lat=31.5147,
    lon=-5.5328,
)
MELLAH = Place(
    id=new_place_id(), names=(Name(value="Mellah de Tinghir"),), kind="mellah", parent_id=TINGHIR.id
)
PARIS = Place(id=new_place_id(), names=(Name(value="Paris"),), kind="city")


@pytest.fixture
def filled(library: Library) -> Library:
    put(library, MOROCCO, TINGHIR, MELLAH, PARIS)
    put(
        library,
        Item(id=new_item_id(), places=(TINGHIR.id,)),
        Item(id=new_item_id(), places=(MELLAH.id,)),
        Item(id=new_item_id(), places=(MELLAH.id, PARIS.id)),
    )
    return library


def _manager(
    qtbot: QtBot, library: Library, bridge: LibraryBridge, undo_stack: QUndoStack
) -> PlacesManager:
    dialog = PlacesManager(library, bridge, undo_stack)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        pass
    return dialog


def _reparent_by_drop(model: PlaceTreeModel, place: Place, onto: Place | None) -> None:
    data = model.mimeData([model.index_of(place.id)])
    target = model.index_of(onto.id) if onto is not None else QModelIndex()
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, -1, -1, target)
    assert not model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, target)


def test_tree_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = PlaceTreeModel()
    model.set_places([MOROCCO, TINGHIR, MELLAH, PARIS], {TINGHIR.id: 1, MELLAH.id: 2})
    qtmodeltester.check(model)


def test_tree_shows_hierarchy_kinds_and_counts(
    qtbot: QtBot, filled: Library, bridge: LibraryBridge, undo_stack: QUndoStack
) -> None:
    dialog = _manager(qtbot, filled, bridge, undo_stack)
    model = dialog.model
    roots = [model.index(r, NAME).data() for r in range(model.rowCount())]
    assert roots == ["Maroc", "Paris"]
    tinghir = model.index_of(TINGHIR.id)
    assert tinghir.parent() == model.index_of(MOROCCO.id)
    assert model.index_of(MELLAH.id).parent() == tinghir
    assert model.index(tinghir.row(), KIND, tinghir.parent()).data() == "town"
    assert model.index(tinghir.row(), HERE, tinghir.parent()).data() == 1
    assert model.index(tinghir.row(), TOTAL, tinghir.parent()).data() == 3
    morocco = model.index_of(MOROCCO.id)
    assert model.index(morocco.row(), TOTAL).data() == 3
    assert "ⵜⵉⵏⵖⵉⵔ" in tinghir.data(Qt.ItemDataRole.ToolTipRole)
    assert dialog.view.isExpanded(tinghir)


def test_drag_re_parents_as_one_undo_step(
    qtbot: QtBot, filled: Library, bridge: LibraryBridge, undo_stack: QUndoStack
) -> None:
    dialog = _manager(qtbot, filled, bridge, undo_stack)
    with qtbot.waitSignal(bridge.collection_changed, timeout=10_000):
        _reparent_by_drop(dialog.model, MELLAH, MOROCCO)
    assert filled.place(MELLAH.id).parent_id == MOROCCO.id
    qtbot.waitUntil(
        lambda: dialog.model.index_of(MELLAH.id).parent() == dialog.model.index_of(MOROCCO.id)
    )
    assert undo_stack.count() == 1
    with qtbot.waitSignal(bridge.collection_changed, timeout=10_000):
        undo_stack.undo()
    assert filled.place(MELLAH.id) == MELLAH

    with qtbot.waitSignal(bridge.collection_changed, timeout=10_000):
        _reparent_by_drop(dialog.model, TINGHIR, None)
    assert filled.place(TINGHIR.id).parent_id is None


def test_a_cycle_is_refused_with_a_reason(
    qtbot: QtBot, filled: Library, bridge: LibraryBridge, undo_stack: QUndoStack
) -> None:
    dialog = _manager(qtbot, filled, bridge, undo_stack)
    with qtbot.assertNotEmitted(bridge.collection_changed):
        _reparent_by_drop(dialog.model, MOROCCO, MELLAH)
    assert undo_stack.count() == 0
    assert filled.place(MOROCCO.id).parent_id is None
    assert "Maroc" in dialog.message.text()
    assert not dialog.reparent(MOROCCO.id, MOROCCO.id)


def test_editing_names_coordinates_and_privacy(
    qtbot: QtBot, filled: Library, bridge: LibraryBridge, undo_stack: QUndoStack
) -> None:
    dialog = _manager(qtbot, filled, bridge, undo_stack)
    dialog.select(MELLAH.id)
    form = dialog.form
    assert form.isEnabled()
    assert form.kind.currentData() == "mellah"
    index = form.names.model.add_row()
    form.names.model.setData(index, "מלאח תנגיר")
    form.lat.setText("31.5150")
    assert dialog.save() is False  # latitude without longitude
    assert "longitude" in dialog.message.text()
    form.lon.setText("-5.5330")
    form.do_not_pinpoint.setChecked(True)
    with qtbot.waitSignal(bridge.collection_changed, timeout=10_000):
        assert dialog.save()
    saved = filled.place(MELLAH.id)
    assert (saved.lat, saved.lon, saved.do_not_pinpoint) == (31.515, -5.533, True)
    assert saved.names[-1].value == "מלאח תנגיר"
    assert saved.names[-1].script == "Hebr"
    assert saved.parent_id == TINGHIR.id
    with qtbot.waitSignal(bridge.collection_changed, timeout=10_000):
        undo_stack.undo()
    assert filled.place(MELLAH.id) == MELLAH


def test_new_place_inside_the_selected_one(
    qtbot: QtBot, filled: Library, bridge: LibraryBridge, undo_stack: QUndoStack
) -> None:
    dialog = _manager(qtbot, filled, bridge, undo_stack)
    dialog.select(TINGHIR.id)
    with qtbot.waitSignal(bridge.collection_changed, timeout=10_000):
        dialog.child_button.click()
    added = [
        p for p in filled.places() if p.id not in {MOROCCO.id, TINGHIR.id, MELLAH.id, PARIS.id}
    ]
    assert len(added) == 1
    assert added[0].parent_id == PlaceId(TINGHIR.id)
    qtbot.waitUntil(
        lambda: dialog.form.isEnabled() and dialog.form.names.names()[0].value == "New place"
    )


def test_deleting_a_used_place_reassigns_it_and_moves_its_children_up(
    qtbot: QtBot, filled: Library, bridge: LibraryBridge, undo_stack: QUndoStack
) -> None:
    dialog = _manager(qtbot, filled, bridge, undo_stack)
    dialog.select(TINGHIR.id)
    assert dialog.delete_button.isEnabled()
    answer = ReassignAnswer(PARIS.id)
    with qtbot.waitSignal(bridge.collection_changed, timeout=10_000):
        dialog.delete_button.click()
    assert "still used on 1 item" in answer.texts[0]
    assert undo_stack.count() == 1
    places = {p.id: p for p in filled.places()}
    assert TINGHIR.id not in places
    assert places[MELLAH.id].parent_id == MOROCCO.id
    assert sum(PARIS.id in i.places for i in filled.items()) == 2
    with qtbot.waitSignal(bridge.collection_changed, timeout=10_000):
        undo_stack.undo()
    assert filled.place(TINGHIR.id) == TINGHIR
    assert filled.place(MELLAH.id) == MELLAH


def test_an_unused_place_is_deleted_at_once(
    qtbot: QtBot, filled: Library, bridge: LibraryBridge, undo_stack: QUndoStack
) -> None:
    dialog = _manager(qtbot, filled, bridge, undo_stack)
    dialog.select(MOROCCO.id)  # no item names it; Tinghir moves to the top level
    with qtbot.waitSignal(bridge.collection_changed, timeout=10_000):
        dialog.delete_button.click()
    assert filled.place(TINGHIR.id).parent_id is None
    assert MOROCCO.id not in {p.id for p in filled.places()}
