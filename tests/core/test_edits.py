"""Every command type round-trips through apply, revert and apply again."""

from dataclasses import replace

import pytest
from tests.records import MemoryStore

from memoryapp.core.commands import Command
from memoryapp.core.dates import FuzzyDate
from memoryapp.core.edits import (
    edit_items,
    merge_people,
    save_person,
    save_place,
    set_person_region,
    tag_items,
)
from memoryapp.core.errors import InvalidRecordError
from memoryapp.core.ids import ItemId, PersonId, PlaceId
from memoryapp.core.items import DateRole, Item, PersonTag, Region
from memoryapp.core.names import Name
from memoryapp.core.people import Person, Relation, RelationKind
from memoryapp.core.places import Place

YAKUT = Person(id=PersonId("yakut"), names=(Name(value="Yakut Elbaz"),))
YAKOUT = Person(
    id=PersonId("yakout"),
    names=(Name(value="Yakout"), Name(value="יקוט")),
    relations=(Relation(kind=RelationKind.SPOUSE, person_id=PersonId("shimon")),),
)
SHIMON = Person(
    id=PersonId("shimon"),
    names=(Name(value="Shimon"),),
    relations=(Relation(kind=RelationKind.SPOUSE, person_id=PersonId("yakout")),),
)
TINGHIR = Place(id=PlaceId("tinghir"), names=(Name(value="Tinghir"),), kind="town")
MELLAH = Place(
    id=PlaceId("mellah"), names=(Name(value="Mellah"),), kind="mellah", parent_id=TINGHIR.id
)
ITEMS = [
    Item(id=ItemId(f"{i:032x}"), title=f"photo {i}", people=(PersonTag(person_id=YAKOUT.id),))
    for i in range(500)
]


def _round_trip(store: MemoryStore, command: Command) -> None:
    before = store.snapshot()
    command.apply(store)
    after = store.snapshot()
    assert after != before
    command.revert(store)
    assert store.snapshot() == before
    command.apply(store)
    assert store.snapshot() == after


def test_batch_tag_of_500_items_is_one_commit_and_undoes() -> None:
    store = MemoryStore([*ITEMS, YAKUT, TINGHIR])
    command = tag_items(
        ITEMS,
        add_people=[YAKUT.id],
        add_places=[TINGHIR.id],
        add_tags=["Events|Wedding"],
        dates={DateRole.TAKEN: FuzzyDate(edtf="1955~", input="vers 1955")},
    )
    _round_trip(store, command)
    assert store.commits == 3  # apply, revert, apply: one commit each for 500 items
    item = store.records[(Item, ITEMS[7].id)]
    assert [t.person_id for t in item.people] == [YAKOUT.id, YAKUT.id]
    assert item.tags == ("Events|Wedding",)


def test_removing_and_clearing_round_trip() -> None:
    tagged = [replace(i, tags=("A|B", "C"), places=(TINGHIR.id,)) for i in ITEMS[:3]]
    store = MemoryStore(tagged)
    command = tag_items(
        tagged,
        remove_people=[YAKOUT.id],
        remove_tags=["C"],
        remove_places=[TINGHIR.id],
        dates={DateRole.TAKEN: None},
    )
    command.apply(store)
    assert store.records[(Item, tagged[0].id)].tags == ("A|B",)
    assert store.records[(Item, tagged[0].id)].people == ()
    command.revert(store)
    assert store.records[(Item, tagged[0].id)] == tagged[0]


def test_edit_items_round_trips_and_keeps_other_source_fields() -> None:
    items = [replace(i, source=replace(i.source, box="2")) for i in ITEMS[:2]]
    store = MemoryStore(items)
    command = edit_items(items, title="Mariage", source={"holder": "Esther"}, private=True)
    _round_trip(store, command)
    edited = store.records[(Item, items[0].id)]
    assert (edited.title, edited.source.holder, edited.source.box, edited.private) == (
        "Mariage",
        "Esther",
        "2",
        True,
    )


def test_face_region_round_trips() -> None:
    store = MemoryStore([ITEMS[0]])
    face = Region(x=0.1, y=0.2, w=0.1, h=0.15)
    _round_trip(store, set_person_region(ITEMS[0], YAKUT.id, face))
    assert store.records[(Item, ITEMS[0].id)].people[-1].region == face


