"""A field of removable chips (people, places, tags) with a completing entry to add more.

Chips wrap like words. A chip on only some of the selected items is shown in italics with
how many it is on; its cross removes it from all of them. The entry completes from a list of
choices matched through ``search_key``, so "eliane" finds "Éliane" and unpointed Hebrew finds
pointed Hebrew; Enter on text that matches nothing offers it as a new value.
"""

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPoint, QRect, QSize, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from memoryapp.core.text import search_key
from memoryapp.ui.i18n import follow_text_direction, isolate

MAX_SUGGESTIONS = 30
MAX_CHIPS = 40  # a selection of thousands shows its most common values, then "N more"


@dataclass(frozen=True, slots=True)
class Token:
    """One chip: ``key`` is an ID or a tag; ``on`` of ``of`` selected items carry it."""

    key: str
    label: str
    on: int = 1
    of: int = 1
    badge: str = ""  # a short word after the label ("disputed"), already translated
    detail: str = ""  # lines for the tooltip (evidence), already translated


@dataclass(frozen=True, slots=True)
class Choice:
    """Something the entry can complete to, with every spelling it is known by."""

    key: str
    label: str
    spellings: tuple[str, ...] = ()


class FlowLayout(QLayout):
    """Lays widgets out left to right (right to left in RTL), wrapping to new lines."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 4) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        x, y, line = rect.x(), rect.y(), 0
        space = self.spacing()
        parent = self.parentWidget()
        rtl = parent is not None and parent.isRightToLeft()
        for item in self._items:
            hint = item.sizeHint()
            if x + hint.width() > rect.right() + 1 and line > 0:
                x, y, line = rect.x(), y + line + space, 0
            if apply:
                left = rect.right() + 1 - (x - rect.x()) - hint.width() if rtl else x
                item.setGeometry(QRect(QPoint(left, y), hint))
            x += hint.width() + space
            line = max(line, hint.height())
        return y + line - rect.y()


class TokenListEdit(QWidget):
    """Chips plus an entry.

    Signals:
        token_added(str, str): (key, label) of a known choice; key "" for new text.
        token_removed(str): the key of a chip whose cross was clicked.
        token_menu_requested(str, QPoint): a chip's context menu, at this global position.
    """

    token_added = Signal(str, str)
    token_removed = Signal(str)
    token_menu_requested = Signal(str, QPoint)

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._flow = FlowLayout(self)
        self._chips: list[QToolButton] = []
        self._more: QLabel | None = None
        self._choices: list[tuple[Choice, tuple[str, ...]]] = []
        self._shown: list[Choice] = []
        self.entry = QLineEdit(self)
        self.entry.setPlaceholderText(placeholder)
        self.entry.setMinimumWidth(140)
        self.entry.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        follow_text_direction(self.entry)
        self._model = QStringListModel(self)
        self._completer = QCompleter(self._model, self)
        self._completer.setWidget(self.entry)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        popup = self._completer.popup()
        assert popup is not None  # QCompleter makes its popup on first request
        self._popup = popup
        self._completer.activated[QModelIndex].connect(self._on_completion)  # type: ignore[index]
        self.entry.textEdited.connect(self._suggest)
        self.entry.returnPressed.connect(self._on_return)
        self._flow.addWidget(self.entry)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

    def set_choices(self, choices: Sequence[Choice]) -> None:
        """What the entry completes to."""
        self._choices = [
            (c, tuple(search_key(s) for s in (c.label, *c.spellings))) for c in choices
        ]

    def set_tokens(self, tokens: Sequence[Token]) -> None:
        """Show these chips (the entry stays last)."""
        for chip in self._chips:
            self._flow.removeWidget(chip)
            chip.deleteLater()
        self._chips = []
        self._flow.removeWidget(self.entry)
        if self._more is not None:
            self._flow.removeWidget(self._more)
            self._more.deleteLater()
            self._more = None
        shown = list(tokens)
        if len(shown) > MAX_CHIPS:
            shown = sorted(shown, key=lambda t: -t.on)[:MAX_CHIPS]
        for token in shown:
            chip = QToolButton(self)
            chip.setObjectName("chip")
            label = isolate(token.label)
            if token.on < token.of:
                label = self.tr("%1 (%2 of %3)").replace("%1", label)
                label = label.replace("%2", str(token.on)).replace("%3", str(token.of))
                font = chip.font()
                font.setItalic(True)
                chip.setFont(font)
            if token.badge:
                label += f"  \N{WARNING SIGN} {token.badge}"
            chip.setText(label + "  \N{MULTIPLICATION SIGN}")
            tip = self.tr("Remove %1").replace("%1", isolate(token.label))
            chip.setToolTip(f"{token.detail}\n\n{tip}" if token.detail else tip)
            chip.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            chip.customContextMenuRequested.connect(
                lambda pos, key=token.key, c=chip: self.token_menu_requested.emit(
                    key, c.mapToGlobal(pos)
                )
            )
            chip.setAutoRaise(False)
            chip.setStyleSheet(
                "QToolButton#chip { border: 1px solid palette(mid); border-radius: 10px;"
                " padding: 1px 8px; background: palette(alternate-base); }"
                "QToolButton#chip:hover { border-color: palette(highlight); }"
            )
            chip.clicked.connect(lambda _=False, key=token.key: self.token_removed.emit(key))
            self._flow.addWidget(chip)
            self._chips.append(chip)
        if len(tokens) > len(shown):
            self._more = QLabel(self.tr("and %n more", "", len(tokens) - len(shown)), self)
            self._more.setEnabled(False)
            self._flow.addWidget(self._more)
        self._flow.addWidget(self.entry)
        self.updateGeometry()

    def tokens_text(self) -> list[str]:
        """The chips' texts (for tests and accessibility)."""
        return [chip.text() for chip in self._chips]

    def _suggest(self, text: str) -> None:
        wanted = search_key(text.strip())
        if not wanted:
            self._popup.hide()
            return
        starts = [c for c, keys in self._choices if any(k.startswith(wanted) for k in keys)]
        inside = [
            c for c, keys in self._choices if c not in starts and any(wanted in k for k in keys)
        ]
        self._shown = (starts + inside)[:MAX_SUGGESTIONS]
        self._model.setStringList([c.label for c in self._shown])
        if self._shown:
            self._completer.complete()
        else:
            self._popup.hide()

    def _on_completion(self, index: QModelIndex) -> None:
        row = index.row()
        if 0 <= row < len(self._shown):
            choice = self._shown[row]
            self.entry.clear()
            self.token_added.emit(choice.key, choice.label)

    def _on_return(self) -> None:
        if self._popup.isVisible():
            return
        text = self.entry.text().strip()
        if not text:
            return
        wanted = search_key(text)
        exact = [c for c, keys in self._choices if wanted in keys]
        self.entry.clear()
        if exact:
            self.token_added.emit(exact[0].key, exact[0].label)
        else:
            self.token_added.emit("", text)
