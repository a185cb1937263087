"""Moving grid items to the trash, and the trash view's Restore and Empty. Wiring only.

The Delete key and the grid's context menu ("Move to trash", see ``grid_menu``) push one undoable command for
the selected items. When the search shows the trash (the sidebar's Trash list runs
``is:trashed``), a bar above the grid offers Restore (the selected items, or all) and Empty
(after a confirmation: emptying removes the media files for good, and only its record part
can be undone).
"""

from typing import Protocol

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QStyle,
    QWidget,
)

from memoryapp.core.commands import Command
from memoryapp.core.ids import ItemId
from memoryapp.library import Library
from memoryapp.library.trash import (
    EmptyPlan,
    empty_trash_plan,
    remove_unused_media,
    restore_command,
    shows_trash,
    trash_command,
)
from memoryapp.ui.bridge import LibraryBridge
from memoryapp.ui.grid import ThumbnailGrid
from memoryapp.ui.undo import push_command


class BrowserLike(Protocol):
    """What the trash actions need of ``memoryapp.ui.browse.Browser``."""

    query: str

    def selected_ids(self) -> list[ItemId]: ...


def trash_icon() -> QIcon:
    """The platform's trash icon."""
    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_TrashIcon)


class TrashBar(QFrame):
    """Shown above the grid while it shows the trash: what the trash is, Restore, Empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trashBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel(
            self.tr(
                "Items in the trash are hidden from searches and exports; their files are "
                "kept until the trash is emptied."
            ),
            self,
        )
        self.label.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("Restore"), self)
        self.restore_button.setObjectName("restoreButton")
        self.empty_button = QPushButton(self.tr("Empty trash…"), self)
        self.empty_button.setObjectName("emptyButton")
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        icon_label = QLabel(self)
        icon_label.setPixmap(trash_icon().pixmap(20, 20))
        row.addWidget(icon_label)
        row.addWidget(self.label, 1)
        row.addWidget(self.restore_button)
        row.addWidget(self.empty_button)
        self.hide()


class TrashActions(QObject):
    """The grid's Delete key and context menu, and the trash bar's buttons."""

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
        self._grid, self._browser, self._window = grid, browser, parent
        self.bar = TrashBar(parent)
        self.move_action = QAction(trash_icon(), self.tr("Move to trash"), grid)
        self.move_action.setObjectName("action_move_to_trash")
        self.move_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Delete)])
        self.move_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.move_action.triggered.connect(self.move_to_trash)
        grid.addAction(self.move_action)
        self.restore_action = QAction(self.tr("Restore"), grid)
        self.restore_action.triggered.connect(self.restore)
        self.empty_action = QAction(self.tr("Empty trash…"), grid)
        self.empty_action.triggered.connect(self.empty)
        grid.selectionModel().selectionChanged.connect(self.update)
        self.bar.restore_button.clicked.connect(self.restore)
        self.bar.empty_button.clicked.connect(self.empty)

    @property
    def in_trash(self) -> bool:
        """Whether the grid shows the trash."""
        return shows_trash(self._browser.query)

    def update(self) -> None:
        """Show the trash bar in the trash view; Delete only trashes outside it."""
        trash = self.in_trash
        self.bar.setVisible(trash)
        self.move_action.setEnabled(not trash)
        if trash:
            selected = len(self._browser.selected_ids())
            self.bar.restore_button.setText(
                self.tr("Restore %n item(s)", "", selected) if selected else self.tr("Restore all")
            )

    def menu(self) -> QMenu:
        """The trash's entries for the current selection, alone in a menu."""
        menu = QMenu(self._grid)
        self.fill(menu)
        return menu

    def fill(self, menu: QMenu) -> None:
        """Add Move to trash (or, in the trash, Restore and Empty) to the grid's menu."""
        selected = bool(self._browser.selected_ids())
        if self.in_trash:
            menu.addAction(self.restore_action)
            self.restore_action.setEnabled(selected)
            menu.addSeparator()
            menu.addAction(self.empty_action)
        else:
            menu.addAction(self.move_action)
            self.move_action.setEnabled(selected)

    def _push(self, command: Command) -> bool:
        return push_command(self._undo, command, self._bridge)

    def move_to_trash(self) -> bool:
        """Move the selected items to the trash (one undo step); False if none is selected.

        The command is built on the collection worker, after the writes already queued.
        """
        ids = self._browser.selected_ids()
        if not ids or self.in_trash:
            return False
        library = self._library
        self._bridge.run(lambda: trash_command(library, ids), on_done=self._push_built)
        return True

    def restore(self) -> bool:
        """Restore the selected items of the trash, or all of them when none is selected."""
        ids = self._browser.selected_ids()
        library = self._library

        def build() -> Command:
            return restore_command(library, ids or [i.id for i in library.trashed_items()])

        self._bridge.run(build, on_done=self._push_built)
        return True

    def _push_built(self, command: object) -> None:
        if isinstance(command, Command):
            self._push(command)

    def empty(self) -> None:
        """Ask, then delete every item of the trash and remove the files no item uses."""
        library = self._library
        self._bridge.run(lambda: empty_trash_plan(library), on_done=self._confirm_empty_plan)

    def _confirm_empty_plan(self, plan: object) -> None:
        if not isinstance(plan, EmptyPlan) or not plan.items:
            return
        if not self.confirm_empty(len(plan.items)) or not self._push(plan.command):
            return
        library, items = self._library, plan.items
        self._bridge.run(lambda: remove_unused_media(library, items))  # after the commit

    def confirm_empty(self, count: int) -> bool:
        """Ask before emptying the trash (replaced in tests)."""
        box = QMessageBox(self._window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Empty the trash"))
        box.setText(self.tr("Delete the %n item(s) in the trash for good?", "", count))
        box.setInformativeText(
            self.tr(
                "Their files, thumbnails and embedded metadata are removed from the collection "
                "(unless another item uses them). Undo brings back their descriptions, "
                "not their files."
            )
        )
        empty = box.addButton(self.tr("Empty trash"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is empty
