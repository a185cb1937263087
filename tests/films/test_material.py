import pytest
from tests.records import put

from memoryapp.core.dates import FuzzyDate
from memoryapp.core.films import LinkRole, Scene, SceneLink
from memoryapp.core.films.material import MatchKind, find_material
from memoryapp.core.ids import FilmId, ItemId, LinkId, PlaceId, SceneId
from memoryapp.core.items import DateRole, Item, PersonTag
from memoryapp.core.names import Name
from memoryapp.core.places import Place
from memoryapp.library import Library
from memoryapp.library.film_desk import FilmDesk
from memoryapp.library.sample import ensure_sample_copy


def _item(key: str, **fields) -> Item:
    return Item(id=ItemId(f"item-{key}"), title=fields.pop("title", key), **fields)


def _taken(edtf: str) -> dict:
    return {DateRole.TAKEN: FuzzyDate(edtf=edtf)}


@pytest.fixture
def desk_and_scene(library: Library, tinghir_places, tinghir_people):
    places = tinghir_places
    people = tinghir_people
    rachel, meir = people["rachel"].id, people["meir"].id
    items = [
        _item(
            "all-three",
            people=(PersonTag(person_id=rachel),),
            places=(places["tinghir"].id,),
            dates=_taken("1958"),
        ),
        _item("person-only", people=(PersonTag(person_id=rachel),)),
        _item("inside", places=(places["mellah"].id,)),
        _item("alias-latin", title="Souk de Tinerhir"),
        _item("alias-arabic", description="سوق تنغير"),
        _item("alias-hebrew", description="בית הכנסת בתינג'יר"),
        _item("named-person", description="Rachel Ohana with her sister"),
        _item("decade", dates=_taken("195X")),
        _item("near", dates=_taken("1963~")),
        _item("elsewhere", places=(places["ashdod"].id,), dates=_taken("1990")),
        _item("other-person", people=(PersonTag(person_id=meir),)),
        _item("rejected", people=(PersonTag(person_id=rachel),)),
        _item("linked", people=(PersonTag(person_id=rachel),)),
        _item("other-scene", places=(places["tinghir"].id,)),
        _item("not-a-word", title="Tinghirstan"),
    ]
    put(library, *places.values(), *people.values(), *items)
    desk = FilmDesk(library)
    film, _ = desk.add_film("Leaving Tinghir")
    scene, _ = desk.add_scene(
        film.id,
        "12",
        places=(places["tinghir"].id,),
        people=(rachel,),
        period=FuzzyDate(edtf="1955/1962"),
    )
    other, _ = desk.add_scene(film.id, "13")
    desk.link_item(scene.id, "item-rejected", role=LinkRole.REJECTED)
    desk.link_item(scene.id, "item-linked", role=LinkRole.CANDIDATE)
    desk.link_item(other.id, "item-other-scene", role=LinkRole.ON_SCREEN)
    return desk, scene, other


def test_candidates_rank_and_explain(desk_and_scene) -> None:
    desk, scene, other = desk_and_scene
    found = {c.item_id: c for c in desk.candidates(scene.id)}
    assert set(found) == {
        "item-all-three", "item-person-only", "item-inside", "item-alias-latin", "item-alias-arabic",
        "item-alias-hebrew", "item-named-person", "item-decade", "item-near", "item-other-scene",
    }  # fmt: skip
    ranked = [c.item_id for c in desk.candidates(scene.id)]
    assert ranked[0] == "item-all-three"
    best = found["item-all-three"]
    assert [r.kind for r in best.reasons] == [MatchKind.PERSON, MatchKind.PLACE, MatchKind.PERIOD]
    assert best.reasons[0].text == "shows Rachel Ohana"
    assert best.reasons[1].text == "taken in Tinghir"
    assert best.reasons[2].overlap == 1.0
    assert "within the scene's period" in best.reasons[2].text

    inside = found["item-inside"].reasons[0]
    assert (inside.kind, inside.place_id, inside.item_place_id) == (
        MatchKind.PLACE,
        "pl-tinghir",
        "pl-mellah",
    )
    assert inside.text == "taken in Mellah of Tinghir, inside Tinghir"

    latin = found["item-alias-latin"].reasons[0]
    assert latin.kind is MatchKind.PLACE_NAMED
    assert latin.name == "Tinerhir"
    assert latin.text == "its text names Tinerhir, a name of Tinghir"
    assert found["item-alias-arabic"].reasons[0].name == "تنغير"
    assert found["item-alias-hebrew"].reasons[0].name == "תינג'יר"
    assert found["item-named-person"].reasons[0].kind is MatchKind.PERSON_NAMED

    decade = found["item-decade"].reasons[0]
    assert decade.kind is MatchKind.PERIOD
    assert decade.overlap == 0.5
    near = found["item-near"].reasons[0]
    assert near.kind is MatchKind.PERIOD_NEAR
    assert "near the scene's period" in near.text

    assert found["item-other-scene"].linked_elsewhere == (other.id,)
    assert (
        found["item-all-three"].score > found["item-person-only"].score > found["item-near"].score
    )
    assert found["item-inside"].score < found["item-other-scene"].score  # direct beats inside
    assert desk.candidates(scene.id, limit=2) == tuple(desk.candidates(scene.id)[:2])


