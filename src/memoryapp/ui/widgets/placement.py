"""Put a small dialog beside what it is about (the face just drawn), never on top of it."""

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QWidget

GAP = 12


def place_beside(dialog: QWidget, target: QRect) -> None:
    """Move ``dialog`` next to ``target`` (global coordinates) on its screen.

    Right of the target first, then left, below, above (each slid along the other axis to
    stay on screen); where none fits, the place that hides the least of the target.
    """
    screen = dialog.screen()
    area = screen.availableGeometry() if screen is not None else QRect(0, 0, 10**5, 10**5)
    frame = dialog.frameGeometry().size()
    w, h = frame.width(), frame.height()

    def clamp(value: int, low: int, high: int) -> int:
        return max(low, min(value, high))

    y = clamp(target.center().y() - h // 2, area.top(), area.bottom() + 1 - h)
    x = clamp(target.center().x() - w // 2, area.left(), area.right() + 1 - w)
    places = [
        QPoint(target.right() + 1 + GAP, y),
        QPoint(target.left() - GAP - w, y),
        QPoint(x, target.bottom() + 1 + GAP),
        QPoint(x, target.top() - GAP - h),
    ]
    inside = [
        QPoint(
            clamp(p.x(), area.left(), area.right() + 1 - w),
            clamp(p.y(), area.top(), area.bottom() + 1 - h),
        )
        for p in places
    ]

    def hidden(p: QPoint) -> int:
        overlap = QRect(p, frame).intersected(target)
        return overlap.width() * overlap.height() if not overlap.isEmpty() else 0

    best = min(inside, key=hidden)  # min keeps the first of equals: right, left, below, above
    dialog.move(best - (dialog.frameGeometry().topLeft() - dialog.pos()))
