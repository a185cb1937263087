"""The window's one undo stack is the collection's history (CLI edits undo in the window)."""

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtGui import QKeySequence
from tests.records import put

from memoryapp.cli.main import ExitCode, main
from memoryapp.core.edits import edit_items
from memoryapp.core.ids import new_item_id
from memoryapp.core.import_results import ImportReport
from memoryapp.core.items import Item
from memoryapp.library import ImportOptions, Library
from memoryapp.ui.item_model import ItemIdRole
from memoryapp.ui.undo import push_command


def _collection(tmp_path: Path, titles: list[str]) -> tuple[Path, list[Item]]:
    root = tmp_path / "family"
    items = [
        Item(id=new_item_id(), title=t, added_at=f"2024-01-01T00:00:{n:02d}Z")
        for n, t in enumerate(titles)
    ]
    with Library.create(root) as lib:
        put(lib, *items)
    return root, items


def test_after_reopening_ctrl_z_undoes_the_last_cli_operation(
    tmp_path: Path, window_on, qtbot, capsys
) -> None:
    root, (henna,) = _collection(tmp_path, ["Henna"])
    assert main(["edit", "-c", str(root), henna.id, "--title", "Henna night"]) == ExitCode.OK
    window = window_on(root)
    undo, redo = window.menu_actions["undo"], window.menu_actions["redo"]
    assert undo.shortcuts()[0] == QKeySequence(QKeySequence.StandardKey.Undo)
    assert window.undo_stack.count() == 0
    qtbot.waitUntil(lambda: undo.text() == "&Undo Edit", timeout=5000)  # the log's label
    assert undo.isEnabled()
    assert not redo.isEnabled()

    with qtbot.waitSignal(window.bridge.collection_changed, timeout=5000):
        undo.trigger()
    assert window.library.item(henna.id).title == "Henna"
    qtbot.waitUntil(lambda: redo.text() == "&Redo Edit", timeout=5000)
    assert undo.text() == "&Undo Add records"  # the next one back in the history
    assert window.library.history()[0].label == "Undo Edit"

    with qtbot.waitSignal(window.bridge.collection_changed, timeout=5000):
        redo.trigger()
    assert window.library.item(henna.id).title == "Henna night"


def test_window_steps_and_older_history_undo_and_redo_in_one_order(
    tmp_path: Path, window_on, qtbot
) -> None:
    root, (henna, wedding) = _collection(tmp_path, ["Henna", "Wedding"])
    assert main(["edit", "-c", str(root), wedding.id, "--title", "The wedding"]) == ExitCode.OK
    window = window_on(root)
    library = window.library
    qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=10_000)
    row = next(r for r in range(2) if window.model.index(r, 0).data(ItemIdRole) == henna.id)
    selection = window.grid.selectionModel()
    index = window.model.index(row, 0)
    selection.select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
    qtbot.waitUntil(lambda: len(window.details.state.ids) == 1, timeout=5000)
    selected = henna.id
    with qtbot.waitSignal(window.bridge.collection_changed, timeout=5000):
        window.details.form.private.click()  # a step on the window's stack
    assert window.undo_stack.count() == 1
    assert library.item(selected).private
    assert [op.label for op in library.history()[:2]] == ["Mark 1 item private", "Edit"]

    undo, redo = window.menu_actions["undo"], window.menu_actions["redo"]
    with qtbot.waitSignal(window.bridge.collection_changed, timeout=5000):
        undo.trigger()  # the stack's step
    assert not library.item(selected).private
    with qtbot.waitSignal(window.bridge.collection_changed, timeout=5000):
        undo.trigger()  # then the CLI's edit, from the history
    assert library.item(wedding.id).title == "Wedding"
    with qtbot.waitSignal(window.bridge.collection_changed, timeout=5000):
        redo.trigger()
    assert library.item(wedding.id).title == "The wedding"
    qtbot.waitUntil(lambda: redo.isEnabled(), timeout=5000)
    with qtbot.waitSignal(window.bridge.collection_changed, timeout=5000):
        redo.trigger()
    assert library.item(selected).private
    kinds = [(op.kind, op.target) for op in library.history()[:4]]
    assert kinds == [("redo", 3), ("redo", 2), ("undo", 2), ("undo", 3)]


def test_after_an_import_undo_goes_on_from_the_history(
    tmp_path: Path, window_on, qtbot, make_jpeg
) -> None:
    root, (henna,) = _collection(tmp_path, ["Henna"])
    window = window_on(root)
    library = window.library
    with qtbot.waitSignal(window.bridge.collection_changed, timeout=5000):
        push_command(window.undo_stack, edit_items([henna], title="Henna night"), window.bridge)
    scan = make_jpeg("scan.jpg")
    reports: list[ImportReport] = []
    window.bridge.run(
        lambda: library.import_paths([scan], options=ImportOptions(jobs=1)),
        on_done=reports.append,
    )
    qtbot.waitUntil(lambda: bool(reports), timeout=20_000)
    window._on_import_finished(reports[0])  # what the import dialog's signal calls
    assert window.undo_stack.count() == 0  # else the stack would undo the edit first
    undo = window.menu_actions["undo"]
    qtbot.waitUntil(lambda: undo.text() == "&Undo Import 1 file", timeout=5000)
    with qtbot.waitSignal(window.bridge.collection_changed, timeout=5000):
        undo.trigger()
    (added,) = reports[0].added
    assert library.item(added.item_id).trashed_at
    assert library.item(henna.id).title == "Henna night"
