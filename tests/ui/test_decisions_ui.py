"""The grant flow with real widgets on a real store: within limits granted at once, the
meter following the amount, over a limit -> approval asked -> a supervisor approves in the
review -> the agent's Decisions section and status bar show it; override with a reason;
a supervisor's note reaching the agent's coaching page."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from carecenter.db.models import Decision, FollowUp
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


def feature(w: MainWindow) -> Decisions:
    found = w.findChild(Decisions)
    assert found is not None
    return found


def open_customer(qtbot: QtBot, w: MainWindow, customer_id: str) -> CustomerView:
    view = w.open_customer(customer_id)
    qtbot.waitUntil(lambda: view.findChild(DecisionsSection).data is not None)
    return view


def grant_dialog(qtbot: QtBot, w: MainWindow) -> GrantDialog:
    feature(w).grant()
    dialog = feature(w).dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.context is not None and dialog.current_meter() is not None)
    return dialog


def pick(dialog: GrantDialog, code: str) -> None:
    for i in range(dialog.remedies.count()):
        if dialog.remedies.item(i).data(CODE_ROLE) == code:
            dialog.remedies.setCurrentRow(i)
            return
    raise AssertionError(code)


def decisions(store: Store) -> int:
    with store.session() as s:
        return s.scalar(select(func.count()).select_from(Decision)) or 0


def states(view: CustomerView) -> list[str]:
    return view.findChild(DecisionsSection).states()  # type: ignore[no-any-return]


def test_a_grant_within_limits_is_recorded_at_once_and_listed(
        qtbot: QtBot, window: MainWindow, store: Store, demo: Demo) -> None:
    view = open_customer(qtbot, window, demo.main_id)
    assert states(view) == []
    dialog = grant_dialog(qtbot, window)
    pick(dialog, "fee_waiver")
    assert dialog.amount_cents() == 1500  # the catalogue's default amount
    assert dialog.grant_button.isEnabled() and not dialog.approval_button.isEnabled()
    dialog.reason.setPlainText("Charged twice for the October invoice")
    dialog.grant_button.click()
    qtbot.waitUntil(lambda: states(view) == [AuthorityState.WITHIN])
    assert feature(window).dialog is None  # closed and gone
    assert window.statusBar().currentMessage() == (
        "Granted Fee waiver of €15.00 to Maria Rossi; a follow-up will ask whether it worked.")
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(FollowUp)
                        .where(FollowUp.reason == "remedy_check")) == 1
    assert view.findChild(DecisionsSection).summary.text() == (
        "Granted in the last 30 days: €15.00")


def test_the_meter_follows_the_amount_before_committing(
        qtbot: QtBot, window: MainWindow, store: Store, demo: Demo) -> None:
    open_customer(qtbot, window, demo.main_id)
    dialog = grant_dialog(qtbot, window)
    meter = dialog.meter
    dialog.set_amount_cents(2000)
    assert meter.left[Limit.DECISION].text() == "€30.00 left of €50.00"
    assert meter.left[Limit.CUSTOMER_30_DAYS].text() == "€80.00 left of €100.00"
    assert meter.left[Limit.AGENT_DAY].text() == "€280.00 left of €300.00"
    assert meter.bars[Limit.DECISION].level == "ok"
    dialog.set_amount_cents(5000)  # exactly at the limit: still within, the bar turns amber
    assert meter.bars[Limit.DECISION].level == "near"
    assert meter.left[Limit.DECISION].text() == "€0.00 left of €50.00"
    assert dialog.grant_button.isEnabled()
    dialog.set_amount_cents(5001)  # one cent over
    assert meter.bars[Limit.DECISION].level == "over"
    assert meter.left[Limit.DECISION].text() == "€0.01 over €50.00"
    assert meter.verdict.text() == ("Over your limit per decision: ask a supervisor for "
                                    "approval, or override it with a written reason.")
    assert not dialog.grant_button.isEnabled()
    assert dialog.approval_button.isEnabled() and dialog.override_button.isEnabled()
    before = decisions(store)
    dialog.currency.setCurrentIndex(dialog.currency.findData("USD"))
    assert meter.verdict.text() == ("Amounts in USD cannot be granted: the authority policy "
                                    "counts EUR only, so enter the amount in EUR.")
    assert not any(b.isEnabled() for b in (dialog.grant_button, dialog.approval_button,
                                           dialog.override_button))
    dialog.commit(Action.GRANT)
    assert dialog.error.text() == meter.verdict.text()
    assert decisions(store) == before
    dialog.reject()


def test_an_override_needs_a_reason_then_is_recorded(
        qtbot: QtBot, window: MainWindow, store: Store, demo: Demo) -> None:
    view = open_customer(qtbot, window, demo.main_id)
    dialog = grant_dialog(qtbot, window)
    pick(dialog, "replacement")
    dialog.set_amount_cents(8000)
    before = decisions(store)
    dialog.override_button.click()
    assert dialog.error.text() == ("An override needs a written reason: say why this customer "
                                   "should have more than your authority allows.")
    assert dialog.isVisible() and decisions(store) == before
    dialog.reason.setPlainText("Third faulty modem in a month; the customer is leaving.")
    dialog.override_button.click()
    qtbot.waitUntil(lambda: states(view) == [AuthorityState.OVERRIDE])
    assert decisions(store) == before + 1


def test_over_a_limit_the_agent_asks_a_supervisor_approves_and_the_agent_sees_it(
        qtbot: QtBot, window: MainWindow, runner: OpRunner, store: Store, demo: Demo) -> None:
    view = open_customer(qtbot, window, demo.main_id)
    dialog = grant_dialog(qtbot, window)
    pick(dialog, "credit")
    dialog.set_amount_cents(7500)
    dialog.reason.setPlainText("Two weeks without a line")
    dialog.approval_button.click()
    qtbot.waitUntil(lambda: states(view) == [AuthorityState.PENDING])
    assert view.findChild(DecisionsSection).model.index(0, 5).data() == "waiting for a supervisor"  # type: ignore

    review = ReviewView(runner, store, SUPERVISOR)  # the supervisor's console
    qtbot.addWidget(review)
    qtbot.waitUntil(lambda: review.requests_model.rowCount() == 1)
    assert review.current_request() is not None
    assert review.requests_model.index(0, 5).data() == "per decision"
    review.answer_note.setPlainText("Fine, apologise for us")
    review.approve_button.click()
    qtbot.waitUntil(lambda: states(view) == [AuthorityState.APPROVED])
    assert view.findChild(DecisionsSection).model.index(0, 5).data() == (
        "Approved by Sara Conti: Fine, apologise for us")
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == (
        "Sara Conti approved your request of €75.00 for Maria Rossi. Fine, apologise for us"))
    qtbot.waitUntil(lambda: review.requests_model.rowCount() == 0)


def test_a_refusal_needs_a_note(qtbot: QtBot, window: MainWindow, runner: OpRunner,
                                store: Store, demo: Demo) -> None:
    view = open_customer(qtbot, window, demo.main_id)
    dialog = grant_dialog(qtbot, window)
    dialog.set_amount_cents(9000)
    dialog.approval_button.click()
    qtbot.waitUntil(lambda: states(view) == [AuthorityState.PENDING])
    review = ReviewView(runner, store, SUPERVISOR)
    qtbot.addWidget(review)
    qtbot.waitUntil(lambda: review.requests_model.rowCount() == 1)
    review.refuse_button.click()
    assert review.status.text() == "Say why the request is refused: the agent will read it."
    assert states(view) == [AuthorityState.PENDING]


def test_a_supervisors_note_reaches_the_agents_coaching_page(
        qtbot: QtBot, window: MainWindow, runner: OpRunner, store: Store, demo: Demo) -> None:
    view = open_customer(qtbot, window, demo.main_id)
    dialog = grant_dialog(qtbot, window)
    pick(dialog, "gift")
    dialog.grant_button.click()
    qtbot.waitUntil(lambda: states(view) == [AuthorityState.WITHIN])

    review = ReviewView(runner, store, SUPERVISOR)
    qtbot.addWidget(review)
    qtbot.waitUntil(lambda: review.queue_model.rowCount() == 1)
    review.queue_table.selectRow(0)
    review.praise.setChecked(True)
    review.note_text.setPlainText("A gift on the first call: exactly right.")
    review.note_button.click()
    qtbot.waitUntil(lambda: review.queue_model.rowCount() == 1
                    and review.queue_model.item(0).notes == 1)

    coaching = feature(window).open_coaching()
    qtbot.waitUntil(lambda: coaching.notes() == ["A gift on the first call: exactly right."])
    assert coaching.moments_model.index(0, 1).data() == "Praise"
    assert coaching.moments_model.index(0, 2).data() == "Sara Conti"
    assert window.tabs.currentWidget() is coaching


def test_agents_have_no_review_but_their_coaching(qtbot: QtBot, window: MainWindow) -> None:
    f = feature(window)
    assert not f.review_action.isVisible()
    assert f.open_review() is None
    assert window.statusBar().currentMessage() == (
        "The review is for supervisors: your notes are in My coaching (Ctrl+Shift+O).")
    keys = [k for k, _ in f.shortcut_rows()]
    assert "Ctrl+G" in keys and "Ctrl+Shift+R" not in keys


def test_the_review_queue_says_when_it_lists_only_the_newest(
        qtbot: QtBot, window: MainWindow, runner: OpRunner, store: Store, demo: Demo,
        monkeypatch: pytest.MonkeyPatch) -> None:
    view = open_customer(qtbot, window, demo.main_id)
    for n in (1, 2):
        dialog = grant_dialog(qtbot, window)
        pick(dialog, "gift")
        dialog.grant_button.click()
        qtbot.waitUntil(lambda n=n: len(states(view)) == n)  # type: ignore[misc]
    monkeypatch.setattr("ui.decisions.review.QUEUE_SHOWN", 1)
    review = ReviewView(runner, store, SUPERVISOR)
    qtbot.addWidget(review)
    qtbot.waitUntil(lambda: review.loaded_ is not None)
    assert review.queue_model.rowCount() == 1
    assert review.pages.tabText(1) == "Review queue (the newest 1 of 2)"
    monkeypatch.setattr("ui.decisions.review.QUEUE_SHOWN", 2)
    review.refresh()
    qtbot.waitUntil(lambda: review.queue_model.rowCount() == 2)
    assert review.pages.tabText(1) == "Review queue"
