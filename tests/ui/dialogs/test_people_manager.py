"""The people manager lists, filters, edits and merges people, each edit one undo step."""

from collections.abc import Callable

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QUndoStack
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMenu, QMessageBox, QPushButton
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from tests.records import put

from memoryapp.core.dates.phrases import parse_date
from memoryapp.core.ids import new_item_id, new_person_id
from memoryapp.core.items import Item, PersonTag, Region
from memoryapp.core.names import Name
from memoryapp.core.people import Person, Relation, RelationKind
from memoryapp.library import Library
from memoryapp.ui.bridge import LibraryBridge
from memoryapp.ui.dialogs.people_manager import PeopleManager
from memoryapp.ui.dialogs.people_model import COUNT, NAME, PersonIdRole
from memoryapp.ui.dialogs.record_delete import ReassignDialog
from memoryapp.ui.widgets.names_editor import VALUE, NamesModel

pytestmark = pytest.mark.gui

ESTHER = Person(
    id=new_person_id(),
    names=(
        Name(value="Esther Elmaleh"),
        Name(value="אסתר אלמליח", lang="he", kind="hebrew"),
        Name(value="إستير المالح", lang="ar", kind="arabic"),
    ),
)
ESTHER_2 = Person(id=new_person_id(), names=(Name(value="Esther Elmaleh-Cohen"),))
MOHA = Person(
    id=new_person_id(),
    names=(Name(value="Moha Ouhadou"), Name(value="ⵎⵓⵃⴰ ⵓⵃⴰⴷⵓ", lang="zgh")),
    relations=(Relation(kind=RelationKind.SIBLING, person_id=ESTHER_2.id),),
)

NOBODY = Person(id=new_person_id(), names=(Name(value="Nobody Known"),))


@pytest.fixture
def filled(library: Library) -> Library:
    put(library, ESTHER, ESTHER_2, MOHA)
    items = [
        Item(id=new_item_id(), people=(PersonTag(person_id=ESTHER.id),)),
        Item(
            id=new_item_id(),
            people=(
                PersonTag(person_id=ESTHER.id),
                PersonTag(person_id=MOHA.id, region=Region(x=0.1, y=0.1, w=0.2, h=0.2)),
            ),
        ),
        Item(
            id=new_item_id(),
            people=(PersonTag(person_id=ESTHER_2.id, region=Region(x=0.5, y=0.5, w=0.2, h=0.2)),),
        ),
    ]
    put(library, *items)
    return library


def _manager(
    qtbot: QtBot, library: Library, bridge: LibraryBridge, undo_stack: QUndoStack
) -> PeopleManager:
    dialog = PeopleManager(library, bridge, undo_stack)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == len(library.people()), timeout=10_000)
    return dialog


def _row_of(dialog: PeopleManager, person_id: str) -> int:
    for row in range(dialog.proxy.rowCount()):
        if dialog.proxy.index(row, 0).data(PersonIdRole) == person_id:
            return row
    return -1


def test_models_pass_the_model_tester(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    filled: Library,
    bridge: LibraryBridge,
    undo_stack: QUndoStack,
) -> None:
    dialog = _manager(qtbot, filled, bridge, undo_stack)
    qtmodeltester.check(dialog.model)
    qtmodeltester.check(dialog.proxy)
    names = NamesModel()
    names.set_names(ESTHER.names)
    qtmodeltester.check(names)


