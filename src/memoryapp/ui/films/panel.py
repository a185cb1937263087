"""The Films panel: a film's scenes, a scene's linked items, find material, clearance, export.

Everything the panel shows comes from a :class:`FilmSnapshot` read on the bridge's query
worker; every change (link, clearance edit, unlink) is one core command pushed on the window's
one undo stack (``ui.undo``, so it is an operation of the collection's history) and run on
the collection worker, and the panel reads a new snapshot when ``collection_changed`` says
films changed. Exports run on the collection worker too.
"""

import logging

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from memoryapp.core.changes import Changes
from memoryapp.core.commands import replace_records
from memoryapp.core.films import LinkRole, SceneLink
from memoryapp.library import Library
from memoryapp.library.film_desk import link_label, new_links
from memoryapp.ui.bridge import LibraryBridge
from memoryapp.ui.films.delegates import role_label
from memoryapp.ui.films.export_button import EXPORT_FORMATS, AskSavePath, ExportButton
from memoryapp.ui.films.film_delete import FilmDeleteButton
from memoryapp.ui.films.link_editor import LinkEditor
from memoryapp.ui.films.models import CandidateModel, LinkStripModel, SceneIdRole, SceneListModel
from memoryapp.ui.films.snapshot import FilmSnapshot, read_candidates, read_snapshot
from memoryapp.ui.films.views import CandidateView, LinkStripView, SceneListView
from memoryapp.ui.icons import icon
from memoryapp.ui.item_model import ItemIdRole
from memoryapp.ui.thumbnails import ThumbnailLoader
from memoryapp.ui.undo import push_command

log = logging.getLogger(__name__)


