"""The Tinghir collection, saved through the real Library, with a Finder over it."""

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from tinghir_collection import tinghir_records

from memoryapp.library import Library
from memoryapp.library.finder import Finder


@dataclass(frozen=True)
class Tinghir:
    library: Library
    finder: Finder


@pytest.fixture
def tinghir(tmp_path: Path) -> Iterator[Tinghir]:
    library = Library.create(tmp_path / "collection", title="Tinghir")
    library.save(*tinghir_records())  # type: ignore[arg-type]
    try:
        yield Tinghir(library, Finder(library))
    finally:
        library.close()
