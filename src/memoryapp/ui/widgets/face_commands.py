"""Build the viewer's face edits as single core commands (one undo step, one commit).

Only core edit functions are used; this module adds the glue the viewer needs: creating a
person and tagging their face in the same command, and giving a face to someone else.
"""

from dataclasses import replace

from memoryapp.core.commands import Command, Record, replace_records
from memoryapp.core.edits import set_person_region, tag_items
from memoryapp.core.ids import PersonId, new_person_id
from memoryapp.core.items import Certainty, Item, Region
from memoryapp.core.names import Name
from memoryapp.core.people import Person
from memoryapp.core.text import normalize


def _after_item(command: Command, item: Item) -> Item:
    for slot in command.after:
        if slot.kind is Item and slot.id == item.id and isinstance(slot.record, Item):
            return slot.record
    return item


def _certainty(item: Item, person_id: PersonId) -> Certainty:
    tag = next((t for t in item.people if t.person_id == person_id), None)
    return tag.certainty if tag is not None else Certainty.CERTAIN


def new_person(name: str) -> Person:
    """A new person with one name, as typed (NFC, script derived).

    Raises:
        ValueError: the name is empty.
    """
    return Person(id=new_person_id(), names=(Name(value=normalize(name)),))


def tag_face(
    item: Item,
    person: PersonId | Person,
    region: Region,
    *,
    identified_by: str = "",
    identified_at: str = "",
) -> Command:
    """Put ``region`` on ``person`` (an existing id, or a new ``Person`` to create too)."""
    created = person if isinstance(person, Person) else None
    person_id = created.id if created is not None else PersonId(str(person))
    tagged = set_person_region(
        item,
        person_id,
        region,
        certainty=_certainty(item, person_id),
        identified_by=identified_by,
        identified_at=identified_at,
    )
    if created is None:
        return tagged
    after: list[Record] = [created, _after_item(tagged, item)]
    return replace_records(f"Tag face of {created.name}", [item], after)


def move_face(item: Item, person_id: PersonId, old: Region, region: Region) -> Command:
    """Move or resize one of a person's face rectangles (``old``: where it was)."""
    command = set_person_region(
        item, person_id, region, replacing=old, certainty=_certainty(item, person_id)
    )
    return replace(command, label="Move face")


def clear_face(item: Item, person_id: PersonId, old: Region) -> Command:
    """Remove one of a person's face rectangles (the person stays tagged on the item)."""
    command = set_person_region(
        item, person_id, None, replacing=old, certainty=_certainty(item, person_id)
    )
    return replace(command, label="Remove face rectangle")


def untag(item: Item, person_id: PersonId) -> Command:
    """Take a person off the item, rectangle and all."""
    return replace(tag_items([item], remove_people=[person_id]), label="Remove person")


def reassign_face(
    item: Item,
    old: PersonId,
    new: PersonId | Person,
    region: Region,
    *,
    identified_by: str = "",
    identified_at: str = "",
) -> Command:
    """Give ``old``'s face rectangle ``region`` to ``new`` (an id, or a new ``Person``).

    ``old`` keeps their other faces on the item; with no face left they are taken off the
    item: the rectangle was the reason they were tagged.
    """
    tags = [t for t in item.people if t.person_id == old]
    face = next((t for t in tags if t.region == region), None)
    if face is None:
        raise ValueError(f"{old} has no such face rectangle on item {item.id}")
    if len(tags) > 1:
        without = replace(item, people=tuple(t for t in item.people if t is not face))
    else:
        without = _after_item(tag_items([item], remove_people=[old]), item)
    command = tag_face(
        without, new, region, identified_by=identified_by, identified_at=identified_at
    )
    records = [slot.record for slot in command.after if slot.record is not None]
    return replace_records("Rename face", [item], records)
