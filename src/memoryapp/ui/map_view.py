"""The map of places: Natural Earth outlines, a marker per place of the result, placing by click.

``MapView`` is a ``QGraphicsView`` over a Web Mercator plane (``core.maps.projection``): the
land is one painter path, each marker an item that keeps its pixel size as the view zooms
(wheel, + and -) and pans (drag). ``MapPanel`` adds the buttons, follows the window's search
and writes a clicked position as one undoable step. ``install_map`` docks it in the window.
"""

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, Signal, SignalInstance
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QIcon,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPen,
    QResizeEvent,
    QUndoStack,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from memoryapp.core.maps.markers import Marker, locate, visible_labels
from memoryapp.core.maps.outlines import Ring
from memoryapp.core.maps.projection import on_map, project, unproject
from memoryapp.core.places import Place
from memoryapp.library import Library
from memoryapp.library.place_map import PlaceMap, place_map, world_outlines
from memoryapp.ui.bridge import LibraryBridge
from memoryapp.ui.i18n import isolate
from memoryapp.ui.icons import icon
from memoryapp.ui.sidebar import quote_value
from memoryapp.ui.undo import push_command

SEA = QColor("#dce9f2")
LAND = QColor("#f4f1e8")
BORDER = QColor("#a9a293")
MARKER = QColor(196, 74, 38, 200)
ZOOM_STEP = 1.5
MAX_SCALE = 4000.0  # pixels per degree: about a street


class MarkerItem(QGraphicsEllipseItem):
    """A place on the map: a disc of the marker's radius, with its name beside it."""

    def __init__(self, marker: Marker) -> None:
        r = marker.radius
        super().__init__(-r, -r, 2 * r, 2 * r)
        self.marker = marker
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setPos(QPointF(*project(marker.lat, marker.lon)))
        self.setBrush(QBrush(MARKER))
        self.setPen(QPen(QColor("white"), 1.5))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.label = QGraphicsSimpleTextItem(marker.name, self)
        self.label.setBrush(QBrush(QColor("#2b2b2b")))
        self.label.setPos(r + 3, -self.label.boundingRect().height() / 2)


class MapView(QGraphicsView):
    """The world and its markers. Zoom with the wheel or +/-, pan by dragging.

    Signals:
        marker_clicked(str): the place ID of the marker clicked.
        location_clicked(float, float): latitude and longitude clicked while placing.
    """

    marker_clicked = Signal(str)
    location_clicked = Signal(float, float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(QRectF(-180, -180, 360, 360), self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setBackgroundBrush(QBrush(SEA))
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # a map is never mirrored
        pen = QPen(BORDER, 0.8)
        pen.setCosmetic(True)
        self._land = self.scene().addPath(QPainterPath(), pen, QBrush(LAND))
        self._land.setZValue(-1)
        self.markers: list[MarkerItem] = []
        self.placing = False

    def set_outlines(self, rings: Sequence[Ring]) -> None:
        """Draw the land (country outlines in plane coordinates)."""
        path = QPainterPath()
        for ring in rings:
            path.moveTo(*ring[0])
            for point in ring[1:]:
                path.lineTo(*point)
            path.closeSubpath()
        self._land.setPath(path)

    def has_outlines(self) -> bool:
        """True once the land is drawn."""
        return not self._land.path().isEmpty()

    def set_markers(self, markers: Sequence[Marker]) -> None:
        """Show these markers instead of the current ones (the first drawn lowest)."""
        for item in self.markers:
            self.scene().removeItem(item)
        self.markers = []
        for z, marker in enumerate(markers):
            item = MarkerItem(marker)
            item.setZValue(z)
            item.setToolTip(self._tooltip(marker))
            self.scene().addItem(item)
            self.markers.append(item)
        self.relabel()

    def relabel(self) -> None:
        """Show the names that fit without covering another name or marker at this zoom."""
        labels, discs = [], []
        for item in self.markers:
            centre = self.mapFromScene(item.pos())
            box = item.label.boundingRect()
            r = item.marker.radius
            labels.append(
                (centre.x() + r + 3, centre.y() - box.height() / 2, box.width(), box.height())
            )
            discs.append((float(centre.x()), float(centre.y()), r))
        for item, shown in zip(self.markers, visible_labels(labels, discs), strict=True):
            item.label.setVisible(shown)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.relabel()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        self.relabel()

    def _tooltip(self, marker: Marker) -> str:
        text = self.tr("%1: %n item(s)", "", marker.count).replace("%1", isolate(marker.name))
        if marker.folded:
            names = ", ".join(isolate(name) for name in marker.folded)
            text += "\n" + self.tr("Also %1 (not pinpointed)").replace("%1", names)
        return text

    def fit_markers(self) -> None:
        """Zoom to the markers (the whole world when there are none)."""
        if not self.markers:
            self.fitInView(QRectF(-180, -85, 360, 160), Qt.AspectRatioMode.KeepAspectRatio)
            self.relabel()
            return
        xs = [m.pos().x() for m in self.markers]
        ys = [m.pos().y() for m in self.markers]
        box = QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))
        margin = max(box.width(), box.height()) * 0.15 + 2.0
        self.fitInView(
            box.adjusted(-margin, -margin, margin, margin), Qt.AspectRatioMode.KeepAspectRatio
        )
        self.relabel()

    def zoom(self, factor: float) -> None:
        """Zoom by ``factor`` (above 1 zooms in), within the world and street level."""
        scale = self.transform().m11() * factor
        if factor > 1 and scale > MAX_SCALE:
            return
        if factor < 1 and self.mapToScene(self.viewport().rect()).boundingRect().width() > 720:
            return
        self.scale(factor, factor)
        self.relabel()

    def start_placing(self) -> None:
        """The next click on the map gives a position (Esc cancels)."""
        self.placing = True
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.viewport().setCursor(Qt.CursorShape.CrossCursor)

    def stop_placing(self) -> None:
        """Back to browsing: clicks open markers, drags pan."""
        self.placing = False
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.viewport().unsetCursor()

    def marker_at(self, point: QPointF) -> MarkerItem | None:
        """The topmost marker under a viewport position, if any."""
        for item in self.items(point.toPoint()):
            while item is not None and not isinstance(item, MarkerItem):
                item = item.parentItem()
            if isinstance(item, MarkerItem):
                return item
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            if self.placing:
                x, y = self.mapToScene(event.position().toPoint()).toTuple()
                if on_map(x, y):
                    lat, lon = unproject(x, y)
                    self.location_clicked.emit(lat, lon)
                event.accept()
                return
            marker = self.marker_at(event.position())
            if marker is not None:
                self.marker_clicked.emit(marker.marker.place_id)
                event.accept()
                return
        super().mousePressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom(ZOOM_STEP ** (steps / 2))
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(ZOOM_STEP)
        elif key == Qt.Key.Key_Minus:
            self.zoom(1 / ZOOM_STEP)
        elif key == Qt.Key.Key_Escape and self.placing:
            self.stop_placing()
            self.location_clicked.emit(float("nan"), float("nan"))  # cancelled
        else:
            super().keyPressEvent(event)


