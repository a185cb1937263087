"""How a face rectangle looks (outline, name tag, handles) and how dragging reshapes it.

Names are wrapped in Unicode isolates, so a Hebrew or Arabic name keeps its order next to
Latin text and punctuation.
"""

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from memoryapp.core.ids import PersonId
from memoryapp.core.items import Item, Region
from memoryapp.core.text import isolate

HANDLE = 8.0  # handle size in screen pixels
NORMAL = QColor(255, 255, 255)
SELECTED = QColor(255, 210, 0)
_SHADOW = QColor(0, 0, 0, 160)
_TAG = QColor(0, 0, 0, 180)


@dataclass(frozen=True, slots=True)
class RegionView:
    """One face rectangle as shown: its face key, the label text, normalized display rect.

    A ``detected`` face (found, not named yet) is drawn dashed, cannot be dragged, and shows
    ``hint`` (its best suggestion) when the mouse rests on it.
    """

    key: str
    label: str
    rect: QRectF
    detected: bool = False
    hint: str = ""


EDGE_CURSORS = {
    "tl": Qt.CursorShape.SizeFDiagCursor,
    "br": Qt.CursorShape.SizeFDiagCursor,
    "tr": Qt.CursorShape.SizeBDiagCursor,
    "bl": Qt.CursorShape.SizeBDiagCursor,
    "t": Qt.CursorShape.SizeVerCursor,
    "b": Qt.CursorShape.SizeVerCursor,
    "l": Qt.CursorShape.SizeHorCursor,
    "r": Qt.CursorShape.SizeHorCursor,
}


def faces_of(item: Item) -> dict[str, tuple[PersonId, Region]]:
    """The face rectangles of an item by face key, in tag order.

    A person's first face has the person id as key, their other faces ``id#1``, ``id#2``...
    """
    seen: dict[PersonId, int] = {}
    faces: dict[str, tuple[PersonId, Region]] = {}
    for tag in item.people:
        if tag.region is None:
            continue
        n = seen.get(tag.person_id, 0)
        seen[tag.person_id] = n + 1
        faces[tag.person_id if n == 0 else f"{tag.person_id}#{n}"] = (tag.person_id, tag.region)
    return faces


def moved_rect(start: QRectF, dx: float, dy: float) -> QRectF:
    """``start`` (normalized) moved by (dx, dy), kept inside the picture."""
    rect = QRectF(start)
    x = min(max(rect.x() + dx, 0.0), 1.0 - rect.width())
    y = min(max(rect.y() + dy, 0.0), 1.0 - rect.height())
    rect.moveTo(x, y)
    return rect


def resized_rect(start: QRectF, edge: str, point: QPointF) -> QRectF:
    """``start`` (normalized) with the sides named in ``edge`` ("tl", "r"...) at ``point``.

    Dragging a side past the opposite one flips the rectangle rather than inverting it.
    """
    left, top, right, bottom = start.left(), start.top(), start.right(), start.bottom()
    if "l" in edge:
        left = point.x()
    if "r" in edge:
        right = point.x()
    if "t" in edge:
        top = point.y()
    if "b" in edge:
        bottom = point.y()
    return QRectF(QPointF(left, top), QPointF(right, bottom)).normalized()


def handles(rect: QRectF) -> dict[str, QPointF]:
    """The eight resize handles of ``rect``: corners and edge middles, by compass name."""
    cx, cy = rect.center().x(), rect.center().y()
    return {
        "tl": rect.topLeft(),
        "t": QPointF(cx, rect.top()),
        "tr": rect.topRight(),
        "r": QPointF(rect.right(), cy),
        "br": rect.bottomRight(),
        "b": QPointF(cx, rect.bottom()),
        "bl": rect.bottomLeft(),
        "l": QPointF(rect.left(), cy),
    }


def label_box(painter: QPainter, rect: QRectF, label: str) -> QRectF:
    """Where the name tag of ``rect`` goes: above it, or below when there is no room."""
    metrics = painter.fontMetrics()
    width = metrics.horizontalAdvance(isolate(label)) + 10
    height = metrics.height() + 4
    top = rect.top() - height - 2
    if top < 0:
        top = rect.bottom() + 2
    return QRectF(rect.left(), top, width, height)


def paint_region(
    painter: QPainter,
    rect: QRectF,
    label: str,
    selected: bool,
    editable: bool,
    *,
    dashed: bool = False,
) -> None:
    """Draw one face rectangle (widget coordinates) with its name and, if selected, handles.

    ``dashed``: a detected face not named yet.
    """
    colour = SELECTED if selected else NORMAL
    style = Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(_SHADOW, 4, style))
    painter.drawRect(rect)
    painter.setPen(QPen(colour, 2, style))
    painter.drawRect(rect)
    if label:
        box = label_box(painter, rect, label)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_TAG)
        painter.drawRoundedRect(box, 3, 3)
        painter.setPen(colour)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, isolate(label))
    if selected and editable:
        painter.setPen(QPen(QColor(0, 0, 0), 1))
        painter.setBrush(colour)
        half = HANDLE / 2
        for point in handles(rect).values():
            painter.drawRect(QRectF(point.x() - half, point.y() - half, HANDLE, HANDLE))
