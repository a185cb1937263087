"""The details panel: see and edit what is known about the selected items.

One item: its preview, every field, and what the file itself said (read only). Several
items: the fields they share; a change applies to all of them as ONE undoable command.
A field is saved when it is left (Tab, Enter, a click elsewhere); chips and check boxes at
once. Edits are queued on the bridge's collection worker in order; the panel keeps the
records as its own edits leave them, and reads them again once the worker is idle.
"""

import datetime as dt
import logging
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QMouseEvent, QUndoStack
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QLabel,
    QLineEdit,
    QMenu,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

from memoryapp.core.assertion_edits import identify
from memoryapp.core.assertions import Assertion
from memoryapp.core.changes import Changes
from memoryapp.core.commands import Command
from memoryapp.core.errors import MemoryAppError
from memoryapp.core.evidence import check_item
from memoryapp.core.ids import PersonId, new_item_id
from memoryapp.core.items import FileRole, Item, ItemKind
from memoryapp.core.people import Person
from memoryapp.core.places import Place
from memoryapp.core.print_edits import add_custody, move_items
from memoryapp.core.prints import CustodyEvent, CustodyKind
from memoryapp.core.views import detach_command
from memoryapp.library import Library
from memoryapp.library.lookup import holder_of
from memoryapp.ui import details_edits as de
from memoryapp.ui.bridge import LibraryBridge
from memoryapp.ui.details_evidence import people_tokens, warning_text
from memoryapp.ui.details_form import PREVIEW_SIZE, DetailsForm, TextBox
from memoryapp.ui.details_segments import SegmentEditor
from memoryapp.ui.details_state import DetailsState, is_mixed, summarize
from memoryapp.ui.dialogs.assertion_dialog import AssertionDialog
from memoryapp.ui.embedded_view import describe_embedded, describe_file
from memoryapp.ui.i18n import follow_text_direction, isolate
from memoryapp.ui.print_box import CustodyDialog, MoveDialog, PrintBox
from memoryapp.ui.thumbnails import ThumbnailLoader
from memoryapp.ui.token_list import Choice
from memoryapp.ui.undo import push_command
from memoryapp.ui.widgets.field_undo import forget_typing

log = logging.getLogger(__name__)

SYNC_LIMIT = 300  # larger selections are read on the query worker
WAIT_FOR_WRITES_MS = 2000


