"""The main window. A first, simple version: the collection's thumbnails and their titles."""

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QCloseEvent, QIcon, QPixmap
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from memoryapp.library import Library
from memoryapp.ui.settings import UiSettings


class MainWindow(QMainWindow):
    """Shows the open collection (a placeholder until the full browser lands)."""

    def __init__(self, library: Library, settings: UiSettings) -> None:
        super().__init__()
        self._library = library
        self._settings = settings
        self.setWindowTitle(
            self.tr("memoryapp — %1").replace("%1", library.title or library.path.name)
        )
        central = QWidget(self)
        layout = QVBoxLayout(central)
        self.heading = QLabel(central)
        layout.addWidget(self.heading)
        self.grid = QListWidget(central)
        self.grid.setViewMode(QListWidget.ViewMode.IconMode)
        self.grid.setIconSize(QSize(160, 160))
        self.grid.setGridSize(QSize(190, 210))
        self.grid.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.grid.setUniformItemSizes(True)
        self.grid.setWordWrap(True)
        layout.addWidget(self.grid)
        self.setCentralWidget(central)
        self.resize(1100, 760)
        if settings.geometry is not None:
            self.restoreGeometry(settings.geometry)
        self.reload()

    def reload(self) -> None:
        """Show every item of the collection."""
        self.grid.clear()
        items = self._library.items()
        self.heading.setText(self.tr("%n item(s)", "", len(items)))
        for item in items:
            entry = QListWidgetItem(
                item.title or (item.primary.original_name if item.primary else "")
            )
            entry.setData(Qt.ItemDataRole.UserRole, item.id)
            thumb = self._library.thumbnail_path(item.id)
            if thumb is not None:
                entry.setIcon(QIcon(QPixmap(str(thumb))))
            self.grid.addItem(entry)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._settings.geometry = self.saveGeometry()
        super().closeEvent(event)
