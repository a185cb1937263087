"""Opening and creating collections from the UI, with friendly words when that fails.

Messages are shown with ``QMessageBox.open()`` (window-modal, not blocking), so the event
loop keeps running and tests can find the box and read it.
"""

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QProgressDialog, QWidget

from memoryapp.core.errors import (
    CollectionCorruptError,
    CollectionError,
    CollectionLockedError,
    CollectionNotFoundError,
    SchemaTooNewError,
)
from memoryapp.library import Library
from memoryapp.ui.i18n import isolate

log = logging.getLogger(__name__)


def _message(
    parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str, detail: str = ""
) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("collectionMessage")
    if detail:
        box.setInformativeText(detail)
    if parent is None:
        box.exec()
    else:
        box.open()
    return box


def show_locked(parent: QWidget | None, path: Path) -> QMessageBox:
    """Say, kindly, that the collection is already open somewhere else."""
    return _message(
        parent,
        QMessageBox.Icon.Information,
        QCoreApplication.translate("CollectionOpen", "Already open"),
        QCoreApplication.translate(
            "CollectionOpen",
            "The collection “%1” is already open in another memoryapp window.",
        ).replace("%1", isolate(path.name)),
        QCoreApplication.translate(
            "CollectionOpen",
            "Switch to that window to keep working, or close it and open the collection here. "
            "A collection opens in one window at a time so that no change is ever lost.",
        ),
    )


#: An opening that takes longer than this shows a busy dialog while the window keeps painting.
_SHOW_AFTER_S = 0.4


def _open_waiting(path: Path, parent: QWidget | None) -> Library:
    """``Library.open(path)`` in a thread while the event loop runs; errors raised here.

    Most openings take milliseconds. A large collection whose catalogue files memoryapp has
    not recorded yet (an older version's: every file is read and checked once) takes
    seconds: a busy dialog then says so, and the window never freezes.
    """
    opened: list[Library] = []
    failed: list[BaseException] = []

    def work() -> None:
        try:
            opened.append(Library.open(path))
        except BaseException as exc:  # noqa: BLE001 - re-raised on the GUI thread below
            failed.append(exc)

    thread = threading.Thread(target=work, name="memoryapp-open", daemon=True)
    thread.start()
    thread.join(_SHOW_AFTER_S)
    if thread.is_alive():
        text = QCoreApplication.translate("CollectionOpen", "Opening %1…")
        dialog = QProgressDialog(text.replace("%1", isolate(path.name)), "", 0, 0, parent)
        dialog.setObjectName("openingCollection")
        dialog.setWindowTitle("memoryapp")
        dialog.setCancelButton(None)  # no button: it cannot be stopped half way
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.setMinimumDuration(0)
        dialog.show()
        loop = QEventLoop()
        timer = QTimer()
        timer.setInterval(30)
        timer.timeout.connect(lambda: None if thread.is_alive() else loop.quit())
        timer.start()
        loop.exec()
        timer.stop()
        dialog.close()
        dialog.deleteLater()
    thread.join()
    if failed:
        raise failed[0]
    return opened[0]


def open_library(path: Path, parent: QWidget | None) -> Library | None:
    """Open the collection at ``path``, or explain why not and return None.

    The window keeps painting while a slow opening runs (see :func:`_open_waiting`).
    """
    try:
        return _open_waiting(path, parent)
    except CollectionLockedError:
        show_locked(parent, path)
    except CollectionNotFoundError:
        _message(
            parent,
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("CollectionOpen", "No collection there"),
            QCoreApplication.translate(
                "CollectionOpen", "There is no memoryapp collection in %1."
            ).replace("%1", isolate(str(path))),
            QCoreApplication.translate(
                "CollectionOpen", "Choose the folder that holds the collection, or make a new one."
            ),
        )
    except SchemaTooNewError:
        _message(
            parent,
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("CollectionOpen", "Made by a newer memoryapp"),
            QCoreApplication.translate(
                "CollectionOpen", "This collection was saved by a newer version of memoryapp."
            ),
            QCoreApplication.translate(
                "CollectionOpen",
                "Install the newer version to open it; this one will not change it.",
            ),
        )
    except CollectionError as exc:
        log.warning("Cannot open %s: %s", path, exc)
        _message(
            parent,
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("CollectionOpen", "Cannot open the collection"),
            QCoreApplication.translate(
                "CollectionOpen", "The collection in %1 cannot be opened."
            ).replace("%1", isolate(str(path))),
            _reason(exc, path),
        )
    return None


def _reason(exc: CollectionError, root: Path) -> str:
    """Why: for a damaged catalogue file, named inside the collection (``catalogue/…``)."""
    if isinstance(exc, CollectionCorruptError) and exc.path.is_relative_to(root):
        return f"{isolate(exc.path.relative_to(root).as_posix())}: {exc.reason}"
    return exc.reason


def ask_collection_folder(parent: QWidget) -> Path | None:
    """Ask for an existing collection folder."""
    name = QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate("CollectionOpen", "Open a collection")
    )
    return Path(name) if name else None


def ask_new_collection(parent: QWidget) -> Library | None:
    """Ask for an empty folder and a title; create the collection there."""
    name = QFileDialog.getExistingDirectory(
        parent,
        QCoreApplication.translate(
            "CollectionOpen", "Choose an empty folder for the new collection"
        ),
    )
    if not name:
        return None
    path = Path(name)
    title, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("CollectionOpen", "New collection"),
        QCoreApplication.translate("CollectionOpen", "Title of the collection:"),
        text=path.name,
    )
    if not ok:
        return None
    try:
        return Library.create(path, title=title.strip())
    except CollectionError as exc:
        _message(
            parent,
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("CollectionOpen", "Cannot create the collection"),
            QCoreApplication.translate("CollectionOpen", "A new collection needs an empty folder."),
            exc.reason,
        )
        return None
