"""Issue 16: thumbnail titles wrap between words and end in an ellipsis, never cut mid-line."""

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication

from memoryapp.ui.grid import caption_lines

LONG = "Le mariage de Simone et David Elbaz devant la synagogue de Tinghir, printemps 1955"


def test_a_long_title_takes_two_whole_lines_and_an_ellipsis(qapp):
    font = QApplication.font()
    metrics = QFontMetrics(font)
    width = 140
    lines = caption_lines(LONG, font, width)
    assert len(lines) == 2
    assert all(metrics.horizontalAdvance(line) <= width for line in lines)
    assert LONG.startswith(lines[0])
    assert LONG[len(lines[0])] == " "  # the first line ends between two words
    assert lines[1].endswith("…")


def test_a_short_title_is_one_line_as_it_is(qapp):
    font = QFont(QApplication.font())
    assert caption_lines("Henna", font, 140) == ["Henna"]
    assert caption_lines("", font, 140) == []


def test_hebrew_titles_wrap_too(qapp):
    font = QApplication.font()
    title = "חתונה של סימון ודוד אלבז בבית הכנסת של תינג'יר באביב 1955"
    lines = caption_lines(title, font, 120)
    assert len(lines) == 2
    assert title.startswith(lines[0])
    assert lines[1].endswith("…")
