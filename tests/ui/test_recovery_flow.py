"""Service recovery in the console, driven with qtbot on a real store: open a case, tick
its steps, promise, see the follow-ups in the queue, complete them, close the case (with
and without the override); a broken template does not stop the console."""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from carecenter.db.models import Decision
from carecenter.db.store import Store
from carecenter.services.cases.checklists import default_override_dir
from carecenter.services.cases.followups import team_queue
from carecenter.services.cases.lifecycle import case_history, customer_cases, get_case
from carecenter.settings import Settings
from tests.ui.builders import Demo
from tests.ui.test_decisions_ui import pick
from ui.cases.dialogs import (
    CloseCaseDialog,
    FollowUpDialog,
    NewCaseDialog,
    OutcomeDialog,
    PromiseDialog,
)
from ui.cases.followups import FollowUpsPage
from ui.cases.followups_feature import CountsButton
from ui.cases.panel import CasesPanel, panel_of
from ui.cases.recovery import now
from ui.decisions.feature import Decisions
from ui.decisions.grant_dialog import GrantDialog
from ui.shell.main_window import MainWindow
from ui.shell.ops import OpRunner

ROME = ZoneInfo("Europe/Rome")


def _window(qtbot: QtBot, runner: OpRunner, store: Store, settings: Settings,
            window_settings: QSettings) -> MainWindow:
    w = MainWindow(runner, store, settings, window_settings)
    qtbot.addWidget(w)
    w.show()
    return w


def _action(window: MainWindow, keys: str) -> QAction:
    return next(a for a in window.actions() if QKeySequence(keys) in a.shortcuts())


def _open(qtbot: QtBot, window: MainWindow, customer_id: str) -> CasesPanel:
    view = window.open_customer(customer_id)
    panel = panel_of(view)
    assert panel is not None
    with qtbot.waitSignal(panel.cases_loaded, timeout=10000):
        pass
    view.sections.setCurrentWidget(panel)
    return panel


def _submit(qtbot: QtBot, panel_or_page: CasesPanel | FollowUpsPage) -> None:
    dialog = panel_or_page.dialog
    assert dialog is not None
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: panel_or_page.dialog is None, timeout=10000)


def _tick(qtbot: QtBot, panel: CasesPanel, step: str, note: str = "") -> None:
    row = panel.checklist.rows[step]
    row.note.setText(note)
    row.box.click()
    qtbot.waitUntil(lambda: panel.checklist.rows[step].step.done, timeout=10000)


