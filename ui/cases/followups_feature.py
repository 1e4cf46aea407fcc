"""The follow-ups feature plugged into the window: the dock of ``FollowUpsPage``
(Ctrl+Shift+F), the status bar's counts of the agent's overdue and due-today follow-ups,
refreshed with every write to follow-ups and once a minute."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QToolButton, QWidget

from carecenter.services.cases import followups as svc
from carecenter.services.cases.casework import CaseError
from carecenter.services.cases.followups import QueueCounts
from ui.cases.followups import REFRESH_MS, FollowUpsPage
from ui.cases.recovery import Recovery, local_tz, now
from ui.shell.resources import apply_recovery_style
from ui.shell.retranslate import on_language_change
from ui.widgets import formats

if TYPE_CHECKING:
    from ui.shell.registry import Registry


class CountsButton(QToolButton):
    """The status bar's "2 overdue · 3 today"; a click opens the queue."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followUpCounts")
        self.setAutoRaise(True)
        self.counts = QueueCounts()
        self.show_counts(self.counts)

    def show_counts(self, counts: QueueCounts) -> None:
        self.counts = counts
        self.setText(self.tr("Follow-ups: {0} overdue · {1} today").format(
            formats.number(counts.overdue), formats.number(counts.today)))
        self.setToolTip(self.tr("Your open follow-ups (Ctrl+Shift+F): {0} upcoming later")
                        .format(formats.number(counts.upcoming)))
        self.setProperty("overdue", counts.overdue > 0)
        self.style().unpolish(self)
        self.style().polish(self)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.show_counts(self.counts)
        super().changeEvent(event)


class _StopOnClose(QObject):
    def __init__(self, window: QObject, timer: QTimer) -> None:
        super().__init__(window)
        self._timer = timer
        window.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close:
            self._timer.stop()
        return False


def install(registry: Registry) -> None:
    window = registry.window
    from ui.cases.panel import panel_of

    recovery = Recovery.of(window)
    apply_recovery_style()
    page = FollowUpsPage(window.runner, window.store, recovery)
    dock = registry.add_dock("followUpsDock", page, Qt.DockWidgetArea.BottomDockWidgetArea)
    dock.setAllowedAreas(Qt.DockWidgetArea.BottomDockWidgetArea
                         | Qt.DockWidgetArea.RightDockWidgetArea)
    counts = CountsButton()
    window.statusBar().insertPermanentWidget(0, counts)
    store, runner = window.store, window.runner

    def refresh_counts() -> None:
        def work(_s: object) -> QueueCounts:
            try:
                me: str | None = recovery.agent_id()
            except CaseError:
                me = None  # no agent named at this workstation: the team's counts
            return svc.queue_counts(store, now(), local_tz(), agent_id=me)
        runner.op(counts, work).success(counts.show_counts).failure(lambda _e: None).run()

    def toggle() -> None:
        if dock.isVisible() and page.table.hasFocus():
            dock.hide()
            window.focus_work_area()
            return
        dock.show()
        dock.raise_()
        page.reload()
        page.table.setFocus()

    def open_customer(customer_id: str, case_id: str | None) -> None:
        view = window.open_customer(customer_id)
        panel = panel_of(view)
        if panel is not None and case_id is not None:
            view.sections.setCurrentWidget(panel)
            if panel.model.row_of(case_id) >= 0:
                panel.select_case(case_id)
            else:
                panel._selected = case_id  # selected when the cases arrive

    page.open_customer.connect(open_customer)
    counts.clicked.connect(toggle)
    runner.operation_did_execute.connect(
        lambda ch: refresh_counts() if ch.touches("follow_up") else None)
    window.agent_changed.connect(refresh_counts)  # "mine" is whoever signed in now
    window.agent_changed.connect(lambda: page.reload() if dock.isVisible() else None)
    timer = QTimer(window)
    timer.setInterval(REFRESH_MS)
    timer.timeout.connect(refresh_counts)
    timer.timeout.connect(lambda: page.reload() if dock.isVisible() else None)
    _StopOnClose(window, timer)
    timer.start()
    action = registry.add_action(["Ctrl+Shift+F"], toggle)
    window.view_menu.addSeparator()
    window.view_menu.addAction(action)

    def retranslate() -> None:
        action.setText(QCoreApplication.translate("FollowUpsPage", "&Follow-ups"))
        dock.setWindowTitle(QCoreApplication.translate("FollowUpsPage", "Follow-ups"))
    retranslate()
    on_language_change(page, retranslate, now=False)
    registry.add_shortcuts(lambda: [
        ("Ctrl+Shift+F", QCoreApplication.translate(
            "FollowUpsPage", "Show my follow-ups and the team's queue")),
        ("Ctrl+D", QCoreApplication.translate(
            "FollowUpsPage", "Mark the highlighted follow-up done")),
        ("Ctrl+R", QCoreApplication.translate(
            "FollowUpsPage", "Recovery steps for a missed call-back window")),
        ("Ctrl+Shift+H", QCoreApplication.translate(
            "FollowUpsPage", "Hand follow-ups and cases over to a colleague")),
    ])
    refresh_counts()