def test_counts_and_sorting(
    qtbot: QtBot, filled: Library, bridge: LibraryBridge, undo_stack: QUndoStack
) -> None:
    dialog = _manager(qtbot, filled, bridge, undo_stack)
    proxy = dialog.proxy
    counts = {proxy.index(r, 0).data(PersonIdRole): proxy.index(r, COUNT).data() for r in range(3)}
    assert counts == {ESTHER.id: 2, ESTHER_2.id: 1, MOHA.id: 1}
    dialog.view.sortByColumn(COUNT, Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, 0).data(PersonIdRole) == ESTHER.id
    dialog.view.sortByColumn(NAME, Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, NAME).data() == "Moha Ouhadou"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("elmaleh", {"Esther Elmaleh", "Esther Elmaleh-Cohen"}),
        ("ELMALÉH cohen", {"Esther Elmaleh-Cohen"}),
        ("אלמליח", {"Esther Elmaleh"}),
        ("المالح", {"Esther Elmaleh"}),
        ("ⵎⵓⵃⴰ", {"Moha Ouhadou"}),
        ("nobody", set()),
    ],
)
def test_filter_matches_any_spelling(
    qtbot: QtBot,
    filled: Library,
    bridge: LibraryBridge,
    undo_stack: QUndoStack,
    typed: str,
    expected: set[str],
) -> None:
    dialog = _manager(qtbot, filled, bridge, undo_stack)
    dialog.filter.setText(typed)
    shown = {dialog.proxy.index(r, NAME).data() for r in range(dialog.proxy.rowCount())}
    assert shown == expected


def _answer_message_box(button_name: str) -> Callable[[], None]:
    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        button = box.findChild(QPushButton, button_name)
        assert button is not None
        button.click()

    return answer


def test_merge_through_the_dialog_is_one_undo_step(
    qtbot: QtBot, filled: Library, bridge: LibraryBridge, undo_stack: QUndoStack
) -> None:
    dialog = _manager(qtbot, filled, bridge, undo_stack)
    dialog.select(ESTHER.id)
    dialog.select(ESTHER_2.id, extend=True)
    assert set(dialog.selected_ids()) == {ESTHER.id, ESTHER_2.id}
    assert dialog.merge_button.isEnabled()
    keep = "keep_first" if dialog.selected_ids()[0] == ESTHER.id else "keep_second"
    QTimer.singleShot(0, _answer_message_box(keep))
    with qtbot.waitSignal(bridge.collection_changed, timeout=10_000):
        dialog.merge_button.click()

    assert undo_stack.count() == 1
    people = {p.id: p for p in filled.people()}
    assert set(people) == {ESTHER.id, MOHA.id}
    assert "Esther Elmaleh-Cohen" in [n.value for n in people[ESTHER.id].names]
    assert people[MOHA.id].relations == (Relation(kind=RelationKind.SIBLING, person_id=ESTHER.id),)
    tagged = [i for i in filled.items() if ESTHER.id in i.person_ids()]
    assert len(tagged) == 3
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=10_000)

    with qtbot.waitSignal(bridge.collection_changed, timeout=10_000):
        undo_stack.undo()
    assert {p.id for p in filled.people()} == {ESTHER.id, ESTHER_2.id, MOHA.id}
    assert filled.person(ESTHER.id) == ESTHER
    assert filled.person(MOHA.id) == MOHA
    assert sum(ESTHER_2.id in i.person_ids() for i in filled.items()) == 1
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 3, timeout=10_000)


def test_cancelled_merge_changes_nothing(
    qtbot: QtBot, filled: Library, bridge: LibraryBridge, undo_stack: QUndoStack
) -> None:
    dialog = _manager(qtbot, filled, bridge, undo_stack)
    dialog.select(ESTHER.id)
    dialog.select(MOHA.id, extend=True)

    def cancel() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        box.button(QMessageBox.StandardButton.Cancel).click()

    QTimer.singleShot(0, cancel)
    dialog.merge_button.click()
    assert undo_stack.count() == 0
    assert len(filled.people()) == 3


