from PySide6.QtCore import Qt

from memoryapp.core.items import DateRole
from memoryapp.ui.details import DetailsPanel


def _panel(library, bridge, undo_stack, qtbot) -> DetailsPanel:
    panel = DetailsPanel(library, bridge, undo_stack)
    qtbot.addWidget(panel)
    panel.resize(420, 900)
    panel.show()
    return panel


def _type_and_leave(qtbot, widget, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_details_shows_a_hint_until_something_is_selected(library, bridge, undo_stack, qtbot):
    panel = _panel(library, bridge, undo_stack, qtbot)
    panel.show_items([])
    assert panel.currentWidget() is panel.empty


def test_editing_the_title_saves_one_undoable_step(library, bridge, undo_stack, add_items, qtbot):
    (item,) = add_items(["Henna"])
    panel = _panel(library, bridge, undo_stack, qtbot)
    panel.show_items([item.id])
    assert panel.form.title.text() == "Henna"
    with qtbot.waitSignal(bridge.collection_changed, timeout=5000):
        _type_and_leave(qtbot, panel.form.title, "Henna in Tinghir")
    assert library.item(item.id).title == "Henna in Tinghir"
    assert undo_stack.count() == 1


def test_a_date_as_people_say_it_is_stored_as_edtf(library, bridge, undo_stack, add_items, qtbot):
    (item,) = add_items(["Wedding"])
    panel = _panel(library, bridge, undo_stack, qtbot)
    panel.show_items([item.id])
    with qtbot.waitSignal(bridge.collection_changed, timeout=5000):
        _type_and_leave(qtbot, panel.form.taken.line, "vers 1955")
    taken = library.item(item.id).dates[DateRole.TAKEN]
    assert (taken.edtf, taken.input) == ("1955~", "vers 1955")
    assert "1955" in panel.form.taken.feedback.text()


def test_tagging_several_items_is_one_step_and_undo_restores_all(
    library, bridge, undo_stack, add_items, qtbot
):
    items = add_items(["a", "b", "c"])
    panel = _panel(library, bridge, undo_stack, qtbot)
    panel.show_items([i.id for i in items])
    assert "3 items selected" in panel.form.heading.text()
    with qtbot.waitSignal(bridge.collection_changed, timeout=5000):
        panel.form.tags.token_added.emit("", "Events|Wedding")
    assert undo_stack.count() == 1
    assert all(library.item(i.id).tags == ("Events|Wedding",) for i in items)
    with qtbot.waitSignal(bridge.collection_changed, timeout=5000):
        undo_stack.undo()
    assert all(library.item(i.id).tags == () for i in items)


def test_several_titles_show_as_mixed_and_typing_replaces_them_all(
    library, bridge, undo_stack, add_items, qtbot
):
    items = add_items(["a", "b"])
    panel = _panel(library, bridge, undo_stack, qtbot)
    panel.show_items([i.id for i in items])
    assert panel.form.title.text() == ""
    assert "Several values" in panel.form.title.placeholderText()
    with qtbot.waitSignal(bridge.collection_changed, timeout=5000):
        _type_and_leave(qtbot, panel.form.title, "Souk")
    assert {library.item(i.id).title for i in items} == {"Souk"}


def test_tagging_a_known_person_by_any_spelling(
    library, bridge, undo_stack, add_items, people, qtbot
):
    (item,) = add_items(["Shabbat"])
    panel = _panel(library, bridge, undo_stack, qtbot)
    panel.show_items([item.id])
    entry = panel.form.people.entry
    entry.setFocus()
    with qtbot.waitSignal(bridge.collection_changed, timeout=5000):
        qtbot.keyClicks(entry, "yaakov ohana")
        panel.form.people._popup.hide()
        qtbot.keyClick(entry, Qt.Key.Key_Return)
    assert library.item(item.id).person_ids() == (people["yaakov"].id,)
    assert any("יעקב אוחנה" in text for text in panel.form.people.tokens_text())


def test_edits_made_quickly_one_after_another_all_stick(
    library, bridge, undo_stack, add_items, qtbot
):
    (item,) = add_items(["x"])
    panel = _panel(library, bridge, undo_stack, qtbot)
    panel.show_items([item.id])
    panel.form.tags.token_added.emit("", "One")
    panel.form.tags.token_added.emit("", "Two")
    panel.form.private.click()
    qtbot.waitUntil(lambda: not bridge.is_busy, timeout=5000)
    saved = library.item(item.id)
    assert saved.tags == ("One", "Two")
    assert saved.private is True
    assert undo_stack.count() == 3


def test_read_only_file_metadata_is_shown_for_one_item(
    library, bridge, undo_stack, make_jpeg, qtbot
):
    report = library.import_paths([make_jpeg("scan.jpg")])
    item_id = report.added[0].item_id
    panel = _panel(library, bridge, undo_stack, qtbot)
    panel.show_items([item_id])
    rows = dict(panel.form.embedded.row_texts())
    assert rows["File name"] == "scan.jpg"
    assert rows["Format"] == "JPEG"
    assert rows["Pixels"] == "320 × 240"


def test_a_damaged_picture_says_so_in_the_details(library, bridge, undo_stack, qtbot, tmp_path):
    from tests.conftest import draw_picture

    source = tmp_path / "wedding.jpg"
    draw_picture(5, (400, 300)).save(source, "JPEG")
    data = source.read_bytes()
    source.write_bytes(data[: len(data) // 2])
    from memoryapp.library import ImportOptions

    (result,) = library.import_paths([source], options=ImportOptions(jobs=1)).results
    panel = _panel(library, bridge, undo_stack, qtbot)
    panel.show_items([result.item_id])
    rows = dict(panel.form.embedded.row_texts())
    assert rows["Picture damaged"] == library.item(result.item_id).damaged
