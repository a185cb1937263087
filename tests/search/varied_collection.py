"""A made-up collection of a few hundred items, and facets counted over it the plain way.

The records vary everything facets count: names in Latin, Hebrew and Arabic (a Hebrew or
Arabic primary name sorts among the Latin ones), places nested four deep and items in a
place and its parent at once, tags at several levels written with different accents and
cases, undated items and dates that straddle decades, items in the trash, private items,
film links (rejected ones too). :func:`plain_facets` counts straight from the records, with
none of the index's columns, so the index's counts can be checked against it.
"""

import random
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from memoryapp.core.dates import FuzzyDate
from memoryapp.core.films import Film, LinkRole, Scene, SceneLink
from memoryapp.core.ids import FilmId, ItemId, LinkId, PersonId, PlaceId, SceneId
from memoryapp.core.items import DateRole, Item, ItemKind, PersonTag
from memoryapp.core.names import Name
from memoryapp.core.people import Person
from memoryapp.core.places import Place
from memoryapp.search.dating import date_keys, decade_weights
from memoryapp.search.entries import tag_paths
from memoryapp.search.facets import DecadeCount, FacetCount, Facets
from memoryapp.search.index import SearchIndex

_PLACES = [  # id, parent, names
    ("ma", None, ("Morocco", "المغرب", "מרוקו")),
    ("dt", "ma", ("Drâa-Tafilalet", "درعة تافيلالت")),
    ("tinghir", "dt", ("Tinghir", "تنغير", "טינג'יר")),
    ("mellah", "tinghir", ("Mellah of Tinghir", "מלאח")),
    ("asfalou", "tinghir", ("Asfalou", "أسفالو")),
    ("il", None, ("ישראל", "Israel", "إسرائيل")),  # a Hebrew primary name
    ("jerusalem", "il", ("Jerusalem", "ירושלים")),
    ("fr", None, ("France",)),
    ("paris", "fr", ("Paris", "باريس")),
]
_GIVEN = [
    ("Miriam", "מרים"), ("David", "דוד"), ("Yakut", "יקוט"), ("Esther", "אסתר"),
    ("فاطمة", "Fatima"), ("Moshe", "משה"), ("محمد", "Mohammed"), ("Rachel", "רחל"),
]  # fmt: skip
_SURNAMES = [("Elbaz", "אלבז"), ("Ohana", "אוחנה"), ("Amar", "عمار"), ("Cohen", "כהן")]
_TAGS = [
    "Events", "Events|Wedding", "Events|Wedding|Henna", "events|wedding", "Événements|Fête",
    "Evenements|Fete", "Family|Portrait", "School", "Work|Market", "Travel|Letters home",
]  # fmt: skip
_DATES = [
    "1955~", "195X", "1962", "[1948..1956]", "1950/1959", "[..1959]", "1948/..",
    "1955-06-12", "196X~", "1967?", "1970-03", "1939/1941", "1899/1901",
]  # fmt: skip


@dataclass(frozen=True)
class Records:
    """The records of the made-up collection."""

    items: list[Item]
    people: list[Person]
    places: list[Place]
    films: list[Film]
    scenes: list[Scene]
    links: list[SceneLink]

    def index(self) -> SearchIndex:
        """A search index built from the records."""
        index = SearchIndex()
        index.build(self.items, self.people, self.places, self.films, self.scenes, self.links)
        return index


