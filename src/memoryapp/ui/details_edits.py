"""What the details panel does to the selected items, as ONE undoable command per gesture.

No Qt here: these build ``memoryapp.core.commands.Command`` values from the items on screen,
with the builders of ``memoryapp.core.edits`` where they fit and ``replace_records`` for
per-item field edits (setting the album of five items must keep each one's box and page).
"""

from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from typing import TypeVar

from memoryapp.core import edits
from memoryapp.core.commands import Command, Record, replace_records
from memoryapp.core.dates import FuzzyDate
from memoryapp.core.fields import fields_of
from memoryapp.core.ids import PersonId, PlaceId, new_person_id, new_place_id
from memoryapp.core.items import DateRole, Item, ItemKind, Rights, Source
from memoryapp.core.names import Name
from memoryapp.core.people import Person
from memoryapp.core.places import Place
from memoryapp.core.texts import transcribed

T = TypeVar("T", bound=Hashable)

MIXED: object = object()
"""The value of a field that differs between the selected items."""


def _editable_text(record: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields_of(record) if f.editable and f.type is str)


TEXT_FIELDS = _editable_text(Item)
"""Text fields of an item the panel edits (title, description, notes...: the registry's)."""
SOURCE_FIELDS = _editable_text(Source)
RIGHTS_FIELDS = _editable_text(Rights)


def now_utc() -> str:
    """The current time as ISO 8601 UTC text ending in Z."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def common(items: Sequence[Item], value_of: Callable[[Item], T]) -> "T | object":
    """The value every item shares, or ``MIXED``."""
    values = {value_of(item) for item in items}
    return values.pop() if len(values) == 1 else MIXED


def counted(items: Sequence[Item], values_of: Callable[[Item], Iterable[T]]) -> list[tuple[T, int]]:
    """Each value found on the items with how many items carry it, in first-seen order."""
    counts: Counter[T] = Counter()
    for item in items:
        counts.update(list(dict.fromkeys(values_of(item))))
    return list(counts.items())


def after_items(command: Command) -> dict[str, Item]:
    """The items as the command leaves them, by ID."""
    return {s.id: s.record for s in command.after if isinstance(s.record, Item)}


def set_text(items: Sequence[Item], name: str, value: str) -> Command:
    """Set the title, description or notes of every item."""
    if name not in TEXT_FIELDS:
        raise ValueError(f"not a text field: {name}")
    return edits.edit_items(items, fields={name: value})


def set_source(items: Sequence[Item], name: str, value: str) -> Command:
    """Set one field of the source (album, box...) of every item, keeping the others."""
    if name not in SOURCE_FIELDS:
        raise ValueError(f"not a source field: {name}")
    after = [replace(i, source=replace(i.source, **{name: value.strip()})) for i in items]
    return replace_records("Edit", list(items), list(after))


def set_rights(items: Sequence[Item], name: str, value: str) -> Command:
    """Set one field of the rights statement of every item, keeping the others."""
    if name not in RIGHTS_FIELDS:
        raise ValueError(f"not a rights field: {name}")
    after = [replace(i, rights=replace(i.rights, **{name: value.strip()})) for i in items]
    return replace_records("Edit", list(items), list(after))


def set_private(items: Sequence[Item], private: bool) -> Command:
    """Mark every item private (kept out of exports) or not."""
    return edits.edit_items(items, private=private)


def set_kind(items: Sequence[Item], kind: ItemKind) -> Command:
    """Set what the items are (photo, letter...)."""
    return edits.edit_items(items, kind=kind)


def set_taken(items: Sequence[Item], date: FuzzyDate | None) -> Command:
    """Set (or clear, with None) the date of the content of every item."""
    return edits.tag_items(items, dates={DateRole.TAKEN: date})


def add_person(items: Sequence[Item], person_id: str, new_name: str = "") -> Command:
    """Tag a person on every item; with ``new_name`` and no ID, create that person too."""
    created: list[Person] = []
    if not person_id:
        person = Person(id=new_person_id(), names=(Name(value=new_name),))
        created.append(person)
        person_id = person.id
    tagged = edits.tag_items(
        items, add_people=[PersonId(person_id)], identified_by="", identified_at=now_utc()
    )
    return _with_created(tagged, items, created)


def remove_person(items: Sequence[Item], person_id: str) -> Command:
    """Untag a person from every item (their face rectangles go too)."""
    return edits.tag_items(items, remove_people=[PersonId(person_id)])


def add_place(items: Sequence[Item], place_id: str, new_name: str = "") -> Command:
    """Put a place on every item; with ``new_name`` and no ID, create that place too."""
    created: list[Place] = []
    if not place_id:
        place = Place(id=new_place_id(), names=(Name(value=new_name),))
        created.append(place)
        place_id = place.id
    placed = edits.tag_items(items, add_places=[PlaceId(place_id)])
    return _with_created(placed, items, created)


def remove_place(items: Sequence[Item], place_id: str) -> Command:
    """Take a place off every item."""
    return edits.tag_items(items, remove_places=[PlaceId(place_id)])


def add_tag(items: Sequence[Item], tag: str) -> Command:
    """Add a tag ("Events|Wedding") to every item."""
    return edits.tag_items(items, add_tags=[tag])


def remove_tag(items: Sequence[Item], tag: str) -> Command:
    """Remove a tag from every item."""
    return edits.tag_items(items, remove_tags=[tag])


def _with_created(
    command: Command, items: Sequence[Item], created: Sequence[Person | Place]
) -> Command:
    if not created:
        return command
    changed = after_items(command)
    after: list[Record] = [*created, *(changed.get(item.id, item) for item in items)]
    return replace_records(command.label, list(items), after)


def transcribe(
    items: Sequence[Item], typed: str, by: str, *, accept: bool | None = None
) -> Command:
    """Type the first page's text of one item (or accept its machine reading for search)."""
    item = items[0]
    texts = transcribed(item.texts, typed, by=by, at=now_utc(), accept=accept)
    return replace_records("Transcribe text", [item], [replace(item, texts=texts)])
