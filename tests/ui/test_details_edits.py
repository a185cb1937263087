"""The details panel's commands, without Qt."""

from dataclasses import replace

from memoryapp.core.commands import Slot
from memoryapp.core.dates.phrases import parse_date
from memoryapp.core.ids import new_item_id
from memoryapp.core.items import Item, Source
from memoryapp.core.people import Person
from memoryapp.core.places import Place
from memoryapp.ui import details_edits as de
from memoryapp.ui.details_state import summarize


def _items(n: int) -> list[Item]:
    return [Item(id=new_item_id(), title=f"Photo {i}") for i in range(n)]


def test_setting_the_album_keeps_each_items_box():
    a, b = _items(2)
    a = replace(a, source=Source(album="Old", box="1"))
    b = replace(b, source=Source(album="Old", box="2"))
    command = de.set_source([a, b], "album", "Mariage 1955")
    after = de.after_items(command)
    assert after[a.id].source == Source(album="Mariage 1955", box="1")
    assert after[b.id].source == Source(album="Mariage 1955", box="2")


def test_adding_a_new_person_creates_and_tags_in_one_command():
    items = _items(3)
    command = de.add_person(items, "", "Yakout Elbaz")
    people = [s.record for s in command.after if isinstance(s.record, Person)]
    assert [p.name for p in people] == ["Yakout Elbaz"]
    assert all(i.person_ids() == (people[0].id,) for i in de.after_items(command).values())
    assert len(de.after_items(command)) == 3
    assert not any(isinstance(s, Slot) and s.record is None for s in command.after)


def test_adding_a_new_place_to_items_that_all_have_it_keeps_every_item():
    items = _items(2)
    command = de.add_place(items, "", "Tinghir")
    assert sum(isinstance(s.record, Place) for s in command.after) == 1
    assert len(de.after_items(command)) == 2


def test_summary_marks_differing_values_mixed_and_counts_tokens():
    a, b = _items(2)
    a = replace(a, tags=("Events|Wedding", "Portraits"), dates={})
    b = replace(b, tags=("Events|Wedding",))
    state = summarize([a, b], {}, {})
    assert state.texts["title"] is de.MIXED
    assert state.taken is None
    assert [(t.key, t.on, t.of) for t in state.tags] == [
        ("Events|Wedding", 2, 2),
        ("Portraits", 1, 2),
    ]


def test_setting_the_date_of_several_items_is_one_command():
    items = _items(4)
    command = de.set_taken(items, parse_date("vers 1955"))
    assert len(de.after_items(command)) == 4
    assert {i.taken.edtf for i in de.after_items(command).values()} == {"1955~"}
