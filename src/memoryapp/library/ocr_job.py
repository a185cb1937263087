"""Reading the text of documents and of the backs of prints, page by page, after import.

Each page read is one command (one commit, one undo step), so cancelling leaves a consistent
collection and a later run goes on where it stopped: pages that already have a text are
skipped unless ``force``. A PDF page with a text layer gives that text; other pages are read
by OCR (``recognition.ocr``) in the languages asked for, else those guessed for the item.
A person's transcription is never overwritten: a forced re-read replaces the machine text
under it.
"""

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from memoryapp.core.errors import InvalidRecordError, NotFoundError
from memoryapp.core.items import Item, ItemKind
from memoryapp.core.orientation import rect_to_display, rect_to_stored
from memoryapp.core.progress import CancelToken, Progress, ProgressClock, no_progress
from memoryapp.core.regions import Region
from memoryapp.core.text import script_of
from memoryapp.core.texts import (
    PageText,
    TextSource,
    text_of,
    transcribed,
    with_text,
)
from memoryapp.importers.pdf_text import page_image, pdf_page_lines
from memoryapp.importers.pictures import PictureError
from memoryapp.library.library import Library
from memoryapp.recognition.ocr import available_languages, onto, read_image
from memoryapp.storage.schema import utc_now

log = logging.getLogger(__name__)

__all__ = [
    "DOCUMENT_KINDS",
    "OcrReport",
    "PageRef",
    "guess_languages",
    "pages_to_read",
    "read_region",
    "read_text",
    "set_text",
]

DOCUMENT_KINDS = frozenset(
    {
        ItemKind.DOCUMENT,
        ItemKind.LETTER,
        ItemKind.POSTCARD,
        ItemKind.PASSPORT,
        ItemKind.CERTIFICATE,
        ItemKind.NEWSPAPER,
    }
)
"""Kinds whose every page is read; of other items only the files after the first (backs)."""

DEFAULT_LANGUAGES = ("fra", "heb", "ara")
_BCP47 = {"fr": "fra", "he": "heb", "iw": "heb", "ar": "ara", "en": "eng"}
_BY_SCRIPT = {"Latn": "fra", "Hebr": "heb", "Arab": "ara"}


@dataclass(frozen=True, slots=True)
class PageRef:
    """One page of one file of an item."""

    item_id: str
    file: int
    page: int


@dataclass(slots=True)
class OcrReport:
    """What a run read, skipped and could not read (one sentence per failure)."""

    read: list[PageRef] = field(default_factory=list)
    skipped: int = 0
    failures: list[str] = field(default_factory=list)
    cancelled: bool = False
    engine: str = ""


def pages_to_read(
    library: Library,
    item_ids: Sequence[str] = (),
    *,
    force: bool = False,
    whole_items: bool = True,
) -> tuple[list[PageRef], int]:
    """The pages a run reads (documents' pages, prints' backs), and how many it skips.

    Without ``item_ids`` every item outside the trash is considered; named items are read
    whatever their kind (every file and page), so a person can ask for any picture, unless
    ``whole_items`` is False (after an import: only the new documents' pages and backs).
    """
    items = [library.item(i) for i in item_ids] if item_ids else library.items()
    every_file = bool(item_ids) and whole_items
    refs: list[PageRef] = []
    skipped = 0
    for item in items:
        for index, media in enumerate(item.files):
            if not (every_file or item.kind in DOCUMENT_KINDS or index > 0):
                continue
            if media.format.lower() not in _READABLE:
                continue
            for page in range(1, max(1, media.pages) + 1):
                if not force and text_of(item.texts, index, page) is not None:
                    skipped += 1
                else:
                    refs.append(PageRef(item.id, index, page))
    return refs, skipped


_READABLE = frozenset({"jpeg", "png", "tiff", "gif", "bmp", "webp", "pdf", "heif", "avif", "jxl"})


