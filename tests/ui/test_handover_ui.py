"""Cover and share-out in the console (issue 19, part 1): an agent hands a follow-up and a
case to a colleague with a note (Ctrl+Shift+H); what was handed to her is new in "Mine"
until she marks it seen; a supervisor shares out an absent agent's work seeing each
colleague's load (Ctrl+Shift+J). Each checks the store and the outbox."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from carecenter.db.models import Case, FollowUp, HandOver, HandOverSeen, OutboxOp
from carecenter.db.store import Store
from carecenter.services.agents import workstation_agent
from carecenter.services.cases.followups import schedule_follow_up
from carecenter.services.cases.handover import hand_over
from carecenter.settings import Settings
from tests.ui.builders import Demo
from tests.ui.conftest import OFFSCREEN_NOISE
from tests.ui.test_recovery_flow import _action, _window
from tests.unit.recovery_data import hours, new_case
from ui.cases.followups import FollowUpsPage
from ui.cases.handover import HandOverDialog
from ui.cases.recovery import now
from ui.shell.ops import OpRunner
from ui.supervisor.share_out import LoadModel, ShareOutDialog
from ui.supervisor.view import SupervisorView

NOTE = "Off sick this afternoon: she expects the call before 17:00."


def _ops(store: Store, after: int) -> list[tuple[str, str, dict[str, Any]]]:
    with store.session() as s:
        return [(o.table, o.kind, {k: v[0] for k, v in o.fields.items()}) for o in s.scalars(
            select(OutboxOp).where(OutboxOp.seq > after).order_by(OutboxOp.seq))]


def _seq(store: Store) -> int:
    with store.session() as s:
        return max(s.scalars(select(OutboxOp.seq)), default=0)


def _people(store: Store, demo: Demo) -> dict[str, str]:
    ids = {n: workstation_agent(store, name).id for n, name in (
        ("giulia", "Giulia Bianchi"), ("marco", "Marco Neri"), ("paola", "Paola Riva"))}
    ids["case"] = new_case(store, demo.main_id, ids["giulia"])
    for n, who in (("fu1", "giulia"), ("fu2", "giulia"), ("fu_m", "marco")):
        ids[n] = schedule_follow_up(store, customer_id=demo.main_id, due=now() + hours(30),
                                    assignee_id=ids[who], now=now(),
                                    note=f"Call back ({n})").follow_up.id
    return ids


def _page(qtbot: QtBot, window: Any) -> FollowUpsPage:
    page = window.findChild(FollowUpsPage)
    assert page is not None
    with qtbot.waitSignal(page.loaded, timeout=20000):
        _action(window, "Ctrl+Shift+F").trigger()
    return page


@pytest.mark.qt_log_ignore("This plugin does not support raise", OFFSCREEN_NOISE)
def test_an_agent_hands_a_follow_up_and_her_case_to_a_colleague_with_a_note(
        qtbot: QtBot, runner: OpRunner, store: Store, demo: Demo, settings: Settings,
        window_settings: QSettings) -> None:
    ids = _people(store, demo)
    window = _window(qtbot, runner, store, settings, window_settings)
    page = _page(qtbot, window)
    row = next(i for i, f in enumerate(page.model.rows) if f.id == ids["fu1"])
    page.table.selectRow(row)
    before = _seq(store)
    window.activateWindow()
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_H,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: page.hand_over.dialog is not None, timeout=20000)
    dialog = page.hand_over.dialog
    assert isinstance(dialog, HandOverDialog)
    # her open work, the highlighted follow-up ticked; colleagues shown with their load
    assert [(w.kind, w.id) for w in dialog.work] == [
        ("follow_up", ids["fu1"]), ("follow_up", ids["fu2"]), ("case", ids["case"])]
    assert dialog.chosen() == ([ids["fu1"]], [])
    names = [dialog.receiver.itemText(i) for i in range(dialog.receiver.count())]
    assert names[0] == "The team queue"
    assert "Marco Neri — 1 open follow-ups, 0 open cases" in names
    assert not any(n.startswith("Giulia Bianchi") for n in names)
    # nothing ticked: said in one sentence, nothing stored
    dialog.items.item(0).setCheckState(Qt.CheckState.Unchecked)
    dialog.submit()
    qtbot.waitUntil(dialog.error.isVisible, timeout=20000)
    assert dialog.error.text() == "Tick at least one follow-up or case to hand over."
    assert _seq(store) == before
    dialog.items.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.items.item(2).setCheckState(Qt.CheckState.Checked)  # and the case
    dialog.choose_receiver(ids["marco"])
    dialog.note.setPlainText(NOTE)
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.hand_over.dialog is None, timeout=20000)
    qtbot.waitUntil(lambda: page.message.text() == "2 handed over.", timeout=20000)
    qtbot.waitUntil(lambda: ids["fu1"] not in {f.id for f in page.model.rows}, timeout=20000)
    with store.session() as s:
        assert s.get(FollowUp, ids["fu1"]).assignee_id == ids["marco"]
        assert s.get(FollowUp, ids["fu2"]).assignee_id == ids["giulia"]
        assert s.get(Case, ids["case"]).owner_id == ids["marco"]
        rows = {(h.follow_up_id, h.case_id, h.from_id, h.to_id, h.by_id, h.note)
                for h in s.scalars(select(HandOver))}
    assert rows == {(ids["fu1"], None, ids["giulia"], ids["marco"], ids["giulia"], NOTE),
                    (None, ids["case"], ids["giulia"], ids["marco"], ids["giulia"], NOTE)}
    ops = _ops(store, before)
    assert [(t, k) for t, k, _f in ops] == [("hand_over", "insert"), ("follow_up", "update"),
                                          ("hand_over", "insert"), ("case", "update")]
    assert ops[1][2] == {"assignee_id": ids["marco"]}
    assert ops[3][2]["owner_id"] == ids["marco"]


@pytest.mark.qt_log_ignore("This plugin does not support raise", OFFSCREEN_NOISE)
def test_what_was_handed_to_her_is_new_in_mine_until_seen(
        qtbot: QtBot, runner: OpRunner, store: Store, demo: Demo, settings: Settings,
        window_settings: QSettings) -> None:
    ids = _people(store, demo)
    hand_over(store, by_id=ids["marco"], to_id=ids["giulia"], now=now(),
              follow_up_ids=[ids["fu_m"]], note="Mrs Bianchi prefers mornings.")
    window = _window(qtbot, runner, store, settings, window_settings)
    page = _page(qtbot, window)
    assert page.new_work.isVisible()
    assert page.new_work.title.text() == "New for you: 1 handed over by colleagues"
    m = page.new_work.model
    mine = next(f for f in page.model.rows if f.id == ids["fu_m"])  # and in Mine itself
    assert [m.data(m.index(0, c)) for c in range(4)] == [
        "Follow-up", mine.customer_name, "Marco Neri", "Mrs Bianchi prefers mornings."]
    before = _seq(store)
    with qtbot.waitSignal(page.loaded, timeout=20000):
        page.new_work.seen_button.click()
    assert not page.new_work.isVisible()
    with store.session() as s:
        assert len(s.scalars(select(HandOverSeen)).all()) == 1
    assert _seq(store) == before  # seeing is this desk's own business: nothing to sync


@pytest.mark.qt_log_ignore("This plugin does not support raise", OFFSCREEN_NOISE)
def test_a_supervisor_shares_out_an_absent_agents_work_seeing_each_load(
        qtbot: QtBot, qtmodeltester: Any, runner: OpRunner, store: Store, demo: Demo,
        window_settings: QSettings) -> None:
    ids = _people(store, demo)
    sara = Settings(agent_name="Sara Conti", agent_role="supervisor", store="Milano Centro")
    window = _window(qtbot, runner, store, sara, window_settings)
    window.activateWindow()
    _action(window, "Ctrl+Shift+S").trigger()
    view = window.findChild(SupervisorView)
    assert view is not None
    qtbot.waitUntil(lambda: view.figures is not None, timeout=20000)
    view.activateWindow()
    qtbot.keyClick(view, Qt.Key.Key_J,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: view.share_dialog is not None
                    and view.share_dialog.model.rowCount() > 1, timeout=20000)
    dialog = view.share_dialog
    assert isinstance(dialog, ShareOutDialog)
    # the busiest colleague is offered first; every other one with her load
    assert dialog.absent.currentData() == ids["giulia"]
    dialog.choose_absent(ids["giulia"])
    model = dialog.model
    assert isinstance(model, LoadModel)
    qtmodeltester.check(model)
    shown = {model.data(model.index(r, 0)): (model.data(model.index(r, 1)),
                                            model.data(model.index(r, 2)))
             for r in range(model.rowCount())}
    assert shown["The team queue"] == ("", "")
    assert shown["Marco Neri"] == (1, 0) and shown["Paola Riva"] == (0, 0)
    assert "Giulia Bianchi" not in shown
    assert dialog.loads_label.text().startswith("3 open items to share out.")
    model.tick(ids["marco"])
    model.tick(ids["paola"])
    dialog.note.setPlainText("Giulia is off today.")
    before = _seq(store)
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.share_dialog is None, timeout=20000)
    qtbot.waitUntil(lambda: view.message.text() == "3 items shared out.", timeout=20000)
    sara_id = workstation_agent(store, "Sara Conti", "supervisor").id
    with store.session() as s:
        held = {f.id: f.assignee_id for f in s.scalars(select(FollowUp))}
        owner = s.get(Case, ids["case"]).owner_id
        by = {(h.by_id, h.note) for h in s.scalars(select(HandOver))}
    # Paola had nothing, Marco one: Paola, then a tie (Marco first named), then Paola
    assert (held[ids["fu1"]], held[ids["fu2"]], owner) == (ids["paola"], ids["marco"],
                                                           ids["paola"])
    assert by == {(sara_id, "Giulia is off today.")}
    assert [(t, k) for t, k, _f in _ops(store, before)] == [
        ("hand_over", "insert"), ("follow_up", "update")] * 2 + [
        ("hand_over", "insert"), ("case", "update")]
    view.close()
