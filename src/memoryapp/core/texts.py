"""Text read from a page: by OCR, from a PDF's text layer, or typed by a person.

A :class:`PageText` belongs to an item, one of its files (``file``: 0 the front, a later index
a back or another view), one page of that file and optionally a region of it. It keeps the
machine's reading (with its lines and their boxes, for highlighting) beside a person's
correction or transcription: the corrected text wins, the machine text is kept. Readings
whose confidence is low (handwriting) are ``unreliable`` and stay out of search unless a
person accepts them.
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from enum import StrEnum

from memoryapp.core.regions import Region
from memoryapp.core.text import normalize, script_of, tokens

RELIABLE_CONFIDENCE = 60.0
"""Mean word confidence (0-100) under which a machine reading is unreliable."""


class TextSource(StrEnum):
    """Where the machine text came from."""

    OCR = "ocr"
    PDF = "pdf"  # a PDF page's own text layer
    TYPED = "typed"  # no machine reading: a person typed it


@dataclass(frozen=True, slots=True, kw_only=True)
class TextLine:
    """One line of a page as read, with its box on the stored image (fractions 0..1)."""

    text: str
    box: Region
    confidence: float = 100.0
    language: str = ""  # Tesseract code of the reading kept for this line ("heb")


@dataclass(frozen=True, slots=True, kw_only=True)
class PageText:
    """The text of one page (or one region of it) of one file of an item.

    Attributes:
        file: index of the item's file (0 the first; a back or other view after it).
        page: the page of that file, from 1.
        region: the part of the page read, or None for the whole page.
        machine_text: what OCR or the PDF read ("" when a person typed the text).
        lines: the machine's lines with their boxes, in reading order.
        corrected: a person's correction or transcription ("" when none); it wins.
        language: the text's language(s) as Tesseract codes ("fra", "fra+heb").
        script: ISO 15924 code of the main script ("Latn", "Hebr", "Arab").
        source: OCR, a PDF text layer, or typed.
        engine: the engine and its version ("tesseract 5.3.0").
        confidence: mean word confidence 0-100 of the machine reading.
        accepted: a person accepted an unreliable reading for search.
        transcribed_by, transcribed_at: who typed the correction and when (ISO 8601 UTC).
        read_at: when the machine read it (ISO 8601 UTC).
    """

    file: int = 0
    page: int = 1
    region: Region | None = None
    machine_text: str = ""
    lines: tuple[TextLine, ...] = ()
    corrected: str = ""
    language: str = ""
    script: str = ""
    source: TextSource = TextSource.OCR
    engine: str = ""
    confidence: float = 0.0
    accepted: bool = False
    transcribed_by: str = ""
    transcribed_at: str = ""
    read_at: str = ""

    @property
    def text(self) -> str:
        """The text to show and search: a person's, else the machine's."""
        return self.corrected or self.machine_text

    @property
    def reliable(self) -> bool:
        """Whether search uses it: typed or corrected, accepted, or read with confidence."""
        return (
            bool(self.corrected)
            or self.accepted
            or self.source is not TextSource.OCR
            or self.confidence >= RELIABLE_CONFIDENCE
        )

    @property
    def key(self) -> tuple[int, int, Region | None]:
        """Which text of the item this is: file, page and region."""
        return (self.file, self.page, self.region)


def text_of(texts: Iterable[PageText], file: int = 0, page: int = 1) -> PageText | None:
    """The whole-page text of one page of one file among an item's texts, or None."""
    return next((t for t in texts if t.key == (file, page, None)), None)


def with_text(texts: Iterable[PageText], text: PageText) -> tuple[PageText, ...]:
    """An item's texts with ``text`` in place of the one of the same file, page and region."""
    others = [t for t in texts if t.key != text.key]
    return tuple(sorted((*others, text), key=lambda t: (t.file, t.page, t.region is not None)))


def searchable_texts(texts: Iterable[PageText]) -> list[str]:
    """The texts search covers (reliable ones), one per page or region."""
    return [t.text for t in texts if t.reliable and t.text]


def matching_lines(text: PageText, words: Iterable[str]) -> list[TextLine]:
    """The lines of ``text`` holding one of ``words`` (folded comparison)."""
    wanted = {w for word in words for w in tokens(word)}
    return [line for line in text.lines if wanted & set(tokens(line.text))]


def transcribed(
    texts: Iterable[PageText],
    typed: str,
    *,
    file: int = 0,
    page: int = 1,
    language: str = "",
    by: str = "",
    at: str = "",
    accept: bool | None = None,
) -> tuple[PageText, ...]:
    """An item's texts with a person's transcription of one page (``typed``, may be "").

    The machine text stays under it; ``accept`` marks an unreliable machine reading as good
    enough for search. Typing nothing keeps the earlier transcription.
    """
    texts = tuple(texts)
    old = text_of(texts, file, page) or PageText(file=file, page=page, source=TextSource.TYPED)
    clean = normalize(typed.strip())
    new = replace(
        old,
        corrected=clean or old.corrected,
        language=language or old.language or _LANGUAGE_OF_SCRIPT.get(script_of(clean), ""),
        script=script_of(clean) if clean else old.script,
        accepted=old.accepted if accept is None else accept,
        transcribed_by=by if clean else old.transcribed_by,
        transcribed_at=at if clean else old.transcribed_at,
    )
    return with_text(texts, new)


_LANGUAGE_OF_SCRIPT = {"Hebr": "heb", "Arab": "ara"}
_FIELD = re.compile(r"^-?([A-Za-z]+):(.*)$")


def query_words(query: str) -> list[str]:
    """The words of a search that can match page text: free words and ``text:`` values.

    Operators, negated words and other fields (``person:``, ``date:``...) are left out.
    """
    words: list[str] = []
    for part in re.findall(r'-?\w+:"[^"]*"|"[^"]*"|\S+', query):
        if part in ("AND", "OR", "NOT") or part.startswith("-"):
            continue
        match = _FIELD.match(part)
        if match is not None:
            if match.group(1).lower() == "text":
                words.append(match.group(2).strip('"'))
            continue
        words.append(part.strip('"'))
    return [w for w in words if w]
