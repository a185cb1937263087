"""Fixtures for the widget tests: a bridge and an undo stack over the test library."""

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QUndoStack

from memoryapp.library import Library
from memoryapp.ui.bridge import LibraryBridge


@pytest.fixture
def bridge(library: Library, qapp: object) -> Iterator[LibraryBridge]:
    """A bridge whose workers are drained before the library closes."""
    bridge = LibraryBridge(library)
    yield bridge
    bridge.wait(30_000)


@pytest.fixture
def undo_stack(qapp: object) -> QUndoStack:
    """An empty undo stack."""
    return QUndoStack()
