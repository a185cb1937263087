"""Walking the folders a user gave: symbolic links that lead nowhere."""

import os
from pathlib import Path

import pytest

from memoryapp.core.import_results import FailureReason
from memoryapp.importers.scan import walk

pytestmark = pytest.mark.skipif(os.name != "posix", reason="symbolic links")


def test_a_cycle_of_links_is_a_symlink_loop_not_vanished(tmp_path: Path) -> None:
    (tmp_path / "b").symlink_to(tmp_path / "a")
    (tmp_path / "a").symlink_to(tmp_path / "b")
    (tmp_path / "gone").symlink_to(tmp_path / "nowhere")
    inside = {f.path.name: f.reason for f in walk([tmp_path])}
    assert inside == {
        "a": FailureReason.SYMLINK_LOOP,
        "b": FailureReason.SYMLINK_LOOP,
        "gone": FailureReason.VANISHED,
    }
    [given] = walk([tmp_path / "a"])
    assert given.reason is FailureReason.SYMLINK_LOOP
    assert given.detail == "symbolic link loop"
    [broken] = walk([tmp_path / "gone"])
    assert broken.reason is FailureReason.VANISHED
