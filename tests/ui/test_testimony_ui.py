"""The details panel's testimony: a photo "Mentioned in N recordings", a segment played on click."""

import shutil
import subprocess

import pytest
from tests.records import put

from memoryapp.core.ids import SegmentId
from memoryapp.core.items import ItemKind
from memoryapp.core.segments import Anchor, Segment, Transcript
from memoryapp.library import ImportOptions
from memoryapp.ui.details import DetailsPanel
from memoryapp.ui.widgets.testimony import PLAYBACK_AVAILABLE, clock


@pytest.fixture
def recorded(library, add_items, tmp_path):
    if shutil.which("espeak-ng") is None:
        pytest.skip("espeak-ng makes the recording")
    wav = tmp_path / "voice.wav"
    subprocess.run(["espeak-ng", "-v", "fr", "-w", str(wav), "Tinghir, mil neuf cent trente deux"],
                   check=True)  # fmt: skip
    (result,) = library.import_paths([wav], options=ImportOptions(jobs=1)).results
    (photo,) = add_items(["Wedding"])
    said = (Transcript(lang="fr", text="Tinghir, 1932"),)
    segments = [
        Segment(id=SegmentId(f"s{n}"), recording_id=result.item_id, start_ms=start, end_ms=end,
                transcripts=said, items=(Anchor(item_id=photo.id),))
        for n, (start, end) in enumerate(((200, 900), (1000, 1600)))
    ]  # fmt: skip
    put(library, *segments)
    return library.item(result.item_id), photo


def test_a_photo_lists_the_segments_that_speak_of_it_and_plays_one(
    library, bridge, undo_stack, qtbot, recorded
):
    recording, photo = recorded
    assert recording.kind is ItemKind.RECORDING
    panel = DetailsPanel(library, bridge, undo_stack)
    qtbot.addWidget(panel)
    panel.show_items([photo.id])
    box = panel.form.testimony
    assert not box.isHidden()
    assert box.title() == "Mentioned in 1 recording"
    assert box.list.count() == 2
    assert box.list.item(0).text().startswith("0:00\u20130:00")
    assert PLAYBACK_AVAILABLE, "Qt Multimedia (PySide6-Addons, a dependency) should be installed"
    box.list.itemClicked.emit(box.list.item(1))
    assert box.player.source == library.media_path(recording.id)
    assert "Tinghir" in box.caption.text()
    qtbot.waitUntil(lambda: box.player.position() >= 1000, timeout=5000)


def test_a_recording_shows_its_player_and_a_plain_photo_nothing(
    library, bridge, undo_stack, qtbot, recorded, add_items
):
    recording, _photo = recorded
    (plain,) = add_items(["Passport"])
    panel = DetailsPanel(library, bridge, undo_stack)
    qtbot.addWidget(panel)
    panel.show_items([recording.id])
    box = panel.form.testimony
    assert box.title() == "Recording, 2 segments"
    assert box.slider.maximum() == recording.primary.duration_ms
    panel.show_items([plain.id])
    assert box.isHidden()
    assert clock(3_723_000) == "1:02:03"
