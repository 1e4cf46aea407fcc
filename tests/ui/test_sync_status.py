"""Sync in the console, with a real SQLite hub: F5 and the status bar button, offline, the
refresh of open views with what a sync brought in, the settings dialog and the password."""

from __future__ import annotations

import os
import warnings
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import keyring
import pytest
from keyring.backends.fail import Keyring as NoKeyring
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from carecenter.db.models import Customer
from carecenter.db.store import Store
from carecenter.services.uow import UnitOfWork
from carecenter.settings import Settings
from carecenter.sync.credentials import SERVICE, account
from carecenter.sync.hub import Hub, init_hub
from carecenter.sync.replica import Replica
from carecenter.sync.transport import InProcessTransport
from tests.ui.builders import Demo
from ui.main_window import MainWindow
from ui.ops import OpRunner
from ui.sync_status import SyncController

UNREACHABLE = "postgresql+psycopg://carecenter:secret@127.0.0.1:1/hub"
OFFLINE = ("The hub cannot be reached: work goes on offline and will be sent at the next "
           "sync.")


@pytest.fixture
def hub_url(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'hub.db'}"
    init_hub(url)
    return url


@pytest.fixture
def open_window(qtbot: QtBot, runner: OpRunner, store: Store, settings: Settings,
                window_settings: QSettings) -> Iterator[Callable[[Settings], MainWindow]]:
    windows: list[MainWindow] = []

    def make(s: Settings) -> MainWindow:
        w = MainWindow(runner, store, s, window_settings)
        qtbot.addWidget(w)
        w.show()
        qtbot.waitExposed(w)
        controller(w).soon.stop()  # the tests start every sync themselves
        windows.append(w)
        return w

    yield make
    for w in windows:
        w.close()


def controller(w: MainWindow) -> SyncController:
    c = w.sync  # type: ignore[attr-defined]
    assert isinstance(c, SyncController)
    return c


def press_f5(qtbot: QtBot, w: MainWindow) -> None:
    w.activateWindow()
    if QApplication.activeWindow() is not w:
        # offscreen windows do not become active by themselves; shortcuts need it
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            QApplication.setActiveWindow(w)
    with qtbot.waitSignal(controller(w).started, timeout=60_000):
        qtbot.keyClick(w, Qt.Key.Key_F5)


def customers(store_or_hub: Store | Hub) -> int:
    if isinstance(store_or_hub, Hub):
        return store_or_hub.count("customer")
    with store_or_hub.session() as s:
        return int(s.execute(select(func.count()).select_from(Customer)).scalar_one())


def test_f5_syncs_and_the_status_bar_shows_nothing_left_to_send(
        qtbot: QtBot, open_window: Callable[[Settings], MainWindow], settings: Settings,
        store: Store, hub_url: str) -> None:
    w = open_window(replace(settings, hub_url=hub_url))
    c = controller(w)
    qtbot.waitUntil(lambda: c.pending is not None and c.pending > 0)
    assert c.status.state.text() == f"Not synced yet · {c.pending} changes waiting"
    with qtbot.waitSignal(c.finished, timeout=60_000):
        press_f5(qtbot, w)
    assert (c.pending, c.error, c.online) == (0, None, True)
    assert c.last_sync is not None
    assert c.status.state.text() == \
        f"Online · 0 changes waiting · last sync {c.last_sync:%H:%M:%S}"
    assert not c.status.error.isVisible()
    hub = Hub(hub_url)
    try:
        assert customers(hub) == customers(store) > 0
    finally:
        hub.close()


def test_an_unreachable_hub_shows_offline_in_one_sentence_and_customers_still_open(
        qtbot: QtBot, open_window: Callable[[Settings], MainWindow], settings: Settings,
        demo: Demo) -> None:
    w = open_window(replace(settings, hub_url=UNREACHABLE))
    c = controller(w)
    with qtbot.waitSignal(c.finished, timeout=60_000):
        press_f5(qtbot, w)
    assert c.online is False
    assert c.error == OFFLINE
    assert c.status.error.text() == OFFLINE and c.status.error.isVisible()
    assert c.status.state.text().startswith("Offline · ")
    assert c.pending and c.pending > 0  # nothing was lost
    view = w.open_customer(demo.main_id)
    qtbot.waitUntil(lambda: view.is_ready, timeout=10_000)
    assert view.header is not None and view.header.customer_id == demo.main_id


