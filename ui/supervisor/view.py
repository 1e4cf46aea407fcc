"""The supervisor view (Ctrl+Shift+S): workload per agent (who is overloaded, what is
overdue), the promise kept rate, time to recovery by category and the promises kept week
by week, drawn with QtCharts (``ui/supervisor/charts.py``), and the figures exported to
CSV. Every role can open it; it is meant for supervisors."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from carecenter.clock import utcnow
from carecenter.db.store import Store
from carecenter.services import supervisor as svc
from carecenter.services.agents import desk_agent
from carecenter.services.customers.screen_pops import PopFigures, pop_figures
from carecenter.services.supervisor import (
    AgentLoad,
    CategoryRecovery,
    PromiseFigures,
    PromiseRate,
)
from ui.cases.api import CASES
from ui.shell import theme
from ui.shell.ops import OpRunner, user_message
from ui.shell.resources import apply_recovery_style
from ui.shell.retranslate import on_language_change
from ui.supervisor.charts import BarChart, TrendChart
from ui.supervisor.share_out import ShareOutDialog
from ui.widgets import formats
from ui.widgets.access import named

if TYPE_CHECKING:
    from ui.shell.registry import Registry

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Figures:
    workload: tuple[AgentLoad, ...]
    promises: PromiseFigures
    recovery: tuple[CategoryRecovery, ...]
    pops: PopFigures  # this workstation's screen pops in the last 30 days (local, not synced)
    weeks: tuple[tuple[datetime, PromiseRate], ...] = ()  # the end of each week, its promises

WEEKS = 8


def read_figures(store: Store) -> Figures:
    at = utcnow()
    ends = [at - timedelta(weeks=i) for i in range(WEEKS - 1, -1, -1)]
    weeks = tuple((end, svc.promise_figures(store, end - timedelta(microseconds=1),
                                            since=end - timedelta(weeks=1)).overall)
                  for end in ends)
    return Figures(svc.workload(store, at), svc.promise_figures(store, at),
                   svc.recovery_by_category(store, until=at),
                   pop_figures(store, since=at - timedelta(days=30)), weeks)


class WorkloadModel(QAbstractTableModel):
    COLUMNS = 5  # agent, open cases, open follow-ups, overdue, overrides

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: tuple[AgentLoad, ...] = ()

    def set_rows(self, rows: tuple[AgentLoad, ...]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Agent"), self.tr("Cases"), self.tr("Follow-ups"),
                self.tr("Overdue"), self.tr("Overrides"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        r = self.rows[index.row()]
        values = (r.agent_name or self.tr("(nobody)"), r.open_cases, r.open_follow_ups,
                  r.overdue_follow_ups, r.overrides)
        if role == Qt.ItemDataRole.DisplayRole:
            return values[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 3 and r.overdue_follow_ups:
            return theme.colour("error_fg")
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def _card(title: QLabel, *body: QWidget) -> QFrame:
    card = QFrame()
    card.setObjectName("figureCard")
    col = QVBoxLayout(card)
    col.setContentsMargins(14, 10, 14, 12)
    col.setSpacing(6)
    col.addWidget(title)
    for w in body:
        col.addWidget(w)
    return card


class SupervisorView(QDialog):
    refreshed = Signal()

    def __init__(self, runner: OpRunner, store: Store, parent: QWidget | None = None,
                 category_label: Callable[[str], str] | None = None,
                 me: Callable[[], str] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("supervisorView")
        self.category_label = category_label  # from the cases feature, when installed
        self.resize(1100, 700)
        self.runner = runner
        self.store = store
        self.figures: Figures | None = None
        self.titles = [QLabel() for _ in range(5)]
        for t in self.titles:
            t.setObjectName("figureTitle")
        self.kept = QLabel("—")
        self.kept.setObjectName("bigFigure")
        self.kept_note = QLabel()
        self.kept_note.setObjectName("figureNote")
        self.kept_note.setWordWrap(True)
        self.kept_chart = BarChart("keptChart")
        self.model = WorkloadModel(self)
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("supervisorTable")
        self.table.setModel(proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        # names whole (issue 17: they were cut to three letters); the last column takes the rest
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setToolTip(self.tr("Overrides: cases closed with steps not ticked."))
        self.load_chart = BarChart("loadChart")
        self.load_note = QLabel()
        self.load_note.setObjectName("figureNote")
        self.load_note.setWordWrap(True)
        self.recovery_chart = BarChart("recoveryChart")
        self.trend_chart = TrendChart("trendChart")
        self.recovery_note = QLabel()
        self.recovery_note.setObjectName("figureNote")
        self.recovery_note.setWordWrap(True)
        self.pops = QLabel()
        self.pops.setObjectName("figureNote")
        self.pops.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("figureNote")
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.refresh)
        self.export_button = QPushButton()
        self.export_button.setObjectName("primaryButton")
        self.export_button.clicked.connect(self.choose_export)
        self.me = me
        self.share_dialog: ShareOutDialog | None = None
        self.share_button = QPushButton()
        self.share_button.clicked.connect(self.share_out)
        QShortcut(QKeySequence("Ctrl+Shift+J"), self, self.share_out)

        grid = QGridLayout()
        grid.setSpacing(12)
        grid.addWidget(_card(self.titles[0], self.table), 0, 0, 2, 1)
        grid.addWidget(_card(self.titles[1], self.load_note, self.load_chart), 0, 1)
        grid.addWidget(_card(self.titles[2], self.kept, self.kept_note, self.kept_chart), 1, 1)
        grid.addWidget(_card(self.titles[3], self.recovery_note, self.recovery_chart), 2, 0)
        grid.addWidget(_card(self.titles[4], self.trend_chart), 2, 1)
        grid.addWidget(self.pops, 3, 0, 1, 2)
        grid.setColumnStretch(0, 3)  # the workload table wants its names whole
        grid.setColumnStretch(1, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.share_button)
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.export_button)
        # the cards scroll rather than make the view taller than a 1366×768 laptop
        cards = QWidget()
        cards.setObjectName("supervisorCards")
        cards.setLayout(grid)
        grid.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setObjectName("supervisorScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(cards)
        col = QVBoxLayout(self)
        col.setContentsMargins(16, 16, 16, 12)
        col.addWidget(scroll, 1)
        col.addLayout(buttons)
        self.retranslate()

    def refresh(self) -> None:
        store = self.store
        self.runner.op(self, lambda _s: read_figures(store)).success(self._show) \
            .failure(lambda e: self.message.setText(user_message(e))).run()

    def _show(self, f: Figures) -> None:
        self.figures = f
        self.model.set_rows(f.workload)
        agents = [w for w in f.workload if w.agent_id is not None]
        busiest = sorted(agents, key=lambda w: (-w.open_follow_ups, w.agent_name or ""))[:10]
        self.load_chart.set_bars([
            (w.agent_name or "", w.open_follow_ups, w.overdue_follow_ups,
             self.tr("{0} open, {1} overdue").format(formats.number(w.open_follow_ups),
                                                    formats.number(w.overdue_follow_ups)))
            for w in busiest])
        total_overdue = sum(w.overdue_follow_ups for w in f.workload)
        self.load_note.setText(self.tr(
            "The ten agents with the most open follow-ups; red: overdue ({0} in all).")
            .format(formats.number(total_overdue)))
        o = f.promises.overall
        self.kept.setText(formats.percent(o.rate))
        self.kept_note.setText(self.tr("{0} of {1} promises due were kept on time.")
                               .format(formats.number(o.kept), formats.number(o.due)))
        worst = sorted((r for r in f.promises.by_agent if r.due and r.agent_id),
                       key=lambda r: (r.rate or 0, -r.due))[:5]
        self.kept_chart.set_bars([(r.agent_name or "", r.due, r.due - r.kept,
                                   self.tr("{0} of {1}").format(
                                       formats.percent(r.rate or 0), formats.number(r.due)))
                                  for r in worst])
        self.recovery_chart.set_bars([
            (self._category(r.category), (r.median.total_seconds() / 3600 if r.median else 0), 0,
             self.tr("median {0}, p90 {1} · {2} recovered, {3} open, {4} with open steps")
             .format(formats.duration(r.median.total_seconds()) if r.median else "—",
                     formats.duration(r.p90.total_seconds()) if r.p90 else "—",
                     formats.number(r.recovered), formats.number(r.still_open),
                     formats.number(r.overrides)))
            for r in f.recovery])
        self.trend_chart.set_points([
            (end, 100 * (w.rate or 0), self.tr("Week to {0}: {1} of {2} promises kept on time.")
             .format(formats.day_month(end), formats.percent(w.rate or 0), formats.number(w.due)))
            for end, w in f.weeks if w.due])
        p = f.pops
        self.pops.setText(
            self.tr("Screen pops on this workstation in the last 30 days: none.") if not p.count
            else self.tr("Screen pops on this workstation in the last 30 days: {0}; from the "
                         "call to the customer on screen {1} ms typically, {2} ms at worst "
                         "for 95 in 100.").format(
                             formats.number(p.count), formats.number(p.p50_ms or 0),
                             formats.number(p.p95_ms or 0)))
        self.message.setText(self.tr("Figures as of now."))
        self.refreshed.emit()

    def share_out(self) -> None:
        """Share out an absent colleague's work, seeing each colleague's load first."""
        if self.me is None or self.share_dialog is not None:
            return
        dialog = self.share_dialog = ShareOutDialog(self.runner, self.store, self.me, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: setattr(self, "share_dialog", None))
        dialog.shared.connect(self._shared)
        dialog.open()
        dialog.load()

    def _shared(self, n: int) -> None:
        self.refresh()
        self.message.setText(self.tr("%Ln items shared out.", "", n))

    def _category(self, code: str) -> str:
        return self.category_label(code) if self.category_label is not None else code

    def choose_export(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the figures"), "supervisor-figures.csv",
            self.tr("CSV files (*.csv)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        store = self.store
        self.runner.op(self, lambda _s: svc.export_figures_csv(store, path, utcnow())) \
            .success(lambda n: self.message.setText(
                self.tr("{0} rows written to {1}.").format(formats.number(n), path))) \
            .failure(lambda e: self.message.setText(user_message(e))).run()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Supervisor view"))
        for label, text in zip(self.titles, (
                self.tr("Workload per agent"), self.tr("Who is overloaded"),
                self.tr("Promises kept"), self.tr("Time to recovery by category"),
                self.tr("Promises kept week by week")), strict=True):
            label.setText(text)
        for chart, axis in ((self.load_chart, self.tr("Open follow-ups")),
                            (self.kept_chart, self.tr("Promises due")),
                            (self.recovery_chart, self.tr("Median time to recovery (hours)")),
                            (self.trend_chart, self.tr("Kept on time (%)"))):
            chart.value_title = axis
            chart.empty_text = self.tr("No data yet.")
        self.load_chart.part_name = self.tr("Overdue")
        self.load_chart.rest_name = self.tr("Not overdue")
        self.kept_chart.part_name = self.tr("Not kept")
        self.kept_chart.rest_name = self.tr("Kept")
        self.load_chart.setAccessibleName(self.tr("Open follow-ups of the busiest agents"))
        self.kept_chart.setAccessibleName(self.tr("The agents keeping the fewest promises"))
        self.recovery_chart.setAccessibleName(self.tr("Median time to recovery by category"))
        self.trend_chart.setAccessibleName(self.tr("Promises kept on time, week by week"))
        named(self.table, self.tr("Workload per agent"))
        self.recovery_note.setText(self.tr(
            "From opening a case to closing the last case of its reopenings; bars: median."))
        self.refresh_button.setText(self.tr("&Refresh"))
        self.export_button.setText(self.tr("&Export CSV…"))
        self.share_button.setText(self.tr("Share out…  (Ctrl+Shift+J)"))
        self.share_button.setEnabled(self.me is not None)
        if self.figures is not None:
            self._show(self.figures)
        else:
            for bars in (self.load_chart, self.kept_chart, self.recovery_chart):
                bars.set_bars([])
            self.trend_chart.set_points([])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def install(registry: Registry) -> None:
    window = registry.window
    apply_recovery_style()
    holder: dict[str, SupervisorView] = {}

    def open_view() -> None:
        view = holder.get("view")
        if view is None:
            cases = registry.find(CASES)
            view = holder["view"] = SupervisorView(
                window.runner, window.store, window,
                category_label=cases.category_label if cases is not None else None,
                me=lambda: desk_agent(window.store, window.settings).id)
        view.show()
        view.raise_()
        view.refresh()

    action = registry.add_action(["Ctrl+Shift+S"], open_view)
    menu = QMenu(window)
    window.menuBar().insertMenu(window.help_menu.menuAction(), menu)
    menu.addAction(action)

    def retranslate() -> None:
        menu.setTitle(QCoreApplication.translate("SupervisorView", "&Team"))
        action.setText(QCoreApplication.translate("SupervisorView", "&Supervisor view…"))
    on_language_change(window, retranslate)
    registry.add_shortcuts(lambda: [
        ("Ctrl+Shift+S", QCoreApplication.translate(
            "SupervisorView", "Supervisor view: workload, promises kept, time to recovery")),
        ("Ctrl+Shift+J", QCoreApplication.translate(
            "SupervisorView", "In the supervisor view: share out an absent colleague's work"))])


