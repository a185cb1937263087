"""Issue 16: the export dialog's words read as sentences."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from memoryapp.library import Library
from memoryapp.library.exchange import item_ids_of
from memoryapp.library.sample import ensure_sample_copy
from memoryapp.ui.bridge import LibraryBridge
from memoryapp.ui.dialogs.export_dialog import ExportDialog


@pytest.fixture
def sample_dialog(tmp_path: Path, qtbot) -> Iterator[ExportDialog]:
    library = Library.open(ensure_sample_copy(tmp_path / "s"))
    bridge = LibraryBridge(library)
    ids = item_ids_of(library)
    dlg = ExportDialog(
        library, bridge, ids, f"all {len(ids)} items", choose_folder=lambda: tmp_path
    )
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: dlg.summary_is_current, timeout=30_000)
    yield dlg
    bridge.wait(60_000)
    library.close()


def test_the_scope_says_the_count_once(sample_dialog: ExportDialog) -> None:
    n = len(sample_dialog._ids)
    text = sample_dialog.scope_label.text().replace("\u2068", "").replace("\u2069", "")
    assert text == f"Exporting all {n} items"  # not "Exporting all 35 items: 35 items"


def test_living_people_are_counted_in_plain_english(sample_dialog: ExportDialog) -> None:
    text = sample_dialog.summary.text()
    assert "living people's names replaced" in text or "living person's name replaced" in text
    assert "person's names" not in text


def test_the_privacy_report_states_the_policy_in_words(sample_dialog: ExportDialog) -> None:
    details = sample_dialog.details.toPlainText()
    assert "include_private" not in details
    assert "False" not in details
    assert "True" not in details
    assert "Private items and people: left out" in details