def test_editing_names_and_dates_saves_one_undoable_command(
    qtbot: QtBot, filled: Library, bridge: LibraryBridge, undo_stack: QUndoStack
) -> None:
    dialog = _manager(qtbot, filled, bridge, undo_stack)
    dialog.select(MOHA.id)
    form = dialog.form
    assert form.isEnabled()
    assert form.names.model.rowCount() == 2
    names = form.names.model
    index = names.add_row()
    names.setData(index, "موحى أوحدو")
    assert names.index(2, 1).data() == "Arab"
    assert (
        names.index(2, VALUE).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    )
    form.birth.line.setText("vers 1931")
    form.birth.line.editingFinished.emit()
    form.private.setChecked(True)
    assert dialog.save_button.isEnabled()
    with qtbot.waitSignal(bridge.collection_changed, timeout=10_000):
        dialog.save_button.click()
    saved = filled.person(MOHA.id)
    assert [n.value for n in saved.names][-1] == "موحى أوحدو"
    assert saved.birth == parse_date("vers 1931")
    assert saved.private
    assert undo_stack.count() == 1
    with qtbot.waitSignal(bridge.collection_changed, timeout=10_000):
        undo_stack.undo()
    assert filled.person(MOHA.id) == MOHA


def test_an_unreadable_date_blocks_saving_with_a_reason(
    qtbot: QtBot, filled: Library, bridge: LibraryBridge, undo_stack: QUndoStack
) -> None:
    dialog = _manager(qtbot, filled, bridge, undo_stack)
    dialog.select(ESTHER.id)
    dialog.form.notes.setPlainText("Born in the mellah of Tinghir")
    dialog.form.death.line.setText("before we left")
    assert not dialog.save()
    assert "death" in dialog.message.text()
    assert undo_stack.count() == 0


def test_new_person_is_named_after_the_filter(
    qtbot: QtBot, filled: Library, bridge: LibraryBridge, undo_stack: QUndoStack
) -> None:
    dialog = _manager(qtbot, filled, bridge, undo_stack)
    dialog.filter.setText("יעקב")
    with qtbot.waitSignal(bridge.collection_changed, timeout=10_000):
        dialog.new_button.click()
    assert "יעקב" in [p.name for p in filled.people()]
    qtbot.waitUntil(lambda: dialog.proxy.rowCount() == 1, timeout=10_000)
    qtbot.waitUntil(lambda: dialog.form.isEnabled(), timeout=10_000)
    assert dialog.form.names.names()[0].value == "יעקב"
    assert dialog.proxy.index(0, 0) != QModelIndex()


class ReassignAnswer:
    """Waits for the reassign dialog, then picks ``choose`` (an id) or cancels (None)."""

    def __init__(self, choose: str | None) -> None:
        self.choose = choose
        self.texts: list[str] = []
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._poll)
        self.timer.start()

    def _poll(self) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ReassignDialog):
            return
        self.timer.stop()
        self.texts.append(dialog.text.text())
        if self.choose is None:
            dialog.reject()
        else:
            ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
            assert dialog.combo.currentIndex() == -1  # nobody chosen for the user
            assert not ok.isEnabled()
            dialog.combo.setCurrentIndex(dialog.combo.findData(self.choose))
            ok.click()


def test_deleting_a_tagged_person_asks_who_takes_over_in_one_undo_step(
    qtbot: QtBot, filled: Library, bridge: LibraryBridge, undo_stack: QUndoStack
) -> None:
    dialog = _manager(qtbot, filled, bridge, undo_stack)
    dialog.select(ESTHER.id)
    assert dialog.delete_button.isEnabled()
    answer = ReassignAnswer(ESTHER_2.id)
    with qtbot.waitSignal(bridge.collection_changed, timeout=10_000):
        dialog.delete_button.click()
    assert answer.texts == [
        "\u2068Esther Elmaleh\u2069 is still used on 2 items. Choose who takes over every use; "
        "then \u2068Esther Elmaleh\u2069 is deleted. You can undo this."
    ]
    assert undo_stack.count() == 1
    assert undo_stack.undoText() == "Delete \u2068Esther Elmaleh\u2069"
    assert {p.id for p in filled.people()} == {ESTHER_2.id, MOHA.id}
    assert sum(ESTHER_2.id in i.person_ids() for i in filled.items()) == 3
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=10_000)
    with qtbot.waitSignal(bridge.collection_changed, timeout=10_000):
        undo_stack.undo()
    assert filled.person(ESTHER.id) == ESTHER
    assert sum(ESTHER.id in i.person_ids() for i in filled.items()) == 2