class MapPanel(QWidget):
    """The map with its buttons: follows the result, searches a clicked place, places a place.

    Signals:
        search_requested(str): a query for the place whose marker was clicked.
    """

    search_requested = Signal(str)

    def __init__(
        self,
        library: Library,
        bridge: LibraryBridge,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._library, self._bridge, self._undo = library, bridge, undo_stack
        self._ids: tuple[str, ...] = ()
        self._request = 0
        self._fitted = False
        self.map = PlaceMap(markers=(), unplaced=())
        self.view = MapView(self)
        self.view.marker_clicked.connect(self._on_marker)
        self.view.location_clicked.connect(self._on_location)
        self.zoom_in = self._button(icon("larger"), self.tr("Zoom in (+)"))
        self.zoom_in.clicked.connect(lambda: self.view.zoom(ZOOM_STEP))
        self.zoom_out = self._button(icon("smaller"), self.tr("Zoom out (-)"))
        self.zoom_out.clicked.connect(lambda: self.view.zoom(1 / ZOOM_STEP))
        self.fit = self._button(icon("places"), self.tr("Show every place of the result"))
        self.fit.clicked.connect(self.view.fit_markers)
        self.unplaced = QComboBox(self)
        self.unplaced.setToolTip(self.tr("Places without coordinates"))
        self.place_button = QToolButton(self)
        self.place_button.setText(self.tr("Place on the map"))
        self.place_button.clicked.connect(self.start_placing)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.hide()
        credit = QLabel(self.tr("Country outlines: Natural Earth (public domain)"), self)
        credit.setEnabled(False)
        row = QHBoxLayout()
        for widget in (self.zoom_in, self.zoom_out, self.fit):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.unplaced)
        row.addWidget(self.place_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(row)
        layout.addWidget(self.hint)
        layout.addWidget(self.view, 1)
        layout.addWidget(credit)
        self._update_unplaced()
        bridge.collection_changed.connect(self._on_changes)

    def _button(self, image: QIcon, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setIcon(image)
        button.setToolTip(tip)
        return button

    # -- data ------------------------------------------------------------------------------

    def load_outlines(self) -> None:
        """Read the land outlines on the query worker (once; cached for the process)."""
        if self.view.has_outlines():
            return
        self._bridge.query(
            world_outlines,
            on_done=self.view.set_outlines,
            on_error=lambda exc: self._say(str(exc)),
        )

    def show_items(self, item_ids: Sequence[str]) -> None:
        """Show the places of these items (the current result), worked out on the worker."""
        self._ids = tuple(item_ids)
        self.refresh()

    def refresh(self) -> None:
        """Work the markers out again (after a search or a change to the collection)."""
        self._request += 1
        request, ids, library = self._request, self._ids, self._library
        self._bridge.query(
            lambda: place_map(library, ids), on_done=lambda m: self._show(request, m)
        )

    def _say(self, text: str) -> None:
        self.hint.setText(text)
        self.hint.setVisible(bool(text))

    def _on_changes(self, _changes: object) -> None:
        if self.isVisible():
            self.refresh()  # a place placed or moved, items tagged: markers change

    def _show(self, request: int, found: PlaceMap) -> None:
        if request != self._request:
            return  # a newer result is on its way
        self.map = found
        self.view.set_markers(found.markers)
        self._update_unplaced()
        if not self._fitted:
            self._fitted = True
            self.view.fit_markers()

    def _update_unplaced(self) -> None:
        current = self.unplaced.currentData()
        self.unplaced.clear()
        for place in self.map.unplaced:
            self.unplaced.addItem(place.name, place.id)
        index = self.unplaced.findData(current)
        self.unplaced.setCurrentIndex(max(index, 0))
        has = bool(self.map.unplaced) and not self._library.read_only
        self.unplaced.setVisible(has)
        self.place_button.setVisible(has)

    # -- clicks ----------------------------------------------------------------------------

    def _on_marker(self, place_id: str) -> None:
        places = self._library.places()
        place = next((p for p in places if p.id == place_id), None)
        if place is None:
            return
        same = [p for p in places if p.name.casefold() == place.name.casefold()]
        self.search_requested.emit(quote_value("place", place.name if len(same) == 1 else place_id))

    def placing(self) -> Place | None:
        """The place waiting for a click on the map, if any."""
        if not self.view.placing:
            return None
        return next((p for p in self.map.unplaced if p.id == self.unplaced.currentData()), None)

    def start_placing(self) -> None:
        """Wait for a click on the map to place the place chosen in the list."""
        place = next((p for p in self.map.unplaced if p.id == self.unplaced.currentData()), None)
        if place is None:
            return
        self.view.start_placing()
        self.view.setFocus()
        self._say(
            self.tr("Click the map where %1 is (Esc to cancel).").replace("%1", isolate(place.name))
        )

    def _on_location(self, lat: float, lon: float) -> None:
        place = self.placing()
        self.view.stop_placing()
        self._say("")
        if place is None or lat != lat:  # cancelled (NaN)
            return
        text = self.tr("Place %1 on the map").replace("%1", isolate(place.name))
        push_command(self._undo, locate(place, lat, lon), self._bridge, text)


def attach_map(
    window: QMainWindow,
    panel: MapPanel,
    result: Callable[[], Sequence[str]],
    result_changed: SignalInstance,
    search: Callable[[str], None],
    beside: QAction,
) -> QDockWidget:
    """Dock ``panel`` in ``window`` (hidden at first), switched by "Map" in ``beside``'s menu.

    While shown, the map follows the window's result (``result()`` after ``result_changed``)
    and the collection's changes; a click on a marker calls ``search`` with its query.
    """
    dock = install_map(window, panel, _menu_of(window, beside))

    def follow(*_args: object) -> None:
        if dock.isVisible():
            panel.show_items(result())

    def shown(visible: bool) -> None:
        if visible:
            panel.load_outlines()
            panel.show_items(result())

    result_changed.connect(follow)
    dock.visibilityChanged.connect(shown)
    panel.search_requested.connect(search)
    return dock


def _menu_of(window: QMainWindow, action: QAction) -> QMenu | None:
    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu) and action in menu.actions():
            return menu
    return None


def install_map(window: QMainWindow, panel: MapPanel, view_menu: QMenu | None) -> QDockWidget:
    """Dock ``panel`` in ``window`` (hidden at first) with a "Map" switch in the View menu."""
    dock = QDockWidget(QCoreApplication.translate("MapPanel", "Map"), window)
    dock.setObjectName("mapDock")
    dock.setWidget(panel)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    dock.hide()
    toggle = dock.toggleViewAction()
    toggle.setText(QCoreApplication.translate("MapPanel", "&Map"))
    toggle.setShortcut("Ctrl+M")
    window.addAction(toggle)
    if view_menu is not None:
        view_menu.addAction(toggle)
    return dock
