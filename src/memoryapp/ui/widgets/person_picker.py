"""Choose a person by any of their names, or create one by typing a new name.

Matching folds accents, case, Hebrew niqqud and Arabic harakat through the core's
``search_key``, so "Elmaleh", "Elmaléh" and "ELMALEH" find the same person, and a Hebrew or
Arabic alias finds them too.
"""

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from memoryapp.core.ids import PersonId
from memoryapp.core.people import Person
from memoryapp.core.text import is_rtl, isolate, normalize, search_key

PersonIdRole = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex
MAX_CHOICES = 200


@dataclass(frozen=True, slots=True)
class _Choice:
    person_id: PersonId | None  # None: "create a new person"
    text: str
    matched: str  # the spelling that matched (an alias), or ""


class PersonChoices(QAbstractListModel):
    """The people whose names contain the typed text, plus a "new person" row."""

    def __init__(self, people: Sequence[Person], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._people = list(people)
        self._keys = [[(search_key(n.value), n.value) for n in p.names] for p in self._people]
        self._rows: list[_Choice] = []
        self.set_filter("")

    def set_filter(self, text: str) -> None:
        """Show the people matching ``text`` (all of them when it is empty)."""
        typed = normalize(text)
        key = search_key(typed)
        found: list[tuple[bool, _Choice]] = []
        for person, keys in zip(self._people, self._keys, strict=True):
            hit = next((value for k, value in keys if key in k), None)
            if hit is None:
                continue
            same = any(k == key for k, _ in keys)
            found.append((same, _Choice(person.id, person.name, "" if hit == person.name else hit)))
            if len(found) >= MAX_CHOICES:
                break
        found.sort(key=lambda pair: not pair[0])  # exact spellings first, then by name
        exact = bool(found) and found[0][0]
        rows = [choice for _same, choice in found]
        if typed and not exact:
            label = self.tr("New person: %1").replace("%1", isolate(typed))
            rows.append(_Choice(None, label, typed))
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        """One row per matching person (plus the "new person" row)."""
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """The name (with the matching alias), or the person's id."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        choice = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if choice.person_id is not None and choice.matched:
                return f"{isolate(choice.text)} ({isolate(choice.matched)})"
            return choice.text
        if role == PersonIdRole:
            return choice.person_id
        if role == Qt.ItemDataRole.UserRole:
            return choice.matched if choice.person_id is None else choice.text
        return None


class PersonPicker(QDialog):
    """Ask who is in a rectangle. After ``accepted``, read ``person_id`` or ``new_name``."""

    def __init__(
        self,
        people: Sequence[Person],
        parent: QWidget | None = None,
        *,
        text: str = "",
        title: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("Who is this?"))
        self.person_id: PersonId | None = None
        self.new_name: str | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Type any spelling of the name:"), self))
        self.line = QLineEdit(self)
        self.line.setPlaceholderText(self.tr("Name in any script"))
        self.line.setClearButtonEnabled(True)
        layout.addWidget(self.line)
        self.model = PersonChoices(people, self)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setUniformItemSizes(True)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.line.textChanged.connect(self._on_text)
        self.line.installEventFilter(self)
        self.list.doubleClicked.connect(lambda _index: self.accept())
        self.line.setText(text)
        self._on_text(text)
        self.resize(360, 380)

    def _on_text(self, text: str) -> None:
        rtl = is_rtl(text)
        direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        self.line.setLayoutDirection(direction)
        self.model.set_filter(text)
        if self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(0, 0))

    def eventFilter(self, watched: object, event: object) -> bool:
        """Up and Down in the line edit move through the choices."""
        if (
            watched is self.line
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
        ):
            step = -1 if event.key() == Qt.Key.Key_Up else 1
            row = min(max(self.list.currentIndex().row() + step, 0), self.model.rowCount() - 1)
            self.list.setCurrentIndex(self.model.index(row, 0))
            return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]

    def accept(self) -> None:
        """Take the highlighted choice (or the typed text as a new person)."""
        index = self.list.currentIndex()
        typed = normalize(self.line.text())
        if index.isValid():
            person_id = index.data(PersonIdRole)
            if person_id is not None:
                self.person_id, self.new_name = PersonId(str(person_id)), None
            else:
                self.person_id, self.new_name = None, typed
        elif typed:
            self.person_id, self.new_name = None, typed
        else:
            return  # nothing chosen: stay open
        super().accept()
