"""The "Not sent" list against a real hub service: a change the hub refused shows with its
sentence in English and in Italian; a fixed value is checked, sent again and taken by the
hub; a discard needs a reason, which stays as the record."""

from __future__ import annotations

from dataclasses import replace

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from carecenter.db.models import SetAsideOp
from carecenter.db.store import Store
from carecenter.settings import Settings
from carecenter.sync.hub_schema import TABLES
from tests.hub_service import HubService, refuse_a_value
from tests.ui.builders import Demo
from tests.ui.hub_steps import (
    Console,
    activate,
    sign_in,
    sync,
)
from ui.shell import i18n
from ui.shell.main_window import MainWindow
from ui.sync.not_sent import NotSentDialog

PASSWORD = "correct horse battery"
EN = ("The customer field “tier” cannot hold “diamond”: use one of standard, silver, gold, "
      "platinum.")
IT = ("Il campo “tier” di cliente non può contenere “diamond”: usa uno di questi valori: "
      "standard, silver, gold, platinum.")


def refused_and_listed(qtbot: QtBot, console: Console, hub_service: HubService,
                       settings: Settings, store: Store, demo: Demo) -> tuple[MainWindow,
                                                                          NotSentDialog]:
    refuse_a_value(store, demo.main_id)
    hub_service.add_agent("Giulia Bianchi", PASSWORD)
    w = console(replace(settings, hub_url=hub_service.url))
    sign_in(qtbot, w, None, PASSWORD)  # the sign-in syncs: the hub refuses the tier
    c = sync(w)
    assert c.set_aside == 1
    assert c.status.not_sent.isVisible() and c.status.not_sent.text() == "1 not sent"
    activate(w)
    assert c.not_sent_action.shortcut().toString() == "Ctrl+Shift+Y"
    c.not_sent_action.trigger()
    dialog = w.findChild(NotSentDialog, "notSentDialog")
    assert isinstance(dialog, NotSentDialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=10_000)
    return w, dialog


def hub_tier(hub_service: HubService, customer_id: str) -> str | None:
    t = TABLES["customer"]
    with hub_service.hub.engine.connect() as conn:
        return conn.execute(select(t.c.tier).where(t.c.id == customer_id)).scalar()


def test_the_refusal_is_said_in_the_consoles_language(
        qtbot: QtBot, console: Console, hub_service: HubService, settings: Settings,
        store: Store, demo: Demo) -> None:
    _w, dialog = refused_and_listed(qtbot, console, hub_service, settings, store, demo)
    assert dialog.detail.text() == EN
    assert dialog.model.index(0, 2).data() == EN
    assert dialog.model.index(0, 1).data() == "Customer · change"
    assert dialog.fix_button.isEnabled() and dialog.table.hasFocus()
    i18n.set_language("it")
    qtbot.waitUntil(lambda: dialog.detail.text() == IT, timeout=5_000)
    assert dialog.model.index(0, 1).data() == "Cliente · modifica"
    assert dialog.windowTitle() == "Non inviate"


def test_fix_value_is_checked_then_sent_again_and_the_hub_takes_it(
        qtbot: QtBot, console: Console, hub_service: HubService, settings: Settings,
        store: Store, demo: Demo) -> None:
    w, dialog = refused_and_listed(qtbot, console, hub_service, settings, store, demo)
    dialog.fix_button.click()
    ask = dialog.ask
    assert ask is not None and ask.line.text() == "diamond"
    ask.line.setText("emerald")
    ask.buttons.accepted.emit()
    qtbot.waitUntil(ask.error.isVisible, timeout=10_000)
    assert ask.error.text() == (
        "The hub would refuse this value too: The customer field “tier” cannot hold "
        "“emerald”: use one of standard, silver, gold, platinum.")
    ask.line.setText("platinum")
    with qtbot.waitSignal(sync(w).finished, timeout=60_000):
        ask.buttons.accepted.emit()
    assert hub_tier(hub_service, demo.main_id) == "platinum"
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0, timeout=10_000)
    assert sync(w).set_aside == 0 and not sync(w).status.not_sent.isVisible()
    assert dialog.detail.text() == "Nothing waits here: the hub took every change."


def test_discard_needs_a_reason_and_records_it(
        qtbot: QtBot, console: Console, hub_service: HubService, settings: Settings,
        store: Store, demo: Demo) -> None:
    w, dialog = refused_and_listed(qtbot, console, hub_service, settings, store, demo)
    op_id = dialog.model.item(0).op_id
    dialog.discard_button.click()
    ask = dialog.ask
    assert ask is not None
    ask.buttons.accepted.emit()
    qtbot.waitUntil(ask.error.isVisible, timeout=10_000)
    assert ask.error.text() == "Say why the change is discarded: the reason stays as its record."
    ask.line.setText("Tier typed by an old desk; the customer is gold")
    with qtbot.waitSignal(dialog.changed, timeout=10_000):
        ask.buttons.accepted.emit()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0, timeout=10_000)
    with store.session() as s:
        row = s.get(SetAsideOp, op_id)
        assert row is not None and row.discarded_at is not None
        assert (row.discard_reason, row.discarded_by) == (
            "Tier typed by an old desk; the customer is gold", "Giulia Bianchi")
    qtbot.waitUntil(lambda: not sync(w).status.not_sent.isVisible(), timeout=10_000)
    assert hub_tier(hub_service, demo.main_id) != "diamond"
