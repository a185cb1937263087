"""Qt list model over item IDs: rows are fetched lazily, only for what a view asks about.

The model holds the ordered IDs a search returned and nothing else up front. ``data()`` asks
``fetch_row`` for one row when a view paints it and keeps a bounded cache; thumbnails are
requested from the ``ThumbnailLoader`` on a cache miss and repainted when they arrive.
Selection code reads ``index.data(ItemIdRole)``, never the row number.
"""

from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from memoryapp.core.ids import ItemId
from memoryapp.ui.item_mime import ITEM_IDS_MIME, item_ids_mime
from memoryapp.ui.thumbnails import ThumbnailLoader

ItemIdRole = Qt.ItemDataRole.UserRole + 1  # proxy-safe way to get the ID back
ThumbnailRole = Qt.ItemDataRole.UserRole + 2  # QPixmap, or None while it loads
PrivateRole = Qt.ItemDataRole.UserRole + 3  # bool: the item is marked private
ThumbStateRole = Qt.ItemDataRole.UserRole + 4  # "ready", "loading", "missing" or "failed"
RatingRole = Qt.ItemDataRole.UserRole + 5  # int: stars, 0-5
LabelRole = Qt.ItemDataRole.UserRole + 6  # str: colour label ("none", "red"...)
HasBackRole = Qt.ItemDataRole.UserRole + 17  # bool: a print with its back among its views

ROW_CACHE = 4096

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class ItemRow:
    """What the grid shows of one item (built on demand by ``fetch_row``)."""

    caption: str
    tooltip: str = ""
    thumbnail: Path | None = None
    private: bool = False
    rating: int = 0
    label: str = "none"
    has_back: bool = False


class ItemListModel(QAbstractListModel):
    """Holds only the ordered ID list; asks ``fetch_row`` for what is on screen."""

    def __init__(
        self,
        fetch_row: Callable[[ItemId], ItemRow],
        loader: ThumbnailLoader | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._fetch_row = fetch_row
        self._loader = loader
        self._ids: list[ItemId] = []
        self._row_of: dict[str, int] | None = None
        self._rows: OrderedDict[str, ItemRow] = OrderedDict()
        if loader is not None:
            loader.thumbnail_ready.connect(self._on_loader_thumbnail)
            loader.thumbnail_failed.connect(self._on_loader_thumbnail)

    # -- the IDs ---------------------------------------------------------------------------

    def ids(self) -> list[ItemId]:
        """The IDs shown, in order (a copy)."""
        return list(self._ids)

    def id_at(self, row: int) -> ItemId:
        """The ID on ``row``."""
        return self._ids[row]

    def row_of(self, item_id: str) -> int | None:
        """The row showing ``item_id``, or None."""
        if self._row_of is None:
            self._row_of = {str(item_id): row for row, item_id in enumerate(self._ids)}
        return self._row_of.get(str(item_id))

    def set_ids(self, ids: Sequence[ItemId]) -> None:
        """Show exactly these items in this order (the result of a core search)."""
        self.beginResetModel()
        self._ids = list(ids)
        self._row_of = None
        self._rows.clear()
        if self._loader is not None:
            self._loader.cancel_all()
        self.endResetModel()

    def update_ids(self, ids: Sequence[ItemId], changed: Iterable[str] = ()) -> None:
        """Move to a new result with as little disturbance as possible.

        The same IDs repaint only the ``changed`` rows; IDs appended at the end are inserted;
        anything else resets the model.
        """
        new = list(ids)
        old = self._ids
        if new == old:
            self.refresh(changed)
            return
        if len(new) > len(old) and new[: len(old)] == old:
            self.refresh(changed)
            self.beginInsertRows(QModelIndex(), len(old), len(new) - 1)
            self._ids = new
            self._row_of = None
            self.endInsertRows()
            return
        self.set_ids(new)

    def refresh(self, changed: Iterable[str]) -> None:
        """Drop cached rows of ``changed`` items and repaint only those rows."""
        changed = set(changed)
        if not changed:
            return
        if self._loader is not None:
            self._loader.forget(changed)
        for item_id in changed:
            self._rows.pop(item_id, None)
            row = self.row_of(item_id)
            if row is not None:
                index = self.index(row, 0)
                self.dataChanged.emit(index, index)

    def clear_cache(self) -> None:
        """Forget every fetched row (e.g. after people were renamed) and repaint."""
        self._rows.clear()
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, 0))

    # -- Qt model API ----------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def mimeTypes(self) -> list[str]:
        return [ITEM_IDS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        return item_ids_mime([self._ids[r] for r in rows if 0 <= r < len(self._ids)])

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        item_id = self._ids[index.row()]
        if role == ItemIdRole:
            return item_id
        if role not in _ROW_ROLES:
            return None
        row = self._row(item_id)
        if role == Qt.ItemDataRole.DisplayRole:
            return row.caption
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.tooltip or row.caption
        if role == PrivateRole:
            return row.private
        if role == ThumbStateRole:
            return self._thumb_state(item_id, row)
        if role == RatingRole:
            return row.rating
        if role == LabelRole:
            return row.label
        if role == HasBackRole:
            return row.has_back
        return self._thumbnail(item_id, row)  # ThumbnailRole

    def _row(self, item_id: ItemId) -> ItemRow:
        row = self._rows.get(item_id)
        if row is None:
            row = self._rows[item_id] = self._fetch_row(item_id)
            if len(self._rows) > ROW_CACHE:
                self._rows.popitem(last=False)
        else:
            self._rows.move_to_end(item_id)
        return row

    def _thumbnail(self, item_id: ItemId, row: ItemRow) -> Any:
        if self._loader is None or row.thumbnail is None:
            return None
        pixmap = self._loader.pixmap(item_id)
        if pixmap is None:
            self._loader.request(item_id, row.thumbnail)
        return pixmap

    def _thumb_state(self, item_id: ItemId, row: ItemRow) -> str:
        if row.thumbnail is None:
            return "missing"
        if self._loader is None:
            return "loading"
        if self._loader.has_failed(item_id):
            return "failed"
        return "ready" if self._loader.pixmap(item_id) is not None else "loading"

    def _on_loader_thumbnail(self, item_id: str, *_reason: str) -> None:
        row = self.row_of(item_id)
        if row is not None:
            index = self.index(row, 0)
            self.dataChanged.emit(index, index, [ThumbnailRole, ThumbStateRole])


_ROW_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        ThumbnailRole,
        PrivateRole,
        ThumbStateRole,
        RatingRole,
        LabelRole,
        HasBackRole,
    }
)
