"""The search field: the query language, with completion of people, places and tags.

Typing waits for a short pause before searching; Enter searches at once and Escape clears.
After ``person:``, ``place:`` or ``tag:`` the field asks for completions
(``completion_wanted``); the main window answers from the Finder on the query worker and
calls :meth:`SearchField.show_completions`. A query the language cannot read is underlined
in red with the reason, and the grid keeps the last good result.
"""

import re

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from memoryapp.ui.i18n import follow_text_direction
from memoryapp.ui.icons import icon
from memoryapp.ui.sidebar import quote_value

DEBOUNCE_MS = 250
COMPLETION_DELAY_MS = 80
_FIELD_TOKEN = re.compile(r'(?:^|[\s(])-?(person|place|tag|is|has|type):"?([^"\s()]*)$')
_FIXED = {
    "is": ("undated", "untagged", "private", "possible-copy", "damaged"),
    "has": ("people", "faces", "date", "gps"),
    "type": ("photo", "document", "letter", "postcard", "certificate", "passport", "newspaper"),
}


class SearchField(QLineEdit):
    """Search box over the whole collection.

    Signals:
        query_changed(str): search for this text (after a pause, or at once on Enter).
        completion_wanted(str, str): suggestions wanted for (kind, prefix); kind is
            "person", "place" or "tag".
    """

    query_changed = Signal(str)
    completion_wanted = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("search")
        self.setClearButtonEnabled(True)
        self.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self._placeholder = self.tr("Search names, places, tags, words or years (Ctrl+F)")
        self.setPlaceholderText(self._placeholder)
        self._help = self.tr(
            "Examples:\n"
            "  Miriam wedding\n"
            "  person:Yakout place:Tinghir\n"
            "  date:1950..1959   or   1955\n"
            "  tag:Events -is:private\n"
            "  is:undated   is:untagged   has:faces"
        )
        self.setToolTip(self._help)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._emit_query)
        self._completion_timer = QTimer(self)
        self._completion_timer.setSingleShot(True)
        self._completion_timer.setInterval(COMPLETION_DELAY_MS)
        self._completion_timer.timeout.connect(self._ask_completion)
        self._model = QStringListModel(self)
        self._completer = QCompleter(self._model, self)
        self._completer.setWidget(self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        popup = self._completer.popup()
        assert popup is not None  # QCompleter makes its popup on first request
        self._popup = popup
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.activated[str].connect(self._insert_completion)  # type: ignore[index]
        self._pending_kind = ""
        self._last_emitted: str | None = None
        self.textEdited.connect(self._on_text_edited)
        self.returnPressed.connect(self._emit_query)
        follow_text_direction(self)

    # -- API -------------------------------------------------------------------------------

    def set_query(self, text: str, *, narrow: bool = False) -> None:
        """Put ``text`` in the field (after the current query if ``narrow``) and search now."""
        current = self.text().strip()
        self.setText(f"{current} {text}".strip() if narrow and current else text)
        self._emit_query()

    def set_waiting(self, reason: str) -> None:
        """Disable the field, saying why (``reason``), or enable it again (``""``)."""
        self.setEnabled(not reason)
        self.setPlaceholderText(reason or self._placeholder)
        self.setToolTip(reason or self._help)

    def show_error(self, position: int, reason: str) -> None:
        """Mark the query as unreadable at ``position`` (0-based) with ``reason``."""
        self.setProperty("invalid", True)
        self.setStyleSheet("QLineEdit { border: 2px solid #c0392b; border-radius: 3px; }")
        self.setToolTip(
            self.tr("Cannot read this search at character %1: %2")
            .replace("%1", str(position + 1))
            .replace("%2", reason)
        )

    def clear_error(self) -> None:
        """The query was read: back to normal."""
        if self.property("invalid"):
            self.setProperty("invalid", False)
            self.setStyleSheet("")
            self.setToolTip(self._help)

    def show_completions(self, kind: str, prefix: str, pairs: list[tuple[str, str]]) -> None:
        """Offer ``pairs`` of (display text, value) if the user is still typing ``prefix``."""
        token = self._current_token()
        if token is None or token != (kind, prefix) or not pairs:
            self._popup.hide()
            return
        self._pending_kind = kind
        self._model.setStringList([display for display, _value in pairs])
        self._completer.complete()

    def completion_popup_visible(self) -> bool:
        """Whether suggestions are on screen."""
        return self._popup.isVisible()

    # -- typing ----------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and not self._popup.isVisible():
            if self.text():
                self.clear()
                self._emit_query()
            return
        super().keyPressEvent(event)

    def _on_text_edited(self, _text: str) -> None:
        self._timer.start()
        token = self._current_token()
        if token is None:
            self._popup.hide()
            return
        kind, prefix = token
        if kind in _FIXED:
            self._pending_kind = kind
            values = [v for v in _FIXED[kind] if v.startswith(prefix.lower())]
            self._model.setStringList(values)
            if values:
                self._completer.complete()
            return
        if prefix:
            self._completion_timer.start()

    def _ask_completion(self) -> None:
        token = self._current_token()
        if token is not None and token[1] and token[0] not in _FIXED:
            self.completion_wanted.emit(*token)

    def _current_token(self) -> tuple[str, str] | None:
        match = _FIELD_TOKEN.search(self.text()[: self.cursorPosition()])
        return (match.group(1), match.group(2)) if match else None

    def _insert_completion(self, chosen: str) -> None:
        before = self.text()[: self.cursorPosition()]
        after = self.text()[self.cursorPosition() :]
        match = _FIELD_TOKEN.search(before)
        if match is None:
            return
        start = match.start(1)
        negate = "-" if before[start - 1 : start] == "-" else ""
        if negate:
            start -= 1
        replacement = negate + quote_value(match.group(1), chosen) + " "
        self.setText(before[:start] + replacement + after.lstrip())
        self.setCursorPosition(start + len(replacement))
        self._emit_query()

    def _emit_query(self) -> None:
        self._timer.stop()
        text = self.text().strip()
        if text != self._last_emitted:
            self._last_emitted = text
            self.query_changed.emit(text)

    def force_search(self) -> None:
        """Search again with the current text, even if it has not changed."""
        self._last_emitted = None
        self._emit_query()
