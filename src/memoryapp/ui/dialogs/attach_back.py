"""Attach the back of a print: two selected items, one is the back of the other.

The item whose file name says "back" (``photo_b.jpg``, ``… verso.jpg``) is proposed as the
back, else the second; the user can swap them. One undo step; the back's own item goes to
the trash.
"""

import datetime as dt
from collections.abc import Sequence

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from memoryapp.core.commands import Command
from memoryapp.core.items import Item
from memoryapp.core.views import attach_command, back_key
from memoryapp.ui.i18n import isolate


def item_name(item: Item) -> str:
    """How an item is named to the user: its title, else its file's name, else its ID."""
    return item.title or (item.primary.original_name if item.primary else "") or item.id


def proposed_back(items: Sequence[Item]) -> int:
    """The index (0 or 1) of the item that is more likely the back."""
    for index, item in enumerate(items):
        name = item.primary.original_name if item.primary else ""
        if name and back_key(name) is not None:
            return index
    return 1


class AttachBackDialog(QDialog):
    """Which of the two items is the back of the other."""

    def __init__(self, items: Sequence[Item], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachBackDialog")
        self.setWindowTitle(self.tr("Attach the back of a print"))
        self._items = list(items)
        layout = QVBoxLayout(self)
        text = QLabel(self.tr("Which one is the back? It becomes a view of the other."), self)
        text.setWordWrap(True)
        layout.addWidget(text)
        self.choices = [QRadioButton(isolate(item_name(item)), self) for item in self._items]
        for button in self.choices:
            layout.addWidget(button)
        self.choices[proposed_back(self._items)].setChecked(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def command(self) -> Command:
        """The attach command for the choice made.

        Raises:
            ValueError: the items cannot be joined (one is in the trash...).
        """
        back = next(i for i, button in enumerate(self.choices) if button.isChecked())
        now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        return attach_command(self._items[1 - back], self._items[back], now)
