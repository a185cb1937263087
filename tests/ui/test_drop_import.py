"""Files and folders dropped from a file manager (issue 16): real drag and drop events, the
import dialog's count before it starts, failures shown from the folder that was dropped."""

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from tests.ui.test_main_window import open_window as open_window  # the fixture

from memoryapp.ui.dialogs.import_dialog import ImportDialog, shown_path
from memoryapp.ui.main_window import MainWindow


def _drop(window: MainWindow, paths: list[Path]) -> bool:
    """Drag ``paths`` (text/uri-list, as file managers send) over the window and drop them."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    assert mime.hasFormat("text/uri-list")
    where = QPointF(window.grid.mapTo(window, window.grid.rect().center()))
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(where.toPoint(), Qt.DropAction.CopyAction, mime, buttons, mods)
    QApplication.sendEvent(window, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(where, Qt.DropAction.CopyAction, mime, buttons, mods)
    QApplication.sendEvent(window, drop)
    return drop.isAccepted()


def _folder(make_jpeg, tmp_path: Path) -> Path:
    """Scans/ with two good pictures and, in Scans/1950/, one that does not decode."""
    root = tmp_path / "Scans"
    (root / "1950").mkdir(parents=True)
    for name in ("wedding.jpg", "henna.jpg"):
        make_jpeg(name).rename(root / name)
    (root / "1950" / "broken.jpg").write_bytes(b"\xff\xd8\xff\xe0" + bytes(range(256)) * 4)
    return root


def test_a_dropped_folder_is_counted_then_imported_with_failures_from_it(
    library, open_window, make_jpeg, qtbot, tmp_path
):
    window = open_window(library, shown=0)
    root = _folder(make_jpeg, tmp_path)
    assert _drop(window, [root])
    dialog = window.findChild(ImportDialog)
    assert dialog is not None
    assert dialog.isVisible()
    assert dialog.paths() == [root]
    qtbot.waitUntil(lambda: dialog.files_found == 3, timeout=5000)
    assert dialog.found.text() == "3 files found"
    with qtbot.waitSignal(dialog.import_finished, timeout=30_000):
        dialog.start()
    ((name, _why),) = dialog.failures.reasons()
    assert name == str(Path("Scans") / "1950" / "broken.jpg")  # not just "broken.jpg"
    qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=5000)
    dialog.close()


def test_a_drop_that_is_not_local_files_is_refused(library, open_window, qtbot):
    window = open_window(library, shown=0)
    mime = QMimeData()
    mime.setUrls([QUrl("https://example.org/photo.jpg")])
    enter = QDragEnterEvent(
        window.rect().center(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()
    assert window.findChild(ImportDialog) is None


def test_the_count_follows_the_paths_and_runs_off_the_gui_thread(
    bridge, make_jpeg, qtbot, tmp_path
):
    root = _folder(make_jpeg, tmp_path)
    dialog = ImportDialog(bridge, [root / "1950"])
    qtbot.addWidget(dialog)
    assert dialog.found.text() == "Counting the files…"  # the window did not wait for it
    qtbot.waitUntil(lambda: dialog.found.text() == "1 file found", timeout=5000)
    dialog.add_paths([root / "wedding.jpg"])
    qtbot.waitUntil(lambda: dialog.files_found == 2, timeout=5000)
    assert dialog.found.text() == "2 files found"
    dialog.sources.item(0).setSelected(True)
    dialog.remove.click()
    qtbot.waitUntil(lambda: dialog.files_found == 1, timeout=5000)
    dialog.reject()


def test_shown_path_is_relative_to_the_chosen_folder(tmp_path):
    root = tmp_path / "Scans"
    assert shown_path(str(root / "1950" / "a.jpg"), [root]) == str(Path("Scans/1950/a.jpg"))
    assert shown_path(str(tmp_path / "b.jpg"), [tmp_path / "b.jpg"]) == "b.jpg"
    assert shown_path(str(tmp_path / "elsewhere.jpg"), [root]) == "elsewhere.jpg"
