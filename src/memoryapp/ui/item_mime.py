"""Dragging items: their IDs as mime data, from the grid to a film's scene (or a test)."""

from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QMimeData

ITEM_IDS_MIME = "application/x-memoryapp-item-ids"
"""Mime type of dragged items: their IDs as UTF-8 text, one a line."""


def item_ids_mime(item_ids: Sequence[str]) -> QMimeData:
    """Mime data carrying item IDs, as the grid (or a test) would drag them."""
    data = QMimeData()
    data.setData(ITEM_IDS_MIME, QByteArray("\n".join(item_ids).encode("utf-8")))
    return data


def item_ids_of(data: QMimeData) -> list[str]:
    """The item IDs in dragged mime data (none when it carries no items)."""
    if not data.hasFormat(ITEM_IDS_MIME):
        return []
    text = bytes(data.data(ITEM_IDS_MIME).data()).decode("utf-8", errors="replace")
    return [line.strip() for line in text.splitlines() if line.strip()]