def varied_records(count: int = 400, seed: int = 17) -> Records:
    """``count`` items of every sort, the same for the same seed."""
    rng = random.Random(seed)
    places = [
        Place(
            id=PlaceId(pid),
            names=tuple(Name(value=n) for n in names),
            parent_id=PlaceId(parent) if parent else None,
        )
        for pid, parent, names in _PLACES
    ]
    people = [
        Person(
            id=PersonId(f"p{n:02d}"),
            names=(
                Name(value=f"{given[0]} {surname[0]}"),
                Name(value=f"{given[1]} {surname[1]}"),
            ),
        )
        for n, (given, surname) in enumerate(
            (g, s) for s in _SURNAMES for g in _GIVEN
        )  # some people are on many items, some on few: the first ones are chosen more
    ]
    weights = [1 / (n + 1) for n in range(len(people))]
    place_ids = [p.id for p in places] + [PlaceId("unknown-place")]
    items = []
    for n in range(count):
        tagged = {p.id for p in rng.choices(people, weights, k=rng.choice((0, 0, 1, 2, 3)))}
        where = rng.sample(place_ids, rng.choice((0, 1, 1, 2)))
        if rng.random() < 0.1:
            where = [PlaceId("mellah"), PlaceId("tinghir")]  # a place and its parent
        roll = rng.random()
        if roll < 0.15:
            dates = {}
        elif roll < 0.2:
            dates = {DateRole.TAKEN: FuzzyDate(edtf=None, input="the summer grandpa left")}
        else:
            dates = {DateRole.TAKEN: FuzzyDate(edtf=rng.choice(_DATES))}
        items.append(
            Item(
                id=ItemId(f"item-{rng.getrandbits(40):010x}-{n}"),
                kind=rng.choice([ItemKind.PHOTO] * 4 + [ItemKind.LETTER, ItemKind.DOCUMENT]),
                title=rng.choice(["Wedding", "חתונה", "عرس", "Market day", "Portrait"]),
                dates=dates,
                people=tuple(PersonTag(person_id=p) for p in sorted(tagged)),
                places=tuple(where),
                tags=tuple(rng.sample(_TAGS, rng.choice((0, 1, 1, 2, 3)))),
                private=rng.random() < 0.08,
                trashed_at="2026-02-01T00:00:00Z" if rng.random() < 0.06 else "",
            )
        )
    films = [Film(id=FilmId("f1"), title="Return to Tinghir"), Film(id=FilmId("f2"), title="חזרה")]
    scenes = [
        Scene(id=SceneId(f"s{n}"), film_id=films[n % 2].id, number=str(n), title="")
        for n in range(6)
    ]
    links = [
        SceneLink(
            id=LinkId(f"l{n}"),
            item_id=rng.choice(items).id,
            scene_id=rng.choice(scenes).id,
            role=rng.choice(list(LinkRole)),
        )
        for n in range(count // 8)
    ]
    return Records(items, people, places, films, scenes, links)


def plain_facets(
    records: Records, chosen: Iterable[str], tag_label: Callable[[str], str]
) -> Facets:
    """Facets of the chosen items counted item by item from the records themselves.

    ``tag_label`` gives a folded tag path as the index first saw it written.
    """
    wanted = set(chosen)
    items = [i for i in records.items if i.id in wanted]
    person_label = {p.id: p.names[0].value for p in records.people}
    place_label = {p.id: p.names[0].value for p in records.places}
    parent: Mapping[str, str | None] = {p.id: p.parent_id for p in records.places}
    film_of_scene = {s.id: s.film_id for s in records.scenes}
    films_of: dict[str, set[str]] = {}
    for link in records.links:
        if link.role != LinkRole.REJECTED and link.scene_id in film_of_scene:
            films_of.setdefault(link.item_id, set()).add(film_of_scene[link.scene_id])

    def lineage(place: str) -> list[str]:
        chain = [place]
        while (above := parent.get(chain[-1])) is not None and above not in chain:
            chain.append(above)
        return chain

    people: Counter[str] = Counter()
    places: Counter[str] = Counter()
    tags: Counter[str] = Counter()
    films: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    decades: dict[int, float] = {}
    undated = 0
    for item in items:
        people.update(set(item.person_ids()))
        places.update({p for place in item.places for p in lineage(place)})
        tags.update({folded for tag in item.tags for folded, _ in tag_paths(tag)})
        films.update(films_of.get(item.id, set()))
        kinds[item.kind.value] += 1
        keys = date_keys(item.dates.get(DateRole.TAKEN))
        if keys is None:
            undated += 1
            continue
        for decade, weight in decade_weights(keys.low, keys.high):
            decades[decade] = decades.get(decade, 0.0) + weight

    def facet(
        counts: Counter[str], label: Callable[[str], str], depth: Callable[[str], int]
    ) -> tuple[FacetCount, ...]:
        rows = sorted((-n, label(key), key) for key, n in counts.items())
        return tuple(FacetCount(key=k, label=t, count=-n, depth=depth(k)) for n, t, k in rows)

    def flat(_key: str) -> int:
        return 0

    film_title = {f.id: f.title for f in records.films}
    return Facets(
        total=len(items),
        people=facet(people, lambda key: person_label.get(key, key), flat),
        places=facet(
            places, lambda key: place_label.get(key, key), lambda key: len(lineage(key)) - 1
        ),
        decades=tuple(
            DecadeCount(decade=d, count=round(c, 3))
            for d, c in sorted(decades.items())
            if round(c, 3)
        ),
        undated=undated,
        tags=facet(tags, tag_label, lambda key: key.count("|")),
        films=facet(films, lambda key: film_title.get(key, key), flat),
        kinds=facet(kinds, str, flat),
    )
