"""Undoable link edits: linking, editing and unlinking run through ``FilmDesk`` on the worker.

A :class:`LinkChange` holds the link before and after (None: no link). Redo writes ``after``
(or removes ``before``); undo writes ``before`` (or removes ``after``). Each write is one
``FilmDesk`` call on the bridge's collection worker, so edits land in order and the views
repaint from ``collection_changed``.
"""

from collections.abc import Callable, Sequence

from PySide6.QtGui import QUndoCommand

from memoryapp.core.changes import Changes
from memoryapp.core.films import LinkRole, SceneLink
from memoryapp.core.ids import ItemId, SceneId, new_link_id
from memoryapp.library.film_desk import FilmDesk
from memoryapp.ui.bridge import LibraryBridge

OnError = Callable[[BaseException], None]


class LinkChange(QUndoCommand):
    """One link created, edited or removed."""

    def __init__(
        self,
        bridge: LibraryBridge,
        before: SceneLink | None,
        after: SceneLink | None,
        text: str,
        on_error: OnError | None = None,
    ) -> None:
        super().__init__(text)
        self.before, self.after = before, after
        self._bridge = bridge
        self._on_error = on_error

    def redo(self) -> None:
        self._write(self.before, self.after)

    def undo(self) -> None:
        self._write(self.after, self.before)

    def _write(self, old: SceneLink | None, new: SceneLink | None) -> None:
        desk = FilmDesk(self._bridge.library)

        def work() -> Changes:
            if new is not None:
                return desk.save_link(new)
            if old is not None:
                return desk.unlink(old.id)
            return Changes()

        self._bridge.run(work, on_error=self._on_error)


def new_links(
    existing: Sequence[SceneLink], scene_id: str, item_ids: Sequence[str], role: LinkRole
) -> list[SceneLink]:
    """Links of these items to a scene, ranked after ``existing``; items already on it skipped."""
    taken = {k.item_id for k in existing}
    rank = max((k.rank for k in existing), default=-1) + 1
    new: list[SceneLink] = []
    for item_id in dict.fromkeys(item_ids):
        if item_id not in taken:
            link = SceneLink(
                id=new_link_id(),
                item_id=ItemId(item_id),
                scene_id=SceneId(scene_id),
                role=role,
                rank=rank + len(new),
            )
            new.append(link)
    return new
