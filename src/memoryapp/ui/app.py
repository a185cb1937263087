"""Start the desktop application."""

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from memoryapp.core.errors import CollectionError, CollectionLockedError
from memoryapp.library import Library
from memoryapp.library.sample import ensure_sample_copy
from memoryapp.ui.main_window import MainWindow
from memoryapp.ui.settings import UiSettings

log = logging.getLogger(__name__)


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication, with the names QSettings uses (idempotent)."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    QApplication.setOrganizationName("memoryapp")
    QApplication.setApplicationName("memoryapp")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    return QApplication(argv or sys.argv[:1])


def choose_collection(settings: UiSettings, requested: Path | None) -> Path:
    """The collection to open: the one asked for, the last one, or a copy of the sample."""
    if requested is not None:
        return requested
    last = settings.last_collection
    if last is not None and last.is_dir():
        return last
    return ensure_sample_copy()


def run(collection: Path | None = None) -> int:
    """Open the main window on a collection and run the event loop."""
    app = create_application()
    settings = UiSettings(QSettings())
    path = choose_collection(settings, collection)
    try:
        library = Library.open(path)
    except CollectionLockedError:
        QMessageBox.warning(
            None,
            app.tr("Collection already open"),
            app.tr("This collection is open in another window.\n%1").replace("%1", str(path)),
        )
        return 3
    except CollectionError as exc:
        QMessageBox.critical(None, app.tr("Cannot open collection"), str(exc))
        return 3
    settings.last_collection = path
    window = MainWindow(library, settings)
    window.show()
    try:
        return app.exec()
    finally:
        library.close()


def main() -> int:
    """Entry point for ``python -m memoryapp.ui.app``."""
    return run(Path(sys.argv[1]) if len(sys.argv) > 1 else None)
