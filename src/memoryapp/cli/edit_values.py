"""What ``edit`` and ``person edit`` parse beyond plain values: faces and relations."""

import argparse
import typing
from dataclasses import replace

from memoryapp.core.commands import Command
from memoryapp.core.edits import set_person_region
from memoryapp.core.errors import InvalidRecordError
from memoryapp.core.ids import PersonId
from memoryapp.core.items import Certainty, Item, Region
from memoryapp.core.people import Person, Relation, RelationKind
from memoryapp.library.lookup import resolve


def items_after(items: list[Item], command: Command) -> list[Item]:
    """``items`` as ``command`` leaves them (it lists only the ones it changes)."""
    changed = {slot.id: typing.cast(Item, slot.record) for slot in command.after}
    return [changed.get(item.id, item) for item in items]


def face_set(args: argparse.Namespace, item: Item, who: list[PersonId]) -> Item:
    """The item with the face rectangle, certainty or identifier of the one ``--person`` changed.

    A person shown more than once keeps the other faces: the first one is the one set.
    """
    if len(who) != 1:
        raise InvalidRecordError(
            "--region, --certainty and --identified-by need exactly one --person"
        )
    tag = next(t for t in item.people if t.person_id == who[0])
    region = tag.region if args.region is None else region_of(args.region)
    certainty = tag.certainty if args.certainty is None else Certainty(args.certainty)
    command = set_person_region(item, who[0], region, replacing=tag.region, certainty=certainty)
    after = items_after([item], command)[0]
    by = getattr(args, "identified_by", None)
    if by is None:
        return after
    tags = tuple(
        replace(t, identified_by=by.strip()) if t.person_id == who[0] and t.region == region else t
        for t in after.people
    )
    return replace(after, people=tags)


def region_of(text: str) -> Region | None:
    """``X,Y,W,H`` in fractions of the stored image, or ``none``."""
    if text.strip().lower() == "none":
        return None
    try:
        x, y, w, h = (float(v) for v in text.split(","))
        return Region(x=x, y=y, w=w, h=h)
    except ValueError as exc:
        raise InvalidRecordError(f"--region {text!r}: give X,Y,W,H as fractions 0..1") from exc


def relations_of(
    person: Person, people: list[Person], add: list[str], remove: list[str]
) -> tuple[Relation, ...]:
    """The person's relations with ``KIND=PERSON`` added and ``PERSON`` removed."""
    gone = {resolve(people, p, "person").id for p in remove}
    relations = [r for r in person.relations if r.person_id not in gone]
    for text in add:
        kind, sep, other = text.partition("=")
        if not sep or kind not in {k.value for k in RelationKind}:
            kinds = ", ".join(k.value for k in RelationKind)
            raise InvalidRecordError(f"--relation {text!r}: give KIND=PERSON, KIND one of {kinds}")
        relations.append(
            Relation(kind=RelationKind(kind), person_id=resolve(people, other, "person").id)
        )
    return tuple(dict.fromkeys(relations))
