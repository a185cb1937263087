"""The export dialog: privacy summary before export, CSV export, cancel, result page."""

import re
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl

from memoryapp.library import Library
from memoryapp.library.exchange import item_ids_of
from memoryapp.library.sample import ensure_sample_copy
from memoryapp.ui.bridge import LibraryBridge
from memoryapp.ui.dialogs.export_dialog import ExportDialog

SIMONE = ("Simone", "Abergel", "Sultana", "סולטנה", "سلطانة")


@pytest.fixture
def sample(tmp_path: Path) -> Iterator[Library]:
    library = Library.open(ensure_sample_copy(tmp_path / "s"))
    yield library
    library.close()


@pytest.fixture
def sample_bridge(sample: Library, qapp: object) -> Iterator[LibraryBridge]:
    bridge = LibraryBridge(sample)
    yield bridge
    bridge.wait(60_000)


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "exports"
    folder.mkdir()
    return folder


@pytest.fixture
def dialog(sample: Library, sample_bridge: LibraryBridge, out_dir: Path, qtbot) -> ExportDialog:
    dlg = ExportDialog(
        sample,
        sample_bridge,
        item_ids_of(sample),
        "Whole collection",
        choose_folder=lambda: out_dir,
    )
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: dlg.summary_is_current, timeout=30_000)
    return dlg


def test_summary_names_withheld_counts_before_export(dialog: ExportDialog) -> None:
    text = dialog.summary.text()
    assert "Withheld:" in text
    # "2 private items" (or "2 private item(s)" before the English plurals are compiled)
    assert "2 private item" in text
    assert "1 private person" in text
    assert "3 living people's names replaced" in text
    assert "replaced" in text
    assert dialog.export_button.isEnabled()
    assert dialog.pages.currentIndex() == 0  # nothing written yet
    assert "private-item: 2" in dialog.details.toPlainText()
    assert not dialog.include_private.isChecked()
    assert not dialog.include_living.isChecked()
    assert not dialog.exact_gps.isChecked()


def test_details_list_each_name_replaced_before_writing(dialog: ExportDialog) -> None:
    details = dialog.details.toPlainText()
    assert "Replaced in texts" in details
    # Yossi Elbaz is living in the sample: his given name in a title, and in Hebrew.
    lines = [line for line in details.splitlines() if "\u2192 Living person" in line]
    assert any("Yossi" in line for line in lines)
    assert any("\u05d9\u05d5\u05e1\u05d9" in line for line in lines)  # his Hebrew name
    assert all(re.search(r"\((item|person|place|scene|link|film) \w+\)$", ln) for ln in lines)


def test_toggling_include_private_changes_summary(dialog: ExportDialog, qtbot) -> None:
    before = dialog.summary.text()
    with qtbot.waitSignal(dialog.summary_ready, timeout=30_000):
        dialog.include_private.setChecked(True)
    after = dialog.summary.text()
    assert after != before
    assert "private item" not in after
    assert dialog.report is not None
    assert "private-item" not in dialog.report.counts()


def test_export_waits_for_the_summary_of_the_new_options(dialog: ExportDialog) -> None:
    dialog.exact_gps.setChecked(True)
    assert not dialog.export_button.isEnabled()  # the old summary no longer applies
    assert "Working out" in dialog.summary.text()


def test_export_csv_writes_into_chosen_folder_without_private_names(
    dialog: ExportDialog, out_dir: Path, qtbot
) -> None:
    dialog.set_format("csv")
    dialog.choose_destination()
    dialog.name.setText("for omeka")
    qtbot.waitUntil(lambda: dialog.summary_is_current, timeout=30_000)
    with qtbot.waitSignal(dialog.export_finished, timeout=120_000) as finished:
        dialog.export_button.click()
    result = finished.args[0]
    export = out_dir / "for omeka"
    assert result.path == export
    assert (export / "dc.csv").is_file()
    assert (export / "privacy-report.txt").is_file()
    assert result.items == 33  # the two private items are left out
    for path in export.rglob("*"):
        if path.suffix in (".csv", ".txt", ".json"):
            text = path.read_text(encoding="utf-8")
            for name in SIMONE:
                assert name not in text, f"{name} in {path.name}"
    assert dialog.pages.currentIndex() == 2
    assert str(export) in dialog.result_path.text()
    assert "33 item" in dialog.result_title.text()
    assert "private-item: 2" in dialog.result_report.toPlainText()
    opened: list[QUrl] = []
    dialog.open_url = opened.append
    dialog.open_button.click()
    assert opened == [QUrl.fromLocalFile(str(export))]


def test_cancel_leaves_no_export_folder(
    dialog: ExportDialog, sample_bridge: LibraryBridge, out_dir: Path, qtbot
) -> None:
    release = threading.Event()
    sample_bridge.run(lambda: release.wait(60))  # holds the collection worker
    dialog.choose_destination()
    dialog.export_button.click()
    assert dialog.is_running
    assert dialog.pages.currentIndex() == 1
    dialog.cancel_button.click()
    release.set()
    qtbot.waitUntil(lambda: not dialog.is_running, timeout=60_000)
    assert "cancelled" in dialog.status.text()
    assert dialog.pages.currentIndex() == 0
    assert list(out_dir.iterdir()) == []  # neither the export nor a temporary folder


def test_existing_folder_is_reported_not_replaced(
    dialog: ExportDialog, out_dir: Path, qtbot
) -> None:
    dialog.choose_destination()
    dialog.name.setText("taken")
    (out_dir / "taken").mkdir()
    (out_dir / "taken" / "keep.txt").write_text("mine", encoding="utf-8")
    dialog.export_button.click()
    qtbot.waitUntil(lambda: not dialog.is_running, timeout=60_000)
    assert "already exists" in dialog.status.text()
    assert (out_dir / "taken" / "keep.txt").read_text(encoding="utf-8") == "mine"


def test_format_options_follow_the_format(dialog: ExportDialog) -> None:
    dialog.show()
    dialog.set_format("iiif")
    assert dialog.base_url.isVisible()
    assert not dialog.embed_xmp.isVisible()
    assert "Mirador" in dialog.format_help.text()
    dialog.set_format("xmp")
    dialog.embed_xmp.setChecked(True)
    assert dialog.options().embed_xmp
    assert not dialog.base_url.isVisible()
    assert dialog.name.text().endswith("xmp export")
