"""Start the desktop application: names, logging, language, then the main window.

The first time, memoryapp opens a writable copy of the sample collection, so there is
something to look at before anything is imported; afterwards it opens the last collection.
"""

import logging
import sys
from collections.abc import Sequence
from pathlib import Path

import platformdirs
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from memoryapp.library import Library
from memoryapp.library.sample import ensure_sample_copy, user_data_dir
from memoryapp.ui import collection_open, refcount_guard, startup_probe
from memoryapp.ui.errors import ExceptionHandler
from memoryapp.ui.i18n import install_translators
from memoryapp.ui.icons import icon
from memoryapp.ui.main_window import MainWindow
from memoryapp.ui.settings import UiSettings

log = logging.getLogger(__name__)

ORGANIZATION = "memoryapp"
APPLICATION = "memoryapp"


def create_application(argv: Sequence[str] | None = None) -> QApplication:
    """The QApplication, with the names QSettings uses (idempotent)."""
    refcount_guard.guard()
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    QApplication.setOrganizationName(ORGANIZATION)
    QApplication.setApplicationName(APPLICATION)
    QApplication.setApplicationDisplayName("memoryapp")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    app = QApplication(list(argv or sys.argv[:1]))
    app.setWindowIcon(icon("memoryapp"))
    return app


def start_logging() -> Path:
    """Log to the file in the user's log folder unless logging is set up already; its path.

    The window always logs somewhere: with no handler at all, Python's last resort would
    print warnings and their tracebacks on stderr.
    """
    if logging.getLogger().handlers:
        folder = Path(platformdirs.user_log_dir(APPLICATION, appauthor=False))
        return folder / "memoryapp.log"
    return configure_logging()


def configure_logging() -> Path:
    """Log to a file in the user's log folder; return its path."""
    folder = Path(platformdirs.user_log_dir(APPLICATION, appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "memoryapp.log"
    logging.basicConfig(
        filename=path,
        level=logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    return path


def choose_collection(
    settings: UiSettings, requested: Path | None, sample_target: Path | None = None
) -> Path:
    """The collection to open: the one asked for, the last one, or a copy of the sample.

    Without a shipped sample, an empty collection is made in the user's data folder.
    """
    if requested is not None:
        return requested
    last = settings.last_collection
    if last is not None and last.is_dir():
        return last
    try:
        return ensure_sample_copy(sample_target)
    except FileNotFoundError:
        log.warning("No sample collection installed: starting an empty one")
        target = (sample_target or user_data_dir() / "Sample collection").with_name("My collection")
        if not target.exists():
            Library.create(target, title="My collection").close()
        return target


def run(collection: Path | None = None, settings: UiSettings | None = None) -> int:
    """Open the main window on a collection and run the event loop."""
    app = create_application()
    errors = ExceptionHandler(start_logging(), app)  # a dialog and the log, never stderr
    errors.install()
    settings = settings or UiSettings(QSettings())
    translators = install_translators(app, settings.language)
    path = choose_collection(settings, collection)
    library = collection_open.open_library(path, None)
    if library is None:
        return 3
    settings.last_collection = library.path
    window = MainWindow(library, settings)
    probe = startup_probe.install(window, window.grid.viewport(), window.loader)
    window.show()
    code = app.exec()
    errors.uninstall()
    del translators, probe
    return code


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point: ``memoryapp-gui [COLLECTION]``."""
    args = list(sys.argv[1:] if argv is None else argv)
    return run(Path(args[0]) if args else None)


if __name__ == "__main__":
    sys.exit(main())
