"""The scene list (a drop target for items) and the horizontal strip of linked items."""

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QFrame, QListView, QWidget

from memoryapp.ui.films.delegates import CandidateDelegate, SceneDelegate, StripDelegate
from memoryapp.ui.item_mime import ITEM_IDS_MIME, item_ids_of

STRIP_THUMB = 112


class SceneListView(QListView):
    """Scenes, one a row; item IDs dropped anywhere on a row go to that row's scene.

    Qt's own drop logic treats the top and bottom edges of a row as "between rows"; here the
    whole row is the target, so the drop goes to ``model().dropMimeData`` with the row's index.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filmScenes")
        self.setItemDelegate(SceneDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformItemSizes(True)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setDropIndicatorShown(True)
        self.setAlternatingRowColors(False)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(ITEM_IDS_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        if index.isValid() and event.mimeData().hasFormat(ITEM_IDS_MIME):
            self.setCurrentIndex(index)  # the row lights up under the pointer
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        data = event.mimeData()
        model = self.model()
        if model is None or not index.isValid() or not item_ids_of(data):
            event.ignore()
            return
        if model.dropMimeData(data, Qt.DropAction.LinkAction, -1, -1, index):
            event.setDropAction(Qt.DropAction.LinkAction)
            event.accept()
        else:
            event.ignore()


class LinkStripView(QListView):
    """Linked items as a single row of tiles that scrolls sideways."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filmStrip")
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(False)
        self.setMovement(QListView.Movement.Static)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(True)
        self.setSpacing(4)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        delegate = StripDelegate(STRIP_THUMB, self)
        self.setItemDelegate(delegate)
        tile = STRIP_THUMB + 2 * self.fontMetrics().height() + 24  # StripDelegate.sizeHint
        self.setFixedHeight(tile + self.horizontalScrollBar().sizeHint().height() + 12)

    def sizeHint(self) -> QSize:
        return QSize(600, self.height())


class CandidateView(QListView):
    """Answers of "find material", two lines each: the item and why it fits."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filmCandidates")
        self.setItemDelegate(CandidateDelegate(self))
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
