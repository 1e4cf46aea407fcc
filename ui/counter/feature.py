"""The counter feature: the day's appointments in a dock (F8) and the booking dialog for
the customer open in the console."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from carecenter.clock import utcnow
from carecenter.db.store import Store
from carecenter.services.counter import appointments as svc
from carecenter.services.counter.appointments import AppointmentWrite
from carecenter.settings import Settings
from ui.counter import words
from ui.counter.page import AppointmentsPage
from ui.shell.ops import OpRunner, user_message
from ui.shell.retranslate import on_language_change
from ui.widgets import formats
from ui.widgets.agent import agent_id

if TYPE_CHECKING:
    from ui.shell.registry import Registry

MINUTES = (15, 30, 45, 60, 90)


def next_quarter(now: datetime) -> datetime:
    local = now.astimezone().replace(second=0, microsecond=0) + timedelta(minutes=15)
    return local - timedelta(minutes=local.minute % 15)


class BookDialog(QDialog):
    """Who (the customer shown), when, how long, what for."""

    booked = Signal(object)  # AppointmentWrite

    def __init__(self, runner: OpRunner, store: Store, settings: Settings, *, customer_id: str,
                 customer_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bookDialog")
        self.runner, self.store, self.settings = runner, store, settings
        self.customer_id = customer_id
        translate = QCoreApplication.translate
        self.setWindowTitle(translate("Counter", "Book an appointment"))
        self.starts = QDateTimeEdit()
        self.starts.setObjectName("appointmentStarts")
        self.starts.setDisplayFormat(formats.DATE_TIME_EDIT)
        self.set_start(next_quarter(utcnow()))
        self.minutes = QComboBox()
        self.minutes.setObjectName("appointmentMinutes")
        for m in MINUTES:
            self.minutes.addItem(translate("Counter", "{0} min").format(formats.number(m)), m)
        self.minutes.setCurrentIndex(1)
        self.purpose = QLineEdit()
        self.purpose.setObjectName("appointmentPurpose")
        self.purpose.setMaxLength(svc.PURPOSE_LIMIT)
        self.purpose.setPlaceholderText(translate("Counter", "e.g. swap the faulty modem"))
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(translate("Counter", "Customer"), QLabel(customer_name))
        form.addRow(translate("Counter", "&When"), self.starts)
        form.addRow(translate("Counter", "&How long"), self.minutes)
        form.addRow(translate("Counter", "&What for"), self.purpose)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        col = QVBoxLayout(self)
        col.addLayout(form)
        col.addWidget(self.error)
        col.addWidget(self.buttons)
        self.purpose.setFocus()

    def set_start(self, at: datetime) -> None:
        local = at.astimezone()
        self.starts.setDateTime(QDateTime(QDate(local.year, local.month, local.day),
                                          QTime(local.hour, local.minute)))

    def start_value(self) -> datetime:
        qdt = self.starts.dateTime()
        d, t = qdt.date(), qdt.time()
        naive = datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())
        return naive.astimezone().astimezone(UTC)

    def submit(self) -> None:
        store, settings, cid = self.store, self.settings, self.customer_id
        starts = self.start_value()
        ends = starts + timedelta(minutes=int(self.minutes.currentData()))
        purpose = self.purpose.text()
        self.buttons.setEnabled(False)

        def work(_s: object) -> AppointmentWrite:
            return svc.book(store, customer_id=cid, starts=starts, ends=ends, purpose=purpose,
                            agent_id=agent_id(store, settings), now=utcnow())
        self.runner.op(self, work).success(self._booked).failure(self._failed).run()

    def _booked(self, w: AppointmentWrite) -> None:
        self.booked.emit(w)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.error.setText(user_message(exc))
        self.error.show()


def install(registry: Registry) -> None:
    window = registry.window
    page = AppointmentsPage(window.runner, window.store, lambda: window.settings)
    dock = registry.add_dock("appointmentsDock", page, Qt.DockWidgetArea.BottomDockWidgetArea)
    dock.setAllowedAreas(Qt.DockWidgetArea.BottomDockWidgetArea
                         | Qt.DockWidgetArea.RightDockWidgetArea)

    def toggle() -> None:
        if dock.isVisible() and page.table.hasFocus():
            dock.hide()
            return
        dock.show()
        dock.raise_()
        page.table.setFocus()

    def book() -> None:
        view = window.current_view()
        if view is None:
            page.say(words.open_customer_first())
            return
        name = window.tabs.tabText(window.tabs.indexOf(view))
        dialog = BookDialog(window.runner, window.store, window.settings,
                            customer_id=view.customer_id, customer_name=name, parent=window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.booked.connect(lambda w: page.say(words.booked(
            w.appointment.customer_name, words.slot(w.appointment))))
        page.book_dialog = dialog
        dialog.open()

    page.book_button.clicked.connect(book)
    page.open_customer.connect(window.open_customer)
    action = registry.add_action([words.KEY], toggle)
    window.view_menu.addAction(action)

    def retranslate() -> None:
        action.setText(words.action_text())
        dock.setWindowTitle(words.dock_title())
    retranslate()
    on_language_change(page, retranslate, now=False)
    registry.add_shortcuts(lambda: [words.help_row()])
