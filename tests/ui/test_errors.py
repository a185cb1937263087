"""Issue 16: an uncaught exception shows a dialog and goes to the log; jobs never print."""

import logging
import sys

import pytest
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication

from memoryapp.library import Library
from memoryapp.ui import app as app_module
from memoryapp.ui.errors import ErrorDialog, ExceptionHandler


class Emitter(QObject):
    fired = Signal()


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_shows_a_dialog_and_is_logged(qtbot, caplog, tmp_path, capfd):
    handler = ExceptionHandler(tmp_path / "memoryapp.log")
    handler.install()
    try:
        emitter = Emitter()

        def broken() -> None:
            raise RuntimeError("the slot broke")

        emitter.fired.connect(broken)
        with caplog.at_level(logging.ERROR, logger="memoryapp.ui.errors"):
            emitter.fired.emit()
            qtbot.waitUntil(lambda: handler.dialog is not None, timeout=3000)
    finally:
        handler.uninstall()
    assert sys.excepthook is not handler.handle
    dialog = handler.dialog
    assert isinstance(dialog, ErrorDialog)
    qtbot.addWidget(dialog)
    assert "the slot broke" in dialog.message.text()
    assert str(tmp_path / "memoryapp.log") in dialog.message.text()
    assert "Traceback" in dialog.details.toPlainText()
    dialog.copy_button.click()
    assert "RuntimeError: the slot broke" in QGuiApplication.clipboard().text()
    (record,) = [r for r in caplog.records if r.name == "memoryapp.ui.errors"]
    assert "Traceback" in record.getMessage()
    assert "the slot broke" in record.getMessage()
    assert "Traceback" not in capfd.readouterr().err


@pytest.mark.qt_no_exception_capture
def test_a_second_error_goes_into_the_open_dialog(qtbot, tmp_path):
    handler = ExceptionHandler(tmp_path / "memoryapp.log")
    handler.install()
    try:
        for text in ("first", "second"):
            QTimer.singleShot(0, lambda t=text: (_ for _ in ()).throw(ValueError(t)))
            qtbot.wait(50)
        qtbot.waitUntil(lambda: handler.dialog is not None, timeout=3000)
    finally:
        handler.uninstall()
    qtbot.addWidget(handler.dialog)
    qtbot.waitUntil(lambda: "second" in handler.dialog.details.toPlainText(), timeout=3000)
    assert "first" in handler.dialog.details.toPlainText()


def test_a_query_typed_half_way_shows_why_and_logs_no_traceback(tmp_path, window_on, qtbot, caplog):
    root = tmp_path / "family"
    Library.create(root).close()
    window = window_on(root)
    with caplog.at_level(logging.DEBUG):
        window.search_field.set_query("date:")
        qtbot.waitUntil(lambda: "needs a value" in window.search_field.toolTip(), timeout=5000)
        window.bridge.wait(5000)
    bridge_records = [r for r in caplog.records if r.name == "memoryapp.ui.bridge"]
    assert all(r.levelno < logging.WARNING for r in bridge_records)
    assert not any(r.exc_info or "Traceback" in r.getMessage() for r in caplog.records)


def test_a_job_that_breaks_unexpectedly_is_logged_with_its_traceback(bridge, qtbot, caplog):
    def broken() -> None:
        raise KeyError("nobody expected this")

    with caplog.at_level(logging.DEBUG), qtbot.waitSignal(bridge.failed, timeout=5000):
        bridge.query(broken)
    (record,) = [r for r in caplog.records if r.name == "memoryapp.ui.bridge"]
    assert record.levelno == logging.ERROR
    assert "Traceback" in record.getMessage()
    assert "nobody expected this" in record.getMessage()


def test_the_window_starts_logging_to_a_file_not_to_stderr(tmp_path, monkeypatch):
    root = logging.getLogger()
    saved = root.handlers[:]
    monkeypatch.setattr(app_module.platformdirs, "user_log_dir", lambda *a, **k: str(tmp_path))
    root.handlers = []  # as when the launcher opens the window: nothing configured yet
    try:
        path = app_module.start_logging()
        assert path == tmp_path / "memoryapp.log"
        assert any(isinstance(h, logging.FileHandler) for h in root.handlers)
        assert not any(type(h) is logging.StreamHandler for h in root.handlers)
    finally:
        for h in root.handlers:
            h.close()
        root.handlers = saved


def test_a_viewer_decode_finishing_after_the_viewer_went_prints_nothing(qapp, capfd):
    import threading

    from PySide6.QtGui import QImage
    from shiboken6 import delete

    from memoryapp.ui.widgets.image_loader import ImageLoader

    loader = ImageLoader()
    release = threading.Event()

    def slow_decode() -> QImage:
        release.wait(5)
        image = QImage(4, 4, QImage.Format.Format_RGB32)
        image.fill(0)
        return image

    loader.request(1, slow_decode)
    delete(loader._signals)  # the window closed while the picture was still decoding
    release.set()
    assert loader.wait_idle(5000)
    assert "Traceback" not in capfd.readouterr().err