def guess_languages(library: Library, item: Item) -> tuple[str, ...]:
    """The languages to read an item in when none are asked for (``--lang`` overrides).

    The languages of the scripts of the item's title, description, notes and typed texts,
    then the collection's (its films' languages), then French, Hebrew and Arabic, which a
    family's papers mix on one page: a collection's few films do not say which languages
    its letters are in, so the three are always read. Only installed languages are kept
    (all of them named when none is, so the error names the missing pack).
    """
    langs: list[str] = []
    words = [item.title, item.description, item.notes, *(t.corrected for t in item.texts)]
    for text in words:
        script = script_of(text) if text else ""
        if script in _BY_SCRIPT:
            langs.append(_BY_SCRIPT[script])
    for film in library.films():
        langs += [_BCP47[lang.split("-")[0]] for lang in film.languages if lang in _BCP47]
    chosen = list(dict.fromkeys([*langs, *DEFAULT_LANGUAGES]))
    installed = available_languages()
    return tuple(lang for lang in chosen if lang in installed) or tuple(chosen)


def read_text(
    library: Library,
    item_ids: Sequence[str] = (),
    *,
    languages: Sequence[str] = (),
    force: bool = False,
    whole_items: bool = True,
    progress: Progress = no_progress,
    cancel: CancelToken | None = None,
) -> OcrReport:
    """Read the text of the pages :func:`pages_to_read` lists, one command per page.

    Raises:
        OcrUnavailableError: Tesseract or a language asked for is not installed (checked
            before any page is read, unless every page has a PDF text layer).
        NotFoundError: an item ID is unknown.
    """
    refs, skipped = pages_to_read(library, item_ids, force=force, whole_items=whole_items)
    report = OcrReport(skipped=skipped)
    clock = ProgressClock(len(refs))
    progress(clock.info(0, message="reading text"))
    for done, ref in enumerate(refs):
        if cancel is not None and cancel.is_cancelled:
            report.cancelled = True
            break
        try:
            page = _read_page(library, ref, languages)
        except (PictureError, OSError) as exc:
            name = library.item(ref.item_id).title or ref.item_id
            detail = getattr(exc, "detail", "") or getattr(exc, "strerror", "") or str(exc)
            report.failures.append(f"{name}, page {ref.page}: {detail}")
            continue
        except NotFoundError:
            continue  # deleted while the job ran
        _save(library, ref, page)
        report.read.append(ref)
        report.engine = report.engine or page.engine
        progress(clock.info(done + 1, message=f"page {ref.page}"))
    return report


def read_region(
    library: Library,
    item_id: str,
    region: Region,
    *,
    file: int = 0,
    page: int = 1,
    languages: Sequence[str] = (),
) -> PageText:
    """Read one region of a page (a caption, a stamp, a line in another language): one command.

    ``region`` is in fractions of the stored image, like face regions; ``languages`` is this
    region's own choice (else the item's guess). The text is kept beside the page's.

    Raises:
        OcrUnavailableError: Tesseract or a language is missing.
        PictureError: the page cannot be decoded.
        InvalidRecordError: no such file or page.
    """
    item = library.item(item_id)
    if not 0 <= file < len(item.files):
        raise InvalidRecordError(f"the item has {len(item.files)} file(s), not {file + 1}")
    media = item.files[file]
    if not 1 <= page <= max(1, media.pages):
        raise InvalidRecordError(f"the file has {max(1, media.pages)} page(s), not {page}")
    data = library.media_path(item_id, file).read_bytes()
    orientation = item.orientation if file == 0 else None
    image = page_image(data, media.format, page, orientation)
    turn = orientation if (orientation and page == 1 and media.format.lower() != "pdf") else 1
    x, y, w, h = rect_to_display(region.x, region.y, region.w, region.h, turn)
    shown = Region(x=x, y=y, w=w, h=h)
    box = (
        round(x * image.width),
        round(y * image.height),
        max(round((x + w) * image.width), round(x * image.width) + 1),
        max(round((y + h) * image.height), round(y * image.height) + 1),
    )
    langs = tuple(languages) or guess_languages(library, item)
    result = read_image(image.crop(box), langs)
    lines = tuple(replace(line, box=_stored(onto(line.box, shown), turn)) for line in result.lines)
    text = PageText(
        file=file,
        page=page,
        region=region,
        machine_text=result.text,
        lines=lines,
        language=result.language or "+".join(langs),
        script=result.script,
        engine=result.engine,
        confidence=result.confidence,
        read_at=utc_now(),
    )
    _save(library, PageRef(item_id, file, page), text)
    return text


