"""Build the everyday edits as undoable commands (one command, one commit, even for 500 items)."""

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from memoryapp.core.commands import Command, Record, replace_records
from memoryapp.core.dates import FuzzyDate
from memoryapp.core.errors import InvalidRecordError
from memoryapp.core.ids import PersonId, PlaceId
from memoryapp.core.items import Certainty, DateRole, Item, ItemKind, PersonTag, Region
from memoryapp.core.names import Name
from memoryapp.core.people import Person, Relation
from memoryapp.core.places import Place, ancestors
from memoryapp.core.text import normalize


def _label(verb: str, items: Sequence[Item]) -> str:
    return verb if len(items) == 1 else f"{verb} ({len(items)} items)"


def edit_items(
    items: Sequence[Item],
    *,
    title: str | None = None,
    description: str | None = None,
    notes: str | None = None,
    source: Mapping[str, str] | None = None,
    rights: Mapping[str, str] | None = None,
    private: bool | None = None,
    kind: ItemKind | None = None,
    fields: Mapping[str, object] | None = None,
) -> Command:
    """Set fields on every item; None leaves a field as it is.

    ``source`` and ``rights`` give only the sub-fields to set (e.g. ``{"holder": "Esther"}``),
    the others are kept per item. ``fields`` sets any other field by name (text is
    normalised).
    """
    changes: dict[str, object] = {
        name: normalize(value) if type(value) is str else value  # not enums
        for name, value in (fields or {}).items()
    }
    for name, value in (("title", title), ("description", description), ("notes", notes)):
        if value is not None:
            changes[name] = normalize(value)
    if private is not None:
        changes["private"] = private
    if kind is not None:
        changes["kind"] = kind
    after = []
    for item in items:
        fields = dict(changes)
        if source:
            fields["source"] = replace(item.source, **{k: normalize(v) for k, v in source.items()})
        if rights:
            fields["rights"] = replace(item.rights, **{k: normalize(v) for k, v in rights.items()})
        after.append(replace(item, **fields))  # type: ignore[arg-type]
    return replace_records(_label("Edit", items), list(items), after)


def tag_items(
    items: Sequence[Item],
    *,
    add_people: Iterable[PersonId] = (),
    remove_people: Iterable[PersonId] = (),
    add_places: Iterable[PlaceId] = (),
    remove_places: Iterable[PlaceId] = (),
    add_tags: Iterable[str] = (),
    remove_tags: Iterable[str] = (),
    dates: Mapping[DateRole, FuzzyDate | None] | None = None,
    identified_by: str = "",
    identified_at: str = "",
) -> Command:
    """Add or remove people, places and tags, and set or clear dates, on many items at once."""
    add_people, remove_people = list(add_people), set(remove_people)
    add_places, remove_places = list(add_places), set(remove_places)
    add_tags = [normalize(t).strip("|") for t in add_tags if normalize(t).strip("|")]
    remove_tags = {normalize(t) for t in remove_tags}
    after = []
    for item in items:
        tags = tuple(dict.fromkeys(t for t in (*item.tags, *add_tags) if t not in remove_tags))
        people = [t for t in item.people if t.person_id not in remove_people]
        present = {t.person_id for t in people}
        people += [
            PersonTag(person_id=p, identified_by=identified_by, identified_at=identified_at)
            for p in dict.fromkeys(add_people)
            if p not in present
        ]
        places = tuple(
            dict.fromkeys(p for p in (*item.places, *add_places) if p not in remove_places)
        )
        new_dates = dict(item.dates)
        for role, date in (dates or {}).items():
            if date is None:
                new_dates.pop(role, None)
            else:
                new_dates[role] = date
        after.append(replace(item, tags=tags, people=tuple(people), places=places, dates=new_dates))
    return replace_records(_label("Tag", items), list(items), after)


