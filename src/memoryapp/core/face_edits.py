"""Edits of faces as commands: naming (a face becomes a person tag), rejecting, suggestions."""

from collections.abc import Sequence
from dataclasses import replace

from memoryapp.core.commands import Command, Record, replace_records
from memoryapp.core.faces import Face, FaceState, RejectReason, Suggestion
from memoryapp.core.ids import ItemId, PersonId
from memoryapp.core.items import Certainty, Item, PersonTag

SUGGESTIONS = 3
"""How many people a face suggests at most."""


def _tag_index(item: Item, face: Face) -> int | None:
    """The index of the person tag a confirmed face became, or None."""
    for i, tag in enumerate(item.people):
        if tag.person_id == face.person_id and tag.region == face.region:
            return i
    return None


def name_faces(
    label: str,
    faces: Sequence[Face],
    items: Sequence[Item],
    person_id: PersonId,
    *,
    user: str,
    identified_at: str,
    certainty: Certainty = Certainty.CERTAIN,
) -> Command:
    """Name ``faces`` as ``person_id``: each becomes a person tag on its item, in one command.

    ``items`` hold (at least) every face's item. The tag says "suggestion accepted by
    <user>" when the face suggested that person, else "named by <user>". A face already
    named someone else loses that tag; one already named this person is left as it is.
    """
    by_id = {item.id: item for item in items}
    changed: dict[ItemId, Item] = {}
    after: list[Face] = []
    for face in faces:
        if face.state is FaceState.CONFIRMED and face.person_id == person_id:
            continue
        item = changed.get(face.item_id) or by_id[face.item_id]
        people = list(item.people)
        if face.state is FaceState.CONFIRMED and (index := _tag_index(item, face)) is not None:
            del people[index]
        people.append(
            PersonTag(
                person_id=person_id,
                region=face.region,
                identified_by=identified_by(face, person_id, user),
                identified_at=identified_at,
                certainty=certainty,
            )
        )
        changed[item.id] = replace(item, people=tuple(people))
        after.append(
            replace(
                face,
                state=FaceState.CONFIRMED,
                reject_reason=RejectReason.NONE,
                person_id=person_id,
                suggestions=(),
                rejected_people=tuple(p for p in face.rejected_people if p != person_id),
            )
        )
    before: list[Record] = [by_id[i] for i in changed]
    before += [f for f in faces if any(a.id == f.id for a in after)]
    return replace_records(label, before, [*changed.values(), *after])


def identified_by(face: Face, person_id: PersonId, user: str) -> str:
    """Who identified the person on ``face``, as the person tag says it."""
    if any(s.person_id == person_id for s in face.suggestions):
        return f"suggestion accepted by {user}"
    return f"named by {user}"


def reject_faces(
    label: str, faces: Sequence[Face], items: Sequence[Item], reason: RejectReason
) -> Command:
    """Set ``faces`` aside for ``reason``; a confirmed one loses its person tag."""
    by_id = {item.id: item for item in items}
    changed: dict[ItemId, Item] = {}
    after: list[Face] = []
    for face in faces:
        if face.state is FaceState.CONFIRMED:
            item = changed.get(face.item_id) or by_id[face.item_id]
            if (index := _tag_index(item, face)) is not None:
                people = item.people[:index] + item.people[index + 1 :]
                changed[item.id] = replace(item, people=people)
        after.append(
            replace(
                face,
                state=FaceState.REJECTED,
                reject_reason=reason,
                person_id=None,
                suggestions=(),
            )
        )
    before: list[Record] = [by_id[i] for i in changed]
    before += list(faces)
    return replace_records(label, before, [*changed.values(), *after])


def reject_suggestion(face: Face, person_id: PersonId) -> Face:
    """``face`` with ``person_id`` said not to be it: out of its suggestions for good."""
    kept = tuple(s for s in face.suggestions if s.person_id != person_id)
    rejected = tuple(dict.fromkeys((*face.rejected_people, person_id)))
    state = face.state
    if face.open:
        state = FaceState.SUGGESTED if kept else FaceState.UNNAMED
    return replace(face, suggestions=kept, rejected_people=rejected, state=state)


def with_suggestions(face: Face, suggestions: Sequence[Suggestion]) -> Face:
    """An open face with new suggestions (its state follows); others are returned as they are."""
    if not face.open:
        return face
    kept = tuple(suggestions[:SUGGESTIONS])
    return replace(
        face,
        suggestions=kept,
        state=FaceState.SUGGESTED if kept else FaceState.UNNAMED,
    )
