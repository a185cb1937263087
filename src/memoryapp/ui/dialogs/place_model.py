"""The place hierarchy as a small tree model, with item counts and drag-to-re-parent.

A drop does not move anything by itself: it emits ``reparent_requested`` and the manager
builds the undoable command (which refuses cycles). The tree repaints from the collection.
"""

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from memoryapp.core.errors import InvalidRecordError
from memoryapp.core.places import Place, ancestors
from memoryapp.core.text import isolate, search_key

_Index = QModelIndex | QPersistentModelIndex
PlaceIdRole = Qt.ItemDataRole.UserRole + 1
MIME = "application/x-memoryapp-place-ids"
NAME, KIND, HERE, TOTAL = range(4)
_HEADERS = (
    str(QT_TRANSLATE_NOOP("PlaceTreeModel", "Place")),
    str(QT_TRANSLATE_NOOP("PlaceTreeModel", "Kind")),
    str(QT_TRANSLATE_NOOP("PlaceTreeModel", "Items")),
    str(QT_TRANSLATE_NOOP("PlaceTreeModel", "With sub-places")),
)


class PlaceTreeModel(QAbstractItemModel):
    """Places under their parents, with item counts.

    Signals:
        reparent_requested(str, str): (place id, new parent id) after a drop; the parent is
            ``""`` for the top level.
    """

    reparent_requested = Signal(str, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._places: dict[str, Place] = {}
        self._ids: list[str] = []  # internal id -> place id
        self._key: dict[str, int] = {}
        self._children: dict[str | None, list[str]] = {}
        self._parent: dict[str, str | None] = {}
        self._here: dict[str, int] = {}
        self._total: dict[str, int] = {}
        self.kind_label: Callable[[str], str] = str  # the manager installs translations

    def set_places(self, places: Sequence[Place], counts: Mapping[str, int]) -> None:
        """Show ``places``; ``counts`` maps place id to items tagged with it directly."""
        self.beginResetModel()
        self._places = {p.id: p for p in places}
        self._ids = sorted(self._places)
        self._key = {pid: i for i, pid in enumerate(self._ids)}
        self._parent = {pid: self._effective_parent(p) for pid, p in self._places.items()}
        children: dict[str | None, list[str]] = {}
        for pid in self._ids:
            children.setdefault(self._parent[pid], []).append(pid)
        for ids in children.values():
            ids.sort(key=lambda pid: (search_key(self._places[pid].name), pid))
        self._children = children
        self._here = {pid: counts.get(pid, 0) for pid in self._ids}
        self._total = dict(self._here)
        for pid in self._ids:
            for ancestor in self._chain(pid):
                self._total[ancestor] += self._here[pid]
        self.endResetModel()

    def _effective_parent(self, place: Place) -> str | None:
        parent = place.parent_id
        if parent is None or parent not in self._places:
            return None
        try:
            ancestors(
                place.id, lambda pid: self._places[pid].parent_id if pid in self._places else None
            )
        except InvalidRecordError:
            return None  # a stored cycle (never written by memoryapp): show it at the top
        return parent

    def _chain(self, pid: str) -> list[str]:
        out, current = [], self._parent.get(pid)
        while current is not None:
            out.append(current)
            current = self._parent.get(current)
        return out

    def place(self, index: _Index) -> Place | None:
        """The place at ``index``."""
        pid = self._pid(index)
        return self._places.get(pid) if pid else None

    def places(self) -> dict[str, Place]:
        """Every place shown, by id."""
        return dict(self._places)

    def index_of(self, place_id: str) -> QModelIndex:
        """The index (column 0) of a place, or an invalid index."""
        if place_id not in self._places:
            return QModelIndex()
        siblings = self._children.get(self._parent[place_id], [])
        return self.createIndex(siblings.index(place_id), 0, self._key[place_id])

    def _pid(self, index: _Index) -> str | None:
        if not index.isValid():
            return None
        key = index.internalId()
        return self._ids[key] if 0 <= key < len(self._ids) else None

    # -- the tree --------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        """The child ``row`` of ``parent``."""
        siblings = self._children.get(self._pid(parent), [])
        if not (0 <= row < len(siblings) and 0 <= column < len(_HEADERS)):
            return QModelIndex()
        if parent.isValid() and parent.column() != 0:
            return QModelIndex()
        return self.createIndex(row, column, self._key[siblings[row]])

    def parent(self, index: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        """The parent place of ``index``."""
        pid = self._pid(index)
        if pid is None:
            return QModelIndex()
        up = self._parent.get(pid)
        return self.index_of(up) if up is not None else QModelIndex()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        """Sub-places of ``parent``."""
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children.get(self._pid(parent), []))

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        """Place, kind, items, with sub-places."""
        return len(_HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """Translated column titles."""
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(_HEADERS)
        ):
            return self.tr(_HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Name (other spellings in the tooltip), kind, counts, and the place id."""
        place = self.place(index)
        if place is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NAME:
                return place.name
            if column == KIND:
                return self.kind_label(place.kind)
            return self._here[place.id] if column == HERE else self._total[place.id]
        if role == PlaceIdRole:
            return place.id
        if role == Qt.ItemDataRole.ToolTipRole and column == NAME and len(place.names) > 1:
            return "\n".join(isolate(n.value) for n in place.names)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (HERE, TOTAL):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    # -- drag and drop ---------------------------------------------------------------------

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """Places can be dragged and dropped onto (and so can the empty space)."""
        base = Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        return (
            base
            | Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
        )

    def supportedDragActions(self) -> Qt.DropAction:
        """Moving only."""
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        """Moving only."""
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        """Our own type: place ids, one per line."""
        return [MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        """The dragged place ids."""
        ids = list(dict.fromkeys(pid for i in indexes if (pid := self._pid(i)) is not None))
        data = QMimeData()
        data.setData(MIME, QByteArray("\n".join(ids).encode("utf-8")))
        return data

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index
    ) -> bool:
        """Any of our own drags (the manager refuses cycles, saying why)."""
        return data.hasFormat(MIME) and action == Qt.DropAction.MoveAction

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index
    ) -> bool:
        """Ask for each dropped place to go under ``parent``.

        Returns False: the view must not remove rows itself; the tree is rebuilt from the
        collection once the command is applied.
        """
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        target = self._pid(parent) or ""
        for pid in bytes(data.data(MIME).data()).decode("utf-8").split("\n"):
            if pid in self._places and (self._places[pid].parent_id or "") != target:
                self.reparent_requested.emit(pid, target)
        return False
