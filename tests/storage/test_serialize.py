from memoryapp.core.dates import FuzzyDate
from memoryapp.core.films import Film, LinkRole, Scene, SceneLink
from memoryapp.core.ids import FilmId, ItemId, LinkId, PersonId, PlaceId, SceneId
from memoryapp.core.items import (
    Certainty,
    DateRole,
    Item,
    MediaFile,
    PersonTag,
    Region,
    Rights,
    Source,
)
from memoryapp.core.names import Name
from memoryapp.core.people import Living, Person, Relation, RelationKind
from memoryapp.core.places import Place
from memoryapp.storage.serialize import from_dict, to_dict


def _round_trip(record):
    data = to_dict(record)
    assert "id" not in data
    return from_dict(type(record), record.id, data)


def test_item_round_trips_with_every_field() -> None:
    item = Item(
        id=ItemId("a" * 32),
        files=(
            MediaFile(
                sha256="f" * 64, path="media/ff/x.jpg", format="jpeg", size=10, width=4, height=3
            ),
        ),
        title="Mariage à Tinghir",
        description="חתונה",
        dates={DateRole.TAKEN: FuzzyDate(edtf="1955~", input="vers 1955")},
        people=(
            PersonTag(
                person_id=PersonId("p1"),
                region=Region(x=0.1, y=0.2, w=0.3, h=0.4),
                certainty=Certainty.PROBABLE,
            ),
        ),
        places=(PlaceId("pl1"),),
        tags=("Events|Wedding",),
        source=Source(holder="Esther", box="2"),
        rights=Rights(uri="http://rightsstatements.org/vocab/InC/1.0/"),
        private=True,
        orientation=6,
        lat=31.5,
        lon=-5.5,
    )
    assert _round_trip(item) == item


def test_defaults_are_not_written() -> None:
    item = Item(id=ItemId("b" * 32), title="x")
    assert to_dict(item) == {"title": "x"}


def test_people_places_films_round_trip() -> None:
    person = Person(
        id=PersonId("p1"),
        names=(Name(value="Yakut Elbaz"), Name(value="יקוט", lang="he", kind="hebrew")),
        birth=FuzzyDate(edtf="1910~", input="c. 1910"),
        living=Living.DECEASED,
        relations=(Relation(kind=RelationKind.SPOUSE, person_id=PersonId("p2")),),
    )
    place = Place(id=PlaceId("t"), names=(Name(value="Tinghir"),), kind="town", lat=31.5, lon=-5.5)
    film = Film(id=FilmId("f"), title="Leaving Tinghir", fps="29.97", drop_frame=True)
    scene = Scene(id=SceneId("s"), film_id=film.id, number="3", period=FuzzyDate(edtf="195X"))
    link = SceneLink(
        id=LinkId("l"), item_id=ItemId("i"), scene_id=scene.id, role=LinkRole.ON_SCREEN
    )
    for record in (person, place, film, scene, link):
        assert _round_trip(record) == record
    assert person.names[1].script == "Hebr"
