"""A collection on read-only media opens in the window for browsing, with edits disabled."""

import errno
import os

import pytest
from filelock import FileLock
from PySide6.QtCore import QItemSelectionModel

from memoryapp.library import Library
from memoryapp.ui.main_window import MainWindow


def test_read_only_media_open_read_only_in_the_window(
    library, add_items, ui_settings, qtbot, monkeypatch: pytest.MonkeyPatch
):
    add_items(["Henna in Tinghir", "Wedding of Miriam"])
    root = library.path
    library.close()  # a writer: it keeps the search index as it closes
    saved = {path.name: path.read_bytes() for path in (root / "cache").iterdir()}

    def refuse(self: FileLock, *args: object, **kwargs: object) -> None:
        raise OSError(errno.EROFS, "Read-only file system", str(self.lock_file))

    monkeypatch.setattr(FileLock, "acquire", refuse)
    monkeypatch.setattr(
        "memoryapp.library.library.os.access", lambda path, mode, **kw: not mode & os.W_OK
    )
    with Library.open(root) as lib:
        assert lib.read_only
        window = MainWindow(lib, ui_settings)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=10_000)
        assert window.read_only_label.text() == "Read-only"
        assert "read-only media" in window.read_only_label.toolTip()
        assert not window.menu_actions["import"].isEnabled()
        assert not window.acceptDrops()
        window.grid.selectionModel().select(
            window.model.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        form = window.details.form
        qtbot.waitUntil(lambda: form.title.text() != "", timeout=5000)
        assert form.title.isReadOnly()
        assert form.description.isReadOnly()
        assert not form.tags.isEnabled()
        assert not form.taken.isEnabled()
        window.close()
    assert {path.name: path.read_bytes() for path in (root / "cache").iterdir()} == saved