def _read_page(library: Library, ref: PageRef, languages: Sequence[str]) -> PageText:
    item = library.item(ref.item_id)
    media = item.files[ref.file]
    data = library.media_path(ref.item_id, ref.file).read_bytes()
    now = utc_now()
    if media.format.lower() == "pdf":
        lines = pdf_page_lines(data, ref.page)
        if lines:
            text = "\n".join(line.text for line in lines)
            return PageText(
                file=ref.file,
                page=ref.page,
                machine_text=text,
                lines=lines,
                script=script_of(text),
                source=TextSource.PDF,
                engine="pdf text layer",
                confidence=100.0,
                read_at=now,
            )
    langs = tuple(languages) or guess_languages(library, item)
    orientation = item.orientation if ref.file == 0 else None
    image = page_image(data, media.format, ref.page, orientation)
    result = read_image(image, langs)
    # Boxes are kept on the stored picture where the viewer turns it (a picture's first page);
    # a PDF page or a later TIFF page is shown as rendered here, so they stay as read.
    plain_first = ref.page == 1 and media.format.lower() != "pdf"
    turn = orientation if (orientation and plain_first) else 1
    lines = tuple(replace(line, box=_stored(line.box, turn)) for line in result.lines)
    return PageText(
        file=ref.file,
        page=ref.page,
        machine_text=result.text,
        lines=lines,
        language=result.language or "+".join(langs),
        script=result.script,
        source=TextSource.OCR,
        engine=result.engine,
        confidence=result.confidence,
        read_at=now,
    )


def _stored(box: Region, orientation: int) -> Region:
    x, y, w, h = rect_to_stored(box.x, box.y, box.w, box.h, orientation)
    return Region(x=x, y=y, w=w, h=h)


def _save(library: Library, ref: PageRef, page: PageText) -> None:
    """One command: the page's machine text, under any transcription a person typed."""
    item = library.item(ref.item_id)
    old = next((t for t in item.texts if t.key == page.key), None)
    if old is not None and old.corrected:
        page = replace(
            page,
            corrected=old.corrected,
            accepted=old.accepted,
            transcribed_by=old.transcribed_by,
            transcribed_at=old.transcribed_at,
            language=old.language or page.language,
        )
    library.apply(library.command("Read text", [replace(item, texts=with_text(item.texts, page))]))


def set_text(
    library: Library,
    item_id: str,
    text: str,
    *,
    file: int = 0,
    page: int = 1,
    language: str = "",
    accept: bool | None = None,
) -> PageText:
    """Type a transcription or correction of one page: one undoable command.

    The machine text stays under it. ``accept`` marks an unreliable machine reading as good
    enough for search without typing anything (pass ``text=""``).

    Raises:
        NotFoundError: no such item.
        InvalidRecordError: no such file or page.
    """
    item = library.item(item_id)
    if not 0 <= file < len(item.files):
        raise InvalidRecordError(f"the item has {len(item.files)} file(s), not {file + 1}")
    pages = max(1, item.files[file].pages)
    if not 1 <= page <= pages:
        raise InvalidRecordError(f"the file has {pages} page(s), not {page}")
    texts = transcribed(
        item.texts,
        text,
        file=file,
        page=page,
        language=language,
        by=library.user,
        at=utc_now(),
        accept=accept,
    )
    new = text_of(texts, file, page)
    assert new is not None
    label = "Transcribe text" if text else "Accept text"
    library.apply(library.command(label, [replace(item, texts=texts)]))
    return new
