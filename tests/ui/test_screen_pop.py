"""Screen pop driven with qtbot: one, several and no match, the new-customer form and its
duplicate offer, Ctrl+Shift+N, and the single-instance hand-over of --call."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from carecenter.db.store import Store
from carecenter.services.customers.screen_pops import pop_figures
from tests.ui.builders import Demo
from ui.customer.api import SCREEN_POP
from ui.shell.main_window import MainWindow
from ui.shell.ops import OpRunner
from ui.shell.single_instance import CallServer, hand_over, server_name

ROOT = Path(__file__).resolve().parents[2]


def _settle(qtbot: QtBot, runner: OpRunner) -> None:
    qtbot.waitUntil(lambda: runner.pending == 0)


def _call(qtbot: QtBot, window: MainWindow, number: str) -> None:
    with qtbot.waitSignal(window.call_settled, timeout=10000):
        window.call(number)


def _contacts(store: Store, cid: str) -> list[tuple[str, str, str, str | None]]:
    with store.session() as s:
        return [tuple(r) for r in s.execute(text(
            "SELECT channel, direction, team, summary FROM contact WHERE customer_id = :c"),
            {"c": cid})]


def test_one_match_opens_the_customer_and_records_the_pop(qtbot: QtBot, window: MainWindow,
                                                           runner: OpRunner, store: Store,
                                                           demo: Demo) -> None:
    _call(qtbot, window, "333 123 4567")
    view = window.current_view()
    assert view is not None and view.customer_id == demo.main_id and view.is_ready
    pop = window.registry.get(SCREEN_POP)
    assert pop.picker is None and pop.form is None
    _settle(qtbot, runner)
    figures = pop_figures(store)
    assert (figures.count, figures.by_outcome["one"]) == (1, 1)
    assert figures.p95_ms is not None and figures.p95_ms >= 0


def test_a_tel_link_is_a_call_too(qtbot: QtBot, window: MainWindow, demo: Demo) -> None:
    _call(qtbot, window, "tel:+39%20333%20123%204567")
    view = window.current_view()
    assert view is not None and view.customer_id == demo.main_id


def test_several_matches_open_a_picker_with_what_tells_them_apart(qtbot: QtBot, window: MainWindow,
                                                                   runner: OpRunner, store: Store,
                                                                   demo: Demo) -> None:
    _call(qtbot, window, "06 1111 2222")
    picker = window.registry.get(SCREEN_POP).picker
    assert picker is not None and picker.isVisible()
    assert window.current_view() is None
    model = picker.model
    rows = {model.index(r, 1).data(): [model.index(r, c).data() for c in range(6)]
            for r in range(model.rowCount())}
    assert sorted(rows) == ["C-000002", "C-000003"]
    # Name, number, phone, home store, tier and last contact are all shown.
    assert rows["C-000002"][:5] == ["Giulia Rossi", "C-000002", "+39 06 1111 2222",
                                    "Milano Centro", "Standard"]
    assert rows["C-000003"][3:5] == ["Roma Termini", "Standard"]
    assert all(v for v in rows["C-000003"])
    picker.table.selectRow(1)
    chosen = model.hit(1).customer_id
    qtbot.keyClick(picker.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_view() is not None)
    assert window.current_view().customer_id == chosen  # type: ignore[union-attr]
    _settle(qtbot, runner)
    assert pop_figures(store).by_outcome["several"] == 1


def test_no_match_opens_the_form_prefilled_and_logs_the_call_with_the_new_customer(
        qtbot: QtBot, window: MainWindow, runner: OpRunner, store: Store, demo: Demo) -> None:
    _call(qtbot, window, "+39 345 000 0001")
    form = window.registry.get(SCREEN_POP).form
    assert form is not None and form.isVisible()
    assert form.phone.text() == "+39 345 000 0001" and form.log_call.isChecked()
    assert window.welcome.number == "+39 345 000 0001"
    qtbot.keyClicks(form.first, "Nuovo")
    qtbot.keyClicks(form.last, "Cliente")
    qtbot.keyClicks(form.summary, "Asks about fibre")
    with qtbot.waitSignal(form.opened, timeout=10000) as opened:
        form.save()
    cid = opened.args[0]
    view = window.current_view()
    assert view is not None and view.customer_id == cid
    assert _contacts(store, cid) == [("phone", "inbound", "service", "Asks about fibre")]
    with store.session() as s:
        assert s.execute(text("SELECT e164 FROM customer_phone WHERE customer_id = :c"),
                         {"c": cid}).scalar_one() == "+393450000001"
    _settle(qtbot, runner)
    assert pop_figures(store).by_outcome["none"] == 1


def test_the_form_offers_the_existing_customer_and_logs_the_call_there(
        qtbot: QtBot, window: MainWindow, store: Store, demo: Demo) -> None:
    _call(qtbot, window, "+39 345 000 0002")
    form = window.registry.get(SCREEN_POP).form
    qtbot.keyClicks(form.first, "Maria")
    qtbot.keyClicks(form.last, "Rossi")
    qtbot.keyClicks(form.email, "Maria.Rossi@example.it")
    before = len(_contacts(store, demo.main_id))
    with store.session() as s:
        customers = s.execute(text("SELECT count(*) FROM customer")).scalar_one()
    form.save()
    qtbot.waitUntil(form.dup_box.isVisible)
    assert "same email" in form.dup_title.text()
    assert form.dup_model.index(0, 0).data() == "Maria Rossi"
    with qtbot.waitSignal(form.opened, timeout=10000) as opened:
        qtbot.mouseClick(form.open_button, Qt.MouseButton.LeftButton)
    assert opened.args[0] == demo.main_id
    assert len(_contacts(store, demo.main_id)) == before + 1
    with store.session() as s:
        assert s.execute(text("SELECT count(*) FROM customer")).scalar_one() == customers


def test_bad_input_in_the_form_says_what_is_wrong_and_stores_nothing(
        qtbot: QtBot, window: MainWindow, runner: OpRunner, store: Store) -> None:
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    form = window.registry.get(SCREEN_POP).form
    assert form is not None and form.isVisible()
    assert form.phone.text() == "" and not form.log_call.isChecked()
    with store.session() as s:
        customers = s.execute(text("SELECT count(*) FROM customer")).scalar_one()
    form.save()
    _settle(qtbot, runner)
    assert form.error.text() == "Give a first name, a last name or a company."
    qtbot.keyClicks(form.first, "Ada")
    qtbot.keyClicks(form.phone, "12ab")
    form.save()
    _settle(qtbot, runner)
    assert form.error.text() == "“12ab” is not a phone number."
    form.phone.clear()
    qtbot.keyClicks(form.birth, "31/02/1980")
    form.save()
    assert form.error.text() == "The birth date “31/02/1980” is not a date: write it as 31/12/1980."
    with store.session() as s:
        assert s.execute(text("SELECT count(*) FROM customer")).scalar_one() == customers


def test_a_second_start_hands_the_call_over_and_no_second_window_opens(
        qtbot: QtBot, window: MainWindow, store_path: Path, demo: Demo) -> None:
    server = CallServer(server_name(store_path))
    assert server.listen()
    server.call_received.connect(window.take_call)
    try:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
        proc = subprocess.Popen(
            [sys.executable, "-m", "carecenter", "--call", "tel:+393331234567", "--db",
             str(store_path)], cwd=ROOT, env=env, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE)
        qtbot.waitUntil(lambda: proc.poll() is not None, timeout=60000)
        assert proc.returncode == 0, proc.stderr.read() if proc.stderr else ""
        qtbot.waitUntil(lambda: window.current_view() is not None, timeout=10000)
        assert window.current_view().customer_id == demo.main_id  # type: ignore[union-attr]
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        assert windows == [window]
    finally:
        server.close()


def test_with_nobody_listening_the_start_becomes_the_console(tmp_path: Path) -> None:
    name = server_name(tmp_path / "other.db")
    assert hand_over(name, "123", timeout_ms=200) is False
    server = CallServer(name)
    try:
        assert server.listen()
    finally:
        server.close()
