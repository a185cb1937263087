"""The widgets of the details panel, laid out; the panel (``details.py``) fills and reads them."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from memoryapp.core.fields import field_of
from memoryapp.core.items import Item, ItemKind, Rights, Source
from memoryapp.ui.details_edits import RIGHTS_FIELDS, SOURCE_FIELDS, TEXT_FIELDS
from memoryapp.ui.embedded_view import EmbeddedView
from memoryapp.ui.i18n import QT_TRANSLATE_NOOP, follow_text_direction
from memoryapp.ui.page_text import PageTextBox
from memoryapp.ui.token_list import TokenListEdit
from memoryapp.ui.widgets.date_edit import FuzzyDateEdit
from memoryapp.ui.widgets.field_undo import FieldUndo
from memoryapp.ui.widgets.testimony import TestimonyBox

PREVIEW_SIZE = 320


def _label(record: type, name: str) -> str:
    """A field's label from the registry (translated where it is shown)."""
    spec = field_of(record, name)
    return spec.label if spec is not None else name


KIND_LABELS: tuple[tuple[ItemKind, str], ...] = (
    (ItemKind.PHOTO, QT_TRANSLATE_NOOP("DetailsForm", "Photo")),
    (ItemKind.DOCUMENT, QT_TRANSLATE_NOOP("DetailsForm", "Document")),
    (ItemKind.LETTER, QT_TRANSLATE_NOOP("DetailsForm", "Letter")),
    (ItemKind.POSTCARD, QT_TRANSLATE_NOOP("DetailsForm", "Postcard")),
    (ItemKind.PASSPORT, QT_TRANSLATE_NOOP("DetailsForm", "Passport")),
    (ItemKind.CERTIFICATE, QT_TRANSLATE_NOOP("DetailsForm", "Certificate")),
    (ItemKind.NEWSPAPER, QT_TRANSLATE_NOOP("DetailsForm", "Newspaper")),
    (ItemKind.RECORDING, QT_TRANSLATE_NOOP("DetailsForm", "Recording")),
    (ItemKind.OTHER, QT_TRANSLATE_NOOP("DetailsForm", "Other")),
)

RIGHTS_CHOICES: tuple[tuple[str, str], ...] = (
    ("", QT_TRANSLATE_NOOP("DetailsForm", "Not stated")),
    (
        "http://rightsstatements.org/vocab/InC/1.0/",
        QT_TRANSLATE_NOOP("DetailsForm", "In copyright"),
    ),
    (
        "http://rightsstatements.org/vocab/CNE/1.0/",
        QT_TRANSLATE_NOOP("DetailsForm", "Copyright not evaluated"),
    ),
    (
        "http://rightsstatements.org/vocab/UND/1.0/",
        QT_TRANSLATE_NOOP("DetailsForm", "Copyright undetermined"),
    ),
    ("https://creativecommons.org/licenses/by/4.0/", "CC BY 4.0"),
    ("https://creativecommons.org/licenses/by-nc/4.0/", "CC BY-NC 4.0"),
    ("https://creativecommons.org/publicdomain/zero/1.0/", "CC0 1.0"),
    (
        "https://creativecommons.org/publicdomain/mark/1.0/",
        QT_TRANSLATE_NOOP("DetailsForm", "Public domain"),
    ),
)

SOURCE_LABELS: tuple[tuple[str, str], ...] = tuple(
    (name, _label(Source, name)) for name in SOURCE_FIELDS
)
"""The source rows, from the field registry (labels translated in this context)."""

RIGHTS_LABELS: tuple[tuple[str, str], ...] = tuple(
    (name, _label(Rights, name)) for name in RIGHTS_FIELDS if name != "uri"
)
"""The rights rows below the statement, from the field registry."""


class TextBox(QPlainTextEdit):
    """A few lines of text that report ``editing_finished`` when left after a change."""

    editing_finished = Signal()

    def __init__(self, parent: QWidget | None = None, lines: int = 3) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        height = self.fontMetrics().lineSpacing() * lines + 12
        self.setFixedHeight(height)
        follow_text_direction(self)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if self.document().isModified():
            self.editing_finished.emit()


class FieldGrid(QGridLayout):
    """Label and field rows, like ``QFormLayout`` but each row as tall as its field needs.

    ``QFormLayout`` gives a row below a field that wraps (the chips of People, the reading
    beside a date) less height than it lays out, so the chips overlapped the Description box.
    """

    def __init__(self) -> None:
        super().__init__()
        self.setColumnStretch(1, 1)
        self._rows = 0

    def addRow(self, text: str, field: QWidget) -> None:
        """A row: ``text`` (with its &-shortcut to the field) and the field."""
        row, self._rows = self._rows, self._rows + 1
        if text:
            label = QLabel(text)
            label.setBuddy(field)
            # as tall as a line of text field, so it lines up with the field's first line
            label.setMinimumHeight(QLineEdit().sizeHint().height())
            label.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
            self.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
        self.addWidget(field, row, 1)


