from memoryapp.ui.token_list import MAX_CHIPS, Choice, Token, TokenListEdit


def test_many_chips_show_the_most_common_then_how_many_more(qtbot):
    edit = TokenListEdit("Add a person…")
    qtbot.addWidget(edit)
    tokens = [Token(key=f"p{i}", label=f"Person {i}", on=1 + (i == 99), of=100) for i in range(100)]
    edit.set_tokens(tokens)
    texts = edit.tokens_text()
    assert len(texts) == MAX_CHIPS
    assert texts[0].startswith("\u2068Person 99\u2069 (2 of 100)")
    assert edit._more is not None
    assert edit._more.text() == f"and {100 - MAX_CHIPS} more"


def test_entry_completes_through_spelling_variants(qtbot):
    edit = TokenListEdit("Add a person…")
    qtbot.addWidget(edit)
    edit.show()
    edit.set_choices([Choice("p1", "Éliane Ohana", ("אליאן",)), Choice("p2", "David")])
    qtbot.keyClicks(edit.entry, "eliane")
    assert [c.key for c in edit._shown] == ["p1"]
    edit._popup.hide()
    with qtbot.waitSignal(edit.token_added) as blocker:
        edit.entry.setText("אליאן")
        edit.entry.returnPressed.emit()
    assert blocker.args == ["p1", "Éliane Ohana"]


def test_unknown_text_is_offered_as_a_new_value(qtbot):
    edit = TokenListEdit("Add a tag…")
    qtbot.addWidget(edit)
    with qtbot.waitSignal(edit.token_added) as blocker:
        edit.entry.setText("Henna")
        edit.entry.returnPressed.emit()
    assert blocker.args == ["", "Henna"]
    assert edit.entry.text() == ""
