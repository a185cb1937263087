"""How the lines of a page's text look over the picture: faint boxes, a search hit marked."""

from collections.abc import Sequence

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from memoryapp.core.items import Item
from memoryapp.core.orientation import rect_to_display
from memoryapp.core.texts import matching_lines

LINE = QColor(80, 160, 255, 110)
HIT_FILL = QColor(255, 214, 0, 90)
HIT_EDGE = QColor(255, 170, 0)


def paint_lines(painter: QPainter, lines: Sequence[tuple[QRectF, bool]]) -> None:
    """Draw text-line boxes (widget coordinates); hits filled and outlined in yellow."""
    for rect, hit in lines:
        if hit:
            painter.setPen(QPen(HIT_EDGE, 2))
            painter.setBrush(HIT_FILL)
        else:
            painter.setPen(QPen(LINE, 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect.adjusted(-2, -3, 2, 3))  # around ascenders and descenders


def page_lines(
    item: Item, page: int, words: Sequence[str], *, turned: bool
) -> list[tuple[QRectF, bool]]:
    """The lines of a page of the item's first file as upright rectangles, hits marked.

    ``turned``: the picture shown is the item's file turned by its orientation (a plain
    picture); a rendered document page is shown as the lines were read.
    """
    texts = [t for t in item.texts if t.file == 0 and t.page == page]  # the page, its regions
    hits = {id(line) for t in texts for line in matching_lines(t, words)} if words else set()
    orientation = item.orientation if turned else 1
    out = []
    for line in (line for t in texts for line in t.lines):
        b = line.box
        x, y, w, h = rect_to_display(b.x, b.y, b.w, b.h, orientation)
        out.append((QRectF(x, y, w, h), id(line) in hits))
    return out
