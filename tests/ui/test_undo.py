from memoryapp.core import edits
from memoryapp.ui.undo import CoreCommand, command_text, push_command


def test_pushing_a_core_command_applies_it_on_the_worker_and_undo_reverts(
    library, bridge, undo_stack, add_items, qtbot
):
    items = add_items(["Henna", "Wedding"])
    command = edits.tag_items(items, add_tags=["Events|Henna"])
    with qtbot.waitSignal(bridge.collection_changed, timeout=5000):
        undo_stack.push(CoreCommand(command, bridge))  # push() runs redo()
    assert all(library.item(i.id).tags == ("Events|Henna",) for i in items)
    with qtbot.waitSignal(bridge.collection_changed, timeout=5000):
        undo_stack.undo()
    assert all(library.item(i.id).tags == () for i in items)
    assert undo_stack.redoText() == "Tag 2 items"


def test_push_command_skips_an_edit_that_changes_nothing(library, bridge, undo_stack, add_items):
    items = add_items(["Henna"])
    assert not push_command(undo_stack, edits.edit_items(items, title="Henna"), bridge)
    assert undo_stack.count() == 0


def test_command_text_names_the_step(add_items):
    items = add_items(["a"])
    assert command_text(edits.edit_items(items, title="b")) == "Edit 1 item"
