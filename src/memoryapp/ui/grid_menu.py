"""The grid's right-click menu, as in digiKam and Lightroom. Wiring only.

Open (with the system's application), Open large, Edit… (the details panel), Add to scene…,
Copy ID, Show in folder (linked files), Move to trash (or Restore and Empty in the trash),
and the Rating and Colour label submenus: each entry is an action that already exists
elsewhere (the View menu, the trash actions, the rating keys) or a small step here.
A right-click on an item outside the selection selects that item first.
"""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QObject, QPoint, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication, QUndoStack
from PySide6.QtWidgets import QInputDialog, QMenu, QWidget

from memoryapp.core.commands import replace_records
from memoryapp.core.errors import MemoryAppError
from memoryapp.core.films import LinkRole
from memoryapp.library import Library
from memoryapp.ui.bridge import LibraryBridge
from memoryapp.ui.grid import ThumbnailGrid
from memoryapp.ui.i18n import isolate
from memoryapp.ui.rating_actions import RatingActions
from memoryapp.ui.trash_actions import BrowserLike, TrashActions
from memoryapp.ui.undo import push_command


class GridMenu(QObject):
    """Builds and shows the grid's context menu for the selection.

    ``menu`` is the menu last shown (tests trigger its actions).
    """

    def __init__(
        self,
        library: Library,
        bridge: LibraryBridge,
        undo_stack: QUndoStack,
        grid: ThumbnailGrid,
        browser: BrowserLike,
        trash: TrashActions,
        ratings: RatingActions,
        open_large: QAction,
        edit: Callable[[], None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._library, self._bridge, self._undo = library, bridge, undo_stack
        self._grid, self._browser, self._trash, self._ratings = grid, browser, trash, ratings
        self._open_large, self._edit, self._window = open_large, edit, parent
        self.menu: QMenu | None = None
        grid.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        grid.customContextMenuRequested.connect(self._on_requested)

    def _on_requested(self, position: QPoint) -> None:
        index = self._grid.indexAt(position)
        selection = self._grid.selectionModel()
        if index.isValid() and not selection.isSelected(index):
            flag = QItemSelectionModel.SelectionFlag.ClearAndSelect
            selection.setCurrentIndex(index, flag)
        menu = self.build()
        menu.popup(self._grid.viewport().mapToGlobal(position))

    def build(self) -> QMenu:
        """The menu for the items selected now."""
        if self.menu is not None:
            self.menu.deleteLater()
        menu = QMenu(self._grid)
        menu.setObjectName("gridMenu")
        menu.aboutToHide.connect(self._trash.update)
        self.menu = menu
        ids = [str(i) for i in self._browser.selected_ids()]
        if self._trash.in_trash:
            self._trash.fill(menu)
            menu.addSeparator()
            self._add(menu, "copy_id", self.tr("Copy ID"), lambda: self.copy_ids(ids), bool(ids))
            return menu
        one = len(ids) == 1
        self._add(menu, "open", self.tr("Open"), lambda: self.open_file(ids[0]), one)
        large = self._add(
            menu, "open_large", self._open_large.text(), self._open_large.trigger, one
        )
        large.setIcon(self._open_large.icon())  # the View menu's action, left as it is
        self._add(menu, "edit", self.tr("Edit…"), self._edit, bool(ids))
        menu.addSeparator()
        add = self._add(menu, "add_to_scene", self.tr("Add to scene…"), lambda: None, bool(ids))
        add.triggered.connect(lambda _=False: self.choose_scene(ids))
        self._add(menu, "copy_id", self.tr("Copy ID"), lambda: self.copy_ids(ids), bool(ids))
        folder = self._linked_folder(ids[0]) if one else None
        if folder is not None:
            self._add(menu, "show_in_folder", self.tr("Show in folder"), lambda: self.show(folder))
        menu.addSeparator()
        rating = menu.addMenu(self.tr("Rating"))
        rating.setObjectName("ratingMenu")
        rating.addActions(self._ratings.rating_actions)
        label = menu.addMenu(self.tr("Colour label"))
        label.setObjectName("labelMenu")
        label.addActions(self._ratings.label_actions)
        for sub in (rating, label):
            sub.setEnabled(bool(ids) and not self._library.read_only)
        menu.addSeparator()
        self._trash.fill(menu)
        return menu

    def _add(
        self,
        menu: QMenu,
        key: str,
        text: str,
        slot: Callable[[], object],
        enabled: bool = True,
    ) -> QAction:
        action = menu.addAction(text)
        action.setObjectName(f"grid_{key}")
        action.triggered.connect(lambda _=False: slot())
        action.setEnabled(enabled)
        return action

    # -- entries ---------------------------------------------------------------------------

    def open_file(self, item_id: str) -> bool:
        """Open the item's file with the application the system uses for it."""
        try:
            path = self._library.media_path(item_id)
        except (MemoryAppError, IndexError):
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _linked_folder(self, item_id: str) -> Path | None:
        try:
            primary = self._library.item(item_id).primary
        except MemoryAppError:
            return None
        if primary is None or not primary.linked:
            return None
        return Path(primary.path).parent

    def show(self, folder: Path) -> bool:
        """Open the folder of a linked file in the file manager."""
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def copy_ids(self, ids: list[str]) -> None:
        """Put the IDs on the clipboard, one a line."""
        QGuiApplication.clipboard().setText("\n".join(ids))

    def choose_scene(self, ids: list[str]) -> QInputDialog | None:
        """Ask for a scene (non-modal), then link the items to it as candidates."""
        films = {f.id: f.title for f in self._library.films()}
        choices: dict[str, str] = {}
        for scene in self._library.scenes():
            title = f"{scene.number} {scene.title}".strip()
            film = films.get(scene.film_id, "")
            choices[f"{isolate(film)} \N{EM DASH} {isolate(title)}"] = scene.id
        if not choices:
            self._say(self.tr("There is no scene yet: make one in Catalogue → Films."))
            return None
        dialog = QInputDialog(self._window)
        dialog.setObjectName("sceneChooser")
        dialog.setWindowTitle(self.tr("Add to scene"))
        dialog.setLabelText(self.tr("Add %n item(s) to the scene:", "", len(ids)))
        dialog.setComboBoxItems(list(choices))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.textValueSelected.connect(lambda text: self.add_to_scene(choices[text], ids))
        dialog.open()
        return dialog

    def add_to_scene(self, scene_id: str, ids: list[str]) -> bool:
        """Link the items to a scene as candidates (one undo step); False if all were on it."""
        from memoryapp.library.film_desk import link_label, new_links  # inline: films desk

        existing = [k for k in self._library.links() if k.scene_id == scene_id]
        new = new_links(existing, scene_id, ids, LinkRole.CANDIDATE)
        if not new:
            self._say(self.tr("Already linked to this scene."))
            return False
        command = replace_records(link_label(len(new)), [], new)
        text = self.tr("Add %n item(s) to a scene", "", len(new))
        return push_command(self._undo, command, self._bridge, text)

    def _say(self, text: str) -> None:
        bar = getattr(self._window, "statusBar", None)
        if callable(bar):
            bar().showMessage(text, 6000)
