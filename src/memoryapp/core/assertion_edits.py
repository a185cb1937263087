"""The one command that adds an assertion to a person tag, tagging the person if needed."""

from dataclasses import replace

from memoryapp.core.assertions import Assertion
from memoryapp.core.commands import Command, replace_records
from memoryapp.core.evidence import assertions_of, certainty_of, same_face
from memoryapp.core.ids import PersonId
from memoryapp.core.items import Item, PersonTag, Region


def _target(item: Item, probe: PersonTag) -> int | None:
    """The tag of ``probe``'s person for its face (or the person's first when no face)."""
    mine = [n for n, t in enumerate(item.people) if t.person_id == probe.person_id]
    if probe.region is None and not probe.face_id:
        return mine[0] if mine else None
    same = next((n for n in mine if same_face(item.people[n], probe)), None)
    if same is not None:
        return same
    return next(
        (n for n in mine if item.people[n].region is None and not item.people[n].face_id), None
    )


def identify(
    item: Item,
    person_id: PersonId,
    assertion: Assertion,
    *,
    region: Region | None = None,
    face_id: str = "",
    by: str = "",
    label: str = "Identify",
) -> Command:
    """Add ``assertion`` to the person's tag for this face, one undo step.

    The tag is the person's tag on the same face (same face record, or an overlapping
    rectangle), else their tag without face, else a new tag. Its ``certainty`` and, when
    empty, ``identified_by`` (``by``) and ``identified_at`` follow the assertions, so older
    readers see the derived values too. A tag that had no assertions keeps what it said
    (who identified it, how sure) as its first assertion, unless nobody was named.
    """
    probe = PersonTag(person_id=person_id, region=region, face_id=face_id)
    people = list(item.people)
    n = _target(item, probe)
    old = people[n] if n is not None else None
    if n is None:
        tag = replace(probe, identified_by=by, identified_at=assertion.date)
        people.append(tag)
        n = len(people) - 1
    tag = people[n]
    earlier = (
        assertions_of(old) if old is not None and (old.assertions or old.identified_by) else ()
    )
    tag = replace(
        tag,
        region=tag.region if region is None else region,
        face_id=tag.face_id or face_id,
        identified_by=tag.identified_by or by,
        identified_at=tag.identified_at or assertion.date,
        assertions=(*earlier, assertion),
    )
    people[n] = replace(tag, certainty=certainty_of(tag))
    return replace_records(label, [item], [replace(item, people=tuple(people))])
