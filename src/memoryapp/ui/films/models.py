"""Qt list models of the Films panel: scenes, a scene's linked items, and candidates.

Each model holds a tuple of immutable rows from a :class:`FilmSnapshot` (a film has tens of
scenes and links, not thousands) and answers by role. The scene model accepts drops of item
IDs and reports them; the panel turns them into links.
"""

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from memoryapp.core.films import SceneLink
from memoryapp.ui.films.snapshot import CandidateFace, ItemFace, SceneSummary
from memoryapp.ui.item_mime import ITEM_IDS_MIME, item_ids_of
from memoryapp.ui.item_model import ItemIdRole, ThumbnailRole
from memoryapp.ui.thumbnails import ThumbnailLoader

SceneIdRole = Qt.ItemDataRole.UserRole + 20
StatusRole = Qt.ItemDataRole.UserRole + 21  # SceneStatus (Qt hands it back as str)
CountsRole = Qt.ItemDataRole.UserRole + 22  # (linked, on screen, uncleared)
NumberRole = Qt.ItemDataRole.UserRole + 23
LinkIdRole = Qt.ItemDataRole.UserRole + 24
LinkRoleRole = Qt.ItemDataRole.UserRole + 25  # LinkRole
ClearanceRole = Qt.ItemDataRole.UserRole + 26  # Clearance
ReasonsRole = Qt.ItemDataRole.UserRole + 27  # the candidate's reasons as one line
ScoreRole = Qt.ItemDataRole.UserRole + 28
TitleRole = Qt.ItemDataRole.UserRole + 29

_Index = QModelIndex | QPersistentModelIndex
_ROW_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
)


class _RowsModel(QAbstractListModel):
    """A flat list of immutable rows, replaced whole."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[Any, ...] = ()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        return _ROW_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def _set(self, rows: tuple[Any, ...]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def _row_at(self, index: _Index) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        if not 0 <= index.row() < len(self._rows):
            return None
        return self._rows[index.row()]


class SceneListModel(_RowsModel):
    """The scenes of a film; item IDs dropped on a row are reported by ``items_dropped``.

    Signals:
        items_dropped(str, list): a scene ID and the item IDs dropped on it.
    """

    items_dropped = Signal(str, list)

    def set_scenes(self, scenes: tuple[SceneSummary, ...]) -> None:
        """Show these scenes."""
        self._set(scenes)

    def row_of(self, scene_id: str) -> int | None:
        """The row of a scene, or None."""
        return next((n for n, s in enumerate(self._rows) if s.scene.id == scene_id), None)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row: SceneSummary | None = self._row_at(index)
        if row is None:
            return None
        scene = row.scene
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{scene.number}. {scene.title}" if scene.title else scene.number
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(t for t in (scene.title, scene.synopsis, scene.wishlist) if t)
        if role == SceneIdRole:
            return scene.id
        if role == NumberRole:
            return scene.number
        if role == TitleRole:
            return scene.title
        if role == StatusRole:
            return scene.status
        if role == CountsRole:
            return (row.linked, row.on_screen, row.uncleared)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _ROW_FLAGS | Qt.ItemFlag.ItemIsDropEnabled

    def mimeTypes(self) -> list[str]:
        return [ITEM_IDS_MIME]

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction | Qt.DropAction.LinkAction

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index
    ) -> bool:
        return self._row_at(parent) is not None and bool(item_ids_of(data))

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index
    ) -> bool:
        summary: SceneSummary | None = self._row_at(parent)
        ids = item_ids_of(data)
        if summary is None or not ids or action == Qt.DropAction.IgnoreAction:
            return False
        self.items_dropped.emit(str(summary.scene.id), ids)
        return True


class LinkStripModel(_RowsModel):
    """The items linked to one scene, with their thumbnails."""

    def __init__(self, loader: ThumbnailLoader | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._loader = loader
        if loader is not None:
            loader.thumbnail_ready.connect(self._on_thumbnail)

    def set_links(self, links: Sequence[tuple[SceneLink, ItemFace]]) -> None:
        """Show these links (each with its item's face)."""
        self._set(tuple(links))

    def link_at(self, row: int) -> SceneLink:
        """The link on ``row``."""
        link: SceneLink = self._rows[row][0]
        return link

    def row_of(self, link_id: str) -> int | None:
        """The row of a link, or None."""
        return next((n for n, (k, _f) in enumerate(self._rows) if k.id == link_id), None)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self._row_at(index)
        if row is None:
            return None
        link, face = row
        if role == Qt.ItemDataRole.DisplayRole:
            return face.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return face.title
        if role == ItemIdRole:
            return link.item_id
        if role == LinkIdRole:
            return link.id
        if role == LinkRoleRole:
            return link.role
        if role == ClearanceRole:
            return link.clearance
        if role == ThumbnailRole:
            return _thumbnail(self._loader, link.item_id, face)
        return None

    def _on_thumbnail(self, item_id: str) -> None:
        for n, (link, _face) in enumerate(self._rows):
            if link.item_id == item_id:
                index = self.index(n, 0)
                self.dataChanged.emit(index, index, [ThumbnailRole])


class CandidateModel(_RowsModel):
    """Answers of "find material", best first, each with the reasons it fits."""

    def __init__(self, loader: ThumbnailLoader | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._loader = loader
        if loader is not None:
            loader.thumbnail_ready.connect(self._on_thumbnail)

    def set_candidates(self, candidates: Sequence[CandidateFace]) -> None:
        """Show these candidates."""
        self._set(tuple(candidates))

    def remove_item(self, item_id: str) -> None:
        """Drop the candidate of an item (it was just linked)."""
        for n, row in enumerate(self._rows):
            if row.candidate.item_id == item_id:
                self.beginRemoveRows(QModelIndex(), n, n)
                self._rows = self._rows[:n] + self._rows[n + 1 :]
                self.endRemoveRows()
                return

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row: CandidateFace | None = self._row_at(index)
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return row.face.title
        if role in (ReasonsRole, Qt.ItemDataRole.ToolTipRole):
            return row.candidate.summary
        if role == ItemIdRole:
            return row.candidate.item_id
        if role == ScoreRole:
            return row.candidate.score
        if role == ThumbnailRole:
            return _thumbnail(self._loader, row.candidate.item_id, row.face)
        return None

    def _on_thumbnail(self, item_id: str) -> None:
        for n, row in enumerate(self._rows):
            if row.candidate.item_id == item_id:
                index = self.index(n, 0)
                self.dataChanged.emit(index, index, [ThumbnailRole])


def _thumbnail(loader: ThumbnailLoader | None, item_id: str, face: ItemFace) -> Any:
    if loader is None or face.thumbnail is None:
        return None
    pixmap = loader.pixmap(item_id)
    if pixmap is None:
        loader.request(item_id, face.thumbnail)
    return pixmap
