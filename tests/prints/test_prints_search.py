"""has:back, in:"Album 1" (with what is inside), held-by:NAME and inscriptions in full text."""

import pytest
from tests.prints.conftest import PrintCollection
from tests.records import put

from memoryapp.core.ids import ContainerId, ItemId
from memoryapp.core.items import Item
from memoryapp.core.print_edits import move_items, save_container
from memoryapp.core.prints import Container, Location
from memoryapp.library import Library
from memoryapp.library.finder import Finder
from memoryapp.search.query import QueryError


@pytest.fixture
def found(print_collection: PrintCollection):
    with Library.open(print_collection.path) as lib:
        put(lib, Item(id=ItemId("0" * 32), title="Another photo"))
        finder = Finder(lib)

        def ids(query: str) -> list[str]:
            return list(finder.search(query).ids)

        yield lib, finder, ids


def test_has_back_and_inscription_words(found, print_collection: PrintCollection) -> None:
    _, _, ids = found
    the_print = [print_collection.item_id]
    assert ids("has:back") == the_print
    assert ids("-has:back") == ["0" * 32]
    assert ids("chimon") == the_print  # from the pencil inscription on the back
    assert ids('"vers 1955"') == the_print
    assert ids("enfants") == the_print


def test_in_a_container_and_inside_it(found, print_collection: PrintCollection) -> None:
    lib, finder, ids = found
    the_print = [print_collection.item_id]
    assert ids('in:"Album 1"') == the_print
    assert ids('in:"Box 1"') == the_print
    assert ids('in:"album 1/page 3"') == the_print
    assert ids("in:c-page") == the_print
    assert ids('in:"Page 4"') == []
    assert ids("in:trash") == []
    containers = {c.id: c for c in lib.containers()}
    other = Container(id=ContainerId("c-box2"), name="Box 2")
    lib.apply(save_container(None, other, containers))
    lib.apply(move_items([lib.item(print_collection.item_id)], Location(container_id=other.id)))
    finder.refresh()
    assert ids('in:"Box 2"') == the_print
    assert ids('in:"Album 1"') == []


def test_held_by_current_holder_and_chain(found, print_collection: PrintCollection) -> None:
    _, _, ids = found
    the_print = [print_collection.item_id]
    assert ids("held-by:Simha") == the_print
    assert ids('held-by:"Cousin David"') == the_print
    assert ids("held-by:david") == the_print
    assert ids('held-by:"Yakout Ohana"') == the_print
    assert ids("held-by:Esther") == the_print
    assert ids("held-by:Nobody") == []


def test_held_by_needs_a_name() -> None:
    from memoryapp.search.query import parse_query

    with pytest.raises(QueryError, match="held-by: needs a value"):
        parse_query("held-by:")
