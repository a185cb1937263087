"""A slow opening runs beside the event loop: the window keeps painting, a busy dialog shows."""

import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget
from pytestqt.qtbot import QtBot

from memoryapp.core.errors import CollectionCorruptError
from memoryapp.library import Library
from memoryapp.ui.collection_open import open_library

pytestmark = pytest.mark.gui


def _slow_open(monkeypatch: pytest.MonkeyPatch, seconds: float, error: Exception | None = None):
    real = Library.open

    def slow(path: Path, **kwargs: object) -> Library:
        time.sleep(seconds)  # a large collection read and checked at its first opening
        if error is not None:
            raise error
        return real(path, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Library, "open", staticmethod(slow))


def test_a_slow_opening_keeps_the_event_loop_running(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Library.create(tmp_path / "c", title="Tinghir").close()
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    ticks: list[int] = []
    seen: list[str] = []
    timer = QTimer()
    timer.setInterval(20)

    def tick() -> None:
        ticks.append(1)
        dialog = next(
            (w for w in QApplication.topLevelWidgets() if w.objectName() == "openingCollection"),
            None,
        )
        if isinstance(dialog, QProgressDialog) and dialog.isVisible():
            seen.append(dialog.labelText())

    timer.timeout.connect(tick)
    timer.start()
    _slow_open(monkeypatch, 1.2)
    library = open_library(tmp_path / "c", parent)
    timer.stop()
    assert library is not None
    try:
        assert library.title == "Tinghir"
    finally:
        library.close()
    assert len(ticks) >= 10  # the event loop ran while the collection opened
    assert seen
    assert seen[-1] == "Opening \u2068c\u2069…"  # the name isolated (it may be right-to-left)
    assert not any(
        w.objectName() == "openingCollection" and w.isVisible()
        for w in QApplication.topLevelWidgets()
    )


def test_a_slow_opening_that_fails_explains_why(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    shard = tmp_path / "c" / "catalogue" / "items-3.json"
    _slow_open(monkeypatch, 0.6, CollectionCorruptError(shard, "it is not valid JSON"))
    assert open_library(tmp_path / "c", parent) is None
    box = parent.findChild(QMessageBox, "collectionMessage")
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    assert "cannot be opened" in box.text()
    assert "not valid JSON" in box.informativeText()
    box.close()
