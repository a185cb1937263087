"""A zoomable, pannable image with face rectangles the user can draw, move and resize.

Everything here is in the display frame (the upright image). Rectangles are normalized
(0..1) to the upright image; the viewer converts them from and to the stored frame with
``memoryapp.core.orientation``. Photos and rectangles never mirror in a right-to-left UI.
"""

from enum import Enum, auto

from PySide6.QtCore import QPoint, QPointF, QRectF, QSizeF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from memoryapp.ui.widgets.region_overlay import (
    EDGE_CURSORS,
    HANDLE,
    RegionView,
    handles,
    moved_rect,
    paint_region,
    resized_rect,
)
from memoryapp.ui.widgets.text_lines import paint_lines

MIN_SCALE = 0.02
MAX_SCALE = 16.0
MIN_DRAW = 6.0  # smaller drags are clicks, not rectangles


class _Op(Enum):
    NONE = auto()
    PAN = auto()
    DRAW = auto()
    MOVE = auto()
    RESIZE = auto()


class ImageCanvas(QWidget):
    """Paints the upright image and its regions; turns mouse gestures into signals.

    Regions are named by the key of their ``RegionView`` (a face key: see ``face_key``).

    Signals:
        region_drawn(QRectF): a new rectangle, normalized to the upright image.
        region_edited(str, QRectF): a region was moved or resized (face key, new rect).
        delete_requested(str): remove the rectangle of that face.
        rename_requested(str): give that rectangle to another person.
        remove_tag_requested(str): take the person of that face off the item.
        menu_requested(str, QPoint): the context menu of that rectangle, at a global
            position.
        zoom_changed(float): the scale, screen pixels per original pixel.
    """

    region_drawn = Signal(QRectF)
    region_edited = Signal(str, QRectF)
    delete_requested = Signal(str)
    rename_requested = Signal(str)
    remove_tag_requested = Signal(str)
    menu_requested = Signal(str, QPoint)
    zoom_changed = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # pictures never mirror
        self._pixmap: QPixmap | None = None
        self._logical = QSizeF(1, 1)  # upright size of the original, in its pixels
        self._scale = 1.0
        self._offset = QPointF(0, 0)
        self._fit = True
        self._regions: list[RegionView] = []
        self._selected: str | None = None
        self.draw_mode = False
        self.regions_editable = True
        self.text_lines: list[tuple[QRectF, bool]] = []  # normalized upright; True: a hit
        self._op = _Op.NONE
        self._press = QPointF()
        self._start_offset = QPointF()
        self._start_rect = QRectF()
        self._live_rect: QRectF | None = None  # normalized rect being drawn or edited
        self._edge = ""
        self.message = ""  # shown when there is no picture (loading, or why it failed)

    # -- content ---------------------------------------------------------------------------

    def set_image(self, image: QImage | None, logical: QSizeF | None = None) -> None:
        """Show ``image`` as an upright picture of ``logical`` original pixels.

        Keeps the zoom and pan when the picture keeps its logical size (a preview replaced
        by the full-resolution decode); otherwise fits it to the window.
        """
        size = logical if logical is not None and not logical.isEmpty() else None
        if image is None or image.isNull():
            self._pixmap = None
            self.update()
            return
        size = size or QSizeF(image.size())
        same = self._pixmap is not None and size == self._logical
        self._pixmap = QPixmap.fromImage(image)
        self._logical = size
        if not same:
            self.zoom_fit()
        self.update()

    def has_image(self) -> bool:
        """Whether a picture is shown."""
        return self._pixmap is not None

    def set_regions(self, regions: list[RegionView]) -> None:
        """Replace the rectangles shown (keeps the selection when that person is still there)."""
        self._regions = list(regions)
        if self._selected not in {r.key for r in regions}:
            self._selected = None
        self.update()

    def regions(self) -> list[RegionView]:
        """The rectangles shown."""
        return list(self._regions)

    @property
    def selected(self) -> str | None:
        """The person whose rectangle is selected, if any."""
        return self._selected

    def select(self, key: str | None) -> None:
        """Select the rectangle of that face key (None clears the selection)."""
        self._selected = key
        self.update()

    # -- geometry --------------------------------------------------------------------------

    @property
    def scale(self) -> float:
        """Screen pixels per original pixel."""
        return self._scale

    def image_rect(self) -> QRectF:
        """Where the whole upright picture lies, in widget coordinates."""
        size = self._logical * self._scale
        return QRectF(self._offset, size)

    def to_widget(self, rect: QRectF) -> QRectF:
        """A normalized display-frame rectangle in widget coordinates."""
        box = self.image_rect()
        return QRectF(
            box.x() + rect.x() * box.width(),
            box.y() + rect.y() * box.height(),
            rect.width() * box.width(),
            rect.height() * box.height(),
        )

    def to_normalized(self, point: QPointF) -> QPointF:
        """A widget point as a normalized point on the picture, clamped to 0..1."""
        box = self.image_rect()
        x = (point.x() - box.x()) / max(box.width(), 1e-9)
        y = (point.y() - box.y()) / max(box.height(), 1e-9)
        return QPointF(min(max(x, 0.0), 1.0), min(max(y, 0.0), 1.0))

    def region_rect(self, key: str) -> QRectF | None:
        """Where the rectangle of that face key is drawn, in widget coordinates."""
        for region in self._regions:
            if region.key == key:
                return self.to_widget(self._shown_rect(region))
        return None

    # -- zoom and pan ----------------------------------------------------------------------

    def zoom_fit(self) -> None:
        """Fit the whole picture in the window."""
        self._fit = True
        self._apply_fit()

    def zoom_actual(self) -> None:
        """One screen pixel per original pixel, centred."""
        self._set_scale(1.0, QPointF(self.width() / 2, self.height() / 2))

    def zoom_by(self, factor: float, anchor: QPointF | None = None) -> None:
        """Multiply the scale, keeping the picture point under ``anchor`` in place."""
        centre = anchor if anchor is not None else QPointF(self.width() / 2, self.height() / 2)
        self._set_scale(self._scale * factor, centre)

    def _apply_fit(self) -> None:
        margin = 8.0
        w, h = self._logical.width(), self._logical.height()
        avail_w, avail_h = max(self.width() - 2 * margin, 1), max(self.height() - 2 * margin, 1)
        self._scale = min(avail_w / w, avail_h / h, MAX_SCALE) if w and h else 1.0
        size = self._logical * self._scale
        self._offset = QPointF(
            (self.width() - size.width()) / 2, (self.height() - size.height()) / 2
        )
        self.zoom_changed.emit(self._scale)
        self.update()

    def _set_scale(self, scale: float, anchor: QPointF) -> None:
        scale = min(max(scale, MIN_SCALE), MAX_SCALE)
        before = (anchor - self._offset) / self._scale
        self._scale = scale
        self._offset = anchor - before * scale
        self._fit = False
        self.zoom_changed.emit(self._scale)
        self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keep a fitted picture fitted."""
        super().resizeEvent(event)
        if self._fit:
            self._apply_fit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        """Zoom around the mouse."""
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(1.25**steps, event.position())
        event.accept()

    # -- hit tests -------------------------------------------------------------------------

    def _shown_rect(self, region: RegionView) -> QRectF:
        if region.key == self._selected and self._live_rect is not None:
            return self._live_rect
        return region.rect

    def _edge_at(self, pos: QPointF) -> str:
        rect = self.region_rect(self._selected) if self._selected else None
        if rect is None:
            return ""
        for name, point in handles(rect).items():
            if abs(point.x() - pos.x()) <= HANDLE and abs(point.y() - pos.y()) <= HANDLE:
                return name
        return ""

    def region_at(self, pos: QPointF) -> str | None:
        """The person whose rectangle is under ``pos`` (the smallest one wins)."""
        hits = [r for r in self._regions if not r.detected and self.to_widget(r.rect).contains(pos)]
        hits.sort(key=lambda r: r.rect.width() * r.rect.height())
        return hits[0].key if hits else None

    # -- mouse -----------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Start a pan, a drawing, a move or a resize."""
        pos = event.position()
        self._press = pos
        self.setFocus()
        if event.button() == Qt.MouseButton.MiddleButton:
            self._begin(_Op.PAN)
            return
        if event.button() != Qt.MouseButton.LeftButton:
            return
        drawing = self.draw_mode or bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        edge = self._edge_at(pos) if self.regions_editable else ""
        hit = self.region_at(pos) if self.regions_editable else None
        if edge and not drawing:
            self._edge = edge
            self._begin(_Op.RESIZE)
        elif hit is not None and not drawing:
            self.select(hit)
            self._begin(_Op.MOVE)
        elif drawing and self.regions_editable and self.has_image():
            self.select(None)
            self._begin(_Op.DRAW)
        else:
            self.select(None)
            self._begin(_Op.PAN)

    def _begin(self, op: _Op) -> None:
        self._op = op
        self._start_offset = QPointF(self._offset)
        region = next((r for r in self._regions if r.key == self._selected), None)
        self._start_rect = QRectF(region.rect) if region else QRectF()
        self._live_rect = None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """Follow the gesture, or show what a press would do."""
        pos = event.position()
        if self._op is _Op.NONE:
            self._hover_cursor(pos)
            return
        if self._op is _Op.PAN:
            self._offset = self._start_offset + (pos - self._press)
            self._fit = False
        elif self._op is _Op.DRAW:
            self._live_rect = QRectF(self.to_normalized(self._press), self.to_normalized(pos))
            self._live_rect = self._live_rect.normalized()
        elif self._op is _Op.MOVE:
            self._live_rect = self._moved(pos)
        elif self._op is _Op.RESIZE:
            self._live_rect = self._resized(pos)
        self.update()

    def _moved(self, pos: QPointF) -> QRectF:
        box = self.image_rect()
        dx = (pos.x() - self._press.x()) / max(box.width(), 1e-9)
        dy = (pos.y() - self._press.y()) / max(box.height(), 1e-9)
        return moved_rect(self._start_rect, dx, dy)

    def _resized(self, pos: QPointF) -> QRectF:
        return resized_rect(self._start_rect, self._edge, self.to_normalized(pos))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """Finish the gesture and report what it made."""
        op, live = self._op, self._live_rect
        self._op = _Op.NONE
        self._live_rect = None
        moved = (event.position() - self._press).manhattanLength() >= MIN_DRAW
        if op is _Op.DRAW and live is not None and moved:
            self.update()
            self.region_drawn.emit(live)
        elif (
            op in (_Op.MOVE, _Op.RESIZE)
            and live is not None
            and moved
            and self._selected
            and live.width() > 0
            and live.height() > 0
            and live != self._start_rect
        ):
            self._replace_rect(self._selected, live)
            self.region_edited.emit(self._selected, live)
        self.update()

    def _replace_rect(self, key: str, rect: QRectF) -> None:
        self._regions = [
            RegionView(r.key, r.label, rect) if r.key == key else r for r in self._regions
        ]

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        """Double-click a rectangle to give it to another person."""
        hit = self.region_at(event.position()) if self.regions_editable else None
        if hit is not None:
            self.rename_requested.emit(hit)

    def detected_at(self, pos: QPointF) -> RegionView | None:
        """The detected (not yet named) face under ``pos``, if any."""
        hits = [r for r in self._regions if r.detected and self.to_widget(r.rect).contains(pos)]
        hits.sort(key=lambda r: r.rect.width() * r.rect.height())
        return hits[0] if hits else None

    def _hover_cursor(self, pos: QPointF) -> None:
        detected = self.detected_at(pos)
        self.setToolTip(detected.hint if detected is not None else "")
        edge = self._edge_at(pos) if self.regions_editable else ""
        if edge:
            self.setCursor(EDGE_CURSORS[edge])
        elif self.draw_mode:
            self.setCursor(Qt.CursorShape.CrossCursor)
        elif self.regions_editable and self.region_at(pos) is not None:
            self.setCursor(Qt.CursorShape.SizeAllCursor)
        else:
            self.setCursor(Qt.CursorShape.OpenHandCursor)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Del removes the selected rectangle, F2 renames it, Esc clears the selection."""
        key = event.key()
        if self._selected and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_requested.emit(self._selected)
        elif self._selected and key == Qt.Key.Key_F2:
            self.rename_requested.emit(self._selected)
        elif key == Qt.Key.Key_Escape and self._selected:
            self.select(None)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """Ask for the menu of the rectangle under the mouse."""
        hit = self.region_at(QPointF(event.pos())) if self.regions_editable else None
        if hit is not None:
            self.select(hit)
            self.menu_requested.emit(hit, event.globalPos())

    # -- painting --------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        """The picture, then every rectangle with its name."""
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(40, 40, 40))
        if self._pixmap is None:
            painter.setPen(QColor(220, 220, 220))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.message)
            return
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, self._scale < 2)
        painter.drawPixmap(self.image_rect(), self._pixmap, QRectF(self._pixmap.rect()))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint_lines(painter, [(self.to_widget(r), hit) for r, hit in self.text_lines])
        for region in self._regions:
            selected = region.key == self._selected
            rect = self.to_widget(self._shown_rect(region))
            paint_region(
                painter,
                rect,
                region.label,
                selected,
                self.regions_editable,
                dashed=region.detected,
            )
        if self._op is _Op.DRAW and self._live_rect is not None:
            painter.setPen(QPen(QColor(255, 210, 0), 2, Qt.PenStyle.DashLine))
            painter.drawRect(self.to_widget(self._live_rect))