def test_an_empty_scene_finds_nothing(desk_and_scene) -> None:
    desk, _scene, other = desk_and_scene
    assert desk.candidates(other.id) == ()


def test_a_cycle_in_the_place_tree_does_not_crash() -> None:
    a = Place(id=PlaceId("a"), names=(Name(value="Alpha"),), parent_id=PlaceId("b"))
    b = Place(id=PlaceId("b"), names=(Name(value="Beta"),), parent_id=PlaceId("a"))
    scene = Scene(id=SceneId("s"), film_id=FilmId("f"), number="1", places=(PlaceId("a"),))
    items = [
        Item(id=ItemId("x"), places=(PlaceId("b"),)),
        Item(id=ItemId("y"), places=(PlaceId("a"),)),
    ]
    found = find_material(scene, items, {}, {a.id: a, b.id: b}, [])
    assert [c.item_id for c in found] == ["y"]  # a broken chain matches the place itself only


def test_links_to_the_scene_are_excluded_whatever_their_role() -> None:
    scene = Scene(
        id=SceneId("s"), film_id=FilmId("f"), number="1", period=FuzzyDate(edtf="1950/1960")
    )
    items = [Item(id=ItemId(k), dates=_taken("1955")) for k in "abc"]
    links = [
        SceneLink(id=LinkId("1"), item_id=ItemId("a"), scene_id=scene.id, role=LinkRole.REJECTED),
        SceneLink(id=LinkId("2"), item_id=ItemId("b"), scene_id=scene.id, role=LinkRole.ALTERNATE),
    ]
    assert [c.item_id for c in find_material(scene, items, {}, {}, links)] == ["c"]


def test_items_dated_outside_the_period_are_penalised_with_a_reason(
    tinghir_places, tinghir_people
) -> None:
    places, people = tinghir_places, tinghir_people
    rachel, meir = people["rachel"].id, people["meir"].id
    tinghir = places["tinghir"].id
    both = (PersonTag(person_id=rachel), PersonTag(person_id=meir))
    scene = Scene(
        id=SceneId("s"),
        film_id=FilmId("f"),
        number="1",
        people=(rachel, meir),
        places=(tinghir,),
        period=FuzzyDate(edtf="1955~"),
    )
    items = [
        _item("letter-1998", people=both, places=(tinghir,), dates=_taken("1998")),
        _item("photo-1955", people=(both[0],), places=(tinghir,), dates=_taken("1955")),
        _item("undated", people=(both[0],), places=(tinghir,)),
        _item("photo-1960", people=both, places=(tinghir,), dates=_taken("1960")),
        _item("only-late", dates=_taken("1998")),
    ]
    ranked = find_material(
        scene, items, {p.id: p for p in people.values()}, {p.id: p for p in places.values()}, ()
    )
    order = [c.item_id for c in ranked]
    assert order[0] == "item-photo-1955"
    assert "item-only-late" not in order  # a penalty alone is no match
    letter = next(c for c in ranked if c.item_id == "item-letter-1998")
    penalty = letter.reasons[-1]
    assert penalty.kind is MatchKind.PERIOD_OUTSIDE
    assert penalty.weight == -4.0
    assert penalty.years_away == pytest.approx(42.0, abs=0.1)
    assert penalty.text == "dated 1998, 42 years after the scene's period c. 1955"
    assert letter.score == 3 + 3 + 3 + 1 - 4  # people, place, one breadth bonus, penalty
    near = next(c for c in ranked if c.item_id == "item-photo-1960")
    assert near.reasons[-1].kind is MatchKind.PERIOD_OUTSIDE
    assert -4.0 < near.reasons[-1].weight < -2.0  # closer, a smaller penalty
    assert order.index("item-photo-1960") < order.index("item-letter-1998")
    assert order.index("item-undated") < order.index("item-letter-1998")


def test_sample_letter_of_1998_is_not_first_for_a_scene_around_1955(tmp_path) -> None:
    with Library.open(ensure_sample_copy(tmp_path / "sample")) as lib:
        scene = next(s for s in lib.scenes() if s.title == "Neighbours")
        ranked = FilmDesk(lib).candidates(scene.id)
        letter = next(c for c in ranked if "condolence" in lib.item(c.item_id).title)
        assert ranked[0].item_id != letter.item_id
        assert letter.score < 10.0
        assert "42 years after the scene's period c. 1955" in letter.summary
