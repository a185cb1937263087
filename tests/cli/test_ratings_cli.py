"""Ratings (0-5 stars) and colour labels: kept by the item, set by ``memoryapp edit``."""

import json
import shutil
from pathlib import Path

import pytest

from memoryapp.cli.main import main
from memoryapp.core.ids import ItemId
from memoryapp.core.items import ColorLabel, Item
from memoryapp.library import Library

SAMPLE = Path(__file__).resolve().parents[2] / "sample_collection"


def test_an_item_keeps_a_rating_of_0_to_5_and_a_known_label() -> None:
    item = Item(id=ItemId("a" * 32), rating=5, label=ColorLabel.RED)
    assert (item.rating, item.label) == (5, "red")
    assert Item(id=ItemId("b" * 32)).rating == 0
    assert Item(id=ItemId("b" * 32)).label is ColorLabel.NONE
    for bad in (-1, 6):
        with pytest.raises(ValueError, match="0-5 stars"):
            Item(id=ItemId("c" * 32), rating=bad)


def test_edit_sets_rating_and_label_and_they_are_stored(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    coll = tmp_path / "c"
    shutil.copytree(SAMPLE, coll)
    with Library.open(coll) as lib:
        first = lib.items()[0].id
    assert main(["edit", "--collection", str(coll), first, "--rating", "4", "--label", "red"]) == 0
    capsys.readouterr()
    with Library.open(coll) as lib:
        item = lib.item(first)
    assert (item.rating, item.label) == (4, ColorLabel.RED)
    assert main(["show", "--collection", str(coll), "--json", first]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert (shown["rating"], shown["label"]) == (4, "red")
    # 0 stars and "none" clear them again
    assert main(["edit", "--collection", str(coll), first, "--rating", "0", "--label", "none"]) == 0
    with Library.open(coll) as lib:
        item = lib.item(first)
    assert (item.rating, item.label) == (0, ColorLabel.NONE)


def test_a_rating_out_of_range_is_one_sentence_and_nothing_changes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    coll = tmp_path / "c"
    shutil.copytree(SAMPLE, coll)
    with Library.open(coll) as lib:
        first = lib.items()[0].id
    assert main(["edit", "--collection", str(coll), first, "--rating", "7"]) != 0
    err = capsys.readouterr().err.strip()
    assert err == "memoryapp: cannot edit: a rating is 0-5 stars, not 7"
    with Library.open(coll) as lib:
        assert lib.item(first).rating == 0