def test_cancelled_reassignment_deletes_nothing_and_an_unused_person_goes_at_once(
    qtbot: QtBot, filled: Library, bridge: LibraryBridge, undo_stack: QUndoStack
) -> None:
    nobody = Person(id=new_person_id(), names=(Name(value="Nobody Yet"),))
    put(filled, nobody)
    dialog = _manager(qtbot, filled, bridge, undo_stack)
    dialog.select(MOHA.id)  # tagged on an item (his own relations are no use of him)
    answer = ReassignAnswer(None)
    dialog.delete_button.click()
    qtbot.waitUntil(lambda: bool(answer.texts), timeout=5000)
    bridge.wait()
    assert "still used on 1 item." in answer.texts[0]
    assert undo_stack.count() == 0
    assert filled.person(MOHA.id) == MOHA

    dialog.select(nobody.id)
    with qtbot.waitSignal(bridge.collection_changed, timeout=10_000):
        dialog.delete_button.click()
    assert nobody.id not in {p.id for p in filled.people()}
    assert undo_stack.count() == 1


def _right_click(qtbot: QtBot, dialog: PeopleManager, person_id: str) -> QMenu:
    """Post a real context-menu event on the person's row; the menu it shows."""
    rect = dialog.view.visualRect(dialog.proxy.index(_row_of(dialog, person_id), NAME))
    viewport = dialog.view.viewport()
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, rect.center(), viewport.mapToGlobal(rect.center())
    )
    QApplication.postEvent(viewport, event)
    qtbot.waitUntil(lambda: dialog.menu is not None and dialog.menu.isVisible(), timeout=5000)
    assert dialog.menu is not None
    return dialog.menu


def _menu_state(menu: QMenu) -> dict[str, bool]:
    return {a.text(): a.isEnabled() for a in menu.actions()}


def test_context_menu_edits_merges_and_deletes(
    qtbot: QtBot, filled: Library, bridge: LibraryBridge, undo_stack: QUndoStack
) -> None:
    put(filled, NOBODY)
    dialog = _manager(qtbot, filled, bridge, undo_stack)
    menu = _right_click(qtbot, dialog, ESTHER.id)
    assert dialog.selected_ids() == [ESTHER.id]  # the row under the mouse
    assert _menu_state(menu) == {"Edit": True, "Merge…": False, "Delete…": True}
    menu.actions()[0].trigger()
    menu.close()
    assert dialog.form.names.hasFocus() or dialog.form.isAncestorOf(QApplication.focusWidget())

    dialog.select(ESTHER_2.id, extend=True)
    menu = _right_click(qtbot, dialog, ESTHER_2.id)  # a selected row: the selection stays
    assert set(dialog.selected_ids()) == {ESTHER.id, ESTHER_2.id}
    assert _menu_state(menu) == {"Edit": False, "Merge…": True, "Delete…": False}
    keep = "keep_first" if dialog.selected_ids()[0] == ESTHER.id else "keep_second"
    QTimer.singleShot(0, _answer_message_box(keep))
    with qtbot.waitSignal(bridge.collection_changed, timeout=10_000):
        menu.actions()[1].trigger()
    assert {p.id for p in filled.people()} == {ESTHER.id, MOHA.id, NOBODY.id}

    qtbot.waitUntil(lambda: _row_of(dialog, ESTHER_2.id) == -1, timeout=10_000)
    menu = _right_click(qtbot, dialog, NOBODY.id)
    with qtbot.waitSignal(bridge.collection_changed, timeout=10_000):
        menu.actions()[2].trigger()  # used nowhere: deleted at once, one undo step
    assert NOBODY.id not in {p.id for p in filled.people()}
    assert undo_stack.undoText() == "Delete \u2068Nobody Known\u2069"
