"""Bring the people of a family-tree file (GEDCOM) into a collection, matched to who is there."""

from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from memoryapp.core.commands import Record, replace_records
from memoryapp.core.dates import FuzzyDate
from memoryapp.core.ids import PersonId, PlaceId, new_person_id, new_place_id
from memoryapp.core.names import Name
from memoryapp.core.people import Living, Person, Relation, RelationKind
from memoryapp.core.places import Place
from memoryapp.core.text import search_key
from memoryapp.importers.gedcom import GedcomPerson, read_gedcom
from memoryapp.importers.gedcom_checks import tree_warnings
from memoryapp.library.library import Library


@dataclass(frozen=True, slots=True)
class GedcomReport:
    """What a GEDCOM import did: people created and matched (by xref), places created."""

    created: tuple[str, ...]
    matched: tuple[tuple[str, str], ...]  # (xref, existing person id)
    places_created: int
    warnings: tuple[str, ...]


def _compatible(a: FuzzyDate | None, b: FuzzyDate | None) -> bool:
    """Two birth dates that could be the same person's (unknown is compatible)."""
    if a is None or b is None or a.edtf is None or b.edtf is None:
        return True
    ba, bb = a.bounds(), b.bounds()
    if ba is None or bb is None:
        return True
    return ba.search_min <= bb.search_max and bb.search_min <= ba.search_max


def import_gedcom(library: Library, path: Path) -> GedcomReport:
    """Import people, names, life dates, places and relations in one undoable commit.

    A GEDCOM person matches an existing one when any of their names fold to the same key
    and their birth dates can overlap; the match gains the file's other names as aliases
    and any life dates it lacked. Everyone else is created. Records the reader skipped,
    ancestor cycles and impossible dates (a child born before a parent or after their
    death) are reported as warnings; they do not stop the import.
    """
    tree = read_gedcom(path)
    people = {p.id: p for p in library.people()}
    places = {p.id: p for p in library.places()}
    new_places: dict[PlaceId, Place] = {}
    by_xref: dict[str, PersonId] = {}
    after: dict[PersonId, Person] = {}
    created: list[str] = []
    matched: list[tuple[str, str]] = []

    def place_for(text: str) -> PlaceId | None:
        parent: PlaceId | None = None
        for level, part in enumerate(reversed([p.strip() for p in text.split(",") if p.strip()])):
            key = search_key(part)
            found = next(
                (
                    p
                    for p in (*places.values(), *new_places.values())
                    if p.parent_id == parent and any(search_key(n.value) == key for n in p.names)
                ),
                None,
            ) or next(
                (
                    p
                    for p in (*places.values(), *new_places.values())
                    if any(search_key(n.value) == key for n in p.names)
                ),
                None,
            )
            if found is None:
                kind = "country" if level == 0 and "," in text else "other"
                found = Place(
                    id=new_place_id(), names=(Name(value=part),), kind=kind, parent_id=parent
                )
                new_places[found.id] = found
            parent = found.id
        return parent

    for ged in tree.people:
        match = _find(people.values(), ged)
        if match is None:
            person = Person(
                id=new_person_id(),
                names=ged.names,
                gender=ged.gender,
                birth=ged.birth,
                death=ged.death,
                living=Living.DECEASED if ged.death else Living.UNKNOWN,
                notes=ged.notes,
            )
            created.append(ged.xref)
        else:
            known = {n.value for n in match.names}
            person = replace(
                match,
                names=(*match.names, *(n for n in ged.names if n.value not in known)),
                birth=match.birth or ged.birth,
                death=match.death or ged.death,
                gender=match.gender or ged.gender,
            )
            matched.append((ged.xref, match.id))
        if ged.birth_place and person.birth_place is None:
            person = replace(person, birth_place=place_for(ged.birth_place))
        if ged.death_place and person.death_place is None:
            person = replace(person, death_place=place_for(ged.death_place))
        by_xref[ged.xref] = person.id
        after[person.id] = person

    def relate(pid: PersonId, kind: RelationKind, other: PersonId) -> None:
        person = after.get(pid) or people[pid]
        rel = Relation(kind=kind, person_id=other)
        if rel not in person.relations and pid != other:
            after[pid] = replace(person, relations=(*person.relations, rel))

    for fam in tree.families:
        partners = [by_xref[x] for x in fam.partners if x in by_xref]
        children = [by_xref[x] for x in fam.children if x in by_xref]
        for a in partners:
            for b in partners:
                relate(a, RelationKind.SPOUSE, b)
            for child in children:
                relate(child, RelationKind.PARENT, a)
                relate(a, RelationKind.CHILD, child)
        for a in children:
            for b in children:
                relate(a, RelationKind.SIBLING, b)

    before: list[Record] = [people[pid] for pid in after if pid in people]
    records: list[Record] = [*new_places.values(), *after.values()]
    library.apply(replace_records(f"Import {path.name}", before, records))
    warnings = (*tree.warnings, *tree_warnings(tree))
    return GedcomReport(tuple(created), tuple(matched), len(new_places), warnings)


def _find(people: Iterable[Person], ged: GedcomPerson) -> Person | None:
    keys = {search_key(n.value) for n in ged.names}
    for person in people:
        if any(search_key(n.value) in keys for n in person.names) and _compatible(
            person.birth, ged.birth
        ):
            return person
    return None
