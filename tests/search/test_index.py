import random
from array import array
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tinghir_collection import MELLAH, MIRIAM, OUARZAZATE, TINGHIR, YAKUT, tinghir_records

from memoryapp.core.dates import FuzzyDate
from memoryapp.core.films import Film, Scene, SceneLink
from memoryapp.core.ids import ItemId
from memoryapp.core.items import DateRole, Item, PersonTag
from memoryapp.core.people import Person
from memoryapp.core.places import Place
from memoryapp.core.text import tokens
from memoryapp.search import postings
from memoryapp.search.bitsets import bits_of, slots_of
from memoryapp.search.dating import date_keys, decade_weights
from memoryapp.search.engine import run_query
from memoryapp.search.facets import count_facets
from memoryapp.search.index import SearchIndex
from memoryapp.search.packed import KeyTable, Packed
from memoryapp.search.vocabulary import Vocabulary, text_words, word_pairs

QUERIES = [
    "",
    "tinghir",
    "wedding",
    "henna",
    "place:Morocco",
    "person:Yakut",
    "date:1950..1959",
    "is:undated",
    "tag:Events",
    "film:return",
    "-has:people",
    '"market day"',
]


def _records():
    records = tinghir_records()
    return (
        [r for r in records if isinstance(r, Item)],
        [r for r in records if isinstance(r, Person)],
        [r for r in records if isinstance(r, Place)],
        [r for r in records if isinstance(r, Film)],
        [r for r in records if isinstance(r, Scene)],
        [r for r in records if isinstance(r, SceneLink)],
    )


def _answers(index):
    return {q: (run_query(index, q).ids, run_query(index, q).runs) for q in QUERIES}


def test_bitsets_round_trip():
    slots = [0, 3, 7, 8, 64, 1000]
    bits = bits_of(slots)
    assert slots_of(bits) == slots
    assert bits_of(slots[:2]) == 0b1001
    assert slots_of(0) == []
    big = list(range(0, 20000, 3))
    assert slots_of(bits_of(big)) == big


def test_packed_values_replace_and_compact():
    packed = Packed()
    packed.set(0, b"wedding henna")
    packed.set(1, b"")
    packed.set(2, "חתונה".encode())
    packed.set(0, b"market")
    assert packed.get(0) == b"market"
    assert packed.holds(2, "חתונה".encode())
    assert not packed.holds(0, b"henna")  # the old value is dead, not searched
    assert packed.holds(0, b"ket")
    assert not packed.holds(0, b"ket", word_start=True)
    assert packed.holds(0, b"mark", word_start=True)
    packed.compact()
    assert [packed.get(i) for i in range(3)] == [b"market", b"", "חתונה".encode()]
    table = KeyTable()
    keys = (("kind", "photo"), ("tag", "events"))
    assert table.decode(table.encode(keys)) == keys
    assert len(table.encode(keys)) == 8


def test_postings_single_few_and_dense():
    one = postings.make([5], dense=4)
    assert one == ~5
    assert postings.to_bits(one) == 1 << 5
    few = postings.add(one, 9)
    assert list(postings.members(few)) == [5, 9]
    assert postings.add(few, 9) is few
    dense = postings.make([1, 2, 3, 4], dense=4)
    assert dense == 0b11110
    assert postings.remove(postings.remove(dense, 1), 9) == 0b11100
    assert postings.remove(few, 9) == ~5
    assert postings.remove(~5, 5) is None
    assert postings.remove(~5, 6) == ~5
    assert postings.union_bits([~1, array("i", [2, 3]), 0b10000, None]) == 0b11110


def test_postings_made_all_at_once_are_those_made_one_by_one():
    per_slot = [["market", "שוק"], [], ["market"], ["שוק", "tea", "market"], ["market"], ["tea"]]
    flat = [key for keys in per_slot for key in keys]
    found, first = postings.make_all(flat, [len(keys) for keys in per_slot], dense=4)
    assert list(found) == ["market", "שוק", "tea"]  # in the order keys first occur
    for key, posting in found.items():
        slots = [slot for slot, keys in enumerate(per_slot) if key in keys]
        assert type(posting) is type(postings.make(slots, dense=4))
        assert list(postings.members(posting)) == slots
    assert found["market"] == 0b11101  # four items: bits
    assert [flat[i] for i in first] == list(found)
    assert postings.make_all([], [0, 0], dense=4) == ({}, [])


