"""A small dialog that records who identified a person, how, from what and how sure."""

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from memoryapp.core.assertions import Assertion, Method, Status
from memoryapp.core.evidence import parse_source
from memoryapp.core.people import Person
from memoryapp.core.text import search_key
from memoryapp.ui.details_evidence import CONFIDENCES, METHODS, STATUSES, translated
from memoryapp.ui.i18n import follow_text_direction


class AssertionDialog(QDialog):
    """Asks for one assertion about ``person_name``; read it with :meth:`assertion`.

    Args:
        person_name: who is named (shown in the title).
        people: the collection's people: a "by" that names one is stored as that person.
        user: the app's user name, the default "by".
        is_item: whether a text is an item ID (for the source).
    """

    def __init__(
        self,
        person_name: str,
        people: Sequence[Person],
        user: str,
        is_item: Callable[[str], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Identification of %1").replace("%1", person_name))
        self._people, self._is_item = people, is_item
        form = QFormLayout(self)
        self.by = QLineEdit(user, self)
        follow_text_direction(self.by)
        form.addRow(self.tr("Who says so"), self.by)
        self.how = QComboBox(self)
        for method, label in METHODS.items():
            self.how.addItem(translated(label), method.value)
        form.addRow(self.tr("How"), self.how)
        self.source = QLineEdit(self)
        self.source.setPlaceholderText(
            self.tr("RECORDING_ID@00:03:12, an item ID, family.ged, or words")
        )
        follow_text_direction(self.source)
        form.addRow(self.tr("Source"), self.source)
        self.confidence = QComboBox(self)
        for n, label in enumerate(CONFIDENCES):
            self.confidence.addItem(f"{n} - {translated(label)}", n)
        self.confidence.setCurrentIndex(2)
        form.addRow(self.tr("Confidence"), self.confidence)
        self.status = QComboBox(self)
        for status, label in STATUSES.items():
            self.status.addItem(translated(label), status.value)
        form.addRow(self.tr("Status"), self.status)
        self.note = QLineEdit(self)
        follow_text_direction(self.note)
        form.addRow(self.tr("Note"), self.note)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._on_accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def assertion(self) -> Assertion:
        """The assertion as filled in.

        Raises:
            ValueError: the source names a moment that is not one.
        """
        by = self.by.text().strip()
        key = search_key(by)
        match = [p for p in self._people if any(search_key(n.value) == key for n in p.names)]
        text = self.source.text().strip()
        return Assertion(
            by_person=match[0].id if len(match) == 1 else None,
            by_name="" if len(match) == 1 else by,
            method=Method(self.how.currentData()),
            source=parse_source(text, self._is_item),
            confidence=int(self.confidence.currentData()),
            date=dt.datetime.now(dt.UTC).date().isoformat(),
            status=Status(self.status.currentData()),
            note=self.note.text().strip(),
        )

    def _on_accept(self) -> None:
        try:
            self.assertion()
        except ValueError as exc:
            self.error.setText(str(exc))
            return
        self.accept()
