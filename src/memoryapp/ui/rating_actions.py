"""Rating and colour-label keys on the grid, as in digiKam and Lightroom.

0-5 give the selected items that many stars (0 clears); 6-9 give Lightroom's red, yellow,
green and blue labels, and take the label off again when every selected item has it already.
Each key press is one undoable step, however many items are selected.
"""

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QWidget

from memoryapp.core.changes import Changes
from memoryapp.core.commands import replace_records
from memoryapp.core.ids import ItemId
from memoryapp.core.items import MAX_RATING, ColorLabel, Item
from memoryapp.library import Library
from memoryapp.ui.bridge import LibraryBridge
from memoryapp.ui.grid import ThumbnailGrid
from memoryapp.ui.trash_actions import BrowserLike
from memoryapp.ui.undo import CoreCommand

LABEL_KEYS: dict[str, ColorLabel] = {
    "6": ColorLabel.RED,
    "7": ColorLabel.YELLOW,
    "8": ColorLabel.GREEN,
    "9": ColorLabel.BLUE,
}
"""Lightroom's colour-label keys."""


class RatingActions(QObject):
    """The grid's 0-5 (stars) and 6-9 (colour label) keys."""

    def __init__(
        self,
        library: Library,
        bridge: LibraryBridge,
        undo_stack: QUndoStack,
        grid: ThumbnailGrid,
        browser: BrowserLike,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._library, self._bridge, self._undo = library, bridge, undo_stack
        self._browser = browser
        self.actions: list[QAction] = []
        for stars in range(MAX_RATING + 1):
            text = "\u2605" * stars if stars else self.tr("No rating")
            self._add(grid, str(stars), text, lambda _=False, n=stars: self.rate(n))
        for key, label in LABEL_KEYS.items():
            name = self._name(label)
            self._add(
                grid,
                key,
                name[:1].upper() + name[1:],
                lambda _=False, c=label: self.toggle_label(c),
            )

    @property
    def rating_actions(self) -> list[QAction]:
        """No rating, then one to five stars (keys 0-5): the grid menu's Rating submenu."""
        return self.actions[: MAX_RATING + 1]

    @property
    def label_actions(self) -> list[QAction]:
        """Red, yellow, green, blue (keys 6-9): the grid menu's Colour label submenu."""
        return self.actions[MAX_RATING + 1 :]

    def _add(self, grid: ThumbnailGrid, key: str, text: str, slot: object) -> None:
        action = QAction(text, grid)
        action.setObjectName(f"action_mark_{key}")
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        grid.addAction(action)
        self.actions.append(action)

    def rate(self, stars: int) -> bool:
        """Give the selected items ``stars`` (0 clears); whether a step was pushed."""
        ids = self._browser.selected_ids()
        if all(self._library.item(i).rating == stars for i in ids):
            return False  # nothing to change: no empty step on the undo stack
        text = (
            self.tr("Give %n item(s) a rating of %1", "", len(ids)).replace("%1", str(stars))
            if stars
            else self.tr("Clear the rating of %n item(s)", "", len(ids))
        )

        def rated(items: list[Item]) -> list[Item]:
            return [replace(item, rating=stars) for item in items]

        return self._push(ids, "Rate", rated, text)

    def toggle_label(self, label: ColorLabel) -> bool:
        """Give the selected items ``label``, or take it off when they all have it."""
        ids = self._browser.selected_ids()
        clear = bool(ids) and all(self._library.item(i).label is label for i in ids)
        text = (
            self.tr("Clear the colour label of %n item(s)", "", len(ids))
            if clear
            else self.tr("Label %n item(s) %1", "", len(ids)).replace("%1", self._name(label))
        )

        def labelled(items: list[Item]) -> list[Item]:
            new = ColorLabel.NONE if clear else label
            return [replace(item, label=new) for item in items]

        return self._push(ids, "Label", labelled, text)

    def _push(
        self,
        ids: list[ItemId],
        verb: str,
        change: Callable[[list[Item]], list[Item]],
        text: str,
    ) -> bool:
        if not ids:
            return False
        self._undo.push(_MarkCommand(ids, verb, change, self._bridge, text, self._undo))
        return True

    def _name(self, label: ColorLabel) -> str:
        names = {
            ColorLabel.RED: self.tr("red"),
            ColorLabel.YELLOW: self.tr("yellow"),
            ColorLabel.GREEN: self.tr("green"),
            ColorLabel.BLUE: self.tr("blue"),
        }
        return names.get(label, label.value)


class _MarkCommand(CoreCommand):
    """A rating or label step whose records are read when it runs on the collection worker.

    Keys pressed quickly queue several steps; each reads the items as the one before left them
    (reading them when the key is pressed would undo the previous key's change).
    """

    def __init__(
        self,
        ids: list[ItemId],
        verb: str,
        change: Callable[[list[Item]], list[Item]],
        bridge: LibraryBridge,
        text: str,
        stack: QUndoStack,
    ) -> None:
        super().__init__(replace_records(verb, [], []), bridge, text, stack)
        self._ids, self._verb, self._change = ids, verb, change

    def _apply(self) -> Changes:  # collection worker
        items = [self._bridge.library.item(i) for i in self._ids]
        self.command = replace_records(self._verb, items, self._change(items))
        return super()._apply()
