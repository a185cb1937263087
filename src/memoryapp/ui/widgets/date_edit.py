"""A date field that takes dates as people say them, and shows how it read them.

"c. 1955", "vers 1955", "1950s", "années 50", "before 1960", "between 1948 and 1956",
"summer 1962", "1955?", a Hebrew or Hijri date, or plain EDTF are read by the core's
``parse_date``. Beside the field the reading is spelled out (``describe``) with its EDTF, or,
in red, why it could not be read, with an offer to keep the words as an undated note.
"""

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QSizePolicy, QToolButton, QWidget

from memoryapp.core.dates import DateModifier, FuzzyDate, InvalidDateError, describe
from memoryapp.core.text import is_rtl, isolate, normalize
from memoryapp.ui.widgets.field_undo import FieldUndo, forget_typing

LANGUAGES = ("en", "fr", "he", "ar")
_OK_COLOUR = "palette(window-text)"
_ERROR_COLOUR = "#c62828"


def _ui_language() -> str:
    lang = QLocale().name().split("_")[0]
    return lang if lang in LANGUAGES else "en"


class FuzzyDateEdit(QWidget):
    """A line edit for uncertain dates, with its reading shown beside it.

    Signals:
        date_changed(object): the field was left (``editingFinished``) holding a value that
            differs from the last one: a ``FuzzyDate``, or None when the field was emptied.
    """

    date_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, lang: str | None = None) -> None:
        super().__init__(parent)
        self._lang = lang if lang in LANGUAGES else _ui_language()
        self._date: FuzzyDate | None = None
        self._error = ""
        self._emitted: FuzzyDate | None = None
        self._kept_text = ""  # the text that ``_date`` was set or kept for
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.line = QLineEdit(self)
        self.line.setPlaceholderText(self.tr("e.g. c. 1955, summer 1962, 1950s"))
        self.line.setClearButtonEnabled(True)
        self.line.setMinimumWidth(140)
        layout.addWidget(self.line, 2)
        self.feedback = QLabel(self)
        self.feedback.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.feedback.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.feedback.setWordWrap(True)
        layout.addWidget(self.feedback, 3)
        self.keep_button = QToolButton(self)
        self.keep_button.setText(self.tr("Keep as words"))
        self.keep_button.setToolTip(
            self.tr("Keep these words as an undated note (they will not sort or filter by date)")
        )
        self.keep_button.clicked.connect(self.keep_as_text)
        self.keep_button.hide()
        layout.addWidget(self.keep_button)
        self.line.textChanged.connect(self._on_edited)
        self.line.editingFinished.connect(self._on_finished)
        self.field_undo = FieldUndo(self)
        self.field_undo.watch(self.line)
        self._show()

    # -- public API ------------------------------------------------------------------------

    def date(self) -> FuzzyDate | None:
        """The date read (None when the field is empty or cannot be read)."""
        return self._date

    def setDate(self, date: FuzzyDate | None) -> None:
        """Show ``date`` (None empties the field); does not emit ``date_changed``."""
        self._date = date
        self._emitted = date
        self._error = ""
        text = "" if date is None else (date.input or date.edtf or "")
        self._kept_text = text
        self.line.setText(text)  # _on_edited sees the kept text and keeps ``date``
        self._direction(text)
        self._show()

    def is_valid(self) -> bool:
        """Whether the field is empty or holds a date that was read."""
        return not self._error

    def error(self) -> str:
        """Why the text cannot be read ("" when it can)."""
        return self._error

    def language(self) -> str:
        """The language the reading is described in."""
        return self._lang

    def set_language(self, lang: str) -> None:
        """Describe readings in ``lang`` (en, fr, he, ar; others fall back to English)."""
        self._lang = lang if lang in LANGUAGES else "en"
        self._show()

    def keep_as_text(self) -> None:
        """Keep the words that could not be read as a text-only (undated) date."""
        from memoryapp.core.dates.phrases import text_only  # inline: the date lexicons

        words = normalize(self.line.text())
        if not words:
            return
        self._date = text_only(words)
        self._kept_text = self.line.text()
        self._error = ""
        self._show()
        self._on_finished()

    # -- reading ---------------------------------------------------------------------------

    def _direction(self, text: str) -> None:
        rtl = is_rtl(text)
        self.line.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        )

    def _on_edited(self, text: str) -> None:
        self._direction(text)
        if text == self._kept_text and self._date is not None:
            self._error = ""
        elif not normalize(text):
            self._date, self._error = None, ""
        else:
            from memoryapp.core.dates.phrases import parse_date  # inline: the date lexicons

            try:
                self._date, self._error = parse_date(text, lang=self._lang), ""
            except InvalidDateError as exc:
                self._date, self._error = None, str(exc)
        self._show()

    def _on_finished(self) -> None:
        if self._error or self._date == self._emitted:
            return
        self._emitted = self._date
        self._kept_text = self.line.text()
        forget_typing(self.line)  # saved: Ctrl+Z now belongs to the collection's undo
        self.date_changed.emit(self._date)

    def _show(self) -> None:
        date = self._date
        self.keep_button.setVisible(bool(self._error))
        if self._error:
            text = self.tr("Not a date I can read: %1").replace(
                "%1", isolate(normalize(self.line.text()))
            )
            self.feedback.setToolTip(self._error)
            self._set_feedback(text, error=True)
        elif date is None:
            self.feedback.setToolTip("")
            self._set_feedback("", error=False)
        elif date.modifier is DateModifier.TEXTONLY or date.edtf is None:
            self.feedback.setToolTip("")
            self._set_feedback(self.tr("Kept as words, undated"), error=False)
        else:
            words = describe(date, self._lang)
            text = self.tr("%1 (EDTF %2)").replace("%1", isolate(words))
            self.feedback.setToolTip(date.edtf)
            self._set_feedback(text.replace("%2", isolate(date.edtf)), error=False)

    def _set_feedback(self, text: str, *, error: bool) -> None:
        # Qt picks the paragraph direction from the first strong letter even inside an
        # isolate; start with a mark of the UI's direction so "(EDTF ...)" stays in place.
        ltr = self.layoutDirection() == Qt.LayoutDirection.LeftToRight
        mark = "\N{LEFT-TO-RIGHT MARK}" if ltr else "\N{RIGHT-TO-LEFT MARK}"
        self.feedback.setText(mark + text if text else "")
        colour = _ERROR_COLOUR if error else _OK_COLOUR
        self.feedback.setStyleSheet(f"color: {colour};")
        self.line.setStyleSheet(
            f"QLineEdit {{ border: 1px solid {_ERROR_COLOUR}; }}" if error else ""
        )
        self.line.setToolTip(self._error)
