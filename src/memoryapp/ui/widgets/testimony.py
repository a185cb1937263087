"""Testimony in the details panel: a recording's player, or the segments that speak of a photo.

For a recording: play/pause, a seek slider, the time, and the segment playing now with its
transcript as a caption. For any other item: "Mentioned in 3 recordings" and its segments;
a click plays that segment (from its start, pausing at its end). Playback uses Qt
Multimedia (the PySide6-Addons wheel); without it the list is shown and the play buttons
are disabled with a tooltip saying why.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QUrl, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from memoryapp.core.segment_edits import clock, span_text
from memoryapp.core.segments import Segment, segment_at
from memoryapp.ui.i18n import follow_text_direction, isolate

log = logging.getLogger(__name__)

try:  # Qt Multimedia comes with PySide6-Addons, an optional dependency
    from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
except ImportError:  # pragma: no cover - depends on the installation
    QMediaPlayer = None  # type: ignore[assignment,misc]
    QAudioOutput = None  # type: ignore[assignment,misc]

PLAYBACK_AVAILABLE = QMediaPlayer is not None
"""Whether recordings can be played in the window (Qt Multimedia is installed)."""

_SegmentRole = Qt.ItemDataRole.UserRole


class Player(QObject):
    """One recording at a time through ``QMediaPlayer``; stops at a segment's end if asked.

    Signals:
        position_changed(int): milliseconds into the recording.
        playing_changed(bool): started or stopped.
    """

    position_changed = Signal(int)
    playing_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source: Path | None = None
        self._stop_at: int | None = None
        self._player = QMediaPlayer(self) if QMediaPlayer is not None else None
        if self._player is not None and QAudioOutput is not None:
            self._output = QAudioOutput(self)
            self._player.setAudioOutput(self._output)
            self._player.positionChanged.connect(self._on_position)
            self._player.playbackStateChanged.connect(
                lambda state: self.playing_changed.emit(
                    state == QMediaPlayer.PlaybackState.PlayingState
                )
            )

    @property
    def available(self) -> bool:
        """Whether playback works here."""
        return self._player is not None

    @property
    def source(self) -> Path | None:
        """The recording loaded, if any."""
        return self._source

    @property
    def playing(self) -> bool:
        """Whether it is playing."""
        return (
            self._player is not None
            and self._player.playbackState() == QMediaPlayer.PlaybackState.PlayingState
        )

    def duration(self) -> int:
        """The loaded recording's length in milliseconds (0 until known)."""
        return int(self._player.duration()) if self._player is not None else 0

    def position(self) -> int:
        """Milliseconds into the recording."""
        return int(self._player.position()) if self._player is not None else 0

    def load(self, path: Path) -> None:
        """Load a recording (nothing happens if it is loaded already)."""
        if self._player is None or path == self._source:
            return
        self._source = path
        self._stop_at = None
        self._player.setSource(QUrl.fromLocalFile(str(path)))

    def play(self, start_ms: int | None = None, stop_ms: int | None = None) -> None:
        """Play from ``start_ms`` (or where it is), pausing at ``stop_ms`` if given."""
        if self._player is None:
            return
        if start_ms is not None:
            self._player.setPosition(start_ms)
        self._stop_at = stop_ms
        self._player.play()

    def pause(self) -> None:
        """Pause where it is."""
        if self._player is not None:
            self._player.pause()

    def seek(self, ms: int) -> None:
        """Go to ``ms`` (a seek past a segment's end forgets that end)."""
        if self._player is not None:
            self._stop_at = None
            self._player.setPosition(ms)

    def stop(self) -> None:
        """Stop and forget the recording."""
        if self._player is not None:
            self._player.stop()
            self._player.setSource(QUrl())
        self._source = None

    def _on_position(self, ms: int) -> None:
        if self._stop_at is not None and ms >= self._stop_at:
            self._stop_at = None
            self.pause()
        self.position_changed.emit(int(ms))


