"""Log a contact (Ctrl+L from a customer view) with the form of ``ui.widgets.contact_form``.

When the view was opened by a call (``MainWindow.call``), the channel (phone, inbound)
and the time of the call are prefilled, and the outcome list has the focus: Ctrl+L then
Enter logs the common case.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from carecenter.clock import utcnow
from carecenter.db.store import Store
from carecenter.services.customers.contact_log import Choice, ContactLogged, choices, log_contact
from carecenter.settings import Settings
from ui.shell.ops import OpRunner
from ui.shell.retranslate import on_language_change
from ui.shell.shortcuts import native
from ui.widgets.access import return_focus
from ui.widgets.agent import agent_id
from ui.widgets.contact_form import ContactForm, error_message

if TYPE_CHECKING:
    from ui.shell.main_window import MainWindow
    from ui.shell.registry import Registry

CALL_NUMBER = "carecenterCallNumber"  # CustomerView properties set when a call opened it
CALL_AT = "carecenterCallAt"


translate = QCoreApplication.translate


class LogContactDialog(QDialog):
    """Ctrl+L: log a contact with this customer."""

    logged = Signal(object)  # ContactLogged

    def __init__(
        self,
        runner: OpRunner,
        store: Store,
        settings: Settings,
        customer_id: str,
        *,
        call_number: str | None = None,
        call_at: datetime | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("logContactDialog")
        self.runner, self.store, self.settings = runner, store, settings
        self.customer_id = customer_id
        self.call_number = call_number
        self.form = ContactForm()
        self.form.submitted.connect(self.save)
        if call_number is not None:
            self.form.reset(channel="phone", direction="inbound", at=call_at)
        self.intro = QLabel()
        self.intro.setObjectName("dialogIntro")
        self.error = QLabel()
        self.error.setObjectName("errorState")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.save)
        col = QVBoxLayout(self)
        col.addWidget(self.intro)
        col.addWidget(self.form)
        col.addWidget(self.error)
        col.addWidget(self.buttons)
        self.retranslate()
        self.form.outcome.setFocus()
        self.runner.op(self, lambda _s: choices(store)).success(self._choices).run()

    def _choices(self, got: tuple[tuple[Choice, ...], tuple[Choice, ...]]) -> None:
        self.form.set_choices(*got)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.form.outcome.setFocus()  # Enter logs the prefilled common case

    def save(self) -> None:
        if not self.buttons.isEnabled():  # already saving (Enter pressed twice)
            return
        self.buttons.setEnabled(False)
        store, settings, cid, form = self.store, self.settings, self.customer_id, self.form

        value = form.value(agent_id=None)

        def work(_s: object) -> ContactLogged:
            contact = replace(value.contact, agent_id=agent_id(store, settings))
            return log_contact(store, cid, contact, call_back=value.call_back)

        self.runner.op(self, work).success(self._saved).failure(self._failed).run()

    def _saved(self, logged: ContactLogged) -> None:
        self.logged.emit(logged)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.error.setText(error_message(exc))
        self.error.show()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Log a contact"))
        self.intro.setText(
            self.tr("Call from {0}").format(self.call_number)
            if self.call_number
            else self.tr("What happened with this customer?")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def open_dialog(window: MainWindow) -> LogContactDialog | None:
    view = window.current_view()
    if view is None:
        window.statusBar().showMessage(
            translate("LogContact", "Open a customer first, then press Ctrl+L."), 8000
        )
        return None
    number = view.property(CALL_NUMBER)
    at = view.property(CALL_AT)
    dialog = LogContactDialog(
        window.runner,
        window.store,
        window.settings,
        view.customer_id,
        call_number=number or None,
        call_at=datetime.fromisoformat(at) if at else None,
        parent=window,
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.logged.connect(
        lambda _l: window.statusBar().showMessage(translate("LogContact", "Contact logged."), 5000)
    )
    return_focus(dialog)
    dialog.open()
    return dialog


def install(registry: Registry) -> None:
    window = registry.window
    action = registry.add_action(["Ctrl+L"], lambda: open_dialog(window))
    window.file_menu.insertAction(window.close_action, action)

    def remember_call(view: QWidget) -> None:
        if window.ringing is not None:  # opened for a call
            view.setProperty(CALL_NUMBER, window.ringing)
            view.setProperty(CALL_AT, utcnow().isoformat())
            window.ringing = None

    def retranslate() -> None:
        action.setText(translate("LogContact", "&Log a contact…"))

    window.customer_opened.connect(remember_call)
    registry.add_shortcuts(
        lambda: [
            (native("Ctrl+L"), translate("LogContact", "Log a contact with the open customer"))
        ]
    )
    retranslate()
    on_language_change(window, retranslate, now=False)