class FilmsPanel(QWidget):
    """A film's scenes with their material and clearance; dock it beside the grid.

    Signals:
        items_selected(list): item IDs the user activated in the strip (select them in the grid).
        snapshot_loaded(): the panel shows fresh film data.
        candidates_loaded(int): "Find material" answered with this many candidates.
        exported(object): an export was written to this ``Path``.
        message(str): a status line for the main window (also shown in the panel).
    """

    items_selected = Signal(list)
    snapshot_loaded = Signal()
    candidates_loaded = Signal(int)
    exported = Signal(object)
    message = Signal(str)

    def __init__(
        self,
        library: Library,
        bridge: LibraryBridge,
        undo_stack: QUndoStack,
        thumbnails: ThumbnailLoader | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("filmsPanel")
        self._library, self._bridge, self._undo = library, bridge, undo_stack
        self._loader = thumbnails or ThumbnailLoader(128, parent=self)
        self._snapshot = FilmSnapshot()
        self._film_id: str | None = None
        self._scene_id: str | None = None
        self._select_link: str | None = None
        self._request = 0
        self._build()
        bridge.collection_changed.connect(self._on_collection_changed)
        self.refresh()

    # -- building --------------------------------------------------------------------------

    def _build(self) -> None:
        self.film_combo = QComboBox()
        self.film_combo.setMinimumWidth(240)
        self.film_combo.activated.connect(self._on_film_chosen)
        self.find_button = QPushButton(icon("search"), self.tr("Find material"))
        self.find_button.setToolTip(self.tr("Items that fit the scene's people, places and period"))
        self.find_button.clicked.connect(self.find_material)
        self.export_button = ExportButton(self._library, self._bridge)
        self.export_button.message.connect(self._say)
        self.export_button.exported.connect(self.exported)
        self.delete_button = FilmDeleteButton(self._library, self._bridge)
        self.delete_button.deleted.connect(self._say)
        film_label = QLabel(self.tr("Film"))
        film_label.setBuddy(self.film_combo)
        top = QHBoxLayout()
        top.addWidget(film_label)
        top.addWidget(self.film_combo, 1)
        top.addSpacing(12)
        top.addWidget(self.find_button)
        top.addWidget(self.export_button)
        top.addWidget(self.delete_button)

        self.scene_model = SceneListModel(self)
        self.scene_model.items_dropped.connect(self._on_items_dropped)
        self.scene_view = SceneListView()
        self.scene_view.setModel(self.scene_model)
        self.scene_view.setMinimumWidth(280)
        self.scene_view.selectionModel().currentChanged.connect(self._on_scene_current)

        self.scene_title = QLabel()
        font = self.scene_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.scene_title.setFont(font)
        self.scene_title.setWordWrap(True)
        self.scene_about = QLabel()
        self.scene_about.setWordWrap(True)
        self.scene_about.setStyleSheet("color: palette(placeholder-text);")
        self.strip_model = LinkStripModel(self._loader, self)
        self.strip_view = LinkStripView()
        self.strip_view.setModel(self.strip_model)
        self.strip_view.selectionModel().currentChanged.connect(self._on_link_current)
        self.strip_view.activated.connect(self._on_strip_activated)

        self.candidate_model = CandidateModel(self._loader, self)
        self.candidate_view = CandidateView()
        self.candidate_view.setModel(self.candidate_model)
        self.candidate_view.doubleClicked.connect(lambda _i: self.link_selected_candidates())
        self.candidate_hint = QLabel(self.tr("Press \u201cFind material\u201d to see what fits."))
        self.candidate_hint.setStyleSheet("color: palette(placeholder-text);")
        self.link_role = QComboBox()
        for role in (LinkRole.ON_SCREEN, LinkRole.CANDIDATE, LinkRole.ALTERNATE, LinkRole.RESEARCH):
            self.link_role.addItem(role_label(role), role)
        self.link_role.setToolTip(self.tr("Role of items linked from here or dropped on a scene"))
        self.link_button = QPushButton(self.tr("Link to scene"))
        self.link_button.clicked.connect(self.link_selected_candidates)
        link_row = QHBoxLayout()
        link_row.addWidget(self.candidate_hint, 1)
        link_row.addWidget(QLabel(self.tr("as")))
        link_row.addWidget(self.link_role)
        link_row.addWidget(self.link_button)
        found = QGroupBox(self.tr("Material"))
        found_layout = QVBoxLayout(found)
        found_layout.addWidget(self.candidate_view, 1)
        found_layout.addLayout(link_row)

        self.editor = LinkEditor()
        self.editor.edited.connect(self._on_link_edited)
        self.editor.unlink_requested.connect(self.unlink)
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(found)
        lower.addWidget(self.editor)
        lower.setStretchFactor(0, 3)
        lower.setStretchFactor(1, 2)
        lower.setChildrenCollapsible(False)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        right_layout.addWidget(self.scene_title)
        right_layout.addWidget(self.scene_about)
        right_layout.addWidget(self.strip_view)
        right_layout.addWidget(lower, 1)
        body = QSplitter(Qt.Orientation.Horizontal)
        body.addWidget(self.scene_view)
        body.addWidget(right)
        body.setStretchFactor(1, 1)
        body.setChildrenCollapsible(False)
        self.status = QLabel()
        self.status.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(body, 1)
        layout.addWidget(self.status)
        self._update_actions()

    # -- public API ------------------------------------------------------------------------

    @property
    def snapshot(self) -> FilmSnapshot:
        """What the panel shows now."""
        return self._snapshot

    def current_film_id(self) -> str | None:
        """The film shown, or None when the collection has none."""
        return self._film_id

    def current_scene_id(self) -> str | None:
        """The selected scene, or None."""
        return self._scene_id

    def refresh(self) -> None:
        """Read the film again on the query worker (``snapshot_loaded`` when shown)."""
        self._request += 1
        request, film_id, untitled = self._request, self._film_id, self.tr("Untitled")
        self._bridge.query(
            lambda: read_snapshot(self._library, film_id, untitled),
            on_done=lambda snap: self._on_snapshot(request, snap),
            on_error=self._on_error,
        )

    def select_film(self, film_id: str) -> None:
        """Show another film."""
        if film_id != self._film_id:
            self._film_id, self._scene_id = film_id, None
            self.candidate_model.set_candidates(())
            self.refresh()

    def select_scene(self, scene_id: str) -> None:
        """Select a scene of the film shown."""
        row = self.scene_model.row_of(scene_id)
        if row is not None:
            self.scene_view.setCurrentIndex(self.scene_model.index(row, 0))

    def find_material(self) -> None:
        """Run "find material" for the selected scene on the query worker."""
        scene_id = self._scene_id
        if scene_id is None:
            return
        self.find_button.setEnabled(False)
        self.candidate_hint.setText(self.tr("Looking through the collection\u2026"))
        untitled = self.tr("Untitled")
        self._bridge.query(
            lambda: read_candidates(self._library, scene_id, untitled),
            on_done=lambda found: self._on_candidates(scene_id, found),
            on_error=self._on_error,
        )

    def link_items(
        self, scene_id: str, item_ids: list[str], role: LinkRole | None = None
    ) -> list[SceneLink]:
        """Link items to a scene (one undo step); items already on it are skipped."""
        role = role or LinkRole(self.link_role.currentData())
        new = new_links(self._snapshot.links_of(scene_id), scene_id, item_ids, role)
        if not new:
            self._say(self.tr("Already linked to this scene."))
            return []
        command = replace_records(link_label(len(new)), [], new)
        push_command(self._undo, command, self._bridge, self.tr("Link to scene"))
        if scene_id == self._scene_id:
            self._select_link = new[0].id
        for link in new:
            self.candidate_model.remove_item(link.item_id)
        self._show_candidate_count()
        return new

    def link_selected_candidates(self) -> None:
        """Link the candidates selected in the list to the selected scene."""
        if self._scene_id is None:
            return
        rows = sorted(i.row() for i in self.candidate_view.selectionModel().selectedRows())
        ids = [str(self.candidate_model.index(r, 0).data(ItemIdRole)) for r in rows]
        if ids:
            self.link_items(self._scene_id, ids)

    def unlink(self, link: SceneLink) -> None:
        """Take an item off its scene (undoable)."""
        command = replace_records("Unlink item", [link], [])
        push_command(self._undo, command, self._bridge, self.tr("Remove from scene"))

    def export(self, fmt: str) -> None:
        """Export the film in one of :data:`EXPORT_FORMATS` (asks for the path first)."""
        self.export_button.export(fmt, dict(EXPORT_FORMATS)[fmt])

    @property
    def ask_save_path(self) -> AskSavePath:
        """Asks for an export's path; replace it to avoid the dialog (tests)."""
        return self.export_button.ask_save_path

    @ask_save_path.setter
    def ask_save_path(self, ask: AskSavePath) -> None:
        self.export_button.ask_save_path = ask

    # -- answers ---------------------------------------------------------------------------

    def _on_snapshot(self, request: int, snap: FilmSnapshot) -> None:
        if request != self._request:
            return  # a newer read is on its way
        self._snapshot = snap
        self._film_id = snap.film.id if snap.film else None
        self.film_combo.blockSignals(True)
        self.film_combo.clear()
        for film in snap.films:
            self.film_combo.addItem(icon("film"), film.title, film.id)
        if self._film_id is not None:
            self.film_combo.setCurrentIndex(self.film_combo.findData(self._film_id))
        self.film_combo.blockSignals(False)
        scene_id = self._scene_id
        self.scene_model.set_scenes(snap.scenes)
        row = self.scene_model.row_of(scene_id) if scene_id else None
        if row is None and snap.scenes:
            row = 0
        if row is not None:
            self.scene_view.setCurrentIndex(self.scene_model.index(row, 0))
        else:
            self._show_scene(None)
        if not snap.films:
            self.scene_title.setText(self.tr("No film yet"))
            self.scene_about.setText(
                self.tr("Create a film and its scenes with \u201cmemoryapp film add\u201d.")
            )
        self._update_actions()
        self.snapshot_loaded.emit()

    def _on_candidates(self, scene_id: str, found: tuple) -> None:  # type: ignore[type-arg]
        self.find_button.setEnabled(self._scene_id is not None)
        if scene_id != self._scene_id:
            return
        self.candidate_model.set_candidates(found)
        self._show_candidate_count()
        if found:
            self.candidate_view.setCurrentIndex(self.candidate_model.index(0, 0))
        self._update_actions()
        self.candidates_loaded.emit(len(found))

    def _show_candidate_count(self) -> None:
        """The hint above the candidates, counting those still in the list (linked ones leave)."""
        n = self.candidate_model.rowCount()
        self.candidate_hint.setText(
            self.tr("Items that fit this scene: %1").replace("%1", str(n))
            if n
            else self.tr("Nothing else in the collection fits this scene.")
        )

    def _on_error(self, exc: BaseException) -> None:
        self.find_button.setEnabled(self._scene_id is not None)
        self._say(str(exc))

    def _on_collection_changed(self, changes: Changes) -> None:
        if changes.films or changes.items or changes.collection:
            self.refresh()

    # -- user actions ----------------------------------------------------------------------

    def _on_film_chosen(self, index: int) -> None:
        film_id = self.film_combo.itemData(index)
        if film_id:
            self.select_film(str(film_id))

    def _on_scene_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        scene_id = str(current.data(SceneIdRole)) if current.isValid() else None
        if scene_id != self._scene_id:
            self.candidate_model.set_candidates(())
            self.candidate_hint.setText(
                self.tr("Press \u201cFind material\u201d to see what fits.")
            )
        self._show_scene(scene_id)

    def _show_scene(self, scene_id: str | None) -> None:
        self._scene_id = scene_id
        summary = next((s for s in self._snapshot.scenes if s.scene.id == scene_id), None)
        keep = self._select_link or self._current_link_id()
        self._select_link = None
        if summary is None:
            self.scene_title.clear()
            self.scene_about.clear()
            self.strip_model.set_links(())
        else:
            scene = summary.scene
            self.scene_title.setText(
                self.tr("Scene %1: %2").replace("%1", scene.number).replace("%2", scene.title)
                if scene.title
                else self.tr("Scene %1").replace("%1", scene.number)
            )
            self.scene_about.setText(scene.synopsis or scene.wishlist)
            links = self._snapshot.links_of(scene.id)
            self.strip_model.set_links([(k, self._snapshot.face(k.item_id)) for k in links])
        row = self.strip_model.row_of(keep) if keep else None
        if row is not None:
            self.strip_view.setCurrentIndex(self.strip_model.index(row, 0))
        else:
            self.editor.set_link(None)
        self._update_actions()

    def _current_link_id(self) -> str | None:
        index = self.strip_view.currentIndex()
        return self.strip_model.link_at(index.row()).id if index.isValid() else None

    def _on_link_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self.editor.set_link(None)
            return
        link = self.strip_model.link_at(current.row())
        self.editor.set_link(link, self._snapshot.face(link.item_id).title)

    def _on_strip_activated(self, _index: QModelIndex) -> None:
        rows = sorted(i.row() for i in self.strip_view.selectionModel().selectedRows())
        ids = [str(self.strip_model.link_at(r).item_id) for r in rows]
        if ids:
            self.items_selected.emit(ids)

    def _on_link_edited(self, before: SceneLink, after: SceneLink) -> None:
        self._select_link = after.id
        command = replace_records("Edit link", [before], [after])
        push_command(self._undo, command, self._bridge, self.tr("Edit clearance"))

    def _on_items_dropped(self, scene_id: str, item_ids: list[str]) -> None:
        self.link_items(scene_id, item_ids)

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.message.emit(text)

    def _update_actions(self) -> None:
        has_scene = self._scene_id is not None
        self.find_button.setEnabled(has_scene)
        self.export_button.set_film(self._snapshot.film)
        self.delete_button.show_state(self._snapshot, self._scene_id)
        self.link_button.setEnabled(has_scene and self.candidate_model.rowCount() > 0)
