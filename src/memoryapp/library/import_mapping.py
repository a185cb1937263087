"""Turn what an imported file says into an item, matching names to the collection's records."""

from dataclasses import replace
from pathlib import Path

from memoryapp.core.embedded import EmbeddedPlace
from memoryapp.core.ids import PersonId, PlaceId, new_person_id, new_place_id
from memoryapp.core.items import Item, PersonTag, Rights
from memoryapp.core.names import Name
from memoryapp.core.people import Person
from memoryapp.core.places import Place
from memoryapp.core.text import search_key
from memoryapp.importers.gazetteer import Gazetteer
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
        self._gazetteer = gazetteer
        self._linked = linked
        self._new: list[Person | Place] = []

    def take_new(self) -> list[Person | Place]:
        """The people and places made since the last call."""
        made, self._new = self._new, []
        return made

    def build(self, ingested: Ingested, source: Path) -> Item:
        """The item for an ingested file, with the people, places, dates and tags it names."""
        item = bare_item(ingested, source, linked=self._linked, added_at=utc_now())
        proposal = propose(ingested.embedded, ingested.sidecar)
        people = tuple(
            PersonTag(
                person_id=self._person(p.name), region=p.region, identified_by="file metadata"
            )
            for p in proposal.people
        )
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
        )

    def _city_country(self, proposal: Proposal) -> tuple[PlaceId, ...]:
        city, country_name = proposal.city, proposal.country
        if not city and proposal.lat is not None and proposal.lon is not None:
            town = self._gazetteer.nearest(proposal.lat, proposal.lon)
            if town is not None:  # GPS says where: name the nearest town
                city, country_name = town.name, country_name or town.country
        country = self._place(country_name, "country", None) if country_name else None
        town_id = self._place(city, "town", country) if city else None
        place = town_id or country
        return (place,) if place is not None else ()

    def _own_places(self, places: tuple[EmbeddedPlace, ...]) -> tuple[PlaceId, ...]:
        """The places of memoryapp's own XMP (outermost first): matched by name, else made."""
        ids: dict[str, PlaceId] = {}
        for own in places:
            names = tuple(Name(value=v, lang=lang, kind=kind) for v, lang, kind in own.names)
            ids[own.ref] = self._place(
                names[0].value, own.kind or "other", ids.get(own.parent), names=names
            )
        tagged = tuple(ids[p.ref] for p in places if p.tagged)
        return tuple(dict.fromkeys(tagged))

    def _path(self, path: tuple[str, ...]) -> PlaceId:
        """A "Places|Morocco|Tinghir" keyword path: each level matched by name, else made."""
        parent: PlaceId | None = None
        for depth, name in enumerate(path):
            kind = "country" if depth == 0 and len(path) > 1 else "other"
            parent = self._place(name, kind, parent)
        assert parent is not None  # paths are never empty
        return parent

    def _person(self, name: str) -> PersonId:
        key = search_key(name)
        if key not in self._people:
            person = Person(id=new_person_id(), names=(Name(value=name),))
            self._new.append(person)
            self._people[key] = person.id
        return self._people[key]

    def _place(
        self, name: str, kind: str, parent: PlaceId | None, names: tuple[Name, ...] = ()
    ) -> PlaceId:
        key = search_key(name)
        if key not in self._places:
            place = Place(
                id=new_place_id(),
                names=names or (Name(value=name),),
                kind=kind,
                parent_id=parent,
            )
            self._new.append(place)
            for spelling in place.names:
                self._places.setdefault(search_key(spelling.value), place.id)
        return self._places[key]
