"""Issue 19 part 3, the counter: book an appointment for the customer shown (F8, Ctrl+B),
see it in the day list, mark the wait past the slot, check in and mark seen; a booking
without a purpose is refused with its sentence and stores nothing."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from carecenter.db.models import Appointment, OutboxOp
from carecenter.db.store import Store
from carecenter.settings import Settings
from tests.ui.builders import Demo
from ui.counter.feature import BookDialog
from ui.counter.page import AppointmentsPage
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


def _ops(store: Store) -> list[tuple[str, dict[str, Any]]]:
    with store.session() as s:
        return [(o.kind, o.fields) for o in s.scalars(
            select(OutboxOp).where(OutboxOp.table == "appointment").order_by(OutboxOp.seq))]


def _dock(qtbot: QtBot, window: MainWindow) -> AppointmentsPage:
    page = window.findChild(AppointmentsPage)
    assert page is not None
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=10000)
    qtbot.keyClick(window, Qt.Key.Key_F8)  # type: ignore[no-untyped-call]
    qtbot.waitUntil(page.isVisible, timeout=10000)
    return page


def _book(qtbot: QtBot, window: MainWindow, page: AppointmentsPage, purpose: str,
          starts: datetime) -> BookDialog:
    page.book_button.click()
    dialog = page.book_dialog
    assert isinstance(dialog, BookDialog)
    dialog.set_start(starts)
    dialog.minutes.setCurrentIndex(dialog.minutes.findData(30))
    dialog.purpose.setText(purpose)
    return dialog


def test_book_see_the_wait_past_the_slot_check_in_and_seen(
        qtbot: QtBot, qtmodeltester: Any, window: MainWindow, store: Store, demo: Demo
) -> None:
    view = window.open_customer(demo.main_id)
    qtbot.waitUntil(lambda: view.is_ready, timeout=10000)
    page = _dock(qtbot, window)
    starts = (datetime.now(UTC) - timedelta(minutes=20)).replace(second=0, microsecond=0)
    if starts.astimezone().date() != datetime.now().astimezone().date():
        starts = datetime.now(UTC).replace(second=0, microsecond=0)  # just after midnight
    dialog = _book(qtbot, window, page, "Swap the faulty modem", starts)
    with qtbot.waitSignal(dialog.booked, timeout=10000):
        dialog.submit()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10000)
    qtmodeltester.check(page.model)
    a = page.current()
    assert a is not None
    assert (a.customer_name, a.purpose, a.status, a.agent_name) == (
        "Maria Rossi", "Swap the faulty modem", "expected", "Giulia Bianchi")
    assert page.model.index(0, 0).data() == (
        f"{starts.astimezone():%H:%M}–{(starts + timedelta(minutes=30)).astimezone():%H:%M}")
    [(kind, fields)] = _ops(store)
    assert kind == "insert"
    assert (fields["status"][0], fields["purpose"][0], fields["customer_id"][0]) == (
        "expected", "Swap the faulty modem", demo.main_id)

    # the customer arrives: checked in; twenty minutes into the slot they are still waiting
    page.table.setFocus()
    page.check_in_button.click()
    qtbot.waitUntil(lambda: (c := page.current()) is not None and c.status == "arrived",
                    timeout=10000)
    page.now = lambda: starts + timedelta(minutes=20)  # the same local day as the slot
    page.reload()
    qtbot.waitUntil(lambda: page.model.index(0, 4).data()
                    == "Waiting 20 min past the slot", timeout=10000)
    assert "Today: 1 booked · 0 still expected · 1 waiting past their slot" in page.summary.text()

    page.seen_button.click()
    qtbot.waitUntil(lambda: (c := page.current()) is not None and c.status == "seen",
                    timeout=10000)
    with store.session() as s:
        row = s.scalars(select(Appointment)).one()
        assert row.status == "seen"
        assert row.arrived_at is not None and row.seen_at is not None
    kinds = [(k, sorted(f)) for k, f in _ops(store)[1:]]
    assert kinds == [("update", ["arrived_at", "status"]),
                     ("update", ["seen_at", "status"])]  # served by who booked it
    # seen is final: checking in again is refused, and nothing is written
    assert not page.check_in_button.isEnabled()


def test_a_booking_without_purpose_is_refused_and_stores_nothing(
        qtbot: QtBot, window: MainWindow, store: Store, demo: Demo) -> None:
    view = window.open_customer(demo.main_id)
    qtbot.waitUntil(lambda: view.is_ready, timeout=10000)
    page = _dock(qtbot, window)
    dialog = _book(qtbot, window, page, "   ", datetime.now(UTC) + timedelta(hours=1))
    dialog.submit()
    qtbot.waitUntil(dialog.error.isVisible, timeout=10000)
    assert dialog.error.text() == "Write what the customer is coming for."
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(Appointment)) == 0
    assert _ops(store) == []
    dialog.reject()
