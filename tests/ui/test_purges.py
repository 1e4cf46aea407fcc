"""A purge the hub asks for waits for a supervisor in the console (issue 16, part 7): the
status bar shows it with its count, Ctrl+Shift+P lists it, Delete here deletes the rows
on this workstation; an agent's confirmation is refused in one sentence."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from carecenter.db.models import Customer
from carecenter.db.store import Store
from carecenter.services import purges
from carecenter.services.uow import UnitOfWork
from carecenter.settings import Settings
from carecenter.sync.hub import Hub, init_hub
from carecenter.sync.replica import Replica
from carecenter.sync.transport import InProcessTransport
from tests.factories import make_customer
from tests.ui.hub_steps import activate
from ui.shell.main_window import MainWindow
from ui.shell.ops import OpRunner
from ui.sync.purges import PurgeDialog, PurgeNotice


def deleted(store: Store) -> int:
    with store.session() as s:
        return int(s.execute(select(func.count()).select_from(Customer)
                             .where(Customer.deleted.is_(True))).scalar_one())


@pytest.fixture
def held_store(tmp_path: Path) -> Iterator[Store]:
    """A workstation whose last sync held the deletion of 3 of its 10 customers."""
    url = f"sqlite:///{tmp_path / 'hub.db'}"
    init_hub(url)
    hub = Hub(url)
    a, b = Store.open(tmp_path / "a.db"), Store.open(tmp_path / "b.db")
    try:
        ids = [make_customer(a, f"Q-{i}", f"N{i}") for i in range(10)]
        for s in (a, b):
            assert Replica(s, InProcessTransport(hub)).sync().error is None
        for cid in ids[:3]:
            with a.session() as ses:
                row = ses.get(Customer, cid)
            with UnitOfWork(a) as uow:
                uow.delete(row)
        assert Replica(a, InProcessTransport(hub)).sync().error is None
        report = Replica(b, InProcessTransport(hub)).sync()
        assert (report.error, report.held) == (None, 3)
        assert deleted(b) == 0
        yield b
    finally:
        a.close()
        b.close()
        hub.close()


def open_window(qtbot: QtBot, runner: OpRunner, store: Store, role: str,
                tmp_path: Path) -> tuple[MainWindow, PurgeNotice]:
    w = MainWindow(runner, store, Settings(agent_name="Giulia Bianchi", agent_role=role),
                   QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w, _notice(w)


def _notice(w: MainWindow) -> PurgeNotice:
    from ui.sync.status import SyncController

    controller = w.findChild(SyncController)
    assert controller is not None
    assert isinstance(controller.purge_notice, PurgeNotice)
    return controller.purge_notice


def open_list(qtbot: QtBot, w: MainWindow) -> PurgeDialog:
    activate(w)
    qtbot.keyClick(w, Qt.Key.Key_P,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = w.findChild(PurgeDialog, "purgeDialog")
    assert isinstance(dialog, PurgeDialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0, timeout=10_000)
    return dialog


def test_a_supervisor_sees_the_purge_with_its_count_and_confirms_it(
        qtbot: QtBot, runner: OpRunner, held_store: Store, tmp_path: Path) -> None:
    w, notice = open_window(qtbot, runner, held_store, "supervisor", tmp_path)
    qtbot.waitUntil(notice.button.isVisible, timeout=10_000)
    assert notice.button.text() == "Deletions waiting: 3"
    dialog = open_list(qtbot, w)
    assert dialog.model.data(dialog.model.index(0, 0)) == \
        "Customers: 3 of 10 deleted at the hub"
    assert dialog.delete_button.isEnabled()
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        qtbot.keyClick(dialog, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    assert dialog.model.rowCount() == 0 and not dialog.delete_button.isEnabled()
    assert deleted(held_store) == 3
    assert purges.pending(held_store) == []
    qtbot.waitUntil(lambda: not notice.button.isVisible(), timeout=10_000)
    dialog.close()


def test_an_agent_sees_no_notice_and_cannot_confirm(
        qtbot: QtBot, runner: OpRunner, held_store: Store, tmp_path: Path) -> None:
    w, notice = open_window(qtbot, runner, held_store, "agent", tmp_path)
    qtbot.waitUntil(lambda: bool(notice.held), timeout=10_000)
    assert not notice.button.isVisible()
    dialog = open_list(qtbot, w)
    dialog.delete_button.click()
    qtbot.waitUntil(dialog.error.isVisible, timeout=10_000)
    assert dialog.error.text() == ("Only a supervisor can confirm these deletions: ask one "
                                   "to open this list.")
    assert deleted(held_store) == 0
    assert [(h.table, h.rows, h.live) for h in purges.pending(held_store)] == [
        ("customer", 3, 10)]
    dialog.close()
