"""Remedies that cost nothing, granted with real widgets on a real store: a 30-day payment
extension within the agent's limit is granted at once (the meter says "30 of 45 days");
a second one that takes the customer's 30 days over the limit is refused as a plain grant
and goes to a supervisor, like money; the supervisor's review lists it in its unit. Each
journey checks the store and the outbox."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from carecenter.db.models import Decision, OutboxOp
from carecenter.db.store import Store
from carecenter.domain import AuthorityState
from carecenter.services.decisions.authority import Limit
from carecenter.services.decisions.grants import Action
from carecenter.settings import Settings
from tests.ui.builders import Demo
from ui.customer.view import CustomerView
from ui.decisions.feature import Decisions
from ui.decisions.grant_dialog import CODE_ROLE, GrantDialog
from ui.decisions.review import ReviewView
from ui.decisions.section import DecisionsSection
from ui.shell.main_window import MainWindow
from ui.shell.ops import OpRunner

SUPERVISOR = Settings(agent_name="Sara Conti", agent_role="supervisor", store="Milano Centro")


@pytest.fixture
def window(qtbot: QtBot, runner: OpRunner, store: Store, settings: Settings,
           window_settings: QSettings) -> Iterator[MainWindow]:
    w = MainWindow(runner, store, settings, window_settings)
    qtbot.addWidget(w)
    w.show()
    yield w
    qtbot.waitUntil(lambda: runner.pending == 0)


def section_of(view: CustomerView) -> DecisionsSection:
    section = view.findChild(DecisionsSection)
    assert section is not None
    return section


def open_customer(qtbot: QtBot, w: MainWindow, customer_id: str) -> CustomerView:
    view = w.open_customer(customer_id)
    qtbot.waitUntil(lambda: section_of(view).data is not None)
    return view


def press_ctrl_g(qtbot: QtBot, w: MainWindow, *, keys: bool = True) -> GrantDialog:
    feature = w.findChild(Decisions)
    assert feature is not None
    if keys:
        w.activateWindow()
        qtbot.waitUntil(w.isActiveWindow)
        qtbot.keyClick(w, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    else:
        feature.grant()
    qtbot.waitUntil(lambda: feature.dialog is not None and feature.dialog.context is not None)
    assert feature.dialog is not None
    return feature.dialog


def pick(dialog: GrantDialog, code: str) -> None:
    for i in range(dialog.remedies.count()):
        if dialog.remedies.item(i).data(CODE_ROLE) == code:
            dialog.remedies.setCurrentRow(i)
            return
    raise AssertionError(code)


def stored(store: Store) -> list[tuple[str, int, int | None, str]]:
    with store.session() as s:
        return [(d.remedy, d.amount_cents, d.quantity, d.authority_state)
                for d in s.scalars(select(Decision).order_by(Decision.at, Decision.id))]


def decision_ops(store: Store) -> list[dict[str, object]]:
    with store.session() as s:
        return [{k: v[0] for k, v in o.fields.items()} for o in s.scalars(
            select(OutboxOp).where(OutboxOp.table == "decision").order_by(OutboxOp.seq))]


def states(view: CustomerView) -> list[str]:
    return section_of(view).states()


def test_a_30_day_payment_extension_within_the_limit_is_granted_at_once(
        qtbot: QtBot, window: MainWindow, store: Store, demo: Demo) -> None:
    view = open_customer(qtbot, window, demo.main_id)
    dialog = press_ctrl_g(qtbot, window)
    pick(dialog, "payment_extension")
    assert dialog.quantity.isVisible() and not dialog.amount.isVisible()
    assert dialog.quantity.value() == 30  # the catalogue's usual extension
    assert dialog.amount_label.text() == "&Days"
    meter = dialog.meter
    assert meter.left[Limit.DECISION].text() == "30 of 30 days"
    assert meter.left[Limit.CUSTOMER_30_DAYS].text() == "30 of 45 days"
    assert not meter.bars[Limit.AGENT_DAY].isVisible()  # the agent's day counts money only
    assert meter.verdict.text() == "Within your authority: it is granted at once, offline too."
    assert dialog.grant_button.isEnabled() and not dialog.approval_button.isEnabled()
    dialog.quantity.setValue(31)  # one day over the agent's limit per grant
    assert meter.left[Limit.DECISION].text() == "31 of 30 days"
    assert meter.bars[Limit.DECISION].level == "over"
    assert not dialog.grant_button.isEnabled()
    dialog.quantity.setValue(30)
    dialog.reason.setPlainText("Salary paid late this month; the billing playbook's extension")
    dialog.grant_button.click()
    qtbot.waitUntil(lambda: states(view) == [AuthorityState.WITHIN])
    assert window.statusBar().currentMessage() == (
        "Granted Payment extension (30 days) to Maria Rossi; a follow-up will ask whether "
        "it worked.")
    assert stored(store) == [("payment_extension", 0, 30, "within")]
    [op] = decision_ops(store)
    assert (op["remedy"], op["quantity"], op["amount_cents"], op["authority_state"]) == (
        "payment_extension", 30, 0, "within")
    section = section_of(view)
    assert section.model.index(0, 2).data() == "30 days"


def test_an_extension_beyond_the_limit_is_refused_and_goes_to_a_supervisor(
        qtbot: QtBot, window: MainWindow, runner: OpRunner, store: Store, demo: Demo) -> None:
    view = open_customer(qtbot, window, demo.main_id)
    dialog = press_ctrl_g(qtbot, window)
    pick(dialog, "payment_extension")
    dialog.quantity.setValue(20)
    dialog.grant_button.click()
    qtbot.waitUntil(lambda: states(view) == [AuthorityState.WITHIN])
    ops_before = decision_ops(store)

    dialog = press_ctrl_g(qtbot, window, keys=False)  # 20 of 45 days used: 30 more: 50
    pick(dialog, "payment_extension")
    meter = dialog.meter
    assert meter.left[Limit.CUSTOMER_30_DAYS].text() == "50 of 45 days"
    assert meter.bars[Limit.CUSTOMER_30_DAYS].level == "over"
    assert meter.verdict.text() == (
        "Over your limit for this customer in 30 days: ask a supervisor for approval, or "
        "override it with a written reason.")
    assert not dialog.grant_button.isEnabled() and dialog.approval_button.isEnabled()
    dialog.commit(Action.GRANT)  # a plain grant is refused, nothing is written
    assert dialog.error.text() == meter.verdict.text()
    assert stored(store) == [("payment_extension", 0, 20, "within")]
    assert decision_ops(store) == ops_before

    dialog.reason.setPlainText("Customer in hospital; needs the whole month")
    dialog.approval_button.click()
    qtbot.waitUntil(lambda: states(view) == [AuthorityState.PENDING, AuthorityState.WITHIN])
    assert stored(store) == [("payment_extension", 0, 20, "within"),
                             ("payment_extension", 0, 30, "pending")]
    op = decision_ops(store)[-1]
    assert (op["quantity"], op["amount_cents"], op["authority_state"]) == (30, 0, "pending")

    review = ReviewView(runner, store, SUPERVISOR)
    qtbot.addWidget(review)
    qtbot.waitUntil(lambda: review.requests_model.rowCount() == 1)
    assert review.requests_model.index(0, 4).data() == "30 days"
    assert review.requests_model.index(0, 5).data() == "for this customer in 30 days"
    review.answer_note.setPlainText("Yes, for this once")
    review.approve_button.click()
    qtbot.waitUntil(lambda: states(view) == [AuthorityState.APPROVED, AuthorityState.WITHIN])
    assert stored(store)[-1] == ("payment_extension", 0, 30, "approved")
