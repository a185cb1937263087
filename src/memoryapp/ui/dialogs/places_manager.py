"""The places manager: the place tree with counts; edit names, kind, coordinates; re-parent.

Drag a place onto another to put it inside; drop it on the empty space to make it top level.
A move that would put a place inside itself is refused with a reason. Every change is one
undoable command on the main window's undo stack.
"""

import logging
from collections import Counter
from dataclasses import replace
from typing import cast

from PySide6.QtCore import QItemSelectionModel, Signal
from PySide6.QtGui import QCloseEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from memoryapp.core.changes import Changes
from memoryapp.core.edits import save_place
from memoryapp.core.errors import InvalidRecordError
from memoryapp.core.ids import PlaceId, new_place_id
from memoryapp.core.names import Name
from memoryapp.core.places import Place
from memoryapp.core.text import isolate
from memoryapp.library import Library
from memoryapp.library.trash import delete_place_command
from memoryapp.ui.bridge import LibraryBridge
from memoryapp.ui.dialogs.place_form import PlaceForm, kind_label
from memoryapp.ui.dialogs.place_model import NAME, PlaceIdRole, PlaceTreeModel
from memoryapp.ui.dialogs.record_delete import RecordDeleter
from memoryapp.ui.undo import push_command

log = logging.getLogger(__name__)

_Snapshot = tuple[list[Place], dict[str, int]]


def _snapshot(library: Library) -> _Snapshot:
    counts: Counter[str] = Counter()
    for item in library.items():
        counts.update(set(item.places))
    return library.places(), dict(counts)


