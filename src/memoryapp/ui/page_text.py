"""The text of a page beside it in the details panel: read by OCR or typed, editable.

Each paragraph is laid out in its own direction (a Hebrew or Arabic line right to left, a
French one left to right, in one box). A reading whose confidence is low says so and invites
a transcription; a person's text saved here wins over the machine's, which is kept.
"""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QTextBlockFormat, QTextCursor
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from memoryapp.core.items import Item
from memoryapp.core.text import is_rtl
from memoryapp.core.texts import PageText, text_of


class PageTextEdit(QTextEdit):
    """Plain text whose every paragraph takes the direction of its first strong letter.

    A ``QTextEdit`` without rich text, not a ``QPlainTextEdit``: the plain editor's layout
    ignores a paragraph's own direction (seen in a screenshot: Hebrew lines at the left).

    Signals:
        editing_finished(): left after a change.
    """

    editing_finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setAcceptRichText(False)
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * 6 + 12)
        self.document().contentsChanged.connect(self.follow_directions)

    def follow_directions(self) -> None:
        """Set each paragraph's direction from its own text (bidi's first strong letter)."""
        doc = self.document()
        was_modified = doc.isModified()
        block = doc.begin()
        while block.isValid():
            wanted = (
                Qt.LayoutDirection.RightToLeft
                if is_rtl(block.text())
                else Qt.LayoutDirection.LeftToRight
            )
            if block.blockFormat().layoutDirection() != wanted:
                fmt = QTextBlockFormat(block.blockFormat())
                fmt.setLayoutDirection(wanted)
                cursor = QTextCursor(block)
                doc.blockSignals(True)  # no contentsChanged loop
                cursor.setBlockFormat(fmt)
                doc.blockSignals(False)
            block = block.next()
        doc.setModified(was_modified)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if self.document().isModified():
            self.editing_finished.emit()


class PageTextBox(QGroupBox):
    """The first page's text of one item, its reading's facts, and what a person can do.

    Signals:
        transcribed(str): the user typed a transcription or correction (the whole text).
        accepted(): the user lets search use an unreliable machine reading.
    """

    transcribed = Signal(str)
    accepted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Text"), parent)
        self._text: PageText | None = None
        layout = QVBoxLayout(self)
        self.warning = QLabel(self)
        self.warning.setWordWrap(True)
        self.warning.setObjectName("unreliableText")
        self.warning.setStyleSheet("color: #a15c00;")
        layout.addWidget(self.warning)
        self.edit = PageTextEdit(self)
        self.edit.setObjectName("pageText")
        self.edit.setPlaceholderText(
            self.tr("No text yet: read it with Catalogue ▸ Read text (OCR), or type it here.")
        )
        layout.addWidget(self.edit)
        row = QHBoxLayout()
        self.facts = QLabel(self)
        self.facts.setEnabled(False)
        self.facts.setWordWrap(True)
        row.addWidget(self.facts, 1)
        self.accept_button = QPushButton(self.tr("Use for search"), self)
        self.accept_button.setToolTip(
            self.tr("Let search find this machine reading although its confidence is low")
        )
        row.addWidget(self.accept_button)
        layout.addLayout(row)
        self.edit.editing_finished.connect(self._on_edited)
        self.accept_button.clicked.connect(self.accepted)

    @property
    def page_text(self) -> PageText | None:
        """The text shown (None when the page has none)."""
        return self._text

    def show_item(self, item: Item | None) -> None:
        """Show the first page's text of ``item`` (hidden for none or several items)."""
        self.setVisible(item is not None)
        if item is None:
            return
        if self.edit.hasFocus() and self.edit.document().isModified():
            return  # the user is typing: keep their words
        text = text_of(item.texts)
        self._text = text
        self.edit.setPlainText(text.text if text is not None else "")
        self.edit.follow_directions()
        self.edit.document().setModified(False)
        unreliable = text is not None and not text.reliable
        self.warning.setVisible(unreliable)
        self.warning.setText(
            self.tr("Unreliable: machine reading of handwriting; type a transcription instead.")
        )
        self.accept_button.setVisible(unreliable)
        self.facts.setText(self._facts(text))

    def set_read_only(self, read_only: bool) -> None:
        """Show the text without letting it be changed."""
        self.edit.setReadOnly(read_only)
        self.accept_button.setEnabled(not read_only)

    def _facts(self, text: PageText | None) -> str:
        if text is None:
            return ""
        if text.corrected:
            who = text.transcribed_by or self.tr("someone")
            return self.tr("Typed by %1").replace("%1", who)
        if text.engine:
            return (
                self.tr("Read by %1, %2% confidence")
                .replace("%1", text.engine)
                .replace("%2", str(round(text.confidence)))
            )
        return ""

    def _on_edited(self) -> None:
        typed = self.edit.toPlainText()
        self.edit.document().setModified(False)
        if typed.strip() and typed.strip() != (self._text.text if self._text else ""):
            self.transcribed.emit(typed)
