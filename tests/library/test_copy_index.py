"""The index of perceptual hashes finds every item within MAX_DISTANCE bits, nearest first."""

import random
import types

import numpy as np

from memoryapp.core.ids import ItemId
from memoryapp.library import copies
from memoryapp.library.copies import MAX_DISTANCE, CopyIndex


def test_near_finds_exactly_the_hashes_within_the_distance_nearest_first() -> None:
    rng = random.Random(17)
    base = rng.getrandbits(64)
    values = {ItemId(f"i{n}"): rng.getrandbits(64) for n in range(3000)}
    for n, flips in enumerate((0, 1, 3, 6, 7, 12)):  # copies of ``base`` a few bits away
        bits = rng.sample(range(64), flips)
        values[ItemId(f"near{n}")] = base ^ sum(1 << b for b in bits)
    index = CopyIndex()
    for item_id, value in values.items():
        index.add(item_id, f"{value:016x}")
    index.add(ItemId("blank"), "")  # no hash: never found
    expected = sorted(
        ((v ^ base).bit_count(), i) for i, v in values.items() if (v ^ base).bit_count() <= 6
    )
    found = index.near(f"{base:016x}")
    assert found == [i for _, i in expected]
    assert found[:4] == ["near0", "near1", "near2", "near3"]
    assert "near4" not in found
    assert MAX_DISTANCE == 6
    assert index.near(f"{base:016x}", exclude=ItemId("near0"))[0] == "near1"
    assert index.near("not hex") == []


def test_an_item_added_again_is_found_by_its_new_hash_only() -> None:
    index = CopyIndex()
    index.add(ItemId("a"), "ffffffffffffffff")
    index.add(ItemId("a"), "0000000000000000")
    assert index.near("0000000000000001") == ["a"]
    assert index.near("ffffffffffffffff") == []


def test_bit_counts_without_numpy_2() -> None:
    values = np.array([0, 1, 0xFF, 2**64 - 1, 0x8000000000000001], dtype=np.uint64)
    old_numpy = types.SimpleNamespace(**{k: getattr(np, k) for k in ("array", "uint8")})
    assert list(copies._bit_counts(old_numpy, values)) == [0, 1, 8, 64, 2]
    assert list(copies._bit_counts(np, values)) == [0, 1, 8, 64, 2]
