"""A small collection about Tinghir: the records search tests save through the Library."""

from memoryapp.core.dates import FuzzyDate
from memoryapp.core.films import Film, LinkRole, Scene, SceneLink
from memoryapp.core.ids import FilmId, ItemId, LinkId, PersonId, PlaceId, SceneId
from memoryapp.core.items import (
    DateRole,
    Item,
    ItemKind,
    MediaFile,
    PersonTag,
    Region,
    Source,
)
from memoryapp.core.names import Name
from memoryapp.core.people import Person
from memoryapp.core.places import Place

MOROCCO = PlaceId("morocco")
TINGHIR = PlaceId("tinghir")
MELLAH = PlaceId("mellah")
OUARZAZATE = PlaceId("ouarzazate")
PARIS = PlaceId("paris")
YAKUT = PersonId("yakut")
MIRIAM = PersonId("miriam")
DAVID = PersonId("david")
FILM = FilmId("film1")
SCENE = SceneId("scene1")


def _taken(edtf: str | None, words: str = "") -> dict[DateRole, FuzzyDate]:
    return {DateRole.TAKEN: FuzzyDate(edtf=edtf, input=words)}


def _file(name: str, fmt: str = "jpeg") -> MediaFile:
    return MediaFile(
        sha256=name.ljust(64, "0")[:64],
        path=f"media/{name}",
        format=fmt,
        size=1,
        original_name=name,
    )


def tinghir_records() -> list[object]:
    places = [
        Place(
            id=MOROCCO,
            names=(Name(value="Morocco"), Name(value="Maroc"), Name(value="المغرب")),
            kind="country",
        ),
        Place(
            id=TINGHIR,
            names=(
                Name(value="Tinghir"),
                Name(value="Tinerhir", kind="colonial"),
                Name(value="تنغير"),
                Name(value="ⵜⵉⵏⵖⵉⵔ"),
                Name(value="טינג'יר"),
            ),
            kind="town",
            parent_id=MOROCCO,
        ),
        Place(
            id=MELLAH,
            names=(Name(value="Mellah"), Name(value="מלאח")),
            kind="mellah",
            parent_id=TINGHIR,
        ),
        Place(
            id=OUARZAZATE,
            names=(Name(value="Ouarzazate"), Name(value="ورزازات")),
            kind="town",
            parent_id=MOROCCO,
        ),
        Place(id=PARIS, names=(Name(value="Paris"),), kind="city"),
    ]
    people = [
        Person(id=YAKUT, names=(Name(value="Yakut"), Name(value="יקוט"))),
        Person(
            id=MIRIAM,
            names=(Name(value="Miriam El Baz"), Name(value="מרים אלבז"), Name(value="Myriam")),
        ),
        Person(id=DAVID, names=(Name(value="David Ohana"), Name(value="דוד אוחנה"))),
    ]
    items = [
        Item(
            id=ItemId("i-mellah"),
            title="Wedding in the mellah",
            dates=_taken("1955~", "c. 1955"),
            places=(MELLAH,),
            people=(PersonTag(person_id=MIRIAM, region=Region(x=0.1, y=0.1, w=0.2, h=0.2)),),
            tags=("Events|Wedding",),
            files=(_file("IMG_0042.JPG"),),
            added_at="2026-01-01T00:00:01Z",
        ),
        Item(
            id=ItemId("i-tinghir"),
            title="Market day",
            dates=_taken("195X", "years 50"),
            places=(TINGHIR,),
            people=(PersonTag(person_id=YAKUT),),
            tags=("Events",),
            added_at="2026-01-01T00:00:02Z",
        ),
        Item(
            id=ItemId("i-letter"),
            kind=ItemKind.LETTER,
            title="Letter from Ouarzazate",
            description="Écrite par David",
            dates=_taken("1962"),
            places=(OUARZAZATE,),
            people=(PersonTag(person_id=DAVID),),
            files=(_file("lettre.pdf", "pdf"),),
            source=Source(holder="Esther", album="Album rouge"),
            added_at="2026-01-01T00:00:03Z",
        ),
        Item(
            id=ItemId("i-paris"),
            title="Arrivée à Paris",
            description="Souvenir de Tinerhir",
            places=(PARIS,),
            private=True,
            tags=("Family|Abroad",),
            added_at="2026-01-01T00:00:04Z",
        ),
        Item(
            id=ItemId("i-span"),
            title="School class",
            dates=_taken("[1948..1956]"),
            lat=31.5,
            lon=-5.5,
            people=(PersonTag(person_id=YAKUT), PersonTag(person_id=MIRIAM)),
            possible_copies=(ItemId("i-tinghir"),),
            added_at="2026-01-01T00:00:05Z",
        ),
        Item(
            id=ItemId("i-text-date"),
            title="Picnic",
            dates=_taken(None, "the summer grandpa left"),
            added_at="2026-01-01T00:00:06Z",
        ),
    ]
    film = Film(id=FILM, title="Return to Tinghir")
    scene = Scene(id=SCENE, film_id=FILM, number="12", title="The wedding")
    links = [
        SceneLink(
            id=LinkId("l1"), item_id=ItemId("i-mellah"), scene_id=SCENE, role=LinkRole.ON_SCREEN
        ),
        SceneLink(
            id=LinkId("l2"), item_id=ItemId("i-letter"), scene_id=SCENE, role=LinkRole.REJECTED
        ),
    ]
    return [*places, *people, *items, film, scene, *links]
