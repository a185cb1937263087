"""The page's text in the details panel and over the picture, and the OCR job in the window."""

from dataclasses import replace
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont, TiffImagePlugin
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QPushButton
from tests.records import put

from memoryapp.core.items import ItemKind
from memoryapp.core.regions import Region
from memoryapp.core.texts import PageText, TextLine, text_of
from memoryapp.library import Library
from memoryapp.ui.details import DetailsPanel
from memoryapp.ui.widgets.viewer import ViewerWindow

FRENCH = "Chère Esther, nous sommes à Casablanca"
HEBREW = "שלום מנתיבות"
ARABIC = "سلام من تنغير"


def _read(confidence: float = 93.0) -> PageText:
    lines = tuple(
        TextLine(text=t, box=Region(x=0.1, y=0.1 + 0.2 * i, w=0.8, h=0.1), language=lang)
        for i, (t, lang) in enumerate(((FRENCH, "fra"), (HEBREW, "heb"), (ARABIC, "ara")))
    )
    return PageText(
        machine_text="\n".join(line.text for line in lines),
        lines=lines,
        language="fra+heb+ara",
        engine="tesseract 5.3.0",
        confidence=confidence,
    )


def test_the_panel_shows_each_paragraph_in_its_direction_and_saves_a_transcription(
    library: Library, bridge, undo_stack, add_items, qtbot
) -> None:
    (item,) = add_items(["Letter from Netivot"])
    put(library, replace(library.item(item.id), texts=(_read(),)))
    panel = DetailsPanel(library, bridge, undo_stack)
    qtbot.addWidget(panel)
    panel.show_items([item.id])
    box = panel.form.page_text
    assert box.edit.toPlainText() == f"{FRENCH}\n{HEBREW}\n{ARABIC}"
    directions = []
    block = box.edit.document().begin()
    while block.isValid():
        directions.append(block.blockFormat().layoutDirection())
        block = block.next()
    ltr, rtl = Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft
    assert directions == [ltr, rtl, rtl]
    assert box.warning.isHidden()
    assert "93% confidence" in box.facts.text()
    box.edit.setPlainText(f"{FRENCH}\n{HEBREW}\nسلام من تنغير يا عائلتي")
    box.edit.document().setModified(True)
    with qtbot.waitSignal(bridge.collection_changed, timeout=5000):
        box.edit.editing_finished.emit()
    saved = text_of(library.item(item.id).texts)
    assert saved is not None
    assert saved.corrected.endswith("يا عائلتي")
    assert saved.machine_text.endswith(ARABIC)  # kept under the correction
    assert undo_stack.count() == 1


def test_a_low_confidence_reading_is_marked_unreliable_and_can_be_accepted(
    library: Library, bridge, undo_stack, add_items, qtbot
) -> None:
    (item,) = add_items(["Back of a print"])
    put(library, replace(library.item(item.id), texts=(_read(confidence=31.0),)))
    panel = DetailsPanel(library, bridge, undo_stack)
    qtbot.addWidget(panel)
    panel.show_items([item.id])
    box = panel.form.page_text
    assert not box.warning.isHidden()
    assert "type a transcription instead" in box.warning.text()
    with qtbot.waitSignal(bridge.collection_changed, timeout=5000):
        box.accept_button.click()
    saved = text_of(library.item(item.id).texts)
    assert saved is not None
    assert saved.accepted
    assert saved.reliable


def test_the_viewer_highlights_the_line_a_search_found(
    library: Library, bridge, undo_stack, make_jpeg, qtbot
) -> None:
    report = library.import_paths([make_jpeg("letter.jpg", size=(400, 300))])
    item_id = report.results[0].item_id
    assert item_id is not None
    put(library, replace(library.item(item_id), kind=ItemKind.LETTER, texts=(_read(),)))
    viewer = ViewerWindow(library, bridge, undo_stack, item_id)
    qtbot.addWidget(viewer)
    viewer.set_highlight(["מנתיבות"])
    assert len(viewer.canvas.text_lines) == 3
    (hit,) = viewer.highlighted_lines()
    assert (round(hit.y(), 2), round(hit.height(), 2)) == (0.3, 0.1)  # the Hebrew line
    viewer.close()


def _tiff_of_pages(path: Path, pages: int) -> Path:
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 28)
    with TiffImagePlugin.AppendingTiffWriter(path, True) as writer:
        for n in range(pages):
            page = Image.new("L", (420, 90), 255)
            ImageDraw.Draw(page).text((20, 25), f"Page {n + 1} de la lettre", font=font, fill=0)
            page.save(writer, format="TIFF")
            writer.newFrame()
    return path


@pytest.mark.slow  # imports a 50-page TIFF and reads two pages (about 3 s)
def test_reading_50_pages_runs_in_the_background_and_cancel_stops_it(
    window_on, tmp_path: Path, qtbot
) -> None:
    root = tmp_path / "c"
    Library.create(root).close()
    with Library.open(root) as lib:
        report = lib.import_paths([_tiff_of_pages(tmp_path / "letter.tif", 50)])
        item_id = report.results[0].item_id
        assert item_id is not None
        assert lib.item(item_id).files[0].pages == 50
    window = window_on(root)
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(20)
    seen = []
    window.bridge.progress.connect(seen.append)
    window.ocr.read([item_id])
    assert window.ocr.dialog is not None
    assert window.ocr.dialog.isVisible()
    qtbot.waitUntil(lambda: any(i.done >= 2 for i in seen), timeout=60_000)
    assert len(ticks) > 10  # the event loop kept turning while pages were read
    with qtbot.waitSignal(window.ocr.finished, timeout=30_000) as done:
        window.ocr.dialog.findChild(QPushButton).click()  # the dialog's Cancel
    timer.stop()
    report = done.args[0]
    assert report.cancelled
    assert 2 <= len(report.read) < 50
    assert seen[-1].total == 50
    texts = window.library.item(item_id).texts
    assert len(texts) == len(report.read)
    assert "Page 1 de la lettre" in texts[0].text


def test_new_documents_are_read_after_an_import_when_the_preference_says_so(
    window_on, ui_settings, tmp_path: Path, qtbot
) -> None:
    """The window starts OCR of the new letter's pages, not of the new plain photo."""
    root = tmp_path / "c"
    Library.create(root).close()
    window = window_on(root)
    ui_settings.read_text = True
    page = Image.new("RGB", (900, 300), "white")
    font = ImageFont.truetype("DejaVuSans.ttf", 40)
    ImageDraw.Draw(page).text((40, 120), "Tinghir vers 1955", font=font, fill="black")
    page.save(tmp_path / "letter.png")
    Image.new("RGB", (300, 200), "grey").save(tmp_path / "photo.png")
    report = window.library.import_paths([tmp_path / "letter.png", tmp_path / "photo.png"])
    by_name = {Path(r.path).name: r.item_id for r in report.added}
    letter, photo = by_name["letter.png"], by_name["photo.png"]
    assert letter is not None
    assert photo is not None
    put(window.library, replace(window.library.item(letter), kind=ItemKind.LETTER))
    with qtbot.waitSignal(window.ocr.finished, timeout=60_000):
        window._on_import_finished(report)
    read = text_of(window.library.item(letter).texts)
    assert read is not None
    assert "Tinghir" in read.text
    assert window.library.item(photo).texts == ()  # a photo without a back is not read
