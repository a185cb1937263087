"""Adding, editing and deleting a recording's testimony segments from the details panel.

The testimony box asks (its signals); this opens the segment dialog and pushes each change
as one undoable command on the window's stack, labelled "Add segment 0:12-0:40 to Title".
"""

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from memoryapp.core.errors import MemoryAppError
from memoryapp.core.ids import ItemId, new_segment_id
from memoryapp.core.items import Item
from memoryapp.core.segment_edits import segment_command, span_text
from memoryapp.core.segments import Segment
from memoryapp.library import Library
from memoryapp.ui.bridge import LibraryBridge
from memoryapp.ui.dialogs.segment_dialog import SegmentDialog
from memoryapp.ui.undo import push_command
from memoryapp.ui.widgets.testimony import TestimonyBox

DEFAULT_LENGTH_MS = 30_000
"""A new segment's length, unless the recording ends sooner."""


def recording_title(item: Item) -> str:
    """The title a label gives a recording: its title, or its file's name, or its ID."""
    if item.title:
        return item.title
    return item.primary.original_name if item.primary is not None else item.id


class SegmentEditor(QObject):
    """Answers a testimony box's requests; :attr:`dialog` is the dialog open, if any."""

    def __init__(
        self,
        library: Library,
        bridge: LibraryBridge,
        undo_stack: QUndoStack,
        box: TestimonyBox,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._library, self._bridge, self._undo = library, bridge, undo_stack
        self._parent = parent
        self.dialog: SegmentDialog | None = None
        box.add_requested.connect(self.add)
        box.edit_requested.connect(self.edit)
        box.delete_requested.connect(self.delete)

    def add(self, recording_id: str, at_ms: int) -> None:
        """Open the dialog for a new segment of the recording starting at ``at_ms``."""
        recording = self._library.item(recording_id)
        duration = recording.primary.duration_ms if recording.primary is not None else 0
        duration = duration or 0
        start = max(0, min(at_ms, duration - 1)) if duration > 1 else max(at_ms, 0)
        end = min(start + DEFAULT_LENGTH_MS, duration) if duration > start else start + 1000
        segment = Segment(
            id=new_segment_id(), recording_id=ItemId(recording_id), start_ms=start, end_ms=end
        )
        self._open(segment, recording, new=True)

    def edit(self, segment_id: str) -> None:
        """Open the dialog on one segment."""
        try:
            segment = self._library.segment(segment_id)
            recording = self._library.item(segment.recording_id)
        except MemoryAppError:
            return  # gone meanwhile (undone elsewhere): nothing to edit
        self._open(segment, recording, new=False)

    def delete(self, segment_id: str) -> None:
        """Delete one segment: one undo step."""
        try:
            segment = self._library.segment(segment_id)
            title = recording_title(self._library.item(segment.recording_id))
        except MemoryAppError:
            return
        label = self.tr("Delete segment %1 from %2")
        self._push(label, "Delete segment %1 from %2", title, segment, None)

    def _open(self, segment: Segment, recording: Item, *, new: bool) -> None:
        known = {i.id for i in self._library.items(include_trashed=True)}
        duration = recording.primary.duration_ms if recording.primary is not None else 0
        dialog = SegmentDialog(
            segment,
            self._library.people(),
            duration or 0,
            self._library.user,
            known.__contains__,
            new=new,
            parent=self._parent,
        )
        title = recording_title(recording)
        before = None if new else segment
        dialog.accepted.connect(lambda: self._save(dialog, title, before))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def _save(self, dialog: SegmentDialog, title: str, before: Segment | None) -> None:
        after = dialog.segment()  # checked when OK was pressed
        if before is None:
            label, english = self.tr("Add segment %1 to %2"), "Add segment %1 to %2"
        else:
            label, english = self.tr("Edit segment %1 of %2"), "Edit segment %1 of %2"
        self._push(label, english, title, before, after)

    def _push(
        self, label: str, english: str, title: str, before: Segment | None, after: Segment | None
    ) -> None:
        shown = after if after is not None else before
        assert shown is not None
        span = span_text(shown)
        logged = english.replace("%1", span).replace("%2", title)  # the history's label
        command = segment_command(logged, before, after)
        push_command(
            self._undo, command, self._bridge, label.replace("%1", span).replace("%2", title)
        )