class DetailsPanel(QStackedWidget):
    """Shows and edits the selection.

    Signals:
        open_requested(str): the user wants the large viewer for this item.
    """

    open_requested = Signal(str)

    def __init__(
        self,
        library: Library,
        bridge: LibraryBridge,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("details")
        self._library, self._bridge, self._undo = library, bridge, undo_stack
        self._state = DetailsState()
        self._ids: tuple[str, ...] = ()
        self._generation = 0
        self._dirty = False
        self._stale = False
        self._pushing = False
        self._person_names: dict[str, str] = {}
        self._people: dict[PersonId, Person] = {}
        self._place_names: dict[str, str] = {}
        self.empty = QLabel(
            self.tr("Select a photo or a document to see and edit what is known about it.")
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setEnabled(False)
        self.empty.setMargin(24)
        self.addWidget(self.empty)
        self.form = DetailsForm()
        self.print_box = PrintBox(self.form)  # the print as an object: sides, place, custody
        form_layout = self.form.layout()
        assert isinstance(form_layout, QBoxLayout)
        form_layout.insertWidget(form_layout.indexOf(self.form.embedded_box), self.print_box)
        self.print_box.add_custody_requested.connect(self._on_add_custody)
        self.print_box.move_requested.connect(self._on_move)
        self.segments = SegmentEditor(library, bridge, undo_stack, self.form.testimony, self)
        self.print_box.detach_requested.connect(self._detach_back)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.form)
        self.addWidget(scroll)
        self._preview = ThumbnailLoader(
            PREVIEW_SIZE, max_threads=1, cache_bytes=8 << 20, parent=self
        )
        self._preview.thumbnail_ready.connect(self._on_preview_ready)
        self._connect()
        self.reload_names()
        bridge.busy_changed.connect(self._on_bridge_busy)
        undo_stack.indexChanged.connect(self._on_undo_index)

    # -- showing ---------------------------------------------------------------------------

    @property
    def state(self) -> DetailsState:
        """What is shown."""
        return self._state

    def show_items(self, ids: Sequence[str]) -> None:
        """Show these items (an empty selection shows a hint)."""
        self._ids = tuple(ids)
        self._generation += 1
        if not self._ids:
            self._state = DetailsState()
            self.setCurrentIndex(0)
            return
        self.setCurrentIndex(1)
        if len(self._ids) <= SYNC_LIMIT:
            self._render(self._read(self._ids))
            return
        generation, wanted = self._generation, self._ids
        self.form.setEnabled(False)
        self.form.heading.setText(self.tr("Reading %n items…", "", len(wanted)))
        self._bridge.query(
            lambda: self._read(wanted),
            on_done=lambda state: self._render(state) if generation == self._generation else None,
        )

    def refresh(self, changes: Changes) -> None:
        """Follow a change of the collection (read again once the worker is idle)."""
        if changes.people or changes.places:
            self.reload_names()
        if not (
            changes.items & set(self._ids)
            or changes.people
            or changes.places
            or changes.containers
            or changes.segments
        ):
            return
        if self._bridge.is_busy:
            self._dirty = True
        else:
            self.show_items(self._ids)

    def reload_names(self) -> None:
        """Read the people and places again (labels and completion)."""
        people, places = self._library.people(), self._library.places()
        self._person_names = {p.id: p.name for p in people}
        self._people = {p.id: p for p in people}
        self._place_names = {p.id: p.name for p in places}
        self.form.people.set_choices(
            [Choice(p.id, p.name, tuple(n.value for n in p.names[1:])) for p in people]
        )
        self.form.places.set_choices(
            [Choice(p.id, p.name, tuple(n.value for n in p.names[1:])) for p in places]
        )

    def _read(self, ids: Sequence[str]) -> DetailsState:
        items = []
        for item_id in ids:
            try:
                items.append(self._library.item(item_id))
            except MemoryAppError:
                continue  # deleted meanwhile
        faces = self._library.faces(items={item.id for item in items})  # one pass for all
        return summarize(items, self._person_names, self._place_names, faces)

    def _render(self, state: DetailsState) -> None:
        self._state = state
        f = self.form
        f.setEnabled(True)
        f.set_read_only(self._library.read_only)
        if not state.items:
            self.setCurrentIndex(0)
            return
        n = len(state.items)
        first = state.items[0]
        if n == 1:
            f.heading.setText(isolate(first.title) if first.title else self._file_name(first))
            f.hint.setText("")
            follow_text_direction(f.heading)
        else:
            f.heading.setText(self.tr("%n items selected", "", n))
            f.hint.setText(self.tr("A change here applies to all of them (one step to undo)."))
            follow_text_direction(f.heading)
        for name, widget in f.text_widgets().items():
            self._set_text(widget, state.texts.get(name, ""))
        if not (f.taken.line.hasFocus() and f.taken.line.isModified()):
            f.taken.setDate(None if is_mixed(state.taken) else state.taken)  # type: ignore[arg-type]
            f.taken.line.setPlaceholderText(
                self.tr("Several dates")
                if is_mixed(state.taken)
                else self.tr("e.g. c. 1955, summer 1962, 1950s")
            )
        f.kind.setPlaceholderText(self.tr("Several kinds"))
        f.rights_uri.setPlaceholderText(self.tr("Several statements"))
        self._set_combo(f.kind, state.kind)
        f.private.blockSignals(True)
        f.private.setTristate(is_mixed(state.private))
        f.private.setCheckState(
            Qt.CheckState.PartiallyChecked
            if is_mixed(state.private)
            else (Qt.CheckState.Checked if state.private else Qt.CheckState.Unchecked)
        )
        f.private.blockSignals(False)
        for name, edit in f.source.items():
            self._set_text(edit, state.source.get(name, ""))
        for name, edit in f.rights.items():
            self._set_text(edit, state.rights.get(name, ""))
        self._set_combo(f.rights_uri, state.rights.get("uri", ""))
        warnings = ""
        if n == 1:
            f.people.set_tokens(people_tokens(state.people, first, self._people))
            warnings = warning_text(check_item(first, self._people), self._people)
        else:
            f.people.set_tokens(state.people)
        f.evidence_warnings.setText(warnings)
        f.evidence_warnings.setVisible(bool(warnings))
        unnamed = state.unnamed_faces
        f.faces_note.setText(self.tr("%n face(s) not named yet", "", unnamed))
        f.faces_note.setVisible(unnamed > 0)
        f.places.set_tokens(state.places)
        f.tags.set_tokens(state.tags)
        f.embedded_box.setVisible(n == 1)
        self.print_box.setVisible(n == 1)
        if n == 1:
            containers = {c.id: c for c in self._library.containers()}
            self.print_box.show_item(first, self._person_names, containers)
        self.print_box.custody_button.setEnabled(not self._library.read_only)
        self.print_box.move_button.setEnabled(not self._library.read_only)
        self.print_box.detach_button.setEnabled(not self._library.read_only)
        if n == 1 and first.primary is not None:
            f.embedded.set_rows(
                describe_file(first.primary) + describe_embedded(self._embedded(first.id))
            )
        f.page_text.show_item(first if n == 1 else None)
        self._show_preview(first)
        self._show_testimony(first if n == 1 else None)

    def _show_testimony(self, item: Item | None) -> None:
        """A recording's player and segments, or the segments that speak of the item."""
        box = self.form.testimony
        if item is None:
            box.clear()
            return
        box.set_names(self._person_names)
        library = self._library
        box.set_editable(not library.read_only)
        try:
            if item.kind is ItemKind.RECORDING and item.primary is not None:
                duration = item.primary.duration_ms or 0
                segments = library.segments(item.id)
                box.show_recording(item.id, library.media_path(item.id), duration, segments)
            else:
                segments = library.segments(about=item.id)
                recordings = {s.recording_id for s in segments}
                box.show_mentions(segments, {r: library.media_path(r) for r in recordings})
        except MemoryAppError as exc:
            log.debug("no testimony for %s: %s", item.id, exc)
            box.clear()

    def _embedded(self, item_id: str) -> dict[str, object] | None:
        try:
            return self._library.embedded(item_id)
        except MemoryAppError:
            return None

    def _file_name(self, item: Item) -> str:
        return isolate(item.primary.original_name) if item.primary else self.tr("Untitled")

    def _set_text(self, widget: QLineEdit | TextBox, value: object) -> None:
        mixed = is_mixed(value)
        if isinstance(widget, QLineEdit):
            if widget.hasFocus() and widget.isModified():
                return  # the user is typing there: keep their words
            widget.setText("" if mixed else str(value or ""))
            widget.setModified(False)
            widget.setPlaceholderText(
                self.tr("Several values: type to replace them all") if mixed else ""
            )
            return
        if widget.hasFocus() and widget.document().isModified():
            return
        widget.setPlainText("" if mixed else str(value or ""))
        widget.document().setModified(False)
        widget.setPlaceholderText(
            self.tr("Several values: type to replace them all") if mixed else ""
        )

    def _set_combo(self, combo: QComboBox, value: object) -> None:
        combo.blockSignals(True)
        index = -1 if is_mixed(value) else combo.findData(value)
        combo.setCurrentIndex(index)
        combo.blockSignals(False)

    def _show_preview(self, item: Item) -> None:
        pixmap = self._preview.pixmap(item.id)
        if pixmap is not None:
            self.form.preview.setPixmap(pixmap)
            return
        self.form.preview.clear()
        path = self._library.thumbnail_path(item.id, 1024)
        if path is None:  # not made yet: show the thumbnail, make the preview in the background
            path = self._library.thumbnail_path(item.id)
            library, item_id = self._library, item.id

            def made(result: object) -> None:
                self._on_preview_made(item_id, result)

            def make() -> Path | None:  # query worker
                from memoryapp.library.previews import preview_path  # inline: Pillow, decoders

                return preview_path(library, item_id)

            # an original that cannot be read (a drive not plugged in): the thumbnail stays,
            # the status bar says why, and the log has one line (an expected error)
            self._bridge.query(make, on_done=made, on_error=lambda _exc: None)
        if path is not None:
            self._preview.request(item.id, path)
        else:
            self.form.preview.setText(self.tr("No picture"))

    def _on_preview_made(self, item_id: str, path: object) -> None:
        if isinstance(path, Path) and self._state.items and self._state.items[0].id == item_id:
            self._preview.forget({item_id})
            self._preview.request(item_id, path)

    def _on_preview_ready(self, item_id: str) -> None:
        if self._state.items and self._state.items[0].id == item_id:
            pixmap = self._preview.pixmap(item_id)
            if pixmap is not None:
                self.form.preview.setPixmap(pixmap)

    # -- editing ---------------------------------------------------------------------------

    def _connect(self) -> None:
        f = self.form
        for name, widget in f.text_widgets().items():
            signal = (
                widget.editingFinished if isinstance(widget, QLineEdit) else widget.editing_finished
            )
            signal.connect(lambda n=name, w=widget: self._on_text(n, w))
        for name, edit in f.source.items():
            edit.editingFinished.connect(
                lambda n=name, e=edit: self._on_line(
                    e, lambda items, v: de.set_source(items, n, v), self._field_label(n)
                )
            )
        for name, edit in f.rights.items():
            edit.editingFinished.connect(
                lambda n=name, e=edit: self._on_line(
                    e, lambda items, v: de.set_rights(items, n, v), self._rights_label
                )
            )
        f.taken.date_changed.connect(
            lambda date: self._push(
                lambda items: de.set_taken(items, date),
                lambda n: self.tr("Set date of %n item(s)", "", n),
            )
        )
        f.kind.activated.connect(
            lambda i: self._push(
                lambda items: de.set_kind(items, f.kind.itemData(i)),
                lambda n: self.tr("Set type of %n item(s)", "", n),
            )
        )
        f.rights_uri.activated.connect(
            lambda i: self._push(
                lambda items: de.set_rights(items, "uri", f.rights_uri.itemData(i)),
                self._rights_label,
            )
        )
        f.private.clicked.connect(self._on_private)
        f.people.token_added.connect(
            lambda key, label: self._push(
                lambda items: de.add_person(items, key, label),
                lambda n: self._named("Add %1 to %n item(s)", label, n),
            )
        )
        f.people.token_removed.connect(
            lambda key: self._push(
                lambda items: de.remove_person(items, key),
                lambda n: self._named(
                    "Remove %1 from %n item(s)", self._person_names.get(key) or key, n
                ),
            )
        )
        f.people.token_menu_requested.connect(self._on_person_menu)
        f.places.token_added.connect(
            lambda key, label: self._push(
                lambda items: de.add_place(items, key, label),
                lambda n: self._named("Add place %1 to %n item(s)", label, n),
            )
        )
        f.places.token_removed.connect(
            lambda key: self._push(
                lambda items: de.remove_place(items, key),
                lambda n: self._named(
                    "Remove place %1 from %n item(s)", self._place_names.get(key) or key, n
                ),
            )
        )
        f.tags.token_added.connect(
            lambda _key, label: self._push(
                lambda items: de.add_tag(items, label),
                lambda n: self._named("Add tag '%1' to %n item(s)", label, n),
            )
        )
        f.tags.token_removed.connect(
            lambda key: self._push(
                lambda items: de.remove_tag(items, key),
                lambda n: self._named("Remove tag '%1' from %n item(s)", key, n),
            )
        )
        f.page_text.transcribed.connect(
            lambda typed: self._push(
                lambda items: de.transcribe(items, typed, self._library.user),
                lambda _n: self.tr("Transcribe text"),
            )
        )
        f.page_text.accepted.connect(
            lambda: self._push(
                lambda items: de.transcribe(items, "", self._library.user, accept=True),
                lambda _n: self.tr("Use text for search"),
            )
        )
        f.open_button.clicked.connect(self._on_open)
        f.preview.mouseDoubleClickEvent = self._on_preview_double_click  # type: ignore[method-assign]

    def _on_person_menu(self, person_id: str, at: QPoint) -> None:
        """A person chip's menu: add identification evidence (one item shown)."""
        if len(self._state.items) != 1 or self._library.read_only:
            return
        menu = QMenu(self)
        add = menu.addAction(self.tr("Add identification evidence…"))
        if menu.exec(at) is not add:
            return
        name = self._person_names.get(person_id, person_id)
        known = {i.id for i in self._library.items(include_trashed=True)}
        dialog = AssertionDialog(
            name, list(self._people.values()), self._library.user, known.__contains__, self
        )
        if dialog.exec() == AssertionDialog.DialogCode.Accepted:
            self.add_assertion(PersonId(person_id), dialog.assertion())

    def add_assertion(self, person_id: PersonId, assertion: Assertion) -> None:
        """Add ``assertion`` to the person's first tag on the item shown: one undo step."""
        name = self._person_names.get(person_id, person_id)

        def build(items: Sequence[Item]) -> Command:
            tag = next(t for t in items[0].people if t.person_id == person_id)
            by = self._people.get(assertion.by_person) if assertion.by_person else None
            return identify(
                items[0],
                person_id,
                assertion,
                region=tag.region,
                face_id=tag.face_id,
                by=by.name if by is not None else assertion.by_name,
            )

        self._push(build, lambda _n: self.tr("Identify %1").replace("%1", name))

    def _named(self, text: str, name: str, n: int) -> str:
        """A translated step label naming a person, place or tag: "Add tag 'Wedding' to 5 items"."""
        return self.tr(text, "", n).replace("%1", name)

    def _rights_label(self, n: int) -> str:
        return self.tr("Set rights of %n item(s)", "", n)

    def _field_label(self, name: str) -> Callable[[int], str]:
        """The step label of a text or source field: "Set title of 1 item"."""
        texts = {
            "title": "Set title of %n item(s)",
            "description": "Set description of %n item(s)",
            "notes": "Set notes of %n item(s)",
            "holder": "Set holder of %n item(s)",
            "album": "Set album of %n item(s)",
            "box": "Set box of %n item(s)",
            "page": "Set page of %n item(s)",
            "archive_ref": "Set archive reference of %n item(s)",
            "provenance": "Set provenance of %n item(s)",
        }
        text = texts.get(name, "Edit %n item(s)")
        return lambda n: self.tr(text, "", n)

    def _on_text(self, name: str, widget: QLineEdit | TextBox) -> None:
        if isinstance(widget, QLineEdit):
            if not widget.isModified():
                return
            value = widget.text()
        else:
            value = widget.toPlainText()
        forget_typing(widget)  # saved: Ctrl+Z now belongs to the collection's undo
        self._push(lambda items: de.set_text(items, name, value), self._field_label(name))

    def _on_line(
        self,
        edit: QLineEdit,
        build: Callable[[Sequence[Item], str], Command],
        label: Callable[[int], str],
    ) -> None:
        if edit.isModified():
            value = edit.text()
            forget_typing(edit)
            self._push(lambda items: build(items, value), label)

    def _on_private(self, checked: bool) -> None:
        self.form.private.setTristate(False)
        self._push(
            lambda items: de.set_private(items, checked),
            lambda n: (
                self.tr("Mark %n item(s) private", "", n)
                if checked
                else self.tr("Mark %n item(s) not private", "", n)
            ),
        )

    def _on_add_custody(self) -> None:
        """Ask who passed the print to whom; add the event as one undo step."""
        dialog = CustodyDialog(self.print_box.custody_kinds(), self)
        dialog.accepted.connect(lambda: self._add_custody(dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.custody_dialog = dialog
        dialog.open()

    def _add_custody(self, dialog: CustodyDialog) -> None:
        people = self._library.people()
        giver, giver_name = _holder(people, dialog.giver.text())
        receiver, receiver_name = _holder(people, dialog.receiver.text())
        event = CustodyEvent(
            kind=CustodyKind(dialog.kind.currentData()),
            date=dialog.fuzzy_date(),
            from_person=giver,
            from_name=giver_name,
            to_person=receiver,
            to_name=receiver_name,
            note=dialog.note.text().strip(),
        )
        self._push(
            lambda items: add_custody(items[0], event),
            lambda _n: self.tr("Add a custody event"),
        )

    def _on_move(self) -> None:
        """Ask for a container; move the selected item there as one undo step."""
        containers = {c.id: c for c in self._library.containers()}
        if not containers:
            self.form.hint.setText(
                self.tr("No box or album yet: add one with “memoryapp container add”.")
            )
            return
        dialog = MoveDialog(containers, self)
        dialog.accepted.connect(lambda: self._move(dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.move_dialog = dialog
        dialog.open()

    def _move(self, dialog: MoveDialog) -> None:
        location = dialog.location()
        if location is None:
            return
        normal = dialog.normal.isChecked()
        self._push(
            lambda items: move_items(items, location, normal=normal),
            lambda n: self.tr("Move %n item(s)", "", n),
        )

    def _detach_back(self) -> None:
        """Make the current print's back an item of its own again, as one undo step."""
        items = self._current_items()
        if len(items) != 1 or not items[0].has_back:
            return
        item = items[0]
        added = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        try:
            command = detach_command(item, item.indexes_of(FileRole.BACK)[-1], new_item_id(), added)
        except ValueError as exc:
            self.form.hint.setText(str(exc))
            return
        push_command(self._undo, command, self._bridge, self.print_box.detach_button.text())

    def _on_open(self) -> None:
        if self._state.items:
            self.open_requested.emit(self._state.items[0].id)

    def _on_preview_double_click(self, _event: QMouseEvent) -> None:
        self._on_open()

    def _push(
        self, build: Callable[[Sequence[Item]], Command], label: Callable[[int], str]
    ) -> None:
        """Build, label ("Set date of 1 item") and push one command for the current items."""
        items = self._current_items()
        if not items:
            return
        try:
            command = replace(build(items), label=label(len(items)))
        except (MemoryAppError, ValueError) as exc:
            log.info("Edit refused: %s", exc)
            self.form.hint.setText(str(exc))
            return
        self._pushing = True
        try:
            pushed = push_command(self._undo, command, self._bridge, command.label)
        finally:
            self._pushing = False
        if not pushed:
            return
        if any(
            slot.record is not None and not isinstance(slot.record, Item) for slot in command.after
        ):
            self._add_created_names(command)
        changed = de.after_items(command)
        items = [changed.get(item.id, item) for item in items]
        self._render(summarize(items, self._person_names, self._place_names))

    def _add_created_names(self, command: Command) -> None:
        for slot in command.after:
            if isinstance(slot.record, Person):
                self._person_names[slot.id] = slot.record.name
            elif isinstance(slot.record, Place):
                self._place_names[slot.id] = slot.record.name

    def _current_items(self) -> list[Item]:
        if self._stale:
            self._bridge.wait_writes(WAIT_FOR_WRITES_MS)
            self._stale = False
            return list(self._read(self._ids).items)
        return list(self._state.items)

    def _on_bridge_busy(self, busy: bool) -> None:
        if not busy and self._dirty:
            self._dirty = False
            self._stale = False
            self.show_items(self._ids)

    def _on_undo_index(self, _index: int) -> None:
        if not self._pushing:
            self._stale = True  # undo or redo from elsewhere: re-read before the next edit
            self._dirty = True


def _holder(people: Sequence[Person], text: str) -> tuple[PersonId | None, str]:
    """A person of the collection with that name, else the name as typed."""
    return holder_of(people, text.strip())
