"""Deletion commands: the trash, emptying it, people and places with and without reassignment."""

from dataclasses import replace

import pytest
from tests.records import MemoryStore

from memoryapp.core.commands import Command
from memoryapp.core.deletions import (
    InUseError,
    delete_person,
    delete_place,
    empty_trash,
    restore_items,
    trash_items,
    trashed_before,
    unused_media,
)
from memoryapp.core.errors import InvalidRecordError
from memoryapp.core.films import Scene, SceneLink
from memoryapp.core.ids import FilmId, ItemId, LinkId, PersonId, PlaceId, SceneId
from memoryapp.core.items import Item, MediaFile, PersonTag, Region
from memoryapp.core.names import Name
from memoryapp.core.people import Person, Relation, RelationKind
from memoryapp.core.places import Place


def _undoes(store: MemoryStore, command: Command) -> None:
    """Applying is one commit; reverting gives back exactly the records before."""
    before = dict(store.records)
    commits = store.commits
    command.apply(store)
    assert store.commits == commits + 1
    command.revert(store)
    assert store.records == before
    command.apply(store)


def _media(sha: str, *, linked: bool = False) -> MediaFile:
    path = f"/photos/{sha}.jpg" if linked else f"media/{sha[:2]}/{sha}.jpg"
    return MediaFile(sha256=sha, path=path, format="jpeg", size=10, linked=linked)


YAKOUT = Person(id=PersonId("yakout"), names=(Name(value="Yakout"), Name(value="יקוט")))
SHIMON = Person(
    id=PersonId("shimon"),
    names=(Name(value="Shimon"),),
    relations=(Relation(kind=RelationKind.SPOUSE, person_id=YAKOUT.id),),
)
YAKUT = Person(id=PersonId("yakut"), names=(Name(value="Yakut Elbaz"),))
MOROCCO = Place(id=PlaceId("ma"), names=(Name(value="Maroc"),), kind="country")
TINGHIR = Place(id=PlaceId("tinghir"), names=(Name(value="Tinghir"),), parent_id=MOROCCO.id)
MELLAH = Place(id=PlaceId("mellah"), names=(Name(value="Mellah"),), parent_id=TINGHIR.id)
AFANOUR = Place(id=PlaceId("afanour"), names=(Name(value="Afanour"),), parent_id=TINGHIR.id)
FACE = Region(x=0.1, y=0.1, w=0.2, h=0.2)


def _items() -> list[Item]:
    return [
        Item(id=ItemId("a"), files=(_media("aa"),), people=(PersonTag(person_id=YAKOUT.id),)),
        Item(
            id=ItemId("b"),
            files=(_media("bb"),),
            people=(
                PersonTag(person_id=YAKUT.id),
                PersonTag(person_id=YAKOUT.id, region=FACE),
            ),
            places=(TINGHIR.id, MELLAH.id),
            possible_copies=(ItemId("c"),),
        ),
        Item(id=ItemId("c"), files=(_media("bb"), _media("cc"), _media("dd", linked=True))),
    ]


def test_trash_and_restore_are_single_undoable_commands() -> None:
    items = _items()
    store = MemoryStore(list(items))
    command = trash_items(items[:2], "2026-01-02T03:04:05Z")
    assert command.label == "Move to trash (2 items)"
    _undoes(store, command)
    trashed = store.get(Item, "a")
    assert isinstance(trashed, Item)
    assert trashed.trashed_at == "2026-01-02T03:04:05Z"
    # trashing again leaves the first date alone
    assert trash_items([trashed], "2027-01-01T00:00:00Z").is_empty
    restore = restore_items([r for r in store.records.values() if isinstance(r, Item)])
    assert restore.label == "Restore from trash (2 items)"
    _undoes(store, restore)
    assert [store.get(Item, i.id) for i in items] == items


def test_empty_trash_deletes_records_links_and_copy_references() -> None:
    items = [replace(i, trashed_at="2026-01-01T00:00:00Z") if i.id == "c" else i for i in _items()]
    link = SceneLink(id=LinkId("k"), item_id=ItemId("c"), scene_id=SceneId("s"))
    other = SceneLink(id=LinkId("k2"), item_id=ItemId("a"), scene_id=SceneId("s"))
    store = MemoryStore([*items, link, other])
    command = empty_trash([items[2]], items, [link, other])
    _undoes(store, command)
    assert store.get(Item, "c") is None
    assert store.get(SceneLink, "k") is None
    assert store.get(SceneLink, "k2") == other
    b = store.get(Item, "b")
    assert isinstance(b, Item)
    assert b.possible_copies == ()
    # an item not in the trash is never deleted by emptying it
    assert empty_trash([items[0]], items, []).is_empty


