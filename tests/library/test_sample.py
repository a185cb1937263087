from dataclasses import replace
from pathlib import Path

import pytest
from tests.conftest import SAMPLE
from tests.records import put

from memoryapp.core.items import DateRole
from memoryapp.library import Library
from memoryapp.library.sample import ensure_sample_copy, sample_source


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("sample") / "Sample collection"
    return ensure_sample_copy(target)


def test_sample_is_found_in_the_source_tree() -> None:
    assert sample_source() == SAMPLE


def test_sample_copy_is_healthy_and_rich(sample: Path) -> None:
    with Library.open(sample) as lib:
        assert lib.check().healthy
        items, people, places = lib.items(), lib.people(), lib.places()
        assert len(items) >= 30
        assert len(people) >= 8
        assert len(places) >= 10
        scripts = {n.script for p in people for n in p.names} | {
            n.script for p in places for n in p.names
        }
        assert {"Latn", "Hebr", "Arab", "Tfng"} <= scripts
        assert any(t.region is not None for i in items for t in i.people)
        assert len(lib.scenes()) >= 6
        assert len(lib.films()) == 1
        bounds = [i.taken.bounds() for i in items if i.taken and i.taken.edtf]
        years = [b.search_min[:4] for b in bounds if b is not None]
        assert min(years) < "1940"
        assert max(y for y in years if y < "1980") >= "1970"


def test_scanner_date_is_the_digitization_date(sample: Path) -> None:
    with Library.open(sample) as lib:
        scan = next(
            i for i in lib.items() if i.files[0].original_name == "famille devant la kasbah.jpg"
        )
        assert scan.dates[DateRole.DIGITIZED].edtf.startswith("2019")
        assert scan.taken is not None
        assert scan.taken.input == "1950s"
        assert lib.embedded(scan.id)["file"]["make"] == "EPSON"


def test_sample_copy_is_writable_and_separate(sample: Path) -> None:
    with Library.open(sample) as lib:
        item = lib.items()[0]
        put(lib, replace(item, title="changed"))
    assert ensure_sample_copy(sample) == sample  # a second call keeps the user's copy
    with Library.open(sample) as lib:
        assert lib.item(item.id).title == "changed"
