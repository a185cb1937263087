"""The Faces window: groups of faces not named yet, as crops, named a group at a time.

Left, the groups of faces that look alike (largest first, with the best suggestion); right,
the faces of the group chosen, as crops of their pictures. Select some (or none: the whole
group) and name them, accept their suggestions (Enter), say they are not a face (Delete) or
not the suggested person (N), or ignore them (I). Every action is one command on the
window's undo stack: one undo step, however many faces.
"""

import logging
from collections.abc import Callable, Sequence

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QIcon, QImage, QKeyEvent, QKeySequence, QPixmap, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from memoryapp.core.changes import Changes
from memoryapp.core.commands import Command
from memoryapp.core.errors import MemoryAppError
from memoryapp.core.faces import Face, RejectReason
from memoryapp.core.orientation import rect_to_display
from memoryapp.core.text import isolate
from memoryapp.library import Library
from memoryapp.library.faces import (
    accept_command,
    clusters,
    name_command,
    reject_command,
    reject_suggestion_command,
)
from memoryapp.library.previews import preview_path
from memoryapp.ui.bridge import LibraryBridge
from memoryapp.ui.undo import push_command

log = logging.getLogger(__name__)

CROP = 96  # face crops, pixels
_FACE_ROLE = Qt.ItemDataRole.UserRole


