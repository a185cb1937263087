"""A bar chart of items per year or per decade, uncertain dates drawn as light bands.

An item whose date bounds fall inside one bar counts in the solid part of that bar. An item
whose bounds cover several bars ("c. 1955", "the fifties" by year) adds to a light band on
each bar it may belong to. Click a bar, or drag across bars, to ask for that period.
"""

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import QMenu, QSizePolicy, QToolTip, QWidget

from memoryapp.ui.i18n import number

_YEAR = re.compile(r"^\s*([+-]?\d{1,6})")
AUTO_DECADES_OVER = 80  # more years than this: one bar per decade
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, AXIS = 36.0, 12.0, 10.0, 22.0

Bounds = tuple[str | None, str | None]


def year_of(iso: str | None) -> int | None:
    """The year of an ISO date ("1955-03-01" -> 1955, "-0044" -> -44), or None."""
    if not iso:
        return None
    match = _YEAR.match(iso)
    return int(match.group(1)) if match else None


@dataclass(frozen=True, slots=True)
class Bar:
    """One bar: its first year, items surely in it, items that may be in it."""

    start: int
    exact: int
    possible: int


class TimelineWidget(QWidget):
    """Items over time. Feed it ``set_items`` (bounds per item) or ``set_counts``.

    Signals:
        period_clicked(str, str): the first and last year (ISO, 4 digits) of the bars the
            user clicked or dragged across, e.g. ("1950", "1959").
    """

    period_clicked = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMouseTracking(True)
        self.setMinimumHeight(90)
        self._exact: Counter[int] = Counter()  # year -> items dated within that year
        self._spans: Counter[tuple[int, int]] = Counter()  # (first, last year) -> items
        self._undated = 0
        self._unit = "auto"
        self._bars: list[Bar] = []
        self._press: int | None = None
        self._hover: int | None = None
        self._selection: tuple[int, int] | None = None
        self._message = ""  # said instead of "No dated items" (the dates are not known yet)

    # -- data ------------------------------------------------------------------------------

    def set_items(self, bounds: Iterable[Bounds]) -> None:
        """One ``(min_iso, max_iso)`` per item; ``(None, None)`` is undated.

        An open side ("before 1960") counts as uncertain at the known year.
        """
        exact: Counter[int] = Counter()
        spans: Counter[tuple[int, int]] = Counter()
        undated = 0
        for lo_iso, hi_iso in bounds:
            lo, hi = year_of(lo_iso), year_of(hi_iso)
            if lo is None and hi is None:
                undated += 1
            elif lo is None or hi is None:
                year = lo if lo is not None else hi
                assert year is not None
                spans[(year, year)] += 1
            elif lo == hi:
                exact[lo] += 1
            else:
                spans[(min(lo, hi), max(lo, hi))] += 1
        self._exact, self._spans, self._undated = exact, spans, undated
        self._rebuild()

    def set_counts(
        self,
        exact: Mapping[int, int],
        possible: Mapping[int, int] | None = None,
        undated: int = 0,
    ) -> None:
        """Precomputed counts per year: items surely in it, items that may be in it."""
        self._exact = Counter({int(y): int(n) for y, n in exact.items() if n})
        self._spans = Counter({(int(y), int(y)): int(n) for y, n in (possible or {}).items() if n})
        self._undated = undated
        self._rebuild()

    def set_message(self, text: str) -> None:
        """What the timeline says while it has no bars ("": that no item is dated)."""
        self._message = text
        self.update()

    def set_unit(self, unit: str) -> None:
        """``"year"``, ``"decade"`` or ``"auto"`` (decades over 80 years)."""
        if unit not in ("year", "decade", "auto"):
            raise ValueError(f"unit must be year, decade or auto, not {unit!r}")
        self._unit = unit
        self._rebuild()

    @property
    def undated(self) -> int:
        """How many items have no date."""
        return self._undated

    def unit(self) -> str:
        """The unit in use: ``"year"`` or ``"decade"`` (``auto`` resolved)."""
        if self._unit != "auto":
            return self._unit
        years = [*self._exact, *(y for span in self._spans for y in span)]
        wide = bool(years) and max(years) - min(years) + 1 > AUTO_DECADES_OVER
        return "decade" if wide else "year"

    def bars(self) -> list[Bar]:
        """The bars drawn, oldest first (empty bars included)."""
        return list(self._bars)

    def _rebuild(self) -> None:
        width = 10 if self.unit() == "decade" else 1
        exact: Counter[int] = Counter()
        possible: Counter[int] = Counter()
        for year, n in self._exact.items():
            exact[year // width * width] += n
        for (first, last), n in self._spans.items():
            a, b = first // width * width, last // width * width
            if a == b and first != last:
                exact[a] += n
            else:
                for start in range(a, b + width, width):
                    possible[start] += n
        keys = [*exact, *possible]
        if keys:
            starts = range(min(keys), max(keys) + width, width)
            self._bars = [Bar(s, exact[s], possible[s]) for s in starts]
        else:
            self._bars = []
        self._selection = None
        self.updateGeometry()
        self.update()

    # -- geometry --------------------------------------------------------------------------

    def _step(self) -> int:
        return 10 if self.unit() == "decade" else 1

    def _plot(self) -> QRectF:
        return QRectF(
            MARGIN_LEFT,
            MARGIN_TOP,
            max(self.width() - MARGIN_LEFT - MARGIN_RIGHT, 1.0),
            max(self.height() - MARGIN_TOP - AXIS, 1.0),
        )

    def bar_rect(self, start: int) -> QRectF:
        """The column of the bar that starts at year ``start``, in widget coordinates."""
        plot = self._plot()
        index = next((i for i, b in enumerate(self._bars) if b.start == start), None)
        if index is None:
            return QRectF()
        width = plot.width() / len(self._bars)
        return QRectF(plot.left() + index * width, plot.top(), width, plot.height())

    def bar_at(self, x: float) -> Bar | None:
        """The bar under widget x, if any."""
        plot = self._plot()
        if not self._bars or not plot.left() <= x < plot.right():
            return None
        index = int((x - plot.left()) / (plot.width() / len(self._bars)))
        return self._bars[min(index, len(self._bars) - 1)]

    def sizeHint(self) -> QSize:
        """Wide and short."""
        return QSize(640, 150)

    # -- mouse -----------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Start choosing a period."""
        bar = self.bar_at(event.position().x())
        if event.button() == Qt.MouseButton.LeftButton and bar is not None:
            self._press = bar.start
            self._selection = (bar.start, bar.start)
            self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """Extend the period being chosen; track the bar under the mouse."""
        bar = self.bar_at(event.position().x())
        self._hover = bar.start if bar is not None else None
        if self._press is not None and bar is not None:
            self._selection = (min(self._press, bar.start), max(self._press, bar.start))
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """Ask for the period chosen."""
        if self._press is None or self._selection is None:
            return
        first, last = self._selection
        self._press = None
        self.update()
        self.period_clicked.emit(_iso(first), _iso(last + self._step() - 1))

    def leaveEvent(self, event: object) -> None:
        """Forget the hovered bar."""
        self._hover = None
        self.update()

    def clear_selection(self) -> None:
        """Forget the highlighted period."""
        self._selection = None
        self.update()

    def event(self, event: object) -> bool:
        """Tooltips: how many items a bar holds surely, and how many more it may hold."""
        if isinstance(event, QHelpEvent) and event.type() == QHelpEvent.Type.ToolTip:
            bar = self.bar_at(float(event.pos().x()))
            if bar is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self._tooltip(bar), self)
            return True
        return super().event(event)  # type: ignore[arg-type]

    def _period_label(self, bar: Bar) -> str:
        if self._step() == 10:
            return self.tr("%1s", "a decade, e.g. 1950s").replace("%1", str(bar.start))
        return str(bar.start)

    def _tooltip(self, bar: Bar) -> str:
        period = self._period_label(bar)
        text = self.tr("%1: %Ln item(s)", "", bar.exact).replace("%1", period)
        if bar.possible:
            text += "\n" + self.tr("%Ln more may be from then (uncertain dates)", "", bar.possible)
        return text

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """Choose years, decades or automatic."""
        menu = QMenu(self)
        for unit, label in (
            ("auto", self.tr("Automatic")),
            ("year", self.tr("By year")),
            ("decade", self.tr("By decade")),
        ):
            action = menu.addAction(label, partial(self.set_unit, unit))
            action.setCheckable(True)
            action.setChecked(self._unit == unit)
        menu.exec(event.globalPos())

    # -- painting --------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        """Bars, light bands for uncertain dates, the year axis."""
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        text = palette.color(QPalette.ColorRole.Text)
        if not self._bars:
            painter.setPen(text)
            message = self._message or self.tr("No dated items")
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, message)
            return
        plot = self._plot()
        top = max(b.exact + b.possible for b in self._bars) or 1
        solid = palette.color(QPalette.ColorRole.Highlight)
        light = QColor(solid)
        light.setAlpha(70)
        for bar in self._bars:
            column = self.bar_rect(bar.start)
            self._paint_column(painter, column, bar, top, solid, light)
        painter.setPen(text)
        painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
        self._paint_axis(painter, plot, text)
        painter.drawText(
            QRectF(0, plot.top() - 2, MARGIN_LEFT - 4, 16),
            # Absolute: the chart reads left to right (past to present) in every language.
            Qt.AlignmentFlag.AlignRight
            | Qt.AlignmentFlag.AlignTop
            | Qt.AlignmentFlag.AlignAbsolute,
            number(top),
        )
        if self._undated:
            painter.drawText(
                plot.adjusted(0, 0, -2, 0),
                Qt.AlignmentFlag.AlignRight
                | Qt.AlignmentFlag.AlignTop
                | Qt.AlignmentFlag.AlignAbsolute,
                self.tr("%Ln undated", "", self._undated),
            )

    def _paint_column(
        self, painter: QPainter, column: QRectF, bar: Bar, top: int, solid: QColor, light: QColor
    ) -> None:
        selected = self._selection is not None and (
            self._selection[0] <= bar.start <= self._selection[1]
        )
        if selected or bar.start == self._hover:
            shade = QColor(solid)
            shade.setAlpha(45 if selected else 20)
            painter.fillRect(column, shade)
        gap = 1.0 if column.width() > 4 else 0.0
        scale = column.height() / top
        both = (bar.exact + bar.possible) * scale
        painter.fillRect(
            QRectF(column.left() + gap, column.bottom() - both, column.width() - 2 * gap, both),
            light,
        )
        height = bar.exact * scale
        painter.fillRect(
            QRectF(column.left() + gap, column.bottom() - height, column.width() - 2 * gap, height),
            solid,
        )

    def axis_labels(self) -> list[tuple[float, QRectF, str]]:
        """Under the axis: where each shown bar starts, the box of its label, the label.

        Boxes are as wide as the longest label in the interface language ("Années 1950" as
        well as "1950s") and kept inside the widget; labels are thinned out to fit.
        """
        if not self._bars:
            return []
        plot = self._plot()
        metrics = self.fontMetrics()
        labels = [self._period_label(bar) for bar in self._bars]
        label_width = max(metrics.horizontalAdvance(label) for label in labels) + 8
        width = plot.width() / len(self._bars)
        every = 1
        while every * width < label_width:
            every = {1: 2, 2: 5, 5: 10}.get(every, every * 2)
        out = []
        for index, (bar, label) in enumerate(zip(self._bars, labels, strict=True)):
            if (bar.start // self._step()) % every:
                continue
            x = plot.left() + index * width
            left = min(max(x + width / 2 - label_width / 2, 0.0), self.width() - label_width)
            out.append((x, QRectF(left, plot.bottom() + 4, label_width, AXIS - 4), label))
        return out

    def _paint_axis(self, painter: QPainter, plot: QRectF, colour: QColor) -> None:
        painter.setPen(colour)
        for x, box, label in self.axis_labels():
            painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4))
            painter.drawText(box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, label)


def _iso(year: int) -> str:
    return f"-{abs(year):04d}" if year < 0 else f"{year:04d}"
