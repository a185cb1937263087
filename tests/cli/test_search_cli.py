"""The issue's acceptance searches, run through the command line on a copy of the sample."""

import json

import pytest

from memoryapp.cli.main import ExitCode, main
from memoryapp.library.sample import ensure_sample_copy


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> str:
    return str(ensure_sample_copy(tmp_path_factory.mktemp("s") / "sample"))


def search(capsys, sample: str, *query: str) -> dict:
    assert main(["search", "--collection", sample, "--json", "--facets", *query]) == ExitCode.OK
    return json.loads(capsys.readouterr().out)


def titles(result: dict) -> set[str]:
    return {i["title"] for i in result["items"]}


@pytest.mark.parametrize("spelling", ["Tinerhir", "tinghir", "تنغير", "ⵜⵉⵏⵖⵉⵔ"])
def test_every_spelling_of_tinghir_finds_its_items_and_its_mellah(capsys, sample, spelling) -> None:
    result = search(capsys, sample, spelling)
    found = titles(result)
    assert "A lane of the mellah" in found  # tagged only with the mellah
    assert "The class of M. Azoulay" in found
    assert result["count"] >= 10


def test_yakout_finds_yakut(capsys, sample) -> None:
    result = search(capsys, sample, "person:Yakout")
    people = {p["name"] for item in result["items"] for p in item["people"]}
    assert "Yakut Elbaz" in people
    assert result["count"] >= 5
    assert titles(search(capsys, sample, "Yakout")) >= titles(result)


def test_date_range_keeps_uncertain_fifties_and_drops_1962(capsys, sample) -> None:
    result = search(capsys, sample, "date:1950..1959")
    inputs = {i["dates"]["taken"]["input"] for i in result["items"]}
    assert "c. 1955" in inputs
    assert "1950s" in inputs
    assert "1962" not in inputs
    assert "summer 1962" not in inputs
    assert result["facets"]["decades"]


def test_unbalanced_quote_does_not_crash(capsys, sample) -> None:
    code = main(["search", "--collection", sample, '"unclosed'])
    capsys.readouterr()
    assert code in (ExitCode.OK, ExitCode.USAGE)  # forgiving parser: text, or a clear error


def test_search_saves_the_index_and_later_searches_see_cli_edits(capsys, tmp_path) -> None:
    copy = str(ensure_sample_copy(tmp_path / "sample"))
    index = tmp_path / "sample" / "cache" / "search-index"
    assert not index.exists()
    first = search(capsys, copy, "Tinerhir")
    assert index.is_file()  # written after the answer
    saved = index.read_bytes()
    assert search(capsys, copy, "Tinerhir") == first
    assert index.read_bytes() == saved  # loaded, nothing to write
    item = first["items"][0]["id"]
    assert main(["edit", "--collection", copy, item, "--title", "Tighremt of Aït Ouzdi"]) == 0
    capsys.readouterr()
    assert [i["id"] for i in search(capsys, copy, "Tighremt")["items"]] == [item]
