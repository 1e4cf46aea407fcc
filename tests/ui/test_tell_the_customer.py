"""Issue 19 part 4 in the console: tell the customer how a case goes (Ctrl+Shift+T): an
update sent through the system's mail handler (intercepted here, nothing really opens)
or copied, logged as an outbound contact of the case, and "last told" on the case; a
channel the customer refused for service messages is said and cannot be used."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QObject, QUrl, QUrlQuery, Slot
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from carecenter.db.models import Contact, OutboxOp
from carecenter.db.store import Store
from carecenter.problems import Problem
from carecenter.services.cases.followups import record_promise
from carecenter.services.cases.lifecycle import open_case
from carecenter.services.customers.consent import record_consent
from carecenter.services.customers.messages import MessageError, log_message
from carecenter.settings import Settings
from tests.ui.builders import Demo
from ui.cases.messages import MessageDialog
from ui.cases.panel import CasesPanel, panel_of
from ui.cases.recovery import Recovery
from ui.shell.main_window import MainWindow
from ui.shell.ops import OpRunner


class Handler(QObject):
    """Takes the URLs QDesktopServices would hand to the mail or SMS program."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


@pytest.fixture
def handler() -> Iterator[Handler]:
    h = Handler()
    for scheme in ("mailto", "sms"):
        QDesktopServices.setUrlHandler(scheme, h, "open")  # type: ignore[arg-type]
    yield h
    for scheme in ("mailto", "sms"):
        QDesktopServices.unsetUrlHandler(scheme)


@pytest.fixture
def window(qtbot: QtBot, runner: OpRunner, store: Store, settings: Settings
           ) -> Iterator[MainWindow]:
    w = MainWindow(runner, store, settings)
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    yield w
    for dialog in w.findChildren(QDialog):  # a modal one left open keeps later windows out
        dialog.reject()
    w.close()


def _case(window: MainWindow, store: Store, customer_id: str) -> str:
    recovery = Recovery.of(window)
    now = datetime.now(UTC)
    case = open_case(store, recovery.templates, customer_id=customer_id,
                     category="late_delivery", summary="The modem never arrived",
                     agent_id=recovery.agent_id(), now=now - timedelta(hours=1)).case
    record_promise(store, customer_id=customer_id, text="We call back with the courier",
                   due=now + timedelta(hours=1), due_until=now + timedelta(hours=2),
                   agent_id=recovery.agent_id(), now=now, case_id=case.id)
    return case.id


def _dialog(qtbot: QtBot, window: MainWindow, customer_id: str, case_id: str
            ) -> tuple[CasesPanel, MessageDialog]:
    view = window.open_customer(customer_id)
    panel = panel_of(view)
    assert panel is not None
    qtbot.waitUntil(lambda: panel.case is not None and panel.case.id == case_id,
                    timeout=10000)
    assert "last told: not yet" in panel.facts.text()
    action = next(a for a in window.actions()
                  if QKeySequence("Ctrl+Shift+T") in a.shortcuts())
    assert isinstance(action, QAction)
    action.trigger()
    qtbot.waitUntil(lambda: window.findChild(MessageDialog) is not None, timeout=10000)
    dialog = window.findChild(MessageDialog)
    assert dialog is not None
    return panel, dialog


def _contacts(store: Store, case_id: str) -> list[Contact]:
    with store.session() as s:
        return list(s.scalars(select(Contact).where(Contact.case_id == case_id)))


def test_an_update_sent_by_mail_is_logged_on_the_case(
        qtbot: QtBot, window: MainWindow, store: Store, demo: Demo, handler: Handler) -> None:
    case_id = _case(window, store, demo.main_id)
    panel, dialog = _dialog(qtbot, window, demo.main_id, case_id)
    # Maria speaks Italian: the message starts in Italian, with her name, case and promise
    assert dialog.language.currentData() == "it"
    dialog.kind.setCurrentIndex(dialog.kind.findData("update"))
    body = dialog.body.toPlainText()
    assert body.startswith("Gentile Maria Rossi,")
    assert "Come promesso, ci faremo sentire:" in body
    assert dialog.subject.text().startswith("Aggiornamento su ")
    dialog.channel.setCurrentIndex(dialog.channel.findData("email"))
    assert dialog.send_button.isEnabled()
    subject = dialog.subject.text()
    with qtbot.waitSignal(dialog.logged, timeout=10000):
        dialog.send_button.click()

    [url] = handler.urls
    assert (url.scheme(), url.path()) == ("mailto", "maria.rossi@example.it")
    query = QUrlQuery(url)
    assert query.queryItemValue("subject", QUrl.ComponentFormattingOption.FullyDecoded) \
        == subject
    assert query.queryItemValue("body", QUrl.ComponentFormattingOption.FullyDecoded) == body
    [contact] = _contacts(store, case_id)
    assert (contact.channel, contact.direction, contact.team, contact.outcome,
            contact.contact_ref) == ("email", "outbound", "service", "info", None)
    assert contact.summary == f"{subject}\n\n{body.strip()}"
    with store.session() as s:
        op = s.scalars(select(OutboxOp).where(OutboxOp.table == "contact",
                                              OutboxOp.row_id == contact.id)).one()
    assert op.fields["case_id"][0] == case_id
    qtbot.waitUntil(lambda: "last told: not yet" not in panel.facts.text(), timeout=10000)
    assert "last told: " in panel.facts.text()


def test_copy_instead_of_sending_and_a_refused_channel(
        qtbot: QtBot, window: MainWindow, store: Store, demo: Demo, handler: Handler) -> None:
    customer = demo.ids[1]
    case_id = _case(window, store, customer)
    record_consent(store, customer, channel="sms", purpose="service", granted=False,
                   source="call", at=datetime.now(UTC) - timedelta(days=1))
    _panel, dialog = _dialog(qtbot, window, customer, case_id)
    dialog.channel.setCurrentIndex(dialog.channel.findData("sms"))
    assert dialog.consent.isVisible()
    assert dialog.consent.text() == (
        "The customer refused service messages by SMS: choose another channel.")
    assert not dialog.send_button.isEnabled()
    assert not dialog.copy_button.isEnabled()

    dialog.channel.setCurrentIndex(dialog.channel.findData("email"))
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.kind.setCurrentIndex(dialog.kind.findData("apology"))
    assert dialog.body.toPlainText().startswith("Dear ")
    with qtbot.waitSignal(dialog.logged, timeout=10000):
        dialog.copy_button.click()
    assert handler.urls == []
    text = QGuiApplication.clipboard().text()
    assert text.startswith(dialog.subject.text() + "\n\nDear ")
    [contact] = _contacts(store, case_id)
    assert contact.channel == "email"
    assert contact.summary == text.strip()

    # the core refuses the refused channel, with its code, and writes nothing
    with store.session() as s:
        before = (s.scalar(select(func.count()).select_from(Contact)),
                  s.scalar(select(func.count()).select_from(OutboxOp)))
    with pytest.raises(MessageError) as refused:
        log_message(store, case_id=case_id, channel="sms", kind="update", subject="",
                    body="hello", agent_id=None, now=datetime.now(UTC))
    assert (refused.value.code, refused.value.values) == (
        Problem.CHANNEL_REFUSED, {"what": "sms"})
    with store.session() as s:
        assert (s.scalar(select(func.count()).select_from(Contact)),
                s.scalar(select(func.count()).select_from(OutboxOp))) == before
