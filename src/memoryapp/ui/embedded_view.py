"""What the file said about itself at import (EXIF, XMP, IPTC): read-only, for reference.

The family's catalogue is edited above it in the details panel; this part never changes, so
one can always see what the camera or the scanning software wrote.
"""

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from memoryapp.core.items import MediaFile
from memoryapp.ui.i18n import QT_TRANSLATE_NOOP, follow_text_direction


def _t(text: str) -> str:
    return QCoreApplication.translate("EmbeddedView", text)


_LABELS: tuple[tuple[str, str], ...] = (
    ("title", QT_TRANSLATE_NOOP("EmbeddedView", "Title")),
    ("description", QT_TRANSLATE_NOOP("EmbeddedView", "Description")),
    ("taken", QT_TRANSLATE_NOOP("EmbeddedView", "Taken")),
    ("digitized", QT_TRANSLATE_NOOP("EmbeddedView", "Digitized")),
    ("keywords", QT_TRANSLATE_NOOP("EmbeddedView", "Keywords")),
    ("hierarchical", QT_TRANSLATE_NOOP("EmbeddedView", "Keyword paths")),
    ("people", QT_TRANSLATE_NOOP("EmbeddedView", "People named")),
    ("city", QT_TRANSLATE_NOOP("EmbeddedView", "City")),
    ("country", QT_TRANSLATE_NOOP("EmbeddedView", "Country")),
    ("creator", QT_TRANSLATE_NOOP("EmbeddedView", "Creator")),
    ("rights", QT_TRANSLATE_NOOP("EmbeddedView", "Rights")),
    ("make", QT_TRANSLATE_NOOP("EmbeddedView", "Camera make")),
    ("model", QT_TRANSLATE_NOOP("EmbeddedView", "Camera model")),
    ("sidecar", QT_TRANSLATE_NOOP("EmbeddedView", "Sidecar file")),
)


def describe_file(media: MediaFile) -> list[tuple[str, str]]:
    """Rows about the stored file: name, format, pixel size, bytes, managed or linked."""
    rows = [
        (
            QCoreApplication.translate("EmbeddedView", "File name"),
            media.original_name or media.path.rsplit("/", 1)[-1],
        ),
        (QCoreApplication.translate("EmbeddedView", "Format"), media.format.upper()),
    ]
    if media.width and media.height:
        rows.append(
            (
                QCoreApplication.translate("EmbeddedView", "Pixels"),
                f"{media.width} \N{MULTIPLICATION SIGN} {media.height}",
            )
        )
    if media.pages > 1:
        rows.append((QCoreApplication.translate("EmbeddedView", "Pages"), str(media.pages)))
    rows.append((QCoreApplication.translate("EmbeddedView", "Size"), _size(media.size)))
    if media.damaged:
        rows.append((QCoreApplication.translate("EmbeddedView", "Picture damaged"), media.damaged))
    rows.append(
        (
            QCoreApplication.translate("EmbeddedView", "Stored"),
            QCoreApplication.translate("EmbeddedView", "linked where it lies")
            if media.linked
            else QCoreApplication.translate("EmbeddedView", "copied into the collection"),
        )
    )
    return rows


def describe_embedded(data: Mapping[str, Any] | None) -> list[tuple[str, str]]:
    """Rows of embedded metadata worth showing, in a fixed order (empty values left out)."""
    if not data:
        return []
    part = data.get("file") or {}
    rows: list[tuple[str, str]] = []
    for key, label in _LABELS:
        value = part.get(key)
        if value in (None, "", []):
            continue
        text = ", ".join(str(v) for v in value) if isinstance(value, list) else str(value)
        rows.append((_t(label), text))
    lat, lon = part.get("lat"), part.get("lon")
    if isinstance(lat, int | float) and isinstance(lon, int | float):
        rows.append((QCoreApplication.translate("EmbeddedView", "GPS"), f"{lat:.5f}, {lon:.5f}"))
    regions = part.get("regions") or []
    if regions:
        rows.append((QCoreApplication.translate("EmbeddedView", "Face regions"), str(len(regions))))
    return rows


class EmbeddedView(QWidget):
    """A form of read-only rows; text can be selected and copied."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._form = QFormLayout(self)
        self._form.setContentsMargins(0, 0, 0, 0)
        self._form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading)
        self._form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)

    def set_rows(self, rows: list[tuple[str, str]]) -> None:
        """Show these (label, value) rows."""
        while self._form.rowCount():
            self._form.removeRow(0)
        if not rows:
            empty = QLabel(self.tr("Nothing was embedded in this file."), self)
            empty.setEnabled(False)
            self._form.addRow(empty)
            return
        for label, value in rows:
            field = QLabel(value, self)
            field.setWordWrap(True)
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            follow_text_direction(field)
            self._form.addRow(label, field)

    def row_texts(self) -> list[tuple[str, str]]:
        """The (label, value) texts shown (for tests)."""
        out = []
        for row in range(self._form.rowCount()):
            label = self._form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = self._form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label and field and isinstance(label.widget(), QLabel):
                out.append((label.widget().text(), field.widget().text()))  # type: ignore[union-attr]
        return out


def _size(size: int) -> str:
    value = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} B"