def test_open_tick_promise_follow_up_and_close(qtbot: QtBot, runner: OpRunner, store: Store,
                                               demo: Demo, settings: Settings,
                                               window_settings: QSettings) -> None:
    window = _window(qtbot, runner, store, settings, window_settings)
    customer = demo.main_id
    panel = _open(qtbot, window, customer)
    assert panel.model.rowCount() == 0

    # Ctrl+N: a new case, in the customer's words.
    _action(window, "Ctrl+N").trigger()
    dialog = panel.dialog
    assert isinstance(dialog, NewCaseDialog)
    dialog.ok_button.click()  # nothing written yet: the customer's words are missing
    qtbot.waitUntil(lambda: dialog.error.isVisibleTo(dialog), timeout=10000)
    assert dialog.error.text() == "Write what happened, in the customer's words."
    assert customer_cases(store, customer, include_closed=True) == ()
    dialog.category.setCurrentIndex(dialog.category.findData("billing_error"))
    dialog.severity.setCurrentIndex(dialog.severity.findData("high"))
    dialog.summary.setPlainText("Charged twice for October.")
    _submit(qtbot, panel)
    qtbot.waitUntil(lambda: panel.case is not None, timeout=10000)
    case = panel.case
    assert case is not None
    assert (case.category, case.severity, case.summary) == (
        "billing_error", "high", "Charged twice for October.")
    assert list(panel.checklist.rows) == [
        "apologise", "act", "check_invoice", "correct_billing", "empathy", "compensate",
        "follow_up"]

    # Ticking: who, when and the note are recorded and shown.
    _tick(qtbot, panel, "apologise", "Said sorry for the double charge")
    meta = panel.checklist.rows["apologise"].meta.text()
    assert "Giulia Bianchi" in meta
    assert "Said sorry for the double charge" in meta
    stored = get_case(store, case.id).steps[0]
    assert (stored.done, stored.by_name, stored.note) == (
        True, "Giulia Bianchi", "Said sorry for the double charge")

    # Compensate: the decisions feature's grant dialog, for this case; once granted the
    # step is ticked with what was granted.
    panel.checklist.rows["compensate"].box.click()
    grant = window.findChild(Decisions).dialog
    assert isinstance(grant, GrantDialog)
    assert grant.case_id == case.id
    qtbot.waitUntil(lambda: grant.remedies.count() > 0, timeout=10000)
    pick(grant, "fee_waiver")
    grant.reason.setPlainText("Charged twice for October")
    qtbot.waitUntil(grant.grant_button.isEnabled, timeout=10000)
    grant.grant_button.click()
    qtbot.waitUntil(lambda: panel.checklist.rows["compensate"].step.done, timeout=10000)
    assert panel.checklist.rows["compensate"].step.note == (
        "Granted Fee waiver of €15.00 to Maria Rossi; a follow-up will ask whether it worked.")
    with store.session() as s:
        assert s.scalar(select(Decision.case_id).where(Decision.customer_id == customer)) \
            == case.id

    # Follow up: a due time from the quick choices schedules a follow-up.
    panel.checklist.rows["follow_up"].action.click()
    assert isinstance(panel.dialog, FollowUpDialog)
    panel.dialog.due.choose("tomorrow")
    panel.dialog.note.setText("Check the refund arrived")
    _submit(qtbot, panel)
    qtbot.waitUntil(lambda: panel.checklist.rows["follow_up"].step.done, timeout=10000)

    # Ctrl+P: a promise on the selected case becomes a follow-up.
    _action(window, "Ctrl+P").trigger()
    assert isinstance(panel.dialog, PromiseDialog)
    panel.dialog.text.setText("The refund arrives within 5 days")
    panel.dialog.due.choose("friday")
    _submit(qtbot, panel)
    qtbot.waitUntil(lambda: get_case(store, case.id).promise_due is not None, timeout=10000)

    # The queue (Ctrl+Shift+F) shows both, by due time; the status bar counts them.
    page = window.findChild(FollowUpsPage)
    assert page is not None
    with qtbot.waitSignal(page.loaded, timeout=10000):
        _action(window, "Ctrl+Shift+F").trigger()
    mine = [f for f in page.model.rows if f.customer_id == customer]
    assert sorted((f.reason, f.note or "") for f in mine) == [
        ("call_back", "Check the refund arrived"), ("promise", "The refund arrives within 5 days"),
        ("remedy_check", "")]  # the granted remedy asks later whether it worked
    assert [f.due for f in page.model.rows] == sorted(f.due for f in page.model.rows)
    counts = window.findChild(CountsButton)
    assert counts is not None
    qtbot.waitUntil(lambda: counts.counts.total == 3, timeout=10000)

    # Done with "satisfied": the promise leaves the queue.
    promise_row = next(i for i, f in enumerate(page.model.rows) if f.reason == "promise")
    page.table.selectRow(promise_row)
    page.complete_current()
    assert isinstance(page.dialog, OutcomeDialog)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        _submit(qtbot, page)
    assert sorted(f.reason for f in page.model.rows if f.customer_id == customer) == [
        "call_back", "remedy_check"]
    qtbot.waitUntil(lambda: counts.counts.total == 2, timeout=10000)

    # Close with unticked steps: they are listed and a reason is needed (override).
    panel.close_button.click()
    qtbot.waitUntil(lambda: isinstance(panel.dialog, CloseCaseDialog), timeout=10000)
    close = panel.dialog
    assert isinstance(close, CloseCaseDialog)
    for label in ("Act at once", "Check the invoice", "Show empathy"):
        assert label in close.intro.text()
    assert not close.ok_button.isEnabled()
    close.reason.setText("The customer asked to close it now")
    _submit(qtbot, panel)
    qtbot.waitUntil(lambda: panel.case is not None and panel.case.is_closed, timeout=10000)
    closed = get_case(store, case.id)
    assert (closed.close_override, closed.close_reason) == (
        True, "The customer asked to close it now")
    assert case_history(store, case.id)[-1].step == "_override"
    assert not panel.checklist.rows["act"].box.isEnabled()

    # The call-back is answered "not satisfied": the case is reopened as a new open case.
    page.table.selectRow(next(i for i, f in enumerate(page.model.rows)
                              if f.customer_id == customer and f.reason == "call_back"))
    page.complete_current()
    dialog2 = page.dialog
    assert isinstance(dialog2, OutcomeDialog)
    dialog2.choices["not_satisfied"].setChecked(True)
    dialog2.note.setText("No refund yet")
    with qtbot.waitSignal(page.loaded, timeout=10000):
        _submit(qtbot, page)
    assert page.message.text() == "The customer is not satisfied: the case was reopened."
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=10000)
    reopened = panel.model.cases[0]
    assert (reopened.is_closed, reopened.reopens_id) == (False, case.id)

    # Every step ticked: the case closes without asking anything.
    panel.select_case(reopened.id)
    for step in list(panel.checklist.rows):
        if step == "follow_up":
            panel.checklist.rows[step].action.click()
            assert isinstance(panel.dialog, FollowUpDialog)
            _submit(qtbot, panel)
            qtbot.waitUntil(lambda: panel.checklist.rows["follow_up"].step.done, timeout=10000)
        else:
            _tick(qtbot, panel, step, "Offered a credit" if step == "compensate" else "")
    panel.close_button.click()
    qtbot.waitUntil(lambda: panel.case is not None and panel.case.is_closed, timeout=10000)
    assert panel.dialog is None
    assert get_case(store, reopened.id).close_override is False

    # Opening a follow-up from the queue opens its customer, at its case.
    other = demo.ids[1]
    window.open_customer(other)
    page.reload()
    qtbot.waitUntil(lambda: any(f.customer_id == customer for f in page.model.rows),
                    timeout=10000)
    page.table.selectRow(next(i for i, f in enumerate(page.model.rows)
                              if f.customer_id == customer))
    page.open_current()
    assert window.current_view() is not None
    assert window.current_view().customer_id == customer  # type: ignore[union-attr]


