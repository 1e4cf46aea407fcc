"""The supervisor view, quick due choices, the item models and a category published after start."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from carecenter.db.store import Store
from carecenter.services.cases.followups import team_queue
from carecenter.services.customers.screen_pops import record_pop
from carecenter.settings import Settings
from tests.ui.builders import Demo
from tests.ui.conftest import OFFSCREEN_NOISE
from tests.ui.test_recovery_flow import ROME, _action, _open, _submit, _window
from ui.cases.case_list import CaseListModel
from ui.cases.dialogs import (
    NewCaseDialog,
    quick_due,
)
from ui.cases.followups_model import FollowUpModel
from ui.cases.recovery import now
from ui.shell.ops import OpRunner
from ui.supervisor.view import SupervisorView, WorkloadModel


@pytest.mark.qt_log_ignore("This plugin does not support raise", OFFSCREEN_NOISE)
def test_supervisor_view_shows_figures_and_exports(qtbot: QtBot, runner: OpRunner,
                                                   store: Store, demo: Demo,
                                                   settings: Settings,
                                                   window_settings: QSettings,
                                                   tmp_path: Path) -> None:
    for ms in range(10, 201, 10):  # 20 screen pops: median (100+110)/2, p95 190.5 (inclusive)
        record_pop(store, outcome="one", matches=1, ms=float(ms))
    window = _window(qtbot, runner, store, settings, window_settings)
    panel = _open(qtbot, window, demo.main_id)
    panel.new_case()
    assert isinstance(panel.dialog, NewCaseDialog)
    panel.dialog.summary.setPlainText("Wrong amount.")
    _submit(qtbot, panel)
    qtbot.waitUntil(lambda: panel.case is not None, timeout=10000)
    _action(window, "Ctrl+Shift+S").trigger()
    view = window.findChild(SupervisorView)
    assert view is not None
    qtbot.waitUntil(lambda: view.figures is not None, timeout=10000)
    giulia = next(w for w in view.model.rows if w.agent_name == "Giulia Bianchi")
    assert giulia.open_cases == 1
    assert view.pops.text() == (
        "Screen pops on this workstation in the last 30 days: 20; from the call to the "
        "customer on screen 105 ms typically, 190 ms at worst for 95 in 100.")
    out = tmp_path / "figures.csv"
    view.export_to(out)
    qtbot.waitUntil(lambda: "rows written" in view.message.text(), timeout=10000)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "section,subject_id,subject,metric,value"
    assert any(",Giulia Bianchi,open_cases,1" in line for line in lines)
    view.close()


def test_quick_due_choices() -> None:
    wed = datetime(2026, 11, 18, 9, 7, tzinfo=ROME)
    assert quick_due("in_2_hours", wed) == datetime(2026, 11, 18, 11, 10, tzinfo=ROME)
    assert quick_due("tomorrow", wed) == datetime(2026, 11, 19, 10, 0, tzinfo=ROME)
    assert quick_due("friday", wed) == datetime(2026, 11, 20, 10, 0, tzinfo=ROME)
    fri = datetime(2026, 11, 20, 8, 0, tzinfo=ROME)
    assert quick_due("friday", fri) == datetime(2026, 11, 27, 10, 0, tzinfo=ROME)
    sat_night = datetime(2026, 11, 21, 23, 0, tzinfo=ROME)
    assert quick_due("in_2_hours", sat_night) == datetime(2026, 11, 22, 1, 0, tzinfo=ROME)


def test_models_pass_the_model_tester(qtmodeltester, qtbot: QtBot, runner: OpRunner,  # type: ignore[no-untyped-def]
                                      store: Store, demo: Demo, settings: Settings,
                                      window_settings: QSettings) -> None:
    window = _window(qtbot, runner, store, settings, window_settings)
    panel = _open(qtbot, window, demo.main_id)
    panel.new_case()
    assert isinstance(panel.dialog, NewCaseDialog)
    panel.dialog.summary.setPlainText("Late.")
    _submit(qtbot, panel)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=10000)
    assert isinstance(panel.model, CaseListModel)
    qtmodeltester.check(panel.model)
    fu = FollowUpModel()
    fu.set_queue(team_queue(store, now()))
    qtmodeltester.check(fu)
    load = WorkloadModel()
    from carecenter.services.supervisor import workload
    load.set_rows(workload(store, now()))
    qtmodeltester.check(load)


def test_a_category_published_after_start_is_offered_once_its_change_set_arrives(
        qtbot: QtBot, runner: OpRunner, store: Store, demo: Demo, settings: Settings,
        window_settings: QSettings, tmp_path: Path) -> None:
    from carecenter.services import published
    from ui.cases.recovery import Recovery

    window = _window(qtbot, runner, store, settings, window_settings)
    panel = _open(qtbot, window, demo.main_id)
    recovery = Recovery.of(window)
    folder = tmp_path / "admin"
    folder.mkdir()
    (folder / "refund_delay.toml").write_text(
        'label = { en = "Refund delay", it = "Rimborso in ritardo" }\n', encoding="utf-8")
    (folder / "refund_delay.en.md").write_text("# Refunds\n\n## Do\nCheck the transfer.\n",
                                               encoding="utf-8")
    # As another workstation's publish arriving by sync: written, then its change set.
    result = published.publish_templates(store, folder, by="admin", now=now())
    books = published.publish_playbooks(store, folder, by="admin", now=now())
    panel.new_case()
    assert isinstance(panel.dialog, NewCaseDialog)
    assert panel.dialog.category.findData("refund_delay") < 0
    panel.dialog.reject()
    qtbot.waitUntil(lambda: panel.dialog is None, timeout=10000)
    with qtbot.waitSignal(recovery.reloaded, timeout=10000):
        runner.operation_did_execute.emit(result.changes)
    assert books.changes.touches("playbook_text")
    with qtbot.waitSignal(recovery.reloaded, timeout=10000):
        runner.operation_did_execute.emit(books.changes)
    panel.new_case()
    assert isinstance(panel.dialog, NewCaseDialog)
    at = panel.dialog.category.findData("refund_delay")
    assert at >= 0 and panel.dialog.category.itemText(at) == "Refund delay"
    assert recovery.playbooks.get("refund_delay", "en") is not None
    assert panel.playbook.library is recovery.playbooks
