"""The timeline counts items per year or decade and asks for the period clicked."""

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from memoryapp.core.dates.phrases import parse_date
from memoryapp.ui.widgets.timeline import Bar, TimelineWidget, year_of

pytestmark = pytest.mark.gui


def _bounds(*phrases: str) -> list[tuple[str | None, str | None]]:
    out: list[tuple[str | None, str | None]] = []
    for phrase in phrases:
        bounds = parse_date(phrase).bounds()
        assert bounds is not None
        out.append((bounds.min, bounds.max))
    return out


def _timeline(qtbot: QtBot) -> TimelineWidget:
    timeline = TimelineWidget()
    qtbot.addWidget(timeline)
    timeline.resize(800, 160)
    timeline.show()
    return timeline


def test_year_of_reads_iso_years() -> None:
    assert year_of("1955-03-01") == 1955
    assert year_of("0800") == 800
    assert year_of("-0044-03-15") == -44
    assert year_of(None) is None
    assert year_of("") is None


def test_exact_and_uncertain_dates_per_year(qtbot: QtBot) -> None:
    timeline = _timeline(qtbot)
    timeline.set_items(
        [*_bounds("1950", "1950-06-01", "1952", "1950s"), (None, None), (None, "1951-12-31")]
    )
    assert timeline.unit() == "year"
    assert timeline.undated == 1
    bars = {b.start: b for b in timeline.bars()}
    assert bars[1950] == Bar(1950, exact=2, possible=1)  # the fifties may be 1950
    assert bars[1951] == Bar(1951, exact=0, possible=2)  # and "before 1952" ends there
    assert bars[1952] == Bar(1952, exact=1, possible=1)
    assert bars[1959] == Bar(1959, exact=0, possible=1)
    assert [b.start for b in timeline.bars()] == list(range(1950, 1960))


def test_decades_make_a_decade_range_exact(qtbot: QtBot) -> None:
    timeline = _timeline(qtbot)
    timeline.set_items(_bounds("1950s", "1962", "between 1948 and 1956"))
    timeline.set_unit("decade")
    bars = {b.start: b for b in timeline.bars()}
    assert bars[1950] == Bar(1950, exact=1, possible=1)
    assert bars[1940] == Bar(1940, exact=0, possible=1)
    assert bars[1960] == Bar(1960, exact=1, possible=0)


def test_long_ranges_switch_to_decades_automatically(qtbot: QtBot) -> None:
    timeline = _timeline(qtbot)
    timeline.set_counts({1900: 3, 1995: 2}, {1940: 1}, undated=4)
    assert timeline.unit() == "decade"
    assert timeline.bars()[0] == Bar(1900, exact=3, possible=0)
    assert timeline.bars()[-1] == Bar(1990, exact=2, possible=0)
    assert timeline.undated == 4


def test_clicking_a_bar_emits_its_year(qtbot: QtBot) -> None:
    timeline = _timeline(qtbot)
    timeline.set_counts({1950: 1, 1955: 4, 1960: 2})
    centre = timeline.bar_rect(1955).center().toPoint()
    with qtbot.waitSignal(timeline.period_clicked, timeout=2000) as blocker:
        qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=centre)
    assert blocker.args == ["1955", "1955"]


def test_dragging_across_bars_emits_the_period(qtbot: QtBot) -> None:
    timeline = _timeline(qtbot)
    timeline.set_counts({1950: 1, 1955: 4, 1960: 2})
    start = timeline.bar_rect(1957).center().toPoint()
    end = timeline.bar_rect(1952).center().toPoint()
    qtbot.mousePress(timeline, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(timeline, QPoint((start.x() + end.x()) // 2, start.y()))
    qtbot.mouseMove(timeline, end)
    with qtbot.waitSignal(timeline.period_clicked, timeout=2000) as blocker:
        qtbot.mouseRelease(timeline, Qt.MouseButton.LeftButton, pos=end)
    assert blocker.args == ["1952", "1957"]


def test_clicking_a_decade_emits_its_ten_years(qtbot: QtBot) -> None:
    timeline = _timeline(qtbot)
    timeline.set_counts({1921: 1, 1955: 4, 1962: 2})
    timeline.set_unit("decade")
    centre = timeline.bar_rect(1950).center().toPoint()
    with qtbot.waitSignal(timeline.period_clicked, timeout=2000) as blocker:
        qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=centre)
    assert blocker.args == ["1950", "1959"]


def test_empty_timeline_paints_and_ignores_clicks(qtbot: QtBot) -> None:
    timeline = _timeline(qtbot)
    timeline.set_items([(None, None)])
    assert timeline.bars() == []
    assert not timeline.grab().isNull()
    with qtbot.assertNotEmitted(timeline.period_clicked):
        qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=QPoint(100, 50))


def test_counts_are_written_in_the_locales_number_format(qtbot: QtBot) -> None:
    """Like the status bar: "1,234 items" (not "1234"); years stay years ("1955")."""
    from PySide6.QtCore import QLocale

    timeline = _timeline(qtbot)
    timeline.set_counts({1955: 1_234}, {1955: 2_000}, undated=5_853)
    (bar,) = timeline.bars()
    assert timeline._tooltip(bar) == (
        "1955: 1,234 items\n2,000 more may be from then (uncertain dates)"
    )
    QLocale.setDefault(QLocale("fr_FR"))
    try:
        assert QLocale().toString(1_234) in timeline._tooltip(bar)
        assert QLocale().toString(1_234) != "1,234"
    finally:
        QLocale.setDefault(QLocale("en"))
    timeline.grab()  # the axis top and the undated count paint through the same format
