"""The OCR job reads a letter once, page by page, and its text is found by search."""

from dataclasses import replace
from pathlib import Path

import pytest
from tests.recognition.rendered import ARABIC_WORD, FRENCH_WORD, HEBREW_WORD, letter_page

from memoryapp.core.items import ItemKind
from memoryapp.core.progress import CancelToken, ProgressInfo
from memoryapp.core.texts import TextSource, matching_lines, text_of
from memoryapp.library import Library
from memoryapp.library.finder import Finder
from memoryapp.library.ocr_job import PageRef, pages_to_read, read_text, set_text

pytestmark = pytest.mark.slow  # Tesseract reads a page in three languages (about 2 s)


def _import_letters(library: Library, *paths: Path) -> list[str]:
    """Import files (in one run: worker processes start once) and make them letters."""
    report = library.import_paths(list(paths))
    ids = [r.item_id for r in report.results]
    assert all(ids), report
    letters = [replace(library.item(i), kind=ItemKind.LETTER) for i in ids if i is not None]
    library.apply(library.command("Kind", letters))
    return [item.id for item in letters]


def _import_letter(library: Library, path: Path) -> str:
    return _import_letters(library, path)[0]


def test_a_letter_in_three_scripts_is_found_by_a_word_of_each(
    library: Library, tmp_path: Path
) -> None:
    path = tmp_path / "letter.png"
    letter_page().image.save(path)
    item_id = _import_letter(library, path)
    assert pages_to_read(library)[0] == [PageRef(item_id, 0, 1)]
    seen: list[ProgressInfo] = []
    report = read_text(library, progress=seen.append)
    assert [r.item_id for r in report.read] == [item_id]
    assert seen[-1].done == seen[-1].total == 1
    page = text_of(library.item(item_id).texts)
    assert page is not None
    assert page.reliable
    assert page.engine.startswith("tesseract")
    finder = Finder(library, use_snapshot=False)
    for word in (FRENCH_WORD, HEBREW_WORD, ARABIC_WORD):
        assert list(finder.search(word).ids) == [item_id], word
        assert list(finder.search(f"text:{word}").ids) == [item_id], word
        assert len(matching_lines(page, [word])) == 1, word  # the line to highlight
    assert list(finder.search("has:text").ids) == [item_id]
    # A second run skips the page; --force reads it again under the same undo rules.
    assert pages_to_read(library) == ([], 1)
    assert len(pages_to_read(library, force=True)[0]) == 1


def test_a_transcription_wins_is_one_undo_step_and_survives_a_forced_read(
    library: Library, tmp_path: Path
) -> None:
    path = tmp_path / "blank.png"
    letter_page().image.crop((0, 0, 400, 40)).save(path)  # nothing legible
    item_id = _import_letter(library, path)
    set_text(library, item_id, "Tinghir vers 1955 — Yakout", language="fra")
    page = text_of(library.item(item_id).texts)
    assert page is not None
    assert page.text == "Tinghir vers 1955 — Yakout"
    assert page.transcribed_by == library.user
    finder = Finder(library, use_snapshot=False)
    assert list(finder.search("text:yakout").ids) == [item_id]
    read_text(library, [item_id], languages=["fra"], force=True)
    page = text_of(library.item(item_id).texts)
    assert page is not None
    assert page.corrected == "Tinghir vers 1955 — Yakout"
    library.undo()  # the forced read
    library.undo()  # the transcription
    assert text_of(library.item(item_id).texts) is None


def test_cancel_stops_between_pages_and_a_rerun_goes_on(library: Library, tmp_path: Path) -> None:
    paths = []
    for n in range(3):
        path = tmp_path / f"page{n}.png"
        letter_page(width=600, size=20).image.crop((0, 0, 600, 60 + n)).save(path)  # distinct files
        paths.append(path)
    ids = _import_letters(library, *paths)
    cancel = CancelToken()

    def stop_after_first(info: ProgressInfo) -> None:
        if info.done == 1:
            cancel.cancel()

    report = read_text(library, languages=["fra"], progress=stop_after_first, cancel=cancel)
    assert report.cancelled
    assert len(report.read) == 1
    assert sum(text_of(library.item(i).texts) is not None for i in ids) == 1
    assert len(pages_to_read(library)[0]) == 2


