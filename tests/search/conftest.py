"""The Tinghir collection, saved through the real Library, with a Finder over it.

Every test using ``tinghir`` runs twice: with the index just built from the records, and
with it loaded from the snapshot the first Finder saved (``search.snapshot``).
"""

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from tests.records import put
from tinghir_collection import tinghir_records

from memoryapp.library import Library
from memoryapp.library.finder import Finder


@dataclass(frozen=True)
class Tinghir:
    library: Library
    finder: Finder


@pytest.fixture(params=["built", "loaded"])
def tinghir(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Tinghir]:
    library = Library.create(tmp_path / "collection", title="Tinghir")
    put(library, *tinghir_records())  # type: ignore[arg-type]
    try:
        library.paths.search_index.unlink()  # the empty one Library.create made
        finder = Finder(library)
        assert finder.reindexed is None  # built
        if request.param == "loaded":
            assert finder.save()
            finder = Finder(library)
            assert finder.reindexed == ()  # loaded, nothing to index again
        yield Tinghir(library, finder)
    finally:
        library.close()
