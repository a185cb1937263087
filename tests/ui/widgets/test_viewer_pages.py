"""The viewer pages through PDFs and multi-page TIFFs with Page Up / Page Down."""

from pathlib import Path

import pytest
from PIL import Image, TiffImagePlugin
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QUndoStack
from pytestqt.qtbot import QtBot

from memoryapp.library import Library
from memoryapp.ui.bridge import LibraryBridge
from memoryapp.ui.widgets.viewer import ViewerWindow

pytestmark = [pytest.mark.gui, pytest.mark.slow]

COLOURS = [(200, 30, 30), (30, 200, 30), (30, 30, 200)]


def _write(path: Path) -> Path:
    pages = [Image.new("RGB", (200, 300), colour) for colour in COLOURS]
    if path.suffix == ".pdf":
        pages[0].save(path, save_all=True, append_images=pages[1:])
    else:  # Pillow 13.0.0's TIFF save_all fails here; append frame by frame
        with TiffImagePlugin.AppendingTiffWriter(path, True) as writer:
            for page in pages:
                page.save(writer, format="TIFF")
                writer.newFrame()
    return path


def _centre(viewer: ViewerWindow) -> QColor:
    frame = viewer.canvas.grab().toImage()
    return QColor(frame.pixel(viewer.canvas.image_rect().center().toPoint()))


@pytest.mark.parametrize("name", ["letter.pdf", "letter.tif"])
def test_page_down_and_up_show_each_page(
    qtbot: QtBot,
    library: Library,
    bridge: LibraryBridge,
    undo_stack: QUndoStack,
    tmp_path: Path,
    name: str,
) -> None:
    report = library.import_paths([_write(tmp_path / name)])
    item_id = report.results[0].item_id
    assert item_id is not None
    viewer = ViewerWindow(library, bridge, undo_stack, item_id)
    qtbot.addWidget(viewer)
    viewer.resize(700, 700)

    def full(page: int) -> object:
        return lambda i, p, f: p == page and f

    with qtbot.waitSignal(viewer.image_shown, timeout=10_000, check_params_cb=full(1)):
        viewer.show()
    assert viewer.page_count == 3
    assert _centre(viewer).red() > 150
    assert not viewer.action("page_up").isEnabled()
    assert "Page 1 of 3" in viewer.status.text()

    with qtbot.waitSignal(viewer.image_shown, timeout=10_000, check_params_cb=full(2)):
        qtbot.keyClick(viewer.canvas, Qt.Key.Key_PageDown)
    assert viewer.page == 2
    assert _centre(viewer).green() > 150
    assert not viewer.canvas.regions_editable  # faces are tagged on the first page only

    with qtbot.waitSignal(viewer.image_shown, timeout=10_000, check_params_cb=full(3)):
        viewer.next_page()
    assert _centre(viewer).blue() > 150
    assert not viewer.action("page_down").isEnabled()
    viewer.next_page()
    assert viewer.page == 3

    with qtbot.waitSignal(viewer.image_shown, timeout=10_000, check_params_cb=full(2)):
        qtbot.keyClick(viewer.canvas, Qt.Key.Key_PageUp)
    assert _centre(viewer).green() > 150


def test_a_missing_original_falls_back_to_the_preview(
    qtbot: QtBot,
    library: Library,
    bridge: LibraryBridge,
    undo_stack: QUndoStack,
    make_jpeg: object,
) -> None:
    assert callable(make_jpeg)
    report = library.import_paths([make_jpeg("gone.jpg", size=(400, 300))])
    item_id = report.results[0].item_id
    assert item_id is not None
    library.media_path(item_id).unlink()
    viewer = ViewerWindow(library, bridge, undo_stack, item_id)
    qtbot.addWidget(viewer)
    with qtbot.waitSignal(viewer.image_shown, timeout=10_000):
        viewer.show()
    qtbot.waitUntil(lambda: "preview" in viewer.status.text(), timeout=10_000)
    assert viewer.canvas.has_image()
