"""The thumbnail grid: a QListView in icon mode with uniform cells, laid out in batches."""

from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QRegion,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from memoryapp.ui.i18n import direction_of
from memoryapp.ui.icons import icon
from memoryapp.ui.item_mime import ITEM_IDS_MIME, item_ids_of
from memoryapp.ui.item_model import (
    HasBackRole,
    LabelRole,
    PrivateRole,
    RatingRole,
    ThumbnailRole,
    ThumbStateRole,
)

_CAPTION_LINES = 2
_PAD = 6

_Index = QModelIndex | QPersistentModelIndex

LABEL_COLOURS: dict[str, QColor] = {
    "red": QColor("#d7263d"),
    "orange": QColor("#f08a24"),
    "yellow": QColor("#f2c614"),
    "green": QColor("#3a9d23"),
    "blue": QColor("#2f6fd6"),
    "purple": QColor("#8e44ad"),
    "grey": QColor("#8a8a8a"),
}
"""How each colour label is drawn (a dot on the thumbnail)."""


def caption_lines(text: str, font: QFont, width: int, lines: int = _CAPTION_LINES) -> list[str]:
    """A caption in at most ``lines`` lines of ``width`` pixels, wrapped between words.

    The last line ends in "…" when the title goes on; no line is cut through the middle.
    """
    metrics = QFontMetrics(font)
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    out: list[str] = []
    layout.beginLayout()
    while len(out) < lines:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        start = line.textStart()
        if len(out) == lines - 1:  # the last line shown takes the rest, elided
            out.append(metrics.elidedText(text[start:].strip(), Qt.TextElideMode.ElideRight, width))
        else:
            out.append(text[start : start + line.textLength()].strip())
    layout.endLayout()
    return [t for t in out if t]


