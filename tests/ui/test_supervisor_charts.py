"""The supervisor view's charts are QtCharts charts: what each shows, its tooltips, its
accessible names and axis titles, and nothing hand-painted left."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QChartView,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QValueAxis,
)
from pytestqt.qtbot import QtBot

from carecenter.db.store import Store
from ui.shell.ops import OpRunner
from ui.supervisor.charts import BarChart, TrendChart
from ui.supervisor.view import SupervisorView


def _axis_titles(chart: QChartView) -> list[str]:
    return [a.titleText() for a in chart.chart().axes()]


def test_supervisor_charts_show_the_figures(qtbot: QtBot, runner: OpRunner,
                                            store: Store) -> None:
    view = SupervisorView(runner, store)
    qtbot.addWidget(view)
    view.show()
    view.refresh()
    qtbot.waitUntil(lambda: view.figures is not None, timeout=10000)
    f = view.figures
    assert f is not None
    for chart in (view.load_chart, view.kept_chart, view.recovery_chart, view.trend_chart):
        assert isinstance(chart, QChartView)
        assert chart.accessibleName()
    assert "Open follow-ups" in _axis_titles(view.load_chart)
    assert view.recovery_chart.value_title == "Median time to recovery (hours)"
    assert view.trend_chart.value_title == "Kept on time (%)"

    agents = [w for w in f.workload if w.agent_id is not None]
    busiest = sorted(agents, key=lambda w: (-w.open_follow_ups, w.agent_name or ""))[:10]
    series = view.load_chart.chart().series()[0]
    assert isinstance(series, QHorizontalStackedBarSeries)
    overdue, rest = series.barSets()
    n = len(busiest)
    # bottom up: the busiest agent is the top bar, the last of the series
    assert [overdue.at(i) for i in range(n)] == [w.overdue_follow_ups for w in reversed(busiest)]
    assert [overdue.at(i) + rest.at(i) for i in range(n)] == \
        [w.open_follow_ups for w in reversed(busiest)]
    axis = next(a for a in view.load_chart.chart().axes() if isinstance(a, QBarCategoryAxis))
    assert axis.categories()[-1] == busiest[0].agent_name
    top = busiest[0]
    expected = f"{top.open_follow_ups} open, {top.overdue_follow_ups} overdue"
    assert view.load_chart.text_at(n - 1) == expected
    assert expected in view.load_chart.accessibleDescription()
    series.hovered.emit(True, n - 1, overdue)  # the mouse on the top bar
    assert view.load_chart.toolTip() == expected
    series.hovered.emit(False, n - 1, overdue)
    assert view.load_chart.toolTip() == ""

    assert len(view.recovery_chart.bars) == len(f.recovery)
    if not f.recovery:
        assert view.recovery_chart.chart().title() == "No data yet."
    assert len(view.trend_chart.points) == sum(1 for _end, w in f.weeks if w.due)
    view.close()


def test_trend_and_empty_charts(qtbot: QtBot) -> None:
    from datetime import UTC, datetime, timedelta
    trend = TrendChart("trend")
    qtbot.addWidget(trend)
    end = datetime(2026, 11, 30, tzinfo=UTC)
    trend.value_title = "Kept on time (%)"
    trend.set_points([(end - timedelta(weeks=1), 50.0, "a"), (end, 75.0, "b")])
    assert "Kept on time (%)" in _axis_titles(trend)
    assert trend.accessibleDescription() == "a; b"
    line_ = trend.chart().series()[0]
    assert isinstance(line_, QLineSeries)
    line_.hovered.emit(line_.at(1), True)
    assert trend.toolTip() == "b"
    line = trend.chart().series()[0]
    assert isinstance(line, QLineSeries)
    assert [p.y() for p in line.points()] == [50.0, 75.0]
    assert any(isinstance(a, QValueAxis) for a in trend.chart().axes())
    bars = BarChart("bars")
    qtbot.addWidget(bars)
    bars.empty_text = "No data yet."
    bars.set_bars([])
    assert bars.chart().title() == "No data yet."
    assert not bars.chart().series()
    bars.set_bars([("Anna", 2, 1, "x"), ("Anna", 3, 0, "y")])
    axis = next(a for a in bars.chart().axes() if isinstance(a, QBarCategoryAxis))
    assert sorted(axis.categories()) == ["Anna", "Anna (2)"]
    trend.show()
    bars.show()
    qtbot.waitExposed(bars)


def test_a_dark_palette_darkens_the_chart_and_keeps_the_bar_colours(qtbot: QtBot) -> None:
    from PySide6.QtCharts import QChart
    from PySide6.QtGui import QColor, QPalette

    from ui.supervisor.charts import PART, REST
    bars = BarChart("bars")
    qtbot.addWidget(bars)
    bars.set_bars([("Anna", 4, 1, "x")])
    assert bars.chart().theme() == QChart.ChartTheme.ChartThemeLight
    palette = bars.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#202428"))
    bars.setPalette(palette)
    assert bars.chart().theme() == QChart.ChartTheme.ChartThemeDark
    series = bars.chart().series()[0]
    assert isinstance(series, QHorizontalStackedBarSeries)
    assert [s.color() for s in series.barSets()] == [PART, REST]
