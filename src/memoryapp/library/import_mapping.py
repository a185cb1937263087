"""Turn what an imported file says into an item, matching names to the collection's records."""

from dataclasses import replace
from pathlib import Path

from memoryapp.core.assertions import Assertion
from memoryapp.core.embedded import EmbeddedPlace
from memoryapp.core.evidence import certainty_of
from memoryapp.core.file_names import escape_name
from memoryapp.core.ids import PersonId, PlaceId, derived_hex, new_person_id, new_place_id
from memoryapp.core.items import ColorLabel, Item, PersonTag, Rights
from memoryapp.core.names import Name
from memoryapp.core.people import Person
from memoryapp.core.places import Place
from memoryapp.core.text import search_key
from memoryapp.importers.gazetteer import Gazetteer, PlaceName
from memoryapp.importers.mapping import Proposal, propose
from memoryapp.library.import_job import bare_item
from memoryapp.library.ingest import Ingested
from memoryapp.storage.schema import utc_now


class ItemBuilder:
    """Builds items for one import; people and places are matched by any spelling of a name.

    Names the collection does not know become new records, kept until :meth:`take_new` so that
    they are committed with the items that name them.
    """

    def __init__(
        self, people: list[Person], places: list[Place], gazetteer: Gazetteer, *, linked: bool
    ) -> None:
        self._people = {search_key(n.value): p.id for p in people for n in p.names}
        self._places = {search_key(n.value): p.id for p in places for n in p.names}
        self._taken: set[str] = {p.id for p in people} | {p.id for p in places}
        self._gazetteer = gazetteer
        self._linked = linked
        self._new: list[Person | Place] = []

    def take_new(self) -> list[Person | Place]:
        """The people and places made since the last call."""
        made, self._new = self._new, []
        return made

    def add_copy(self, item: Item, ingested: Ingested, source: Path) -> Item:
        """Fold a byte-identical copy of ``item``'s file, met later in the import, into it.

        The item keeps what it has; the copy adds its path and, from its own sidecar, the
        people, places and tags the item lacks, and any field or date role still empty.
        """
        copy = self.build(ingested, source)
        have = {t.person_id for t in item.people}
        dates = {**copy.dates, **item.dates}
        merged = replace(
            item,
            people=item.people + tuple(t for t in copy.people if t.person_id not in have),
            places=tuple(dict.fromkeys((*item.places, *copy.places))),
            tags=tuple(dict.fromkeys((*item.tags, *copy.tags))),
            dates=dates,
            title=item.title or copy.title,
            rating=item.rating or copy.rating,
            label=item.label if item.label is not ColorLabel.NONE else copy.label,
            description=item.description or copy.description,
            rights=replace(
                item.rights,
                text=item.rights.text or copy.rights.text,
                credit=item.rights.credit or copy.rights.credit,
            ),
        )
        if item.lat is None and copy.lat is not None:
            merged = replace(merged, lat=copy.lat, lon=copy.lon)
        first, *rest = merged.files
        paths = (*first.also_imported_from, escape_name(str(source)))
        return replace(merged, files=(replace(first, also_imported_from=paths), *rest))

    def build(self, ingested: Ingested, source: Path) -> Item:
        """The item for an ingested file, with the people, places, dates and tags it names."""
        item = bare_item(ingested, source, linked=self._linked, added_at=utc_now())
        proposal = propose(ingested.embedded, ingested.sidecar)
        evidence: dict[str, list[tuple[Assertion, ...]]] = {}
        for own in proposal.identifications:  # memoryapp's own XMP: per tag, in order
            evidence.setdefault(own.person, []).append(own.assertions)
        people = tuple(
            PersonTag(
                person_id=self._person(p.name),
                region=p.region,
                identified_by="file metadata",
                assertions=evidence[p.name].pop(0) if evidence.get(p.name) else (),
            )
            for p in proposal.people
        )
        people = tuple(replace(t, certainty=certainty_of(t)) if t.assertions else t for t in people)
        places = self._own_places(proposal.places) or tuple(
            dict.fromkeys(self._path(path) for path in proposal.place_paths)
        )
        if not places:
            places = self._city_country(proposal)
        return replace(
            item,
            title=proposal.title,
            description=proposal.description,
            dates=dict(proposal.dates),
            tags=proposal.tags,
            people=people,
            places=places,
            rights=Rights(text=proposal.rights, credit=proposal.creator),
            lat=proposal.lat,
            lon=proposal.lon,
            rating=proposal.rating,
            label=proposal.label,
        )

    def _city_country(self, proposal: Proposal) -> tuple[PlaceId, ...]:
        city, country_name = proposal.city, proposal.country
        if not city and proposal.lat is not None and proposal.lon is not None:
            town = self._gazetteer.nearest(proposal.lat, proposal.lon)
            if town is not None:  # GPS says where: name the nearest town
                city, country_name = town.name, country_name or town.country
        place: PlaceId | None = None
        for level in self._gazetteer.locate(city, country_name):  # country first, then town
            place = self._place(level, place)
        return (place,) if place is not None else ()

    def _own_places(self, places: tuple[EmbeddedPlace, ...]) -> tuple[PlaceId, ...]:
        """The places of memoryapp's own XMP (outermost first): matched by name, else made."""
        ids: dict[str, PlaceId] = {}
        for own in places:
            names = tuple(Name(value=v, lang=lang, kind=kind) for v, lang, kind in own.names)
            level = PlaceName(names[0].value, (), own.kind or "other")
            ids[own.ref] = self._place(level, ids.get(own.parent), names=names)
        tagged = tuple(ids[p.ref] for p in places if p.tagged)
        return tuple(dict.fromkeys(tagged))

    def _path(self, path: tuple[str, ...]) -> PlaceId:
        """A "Places|Morocco|Tinghir" keyword path: each level matched by name, else made."""
        parent: PlaceId | None = None
        for depth, name in enumerate(path):
            kind = "country" if depth == 0 and len(path) > 1 else "other"
            parent = self._place(PlaceName(name, (), kind), parent)
        assert parent is not None  # paths are never empty
        return parent

    def _person(self, name: str) -> PersonId:
        key = search_key(name)
        if key not in self._people:
            pid = PersonId(derived_hex("person", key))
            if pid in self._taken:  # taken (renamed since): a fresh one
                pid = new_person_id()
            self._taken.add(pid)
            person = Person(id=pid, names=(Name(value=name),))
            self._new.append(person)
            self._people[key] = person.id
        return self._people[key]

    def _place(
        self, level: PlaceName, parent: PlaceId | None, names: tuple[Name, ...] = ()
    ) -> PlaceId:
        """The place known by any spelling of ``level``, or a new one under ``parent``.

        ``names`` (memoryapp's own XMP) gives every spelling with its language and kind.
        """
        names = names or (
            Name(value=level.name),
            *(Name(value=a, kind="alias") for a in level.aliases),
        )
        keys = [search_key(n.value) for n in names]
        found = next((self._places[k] for k in keys if k in self._places), None)
        if found is not None:
            return found
        lid = PlaceId(derived_hex("place", keys[0], level.kind, parent or ""))
        if lid in self._taken:
            lid = new_place_id()
        self._taken.add(lid)
        place = Place(id=lid, names=names, kind=level.kind, parent_id=parent)
        self._new.append(place)
        for key in keys:
            self._places.setdefault(key, place.id)
        return place.id
