"""The supervisor view's charts, drawn with QtCharts: horizontal bars (a value per row,
its first part highlighted, the figures in the tooltip of the bar under the mouse and in
the accessible description) and a weekly trend line. The colours read on a light or a
dark palette; the chart's own theme follows the palette."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QDateTime, QEvent, QMargins, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPalette
from PySide6.QtWidgets import QFrame, QWidget

from ui.widgets import formats

PART = QColor("#c8553d")  # the highlighted part: overdue, not kept
REST = QColor("#5b9bb8")
LINE = QColor("#2f7d5b")
LIGHT_TEXT = QColor("#33404d")  # labels and titles on a light palette, as the cards' text
DARK_TEXT = QColor("#e1e5ea")

Bar = tuple[str, float, float, str]  # label, value, highlighted part, text (tooltip)


class _Chart(QChartView):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        chart = QChart()
        chart.setBackgroundVisible(False)
        chart.setMargins(QMargins(0, 0, 0, 0))
        chart.legend().setVisible(False)
        chart.setLocale(formats.locale())  # axis dates and numbers in the console's language
        chart.setLocalizeNumbers(True)
        self.setChart(chart)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setBackgroundBrush(QBrush(Qt.BrushStyle.NoBrush))
        self.viewport().setAutoFillBackground(False)  # the card shows through
        self.empty_text = ""
        self._theme()

    def _theme(self) -> None:
        """The chart's theme for the palette, then our colours over it (a theme recolours
        the series and axes it finds)."""
        dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
        text = QBrush(DARK_TEXT if dark else LIGHT_TEXT)
        chart = self.chart()
        theme = QChart.ChartTheme.ChartThemeDark if dark else QChart.ChartTheme.ChartThemeLight
        if chart.theme() != theme:
            chart.setTheme(theme)
        chart.setBackgroundVisible(False)
        chart.setTitleBrush(text)
        chart.legend().setLabelBrush(text)
        for axis in chart.axes():
            axis.setLabelsBrush(text)
            axis.setTitleBrush(text)
        self._colour()

    def _colour(self) -> None:
        """Set the series' own colours (after the theme)."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._theme()
        super().changeEvent(event)

    def _reset(self) -> QChart:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        chart.setTitle("")
        return chart

    def _show_empty(self, chart: QChart) -> None:
        chart.setTitle(self.empty_text)
        self.setAccessibleDescription(self.empty_text)


class BarChart(_Chart):
    """Horizontal bars, top to bottom in the order given; the highlighted part of each bar
    is stacked first. ``set_bars`` keeps the hand-painted chart's interface."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self.bars: list[Bar] = []
        self.value_title = ""
        self.part_name = ""
        self.rest_name = ""

    def set_bars(self, bars: Sequence[Bar]) -> None:
        self.bars = list(bars)
        chart = self._reset()
        self.setMinimumHeight(max(120, 28 * len(self.bars) + 70))
        if not self.bars:
            self._show_empty(chart)
            self._theme()
            return
        rows = list(reversed(self.bars))  # the chart draws the first category at the bottom
        part, rest = QBarSet(self.part_name), QBarSet(self.rest_name)
        for _label, value, highlighted, _text in rows:
            part.append(highlighted)
            rest.append(max(value - highlighted, 0.0))
        series = QHorizontalStackedBarSeries()
        series.setBarWidth(0.6)
        series.append([part, rest])
        series.hovered.connect(self._hovered)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append(_unique([label for label, *_ in rows]))
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        values = QValueAxis()
        values.setRange(0, max(b[1] for b in self.bars) or 1.0)
        values.setLabelFormat(formats.AXIS_WHOLE)
        values.applyNiceNumbers()
        values.setTitleText(self.value_title)
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        series.attachAxis(values)
        chart.legend().setVisible(any(b[2] for b in self.bars))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
        self.setAccessibleDescription("; ".join(f"{b[0]}: {b[3]}" for b in self.bars))
        self._theme()

    def _colour(self) -> None:
        for series in self.chart().series():
            if isinstance(series, QHorizontalStackedBarSeries):
                for bar_set, colour in zip(series.barSets(), (PART, REST), strict=True):
                    bar_set.setColor(colour)
                    bar_set.setBorderColor(colour)

    def text_at(self, index: int) -> str:
        """The text of the bar at ``index`` as the series counts (bottom up)."""
        return self.bars[len(self.bars) - 1 - index][3]

    def _hovered(self, status: bool, index: int, _set: QBarSet) -> None:
        self.setToolTip(self.text_at(index) if status and 0 <= index < len(self.bars) else "")


class TrendChart(_Chart):
    """A line: one point per week (the week's end, a percentage), with a tooltip per point."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self.points: list[tuple[datetime, float, str]] = []  # week end, percent, text
        self.value_title = ""
        self.setMinimumHeight(170)

    def set_points(self, points: Sequence[tuple[datetime, float, str]]) -> None:
        self.points = list(points)
        chart = self._reset()
        if not self.points:
            self._show_empty(chart)
            self._theme()
            return
        series = QLineSeries()
        series.setPointsVisible(True)
        for at, percent, _text in self.points:
            series.append(float(_ms(at)), percent)
        series.hovered.connect(self._hovered)
        chart.addSeries(series)
        weeks = QDateTimeAxis()
        weeks.setFormat(formats.DAY_MONTH)
        first, last = self.points[0][0], self.points[-1][0]
        weeks.setRange(QDateTime.fromMSecsSinceEpoch(_ms(first)).addDays(-3),
                       QDateTime.fromMSecsSinceEpoch(_ms(last)).addDays(3))
        weeks.setTickCount(min(len(self.points), 8) + 1)
        chart.addAxis(weeks, Qt.AlignmentFlag.AlignBottom)
        values = QValueAxis()
        values.setRange(0, 100)
        values.setLabelFormat(formats.AXIS_WHOLE)
        values.setTickCount(5)
        values.setTitleText(self.value_title)
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(weeks)
        series.attachAxis(values)
        self.setAccessibleDescription("; ".join(p[2] for p in self.points))
        self._theme()

    def _colour(self) -> None:
        for series in self.chart().series():
            if isinstance(series, QLineSeries):
                series.setColor(LINE)

    def _hovered(self, point: QPointF, state: bool) -> None:
        if not state or not self.points:
            self.setToolTip("")
            return
        ms = [_ms(p[0]) for p in self.points]
        i = min(range(len(ms)), key=lambda k: abs(ms[k] - point.x()))
        self.setToolTip(self.points[i][2])


def _ms(at: datetime) -> int:
    return int(at.timestamp() * 1000)


def _unique(labels: list[str]) -> list[str]:
    """Category labels must differ: a second "Anna" becomes "Anna (2)"."""
    seen: dict[str, int] = {}
    out = []
    for label in labels:
        seen[label] = seen.get(label, 0) + 1
        out.append(label if seen[label] == 1 else f"{label} ({seen[label]})")
    return out
