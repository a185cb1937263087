"""Pages for reading: a PDF page's own text layer (pypdfium2), or a page decoded upright."""

import io

from PIL import Image

from memoryapp.core.regions import Region
from memoryapp.core.text import normalize
from memoryapp.core.texts import TextLine

__all__ = ["PDF_SIDE", "page_image", "pdf_page_lines"]


def pdf_page_lines(data: bytes, page: int) -> tuple[TextLine, ...]:
    """The text lines of page ``page`` (from 1) with their boxes (fractions, top-left origin).

    An empty tuple when the page has no text layer (a scan) or the file cannot be read as a
    PDF: the caller then reads the page by OCR.
    """
    import pypdfium2 as pdfium

    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError:
        return ()
    try:
        if not 1 <= page <= len(doc):
            return ()
        pdf_page = doc[page - 1]
        width, height = pdf_page.get_size()
        textpage = pdf_page.get_textpage()
        lines = []
        for i in range(textpage.count_rects()):
            left, bottom, right, top = textpage.get_rect(i)
            text = normalize(textpage.get_text_bounded(left, bottom, right, top).strip())
            if not text or width <= 0 or height <= 0:
                continue
            x = min(max(left / width, 0.0), 1.0)
            y = min(max(1 - top / height, 0.0), 1.0)
            w = min((right - left) / width, 1 - x)
            box = Region(x=x, y=y, w=w, h=min((top - bottom) / height, 1 - y))
            lines.append(TextLine(text=text, box=box))
        return tuple(lines)
    except pdfium.PdfiumError:
        return ()
    finally:
        doc.close()


PDF_SIDE = 2400
"""Pixels on the long side a PDF page is rendered at for OCR (about 290 dpi for A4)."""


def page_image(data: bytes, fmt: str, page: int, orientation: int | None) -> Image.Image:
    """Page ``page`` (from 1) of a picture, TIFF or PDF, decoded and turned upright.

    ``orientation`` is the item's (1-8) for its first page, or None to follow the file's own.

    Raises:
        PictureError: no such page, or the page cannot be decoded.
    """
    from memoryapp.importers.pictures import PictureError, _pdf_page, picture_error, upright

    try:
        if fmt.lower() == "pdf":
            return _pdf_page(data, page - 1, PDF_SIDE)
        im = Image.open(io.BytesIO(data))
        im.seek(page - 1)
        im.load()
        return upright(im, orientation if page == 1 else None)
    except Exception as exc:  # any decoder failure is this page's result
        error = picture_error(exc)
        raise PictureError(error.reason, f"page {page}: {error.detail}") from exc