class DetailsForm(QWidget):
    """Every field of the panel. Attributes are the widgets, named after the item fields."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        self.preview = QLabel(self)
        self.preview.setObjectName("preview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumHeight(PREVIEW_SIZE * 3 // 4)
        self.preview.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.preview.setToolTip(self.tr("Double-click to open it large"))
        layout.addWidget(self.preview)
        self.open_button = QPushButton(self.tr("Open large (Enter)"), self)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.testimony = TestimonyBox(self)  # a recording's player, or who speaks of the item
        layout.addWidget(self.testimony)
        self.heading = QLabel(self)
        self.heading.setObjectName("heading")
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.heading.setFont(font)
        layout.addWidget(self.heading)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setEnabled(False)
        layout.addWidget(self.hint)

        main = FieldGrid()
        self.title = QLineEdit(self)
        follow_text_direction(self.title)
        main.addRow(self.tr("&Title"), self.title)
        self.taken = FuzzyDateEdit(self)
        main.addRow(self.tr("&Date"), self.taken)
        self.kind = QComboBox(self)
        for kind, label in KIND_LABELS:
            self.kind.addItem(self.tr(label), kind)
        main.addRow(self.tr("&Kind"), self.kind)
        self.description = TextBox(self, lines=3)
        main.addRow(self.tr("Descri&ption"), self.description)
        self.people = TokenListEdit(self.tr("Add a person…"), self)
        main.addRow(self.tr("&People"), self.people)
        self.evidence_warnings = QLabel(self)  # doubts about the identifications
        self.evidence_warnings.setObjectName("evidence_warnings")
        self.evidence_warnings.setWordWrap(True)
        self.evidence_warnings.setTextFormat(Qt.TextFormat.PlainText)
        self.evidence_warnings.setVisible(False)
        main.addRow("", self.evidence_warnings)
        self.faces_note = QLabel(self)  # "3 faces not named yet" (memoryapp faces)
        self.faces_note.setEnabled(False)
        self.faces_note.setVisible(False)
        main.addRow("", self.faces_note)
        self.places = TokenListEdit(self.tr("Add a place…"), self)
        main.addRow(self.tr("P&laces"), self.places)
        self.tags = TokenListEdit(self.tr("Add a tag…"), self)
        main.addRow(self.tr("T&ags"), self.tags)
        self.more_text: dict[str, QLineEdit] = {}  # the registry's other text fields
        for name in TEXT_FIELDS:
            if name not in ("title", "description", "notes"):
                self.more_text[name] = edit = QLineEdit(self)
                edit.setObjectName(name)
                follow_text_direction(edit)
                main.addRow(self.tr(_label(Item, name)), edit)
        self.private = QCheckBox(self.tr("Private: never exported or shared"), self)
        main.addRow("", self.private)
        layout.addLayout(main)
        self.page_text = PageTextBox(self)  # the page's text, read by OCR or typed
        layout.addWidget(self.page_text)

        source_box = QGroupBox(self.tr("Source"), self)
        source_form = QFormLayout(source_box)
        self.source: dict[str, QLineEdit] = {}
        for name, label in SOURCE_LABELS:
            self.source[name] = edit = QLineEdit(source_box)
            follow_text_direction(edit)
            source_form.addRow(self.tr(label), edit)
        layout.addWidget(source_box)

        rights_box = QGroupBox(self.tr("Rights"), self)
        rights_form = QFormLayout(rights_box)
        self.rights_uri = QComboBox(rights_box)
        for uri, label in RIGHTS_CHOICES:
            self.rights_uri.addItem(self.tr(label), uri)
        rights_form.addRow(self.tr("Statement"), self.rights_uri)
        self.rights: dict[str, QLineEdit] = {}
        for name, label in RIGHTS_LABELS:
            self.rights[name] = edit = QLineEdit(rights_box)
            follow_text_direction(edit)
            rights_form.addRow(self.tr(label), edit)
        layout.addWidget(rights_box)

        notes_box = QGroupBox(self.tr("Notes"), self)
        notes_layout = QVBoxLayout(notes_box)
        self.notes = TextBox(notes_box, lines=3)
        notes_layout.addWidget(self.notes)
        layout.addWidget(notes_box)

        self.embedded_box = QGroupBox(self.tr("From the file (read only)"), self)
        embedded_layout = QVBoxLayout(self.embedded_box)
        self.embedded = EmbeddedView(self.embedded_box)
        embedded_layout.addWidget(self.embedded)
        layout.addWidget(self.embedded_box)
        layout.addStretch(1)
        self.title.setObjectName("title")
        self.description.setObjectName("description")
        self.notes.setObjectName("notes")
        self.field_undo = FieldUndo(self)
        self.field_undo.watch(
            *self.text_widgets().values(), *self.source.values(), *self.rights.values()
        )

    def set_read_only(self, read_only: bool) -> None:
        """Show the fields without letting them be changed (a collection opened read-only)."""
        for edit in (*self.text_widgets().values(), *self.source.values(), *self.rights.values()):
            edit.setReadOnly(read_only)
        self.page_text.set_read_only(read_only)
        for widget in (
            self.taken,
            self.kind,
            self.people,
            self.places,
            self.tags,
            self.private,
            self.rights_uri,
        ):
            widget.setEnabled(not read_only)

    def text_widgets(self) -> dict[str, QLineEdit | TextBox]:
        """Title, description, notes and the registry's other text fields, by field name."""
        fixed: dict[str, QLineEdit | TextBox] = {"title": self.title}
        fixed |= {"description": self.description, "notes": self.notes}
        return {**fixed, **self.more_text}