def test_unused_media_keeps_shared_and_linked_files() -> None:
    items = _items()
    gone = unused_media([items[2]], items[:2])
    assert [m.sha256 for m in gone] == ["cc"]  # bb is still used by b; dd is linked


def test_trashed_before_a_cutoff() -> None:
    items = [
        replace(_items()[0], trashed_at="2026-01-01T00:00:00Z"),
        replace(_items()[1], trashed_at="2026-03-01T00:00:00Z"),
        _items()[2],
    ]
    assert [i.id for i in trashed_before(items, "")] == ["a", "b"]
    assert [i.id for i in trashed_before(items, "2026-02-01T00:00:00Z")] == ["a"]


def _scene(**fields: object) -> Scene:
    return Scene(id=SceneId("s1"), film_id=FilmId("f"), number="1", **fields)  # type: ignore[arg-type]


def test_person_in_use_is_refused_even_on_a_trashed_item() -> None:
    items = [replace(i, trashed_at="2026-01-01T00:00:00Z") for i in _items()]
    with pytest.raises(InUseError) as caught:
        delete_person(YAKOUT, items, [YAKOUT, SHIMON], [_scene(people=(YAKOUT.id,))], [])
    message = str(caught.value)
    assert message == (
        "cannot delete Yakout (yakout): still used on 2 items (2 in the trash), "
        "in the relations of 1 person, in 1 scene"
    )
    assert "\n" not in message
    unused = Person(id=PersonId("nobody"), names=(Name(value="Nobody"),))
    command = delete_person(unused, items, [unused], [], [])
    assert [(s.id, s.record) for s in command.after] == [("nobody", None)]


def test_person_reassigned_moves_every_reference_in_one_command() -> None:
    items = _items()
    scene = _scene(people=(YAKOUT.id, YAKUT.id))
    link = SceneLink(id=LinkId("k"), item_id=ItemId("b"), scene_id=scene.id, crop_person=YAKOUT.id)
    store = MemoryStore([*items, YAKOUT, SHIMON, YAKUT, scene, link])
    command = delete_person(
        YAKOUT, items, [YAKOUT, SHIMON, YAKUT], [scene], [link], reassign_to=YAKUT
    )
    assert command.label == "Delete person Yakout (reassigned to Yakut Elbaz)"
    _undoes(store, command)
    assert store.get(Person, "yakout") is None
    a, b = store.get(Item, "a"), store.get(Item, "b")
    assert isinstance(a, Item)
    assert isinstance(b, Item)
    assert a.person_ids() == (YAKUT.id,)
    assert b.person_ids() == (YAKUT.id,)
    assert b.people[0].region == FACE  # the tag with a face rectangle is the one kept
    shimon = store.get(Person, "shimon")
    assert isinstance(shimon, Person)
    assert shimon.relations[0].person_id == YAKUT.id
    moved_scene = store.get(Scene, "s1")
    assert isinstance(moved_scene, Scene)
    assert moved_scene.people == (YAKUT.id,)
    moved_link = store.get(SceneLink, "k")
    assert isinstance(moved_link, SceneLink)
    assert moved_link.crop_person == YAKUT.id
    with pytest.raises(InvalidRecordError):
        delete_person(YAKOUT, items, [YAKOUT], [], [], reassign_to=YAKOUT)


def test_place_children_move_to_its_parent() -> None:
    places = [MOROCCO, TINGHIR, MELLAH, AFANOUR]
    born = Person(id=PersonId("p"), names=(Name(value="Moha"),), birth_place=TINGHIR.id)
    items = _items()
    with pytest.raises(InUseError, match="on 1 item, as birth or death place of 1 person"):
        delete_place(TINGHIR, items, [born], places, [])
    scene = _scene(places=(TINGHIR.id,))
    store = MemoryStore([*items, *places, born, scene])
    command = delete_place(TINGHIR, items, [born], places, [scene], reassign_to=AFANOUR)
    _undoes(store, command)
    assert store.get(Place, "tinghir") is None
    for child in ("mellah", "afanour"):
        place = store.get(Place, child)
        assert isinstance(place, Place)
        assert place.parent_id == MOROCCO.id
    b = store.get(Item, "b")
    assert isinstance(b, Item)
    assert b.places == (AFANOUR.id, MELLAH.id)
    moha = store.get(Person, "p")
    assert isinstance(moha, Person)
    assert moha.birth_place == AFANOUR.id
    # a place nothing names goes at once; its children go up
    command = delete_place(MELLAH, [], [], places, [])
    assert [s.id for s in command.after] == ["mellah"]
    command = delete_place(MOROCCO, [], [], places, [])
    tinghir = next(s.record for s in command.after if s.id == "tinghir")
    assert isinstance(tinghir, Place)
    assert tinghir.parent_id is None
