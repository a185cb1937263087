"""The form that edits one person: names, life dates and places, living, privacy, relations."""

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from memoryapp.core.ids import PersonId, PlaceId
from memoryapp.core.people import Living, Person, Relation, RelationKind
from memoryapp.core.places import Place
from memoryapp.core.text import isolate
from memoryapp.ui.widgets.date_edit import FuzzyDateEdit
from memoryapp.ui.widgets.names_editor import PERSON_KINDS, NamesEditor

_LIVING = {
    Living.UNKNOWN: str(QT_TRANSLATE_NOOP("PersonForm", "Unknown (decided by dates)")),
    Living.LIVING: str(QT_TRANSLATE_NOOP("PersonForm", "Living")),
    Living.DECEASED: str(QT_TRANSLATE_NOOP("PersonForm", "Deceased")),
}
_RELATIONS = {
    RelationKind.PARENT: str(QT_TRANSLATE_NOOP("PersonForm", "parent")),
    RelationKind.CHILD: str(QT_TRANSLATE_NOOP("PersonForm", "child")),
    RelationKind.SPOUSE: str(QT_TRANSLATE_NOOP("PersonForm", "spouse")),
    RelationKind.SIBLING: str(QT_TRANSLATE_NOOP("PersonForm", "sibling")),
}
_GENDERS = (
    ("", str(QT_TRANSLATE_NOOP("PersonForm", "—"))),
    ("female", str(QT_TRANSLATE_NOOP("PersonForm", "female"))),
    ("male", str(QT_TRANSLATE_NOOP("PersonForm", "male"))),
)
RelationRole = Qt.ItemDataRole.UserRole + 1


def _tr(text: str) -> str:
    return QCoreApplication.translate("PersonForm", text)


