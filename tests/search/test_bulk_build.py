"""The bulk steps of a cold index build give what the item-by-item steps give.

A cold build makes postings, year buckets and the vocabulary all at once (numpy, one pass);
an edit adds items one by one. Both must end in the same state.
"""

import itertools
import random
from array import array

import numpy as np
import pytest

from memoryapp.library.describing import part_bounds
from memoryapp.search import postings
from memoryapp.search.bitsets import bits_of
from memoryapp.search.dating import DateKeys
from memoryapp.search.tables import DateOrder
from memoryapp.search.vocabulary import Vocabulary, word_pairs
from memoryapp.search.windows import DateBuckets


@pytest.mark.parametrize("distinct", [3, 70_000])  # one 16-bit sort, then two
def test_postings_made_all_at_once_are_those_made_one_by_one(distinct: int):
    rng = random.Random(distinct)
    per_slot = [
        list(dict.fromkeys(rng.randrange(distinct) for _ in range(rng.randrange(4))))
        for _ in range(40_000)
    ]
    for keys in per_slot[:2000]:
        keys.append(-1)  # one key on many slots: bits
    flat = [key for keys in per_slot for key in keys]
    found, first = postings.make_all(flat, [len(keys) for keys in per_slot], dense=1000)
    by_key: dict[int, list[int]] = {}
    for slot, keys in enumerate(per_slot):
        for key in keys:
            by_key.setdefault(key, []).append(slot)
    assert list(found) == list(by_key)  # in the order keys first occur
    for key, slots in by_key.items():
        made = postings.make(slots, dense=1000)
        assert type(found[key]) is type(made)
        assert found[key] == made
    assert isinstance(found[-1], int)
    assert found[-1] > 0
    assert [flat[n] for n in first] == list(found)


def test_bits_of_a_numpy_array_are_those_of_its_list():
    for size in (0, 3, 100, 5000):
        slots = np.unique(np.random.default_rng(size).integers(0, 50_000, size))
        assert bits_of(slots) == bits_of(slots.tolist()) == sum(1 << int(s) for s in slots)


def _date(first_year: int, years: int) -> DateKeys:
    low, high = first_year * 10000 + 101, (first_year + years) * 10000 + 1231
    return DateKeys(low=low, high=high, window_low=low - 20000, window_high=high + 20000)


def test_year_buckets_built_at_once_are_those_added_one_by_one():
    rng = random.Random(7)
    dates = [_date(rng.randint(-50, 2030), rng.choice([0, 0, 1, 9, 55, 57, 80])) for _ in range(60)]
    dated = [(slot, rng.choice(dates)) for slot in range(5000) if rng.random() < 0.7]
    built, added = DateBuckets(), DateBuckets()
    built.build(dated)
    for slot, keys in dated:
        added.add(slot, keys)
    assert built.state() == added.state()
    assert built._wide
    assert built._years == sorted(built._bits)
    for low, high in [(None, None), (19500101, 19591231), (-100000, 5000000), (19550615, None)]:
        got = built.overlapping(low, high, dict(dated).get)
        assert got == added.overlapping(low, high, dict(dated).get)
    empty = DateBuckets()
    empty.build([])
    assert empty.state() == DateBuckets().state()


def test_a_vocabulary_filled_at_once_is_the_one_filled_word_by_word():
    text = (
        "Mariage à Tinghir, Éliane et Eliane; חֲתֻנָּה בְּתִינְגִ'יר חתונה; عرس في تنغير; ⵜⵉⵏⵖⵉⵔ "
        "1955 1956 IMG_0042 Yakout Yakut Tinerhir tinghir " + " ".join(f"w{n}" for n in range(80))
    )
    pairs = word_pairs(text)
    assert len(dict(pairs)) > 64
    at_once, word_by_word = Vocabulary(), Vocabulary()
    at_once.add_many(pairs)
    for pair in pairs:
        word_by_word.add_many([pair])
    assert at_once.state() == word_by_word.state()
    for word in ("tinghir", "eliane", "yakout", "1955", "w7"):
        assert at_once.match(word, word) == word_by_word.match(word, word)


def test_parts_cover_the_items_largest_first():
    for count, processes in itertools.product([0, 1, 7, 600, 5000, 100_000], [1, 2, 3, 8]):
        bounds = part_bounds(count, processes)
        sizes = [high - low for low, high in itertools.pairwise(bounds)]
        assert bounds[0] == 0
        assert bounds[-1] == count
        assert all(size > 0 for size in sizes)
        assert sizes == sorted(sizes, reverse=True) or sizes[-1] < sizes[-2]  # a remainder
        if count >= 5000:  # the last parts are small: processes finish close together
            assert sizes[-1] * processes * 16 <= count
            assert len(sizes) <= 8 * processes + 16


def test_postings_keep_their_slot_arrays_as_int32():
    found, _ = postings.make_all(["a", "b", "a", "a"], [1, 1, 1, 1], dense=10)
    assert found["a"] == array("i", [0, 2, 3])
    assert found["b"] == ~1


def test_the_date_order_is_by_undated_then_day_then_id():
    rng = random.Random(11)
    slots = rng.sample(range(3000), 2000)
    ids = [f"item-{rng.randrange(10**6):06d}-{n}" if n % 7 else f"é{n}" for n in range(3000)]
    days = {
        slot: rng.choice([None, -1_230_101, 19_550_101, 19_550_101, 20_011_231]) for slot in slots
    }

    def sort_key(slot: int) -> tuple[int, int, str]:
        day = days[slot]
        return (1, 0, ids[slot]) if day is None else (0, day, ids[slot])

    order = DateOrder(slots, sort_key, ids)
    expected = sorted(slots, key=sort_key)
    assert order.state()["order"] == np.asarray(expected, dtype=np.int32).tobytes()
    assert order._ids == [ids[slot] for slot in expected]
    assert DateOrder([], sort_key, ids).state() == {"order": b"", "ranks": b""}