def test_a_change_pulled_from_the_hub_refreshes_the_open_customer(
        qtbot: QtBot, open_window: Callable[[Settings], MainWindow], settings: Settings,
        store: Store, demo: Demo, hub_url: str, tmp_path: Path) -> None:
    w = open_window(replace(settings, hub_url=hub_url))
    c = controller(w)
    with qtbot.waitSignal(c.finished, timeout=60_000):
        c.status.button.click()
    # Another workstation gets everything, renames the customer and syncs.
    other = Store.open(tmp_path / "other.db")
    hub = Hub(hub_url)
    try:
        assert Replica(other, InProcessTransport(hub)).sync().error is None
        with other.session() as s:
            row = s.get(Customer, demo.main_id)
        assert row is not None
        with UnitOfWork(other) as uow:
            uow.update(row, first_name="Mariangela")
        assert Replica(other, InProcessTransport(hub)).sync().error is None
    finally:
        hub.close()
        other.close()
    view = w.open_customer(demo.main_id)
    qtbot.waitUntil(lambda: view.is_ready, timeout=10_000)
    assert view.header is not None and "Mariangela" not in view.header.name
    # The button syncs without reloading anything: the view refreshes from the ChangeSet.
    with qtbot.waitSignal(view.loaded, timeout=60_000):
        c.status.button.click()
    assert view.header is not None and "Mariangela" in view.header.name
    assert controller(w).error is None


def test_settings_dialog_saves_and_the_password_goes_to_the_keyring(
        qtbot: QtBot, open_window: Callable[[Settings], MainWindow], settings: Settings,
        hub_url: str) -> None:
    w = open_window(settings)
    c = controller(w)
    assert not c.timer.isActive()  # no hub: no background sync
    assert c.status.state.text() == "No hub"
    c.settings_action.trigger()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None)
    dialog = QApplication.activeModalWidget()
    assert dialog is not None and dialog.objectName() == "settingsDialog"
    assert c.settings_action.shortcut().toString() == "Ctrl+,"
    dialog.agent_name.setText("Paolo Neri")  # type: ignore[attr-defined]
    dialog.role.setCurrentIndex(dialog.role.findData("senior"))  # type: ignore[attr-defined]
    dialog.store.setText("Roma Termini")  # type: ignore[attr-defined]
    dialog.hub_url.setText(UNREACHABLE.replace(":secret", ""))  # type: ignore[attr-defined]
    dialog.interval.setValue(120)  # type: ignore[attr-defined]
    dialog.password.setText("s3cret")  # type: ignore[attr-defined]
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()  # type: ignore[attr-defined]
    saved = Settings.load()
    url = UNREACHABLE.replace(":secret", "")
    assert (saved.agent_name, saved.agent_role, saved.store, saved.hub_url,
            saved.sync_interval_s) == ("Paolo Neri", "senior", "Roma Termini", url, 120)
    assert w.settings == saved
    assert w.agent.text() == "Paolo Neri"
    assert c.timer.isActive() and c.timer.interval() == 120_000
    assert keyring.get_password(SERVICE, account(url)) == "s3cret"
    assert "s3cret" not in Path(os.environ["CARECENTER_CONFIG"]).read_text(encoding="utf-8")


def test_without_a_keyring_the_password_is_asked_once_and_kept_in_memory(
        qtbot: QtBot, open_window: Callable[[Settings], MainWindow], settings: Settings) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(NoKeyring())
    try:
        url = UNREACHABLE.replace(":secret", "")
        w = open_window(replace(settings, hub_url=url))
        c = controller(w)
        asked: list[str] = []

        def answer() -> None:
            d = QApplication.activeModalWidget()
            if isinstance(d, QInputDialog):
                asked.append(d.labelText())
                d.setTextValue("typed-once")
                d.accept()
            else:
                QTimer.singleShot(50, answer)

        QTimer.singleShot(50, answer)
        with qtbot.waitSignal(c.finished, timeout=60_000):
            press_f5(qtbot, w)
        assert len(asked) == 1
        assert asked[0].startswith("This computer has no keyring, so the password is asked "
                                   "once per session and never stored.")
        assert c.password == "typed-once"
        # The next sync uses it without asking (a dialog now would block this test).
        with qtbot.waitSignal(c.finished, timeout=60_000):
            press_f5(qtbot, w)
        assert len(asked) == 1
        assert c.error == OFFLINE
    finally:
        keyring.set_keyring(previous)
