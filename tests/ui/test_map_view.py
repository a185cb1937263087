"""The map of places: markers of the result, a click searches, a click places a place."""

import math
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QUndoStack
from tests.records import put

from memoryapp.core.ids import new_item_id, new_place_id
from memoryapp.core.items import Item
from memoryapp.core.maps.projection import project
from memoryapp.core.names import Name
from memoryapp.core.places import Place
from memoryapp.library import Library
from memoryapp.library.sample import ensure_sample_copy, sample_source
from memoryapp.ui.bridge import LibraryBridge
from memoryapp.ui.main_window import MainWindow
from memoryapp.ui.map_view import MapPanel, MapView


@pytest.fixture
def sample_window(tmp_path: Path, window_on) -> MainWindow:
    if sample_source() is None:
        pytest.skip("the sample collection is not installed")
    return window_on(ensure_sample_copy(tmp_path / "s"))


def _open_map(window: MainWindow, qtbot) -> MapPanel:
    window.map_dock.show()
    panel = window.map_panel
    qtbot.waitUntil(lambda: panel.view.has_outlines() and bool(panel.view.markers), timeout=20_000)
    return panel


def _names(view: MapView) -> set[str]:
    return {item.marker.name for item in view.markers}


def _click(view: MapView, scene_point: QPointF, qtbot) -> None:
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(scene_point))


def test_the_map_is_a_dock_switched_from_the_view_menu(sample_window):
    window = sample_window
    assert not window.map_dock.isVisible()
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    toggle = window.map_dock.toggleViewAction()
    assert toggle in view_menu.actions()
    toggle.trigger()
    assert window.map_dock.isVisible()


def test_markers_are_drawn_for_the_sample_places(sample_window, qtbot):
    panel = _open_map(sample_window, qtbot)
    names = _names(panel.view)
    assert {"Tinghir", "Paris", "Montréal", "Casablanca"} <= names
    assert "Jewish cemetery of Tinghir" not in names  # do not pinpoint: shown at Tinghir
    tinghir = next(i for i in panel.view.markers if i.marker.name == "Tinghir")
    assert tinghir.pos().toTuple() == pytest.approx(project(31.5147, -5.5328))
    assert max(i.marker.radius for i in panel.view.markers) > min(
        i.marker.radius for i in panel.view.markers
    )  # sized by their counts
    assert len(panel.view.scene().items()) > len(panel.view.markers)  # the land is drawn


def test_clicking_a_marker_searches_the_place(sample_window, qtbot):
    window = sample_window
    panel = _open_map(window, qtbot)
    everywhere = _names(panel.view)
    montreal = next(i for i in panel.view.markers if i.marker.name == "Montréal")
    panel.view.centerOn(montreal)
    _click(panel.view, montreal.pos(), qtbot)
    assert window.search_field.text() == "place:Montréal"
    qtbot.waitUntil(lambda: window.model.rowCount() == montreal.marker.count, timeout=10_000)
    # the map follows the search: only the places of the result's items are left
    qtbot.waitUntil(lambda: len(_names(panel.view)) < len(everywhere), timeout=10_000)
    assert "Montréal" in _names(panel.view)
    assert "Tinghir" not in _names(panel.view)
    window.search_field.set_query("")
    qtbot.waitUntil(lambda: _names(panel.view) == everywhere, timeout=10_000)


def test_a_stacked_marker_clicked_is_the_one_on_top(sample_window, qtbot):
    panel = _open_map(sample_window, qtbot)
    paris = next(i for i in panel.view.markers if i.marker.name == "Paris")
    on_top = panel.view.marker_at(QPointF(panel.view.mapFromScene(paris.pos())))
    assert on_top is not None
    assert on_top.zValue() >= paris.zValue()  # the smaller Belleville is drawn over Paris


def test_zooming_with_the_keys_and_the_wheel(sample_window, qtbot):
    panel = _open_map(sample_window, qtbot)
    view = panel.view
    before = view.transform().m11()
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.transform().m11() == pytest.approx(before * 1.5)
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert view.transform().m11() == pytest.approx(before)
    panel.zoom_in.click()
    assert view.transform().m11() > before


@pytest.fixture
def unplaced_panel(library: Library, qtbot) -> Iterator[tuple[MapPanel, Place, QUndoStack]]:
    tinghir = Place(id=new_place_id(), names=(Name(value="Tinghir"),))
    paris = Place(id=new_place_id(), names=(Name(value="Paris"),), lat=48.8566, lon=2.3522)
    items = [
        Item(id=new_item_id(), title="Henna", places=(tinghir.id,)),
        Item(id=new_item_id(), title="Café", places=(paris.id,)),
    ]
    put(library, tinghir, paris, *items)
    bridge = LibraryBridge(library)
    stack = QUndoStack()
    panel = MapPanel(library, bridge, stack)
    qtbot.addWidget(panel)
    panel.resize(800, 500)
    panel.show()
    panel.show_items([item.id for item in items])
    qtbot.waitUntil(lambda: bool(panel.view.markers), timeout=10_000)
    yield panel, tinghir, stack
    bridge.wait()


def test_a_place_without_coordinates_is_placed_by_a_click(unplaced_panel, library, qtbot):
    panel, tinghir, stack = unplaced_panel
    assert _names(panel.view) == {"Paris"}
    assert panel.unplaced.isVisibleTo(panel)
    assert panel.unplaced.currentText() == "Tinghir"
    panel.place_button.click()
    assert panel.view.placing
    assert "Tinghir" in panel.hint.text()
    target = QPointF(*project(31.5147, -5.5328))
    panel.view.centerOn(target)
    _click(panel.view, target, qtbot)
    qtbot.waitUntil(lambda: library.place(tinghir.id).lat is not None, timeout=10_000)
    placed = library.place(tinghir.id)
    step = 1 / panel.view.transform().m11()  # a pixel, in degrees
    assert placed.lat == pytest.approx(31.5147, abs=3 * step)
    assert placed.lon == pytest.approx(-5.5328, abs=3 * step)
    assert not panel.view.placing
    assert stack.count() == 1
    assert stack.undoText() == "Place Tinghir on the map".replace("Tinghir", "\u2068Tinghir\u2069")
    qtbot.waitUntil(lambda: "Tinghir" in _names(panel.view), timeout=10_000)
    stack.undo()
    qtbot.waitUntil(lambda: library.place(tinghir.id).lat is None, timeout=10_000)
    stack.redo()
    qtbot.waitUntil(lambda: library.place(tinghir.id).lat is not None, timeout=10_000)


def test_escape_cancels_placing(unplaced_panel, library, qtbot):
    panel, tinghir, stack = unplaced_panel
    panel.place_button.click()
    qtbot.keyClick(panel.view, Qt.Key.Key_Escape)
    assert not panel.view.placing
    assert stack.count() == 0
    assert library.place(tinghir.id).lat is None
    assert math.isfinite(panel.view.transform().m11())


def test_a_click_off_the_world_places_nothing(unplaced_panel, library, qtbot):
    panel, tinghir, stack = unplaced_panel
    panel.view.fit_markers()
    panel.view.scale(0.01, 0.01)  # zoomed far out: the world is a speck in the middle
    panel.place_button.click()
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(2, 2))
    assert stack.count() == 0
    assert library.place(tinghir.id).lat is None
