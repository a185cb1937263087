"""Facets counted by the index, in each of its ways, equal a plain count over the records."""

import random
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from tests.conftest import SAMPLE
from varied_collection import Records, plain_facets, varied_records

from memoryapp.core.dates import FuzzyDate
from memoryapp.core.films import LinkRole
from memoryapp.core.ids import ItemId, PersonId, PlaceId
from memoryapp.core.items import DateRole, Item, PersonTag
from memoryapp.library import Library
from memoryapp.library.finder import Finder
from memoryapp.search import facets as facets_module
from memoryapp.search import index as index_module
from memoryapp.search import tables
from memoryapp.search.dating import date_keys
from memoryapp.search.engine import run_query
from memoryapp.search.entries import FLAG, TRASHED
from memoryapp.search.facets import FacetCount, count_facets
from memoryapp.search.index import SearchIndex

QUERIES = [
    "",
    "wedding",
    "place:Tinghir",
    "place:ישראל",
    "person:Miriam",
    "person:אלבז",
    "date:1950..1959",
    "is:undated",
    "is:private",
    "is:trashed",
    "tag:Events",
    "-has:people",
    "type:letter OR place:Paris",
]

# Each way of counting, forced on a collection this small by the thresholds that choose it.
WAYS = {
    "as chosen": {},
    "item by item": {"_PER_ITEM": 10**9},
    "rows slot by slot": {"_PER_ITEM": -1, "_FEW": 1, "_VERY_FEW": 1},
    "bits and rows slot by slot": {"_PER_ITEM": -1, "_FEW": 1, "_VERY_FEW": 10**9, "_DENSE": 10},
    "bits and masked rows": {"_PER_ITEM": -1, "_FEW": 10**9, "_VERY_FEW": 10**9, "_DENSE": 10},
    "every row masked": {"_PER_ITEM": -1, "_FEW": 10**9, "_VERY_FEW": 10**9, "_DENSE": 0},
}