class PlacesManager(QDialog):
    """The place hierarchy and a form for the selected place.

    Signals:
        loaded(): the tree was (re)filled from the collection.
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
        self.setWindowTitle(self.tr("Places"))
        self._library, self._bridge, self._undo = library, bridge, undo_stack
        self._current: str | None = None
        self._dirty = False
        self._expanded: set[str] = set()
        self._first_load = True
        self.model = PlaceTreeModel(self)
        self.model.kind_label = kind_label
        self.view = QTreeView(self)
        self.form = PlaceForm(self)
        self.message = QLabel(self)
        self.new_button = QPushButton(self.tr("New place"), self)
        self.child_button = QPushButton(self.tr("New place inside"), self)
        self.top_button = QPushButton(self.tr("Move to top level"), self)
        self.delete_button = QPushButton(self.tr("Delete…"), self)
        self.deleter = RecordDeleter(
            bridge, undo_stack, lambda pid, to: delete_place_command(library, pid, to), self
        )
        self.save_button = QPushButton(self.tr("Save changes"), self)
        self.revert_button = QPushButton(self.tr("Discard changes"), self)
        self._build()
        self.model.reparent_requested.connect(self.reparent)
        self.view.selectionModel().currentRowChanged.connect(self._on_current)
        self.view.expanded.connect(lambda i: self._expanded.add(str(i.data(PlaceIdRole))))
        self.view.collapsed.connect(lambda i: self._expanded.discard(str(i.data(PlaceIdRole))))
        self.form.edited.connect(self._on_edited)
        self.new_button.clicked.connect(lambda: self.new_place(inside=False))
        self.child_button.clicked.connect(lambda: self.new_place(inside=True))
        self.top_button.clicked.connect(self._to_top)
        self.delete_button.clicked.connect(self.delete_current)
        self.deleter.failed.connect(self.message.setText)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self._show_current)
        bridge.collection_changed.connect(self._on_changes)
        self.resize(1100, 680)
        self.reload()

    def _build(self) -> None:
        view = self.view
        view.setModel(self.model)
        view.setUniformRowHeights(True)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        view.setDefaultDropAction(self.model.supportedDropActions())
        view.setDragEnabled(True)
        view.setAcceptDrops(True)
        view.setDropIndicatorShown(True)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 150), (2, 60), (3, 110)):
            view.setColumnWidth(column, width)
        left = QWidget(self)
        box = QVBoxLayout(left)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(view)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.child_button, self.top_button):
            buttons.addWidget(button)
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
        splitter.setSizes([520, 580])
        QVBoxLayout(self).addWidget(splitter)
        self._update_buttons()

    # -- loading ---------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the places and their counts again (on the query worker)."""
        library = self._library
        self._bridge.query(lambda: _snapshot(library), on_done=self._on_loaded)

    def _on_loaded(self, result: object) -> None:
        places, counts = cast(_Snapshot, result)
        self.model.set_places(places, counts)
        if self._first_load:
            self._first_load = False
            self._expanded = {p.parent_id for p in places if p.parent_id is not None}
        for pid in self._expanded:
            index = self.model.index_of(pid)
            if index.isValid():
                self.view.setExpanded(index, True)
        if self._current is not None and self.model.index_of(self._current).isValid():
            self.select(self._current)
            if not self._dirty:
                self._show_current()
        else:
            self._current = None
            self._show_current()
        self.loaded.emit()

    def _on_changes(self, changes: object) -> None:
        if isinstance(changes, Changes) and (changes.places or changes.items):
            self.reload()

    # -- selection -------------------------------------------------------------------------

    def select(self, place_id: str) -> None:
        """Select a place in the tree (opening its parents)."""
        index = self.model.index_of(place_id)
        if not index.isValid():
            return
        parent = index.parent()
        while parent.isValid():
            self.view.setExpanded(parent, True)
            parent = parent.parent()
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        flags |= QItemSelectionModel.SelectionFlag.Rows
        self.view.selectionModel().setCurrentIndex(index, flags)
        self.view.scrollTo(index)

    def _on_current(self, current: object, _previous: object) -> None:
        place = self.model.place(current)  # type: ignore[arg-type]
        chosen = place.id if place is not None else None
        if chosen != self._current:
            if self._dirty:
                self.save()
            self._current = chosen
            self._show_current()

    def _show_current(self) -> None:
        place = self.model.places().get(self._current or "")
        self._dirty = False
        self.message.clear()
        self.form.setEnabled(place is not None)
        if place is not None:
            self.form.set_place(place)
        self._update_buttons()

    def _on_edited(self) -> None:
        self._dirty = True
        ok, why = self.form.is_valid()
        self.message.setText("" if ok else why)
        self._update_buttons()

    def _update_buttons(self) -> None:
        place = self.model.places().get(self._current or "")
        self.child_button.setEnabled(place is not None)
        self.top_button.setEnabled(place is not None and place.parent_id is not None)
        self.delete_button.setEnabled(place is not None)
        self.save_button.setEnabled(self._dirty)
        self.revert_button.setEnabled(self._dirty)

    # -- edits -----------------------------------------------------------------------------

    def _save_place(self, before: Place | None, after: Place, text: str) -> bool:
        try:
            command = save_place(before, after, self.model.places())  # type: ignore[arg-type]
        except InvalidRecordError:
            self.message.setText(
                self.tr("%1 cannot go inside one of its own sub-places.").replace(
                    "%1", isolate(after.name)
                )
            )
            return False
        return push_command(self._undo, command, self._bridge, text)

    def save(self) -> bool:
        """Save the place being edited as one undoable command; False if it is not valid."""
        before = self.model.places().get(self._current or "")
        if before is None or not self._dirty:
            return False
        ok, why = self.form.is_valid()
        if not ok:
            self.message.setText(why)
            return False
        after = self.form.place()
        self._dirty = False
        self._update_buttons()
        return self._save_place(
            before, after, self.tr("Edit %1").replace("%1", isolate(after.name))
        )

    def reparent(self, place_id: str, parent_id: str) -> bool:
        """Put a place inside another ("" for the top level); refuses cycles, saying why."""
        before = self.model.places().get(place_id)
        if before is None:
            return False
        if self._dirty:
            self.save()
        self.message.clear()
        if parent_id == place_id:
            self.message.setText(self.tr("A place cannot be inside itself."))
            return False
        after = replace(before, parent_id=PlaceId(parent_id) if parent_id else None)
        parent = self.model.places().get(parent_id)
        text = (
            self.tr("Move %1 into %2").replace("%2", isolate(parent.name))
            if parent is not None
            else self.tr("Move %1 to the top level")
        ).replace("%1", isolate(before.name))
        self._current = place_id
        return self._save_place(before, after, text)

    def _to_top(self) -> None:
        if self._current is not None:
            self.reparent(self._current, "")

    def new_place(self, *, inside: bool) -> None:
        """Create a place (inside the selected one when ``inside``) and select it."""
        if self._dirty:
            self.save()
        parent = PlaceId(self._current) if inside and self._current else None
        place = Place(
            id=new_place_id(), names=(Name(value=self.tr("New place")),), parent_id=parent
        )
        if parent is not None:
            self._expanded.add(parent)
        self._current = place.id
        self._save_place(None, place, self.tr("New place"))

    def delete_current(self) -> None:
        """Delete the current place (its sub-places move up; one undo step).

        If items, people or scenes still name it, ask which place takes over.
        """
        places = self.model.places()
        place = places.get(self._current or "")
        if place is None:
            return
        if self._dirty:
            self.save()
        others = [(p.name, p.id) for p in places.values() if p.id != place.id]
        self.deleter.delete(place.id, place.name, others)

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
