"""Signing in at the console against a real hub service: at start, with a wrong password,
offline after the service stopped, switching agent; the role is the hub's, never the one
settings.json names; without a hub nothing is asked."""

from __future__ import annotations

from dataclasses import replace

from pytestqt.qtbot import QtBot

from carecenter.settings import Settings
from carecenter.sync import credentials
from tests.hub_service import HubService
from tests.ui.hub_steps import (
    Console,
    activate,
    dialog_of,
    sign_in,
    signin,
    sync,
    type_and_enter,
)
from ui.decisions.feature import Decisions
from ui.shell import i18n

PASSWORD = "correct horse battery"
WRONG = "The name or the password is wrong: check them and try again."


def test_the_console_asks_and_the_role_comes_from_the_hub(
        qtbot: QtBot, console: Console, hub_service: HubService, settings: Settings) -> None:
    hub_service.add_agent("Giulia Bianchi", PASSWORD, "senior", store="Milano Centro")
    # settings.json says supervisor: it changes nothing
    w = console(replace(settings, hub_url=hub_service.url, agent_role="supervisor"))
    d = dialog_of(qtbot, w)
    assert d.windowTitle() == "Sign in"
    assert d.hub.text() == hub_service.url
    assert d.name.text() == "Giulia Bianchi" and d.password.hasFocus()
    assert w.agent.text() == "Not signed in"
    who = sign_in(qtbot, w, None, PASSWORD)
    assert (who.name, who.role, who.offline) == ("Giulia Bianchi", "senior", False)
    assert w.who == who and w.role() == "senior"
    assert w.agent.text() == "Giulia Bianchi · Senior agent"
    assert not w.findChild(Decisions).review_action.isVisible()
    assert credentials.get_token(hub_service.url, "Giulia Bianchi")
    assert sync(w).error is None and sync(w).online is True
    assert Settings.load().agent_name == "Giulia Bianchi"


def test_a_wrong_password_says_so_in_one_sentence(
        qtbot: QtBot, console: Console, hub_service: HubService, settings: Settings) -> None:
    hub_service.add_agent("Giulia Bianchi", PASSWORD)
    w = console(replace(settings, hub_url=hub_service.url))
    d = dialog_of(qtbot, w)
    type_and_enter(qtbot, d, "Giulia Bianchi", "not the password")
    qtbot.waitUntil(lambda: d.error.isVisible() and not d.running, timeout=30_000)
    assert d.error.text() == WRONG
    assert d.isVisible() and w.who is None
    i18n.set_language("it")
    type_and_enter(qtbot, d, "Giulia Bianchi", "still not it")
    qtbot.waitUntil(lambda: d.error.isVisible() and not d.running, timeout=30_000)
    assert d.error.text() == "Il nome o la password sono sbagliati: controllali e riprova."
    d.reject()


def test_offline_the_password_used_here_before_unlocks_the_console(
        qtbot: QtBot, console: Console, hub_service: HubService, settings: Settings) -> None:
    hub_service.add_agent("Giulia Bianchi", PASSWORD, "senior")
    w = console(replace(settings, hub_url=hub_service.url))
    sign_in(qtbot, w, None, PASSWORD)
    hub_service.stop()  # the shop's line is down; the agent signs in again at the counter
    signin(w).switch_action.trigger()
    d = dialog_of(qtbot, w)
    type_and_enter(qtbot, d, "Giulia Bianchi", "a wrong one")
    qtbot.waitUntil(lambda: d.error.isVisible() and not d.running, timeout=30_000)
    assert d.error.text() == ("The hub cannot be reached and the password does not match "
                              "the one last used on this computer: try again.")
    with qtbot.waitSignal(sync(w).finished, timeout=60_000), \
            qtbot.waitSignal(d.signed_in, timeout=30_000) as got:
        type_and_enter(qtbot, d, None, PASSWORD)
    assert got.args[0].offline and got.args[0].role == "senior"
    assert w.agent.text() == "Giulia Bianchi · Senior agent · offline"
    assert sync(w).online is False
    d2 = signin(w).ask(switching=True)
    assert d2 is not None
    type_and_enter(qtbot, d2, "Paolo Neri", "whatever it is")
    qtbot.waitUntil(lambda: d2.error.isVisible() and not d2.running, timeout=30_000)
    assert d2.error.text() == ("The hub cannot be reached and Paolo Neri never signed in on "
                               "this computer, so the console cannot check the password: "
                               "try again when the hub is back.")
    d2.reject()


def test_switch_agent_without_restarting(
        qtbot: QtBot, console: Console, hub_service: HubService, settings: Settings) -> None:
    hub_service.add_agent("Giulia Bianchi", PASSWORD)
    hub_service.add_agent("Sara Conti", "another long password", "supervisor")
    w = console(replace(settings, hub_url=hub_service.url))
    sign_in(qtbot, w, None, PASSWORD)
    decisions = w.findChild(Decisions)
    assert not decisions.is_supervisor
    coaching = decisions.open_coaching()
    qtbot.waitUntil(lambda: coaching.data is not None, timeout=10_000)
    assert coaching.data is not None and coaching.data.me.name == "Giulia Bianchi"
    activate(w)
    assert signin(w).switch_action.shortcut().toString() == "Ctrl+Shift+U"
    signin(w).switch_action.trigger()
    d = dialog_of(qtbot, w)
    assert d.windowTitle() == "Switch agent" and d.name.text() == ""
    who = sign_in(qtbot, w, "Sara Conti", "another long password")
    assert (who.name, who.role) == ("Sara Conti", "supervisor")
    assert w.agent.text() == "Sara Conti · Supervisor"
    assert decisions.is_supervisor and decisions.review_action.isVisible()
    qtbot.waitUntil(lambda: coaching.data is not None and coaching.data.me.name == "Sara Conti",
                    timeout=10_000)


def test_without_a_hub_nothing_is_asked(qtbot: QtBot, console: Console,
                                        settings: Settings) -> None:
    w = console(replace(settings, agent_role="supervisor"))
    assert signin(w).dialog is None and w.who is None
    assert w.role() == "supervisor"  # a standalone store keeps the settings' role
    assert w.agent.text() == "Giulia Bianchi · Supervisor"
    signin(w).switch_action.trigger()
    assert signin(w).dialog is None
    assert w.statusBar().currentMessage().startswith("Without a hub there is nobody")
