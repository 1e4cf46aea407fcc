"""The day's appointments at the counter: who is expected, when and what for; a customer
kept waiting past the slot is marked "waiting N min past the slot". Ctrl+B books one for
the customer open in the console, Ctrl+I checks the highlighted one in, Ctrl+D marks it
seen; "No-show" when the slot passed without them.

The waits move with the clock: the list is read again every minute while it is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from carecenter.clock import utcnow
from carecenter.db.store import Store
from carecenter.services.counter import appointments as svc
from carecenter.services.counter.appointments import AppointmentView, AppointmentWrite
from carecenter.services.tasks import TaskState
from carecenter.services.uow import ChangeSet
from carecenter.settings import Settings
from ui.counter import words
from ui.shell.ops import OpRunner, user_message
from ui.widgets.agent import agent_id
from ui.widgets.rows_model import ROW_ROLE, Column, RowsModel, setup_table

REFRESH_MS = 60_000


def local_day(now: datetime) -> tuple[datetime, datetime]:
    """The agent's local day around ``now``, as UTC bounds."""
    local = now.astimezone()
    start = datetime.combine(local.date(), time(0), tzinfo=local.tzinfo)
    return start.astimezone(UTC), (start + timedelta(days=1)).astimezone(UTC)


def _colors(a: AppointmentView) -> tuple[str, str] | None:
    if a.waiting:
        return ("#8a1c14", "#fdecea")
    if a.status == "expected" and a.past_slot_min > 0:
        return ("#7a3e00", "#fff4e5")
    return None


class AppointmentsPage(QWidget):
    loaded = Signal()
    open_customer = Signal(str)

    def __init__(self, runner: OpRunner, store: Store, settings: Callable[[], Settings],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("appointmentsPage")
        self.runner, self.store, self.settings = runner, store, settings
        self.now: Callable[[], datetime] = utcnow  # tests set the clock
        self._loading: TaskState | None = None
        self.book_dialog: QWidget | None = None  # the booking form open now (tests fill it)
        self.model: RowsModel[AppointmentView] = RowsModel([
            Column(words.time_title, words.slot),
            Column(words.customer_title, lambda a: a.customer_name),
            Column(words.purpose_title, lambda a: a.purpose, tip=lambda a: a.purpose),
            Column(words.agent_title, lambda a: a.agent_name or ""),
            Column(words.status_title, words.state, colors=_colors,
                   bold=lambda a: a.waiting),
        ], self)
        self.table = QTableView()
        self.table.setObjectName("appointments")
        self.table.setModel(self.model)
        setup_table(self.table, (110, 160, 200, 110))
        self.table.activated.connect(lambda _i: self._open())
        self.summary = QLabel()
        self.summary.setObjectName("figureNote")
        self.message = QLabel()
        self.message.setObjectName("caseMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        self.book_button = QPushButton()
        self.book_button.setObjectName("bookAppointment")
        self.check_in_button = QPushButton()
        self.check_in_button.setObjectName("checkIn")
        self.seen_button = QPushButton()
        self.seen_button.setObjectName("primaryButton")
        self.no_show_button = QPushButton()
        self.no_show_button.setObjectName("noShow")
        self.check_in_button.clicked.connect(lambda: self.act(svc.check_in))
        self.seen_button.clicked.connect(self.mark_seen)
        self.no_show_button.clicked.connect(lambda: self.act(svc.mark_no_show))
        for keys, slot in (("Ctrl+I", lambda: self.act(svc.check_in)),
                           ("Ctrl+D", self.mark_seen), ("Ctrl+B", self.book_button.click)):
            QShortcut(QKeySequence(keys), self, slot,
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        buttons = QHBoxLayout()
        buttons.addWidget(self.book_button)
        buttons.addStretch(1)
        for b in (self.no_show_button, self.check_in_button, self.seen_button):
            buttons.addWidget(b)
        col = QVBoxLayout(self)
        col.setContentsMargins(10, 8, 10, 8)
        col.addWidget(self.summary)
        col.addWidget(self.message)
        col.addWidget(self.table, 1)
        col.addLayout(buttons)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.reload)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._buttons())
        runner.operation_did_execute.connect(self._on_changes)
        self.retranslate()
        self._buttons()

    # -- reading -----------------------------------------------------------------------
    def reload(self) -> None:
        if self._loading is not None:
            self._loading.cancel()
        store, at = self.store, self.now()
        start, end = local_day(at)
        self._loading = self.runner.op(
            self, lambda _s: svc.day_list(store, start, end, at)) \
            .success(self._arrived).failure(self._failed).run()

    def _arrived(self, rows: tuple[AppointmentView, ...]) -> None:
        self._loading = None
        keep = self.current()
        self.model.set_rows(rows)
        self.summary.setText(words.summary(rows))
        row = next((i for i, a in enumerate(rows) if keep and a.id == keep.id), 0)
        if rows:
            self.table.selectRow(row)
        self._buttons()
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        self._loading = None
        self.say(user_message(exc))
        self.loaded.emit()

    def _on_changes(self, changes: ChangeSet) -> None:
        if changes.touches("appointment") and self.isVisible():
            self.reload()

    def current(self) -> AppointmentView | None:
        row = self.table.currentIndex().row()
        if not 0 <= row < self.model.rowCount():
            return None
        item: AppointmentView = self.model.index(row, 0).data(ROW_ROLE)
        return item

    def _buttons(self) -> None:
        a = self.current()
        status = a.status if a is not None else ""
        self.check_in_button.setEnabled(status in ("expected", "no_show"))
        self.seen_button.setEnabled(status in ("expected", "arrived", "no_show"))
        self.no_show_button.setEnabled(status == "expected")

    # -- acting ------------------------------------------------------------------------
    def act(self, move: Callable[..., AppointmentWrite], **kw: Any) -> None:
        a = self.current()
        if a is None:
            return
        store, at = self.store, self.now()
        self.runner.op(self, lambda _s: move(store, a.id, now=at, **kw)) \
            .success(lambda _w: self.say("")).failure(lambda e: self.say(user_message(e))).run()

    def mark_seen(self) -> None:
        a = self.current()
        if a is None:
            return
        store, settings, at = self.store, self.settings(), self.now()

        def work(_s: object) -> AppointmentWrite:
            return svc.mark_seen(store, a.id, agent_id=agent_id(store, settings), now=at)
        self.runner.op(self, work).success(lambda _w: self.say("")) \
            .failure(lambda e: self.say(user_message(e))).run()

    def _open(self) -> None:
        a = self.current()
        if a is not None:
            self.open_customer.emit(a.customer_id)

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # -- showing -------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        self.timer.start()
        self.reload()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self.timer.stop()
        super().hideEvent(event)

    def retranslate(self) -> None:
        self.book_button.setText(words.book_button())
        self.check_in_button.setText(words.check_in_button())
        self.seen_button.setText(words.seen_button())
        self.no_show_button.setText(words.no_show_button())
        self.table.setAccessibleName(words.dock_title())
        self.model.retranslate()
        self.summary.setText(words.summary(tuple(self.model.rows())))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