def test_compensate_goes_to_whoever_listens(qtbot: QtBot, runner: OpRunner, store: Store,
                                            demo: Demo, settings: Settings,
                                            window_settings: QSettings) -> None:
    window = _window(qtbot, runner, store, settings, window_settings)
    panel = _open(qtbot, window, demo.main_id)
    panel.new_case()
    assert isinstance(panel.dialog, NewCaseDialog)
    panel.dialog.summary.setPlainText("Rude answer at the counter.")
    _submit(qtbot, panel)
    qtbot.waitUntil(lambda: panel.case is not None, timeout=10000)
    asked: list[tuple[str, str]] = []
    panel.compensate_requested.connect(lambda case_id, cid: asked.append((case_id, cid)))
    panel.checklist.rows["compensate"].action.click()
    assert panel.case is not None
    assert asked == [(panel.case.id, demo.main_id)]
    assert panel.dialog is None


def test_bad_follow_up_due_is_refused_in_the_dialog(qtbot: QtBot, runner: OpRunner,
                                                    store: Store, demo: Demo,
                                                    settings: Settings,
                                                    window_settings: QSettings) -> None:
    window = _window(qtbot, runner, store, settings, window_settings)
    panel = _open(qtbot, window, demo.main_id)
    before = team_queue(store, now()).counts
    panel.record_promise()
    dialog = panel.dialog
    assert isinstance(dialog, PromiseDialog)
    dialog.text.setText("We call you back")
    dialog.due.set_value(now() - timedelta(days=1))
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.error.isVisibleTo(dialog), timeout=10000)
    assert dialog.error.text() == ("The follow-up cannot be due in the past; choose a "
                                   "later time.")
    assert team_queue(store, now()).counts == before


def test_playbook_beside_the_case_and_search(qtbot: QtBot, runner: OpRunner, store: Store,
                                             demo: Demo, settings: Settings,
                                             window_settings: QSettings) -> None:
    window = _window(qtbot, runner, store, settings, window_settings)
    panel = _open(qtbot, window, demo.main_id)
    panel.new_case()
    assert isinstance(panel.dialog, NewCaseDialog)
    panel.dialog.category.setCurrentIndex(panel.dialog.category.findData("late_delivery"))
    panel.dialog.summary.setPlainText("Still waiting for the modem.")
    _submit(qtbot, panel)
    qtbot.waitUntil(lambda: panel.case is not None, timeout=10000)
    _action(window, "F1").trigger()
    assert panel.playbook.isVisibleTo(panel)
    assert panel.playbook.category == "late_delivery"
    assert "Late delivery" in panel.playbook.text.toPlainText()
    panel.playbook.search.setText("invoice")
    assert panel.playbook.hits_model.rowCount() > 0
    assert panel.playbook.hits.isVisibleTo(panel)
    first = panel.playbook.hits_model.index(0, 0)
    panel.playbook.hits.activated.emit(first)
    assert panel.playbook.category == "billing_error"


def test_a_broken_template_is_reported_once_and_the_console_starts(
        qtbot: QtBot, runner: OpRunner, store: Store, demo: Demo, settings: Settings,
        window_settings: QSettings) -> None:
    folder = default_override_dir()
    folder.mkdir(parents=True)
    broken = folder / "billing_error.toml"
    broken.write_text('label = { en = "Billing", it = "Fatture" }\n\n[[steps]\nid = "x"\n',
                      encoding="utf-8")
    window = _window(qtbot, runner, store, settings, window_settings)
    boxes = window.findChildren(QMessageBox, "templateProblems")
    assert len(boxes) == 1
    assert boxes[0].isVisible()
    assert f"{broken}:3: is not valid TOML" in boxes[0].informativeText()
    assert window.statusBar().currentMessage().startswith(f"{broken}:3:")
    panel = _open(qtbot, window, demo.main_id)
    _open(qtbot, window, demo.ids[1])
    assert len(window.findChildren(QMessageBox, "templateProblems")) == 1
    panel.new_case()  # the shipped billing template is still there
    assert isinstance(panel.dialog, NewCaseDialog)
    assert panel.dialog.category.findData("billing_error") >= 0
    boxes[0].close()