class ThumbnailDelegate(QStyledItemDelegate):
    """Paints a thumbnail centred in a fixed square, a caption under it, a lock if private."""

    def __init__(self, thumb_size: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.thumb_size = thumb_size

    def cell_size(self, option_height: int) -> QSize:
        """The grid cell for the current thumbnail size and a font ``option_height`` tall."""
        return QSize(self.thumb_size + 2 * _PAD, self.thumb_size + 3 * _PAD + 2 * option_height)

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        return self.cell_size(option.fontMetrics.height())

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        rect: QRect = option.rect
        palette: QPalette = option.palette
        state = option.state
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        selected = bool(state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
            painter.drawRoundedRect(rect.adjusted(2, 2, -2, -2), 6, 6)
        box = QRect(rect.x() + _PAD, rect.y() + _PAD, self.thumb_size, self.thumb_size)
        self._paint_picture(painter, box, index, palette)
        if index.data(PrivateRole):
            badge = max(16, self.thumb_size // 7)
            corner = QRect(box.right() - badge - 2, box.top() + 2, badge, badge)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(255, 255, 255, 220))
            painter.drawEllipse(corner.adjusted(-2, -2, 2, 2))
            icon("private").paint(painter, corner)
        painter.save()  # the stars' font and pens stay with the stars
        self._paint_marks(painter, box, index)
        painter.restore()
        text_rect = QRect(
            rect.x() + _PAD // 2,
            box.bottom() + _PAD,
            rect.width() - _PAD,
            rect.bottom() - box.bottom() - _PAD,
        )
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(palette.color(role))
        caption = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        metrics = option.fontMetrics
        line = QRect(text_rect.x(), text_rect.y(), text_rect.width(), metrics.height())
        painter.setLayoutDirection(direction_of(caption))  # a Latin title in a Hebrew UI: LTR
        for text in caption_lines(caption, option.font, text_rect.width()):
            painter.drawText(line, int(Qt.AlignmentFlag.AlignHCenter), text)
            line.translate(0, metrics.height())
        painter.restore()

    def _paint_marks(self, painter: QPainter, box: QRect, index: _Index) -> None:
        """The rating as stars at the picture's bottom left, the colour label as a dot."""
        stars = int(index.data(RatingRole) or 0)
        colour = LABEL_COLOURS.get(str(index.data(LabelRole) or ""))
        height = max(14, self.thumb_size // 9)
        strip = QRect(box.left() + 2, box.bottom() - height - 1, box.width() - 4, height)
        if stars:
            font = painter.font()
            font.setPixelSize(height - 2)
            painter.setFont(font)
            text = "\u2605" * stars
            width = QFontMetrics(font).horizontalAdvance(text) + 6
            back = QRect(strip.left(), strip.top(), width, height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(0, 0, 0, 150))
            painter.drawRoundedRect(back, 3, 3)
            painter.setPen(QColor("#ffd24a"))
            painter.drawText(back, int(Qt.AlignmentFlag.AlignCenter), text)
        if colour is not None:
            dot = QRect(strip.right() - height, strip.top(), height, height)
            painter.setPen(QColor(255, 255, 255, 230))
            painter.setBrush(colour)
            painter.drawEllipse(dot.adjusted(1, 1, -1, -1))
        if index.data(HasBackRole):  # two sheets at the top left: the print has its back
            sheet = QRect(box.left() + 4, box.top() + 4, height - 2, height + 2)
            painter.setPen(QColor(60, 60, 60, 220))
            for offset, fill in ((4, QColor(225, 225, 225, 235)), (0, QColor(255, 255, 255, 245))):
                painter.setBrush(fill)
                painter.drawRect(sheet.translated(offset, offset))

    def _paint_picture(
        self, painter: QPainter, box: QRect, index: _Index, palette: QPalette
    ) -> None:
        pixmap = index.data(ThumbnailRole)
        if pixmap is not None and not pixmap.isNull():
            size = pixmap.size().scaled(box.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRect(0, 0, size.width(), size.height())
            target.moveCenter(box.center())
            painter.drawPixmap(target, pixmap)
            painter.setPen(QColor(0, 0, 0, 40))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(target.adjusted(0, 0, -1, -1))
            return
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.color(QPalette.ColorRole.AlternateBase).darker(104))
        painter.drawRoundedRect(box.adjusted(4, 4, -4, -4), 4, 4)
        state = index.data(ThumbStateRole)
        if state in ("failed", "missing"):
            mark = box.width() // 3
            target = QRect(0, 0, mark, mark)
            target.moveCenter(box.center())
            icon("broken").paint(painter, target)


class ThumbnailGrid(QListView):
    """The big grid. Enter or a double-click asks to open the current item.

    Items dragged from the grid can be dropped on another thumbnail (to attach a back);
    other drops (files from a file manager) are left to the window.

    Signals:
        open_requested(QModelIndex): the user wants the large viewer for this item.
        items_dropped(list, QModelIndex): items (their IDs) were dropped on this item.
    """

    open_requested = Signal(QModelIndex)
    items_dropped = Signal(list, QModelIndex)

    def __init__(self, thumb_size: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("grid")
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setUniformItemSizes(True)
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(200)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionRectVisible(True)
        self.setWordWrap(True)
        self.setSpacing(2)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setDragEnabled(True)  # items can be dropped on a film's scene
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setAcceptDrops(True)  # a thumbnail dropped on another: its back (items_dropped)
        self._delegate = ThumbnailDelegate(thumb_size, self)
        self.setItemDelegate(self._delegate)
        self.set_thumb_size(thumb_size)
        self.doubleClicked.connect(self.open_requested)
        self._placeholder = ""

    def set_placeholder(self, text: str) -> None:
        """What to say when there is nothing to show (an empty collection, no match)."""
        self._placeholder = text
        self.viewport().update()

    def placeholder(self) -> str:
        """The text shown when the grid is empty."""
        return self._placeholder

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if self._placeholder and (model is None or model.rowCount() == 0):
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            area = self.viewport().rect().adjusted(40, 40, -40, -40)
            flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
            painter.drawText(area, int(flags), self._placeholder)
            painter.end()

    def selectAll(self) -> None:
        """Select every item as one range.

        Qt's own asks the model for its row count four times per row, looking for hidden
        rows (0.3 s at 100,000 items); the grid hides none.
        """
        model, selection = self.model(), self.selectionModel()
        if model is None or selection is None or model.rowCount() == 0:
            return
        every = QItemSelection(model.index(0, 0), model.index(model.rowCount() - 1, 0))
        selection.select(every, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def visualRegionForSelection(self, selection: QItemSelection) -> QRegion:
        """The whole viewport, repainted when the selection changes.

        Qt's own visits every selected row (0.2 s for 100,000 items) to repaint the few
        that show.
        """
        return QRegion(self.viewport().rect())

    def set_thumb_size(self, size: int) -> None:
        """Change the thumbnail size (cells and scroll step follow)."""
        self._delegate.thumb_size = size
        cell = self._delegate.cell_size(self.fontMetrics().height())
        self.setGridSize(cell)
        self.setIconSize(QSize(size, size))
        self.verticalScrollBar().setSingleStep(max(20, cell.height() // 3))
        self.doItemsLayout()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        opens = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
        plain = event.modifiers() == Qt.KeyboardModifier.NoModifier
        if (
            event.key() in opens
            and (plain or event.key() != Qt.Key.Key_Space)
            and self.currentIndex().isValid()
        ):
            self.open_requested.emit(self.currentIndex())
            return
        super().keyPressEvent(event)

    # -- items dropped on a thumbnail: the window asks whether to attach a back ----------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(ITEM_IDS_MIME):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()  # files from a file manager: the window imports them

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        target = self.indexAt(event.position().toPoint())
        if event.mimeData().hasFormat(ITEM_IDS_MIME) and target.isValid():
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept(self.visualRect(target))
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        target = self.indexAt(event.position().toPoint())
        ids = item_ids_of(event.mimeData())
        if not ids or not target.isValid():
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.items_dropped.emit(ids, QModelIndex(target))
