"""Translations, locale-aware sorting and right-to-left text for the UI.

* ``install_translators`` loads memoryapp's own ``.qm`` (shipped in ``ui/translations/``)
  and Qt's, and sets the layout direction of the language.
* ``sort_key()`` sorts names for display with ``QCollator`` (matching uses the core's
  ``search_key``).
* ``isolate`` wraps user data put into a sentence, so a Hebrew name keeps its order inside
  French text; ``follow_text_direction`` makes a line edit lay out Hebrew and Arabic right
  to left whatever the UI language.
"""

import logging
from collections.abc import Callable
from functools import cache, cmp_to_key
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCollator, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPlainTextEdit, QTextEdit

from memoryapp.core.text import is_rtl
from memoryapp.core.text import isolate as _isolate

log = logging.getLogger(__name__)

TRANSLATIONS = Path(__file__).resolve().parent / "translations"
UI_LANGUAGES: tuple[tuple[str, str], ...] = (
    ("en", "English"),
    ("fr", "Fran\N{LATIN SMALL LETTER C WITH CEDILLA}ais"),
    ("he", "\u05e2\u05d1\u05e8\u05d9\u05ea"),  # עברית
    ("ar", "\u0627\u0644\u0639\u0631\u0628\u064a\u0629"),  # العربية
)
"""Languages the UI is translated into, with their own names (Hebrew and Arabic: mirrored)."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context`` without translating it yet (typed)."""
    return text


def number(value: int) -> str:
    """A count as the UI's locale writes it (``20,000``, ``20 000``), as ``%Ln`` does in ``tr``."""
    return QLocale().toString(value)


def system_language() -> str:
    """The UI language the system asks for ("fr"), from the default locale."""
    return QLocale().name().split("_")[0]


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Load the translations for ``language`` ("" = the system's) and set the layout direction.

    Returns the translators installed (keep them alive as long as the application).
    """
    lang = language or system_language()
    locale = QLocale(lang)
    QLocale.setDefault(locale)
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("qtbase", qt_dir), ("memoryapp", str(TRANSLATIONS))):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            installed.append(translator)
        elif name == "memoryapp":
            log.info("No memoryapp translation for %s in %s: English", lang, folder)
            # English still needs its plural forms ("1 item", "2 items").
            if translator.load("memoryapp_en", folder):
                app.installTranslator(translator)
                installed.append(translator)
    app.setLayoutDirection(locale.textDirection())
    return installed


@cache
def _collator(locale_name: str) -> QCollator:
    collator = QCollator(QLocale(locale_name))
    collator.setNumericMode(True)
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return collator


def sort_key(locale_name: str = "") -> Callable[[str], Any]:
    """A key function that sorts text as a reader of the locale expects ("" = default).

    Example: ``sorted(names, key=sort_key())``.
    """
    collator = _collator(locale_name or QLocale().name())
    return cmp_to_key(collator.compare)


def isolate(text: str) -> str:
    """Wrap user text in FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE for sentences."""
    return _isolate(text)


def direction_of(text: str) -> Qt.LayoutDirection:
    """Right to left for Hebrew or Arabic text, else left to right."""
    return Qt.LayoutDirection.RightToLeft if is_rtl(text) else Qt.LayoutDirection.LeftToRight


def follow_text_direction(edit: QLineEdit | QPlainTextEdit | QTextEdit | QLabel) -> None:
    """Lay the field's text out in its own direction as it changes (Hebrew, Arabic: RTL).

    Qt takes a field's direction from the widget, so a Hebrew title typed into a French
    interface would start at the left edge; this keeps it at its reading edge. The first
    strong character decides, as in the Unicode bidi algorithm.
    """

    def text_of() -> str:
        if isinstance(edit, QLineEdit | QLabel):
            return edit.text()
        return edit.toPlainText()

    def update(*_args: object) -> None:
        text = text_of()
        parent = edit.parentWidget()
        base = parent.layoutDirection() if parent else QApplication.layoutDirection()
        wanted = direction_of(text) if text.strip() else base
        if edit.layoutDirection() != wanted:
            edit.setLayoutDirection(wanted)
        # Wrapped labels and text documents do not flip "leading" by themselves.
        edge = (
            Qt.AlignmentFlag.AlignRight
            if wanted == Qt.LayoutDirection.RightToLeft
            else Qt.AlignmentFlag.AlignLeft
        ) | Qt.AlignmentFlag.AlignAbsolute
        if isinstance(edit, QLabel):
            edit.setAlignment(edge | Qt.AlignmentFlag.AlignVCenter)
        elif not isinstance(edit, QLineEdit):
            option = edit.document().defaultTextOption()
            if option.alignment() != edge or option.textDirection() != wanted:
                option.setAlignment(edge)
                option.setTextDirection(wanted)
                edit.document().setDefaultTextOption(option)

    if isinstance(edit, QLabel):
        update()  # labels change through setText: call again after it
        return
    edit.textChanged.connect(update)
    update()