class PersonForm(QWidget):
    """Edits one ``Person``. Read the result with ``person()``.

    Signals:
        edited(): a field changed since ``set_person``.
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None, *, lang: str | None = None) -> None:
        super().__init__(parent)
        self._person: Person | None = None
        self._loading = False
        self.names = NamesEditor(PERSON_KINDS, self)
        self.gender = QComboBox(self)
        for value, label in _GENDERS:
            self.gender.addItem(_tr(label), value)
        self.birth = FuzzyDateEdit(self, lang=lang)
        self.birth_place = QComboBox(self)
        self.death = FuzzyDateEdit(self, lang=lang)
        self.death_place = QComboBox(self)
        self.living = QComboBox(self)
        for state, label in _LIVING.items():
            self.living.addItem(_tr(label), state.value)
        self.private = QCheckBox(self.tr("Private: never shown in exports or shared copies"), self)
        self.never_suggest = QCheckBox(self.tr("Never suggest this person for a face"), self)
        self.notes = QPlainTextEdit(self)
        self.notes.setMaximumHeight(90)
        self.relations = QListWidget(self)
        self.relations.setMaximumHeight(100)
        self.relation_kind = QComboBox(self)
        for kind, label in _RELATIONS.items():
            self.relation_kind.addItem(_tr(label), kind.value)
        self.relation_person = QComboBox(self)
        self.relation_person.setEditable(True)
        self.relation_person.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = self.relation_person.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self._build()
        self.names.edited.connect(self._changed)
        self.birth.date_changed.connect(self._changed)
        self.death.date_changed.connect(self._changed)
        for combo in (self.gender, self.birth_place, self.death_place, self.living):
            combo.currentIndexChanged.connect(self._changed)
        self.private.toggled.connect(self._changed)
        self.never_suggest.toggled.connect(self._changed)
        self.notes.textChanged.connect(self._changed)

    def _build(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Names"), self.names)
        form.addRow(self.tr("Gender"), self.gender)
        form.addRow(self.tr("Born"), self.birth)
        form.addRow(self.tr("Born in"), self.birth_place)
        form.addRow(self.tr("Died"), self.death)
        form.addRow(self.tr("Died in"), self.death_place)
        form.addRow(self.tr("Living"), self.living)
        form.addRow("", self.private)
        form.addRow("", self.never_suggest)
        form.addRow(self.tr("Notes"), self.notes)
        add = QPushButton(self.tr("Add"), self)
        remove = QPushButton(self.tr("Remove"), self)
        add.clicked.connect(self._add_relation)
        remove.clicked.connect(self._remove_relation)
        row = QHBoxLayout()
        row.addWidget(self.relation_kind)
        row.addWidget(self.relation_person, 1)
        row.addWidget(add)
        row.addWidget(remove)
        box = QVBoxLayout()
        box.addWidget(self.relations)
        box.addLayout(row)
        form.addRow(self.tr("Relations"), box)
        self.setLayout(form)

    # -- loading ---------------------------------------------------------------------------

    def set_person(self, person: Person, people: Sequence[Person], places: Sequence[Place]) -> None:
        """Show ``person``; ``people`` and ``places`` feed the relation and place choices."""
        self._loading = True
        try:
            self._person = person
            self.names.set_names(person.names)
            self.gender.setCurrentIndex(max(0, self.gender.findData(person.gender)))
            self.birth.setDate(person.birth)
            self.death.setDate(person.death)
            for combo, value in (
                (self.birth_place, person.birth_place),
                (self.death_place, person.death_place),
            ):
                combo.clear()
                combo.addItem(self.tr("—"), "")
                for place in places:
                    combo.addItem(place.name, place.id)
                combo.setCurrentIndex(max(0, combo.findData(value or "")))
            self.living.setCurrentIndex(max(0, self.living.findData(person.living.value)))
            self.private.setChecked(person.private)
            self.never_suggest.setChecked(person.never_suggest)
            self.notes.setPlainText(person.notes)
            self.relation_person.clear()
            names = {p.id: p.name for p in people}
            for other in people:
                if other.id != person.id:
                    self.relation_person.addItem(other.name, other.id)
            self.relation_person.setCurrentIndex(-1)
            self.relations.clear()
            for relation in person.relations:
                self._show_relation(relation, names.get(relation.person_id, relation.person_id))
        finally:
            self._loading = False

    def _show_relation(self, relation: Relation, name: str) -> None:
        label = self.tr("%1: %2").replace("%1", _tr(_RELATIONS[relation.kind]))
        entry = QListWidgetItem(label.replace("%2", isolate(name)), self.relations)
        entry.setData(RelationRole, relation)

    def _add_relation(self) -> None:
        index = self.relation_person.currentIndex()
        if index < 0 or self.relation_person.currentText() != self.relation_person.itemText(index):
            return
        relation = Relation(
            kind=RelationKind(self.relation_kind.currentData()),
            person_id=PersonId(str(self.relation_person.currentData())),
        )
        if relation in self._relations():
            return
        self._show_relation(relation, self.relation_person.currentText())
        self._changed()

    def _remove_relation(self) -> None:
        row = self.relations.currentRow()
        if row >= 0:
            self.relations.takeItem(row)
            self._changed()

    def _relations(self) -> tuple[Relation, ...]:
        out = []
        for row in range(self.relations.count()):
            relation = self.relations.item(row).data(RelationRole)
            if isinstance(relation, Relation):
                out.append(relation)
        return tuple(out)

    def _changed(self, *_args: object) -> None:
        if not self._loading:
            self.edited.emit()

    # -- result ----------------------------------------------------------------------------

    def is_valid(self) -> tuple[bool, str]:
        """Whether the form can be saved, and why not."""
        if not self.names.names():
            return False, self.tr("A person needs at least one name.")
        for field, label in ((self.birth, self.tr("birth")), (self.death, self.tr("death"))):
            if not field.is_valid():
                return False, self.tr("The %1 date cannot be read.").replace("%1", label)
        return True, ""

    def person(self) -> Person:
        """The person as edited.

        Raises:
            ValueError: the form is not valid (see ``is_valid``) or nothing is loaded.
        """
        ok, why = self.is_valid()
        if self._person is None or not ok:
            raise ValueError(why or "no person loaded")
        birth_place = self.birth_place.currentData() or None
        death_place = self.death_place.currentData() or None
        return replace(
            self._person,
            names=self.names.names(),
            gender=str(self.gender.currentData() or ""),
            birth=self.birth.date(),
            death=self.death.date(),
            birth_place=PlaceId(birth_place) if birth_place else None,
            death_place=PlaceId(death_place) if death_place else None,
            living=Living(self.living.currentData()),
            private=self.private.isChecked(),
            never_suggest=self.never_suggest.isChecked(),
            notes=self.notes.toPlainText().strip(),
            relations=self._relations(),
        )
