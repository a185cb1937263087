"""Adding, editing and deleting testimony segments in the details panel, each one undo step."""

import math
import struct
import wave

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from tests.records import everything

from memoryapp.core.segments import ConsentUse
from memoryapp.library import ImportOptions
from memoryapp.ui.details import DetailsPanel
from memoryapp.ui.dialogs.segment_dialog import SegmentDialog


@pytest.fixture
def recording(library, tmp_path):
    """A 4-second WAV of a 440 Hz sine, imported: the recording item."""
    path = tmp_path / "grandmother.wav"
    rate = 8000
    frames = b"".join(
        struct.pack("<h", int(8000 * math.sin(2 * math.pi * 440 * n / rate)))
        for n in range(rate * 4)
    )
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(frames)
    (result,) = library.import_paths([path], options=ImportOptions(jobs=1)).results
    return library.item(result.item_id)


@pytest.fixture
def panel(library, bridge, undo_stack, qtbot, recording):
    panel = DetailsPanel(library, bridge, undo_stack)
    qtbot.addWidget(panel)
    panel.show_items([recording.id])
    return panel


def _open_add(panel) -> SegmentDialog:
    box = panel.form.testimony
    assert not box.editing.isHidden()
    assert box.add_button.isEnabled()
    box.add_button.click()
    dialog = panel.segments.dialog
    assert dialog is not None
    assert dialog.isVisible()
    return dialog


def _accept(dialog, bridge, qtbot) -> None:
    with qtbot.waitSignal(bridge.collection_changed, timeout=5000):
        dialog.buttons.accepted.emit()


def test_a_segment_is_added_edited_and_deleted_each_as_one_undo_step(
    library, bridge, undo_stack, qtbot, panel, recording, people, add_items
):
    (photo,) = add_items(["Wedding in Tinghir"])
    box = panel.form.testimony
    assert box.title() == "Recording, 0 segments"
    dialog = _open_add(panel)
    assert dialog.start.text() == "00:00:00.000"
    assert dialog.end.text() == "00:00:04.000"  # +30 s, but the recording ends at 4 s
    dialog.start.setText("0:01.25")
    dialog.end.setText("3.5")
    dialog.tick_speaker(people["miriam"].id)
    assert dialog.private.isChecked()  # a living speaker's testimony is private by default
    dialog.set_languages("fr, he")
    dialog.transcripts["fr"].setPlainText("  Le mariage à Tinghir, 1932  ")
    dialog.transcripts["he"].setPlainText("החתונה בתינגיר")
    dialog.items.setText(photo.id)
    dialog.consent_by.setCurrentIndex(dialog.consent_by.findData(people["miriam"].id))
    dialog.uses[ConsentUse.FAMILY].setChecked(True)
    dialog.uses[ConsentUse.RESEARCH].setChecked(True)
    _accept(dialog, bridge, qtbot)

    (segment,) = library.segments(recording.id)
    assert (segment.start_ms, segment.end_ms) == (1250, 3500)
    assert segment.speakers == (people["miriam"].id,)
    assert segment.languages == ("fr", "he")
    assert [t.text for t in segment.transcripts] == ["Le mariage à Tinghir, 1932", "החתונה בתינגיר"]
    assert segment.transcripts[0].by == library.user
    assert segment.item_ids() == (photo.id,)
    (consent,) = segment.consents
    assert consent.uses == (ConsentUse.FAMILY, ConsentUse.RESEARCH)
    assert not consent.revoked
    assert segment.private
    title = recording.primary.original_name
    assert undo_stack.undoText() == f"Add segment 0:01\u20130:03 to {title}"
    assert library.undoable().label == f"Add segment 0:01\u20130:03 to {title}"
    qtbot.waitUntil(lambda: box.list.count() == 1, timeout=5000)

    with qtbot.waitSignal(bridge.collection_changed, timeout=5000):
        undo_stack.undo()
    assert library.segments(recording.id) == []
    with qtbot.waitSignal(bridge.collection_changed, timeout=5000):
        undo_stack.redo()
    assert library.segments(recording.id) == [segment]
    qtbot.waitUntil(lambda: box.list.count() == 1, timeout=5000)

    box.list.setCurrentRow(0)
    assert box.edit_button.isEnabled()
    box.edit_button.click()
    dialog = panel.segments.dialog
    assert dialog.transcripts["he"].toPlainText() == "החתונה בתינגיר"
    dialog.end.setText("0:02")
    dialog.revoked.setChecked(True)
    _accept(dialog, bridge, qtbot)
    edited = library.segment(segment.id)
    assert edited.end_ms == 2000
    assert edited.revoked
    assert edited.consents[0].revoked_on
    assert edited.transcripts == segment.transcripts  # unchanged texts keep who typed them
    assert undo_stack.undoText() == f"Edit segment 0:01\u20130:02 of {title}"

    qtbot.waitUntil(lambda: box.list.count() == 1 and box.list.item(0).text().startswith("0:01\u20130:02"), timeout=5000)  # fmt: skip
    box.list.setCurrentRow(0)
    with qtbot.waitSignal(bridge.collection_changed, timeout=5000):
        event = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier)
        box.eventFilter(box.list, event)
    assert library.segments(recording.id) == []
    assert undo_stack.undoText() == f"Delete segment 0:01\u20130:02 from {title}"
    with qtbot.waitSignal(bridge.collection_changed, timeout=5000):
        undo_stack.undo()
    assert library.segments(recording.id) == [edited]


def test_a_hebrew_transcript_is_edited_right_to_left(panel, people):
    dialog = _open_add(panel)
    dialog.set_languages("he")
    box = dialog.transcripts["he"]
    box.setPlainText("סבתא מספרת על החתונה")
    assert box.layoutDirection() == Qt.LayoutDirection.RightToLeft
    dialog.set_languages("he, fr")  # the boxes are made again: the text and direction stay
    assert dialog.transcripts["he"].toPlainText() == "סבתא מספרת על החתונה"
    assert dialog.transcripts["he"].layoutDirection() == Qt.LayoutDirection.RightToLeft
    dialog.reject()


@pytest.mark.parametrize(
    ("start", "end", "message"),
    [
        ("0:03", "0:01", "The end (00:00:01.000) must come after the start (00:00:03.000)."),
        ("0:01", "0:01", "must come after the start"),
        ("0:01", "1:10", "is after the end of the recording (00:00:04.000)"),
        ("0:01", "soon", "cannot read the time 'soon'"),
    ],
)
def test_times_that_make_no_segment_are_refused_and_nothing_is_written(
    library, bridge, undo_stack, panel, start, end, message
):
    before = everything(library)
    dialog = _open_add(panel)
    dialog.start.setText(start)
    dialog.end.setText(end)
    dialog.buttons.accepted.emit()
    assert message in dialog.error.text()
    assert dialog.isVisible()
    assert dialog.result() == 0
    bridge.wait()
    assert everything(library) == before
    assert undo_stack.count() == 0


def test_an_unknown_item_id_is_refused(library, panel, recording):
    dialog = _open_add(panel)
    dialog.items.setText("no-such-item")
    dialog.buttons.accepted.emit()
    assert dialog.error.text() == "No item has the ID no-such-item."
    assert library.segments(recording.id) == []


def test_the_context_menu_offers_add_edit_and_delete(panel):
    box = panel.form.testimony
    box._on_context_menu(box.list.rect().center())
    texts = [a.text() for a in box.context_menu.actions()]
    assert texts == ["Add segment\u2026"]  # no segment under the pointer
    box.context_menu.close()