def face_crops(library: Library, faces: Sequence[Face], size: int = CROP) -> dict[str, QImage]:
    """Square crops of the faces, upright, from their items' previews (worker thread)."""
    crops: dict[str, QImage] = {}
    pictures: dict[str, QImage] = {}
    for face in faces:
        if face.item_id not in pictures:
            try:
                pictures[face.item_id] = QImage(str(preview_path(library, face.item_id)))
            except (MemoryAppError, OSError) as exc:
                log.info("No preview for the faces of %s: %s", face.item_id, exc)
                pictures[face.item_id] = QImage()
        picture = pictures[face.item_id]
        if picture.isNull():
            continue
        r = face.region
        x, y, w, h = rect_to_display(r.x, r.y, r.w, r.h, library.item(face.item_id).orientation)
        side = max(w * picture.width(), h * picture.height()) * 1.3  # a little around the face
        cx, cy = (x + w / 2) * picture.width(), (y + h / 2) * picture.height()
        box = QRect(round(cx - side / 2), round(cy - side / 2), round(side), round(side))
        crops[face.id] = picture.copy(box).scaled(
            size,
            size,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    return crops


class _FaceList(QListWidget):
    """The crops of one group; keys act on the selection."""

    def __init__(self, actions: dict[int, Callable[[], None]], parent: QWidget) -> None:
        super().__init__(parent)
        self._keys = actions
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setIconSize(QSize(CROP, CROP))
        self.setGridSize(QSize(CROP + 44, CROP + 48))  # two lines of name under a crop
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.setWordWrap(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter accepts, Delete: not a face, N: not this person, I: ignore."""
        action = self._keys.get(event.key())
        if action is None:
            super().keyPressEvent(event)
            return
        action()
        event.accept()


class FacesWindow(QWidget):
    """Name the faces found on the collection's pictures (see the module's text)."""

    def __init__(
        self,
        library: Library,
        bridge: LibraryBridge,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if parent is not None:
            self.setWindowFlag(Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Faces"))
        self._library, self._bridge, self._undo = library, bridge, undo_stack
        self._groups: list[list[Face]] = []
        self._names: dict[str, str] = {}
        self._generation = 0
        self._reloads = self._shown = 0
        self.summary = QLabel(self)
        self.groups = QListWidget(self)
        self.faces = _FaceList(
            {
                Qt.Key.Key_Return: self.accept_suggestions,
                Qt.Key.Key_Enter: self.accept_suggestions,
                Qt.Key.Key_Delete: self.not_a_face,
                Qt.Key.Key_N: self.not_this_person,
                Qt.Key.Key_I: self.ignore,
            },
            self,
        )
        self.person = QComboBox(self)
        self.person.setEditable(True)
        self.person.setMinimumWidth(220)
        line = self.person.lineEdit()
        assert line is not None  # an editable combo box has one
        self.person_line: QLineEdit = line
        self.person_line.setPlaceholderText(self.tr("Who is it?"))
        self.name_button = QPushButton(self.tr("&Name"), self)
        self.accept_button = QPushButton(self.tr("&Accept suggestions"), self)
        self.reject_button = QPushButton(self.tr("Not a &face"), self)
        self.ignore_button = QPushButton(self.tr("&Ignore"), self)
        self.message = QLabel(self)
        self._build()
        self.resize(900, 600)
        bridge.collection_changed.connect(self._on_changes)
        self.reload()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        split = QSplitter(self)
        split.addWidget(self.groups)
        split.addWidget(self.faces)
        split.setStretchFactor(1, 3)
        layout.addWidget(split, 1)
        row = QHBoxLayout()
        row.addWidget(self.person)
        row.addWidget(self.name_button)
        row.addStretch(1)
        for button in (self.accept_button, self.reject_button, self.ignore_button):
            row.addWidget(button)
        layout.addLayout(row)
        self.message.setEnabled(False)
        layout.addWidget(self.message)
        self.groups.currentRowChanged.connect(self._show_group)
        self.name_button.clicked.connect(self.name_selected)
        self.person_line.returnPressed.connect(self.name_selected)
        self.accept_button.clicked.connect(self.accept_suggestions)
        self.reject_button.clicked.connect(self.not_a_face)
        self.ignore_button.clicked.connect(self.ignore)
        self.accept_button.setToolTip(self.tr("Name each face as its first suggestion (Enter)"))
        self.reject_button.setToolTip(self.tr("The detector was wrong (Delete)"))
        self.ignore_button.setToolTip(self.tr("Leave these faces unnamed for good (I)"))
        close = QShortcut(QKeySequence("Ctrl+W"), self)
        close.activated.connect(self.close)

    # -- reading -----------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the groups again (after any change of the collection), off the GUI thread."""
        self._reloads += 1
        reload, library = self._reloads, self._library
        self._bridge.query(
            lambda: (clusters(library), {p.id: p.name for p in library.people()}),
            on_done=lambda answer: self._show(reload, answer),
        )

    @property
    def loading(self) -> bool:
        """Whether the groups shown are being read again."""
        return self._reloads != self._shown

    def _show(self, reload: int, answer: object) -> None:
        if reload != self._reloads or not isinstance(answer, tuple):
            return  # a newer reading is on its way
        self._shown = reload
        self._groups, self._names = answer
        current = self.person.currentText()
        self.person.clear()
        self.person.addItems(sorted(self._names.values()))
        self.person.setEditText(current)
        row = max(self.groups.currentRow(), 0)
        total = sum(len(g) for g in self._groups)
        self.summary.setText(
            self.tr("%n face(s) not named yet", "", total)
            if total
            else self.tr("No faces waiting for a name. Turn on face detection in Preferences.")
        )
        self.groups.blockSignals(True)
        self.groups.clear()
        for group in self._groups:
            self.groups.addItem(self._group_text(group))
        self.groups.blockSignals(False)
        if self._groups:
            self.groups.setCurrentRow(min(row, len(self._groups) - 1))
            self._show_group(self.groups.currentRow())
        else:
            self.faces.clear()

    def _group_text(self, group: list[Face]) -> str:
        text = self.tr("%n face(s)", "", len(group))
        best = group[0].suggestions[0] if group[0].suggestions else None
        if best is not None and best.person_id in self._names:
            text += " · " + self.tr("maybe %1").replace("%1", isolate(self._names[best.person_id]))
        return text

    def _show_group(self, row: int) -> None:
        self.faces.clear()
        if not 0 <= row < len(self._groups):
            return
        group = self._groups[row]
        for face in group:
            best = face.suggestions[0] if face.suggestions else None
            name = self._names.get(best.person_id, "") if best else ""
            entry = QListWidgetItem(
                self.tr("maybe %1").replace("%1", isolate(name)) if name else "?"
            )
            entry.setData(_FACE_ROLE, face.id)
            entry.setToolTip(
                self.tr("%1 px, found on item %2")
                .replace("%1", str(face.size_px))
                .replace("%2", face.item_id)
            )
            self.faces.addItem(entry)
        self._generation += 1
        generation, library = self._generation, self._library
        self._bridge.query(
            lambda: face_crops(library, group),
            on_done=lambda crops: self._set_crops(generation, crops),
        )

    def _set_crops(self, generation: int, crops: object) -> None:
        if generation != self._generation or not isinstance(crops, dict):
            return
        for row in range(self.faces.count()):
            entry = self.faces.item(row)
            image = crops.get(entry.data(_FACE_ROLE))
            if isinstance(image, QImage):
                entry.setIcon(QIcon(QPixmap.fromImage(image)))

    def chosen(self) -> list[str]:
        """The faces to act on: those selected, else the whole group shown."""
        selected = [str(e.data(_FACE_ROLE)) for e in self.faces.selectedItems()]
        if selected:
            return selected
        return [str(self.faces.item(r).data(_FACE_ROLE)) for r in range(self.faces.count())]

    # -- acting ------------------------------------------------------------------------------

    def _push(self, build: Callable[[list[str]], Command]) -> None:
        ids = self.chosen()
        if not ids:
            return
        try:
            command = build(ids)
        except (MemoryAppError, ValueError) as exc:
            self.message.setText(str(exc))
            return
        self.message.setText("")
        push_command(self._undo, command, self._bridge, command.label)

    def name_selected(self) -> None:
        """Name the chosen faces as the person typed or picked (one undo step)."""
        who = self.person.currentText().strip()
        if not who:
            self.message.setText(self.tr("Type or pick the person's name first."))
            return
        self._push(lambda ids: name_command(self._library, ids, who))

    def accept_suggestions(self) -> None:
        """Name each chosen face as its first suggestion (one undo step)."""
        self._push(lambda ids: accept_command(self._library, ids))

    def not_a_face(self) -> None:
        """Set the chosen faces aside as detector mistakes."""
        self._push(lambda ids: reject_command(self._library, ids, RejectReason.NOT_A_FACE))

    def ignore(self) -> None:
        """Leave the chosen faces unnamed for good."""
        self._push(lambda ids: reject_command(self._library, ids, RejectReason.IGNORE))

    def not_this_person(self) -> None:
        """Say the chosen faces are not their first suggestion (never suggested again)."""
        ids = self.chosen()
        faces = [f for g in self._groups for f in g if f.id in ids and f.suggestions]
        if not faces:
            return
        person = faces[0].suggestions[0].person_id
        same = [f.id for f in faces if f.suggestions[0].person_id == person]
        command = reject_suggestion_command(self._library, same, person)
        push_command(self._undo, command, self._bridge, command.label)

    def _on_changes(self, changes: object) -> None:
        if isinstance(changes, Changes) and (changes.items or changes.people):
            self.reload()
