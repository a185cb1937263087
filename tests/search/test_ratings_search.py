"""``rating:`` and ``label:`` in the search language, through the real index."""

import pytest

from memoryapp.core.ids import ItemId
from memoryapp.core.items import ColorLabel, Item
from memoryapp.search.engine import run_query
from memoryapp.search.index import SearchIndex
from memoryapp.search.query import QueryError, parse_query, rating_values


def _index() -> SearchIndex:
    items = [
        Item(id=ItemId(f"{n}" * 32), rating=n, label=label)
        for n, label in zip(
            range(6),
            [
                ColorLabel.NONE,
                ColorLabel.RED,
                ColorLabel.RED,
                ColorLabel.GREEN,
                ColorLabel.GREY,
                ColorLabel.NONE,
            ],
            strict=True,
        )
    ]
    index = SearchIndex()
    index.build(items)
    return index


def _stars(index: SearchIndex, query: str) -> list[int]:
    return sorted(int(i[0]) for i in run_query(index, query).ids)


def test_rating_comparisons_and_ranges() -> None:
    index = _index()
    assert _stars(index, "rating:>=4") == [4, 5]
    assert _stars(index, "rating:3") == [3]
    assert _stars(index, "rating:=0") == [0]
    assert _stars(index, "rating:>3") == [4, 5]
    assert _stars(index, "rating:<2") == [0, 1]
    assert _stars(index, "rating:<=1") == [0, 1]
    assert _stars(index, "rating:2..4") == [2, 3, 4]
    assert _stars(index, "-rating:0") == [1, 2, 3, 4, 5]


def test_label_filters_and_combines() -> None:
    index = _index()
    assert _stars(index, "label:red") == [1, 2]
    assert _stars(index, "label:RED") == [1, 2]
    assert _stars(index, "label:gray") == [4]  # the other spelling of grey
    assert _stars(index, "label:none") == [0, 5]
    assert _stars(index, "label:red rating:>=2") == [2]
    assert _stars(index, "label:green OR label:grey") == [3, 4]


def test_an_item_edited_is_found_by_its_new_rating() -> None:
    index = _index()
    index.update_items([Item(id=ItemId("0" * 32), rating=5, label=ColorLabel.BLUE)])
    assert _stars(index, "rating:5") == [0, 5]
    assert _stars(index, "label:blue") == [0]


def test_rating_values_read_every_form() -> None:
    assert rating_values(">=4") == (4, 5)
    assert rating_values("<=0") == (0,)
    assert rating_values("5") == (5,)


@pytest.mark.parametrize(
    ("query", "reason"),
    [
        ("rating:6", "cannot read the rating '6'"),
        ("rating:>=x", "cannot read the rating '>=x'"),
        ("rating:2..9", "cannot read the rating '2..9'"),
        ("label:pink", "unknown label:pink; use one of none, red, orange"),
        ("rating:", "rating: needs a value, e.g. rating:>=4"),
    ],
)
def test_bad_values_say_what_to_write(query: str, reason: str) -> None:
    with pytest.raises(QueryError) as caught:
        parse_query(query)
    assert reason in caught.value.reason
