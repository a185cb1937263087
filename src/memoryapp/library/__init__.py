"""The front door: the only API the CLI, the GUI and the tests drive.

The import and check machinery is imported on first use, so that reading a collection
(``memoryapp items``) does not load the importers.
"""

from typing import TYPE_CHECKING, Any

from memoryapp.library.library import Library
from memoryapp.library.public_json import items_json, person_json, place_json, report_json
from memoryapp.storage.repository import Feed

__all__ = [
    "CheckReport",
    "ImportOptions",
    "Library",
    "Problem",
    "ProblemKind",
    "items_json",
    "person_json",
    "place_json",
    "report_json",
]

if TYPE_CHECKING:
    from memoryapp.library.check import CheckReport, Problem, ProblemKind
    from memoryapp.library.import_job import ImportOptions

_LAZY = {
    "CheckReport": "memoryapp.library.check",
    "Problem": "memoryapp.library.check",
    "ProblemKind": "memoryapp.library.check",
    "ImportOptions": "memoryapp.library.import_job",
}


def __getattr__(name: str) -> Any:
    """``CheckReport``, ``ImportOptions``...: imported when first asked for."""
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(_LAZY[name]), name)


def _keep_index(library: Library, kept: Feed | None, *, compact: bool) -> Feed | None:
    """``finder.keep_index``, imported when a writer first keeps its index (numpy, search)."""
    from memoryapp.library.finder import keep_index

    return keep_index(library, kept, compact=compact)


Library.index_keeper = _keep_index  # the package wires its parts: finder.py imports library.py