class TestimonyBox(QGroupBox):
    """The details panel's testimony section (hidden when the item has none).

    The panel calls :meth:`show_recording` or :meth:`show_mentions` with the segments and the
    recordings' files; the box plays them. For a recording it also offers to add a segment
    (at the player's position), and to edit or delete the selected one (buttons, the list's
    context menu, the Delete key); the panel does the writing.

    Signals:
        add_requested(str, int): add a segment to this recording, starting at this moment.
        edit_requested(str): edit this segment.
        delete_requested(str): delete this segment.
    """

    add_requested = Signal(str, int)
    edit_requested = Signal(str)
    delete_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.player = Player(self)
        self._segments: list[Segment] = []
        self._files: dict[str, Path] = {}
        self._names: dict[str, str] = {}
        self._recording: str | None = None  # the recording whose times are shown
        layout = QVBoxLayout(self)
        controls = QHBoxLayout()
        self.play_button = QPushButton(self.tr("Play"), self)
        self.play_button.setCheckable(True)
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.time = QLabel("0:00", self)
        controls.addWidget(self.play_button)
        controls.addWidget(self.slider, 1)
        controls.addWidget(self.time)
        layout.addLayout(controls)
        self.caption = QLabel(self)
        self.caption.setObjectName("caption")
        self.caption.setWordWrap(True)
        self.caption.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.caption.setMinimumWidth(1)  # a long transcript wraps, never widens the panel
        layout.addWidget(self.caption)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setMaximumHeight(160)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        layout.addWidget(self.list)
        editing = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add segment…"), self)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        for button in (self.add_button, self.edit_button, self.delete_button):
            editing.addWidget(button)
        editing.addStretch(1)
        self.editing = QWidget(self)
        self.editing.setLayout(editing)
        editing.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.editing)
        self._editable = True
        self.add_button.clicked.connect(self._on_add)
        self.edit_button.clicked.connect(self._on_edit)
        self.delete_button.clicked.connect(self._on_delete)
        self.list.currentRowChanged.connect(self._update_editing)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._on_context_menu)
        self.list.installEventFilter(self)
        if not self.player.available:
            why = self.tr("Playing recordings needs Qt Multimedia (the PySide6-Addons package).")
            for widget in (self.play_button, self.slider):
                widget.setEnabled(False)
                widget.setToolTip(why)
        self.play_button.toggled.connect(self._on_play_toggled)
        self.slider.sliderMoved.connect(self.player.seek)
        self.list.itemActivated.connect(self._on_activated)
        self.list.itemClicked.connect(self._on_activated)
        self.player.position_changed.connect(self._on_position)
        self.player.playing_changed.connect(self._on_playing)
        self.hide()

    def set_editable(self, editable: bool) -> None:
        """Whether segments may be added, edited and deleted (not in a read-only collection)."""
        self._editable = editable
        self._update_editing()

    def selected_segment(self) -> str | None:
        """The ID of the segment selected in the list, if any."""
        item = self.list.currentItem()
        return str(item.data(_SegmentRole)) if item is not None else None

    def _update_editing(self, *_args: object) -> None:
        can = self._editable and self._recording is not None
        self.add_button.setEnabled(can)
        self.edit_button.setEnabled(can and self.selected_segment() is not None)
        self.delete_button.setEnabled(can and self.selected_segment() is not None)

    def _on_add(self) -> None:
        if self._editable and self._recording is not None:
            self.add_requested.emit(self._recording, self.player.position())

    def _on_edit(self) -> None:
        segment_id = self.selected_segment()
        if self._editable and segment_id is not None:
            self.edit_requested.emit(segment_id)

    def _on_delete(self) -> None:
        segment_id = self.selected_segment()
        if self._editable and segment_id is not None and self._recording is not None:
            self.delete_requested.emit(segment_id)

    def _on_context_menu(self, pos: QPoint) -> None:
        if self._recording is None or not self._editable:
            return
        item = self.list.itemAt(pos)
        if item is not None:
            self.list.setCurrentItem(item)
        menu = QMenu(self)
        menu.addAction(self.tr("Add segment…"), self._on_add)
        if item is not None:
            menu.addAction(self.tr("Edit…"), self._on_edit)
            menu.addAction(self.tr("Delete"), self._on_delete)
        self.context_menu = menu  # kept for tests
        menu.popup(self.list.viewport().mapToGlobal(pos))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The Delete key deletes the selected segment of a recording."""
        if (
            watched is self.list
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and self._recording is not None
        ):
            self._on_delete()
            return True
        return super().eventFilter(watched, event)

    def set_names(self, names: dict[str, str]) -> None:
        """People's names by ID (speakers are shown by name)."""
        self._names = dict(names)

    def clear(self) -> None:
        """Show nothing and stop playing."""
        self.player.stop()
        self._segments, self._files, self._recording = [], {}, None
        self.list.clear()
        self.caption.clear()
        self.hide()

    def show_recording(
        self, recording_id: str, path: Path, duration_ms: int, segments: Sequence[Segment]
    ) -> None:
        """A recording: its player and its segments."""
        self._show(list(segments), {recording_id: path})
        self._recording = recording_id
        self.editing.show()
        self._update_editing()
        self.setTitle(self.tr("Recording, %n segment(s)", "", len(segments)))
        self.slider.setRange(0, max(duration_ms, 1))
        self.time.setText(f"0:00 / {clock(duration_ms)}")
        self.player.load(path)
        self.show()

    def show_mentions(self, segments: Sequence[Segment], files: dict[str, Path]) -> None:
        """An item other recordings speak of: "Mentioned in N recordings" and the segments."""
        if not segments:
            self.clear()
            return
        recordings = len({s.recording_id for s in segments})
        self._show(list(segments), files)
        self._recording = None
        self.editing.hide()
        self.setTitle(self.tr("Mentioned in %n recording(s)", "", recordings))
        self.slider.setRange(0, 1)
        self.time.setText("0:00")
        self.show()

    def _show(self, segments: list[Segment], files: dict[str, Path]) -> None:
        if set(files.values()) != {self.player.source}:
            self.player.stop()
        self._segments, self._files = segments, files
        self.list.clear()
        self.caption.clear()
        for segment in segments:
            item = QListWidgetItem(self._describe(segment))
            item.setData(_SegmentRole, segment.id)
            self.list.addItem(item)

    def _describe(self, segment: Segment) -> str:
        who = ", ".join(isolate(self._names.get(p, "")) for p in segment.speakers if p)
        text = self._text(segment)
        span = span_text(segment)
        return " \u00b7 ".join(part for part in (span, who, text) if part)

    @staticmethod
    def _text(segment: Segment) -> str:
        return isolate(segment.transcripts[0].text) if segment.transcripts else ""

    def play_segment(self, segment_id: str) -> None:
        """Play one segment of the list, from its start to its end."""
        segment = next((s for s in self._segments if s.id == segment_id), None)
        path = self._files.get(segment.recording_id) if segment is not None else None
        if segment is None or path is None:
            return
        self._recording = segment.recording_id
        self.player.load(path)
        self.slider.setRange(0, max(segment.end_ms, self.player.duration(), 1))
        self.caption.setText(self._text(segment))
        follow_text_direction(self.caption)
        self.player.play(segment.start_ms, segment.end_ms)

    def _on_activated(self, item: QListWidgetItem) -> None:
        self.play_segment(str(item.data(_SegmentRole)))

    def _on_play_toggled(self, on: bool) -> None:
        if on and not self.player.playing:
            self.player.play()
        elif not on and self.player.playing:
            self.player.pause()

    def _on_playing(self, playing: bool) -> None:
        self.play_button.blockSignals(True)
        self.play_button.setChecked(playing)
        self.play_button.setText(self.tr("Pause") if playing else self.tr("Play"))
        self.play_button.blockSignals(False)

    def _on_position(self, ms: int) -> None:
        if not self.slider.isSliderDown():
            self.slider.setValue(ms)
        total = self.player.duration()
        self.time.setText(f"{clock(ms)} / {clock(total)}" if total else clock(ms))
        if self._recording is None:
            return
        current = segment_at(self._segments, self._recording, ms)
        self.caption.setText(self._text(current) if current is not None else "")
        follow_text_direction(self.caption)
        for row in range(self.list.count()):
            item = self.list.item(row)
            if current is not None and item.data(_SegmentRole) == current.id:
                self.list.setCurrentItem(item)
