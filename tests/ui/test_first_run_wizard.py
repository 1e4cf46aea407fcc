"""The first run welcomes the agent (issue 17, part 5): who you are, the store, how
offline work and sync behave — by keyboard alone; finished, the agent is known (the grant
dialog is no longer empty); cancelled, nothing is written; never shown once an agent is
known here, nor for a screenshot."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot

from carecenter.db.store import Store, default_store_path
from carecenter.services.agents import find_agent
from carecenter.services.signin import known
from carecenter.settings import Settings, settings_path
from carecenter.sync import credentials
from tests.hub_service import HubService
from tests.ui.builders import Demo
from ui.decisions.feature import Decisions
from ui.decisions.section import DecisionsSection
from ui.shell import app, first_run, i18n
from ui.shell.first_run_wizard import Welcome, WelcomeWizard, remember
from ui.shell.main_window import MainWindow
from ui.shell.ops import OpRunner

NEXT = QWizard.WizardButton.NextButton


def wizard_on(qtbot: QtBot, path: Path, runner: OpRunner | None = None) -> WelcomeWizard:
    wizard = WelcomeWizard(Settings(), path, runner)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.activateWindow()
    qtbot.waitExposed(wizard)
    qtbot.waitUntil(wizard.isActiveWindow)  # the keyboard goes where the focus is
    return wizard


def who_by_keyboard(qtbot: QtBot, wizard: WelcomeWizard, name: str) -> None:
    assert wizard.currentPage() is wizard.who
    assert not wizard.button(NEXT).isEnabled()  # nobody named: no way on
    qtbot.keyClicks(wizard.who.name, name)
    assert wizard.button(NEXT).isEnabled()
    qtbot.keyClick(wizard.who.name, Qt.Key.Key_Tab)
    assert wizard.who.role.hasFocus()
    qtbot.keyClick(wizard.who.role, Qt.Key.Key_Down)  # agent → senior agent
    qtbot.keyClick(wizard.who.role, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.store


def test_offline_the_name_and_role_reach_the_settings_and_the_grant_dialog(
        qtbot: QtBot, runner: OpRunner, store: Store, store_path: Path, demo: Demo,
        window_settings: QSettings) -> None:
    wizard = wizard_on(qtbot, store_path)
    who_by_keyboard(qtbot, wizard, "Ada  Lovelace ")
    assert wizard.store.buttons[0].isChecked()  # the store the console was started on
    qtbot.keyClick(wizard.store.buttons[0], Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.sync
    said = wizard.sync.text.text()
    assert "sent to the hub at the next sync" in said and "“Not sent”" in said
    with qtbot.waitSignal(wizard.accepted):
        qtbot.keyClick(wizard, Qt.Key.Key_Return)  # Start working
    assert wizard.welcome == Welcome("Ada Lovelace", "senior", store_path, create=False)
    assert not settings_path().exists()  # the wizard itself writes nothing

    saved = remember(Settings(), wizard.welcome, default_store_path())
    assert Settings.load() == saved
    assert (saved.agent_name, saved.agent_role, saved.store_path) == \
        ("Ada Lovelace", "senior", str(store_path))

    w = MainWindow(runner, store, saved, window_settings)
    qtbot.addWidget(w)
    w.show()
    view = w.open_customer(demo.main_id)
    section = view.findChild(DecisionsSection)
    assert section is not None
    qtbot.waitUntil(lambda: section.data is not None)
    decisions = w.findChild(Decisions)
    assert decisions is not None
    decisions.grant()
    dialog = decisions.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.context is not None)
    assert dialog.context is not None
    assert (dialog.context.agent.name, dialog.context.agent.role) == ("Ada Lovelace", "senior")
    assert not dialog.error.isVisible()  # no "one red line"
    found = find_agent(store, "Ada Lovelace")
    assert found is not None and found.role == "senior"
    dialog.reject()
    qtbot.waitUntil(lambda: runner.pending == 0)
    w.close()


def test_a_mistyped_store_is_refused_never_a_new_one(qtbot: QtBot, tmp_path: Path,
                                                      store_path: Path) -> None:
    wizard = wizard_on(qtbot, tmp_path / "default.db")
    who_by_keyboard(qtbot, wizard, "Ada")
    assert wizard.store.buttons[0].text() == "&Use this store (a new one is made there)"
    typo = tmp_path / "stroe.db"
    qtbot.keyClicks(wizard.store.existing, str(typo))  # typing chooses "open existing"
    assert wizard.store.buttons[1].isChecked()
    qtbot.keyClick(wizard.store.existing, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.store
    assert wizard.store.error.text() == (f"There is no store at {typo}: check the path, or "
                                         "choose to create a new store.")
    Store.open(store_path).close()  # a store that exists is not "new"
    qtbot.keyClicks(wizard.store.new, str(store_path))
    qtbot.keyClick(wizard.store.new, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.store
    assert wizard.store.error.text().startswith(f"{store_path} already exists")
    wizard.store.new.clear()
    fresh = tmp_path / "shop" / "new.db"
    qtbot.keyClicks(wizard.store.new, str(fresh))
    qtbot.keyClick(wizard.store.new, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.sync
    with qtbot.waitSignal(wizard.accepted):
        qtbot.keyClick(wizard, Qt.Key.Key_Return)
    assert wizard.welcome == Welcome("Ada", "senior", fresh, create=True)
    assert sorted(p.name for p in tmp_path.iterdir()) == [store_path.name]  # nothing made


def when_shown(act: Callable[[WelcomeWizard], None]) -> None:
    """Act on the wizard once app.run shows it (it runs its own modal loop)."""
    w = QApplication.activeModalWidget()
    if not isinstance(w, WelcomeWizard):
        QTimer.singleShot(20, lambda: when_shown(act))
        return
    w.activateWindow()
    if not w.isActiveWindow():
        QTimer.singleShot(20, lambda: when_shown(act))
        return
    act(w)


def test_cancel_leaves_nothing_written(qtbot: QtBot, tmp_path: Path) -> None:
    db = tmp_path / "shop" / "store.db"

    def fill_then_cancel(w: WelcomeWizard) -> None:
        qtbot.keyClicks(w.who.name, "Ada")
        qtbot.keyClick(w.who.name, Qt.Key.Key_Return)
        qtbot.keyClicks(w.store.new, str(tmp_path / "new.db"))
        qtbot.keyClick(w.store.new, Qt.Key.Key_Return)
        assert w.currentPage() is w.sync
        qtbot.keyClick(w, Qt.Key.Key_Escape)

    QTimer.singleShot(0, lambda: when_shown(fill_then_cancel))
    assert app.run(db=db) == 1
    assert list(tmp_path.iterdir()) == []
    assert not settings_path().exists()


def test_finished_the_console_opens_on_the_new_store_with_the_agent(
        qtbot: QtBot, tmp_path: Path) -> None:
    db = tmp_path / "shop" / "store.db"
    seen: list[str] = []

    def close_when_open() -> None:
        windows = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, MainWindow) and w.store_ready]
        if not windows:
            QTimer.singleShot(20, close_when_open)
            return
        seen.append(windows[0].settings.agent_name)
        windows[0].close()

    def finish(w: WelcomeWizard) -> None:
        qtbot.keyClicks(w.who.name, "Ada")
        for _ in range(3):  # who, the store (the one given: made there), offline and sync
            qtbot.keyClick(QApplication.focusWidget() or w, Qt.Key.Key_Return)
        QTimer.singleShot(0, close_when_open)

    QTimer.singleShot(0, lambda: when_shown(finish))
    assert app.run(db=db) == 0
    assert seen == ["Ada"]
    Store.open(db, create=False).close()  # made, as the agent chose
    s = Settings.load()
    assert (s.agent_name, s.agent_role, s.store_path) == ("Ada", "agent", str(db))


def test_with_a_hub_the_agent_signs_in_and_the_role_is_the_hubs(
        qtbot: QtBot, runner: OpRunner, tmp_path: Path, hub_service: HubService) -> None:
    hub_service.add_agent("Giulia Bianchi", "correct horse battery", "senior")
    db = tmp_path / "store.db"
    wizard = WelcomeWizard(Settings(hub_url=hub_service.url), db, runner)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    assert wizard.who.password.isVisibleTo(wizard) and not wizard.who.role.isVisibleTo(wizard)
    qtbot.keyClicks(wizard.who.name, "Giulia Bianchi")
    assert not wizard.button(NEXT).isEnabled()  # a password too
    qtbot.keyClick(wizard.who.name, Qt.Key.Key_Tab)
    qtbot.keyClicks(wizard.who.password, "wrong")
    for _ in range(3):  # who, the store (a new one there), offline and sync: Start working
        qtbot.keyClick(QApplication.focusWidget() or wizard, Qt.Key.Key_Return)
    qtbot.waitUntil(wizard.who.error.isVisible, timeout=15000)
    assert wizard.currentPage() is wizard.who and wizard.result() == 0  # asked again
    assert wizard.who.error.text() == ("The name or the password is wrong: check them and "
                                       "try again.")
    assert wizard.who.password.hasFocus()
    qtbot.keyClicks(wizard.who.password, "correct horse battery")
    with qtbot.waitSignal(wizard.accepted, timeout=15000):
        for _ in range(3):
            qtbot.keyClick(QApplication.focusWidget() or wizard, Qt.Key.Key_Return)
    assert wizard.welcome is not None and wizard.welcome.agent_name == "Giulia Bianchi"
    assert wizard.signed_in is not None and wizard.signed_in.role == "senior"
    assert credentials.get_token(hub_service.url, "Giulia Bianchi")
    store = Store.open(db, create=False)  # made for the sign-in, as the agent chose
    try:
        who = known(store, "Giulia Bianchi")
        assert who is not None and who.role == "senior"
    finally:
        store.close()


def test_not_asked_once_an_agent_is_known() -> None:
    assert first_run.nobody_here(Settings())
    assert first_run.nobody_here(Settings(agent_name="  "))
    assert not first_run.nobody_here(Settings(agent_name="Giulia Bianchi"))
    hub = Settings(agent_name="Giulia Bianchi", hub_url="https://hub.example:8443")
    assert not first_run.nobody_here(hub)  # signed in last: the sign-in asks, not this


def test_it_fits_a_laptop_in_italian(qtbot: QtBot, tmp_path: Path) -> None:
    i18n.set_language("it")
    wizard = wizard_on(qtbot, tmp_path / "store.db")
    qtbot.keyClicks(wizard.who.name, "Ada")
    pages = []
    while True:
        pages.append(wizard.currentPage())
        hint = wizard.sizeHint()
        assert hint.width() <= 1366 and hint.height() <= 768 - 60, hint  # a taskbar too
        if wizard.currentPage() is wizard.sync:
            break
        wizard.next()
    assert pages == [wizard.who, wizard.store, wizard.sync]