def test_word_pairs_keep_surface_and_fold():
    assert word_pairs("Éliane, d'Ouarzazate") == [
        ("éliane", "eliane"),
        ("d", "d"),
        ("ouarzazate", "ouarzazate"),
    ]
    assert word_pairs("שָׁלוֹם") == [("שָׁלוֹם", "שלומ")]  # points dropped, final mem folded
    assert word_pairs("טינג'יר") == [("טינגיר", "טינגיר")]
    pairs, lines = text_words(["Mariage à Tinghir", "IMG_0042.JPG", "line\nbreak", "—", ""])
    assert pairs["à"] == "a"
    assert lines == "mariage a tinghir\nimg 0042 jpg\nline break\n\n"
    # a NUL (no word) inside a text: the texts are folded one by one, to the same lines
    assert text_words(["a \0 b\0", "\0", "c"]) == ({"a": "a", "b": "b", "c": "c"}, "a b\n\nc")
    assert text_words([]) == ({}, "")


def test_vocabulary_levels():
    vocabulary = Vocabulary()
    vocabulary.add_many(word_pairs("wedding éliane tinerhir yakut weddings"))
    levels = vocabulary.match("wedding", "wedding")
    assert levels[0] == ["wedding"]
    assert levels[1] == ["weddings"]
    assert vocabulary.match("eliane", "eliane")[2] == ["éliane"]
    assert vocabulary.match("tinghir", "tinghir")[3] == ["tinerhir"]
    assert vocabulary.match("yakout", "yakout")[4] == ["yakut"]
    assert vocabulary.match("weddimg", "weddimg")[5] == [
        "wedding",
        "weddings",
    ]  # 7 letters: 2 edits
    vocabulary.discard("wedding")
    assert "wedding" not in vocabulary
    assert vocabulary.match("wedding", "wedding")[0] == []


def test_vocabulary_no_fuzzy_for_short_words_or_numbers():
    vocabulary = Vocabulary()
    vocabulary.add_many(word_pairs("tea 1955"))
    assert vocabulary.match("tee", "tee")[5] == []
    assert vocabulary.match("1956", "1956")[5] == []


def test_date_keys_and_decades():
    keys = date_keys(FuzzyDate(edtf="195X"))
    assert keys is not None
    assert (keys.low, keys.high, keys.window_low, keys.window_high) == (
        19500101,
        19591231,
        19480101,
        19611231,
    )
    assert date_keys(FuzzyDate(edtf=None, input="the summer grandpa left")) is None
    assert date_keys(None) is None
    open_start = date_keys(FuzzyDate(edtf="[..1959]"))
    assert open_start is not None
    assert open_start.low == open_start.window_low == 19291231
    assert decade_weights(19500101, 19591231) == ((1950, 1.0),)
    assert decade_weights(19480101, 19561231) == ((1940, 0.222), (1950, 0.778))


def test_date_keys_for_years_outside_datetime():
    keys = date_keys(FuzzyDate(edtf="Y-12000"))
    assert keys is not None
    assert decade_weights(keys.low, keys.high) == ((-12000, 1.0),)


@pytest.fixture(params=["small", "large", "snapshots"])
def result_path(request, monkeypatch):
    """Small results (sorted, counted item by item), large ones (numpy columns with the
    changed items merged in), or large ones with the columns rebuilt after two changes."""
    import memoryapp.search.facets as facets_module
    import memoryapp.search.index as index_module

    if request.param != "small":
        monkeypatch.setattr(index_module, "_SORT_SMALL", -1)
        monkeypatch.setattr(facets_module, "_PER_ITEM", -1)
    if request.param == "snapshots":
        monkeypatch.setattr(index_module.SearchIndex, "_dirty_limit", lambda self: 2)
    return request.param