@pytest.fixture(params=list(WAYS))
def way(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    for name, value in WAYS[request.param].items():
        module = facets_module if name == "_PER_ITEM" else tables
        monkeypatch.setattr(module, name, value)
    return str(request.param)


def _results(index: SearchIndex, records: Records, seed: int) -> list[tuple[str, list[str]]]:
    """Query results, and random sets of items of every size (trashed ones among them)."""
    rng = random.Random(seed)
    ids = [item.id for item in records.items if item.id in set(index.item_ids())]
    results = [(query, list(run_query(index, query).ids)) for query in QUERIES]
    for size in (0, 1, 2, 5, len(ids) // 10, len(ids) // 2, len(ids) - 3, len(ids)):
        results.append((f"{size} random", rng.sample(ids, size)))
    return results


def _check(index: SearchIndex, records: Records, seed: int = 1) -> None:
    for name, chosen in _results(index, records, seed):
        expected = plain_facets(records, chosen, lambda key: index.tag_labels.get(key, key))
        assert count_facets(index, index.bits_of_ids(chosen)) == expected, name


def test_facets_equal_a_plain_count(way: str) -> None:
    records = varied_records()
    index = records.index()
    _check(index, records)
    _check(index, records, seed=2)  # again: what the first counts kept gives the same


def test_facets_of_a_result_equal_those_of_its_ids(way: str) -> None:
    records = varied_records()
    index = records.index()
    for query in QUERIES:
        result = run_query(index, query)
        assert count_facets(index, result.bits) == count_facets(
            index, index.bits_of_ids(result.ids)
        ), query


def test_facets_equal_a_plain_count_after_edits(way: str) -> None:
    """Items edited after the columns were taken are counted item by item, and correctly."""
    records = varied_records()
    index = records.index()
    _check(index, records)  # the columns are taken now
    rng = random.Random(5)
    items = {item.id: item for item in records.items}
    edits = [
        lambda i: replace(i, tags=(*i.tags, "Brand|New level")),  # a value the columns lack
        lambda i: replace(i, people=(PersonTag(person_id=PersonId("p-new")),)),
        lambda i: replace(i, places=(PlaceId("asfalou"), PlaceId("ma"))),
        lambda i: replace(i, places=()),
        lambda i: replace(i, dates={}),
        lambda i: replace(i, trashed_at="" if i.trashed_at else "2026-03-01T00:00:00Z"),
    ]
    for step in range(30):
        if step % 7 == 0:
            gone = rng.choice(sorted(items))
            del items[gone]
            index.update_items([], [gone])
        elif step % 7 == 1:
            new = Item(id=ItemId(f"new-{step}"), title="Henna", tags=("Events|Henna",))
            items[new.id] = new
            index.update_items([new])
        else:
            item = items[rng.choice(sorted(items))]
            items[item.id] = rng.choice(edits)(item)
            index.update_items([items[item.id]])
        if step % 10 == 9:
            _check(index, replace(records, items=list(items.values())), seed=step)


def test_facets_equal_a_plain_count_once_the_columns_are_taken_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    records = varied_records()
    index = records.index()
    _check(index, records)
    monkeypatch.setattr(SearchIndex, "_dirty_limit", lambda self: 3)
    items = {item.id: item for item in records.items}
    for item in list(items.values())[:10]:
        items[item.id] = replace(item, tags=("School",), people=())
        index.update_items([items[item.id]])
    _check(index, replace(records, items=list(items.values())))


def test_facets_follow_renamed_people_and_places() -> None:
    records = varied_records()
    index = records.index()
    everything = index.alive & ~index.key_bits(FLAG, TRASHED)
    before = count_facets(index, everything)
    assert count_facets(index, everything) is before  # the whole collection's are kept
    people = [replace(p, names=p.names[::-1]) for p in records.people]
    places = [replace(p, names=p.names[::-1]) for p in records.places]
    index.set_people(people)
    index.set_places(places)
    renamed = replace(records, people=people, places=places)
    _check(index, renamed)
    after = count_facets(index, everything)
    assert after != before
    assert {f.label for f in after.people} == {
        p.names[0].value for p in people if p.id in {f.key for f in before.people}
    }


def test_facets_follow_film_links() -> None:
    records = varied_records()
    index = records.index()
    _check(index, records)
    links = [replace(link, role=LinkRole.ON_SCREEN) for link in records.links]
    index.set_films(records.films, records.scenes, links)
    _check(index, replace(records, links=links))


def test_facets_of_the_sample_collection_equal_a_plain_count(tmp_path: Path) -> None:
    shutil.copytree(SAMPLE, tmp_path / "sample")
    with Library.open(tmp_path / "sample") as library:
        finder = Finder(library, use_snapshot=False)
        records = Records(
            items=library.items(),
            people=library.people(),
            places=library.places(),
            films=library.films(),
            scenes=library.scenes(),
            links=library.links(),
        )
        index = finder._index  # the tag labels as first written
        for query in ["", "place:Tinghir", "is:undated", "-has:people", "type:letter"]:
            result = finder.search(query)
            expected = plain_facets(records, result.ids, lambda key: index.tag_labels.get(key, key))
            assert finder.facets(result) == expected, query
            assert finder.facets(list(result.ids)) == expected, query


@pytest.mark.parametrize("small", [10**9, -1])  # sorted in Python / with the date order
def test_ordered_ids_equal_a_plain_sort(
    way: str, small: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(index_module, "_SORT_SMALL", small)
    records = varied_records()
    index = records.index()
    items = {item.id: item for item in records.items}
    rng = random.Random(3)

    def check() -> None:
        ids = sorted(items)
        for size in (0, 1, 5, 50, len(ids) // 2, len(ids)):
            chosen = rng.sample(ids, size)
            assert index.ids_in_order(index.bits_of_ids(chosen)) == sorted(chosen, key=_date_key)

    def _date_key(item_id: str) -> tuple[int, int, str]:
        keys = date_keys(items[item_id].dates.get(DateRole.TAKEN))
        return (1, 0, item_id) if keys is None else (0, keys.low, item_id)

    check()
    for n, item_id in enumerate(sorted(items)[:40]):  # edited after the order was taken
        items[item_id] = replace(
            items[item_id], dates={} if n % 2 else {DateRole.TAKEN: FuzzyDate(edtf=f"19{n + 10}")}
        )
        index.update_items([items[item_id]])
    check()


def test_counts_made_in_haste_are_ordinary_facet_counts() -> None:
    records = varied_records()
    index = records.index()
    facets = count_facets(index, index.alive)
    for made in (*facets.people, *facets.places, *facets.tags):
        plain = FacetCount(key=made.key, label=made.label, count=made.count, depth=made.depth)
        assert made == plain
        assert hash(made) == hash(plain)
        assert repr(made) == repr(plain)
        with pytest.raises(AttributeError):
            made.count = 0  # type: ignore[misc]  # frozen