def test_save_person_and_place_round_trip() -> None:
    store = MemoryStore([TINGHIR])
    _round_trip(store, save_person(None, YAKUT))
    _round_trip(store, save_place(None, MELLAH, {TINGHIR.id: TINGHIR}))


def test_place_cycle_is_refused() -> None:
    looped = replace(TINGHIR, parent_id=MELLAH.id)
    with pytest.raises(InvalidRecordError, match="cycle"):
        save_place(TINGHIR, looped, {TINGHIR.id: TINGHIR, MELLAH.id: MELLAH})


def test_merge_moves_every_link_keeps_names_and_undoes() -> None:
    store = MemoryStore([*ITEMS[:3], YAKUT, YAKOUT, SHIMON])
    command = merge_people(YAKUT, YAKOUT, ITEMS[:3], [YAKUT, YAKOUT, SHIMON])
    before = store.snapshot()
    command.apply(store)
    assert (Person, YAKOUT.id) not in store.records
    merged = store.records[(Person, YAKUT.id)]
    assert [n.value for n in merged.names] == ["Yakut Elbaz", "Yakout", "יקוט"]
    assert merged.relations == (Relation(kind=RelationKind.SPOUSE, person_id=SHIMON.id),)
    assert store.records[(Person, SHIMON.id)].relations[0].person_id == YAKUT.id
    assert all(
        [t.person_id for t in store.records[(Item, i.id)].people] == [YAKUT.id] for i in ITEMS[:3]
    )
    command.revert(store)
    assert store.snapshot() == before


def test_command_reports_its_changes() -> None:
    command = tag_items(ITEMS[:2], add_tags=["x"])
    assert command.changes.items == {ITEMS[0].id, ITEMS[1].id}
    assert not command.changes.people


def test_a_person_shown_twice_keeps_a_tag_per_face() -> None:
    left, right = Region(x=0.1, y=0.2, w=0.1, h=0.1), Region(x=0.6, y=0.2, w=0.1, h=0.1)
    item = Item(id=ItemId("f" * 32), people=(PersonTag(person_id=YAKUT.id),))
    store = MemoryStore([item])
    _round_trip(store, set_person_region(item, YAKUT.id, left))  # fills the faceless tag
    once = store.records[(Item, item.id)]
    assert [t.region for t in once.people] == [left]
    _round_trip(store, set_person_region(once, YAKUT.id, right))  # a second face: a new tag
    twice = store.records[(Item, item.id)]
    assert [(t.person_id, t.region) for t in twice.people] == [(YAKUT.id, left), (YAKUT.id, right)]
    assert twice.person_ids() == (YAKUT.id,)
    moved = Region(x=0.7, y=0.3, w=0.1, h=0.1)
    _round_trip(store, set_person_region(twice, YAKUT.id, moved, replacing=right))
    assert [t.region for t in store.records[(Item, item.id)].people] == [left, moved]
    cleared = set_person_region(store.records[(Item, item.id)], YAKUT.id, None, replacing=left)
    _round_trip(store, cleared)  # the other face still tags her: no faceless tag is left
    assert [t.region for t in store.records[(Item, item.id)].people] == [moved]
    last = set_person_region(store.records[(Item, item.id)], YAKUT.id, None, replacing=moved)
    _round_trip(store, last)  # her last face: she stays tagged, without a rectangle
    assert [(t.person_id, t.region) for t in store.records[(Item, item.id)].people] == [
        (YAKUT.id, None)
    ]


def test_merging_people_keeps_both_faces() -> None:
    left, right = Region(x=0.1, y=0.2, w=0.1, h=0.1), Region(x=0.6, y=0.2, w=0.1, h=0.1)
    item = Item(
        id=ItemId("e" * 32),
        people=(
            PersonTag(person_id=YAKUT.id),
            PersonTag(person_id=YAKOUT.id, region=left),
            PersonTag(person_id=YAKOUT.id, region=right),
        ),
    )
    store = MemoryStore([item, YAKUT, YAKOUT, SHIMON])
    _round_trip(store, merge_people(YAKUT, YAKOUT, [item], [YAKUT, YAKOUT, SHIMON]))
    merged = store.records[(Item, item.id)]
    assert [(t.person_id, t.region) for t in merged.people] == [
        (YAKUT.id, left),
        (YAKUT.id, right),
    ]
