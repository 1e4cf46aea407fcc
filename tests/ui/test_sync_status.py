"""Sync in the console with a real hub service (uvicorn on a free port, SQLite hub file):
F5 and the status bar button, offline, the refresh of open views with what a sync brought
in, the settings dialog (no password, the role shown, never chosen), and a revoked device
asking for a new sign-in instead of failing at every round."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from carecenter.db.models import Customer
from carecenter.db.store import Store
from carecenter.hub.identity import Identity
from carecenter.services.uow import UnitOfWork
from carecenter.settings import Settings
from carecenter.sync import credentials
from carecenter.sync.replica import Replica
from carecenter.sync.transport import InProcessTransport
from tests.hub_service import HubService
from tests.ui.builders import Demo
from tests.ui.hub_steps import (
    Console,
    activate,
    dialog_of,
    sign_in,
    signin,
    sync,
)
from ui.shell.main_window import MainWindow
from ui.shell.settings_dialog import SettingsDialog

PASSWORD = "correct horse battery"
OFFLINE = ("The hub cannot be reached: work goes on offline and will be sent at the next "
           "sync.")


def press_f5(qtbot: QtBot, w: MainWindow) -> None:
    activate(w)
    with qtbot.waitSignal(sync(w).started, timeout=60_000):
        qtbot.keyClick(w, Qt.Key.Key_F5)


def customers(store: Store) -> int:
    with store.session() as s:
        return int(s.execute(select(func.count()).select_from(Customer)).scalar_one())


def signed_in(qtbot: QtBot, console: Console, hub_service: HubService,
              settings: Settings) -> MainWindow:
    hub_service.add_agent("Giulia Bianchi", PASSWORD)
    w = console(replace(settings, hub_url=hub_service.url))
    sign_in(qtbot, w, None, PASSWORD)
    return w


def test_f5_syncs_and_the_status_bar_shows_nothing_left_to_send(
        qtbot: QtBot, console: Console, hub_service: HubService, settings: Settings,
        store: Store) -> None:
    w = signed_in(qtbot, console, hub_service, settings)  # the sign-in synced once
    c = sync(w)
    with qtbot.waitSignal(c.finished, timeout=60_000):
        press_f5(qtbot, w)
    assert (c.pending, c.error, c.online) == (0, None, True)
    assert c.last_sync is not None
    assert c.status.state.text() == \
        f"Online · 0 changes waiting · last sync {c.last_sync:%H:%M:%S}"
    assert not c.status.error.isVisible()
    assert hub_service.hub.count("customer") == customers(store) > 0
    assert c.set_aside == 0 and not c.status.not_sent.isVisible()


def test_an_unreachable_hub_shows_offline_in_one_sentence_and_customers_still_open(
        qtbot: QtBot, console: Console, hub_service: HubService, settings: Settings,
        demo: Demo) -> None:
    w = signed_in(qtbot, console, hub_service, settings)
    hub_service.stop()
    c = sync(w)
    with qtbot.waitSignal(c.finished, timeout=60_000):
        press_f5(qtbot, w)
    assert c.online is False
    assert c.error == OFFLINE
    assert c.status.error.text() == OFFLINE and c.status.error.isVisible()
    assert c.status.state.text().startswith("Offline · ")
    view = w.open_customer(demo.main_id)
    qtbot.waitUntil(lambda: view.is_ready, timeout=10_000)
    assert view.header is not None and view.header.customer_id == demo.main_id


def test_a_change_pulled_from_the_hub_refreshes_the_open_customer(
        qtbot: QtBot, console: Console, hub_service: HubService, settings: Settings,
        demo: Demo, tmp_path: Path) -> None:
    w = signed_in(qtbot, console, hub_service, settings)
    c = sync(w)
    # Another workstation gets everything, renames the customer and syncs.
    other = Store.open(tmp_path / "other.db")
    try:
        assert Replica(other, InProcessTransport(hub_service.hub)).sync().error is None
        with other.session() as s:
            row = s.get(Customer, demo.main_id)
        assert row is not None
        with UnitOfWork(other) as uow:
            uow.update(row, first_name="Mariangela")
        assert Replica(other, InProcessTransport(hub_service.hub)).sync().error is None
    finally:
        other.close()
    view = w.open_customer(demo.main_id)
    qtbot.waitUntil(lambda: view.is_ready, timeout=10_000)
    assert view.header is not None and "Mariangela" not in view.header.name
    # The button syncs without reloading anything: the view refreshes from the ChangeSet.
    with qtbot.waitSignal(view.loaded, timeout=60_000):
        c.status.button.click()
    assert view.header is not None and "Mariangela" in view.header.name
    assert c.error is None


def test_settings_dialog_has_no_password_and_shows_the_role(
        qtbot: QtBot, console: Console, settings: Settings) -> None:
    w = console(replace(settings, agent_role="senior"))
    c = sync(w)
    assert not c.timer.isActive()  # no hub: no background sync
    assert c.status.state.text() == "No hub"
    c.settings_action.trigger()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, SettingsDialog)
    assert c.settings_action.shortcut().toString() == "Ctrl+,"
    assert dialog.hub_url.placeholderText() == "https://hub.example.org:8765"
    assert dialog.role.text() == "Senior agent"  # shown, not chosen
    assert not [e for e in dialog.findChildren(type(dialog.hub_url))
                if e.echoMode() != e.EchoMode.Normal]  # no password field
    dialog.agent_name.setText("Paolo Neri")
    dialog.store.setText("Roma Termini")
    dialog.hub_url.setText("https://hub.example.org:8765")
    assert dialog.agent_name.isReadOnly()  # with a hub, agents change by signing in
    dialog.interval.setValue(120)
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    saved = Settings.load()
    assert (saved.store, saved.hub_url, saved.sync_interval_s, saved.agent_role) == \
        ("Roma Termini", "https://hub.example.org:8765", 120, "senior")
    assert w.who is None and w.agent.text() == "Not signed in"
    assert w.role() == "agent"  # a hub is set: the settings' role counts for nothing
    assert c.timer.isActive() and c.timer.interval() == 120_000
    assert "password" not in Path(os.environ["CARECENTER_CONFIG"]).read_text(encoding="utf-8")
    d = dialog_of(qtbot, w)  # the new hub asks who works here
    assert d.hub.text() == "https://hub.example.org:8765"
    d.reject()


def test_a_revoked_device_asks_for_a_new_sign_in(
        qtbot: QtBot, console: Console, hub_service: HubService, settings: Settings) -> None:
    w = signed_in(qtbot, console, hub_service, settings)
    ident = Identity(hub_service.hub)
    for device in ident.devices(agent="Giulia Bianchi"):
        ident.revoke(device.id)
    c = sync(w)
    with qtbot.waitSignal(c.finished, timeout=60_000):
        press_f5(qtbot, w)
    d = dialog_of(qtbot, w)
    assert d.error.text() == ("The hub no longer accepts this computer's sign-in: sign in "
                              "again.")
    assert w.who is None and credentials.get_token(hub_service.url, "Giulia Bianchi") is None
    assert c.error is None  # no failure every 60 s: a sign-in is asked once
    sign_in(qtbot, w, None, PASSWORD)
    assert w.who is not None and c.error is None and c.online is True
    assert signin(w).dialog is None
