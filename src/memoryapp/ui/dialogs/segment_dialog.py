"""The dialog that adds or edits one testimony segment of a recording.

Start and end are typed as times (``1:12.5``, ``00:01:12.500`` or seconds) and read with the
core's :func:`~memoryapp.core.segments.parse_time` (millisecond precision); speakers are
ticked in the list of people; each language listed gets its own transcript box, whose
direction follows its text (right to left for Hebrew and Arabic). OK is refused, with the
reason shown, while the times do not make a segment that fits the recording.
"""

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from memoryapp.core.ids import ItemId, PersonId
from memoryapp.core.people import Person
from memoryapp.core.segment_edits import check_fits, speaks_living, transcribed
from memoryapp.core.segments import (
    Anchor,
    ConsentUse,
    Segment,
    SegmentConsent,
    format_time,
    parse_time,
)
from memoryapp.ui.i18n import follow_text_direction

_PersonRole = Qt.ItemDataRole.UserRole


class SegmentDialog(QDialog):
    """Asks for a segment's times, speakers, transcripts, anchors, consent and privacy.

    Args:
        segment: the segment to edit, or a new one with its default times.
        people: the collection's people (speakers and who consented are chosen among them).
        duration_ms: the recording's length (0 when unknown).
        user: who types the transcripts.
        is_item: whether a text is an item ID (for the anchors).
        new: whether the segment is being added (a living speaker then makes it private).
    """

    def __init__(
        self,
        segment: Segment,
        people: Sequence[Person],
        duration_ms: int,
        user: str,
        is_item: Callable[[str], bool],
        *,
        new: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add segment") if new else self.tr("Edit segment"))
        self._segment, self._people, self._duration = segment, list(people), duration_ms
        self._user, self._is_item, self._new = user, is_item, new
        self._private_touched = False
        form = QFormLayout(self)
        self.start = QLineEdit(format_time(segment.start_ms), self)
        self.end = QLineEdit(format_time(segment.end_ms), self)
        times = QHBoxLayout()
        times.addWidget(self.start)
        times.addWidget(QLabel("\u2013", self))
        times.addWidget(self.end)
        form.addRow(self.tr("From, to"), times)
        self.speakers = QListWidget(self)
        self.speakers.setMaximumHeight(120)
        for person in self._people:
            row = QListWidgetItem(person.name)
            row.setData(_PersonRole, person.id)
            ticked = person.id in segment.speakers
            row.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.speakers.addItem(row)
        form.addRow(self.tr("Speakers"), self.speakers)
        self.languages = QLineEdit(", ".join(segment.languages), self)
        self.languages.setPlaceholderText(self.tr("language codes: fr, he, ar"))
        form.addRow(self.tr("Languages"), self.languages)
        self._transcripts_form = QFormLayout()
        form.addRow(self._transcripts_form)
        self.transcripts: dict[str, QPlainTextEdit] = {}
        self._texts = {t.lang: t.text for t in segment.transcripts}
        self.items = QLineEdit(" ".join(segment.item_ids()), self)
        self.items.setPlaceholderText(self.tr("item IDs, separated by spaces"))
        form.addRow(self.tr("About the items"), self.items)
        self.consent_by = QComboBox(self)
        self.consent_by.addItem(self.tr("nobody"), "")
        for person in self._people:
            self.consent_by.addItem(person.name, person.id)
        self.uses = {use: QCheckBox(self) for use in ConsentUse}
        self.uses[ConsentUse.FAMILY].setText(self.tr("family"))
        self.uses[ConsentUse.RESEARCH].setText(self.tr("research"))
        self.uses[ConsentUse.FILM].setText(self.tr("film"))
        self.revoked = QCheckBox(self.tr("withdrawn"), self)
        consent = QHBoxLayout()
        consent.addWidget(self.consent_by, 1)
        for box in (*self.uses.values(), self.revoked):
            consent.addWidget(box)
        form.addRow(self.tr("Consent"), consent)
        if segment.consents:
            first = segment.consents[0]
            self.consent_by.setCurrentIndex(max(self.consent_by.findData(first.person_id), 0))
            for use, box in self.uses.items():
                box.setChecked(use in first.uses)
            self.revoked.setChecked(first.revoked)
        self.private = QCheckBox(self.tr("Private (kept out of exports)"), self)
        self.private.setChecked(segment.private)
        form.addRow(self.private)
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        form.addRow(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._on_accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.languages.editingFinished.connect(self._update_transcripts)
        self.private.clicked.connect(self._on_private_clicked)
        self.speakers.itemChanged.connect(self._on_speakers_changed)
        self._update_transcripts()

    def set_languages(self, text: str) -> None:
        """List the languages (``"fr, he"``), one transcript box each."""
        self.languages.setText(text)
        self._update_transcripts()

    def tick_speaker(self, person_id: str, on: bool = True) -> None:
        """Tick (or untick) a speaker in the list."""
        for row in range(self.speakers.count()):
            item = self.speakers.item(row)
            if item.data(_PersonRole) == person_id:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _langs(self) -> list[str]:
        text = self.languages.text().replace(",", " ")
        return list(dict.fromkeys(lang.strip() for lang in text.split() if lang.strip()))

    def _update_transcripts(self) -> None:
        for lang, box in self.transcripts.items():
            self._texts[lang] = box.toPlainText()
        while self._transcripts_form.rowCount():
            self._transcripts_form.removeRow(0)
        self.transcripts = {}
        for lang in self._langs():
            box = QPlainTextEdit(self._texts.get(lang, ""), self)
            box.setMaximumHeight(90)
            follow_text_direction(box)
            self.transcripts[lang] = box
            self._transcripts_form.addRow(self.tr("Transcript (%1)").replace("%1", lang), box)

    def _ticked(self) -> tuple[PersonId, ...]:
        rows = (self.speakers.item(r) for r in range(self.speakers.count()))
        return tuple(
            PersonId(str(r.data(_PersonRole)))
            for r in rows
            if r.checkState() == Qt.CheckState.Checked
        )

    def _on_private_clicked(self) -> None:
        self._private_touched = True

    def _on_speakers_changed(self, _item: QListWidgetItem) -> None:
        if self._new and not self._private_touched:  # a living speaker's words stay private
            probe = replace(self._segment, speakers=self._ticked())
            self.private.setChecked(speaks_living(self._people, probe))

    def segment(self) -> Segment:
        """The segment as filled in.

        Raises:
            ValueError: a time cannot be read, the end is not after the start, the segment
                ends after the recording, or an anchor is not an item (the message says which).
        """
        start = parse_time(self.start.text())
        end = parse_time(self.end.text())
        if end <= start:
            raise ValueError(
                self.tr("The end (%1) must come after the start (%2).")
                .replace("%1", format_time(end))
                .replace("%2", format_time(start))
            )
        ids = self.items.text().replace(",", " ").split()
        unknown = [i for i in ids if not self._is_item(i)]
        if unknown:
            raise ValueError(self.tr("No item has the ID %1.").replace("%1", unknown[0]))
        old = {a.item_id: a for a in self._segment.items}
        anchors = tuple(old.get(ItemId(i), Anchor(item_id=ItemId(i))) for i in dict.fromkeys(ids))
        old_texts = {t.lang: t for t in self._segment.transcripts}
        transcripts = []
        for lang, box in self.transcripts.items():
            text = box.toPlainText().strip()
            kept = old_texts.get(lang)
            if kept is not None and kept.text == text:
                transcripts.append(kept)  # unchanged: who typed it and when stay
            elif text:
                transcripts.append(transcribed(lang, text, self._user))
        segment = replace(
            self._segment,
            start_ms=start,
            end_ms=end,
            speakers=self._ticked(),
            languages=tuple(self._langs()),
            transcripts=tuple(transcripts),
            items=anchors,
            consents=self._consents(),
            private=self.private.isChecked(),
        )
        check_fits(segment, self._duration)
        return segment

    def _consents(self) -> tuple[SegmentConsent, ...]:
        others = self._segment.consents[1:]
        who = str(self.consent_by.currentData() or "")
        if not who:
            return others
        first = self._segment.consents[0] if self._segment.consents else None
        uses = tuple(use for use, box in self.uses.items() if box.isChecked())
        revoked = self.revoked.isChecked()
        today = dt.datetime.now(dt.UTC).date().isoformat()
        if first is None or first.person_id != who:
            first = SegmentConsent(person_id=PersonId(who), given_on=today)
        revoked_on = first.revoked_on or today if revoked else ""
        consent = replace(first, uses=uses, revoked=revoked, revoked_on=revoked_on)
        rest = tuple(c for c in others if c.person_id != who)
        return (consent, *rest)

    def _on_accept(self) -> None:
        try:
            self.segment()
        except ValueError as exc:
            self.error.setText(str(exc))
            return
        self.accept()
