"""Telling the customer (Ctrl+Shift+T on a case): a message from a template (apology,
update, resolution, follow-up) in the customer's language, filled with their name, the
case and its promise, editable; sent through the system's mail or SMS handler
(``mailto:``, ``sms:``) or copied, and logged as a contact of the case either way. A
channel the customer refused for service messages is said in one sentence and cannot be
used."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QUrl, QUrlQuery, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from carecenter.db.store import Store
from carecenter.services.customers import messages as svc
from carecenter.services.customers.contact_log import ContactLogged
from carecenter.services.customers.messages import MessageFacts
from carecenter.settings import Settings
from ui.cases.recovery import Recovery, error_text, local_tz, now, when
from ui.shell.ops import OpRunner
from ui.widgets import labels
from ui.widgets.agent import agent_id

KEY = "Ctrl+Shift+T"
SENDABLE = {"email": "mailto", "sms": "sms"}


def message_url(channel: str, address: str, subject: str, body: str) -> QUrl:
    """``mailto:ADDRESS?subject=…&body=…`` or ``sms:NUMBER?body=…``."""
    url = QUrl(f"{SENDABLE[channel]}:{address}")
    query = QUrlQuery()
    if channel == "email":
        query.addQueryItem("subject", subject)
    query.addQueryItem("body", body)
    url.setQuery(query)
    return url


class MessageDialog(QDialog):
    logged = Signal(object)  # ContactLogged

    def __init__(self, runner: OpRunner, store: Store, recovery: Recovery,
                 settings: Settings, *, facts: MessageFacts, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.setObjectName("messageDialog")
        self.setMinimumWidth(560)
        self.runner, self.store, self.recovery, self.settings = runner, store, recovery, settings
        self.facts = facts
        self.kind = QComboBox()
        self.kind.setObjectName("messageKind")
        self.language = QComboBox()
        self.language.setObjectName("messageLanguage")
        self.channel = QComboBox()
        self.channel.setObjectName("messageChannel")
        self.subject = QLineEdit()
        self.subject.setObjectName("messageSubject")
        self.body = QPlainTextEdit()
        self.body.setObjectName("messageBody")
        self.consent = QLabel()
        self.consent.setObjectName("messageConsent")
        self.consent.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.send_button = QPushButton()
        self.send_button.setObjectName("sendMessage")
        self.copy_button = QPushButton()
        self.copy_button.setObjectName("copyMessage")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.send_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.rejected.connect(self.reject)
        self.send_button.clicked.connect(lambda: self.deliver(send=True))
        self.copy_button.clicked.connect(lambda: self.deliver(send=False))
        self.form = QFormLayout()
        col = QVBoxLayout(self)
        col.addLayout(self.form)
        col.addWidget(self.body, 1)
        col.addWidget(self.consent)
        col.addWidget(self.error)
        col.addWidget(self.buttons)
        self.retranslate()
        self.language.setCurrentIndex(max(self.language.findData(facts.language), 0))
        self.kind.currentIndexChanged.connect(lambda _i: self.fill())
        self.language.currentIndexChanged.connect(lambda _i: self.fill())
        self.channel.currentIndexChanged.connect(lambda _i: self._channel_changed())
        self.fill()
        self._channel_changed()

    # -- the text ------------------------------------------------------------------------
    def fill(self) -> None:
        kind, language = self.kind.currentData(), self.language.currentData()
        if kind is None or language is None:
            return
        tpl = svc.template(kind, language)
        subject, body = tpl.fill(
            name=self.facts.name, case=self.recovery.category_label(self.facts.category).lower(),
            promise=svc.promise_line(language, self.facts.promise_due,
                                     self.facts.promise_until, local_tz()),
            agent=self.settings.agent_name)
        self.subject.setText(subject)
        self.body.setPlainText(body)

    def _channel_changed(self) -> None:
        channel = self.channel.currentData()
        refused = channel in self.facts.refused
        self.consent.setText(self.tr(
            "The customer refused service messages by {0}: choose another channel.").format(
            labels.channel(channel) or channel) if refused else "")
        self.consent.setVisible(refused)
        self.send_button.setEnabled(not refused and channel in SENDABLE)
        self.copy_button.setEnabled(not refused)

    # -- sending -------------------------------------------------------------------------
    def deliver(self, *, send: bool) -> None:
        """Log the message on the case, then open it in the mail or SMS program (send) or
        put it on the clipboard (copy)."""
        channel, kind = str(self.channel.currentData()), str(self.kind.currentData())
        subject, body = self.subject.text(), self.body.toPlainText()
        store, settings = self.store, self.settings
        self.send_button.setEnabled(False)
        self.copy_button.setEnabled(False)

        def work(_s: object) -> ContactLogged:
            return svc.log_message(store, case_id=self.facts.case_id, channel=channel,
                                   kind=kind, subject=subject, body=body,
                                   agent_id=agent_id(store, settings), now=now(),
                                   copied=not send)

        def done(logged: ContactLogged) -> None:
            if send:
                address = self.facts.address(channel) or ""
                QDesktopServices.openUrl(message_url(channel, address, subject, body))
            else:
                QGuiApplication.clipboard().setText(f"{subject}\n\n{body}" if subject else body)
            self.logged.emit(logged)
            self.accept()

        def failed(exc: BaseException) -> None:
            self._channel_changed()
            self.error.setText(error_text(exc))
            self.error.show()
        self.runner.op(self, work).success(done).failure(failed).run()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Tell the customer"))
        keep = (self.kind.currentData(), self.language.currentData(), self.channel.currentData())
        for box, items in (
                (self.kind, [("apology", self.tr("Apology")), ("update", self.tr("Update")),
                             ("resolution", self.tr("Resolution")),
                             ("follow_up", self.tr("Follow-up"))]),
                (self.language, [("it", self.tr("Italian")), ("en", self.tr("English"))]),
                (self.channel, [(c, labels.channel(c) or c) for c in svc.MESSAGE_CHANNELS])):
            box.blockSignals(True)
            box.clear()
            for code, text in items:
                box.addItem(text, code)
            box.blockSignals(False)
        for box, code in zip((self.kind, self.language, self.channel), keep, strict=True):
            if code is not None:
                box.setCurrentIndex(max(box.findData(code), 0))
        while self.form.rowCount():
            self.form.removeRow(0)
        self.send_button.setText(self.tr("&Send"))
        self.copy_button.setText(self.tr("&Copy and log"))
        told = self.facts.last_told
        intro = QLabel(self.tr("To {0} · last told {1}").format(self.facts.name, when(told))
                       if told else self.tr("To {0} · not told yet").format(self.facts.name))
        intro.setObjectName("messageIntro")
        self.form.addRow(intro)
        self.form.addRow(self.tr("&Message"), self.kind)
        self.form.addRow(self.tr("&Language"), self.language)
        self.form.addRow(self.tr("C&hannel"), self.channel)
        self.form.addRow(self.tr("S&ubject"), self.subject)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._channel_changed()
        super().changeEvent(event)
