"""The fuzzy date field reads dates as people say them and says how it read them."""

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from memoryapp.core.dates import DateModifier, describe
from memoryapp.core.dates.phrases import parse_date
from memoryapp.ui.widgets.date_edit import FuzzyDateEdit

pytestmark = pytest.mark.gui

PHRASES = {
    "c. 1955": "1955~",
    "vers 1955": "1955~",
    "1950s": "195X",
    "années 50": "195X",
    "before 1960": "[..1959]",
    "between 1948 and 1956": "[1948..1956]",
    "summer 1962": "1962-22",
    "1955?": "1955?",
    "25 Elul 5715": "1955-09-12",
    "1955-06~": "1955-06~",
}


def _field(qtbot: QtBot, lang: str = "en") -> FuzzyDateEdit:
    field = FuzzyDateEdit(lang=lang)
    qtbot.addWidget(field)
    field.show()
    return field


def _type(qtbot: QtBot, field: FuzzyDateEdit, text: str) -> None:
    field.line.clear()
    if text.isascii():
        qtbot.keyClicks(field.line, text)
    else:  # QTest cannot type letters outside Latin-1 / with accents reliably
        field.line.setFocus()
        field.line.insert(text)


@pytest.mark.parametrize(("text", "edtf"), PHRASES.items())
def test_phrases_are_read_and_shown(qtbot: QtBot, text: str, edtf: str) -> None:
    field = _field(qtbot)
    _type(qtbot, field, text)
    date = field.date()
    assert date is not None
    assert date.edtf == edtf
    assert date.input == text
    assert field.is_valid()
    assert not field.keep_button.isVisible()
    shown = field.feedback.text()
    assert describe(date, "en") in shown
    assert edtf in shown
    with qtbot.waitSignal(field.date_changed, timeout=2000) as blocker:
        qtbot.keyClick(field.line, Qt.Key.Key_Return)
    assert blocker.args == [date]


def test_hijri_date_keeps_its_calendar(qtbot: QtBot) -> None:
    field = _field(qtbot)
    _type(qtbot, field, "1 Muharram 1380")
    date = field.date()
    assert date is not None
    assert date.calendar_original is not None
    assert date.calendar_original.calendar == "hijri"
    assert "1960" in field.feedback.text()


def test_reading_is_described_in_the_chosen_language(qtbot: QtBot) -> None:
    field = _field(qtbot, lang="fr")
    _type(qtbot, field, "c. 1955")
    assert "vers 1955" in field.feedback.text()
    field.set_language("he")
    date = field.date()
    assert date is not None
    assert describe(date, "he") in field.feedback.text()


def test_words_that_are_not_a_date_are_refused_with_a_reason(qtbot: QtBot) -> None:
    field = _field(qtbot)
    with qtbot.assertNotEmitted(field.date_changed):
        _type(qtbot, field, "before we left")
        qtbot.keyClick(field.line, Qt.Key.Key_Return)
    assert field.date() is None
    assert not field.is_valid()
    assert "before we left" in field.error()
    assert "before we left" in field.feedback.text()
    assert "#c62828" in field.feedback.styleSheet()
    assert field.keep_button.isVisible()


def test_unreadable_words_can_be_kept_as_text_only(qtbot: QtBot) -> None:
    field = _field(qtbot)
    _type(qtbot, field, "before we left")
    with qtbot.waitSignal(field.date_changed, timeout=2000) as blocker:
        field.keep_button.click()
    kept = blocker.args[0]
    assert kept.edtf is None
    assert kept.modifier is DateModifier.TEXTONLY
    assert kept.input == "before we left"
    assert field.date() == kept
    assert field.is_valid()
    assert not field.keep_button.isVisible()


def test_set_date_shows_a_value_without_emitting(qtbot: QtBot) -> None:
    field = _field(qtbot)
    date = parse_date("entre 1948 et 1956")
    with qtbot.assertNotEmitted(field.date_changed):
        field.setDate(date)
        qtbot.keyClick(field.line, Qt.Key.Key_Return)
    assert field.line.text() == "entre 1948 et 1956"
    assert field.date() is date
    assert "[1948..1956]" in field.feedback.text()
    field.setDate(None)
    assert field.line.text() == ""
    assert field.date() is None


def test_emptying_the_field_emits_none(qtbot: QtBot) -> None:
    field = _field(qtbot)
    field.setDate(parse_date("1955"))
    field.line.selectAll()
    with qtbot.waitSignal(field.date_changed, timeout=2000) as blocker:
        qtbot.keyClick(field.line, Qt.Key.Key_Delete)
        qtbot.keyClick(field.line, Qt.Key.Key_Return)
    assert blocker.args == [None]


def test_hebrew_text_turns_the_field_right_to_left(qtbot: QtBot) -> None:
    field = _field(qtbot)
    _type(qtbot, field, "כ״ה אלול תשט״ו")
    assert field.line.layoutDirection() == Qt.LayoutDirection.RightToLeft
    date = field.date()
    assert date is not None
    assert date.edtf == "1955-09-12"
