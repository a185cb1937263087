"""Build deletions as undoable commands: items to and from the trash, people, places.

Items are never deleted at once: :func:`trash_items` marks them (``Item.trashed_at``), which
hides them from searches, the grid and exports; :func:`restore_items` takes them back and
:func:`empty_trash` deletes their records for good. A person or a place that records still
refer to is refused (:class:`InUseError`) unless another one is given to take over every
reference (``reassign_to``), all in the one command.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TypeVar

from memoryapp.core.commands import Command, Record, replace_records
from memoryapp.core.edits import move_person_tags, unique_relations
from memoryapp.core.errors import InvalidRecordError
from memoryapp.core.faces import Face, FaceScan, FaceState
from memoryapp.core.films import Scene, SceneLink
from memoryapp.core.ids import ItemId, PersonId, PlaceId
from memoryapp.core.items import Item, MediaFile
from memoryapp.core.people import Person
from memoryapp.core.places import Place, ancestors
from memoryapp.core.segments import Segment

RefId = TypeVar("RefId", PersonId, PlaceId)


class InUseError(InvalidRecordError):
    """A person or place is still referred to: "cannot delete X (id): still used on 3 items".

    Callers add how to go on (reassign, or remove the uses first) in their own words.
    """

    def __init__(self, name: str, record_id: str, uses: "Uses") -> None:
        super().__init__(f"cannot delete {name} ({record_id}): still used {uses.describe()}")
        self.name = name
        self.record_id = record_id
        self.uses = uses


def _label(verb: str, count: int) -> str:
    return verb if count == 1 else f"{verb} ({count} items)"


def trash_items(items: Sequence[Item], when: str) -> Command:
    """Move items to the trash at ``when`` (ISO 8601 UTC); those already there are left alone."""
    fresh = [item for item in items if not item.trashed_at]
    after = [replace(item, trashed_at=when) for item in fresh]
    return replace_records(_label("Move to trash", len(fresh)), fresh, after)


def restore_items(items: Sequence[Item]) -> Command:
    """Take items out of the trash, as they were before."""
    trashed = [item for item in items if item.trashed_at]
    after = [replace(item, trashed_at="") for item in trashed]
    return replace_records(_label("Restore from trash", len(trashed)), trashed, after)


def empty_trash(
    trashed: Sequence[Item],
    items: Iterable[Item],
    links: Iterable[SceneLink],
    faces: Iterable[Face | FaceScan] = (),
    segments: Iterable[Segment] = (),
) -> Command:
    """Delete the records of ``trashed`` items, with their scene links and faces.

    A deleted recording's testimony segments go with it; segments anchored to a deleted item
    lose that anchor.

    ``items`` are every item of the collection: an item that names a deleted one as a
    possible copy forgets it. Reverting the command brings the records back, not the media
    files that emptying the trash removes (:func:`unused_media`).
    """
    gone = {item.id for item in trashed if item.trashed_at}
    doomed = [item for item in trashed if item.id in gone]
    before: list[Record] = list(doomed)
    after: list[Record] = []
    for link in links:
        if link.item_id in gone:
            before.append(link)
    for face in faces:
        if (face.item_id if isinstance(face, Face) else face.id) in gone:
            before.append(face)
    for segment in segments:
        if segment.recording_id in gone:
            before.append(segment)
        elif any(i in gone for i in segment.item_ids()):
            before.append(segment)
            after.append(
                replace(segment, items=tuple(a for a in segment.items if a.item_id not in gone))
            )
    for item in items:
        if item.id not in gone and any(c in gone for c in item.possible_copies):
            copies = tuple(c for c in item.possible_copies if c not in gone)
            before.append(item)
            after.append(replace(item, possible_copies=copies))
    label = "Empty trash" if len(doomed) == 1 else f"Empty trash ({len(doomed)} items)"
    return replace_records(label, before, after)


def unused_media(removed: Iterable[Item], remaining: Iterable[Item]) -> tuple[MediaFile, ...]:
    """Files of ``removed`` items that no ``remaining`` item (trashed or not) uses, by content.

    Linked files are never among them: they are the user's originals, outside the collection.
    """
    used = {media.sha256 for item in remaining for media in item.files}
    out: dict[str, MediaFile] = {}
    for item in removed:
        for media in item.files:
            if media.sha256 not in used and not media.linked:
                out.setdefault(media.sha256, media)
    return tuple(out.values())


def trashed_before(items: Iterable[Item], cutoff: str) -> list[Item]:
    """Trashed items moved to the trash before ``cutoff`` (ISO 8601 UTC); all when ``""``."""
    return [item for item in items if item.trashed_at and (not cutoff or item.trashed_at < cutoff)]


# -- people and places ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Uses:
    """Where a person or place is referred to (item counts include trashed items)."""

    items: tuple[ItemId, ...] = ()
    trashed: int = 0  # how many of ``items`` are in the trash
    relations: int = 0  # other people related to the person
    lives: int = 0  # people born or dead at the place
    scenes: int = 0
    links: int = 0  # scene links that frame on the person

    def __bool__(self) -> bool:
        return bool(self.items or self.relations or self.lives or self.scenes or self.links)

    def describe(self) -> str:
        """``"on 3 items (1 in the trash), in 1 scene"``."""
        parts = []
        if self.items:
            tail = f" ({self.trashed} in the trash)" if self.trashed else ""
            parts.append(f"on {_count(self.items, 'item')}{tail}")
        if self.relations:
            parts.append(f"in the relations of {_count(self.relations, 'person', 'people')}")
        if self.lives:
            parts.append(f"as birth or death place of {_count(self.lives, 'person', 'people')}")
        if self.scenes:
            parts.append(f"in {_count(self.scenes, 'scene')}")
        if self.links:
            parts.append(f"as the framing of {_count(self.links, 'scene link')}")
        return ", ".join(parts)


def _count(n: int | tuple[ItemId, ...], one: str, many: str = "") -> str:
    n = n if isinstance(n, int) else len(n)
    return f"{n} {one if n == 1 else (many or one + 's')}"


def person_uses(
    person_id: PersonId,
    items: Iterable[Item],
    people: Iterable[Person],
    scenes: Iterable[Scene],
    links: Iterable[SceneLink],
) -> Uses:
    """Where ``person_id`` is tagged, related, in a scene, or framed on."""
    tagged = [i for i in items if any(t.person_id == person_id for t in i.people)]
    return Uses(
        items=tuple(i.id for i in tagged),
        trashed=sum(1 for i in tagged if i.trashed_at),
        relations=sum(
            1
            for p in people
            if p.id != person_id and any(r.person_id == person_id for r in p.relations)
        ),
        scenes=sum(1 for s in scenes if person_id in s.people),
        links=sum(1 for k in links if k.crop_person == person_id),
    )


def place_uses(
    place_id: PlaceId, items: Iterable[Item], people: Iterable[Person], scenes: Iterable[Scene]
) -> Uses:
    """Where ``place_id`` is tagged, a birth or death place, or in a scene (children aside)."""
    tagged = [i for i in items if place_id in i.places]
    return Uses(
        items=tuple(i.id for i in tagged),
        trashed=sum(1 for i in tagged if i.trashed_at),
        lives=sum(1 for p in people if place_id in (p.birth_place, p.death_place)),
        scenes=sum(1 for s in scenes if place_id in s.places),
    )


def delete_person(
    person: Person,
    items: Sequence[Item],
    people: Sequence[Person],
    scenes: Sequence[Scene],
    links: Sequence[SceneLink],
    *,
    reassign_to: Person | None = None,
    faces: Sequence[Face] = (),
) -> Command:
    """Delete a person; with ``reassign_to``, every reference moves to that person first.

    ``items``, ``people``, ``scenes``, ``links`` and ``faces`` are all of them (trashed items
    too). Faces forget the person as a suggestion; named ones follow the reassignment.

    Raises:
        InUseError: the person is still referred to and no one takes over.
        InvalidRecordError: ``reassign_to`` is the person being deleted.
    """
    old = person.id
    if reassign_to is None:
        uses = person_uses(old, items, people, scenes, links)
        if uses:
            raise InUseError(person.name, old, uses)
        kept = _faces_without(faces, old, None)
        return replace_records(
            f"Delete person {person.name}", [person, *kept], [f for _, f in kept.items()]
        )
    new = reassign_to.id
    if new == old:
        raise InvalidRecordError(f"cannot reassign {person.name} to themself")
    before: list[Record] = [person]
    after: list[Record] = []
    for item in items:
        if any(t.person_id == old for t in item.people):
            before.append(item)
            after.append(replace(item, people=move_person_tags(item.people, old, new)))
    for other in people:
        if other.id != old and any(r.person_id == old for r in other.relations):
            moved = (
                replace(r, person_id=new) if r.person_id == old else r for r in other.relations
            )
            relations = unique_relations(moved, exclude={other.id})
            before.append(other)
            after.append(replace(other, relations=relations))
    for scene in scenes:
        if old in scene.people:
            before.append(scene)
            after.append(replace(scene, people=_swap(scene.people, old, new)))
    for link in links:
        if link.crop_person == old:
            before.append(link)
            after.append(replace(link, crop_person=new))
    moved_faces = _faces_without(faces, old, new)
    before += moved_faces
    after += moved_faces.values()
    return replace_records(
        f"Delete person {person.name} (reassigned to {reassign_to.name})", before, after
    )


def _faces_without(faces: Iterable[Face], old: PersonId, new: PersonId | None) -> dict[Face, Face]:
    """``{face: changed face}`` for the faces that name ``old`` (moved to ``new`` if given)."""
    changed: dict[Face, Face] = {}
    for face in faces:
        if (
            face.person_id != old
            and not any(s.person_id == old for s in face.suggestions)
            and old not in face.rejected_people
        ):
            continue
        suggestions = tuple(s for s in face.suggestions if s.person_id != old)
        rejected = (
            _swap(face.rejected_people, old, new)
            if new
            else tuple(p for p in face.rejected_people if p != old)
        )
        updated = replace(face, suggestions=suggestions, rejected_people=rejected)
        if face.person_id == old:
            updated = replace(updated, person_id=new)
            if new is None:
                updated = replace(updated, state=FaceState.UNNAMED)
        elif updated.open:
            updated = replace(
                updated, state=FaceState.SUGGESTED if suggestions else FaceState.UNNAMED
            )
        changed[face] = updated
    return changed


def _swap(values: tuple[RefId, ...], old: RefId, new: RefId) -> tuple[RefId, ...]:
    return tuple(dict.fromkeys(new if v == old else v for v in values))


def delete_place(
    place: Place,
    items: Sequence[Item],
    people: Sequence[Person],
    places: Sequence[Place],
    scenes: Sequence[Scene],
    *,
    reassign_to: Place | None = None,
) -> Command:
    """Delete a place; its children move to its parent.

    With ``reassign_to``, every item, person and scene that names the place names that one
    instead.

    Raises:
        InUseError: the place is still referred to and no other place takes over.
        InvalidRecordError: ``reassign_to`` is the place itself.
    """
    old = place.id
    if reassign_to is None:
        uses = place_uses(old, items, people, scenes)
        if uses:
            raise InUseError(place.name, old, uses)
    elif reassign_to.id == old:
        raise InvalidRecordError(f"cannot reassign {place.name} to itself")
    before: list[Record] = [place]
    after: list[Record] = []
    for child in places:
        if child.parent_id == old:
            before.append(child)
            after.append(replace(child, parent_id=place.parent_id))
    if reassign_to is not None:
        new = reassign_to.id
        for item in items:
            if old in item.places:
                before.append(item)
                after.append(replace(item, places=_swap(item.places, old, new)))
        for person in people:
            if old in (person.birth_place, person.death_place):
                before.append(person)
                after.append(
                    replace(
                        person,
                        birth_place=new if person.birth_place == old else person.birth_place,
                        death_place=new if person.death_place == old else person.death_place,
                    )
                )
        for scene in scenes:
            if old in scene.places:
                before.append(scene)
                after.append(replace(scene, places=_swap(scene.places, old, new)))
    remaining = {p.id: p for p in places if p.id != old}
    remaining.update({p.id: p for p in after if isinstance(p, Place)})
    for pid in remaining:  # children moved up: the hierarchy stays a tree
        ancestors(pid, lambda p: remaining[p].parent_id if p in remaining else None)
    label = f"Delete place {place.name}"
    if reassign_to is not None:
        label += f" (reassigned to {reassign_to.name})"
    return replace_records(label, before, after)
