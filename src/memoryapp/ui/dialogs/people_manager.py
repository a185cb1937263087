"""The people manager: find, edit, merge and delete the people of the collection.

Every change is one undoable command pushed on the main window's undo stack; the list
repaints from the bridge's ``collection_changed``. Item counts and the merge command, which
read every item, are built on the bridge's query worker.
"""

import logging
from collections import Counter
from typing import cast

from PySide6.QtCore import QItemSelectionModel, QLocale, QPoint, Qt, Signal
from PySide6.QtGui import QCloseEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from memoryapp.core.changes import Changes
from memoryapp.core.commands import Command
from memoryapp.core.edits import merge_people, save_person
from memoryapp.core.ids import new_person_id
from memoryapp.core.names import Name
from memoryapp.core.people import Person
from memoryapp.core.places import Place
from memoryapp.core.text import isolate, normalize
from memoryapp.library import Library
from memoryapp.library.trash import delete_person_command
from memoryapp.ui.bridge import LibraryBridge
from memoryapp.ui.dialogs.people_model import (
    BORN,
    COUNT,
    DIED,
    NAME,
    OTHER,
    PeopleFilter,
    PeopleModel,
    PersonIdRole,
)
from memoryapp.ui.dialogs.person_form import PersonForm
from memoryapp.ui.dialogs.record_delete import RecordDeleter
from memoryapp.ui.undo import push_command

log = logging.getLogger(__name__)

_Snapshot = tuple[list[Person], dict[str, int], list[Place]]


def _snapshot(library: Library) -> _Snapshot:
    counts: Counter[str] = Counter()
    for item in library.items():
        counts.update(item.person_ids())
    return library.people(), dict(counts), library.places()


