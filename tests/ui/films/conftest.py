from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack

from memoryapp.library import Library
from memoryapp.library.sample import ensure_sample_copy, sample_source
from memoryapp.ui.bridge import LibraryBridge
from memoryapp.ui.films import FilmsPanel


@pytest.fixture
def sample(tmp_path: Path) -> Iterator[Library]:
    """A writable copy of the sample collection (one film, eight scenes)."""
    if sample_source() is None:
        pytest.skip("the sample collection is not installed")
    lib = Library.open(ensure_sample_copy(tmp_path / "s"))
    yield lib
    lib.close()


@pytest.fixture
def panel(sample: Library, qtbot) -> Iterator[FilmsPanel]:
    bridge = LibraryBridge(sample)
    stack = QUndoStack()
    with qtbot.waitSignal(bridge.finished, timeout=20_000):
        widget = FilmsPanel(sample, bridge, stack)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.undo_stack_for_tests = stack  # type: ignore[attr-defined]
    yield widget
    bridge.wait()