@pytest.mark.parametrize("seed", range(5))
def test_incremental_updates_match_a_fresh_build(seed, result_path):
    rng = random.Random(seed)
    items, people, places, films, scenes, links = _records()
    index = SearchIndex()
    index.build(items, people, places, films, scenes, links)
    current = {item.id: item for item in items}
    edits = [
        lambda i: replace(i, title=i.title + " henna"),
        lambda i: replace(i, dates={DateRole.TAKEN: FuzzyDate(edtf="1957")}),
        lambda i: replace(i, dates={}),
        lambda i: replace(i, places=(rng.choice([TINGHIR, MELLAH, OUARZAZATE]),)),
        lambda i: replace(i, people=(PersonTag(person_id=rng.choice([YAKUT, MIRIAM])),)),
        lambda i: replace(i, tags=("Events|Henna",), private=not i.private),
    ]
    for step in range(12):
        choice = rng.random()
        if choice < 0.2 and len(current) > 2:
            gone = rng.choice(sorted(current))
            del current[gone]
            index.update_items([], [gone])
        elif choice < 0.4:
            new = Item(id=ItemId(f"new-{seed}-{step}"), title="Market henna", dates={})
            current[new.id] = new
            index.update_items([new])
        else:
            item = current[rng.choice(sorted(current))]
            current[item.id] = rng.choice(edits)(item)
            index.update_items([current[item.id]])
        if step == 5:  # a search in the middle takes the numpy snapshot, edits follow it
            run_query(index, "")
            count_facets(index, index.alive)
    fresh = SearchIndex()
    fresh.build(sorted(current.values(), key=lambda i: i.id), people, places, films, scenes, links)
    assert _answers(index) == _answers(fresh)
    assert count_facets(index, index.alive) == count_facets(fresh, fresh.alive)
    for query in QUERIES:
        bits = run_query(index, query).bits
        assert count_facets(index, bits) == count_facets(
            fresh, fresh.bits_of_ids(run_query(index, query).ids)
        )


def test_date_filter_checks_very_wide_windows_item_by_item():
    wide = Item(id=ItemId("wide"), dates={DateRole.TAKEN: FuzzyDate(edtf="[1800..1990]")})
    year = Item(id=ItemId("year"), dates={DateRole.TAKEN: FuzzyDate(edtf="1955")})
    index = SearchIndex()
    index.build([wide, year])
    assert run_query(index, "date:1900").ids == ("wide",)
    assert run_query(index, "date:1955-06").ids == ("wide", "year")
    assert run_query(index, "date:2000..").ids == ()
    index.update_items([replace(wide, dates={DateRole.TAKEN: FuzzyDate(edtf="2001")})])
    assert run_query(index, "date:2000..").ids == ("wide",)
    assert run_query(index, "date:1900").ids == ()


def test_multi_word_ranks_add_up():
    items = [
        Item(id=ItemId("a"), title="wedding henna"),
        Item(id=ItemId("b"), title="wedding hennas"),
        Item(id=ItemId("c"), title="weddings hennas"),
    ]
    index = SearchIndex()
    index.build(items)
    result = run_query(index, "wedding henna")
    assert result.ids == ("a", "b", "c")
    assert result.runs == ((0, 1), (1, 1), (2, 1))
    assert run_query(index, "wedding OR weddings").runs == ((0, 3),)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(max_size=40) | st.sampled_from(["\0", " \0 ", "a\0b", "— ."]), max_size=4))
def test_text_words_fold_exactly_as_core_text_tokens(texts):
    """The indexing shortcuts (ASCII by lower-casing, word by word) agree with core.text."""
    pairs, lines = text_words(texts)
    found = lines.split("\n") if texts else []
    assert [line.split() for line in found] == [tokens(text) for text in texts]
    assert all(line == " ".join(line.split()) for line in found)
    assert set(pairs.values()) == {word for text in texts for word in tokens(text)}


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123456789 -_'.,|:", max_size=60))
def test_ascii_words_fold_as_search_key(text):
    assert [folded for _, folded in word_pairs(text)] == tokens(text)


def test_build_forgets_the_words_and_tags_of_the_previous_build() -> None:
    from memoryapp.core.ids import ItemId
    from memoryapp.core.items import Item
    from memoryapp.search.index import SearchIndex

    index = SearchIndex()
    index.build([Item(id=ItemId("a"), title="Tafilalet", tags=("Events|Moussem",))])
    index.build([Item(id=ItemId("b"), title="Errachidia")])
    assert "tafilalet" not in index.words
    assert "errachidia" in index.words
    assert index.tag_labels == {}
