"""What the Films panel shows, read in one go on a worker thread (no Qt here).

A :class:`FilmSnapshot` is an immutable picture of one film: its scenes with their counts,
every link of the film, and the titles and thumbnail paths of the linked items. The panel
reads a new one after each change; widgets never touch the library.
"""

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from memoryapp.core.errors import MemoryAppError
from memoryapp.core.films import Film, LinkRole, Scene, SceneLink
from memoryapp.core.films.material import Candidate
from memoryapp.core.ids import ItemId
from memoryapp.library.film_desk import FilmDesk
from memoryapp.library.library import Library


@dataclass(frozen=True, slots=True, kw_only=True)
class ItemFace:
    """How a linked or proposed item is shown: a caption and a thumbnail file."""

    title: str
    thumbnail: Path | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class SceneSummary:
    """A scene with the counts its row shows."""

    scene: Scene
    linked: int = 0
    on_screen: int = 0
    uncleared: int = 0  # on-screen links whose clearance does not allow delivery


@dataclass(frozen=True, slots=True, kw_only=True)
class FilmSnapshot:
    """Every film's title, and the chosen film with its scenes, links and item faces."""

    films: tuple[Film, ...] = ()
    film: Film | None = None
    scenes: tuple[SceneSummary, ...] = ()
    links: tuple[SceneLink, ...] = ()
    faces: Mapping[ItemId, ItemFace] = field(default_factory=dict)

    def links_of(self, scene_id: str) -> tuple[SceneLink, ...]:
        """The links of one scene, in rank order."""
        return tuple(k for k in self.links if k.scene_id == scene_id)

    def face(self, item_id: ItemId) -> ItemFace:
        """The face of an item (a placeholder when it is missing)."""
        return self.faces.get(item_id) or ItemFace(title=str(item_id))


@dataclass(frozen=True, slots=True, kw_only=True)
class CandidateFace:
    """A "find material" answer with the face of its item."""

    candidate: Candidate
    face: ItemFace


def item_face(library: Library, item_id: ItemId, untitled: str) -> ItemFace:
    """The caption (title, else file name, else ``untitled``) and thumbnail of an item."""
    try:
        item = library.item(item_id)
    except MemoryAppError:
        return ItemFace(title=str(item_id))
    name = item.primary.original_name if item.primary else ""
    return ItemFace(
        title=item.title or name or untitled, thumbnail=library.thumbnail_path(item_id, 256)
    )


def read_snapshot(library: Library, film_id: str | None, untitled: str) -> FilmSnapshot:
    """Read the chosen film (or the first one when ``film_id`` is unknown or None)."""
    desk = FilmDesk(library)
    films = tuple(desk.films())
    film = next((f for f in films if f.id == film_id), films[0] if films else None)
    if film is None:
        return FilmSnapshot(films=films)
    links = tuple(desk.links(film_id=film.id))
    summaries = []
    for scene in desk.scenes(film.id):
        own = [k for k in links if k.scene_id == scene.id]
        on_screen = [k for k in own if k.role is LinkRole.ON_SCREEN]
        summaries.append(
            SceneSummary(
                scene=scene,
                linked=len(own),
                on_screen=len(on_screen),
                uncleared=sum(1 for k in on_screen if not k.is_cleared),
            )
        )
    faces = {k.item_id: item_face(library, k.item_id, untitled) for k in links}
    return FilmSnapshot(films=films, film=film, scenes=tuple(summaries), links=links, faces=faces)


def read_candidates(
    library: Library, scene_id: str, untitled: str, limit: int = 200
) -> tuple[CandidateFace, ...]:
    """The items that fit a scene, best first, with their faces."""
    found = FilmDesk(library).candidates(scene_id, limit=limit)
    return tuple(
        CandidateFace(candidate=c, face=item_face(library, c.item_id, untitled)) for c in found
    )