def set_person_region(
    item: Item,
    person_id: PersonId,
    region: Region | None,
    *,
    replacing: Region | None = None,
    certainty: Certainty = Certainty.CERTAIN,
    identified_by: str = "",
    identified_at: str = "",
) -> Command:
    """Put, move or clear one of a person's face rectangles, tagging them if needed.

    A person shown twice on a photo has a tag per face. ``replacing`` names the face to move
    (or to clear, with ``region=None``); without it ``region`` is a new face: it fills the
    person's tag that has no rectangle yet, or becomes a tag of its own. Clearing a face
    keeps the person tagged, by a tag without rectangle only when no other face is left.
    """
    people = list(item.people)
    mine = [i for i, t in enumerate(people) if t.person_id == person_id]
    target = next(
        (i for i in mine if replacing is not None and people[i].region == replacing), None
    )
    if target is None and replacing is None:
        target = next((i for i in mine if people[i].region is None), None)
    if target is not None and region is None and len(mine) > 1:
        del people[target]  # another face still tags the person
    elif target is not None:
        people[target] = replace(people[target], region=region, certainty=certainty)
    elif region is not None or not mine:
        people.append(
            PersonTag(
                person_id=person_id,
                region=region,
                certainty=certainty,
                identified_by=identified_by,
                identified_at=identified_at,
            )
        )
    return replace_records("Tag face", [item], [replace(item, people=tuple(people))])


def save_person(before: Person | None, after: Person) -> Command:
    """Create or edit a person."""
    return replace_records("Edit person", [before] if before else [], [after])


def save_place(before: Place | None, after: Place, all_places: Mapping[PlaceId, Place]) -> Command:
    """Create or edit a place, refusing a parent that would make a cycle.

    Raises:
        InvalidRecordError: the new parent lies inside the place itself.
    """
    places = {**all_places, after.id: after}
    ancestors(after.id, lambda pid: places[pid].parent_id if pid in places else None)
    return replace_records("Edit place", [before] if before else [], [after])


def merge_people(
    keep: Person, drop: Person, items: Sequence[Item], people: Sequence[Person]
) -> Command:
    """Merge ``drop`` into ``keep``: every link moves, ``drop``'s names become aliases.

    ``items`` and ``people`` are every item and person (only those that refer to ``drop``
    change).
    """
    if keep.id == drop.id:
        raise InvalidRecordError("cannot merge a person with themself")
    known = {n.value for n in keep.names}
    names = (
        *keep.names,
        *(replace(n, kind=n.kind or "alias") for n in drop.names if n.value not in known),
    )
    relations = unique_relations((*keep.relations, *drop.relations), exclude={keep.id, drop.id})
    merged = replace(
        keep,
        names=names,
        relations=relations,
        birth=keep.birth or drop.birth,
        death=keep.death or drop.death,
        birth_place=keep.birth_place or drop.birth_place,
        death_place=keep.death_place or drop.death_place,
        notes="\n\n".join(n for n in (keep.notes, drop.notes) if n),
        private=keep.private or drop.private,
    )
    before: list[Record] = [keep, drop]
    after: list[Record] = [merged]
    for item in items:
        if any(t.person_id == drop.id for t in item.people):
            before.append(item)
            after.append(replace(item, people=move_person_tags(item.people, drop.id, keep.id)))
    for person in people:
        if person.id in (keep.id, drop.id):
            continue
        if any(r.person_id == drop.id for r in person.relations):
            moved = tuple(
                replace(r, person_id=keep.id) if r.person_id == drop.id else r
                for r in person.relations
            )
            before.append(person)
            after.append(replace(person, relations=unique_relations(moved, exclude={person.id})))
    return replace_records(f"Merge {drop.name} into {keep.name}", before, after)


def move_person_tags(
    tags: tuple[PersonTag, ...], old: PersonId, new: PersonId
) -> tuple[PersonTag, ...]:
    """Tags of ``old`` become ``new``'s; every face is kept once.

    A tag without rectangle stays only when the person has no face on the item.
    """
    moved = [replace(t, person_id=new) if t.person_id == old else t for t in tags]
    faced = {t.person_id for t in moved if t.region is not None}
    out: list[PersonTag] = []
    seen: set[tuple[PersonId, Region | None]] = set()
    for tag in moved:
        key = (tag.person_id, tag.region)
        if key in seen or (tag.region is None and tag.person_id in faced):
            continue
        seen.add(key)
        out.append(tag)
    return tuple(out)


def unique_relations(
    relations: Iterable[Relation], *, exclude: set[PersonId]
) -> tuple[Relation, ...]:
    """The relations without repeats and without those to the ``exclude`` people."""
    return tuple(dict.fromkeys(r for r in relations if r.person_id not in exclude))


def add_names(person: Person, names: Iterable[Name]) -> Person:
    """The person with extra spellings (repeats ignored)."""
    known = {n.value for n in person.names}
    extra = tuple(n for n in names if n.value not in known)
    return replace(person, names=(*person.names, *extra))
