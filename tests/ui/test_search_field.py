from PySide6.QtCore import Qt

from memoryapp.ui.search_field import SearchField


def test_search_field_searches_after_a_pause_and_on_enter(qtbot):
    field = SearchField()
    qtbot.addWidget(field)
    with qtbot.waitSignal(field.query_changed, timeout=2000) as blocker:
        qtbot.keyClicks(field, "wedding")
    assert blocker.args == ["wedding"]
    qtbot.keyClicks(field, " Tinghir")
    with qtbot.waitSignal(field.query_changed, timeout=100) as blocker:
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert blocker.args == ["wedding Tinghir"]


def test_escape_clears_the_search(qtbot):
    field = SearchField()
    qtbot.addWidget(field)
    field.set_query("is:undated")
    with qtbot.waitSignal(field.query_changed, timeout=1000) as blocker:
        qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert blocker.args == [""]
    assert field.text() == ""


def test_set_query_can_narrow_the_current_search(qtbot):
    field = SearchField()
    qtbot.addWidget(field)
    field.set_query("wedding")
    with qtbot.waitSignal(field.query_changed) as blocker:
        field.set_query("place:Tinghir", narrow=True)
    assert blocker.args == ["wedding place:Tinghir"]


def test_field_prefix_asks_for_completions_and_inserts_the_choice(qtbot):
    field = SearchField()
    qtbot.addWidget(field)
    field.show()
    with qtbot.waitSignal(field.completion_wanted, timeout=1000) as blocker:
        qtbot.keyClicks(field, "henna person:mir")
    assert blocker.args == ["person", "mir"]
    field.show_completions("person", "mir", [("Miriam Ohana", "p1")])
    assert field.completion_popup_visible()
    with qtbot.waitSignal(field.query_changed, timeout=1000) as blocker:
        field._insert_completion("Miriam Ohana")
    assert blocker.args == ['henna person:"Miriam Ohana"']


def test_is_values_are_offered_without_asking_the_index(qtbot):
    field = SearchField()
    qtbot.addWidget(field)
    field.show()
    with qtbot.assertNotEmitted(field.completion_wanted):
        qtbot.keyClicks(field, "is:un")
    assert field.completion_popup_visible()


def test_unreadable_query_is_marked_with_its_reason(qtbot):
    field = SearchField()
    qtbot.addWidget(field)
    field.show_error(4, "this quote is never closed")
    assert field.property("invalid") is True
    assert "character 5" in field.toolTip()
    field.clear_error()
    assert field.property("invalid") is False
    assert "person:" in field.toolTip()
