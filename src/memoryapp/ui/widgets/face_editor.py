"""Face rectangles edited in the viewer become single undoable commands.

The canvas reports gestures in the upright (display) frame; this converts them to the stored
frame with ``memoryapp.core.orientation`` and pushes one core command per gesture.
"""

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Protocol

from PySide6.QtCore import QObject, QPoint, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMenu, QWidget

from memoryapp.core.commands import Command
from memoryapp.core.errors import MemoryAppError
from memoryapp.core.ids import PersonId
from memoryapp.core.items import Item, Region
from memoryapp.core.orientation import rect_to_stored
from memoryapp.core.people import Person
from memoryapp.core.text import isolate
from memoryapp.library import Library
from memoryapp.ui.bridge import LibraryBridge
from memoryapp.ui.undo import push_command
from memoryapp.ui.widgets import face_commands
from memoryapp.ui.widgets.image_canvas import ImageCanvas
from memoryapp.ui.widgets.person_picker import PersonPicker
from memoryapp.ui.widgets.placement import place_beside
from memoryapp.ui.widgets.region_overlay import RegionView, faces_of


class FaceHost(Protocol):
    """What the face editor needs from the viewer."""

    canvas: ImageCanvas

    def current_item(self) -> Item:
        """The item shown."""
        ...

    def replace_item(self, item: Item) -> None:
        """Show this newer version of the item (its regions are redrawn)."""
        ...

    def refresh_regions(self) -> None:
        """Redraw the regions of the item shown."""
        ...


class FaceEditor(QObject):
    """Connects the canvas's region signals to face commands on the undo stack.

    Signals:
        person_requested(str): open this person (the face menu's Open the person).

    ``menu`` is the face menu last shown.
    """

    person_requested = Signal(str)

    def __init__(
        self,
        host: FaceHost,
        library: Library,
        bridge: LibraryBridge,
        undo_stack: QUndoStack,
    ) -> None:
        super().__init__(host if isinstance(host, QObject) else None)
        self._host, self._library, self._bridge, self._undo = host, library, bridge, undo_stack
        canvas = host.canvas
        canvas.region_drawn.connect(self._on_drawn)
        canvas.region_edited.connect(self._on_edited)
        canvas.delete_requested.connect(self._on_delete)
        canvas.rename_requested.connect(self._on_rename)
        canvas.remove_tag_requested.connect(self._on_untag)
        canvas.menu_requested.connect(self._on_menu)
        self.menu: QMenu | None = None

    def person_name(self, person_id: str) -> str:
        """A person's primary name (or a placeholder when the record is missing)."""
        try:
            return self._library.person(person_id).name
        except MemoryAppError:
            return self.tr("(unknown person)")

    def _on_menu(self, key: str, where: QPoint) -> None:
        face = self._face(key)
        if self.menu is not None:
            self.menu.deleteLater()
        menu = self.menu = QMenu(self._parent_widget())
        menu.setObjectName("faceMenu")
        if face is not None:  # whose face it is, as a title
            menu.addSection(isolate(self.person_name(face[0])))
        menu.addAction(self.tr("Another person…"), lambda: self._on_rename(key))
        menu.addAction(self.tr("Remove the rectangle"), lambda: self._on_delete(key))
        menu.addAction(self.tr("Remove the person from this item"), lambda: self._on_untag(key))
        if face is not None:
            menu.addSeparator()
            person_id = str(face[0])
            menu.addAction(
                self.tr("Open the person…"), lambda: self.person_requested.emit(person_id)
            )
        menu.popup(where)

    def _face(self, key: str) -> tuple[PersonId, Region] | None:
        """The person and stored rectangle of a face key of the item shown."""
        return faces_of(self._item).get(key)

    @property
    def _item(self) -> Item:
        return self._host.current_item()

    def _stored(self, rect: QRectF) -> Region:
        x, y, w, h = rect_to_stored(
            rect.x(), rect.y(), rect.width(), rect.height(), self._item.orientation
        )
        x, y = min(max(x, 0.0), 1.0), min(max(y, 0.0), 1.0)
        return Region(x=x, y=y, w=min(max(w, 0.0), 1.0 - x), h=min(max(h, 0.0), 1.0 - y))

    def _push(self, command: Command, text: str) -> None:
        if not push_command(self._undo, command, self._bridge, text):
            self._host.refresh_regions()
            return
        item_id = self._item.id
        for slot in command.after:  # the worker applies edits in order: show the result now
            if slot.kind is Item and slot.id == item_id and isinstance(slot.record, Item):
                self._host.replace_item(slot.record)

    def _pick(self, text: str, title: str, then: Callable[[PersonPicker], None]) -> PersonPicker:
        picker = PersonPicker(self._library.people(), self._parent_widget(), text=text, title=title)
        picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        picker.accepted.connect(lambda: then(picker))
        picker.rejected.connect(self._host.refresh_regions)
        picker.open()
        return picker

    def _chosen(self, picker: PersonPicker) -> PersonId | Person | None:
        if picker.person_id is not None:
            return picker.person_id
        if picker.new_name:
            return face_commands.new_person(picker.new_name)
        return None

    def _on_drawn(self, rect: QRectF) -> None:
        region = self._stored(rect)
        if region.w <= 0 or region.h <= 0:
            return
        shown = [*self._host.canvas.regions(), RegionView("", "?", rect)]
        self._host.canvas.set_regions(shown)
        picker = self._pick("", self.tr("Who is this?"), lambda p: self._tag(p, region))
        canvas = self._host.canvas
        face = canvas.to_widget(rect).toAlignedRect()
        place_beside(picker, QRect(canvas.mapToGlobal(face.topLeft()), face.size()))

    def _tag(self, picker: PersonPicker, region: Region) -> None:
        person = self._chosen(picker)
        if person is None:
            return
        now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        command = face_commands.tag_face(self._item, person, region, identified_at=now)
        self._push(command, self.tr("Tag a face"))

    def _on_edited(self, key: str, rect: QRectF) -> None:
        face = self._face(key)
        if face is None:
            return
        command = face_commands.move_face(self._item, face[0], face[1], self._stored(rect))
        self._push(command, self.tr("Move a face rectangle"))

    def _on_delete(self, key: str) -> None:
        face = self._face(key)
        if face is None:
            return
        self._push(
            face_commands.clear_face(self._item, face[0], face[1]),
            self.tr("Remove a face rectangle"),
        )

    def _on_untag(self, key: str) -> None:
        face = self._face(key)
        if face is None:
            return
        self._push(
            face_commands.untag(self._item, face[0]),
            self.tr("Remove %1 from the item").replace("%1", isolate(self.person_name(face[0]))),
        )

    def _on_rename(self, key: str) -> None:
        face = self._face(key)
        if face is None:
            return
        title = self.tr("Who is this really?")
        self._pick(self.person_name(face[0]), title, lambda p: self._rename(p, face))

    def _rename(self, picker: PersonPicker, face: tuple[PersonId, Region]) -> None:
        person = self._chosen(picker)
        old, region = face
        if person is None or person == old:
            return
        command = face_commands.reassign_face(self._item, old, person, region)
        self._push(command, self.tr("Give a face to another person"))

    def _parent_widget(self) -> QWidget | None:
        host = self._host
        return host if isinstance(host, QWidget) else None