class PeopleManager(QDialog):
    """Lists people with their item counts; edits one at a time; merges two.

    Signals:
        loaded(): the list was (re)filled from the collection.
    """

    loaded = Signal()

    def __init__(
        self,
        library: Library,
        bridge: LibraryBridge,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("People"))
        self._library, self._bridge, self._undo = library, bridge, undo_stack
        lang = QLocale().name().split("_")[0]
        self._people: dict[str, Person] = {}
        self._places: list[Place] = []
        self._current: str | None = None
        self._dirty = False
        self.model = PeopleModel(self, lang=lang)
        self.proxy = PeopleFilter(self)
        self.proxy.setSourceModel(self.model)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Find a person by any spelling"))
        self.filter.setClearButtonEnabled(True)
        self.view = QTableView(self)
        self.form = PersonForm(self, lang=lang)
        self.message = QLabel(self)
        self.new_button = QPushButton(self.tr("New person"), self)
        self.merge_button = QPushButton(self.tr("Merge…"), self)
        self.delete_button = QPushButton(self.tr("Delete…"), self)
        self.deleter = RecordDeleter(
            bridge, undo_stack, lambda pid, to: delete_person_command(library, pid, to), self
        )
        self.save_button = QPushButton(self.tr("Save changes"), self)
        self.revert_button = QPushButton(self.tr("Discard changes"), self)
        self._build()
        self.filter.textChanged.connect(self.proxy.set_query)
        self.view.selectionModel().selectionChanged.connect(self._on_selection)
        self.form.edited.connect(self._on_edited)
        self.new_button.clicked.connect(self.new_person)
        self.merge_button.clicked.connect(self.merge_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.deleter.failed.connect(self.message.setText)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self._show_current)
        bridge.collection_changed.connect(self._on_changes)
        self.menu: QMenu | None = None  # the right-click menu last shown
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.resize(1150, 720)
        self.reload()

    def _build(self) -> None:
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(24)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(OTHER, QHeaderView.ResizeMode.Stretch)
        for column, width in ((NAME, 170), (BORN, 90), (DIED, 90), (COUNT, 60)):
            self.view.setColumnWidth(column, width)
        left = QWidget(self)
        box = QVBoxLayout(left)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.filter)
        box.addWidget(self.view)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.merge_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        box.addLayout(buttons)
        right = QWidget(self)
        form_box = QVBoxLayout(right)
        form_box.setContentsMargins(0, 0, 0, 0)
        form_box.addWidget(self.form, 1)
        self.message.setWordWrap(True)
        form_box.addWidget(self.message)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.revert_button)
        actions.addWidget(self.save_button)
        form_box.addLayout(actions)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([600, 550])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._update_buttons()

    # -- loading ---------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the people, their counts and the places again (on the query worker)."""
        library = self._library
        self._bridge.query(lambda: _snapshot(library), on_done=self._on_loaded)

    def _on_loaded(self, result: object) -> None:
        people, counts, places = cast(_Snapshot, result)
        self._people = {p.id: p for p in people}
        self._places = places
        self.model.set_people(people, counts)
        if self._current in self._people:
            self.select(self._current)
            if not self._dirty:
                self._show_current()  # the record may have changed (an edit, an undo)
        else:
            self._current = None
            self.form.setEnabled(False)
        self._update_buttons()
        self.loaded.emit()

    def _on_changes(self, changes: object) -> None:
        if isinstance(changes, Changes) and (changes.people or changes.items or changes.places):
            self.reload()

    # -- selection -------------------------------------------------------------------------

    def selected_ids(self) -> list[str]:
        """The people selected in the list, in list order."""
        rows = self.view.selectionModel().selectedRows()
        return [str(i.data(PersonIdRole)) for i in sorted(rows, key=lambda i: i.row())]

    def select(self, person_id: str, *, extend: bool = False) -> None:
        """Select a person in the list (adding to the selection when ``extend``)."""
        row = self.model.row_of(person_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            self.filter.clear()
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        flag = QItemSelectionModel.SelectionFlag
        command = (flag.Select if extend else flag.ClearAndSelect) | flag.Rows
        self.view.selectionModel().select(index, command)
        self.view.scrollTo(index)

    def _on_selection(self, *_args: object) -> None:
        ids = self.selected_ids()
        chosen = ids[0] if len(ids) == 1 else None
        if chosen != self._current:
            if self._dirty:
                self.save()
            self._current = chosen
            self._show_current()
        self._update_buttons()

    def _show_current(self) -> None:
        person = self._people.get(self._current or "")
        self._dirty = False
        self.message.clear()
        self.form.setEnabled(person is not None)
        if person is not None:
            self.form.set_person(person, list(self._people.values()), self._places)
        self._update_buttons()

    def _on_edited(self) -> None:
        self._dirty = True
        ok, why = self.form.is_valid()
        self.message.setText("" if ok else why)
        self._update_buttons()

    def _context_menu(self, position: QPoint) -> None:
        """Edit, Merge… and Delete… for the people under and around the mouse."""
        index = self.view.indexAt(position)
        selection = self.view.selectionModel()
        if index.isValid() and not selection.isRowSelected(index.row()):
            flag = QItemSelectionModel.SelectionFlag
            selection.select(index, flag.ClearAndSelect | flag.Rows)
        if self.menu is not None:
            self.menu.deleteLater()
        menu = self.menu = QMenu(self.view)
        menu.setObjectName("peopleMenu")
        count = len(self.selected_ids())
        edit = menu.addAction(self.tr("Edit"))
        edit.triggered.connect(lambda _=False: self.form.names.setFocus())
        edit.setEnabled(count == 1)
        for button in (self.merge_button, self.delete_button):
            action = menu.addAction(button.text())
            action.triggered.connect(lambda _=False, b=button: b.click())
            action.setEnabled(button.isEnabled())
        menu.popup(self.view.viewport().mapToGlobal(position))

    def _update_buttons(self) -> None:
        self.merge_button.setEnabled(len(self.selected_ids()) == 2)
        self.delete_button.setEnabled(len(self.selected_ids()) == 1)
        self.save_button.setEnabled(self._dirty)
        self.revert_button.setEnabled(self._dirty)

    # -- edits -----------------------------------------------------------------------------

    def _push(self, command: Command, text: str) -> bool:
        return push_command(self._undo, command, self._bridge, text)

    def save(self) -> bool:
        """Save the person being edited as one undoable command; False if it is not valid."""
        before = self._people.get(self._current or "")
        if before is None or not self._dirty:
            return False
        ok, why = self.form.is_valid()
        if not ok:
            self.message.setText(why)
            return False
        after = self.form.person()
        self._dirty = False
        self._people[after.id] = after
        self._update_buttons()
        text = self.tr("Edit %1").replace("%1", isolate(after.name))
        return self._push(save_person(before, after), text)

    def new_person(self) -> None:
        """Create a person named after the filter text (or "New person") and select them."""
        if self._dirty:
            self.save()
        name = normalize(self.filter.text()) or self.tr("New person")
        person = Person(id=new_person_id(), names=(Name(value=name),))
        self._current = person.id
        self._push(save_person(None, person), self.tr("New person %1").replace("%1", isolate(name)))

    def merge_selected(self) -> None:
        """Ask which of the two selected people to keep, then merge the other into them."""
        ids = self.selected_ids()
        if len(ids) != 2:
            return
        a, b = self._people[ids[0]], self._people[ids[1]]
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Merge two people"))
        box.setText(
            self.tr("%1 and %2 are the same person?")
            .replace("%1", isolate(a.name))
            .replace("%2", isolate(b.name))
        )
        box.setInformativeText(
            self.tr(
                "Every photo, document and relation of one moves to the other, whose names "
                "become other spellings. You can undo this."
            )
        )
        keep_a = box.addButton(
            self.tr("Keep %1").replace("%1", isolate(a.name)), QMessageBox.ButtonRole.AcceptRole
        )
        keep_b = box.addButton(
            self.tr("Keep %1").replace("%1", isolate(b.name)), QMessageBox.ButtonRole.AcceptRole
        )
        keep_a.setObjectName("keep_first")
        keep_b.setObjectName("keep_second")
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        clicked = box.clickedButton()
        if clicked is keep_a:
            self.merge(a.id, b.id)
        elif clicked is keep_b:
            self.merge(b.id, a.id)

    def merge(self, keep_id: str, drop_id: str) -> None:
        """Merge ``drop_id`` into ``keep_id`` as one undoable command (built off the GUI)."""
        if self._dirty:
            self.save()
        library = self._library
        keep, drop = self._people[keep_id], self._people[drop_id]
        text = (
            self.tr("Merge %1 into %2")
            .replace("%1", isolate(drop.name))
            .replace("%2", isolate(keep.name))
        )

        def build() -> Command:
            return merge_people(keep, drop, library.items(include_trashed=True), library.people())

        def push(command: object) -> None:
            if isinstance(command, Command):
                self._current = keep_id
                self._push(command, text)

        self._bridge.query(build, on_done=push, on_error=self._show_error)

    def delete_selected(self) -> None:
        """Delete the selected person (one undo step); if still used, ask who takes over."""
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        if self._dirty:
            self.save()
        person = self._people[ids[0]]
        others = [(p.name, p.id) for p in self._people.values() if p.id != person.id]
        self.deleter.delete(person.id, person.name, others)

    def _show_error(self, error: BaseException) -> None:
        self.message.setText(str(error))

    def closeEvent(self, event: QCloseEvent) -> None:
        """Save a pending edit before closing."""
        if self._dirty:
            self.save()
        super().closeEvent(event)

    def done(self, result: int) -> None:
        """Save a pending edit when the dialog is closed with Esc or a button."""
        if self._dirty:
            self.save()
        super().done(result)
