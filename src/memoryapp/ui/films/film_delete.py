"""The Films panel's Delete button: delete the chosen scene, or the film with its scenes.

Both go through ``FilmDesk.delete_scene`` and ``FilmDesk.delete_film`` on the collection
worker, after a confirmation that says what goes with them (links; the items stay). The
panel repaints from ``collection_changed``.
"""

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox, QPushButton, QWidget

from memoryapp.core.text import isolate
from memoryapp.library import Library
from memoryapp.library.film_desk import FilmDesk
from memoryapp.ui.bridge import LibraryBridge
from memoryapp.ui.films.snapshot import FilmSnapshot


class FilmDeleteButton(QPushButton):
    """The "Delete…" button, with a menu: the selected scene, or the whole film.

    Signals:
        deleted(str): a film or scene was deleted (a line for the status).
    """

    deleted = Signal(str)

    def __init__(self, library: Library, bridge: LibraryBridge, parent: QWidget | None = None):
        super().__init__(parent)
        self.setText(self.tr("Delete…"))
        self.setObjectName("filmDeleteButton")
        self._library, self._bridge = library, bridge
        self._snapshot = FilmSnapshot()
        self._scene_id: str | None = None
        menu = QMenu(self)
        self.scene_action = QAction(self.tr("Delete scene…"), self)
        self.scene_action.triggered.connect(self.delete_scene)
        self.film_action = QAction(self.tr("Delete film…"), self)
        self.film_action.triggered.connect(self.delete_film)
        menu.addAction(self.scene_action)
        menu.addAction(self.film_action)
        self.setMenu(menu)
        self.show_state(FilmSnapshot(), None)

    def show_state(self, snapshot: FilmSnapshot, scene_id: str | None) -> None:
        """What can be deleted now: the film shown, the scene chosen."""
        self._snapshot, self._scene_id = snapshot, scene_id
        self.scene_action.setEnabled(scene_id is not None)
        self.film_action.setEnabled(snapshot.film is not None)
        self.setEnabled(snapshot.film is not None)

    def delete_scene(self) -> bool:
        """Ask, then delete the chosen scene and its links."""
        summary = next((s for s in self._snapshot.scenes if s.scene.id == self._scene_id), None)
        if summary is None:
            return False
        scene = summary.scene
        name = f"{scene.number} {scene.title}".strip()
        question = self.tr("Delete scene %1 and its %n link(s)?", "", summary.linked)
        if not self.confirm(question.replace("%1", isolate(name))):
            return False
        library = self._library
        self._bridge.run(
            lambda: FilmDesk(library).delete_scene(scene.id),
            on_done=lambda _c: self.deleted.emit(
                self.tr("Deleted scene %1").replace("%1", isolate(name))
            ),
        )
        return True

    def delete_film(self) -> bool:
        """Ask, then delete the film shown with its scenes and links."""
        film = self._snapshot.film
        if film is None:
            return False
        question = self.tr(
            "Delete the film %1 with its %n scene(s)?", "", len(self._snapshot.scenes)
        )
        if not self.confirm(question.replace("%1", isolate(film.title))):
            return False
        library = self._library
        self._bridge.run(
            lambda: FilmDesk(library).delete_film(film.id),
            on_done=lambda _c: self.deleted.emit(
                self.tr("Deleted the film %1").replace("%1", isolate(film.title))
            ),
        )
        return True

    def confirm(self, question: str) -> bool:
        """Ask before deleting (replaced in tests)."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Delete"))
        box.setText(question)
        box.setInformativeText(self.tr("The items stay in the collection."))
        yes = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is yes
