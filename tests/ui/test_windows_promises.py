"""Issue 19 part 3 in the console: a promise given as a time window (the banner in its last
hour, due windows first in the queue and in work mode), a missed window turned into an
overdue follow-up with its recovery steps (Ctrl+R). Each journey checks the store and
the outbox."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QTime
from PySide6.QtGui import QAction, QKeySequence
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from carecenter.db.base import from_text
from carecenter.db.models import Case, FollowUp, OutboxOp
from carecenter.db.store import Store
from carecenter.services.calls.campaigns import CampaignSpec, create_campaign, import_call_list
from carecenter.services.cases.followups import schedule_follow_up
from carecenter.services.imports import import_file
from carecenter.settings import Settings
from tests.ui.builders import Demo
from ui.calls.parts import WorkStrip
from ui.calls.work_mode import WorkModePanel
from ui.cases.dialogs import PromiseDialog
from ui.cases.followups import FollowUpsPage
from ui.cases.followups_model import BUCKET, DUE
from ui.cases.panel import CasesPanel, panel_of
from ui.cases.recovery import Recovery
from ui.customer.banner import strip_of
from ui.shell.main_window import MainWindow
from ui.shell.ops import OpRunner


@pytest.fixture
def window(qtbot: QtBot, runner: OpRunner, store: Store, settings: Settings
           ) -> Iterator[MainWindow]:
    w = MainWindow(runner, store, settings)
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    yield w
    w.close()


def _action(window: MainWindow, keys: str) -> QAction:
    return next(a for a in window.actions() if QKeySequence(keys) in a.shortcuts())


def _panel(qtbot: QtBot, window: MainWindow, customer_id: str) -> CasesPanel:
    view = window.open_customer(customer_id)
    panel = panel_of(view)
    assert panel is not None
    qtbot.waitUntil(lambda: view.is_ready, timeout=10000)
    view.sections.setCurrentWidget(panel)
    return panel


def _ops(store: Store, table: str) -> list[OutboxOp]:
    with store.session() as s:
        return list(s.scalars(select(OutboxOp).where(OutboxOp.table == table)
                              .order_by(OutboxOp.seq)))


def _page(window: MainWindow) -> FollowUpsPage:
    page = window.findChild(FollowUpsPage)
    assert page is not None
    return page


def _me(window: MainWindow) -> str:
    return Recovery.of(window).agent_id()


def test_a_window_promised_shows_in_the_banner_and_first_in_the_queue(
        qtbot: QtBot, window: MainWindow, store: Store, demo: Demo) -> None:
    panel = _panel(qtbot, window, demo.main_id)
    _action(window, "Ctrl+P").trigger()
    dialog = panel.dialog
    assert isinstance(dialog, PromiseDialog)
    now = datetime.now(UTC).replace(second=0, microsecond=0)
    dialog.text.setText("We call you back about the router")
    dialog.due.set_value(now - timedelta(minutes=10))
    dialog.windowed.setChecked(True)
    until = (now + timedelta(minutes=40)).astimezone(dialog.due.value().astimezone().tzinfo)
    dialog.until.setTime(QTime(until.hour, until.minute))
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: panel.dialog is None, timeout=10000)

    with store.session() as s:
        fu = s.scalars(select(FollowUp).where(FollowUp.customer_id == demo.main_id)).one()
        assert (fu.reason, fu.due, fu.due_until) == (
            "promise", now - timedelta(minutes=10), now + timedelta(minutes=40))
    [op] = _ops(store, "follow_up")
    assert op.kind == "insert"
    assert from_text(op.fields["due_until"][0]) == now + timedelta(minutes=40)

    # the banner: in the window's last hour, with the window and the minutes left
    view = window.current_view()
    strip = strip_of(view)
    assert strip is not None
    window.reload_current()
    start_l = (now - timedelta(minutes=10)).astimezone()
    hours = f"{start_l:%H:%M}–{until:%H:%M}"
    qtbot.waitUntil(lambda: any(t.startswith("Call back promised ") for t in strip.texts()),
                    timeout=10000)
    line = next(t for t in strip.texts() if t.startswith("Call back promised"))
    assert hours in line  # "… 16:00–17:00 today — 40 min left" (a date across midnight)
    assert line.endswith(" min left")

    # the queue: the open window before a call-back due earlier today without one
    schedule_follow_up(store, customer_id=demo.ids[3], due=now + timedelta(minutes=1),
                       assignee_id=_me(window), now=now, note="plain call-back")
    _action(window, "Ctrl+Shift+F").trigger()
    page = _page(window)
    page.reload()
    qtbot.waitUntil(lambda: len(page.model.rows) == 2, timeout=10000)
    first = page.model.rows[0]
    assert first.note == "We call you back about the router"
    assert page.model.index(0, DUE).data().endswith(f"–{until:%H:%M}")
    assert page.model.index(0, BUCKET).data() == "Today"


def test_work_mode_calls_a_due_window_first(qtbot: QtBot, window: MainWindow, store: Store,
                                            demo: Demo, tmp_path: Path) -> None:
    (tmp_path / "offers.csv").write_text(
        "offer_code,product,title,value,valid_from,valid_to,channels\n"
        "F10,FIBRA,Fibra base,10,,,\n", encoding="utf-8")
    import_file(store, "offers", tmp_path / "offers.csv")
    create_campaign(store, CampaignSpec(name="Window fibre", product="FIBRA", offer="F10"))
    (tmp_path / "list.csv").write_text("customer_ref\nC-000010\nC-000011\nC-000012\n",
                                       encoding="utf-8")
    import_call_list(store, "Window fibre", tmp_path / "list.csv")
    now = datetime.now(UTC)
    last = demo.ids[11]  # C-000012, the list's third
    schedule_follow_up(store, customer_id=last, due=now - timedelta(minutes=5),
                       due_until=now + timedelta(minutes=55), assignee_id=None,
                       now=now - timedelta(minutes=6), note="call back 16-17")
    panel = window.findChild(WorkModePanel)
    assert panel is not None
    panel.load_campaigns()
    qtbot.waitUntil(lambda: panel.campaign.findData("Window fibre") >= 0, timeout=10000)
    panel.start("Window fibre")
    qtbot.waitUntil(lambda: panel.listed is not None, timeout=10000)
    panel.next_customer()
    qtbot.waitUntil(lambda: panel.current is not None, timeout=10000)
    assert panel.current is not None
    assert panel.current.customer_id == last
    assert panel.current.window_until is not None
    view = window.current_view()
    assert view is not None and view.customer_id == last
    strip = view.findChild(WorkStrip)
    assert strip is not None
    assert strip.text() == ("Campaign Window fibre · present the offer F10 · call-back "
                            f"promised by {(now + timedelta(minutes=55)).astimezone():%H:%M}")
    # then the list in its order, from its first entry
    panel.next_customer()
    qtbot.waitUntil(lambda: panel.current is not None and panel.current.customer_id != last,
                    timeout=10000)
    assert panel.current is not None
    assert panel.current.customer_ref == "C-000010"


def test_a_missed_window_is_overdue_and_offers_the_recovery_steps(
        qtbot: QtBot, window: MainWindow, store: Store, demo: Demo) -> None:
    now = datetime.now(UTC)
    customer = demo.ids[2]
    then = now - timedelta(hours=3)
    fu = schedule_follow_up(store, customer_id=customer, due=then + timedelta(hours=1),
                            due_until=then + timedelta(hours=2), assignee_id=_me(window),
                            now=then, reason="promise", note="Call back about the bill")
    ops_before = len(_ops(store, "case"))
    _action(window, "Ctrl+Shift+F").trigger()
    page = _page(window)
    qtbot.waitUntil(lambda: len(page.model.rows) == 1, timeout=10000)
    assert page.model.index(0, BUCKET).data() == "Window missed"
    assert page.recover_button.isVisible()
    assert "The promised window ended at" in page.detail.text()

    page.table.setFocus()
    page.recover_current()
    qtbot.waitUntil(lambda: (v := window.current_view()) is not None
                    and v.customer_id == customer, timeout=10000)
    with store.session() as s:
        row = s.get(FollowUp, fu.follow_up.id)
        assert row is not None and row.status == "open" and row.case_id is not None
        case = s.get(Case, row.case_id)
        assert case is not None
        assert (case.category, case.severity, case.status) == ("other", "high", "open")
        assert case.summary is not None and "Call back about the bill" in case.summary
        assert case.promise_due == row.due
    assert len(_ops(store, "case")) == ops_before + 2  # opened, then its promise due
    assert _ops(store, "follow_up")[-1].fields["case_id"][0] == row.case_id
    panel = panel_of(window.current_view())
    assert panel is not None
    qtbot.waitUntil(lambda: panel.case is not None and panel.case.id == row.case_id,
                    timeout=10000)
    assert panel.case is not None
    assert [s.id for s in panel.case.steps][:2] == ["apologise", "act"]