def _pdf_with_text_layer(lines: list[str]) -> bytes:
    """A one-page PDF whose text is real text objects (a born-digital or OCR'd PDF)."""
    import ctypes
    import io

    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    doc = pdfium.PdfDocument.new()
    page = doc.new_page(420, 595)
    font = raw.FPDFText_LoadStandardFont(doc, b"Helvetica")
    for n, line in enumerate(lines):
        obj = raw.FPDFPageObj_CreateTextObj(doc, font, 14.0)
        buf = ctypes.create_string_buffer((line + "\0").encode("utf-16-le"))
        raw.FPDFText_SetText(obj, ctypes.cast(buf, ctypes.POINTER(raw.FPDF_WCHAR)))
        raw.FPDFPageObj_Transform(obj, 1, 0, 0, 1, 40, 540 - 30 * n)
        raw.FPDFPage_InsertObject(page.raw, obj)
    raw.FPDFPage_GenerateContent(page.raw)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def test_a_pdf_text_layer_is_used_and_a_scanned_pdf_is_read_by_ocr(
    library: Library, tmp_path: Path
) -> None:
    typed = tmp_path / "certificat.pdf"
    typed.write_bytes(_pdf_with_text_layer(["Certificat d'etudes primaires", "Tinghir, 1952"]))
    scanned = tmp_path / "scan.pdf"
    letter_page(width=900, size=30).image.crop((0, 0, 900, 200)).save(scanned)
    typed_id, scanned_id = _import_letters(library, typed, scanned)
    read_text(library, languages=["fra"])
    layer = text_of(library.item(typed_id).texts)
    assert layer is not None
    assert layer.source is TextSource.PDF
    assert layer.text == "Certificat d'etudes primaires\nTinghir, 1952"
    assert 0.05 < layer.lines[0].box.y < layer.lines[1].box.y < 0.2  # top of the page
    ocr = text_of(library.item(scanned_id).texts)
    assert ocr is not None
    assert ocr.source is TextSource.OCR
    assert "Chère Esther" in ocr.text


def test_a_region_of_a_turned_scan_is_read_in_its_own_language(
    library: Library, tmp_path: Path
) -> None:
    """A scan stored sideways (EXIF orientation 6): the region and the lines stay on the
    stored image, and land on the Hebrew line once turned upright."""
    from PIL import Image
    from tests.recognition.rendered import HEBREW

    from memoryapp.core.orientation import rect_to_display, rect_to_stored
    from memoryapp.core.regions import Region
    from memoryapp.library.ocr_job import read_region

    upright = letter_page().image
    stored = upright.transpose(Image.Transpose.ROTATE_90)  # orientation 6 turns it back
    exif = stored.getexif()
    exif[0x0112] = 6
    path = tmp_path / "sideways.jpg"
    stored.save(path, quality=95, exif=exif.tobytes())
    item_id = _import_letter(library, path)
    assert library.item(item_id).orientation == 6
    shown = (0.4, 0.37, 0.58, 0.12)  # around the Hebrew line, upright
    region = Region(**dict(zip("xywh", rect_to_stored(*shown, 6), strict=True)))
    text = read_region(library, item_id, region, languages=["heb"])
    assert text.text == HEBREW
    assert text.region == region
    assert text_of(library.item(item_id).texts) is None  # the page itself is not read yet
    (line,) = text.lines
    x, y, w, h = rect_to_display(line.box.x, line.box.y, line.box.w, line.box.h, 6)
    assert shown[0] <= x < x + w <= shown[0] + shown[2] + 1e-6
    assert shown[1] <= y < y + h <= shown[1] + shown[3] + 1e-6
    finder = Finder(library, use_snapshot=False)
    assert list(finder.search(f"text:{HEBREW_WORD}").ids) == [item_id]
