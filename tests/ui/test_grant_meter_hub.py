"""The grant dialog's meter counts what other desks granted when the hub service answers,
and says in one line when it counts only this computer's decisions."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from pytestqt.qtbot import QtBot

from carecenter.db.store import Store
from carecenter.services.decisions.authority import Limit
from carecenter.services.decisions.grants import grant
from carecenter.services.signin import sign_in
from carecenter.settings import Settings
from carecenter.sync.replica import sync_once
from tests.hub_service import HubService
from tests.ui.builders import Demo
from tests.ui.hub_steps import Console
from tests.ui.hub_steps import sign_in as sign_in_here
from tests.ui.test_decisions_ui import grant_dialog, open_customer, pick

PASSWORD = "correct horse battery"
EVERY_DESK = "The meter counts what every desk granted."
LOCAL_ONLY = "The hub cannot be reached: the meter counts only what this computer knows."


def test_the_meter_counts_other_desks_then_says_when_it_cannot(
        qtbot: QtBot, console: Console, hub_service: HubService, settings: Settings,
        demo: Demo, tmp_path: Path) -> None:
    hub_service.add_agent("Giulia Bianchi", PASSWORD)
    hub_service.add_agent("Paolo Neri", "another long password")
    w = console(replace(settings, hub_url=hub_service.url))
    sign_in_here(qtbot, w, None, PASSWORD)  # this desk's customers reach the hub
    other = Store.open(tmp_path / "other.db")  # another shop grants €30 to the customer
    try:
        paolo, token = sign_in(other, hub_service.url, "Paolo Neri", "another long password")
        assert sync_once(other, hub_service.url, token=token).error is None
        grant(other, agent_id=paolo.agent_id, customer_id=demo.main_id, remedy="credit",
              amount_cents=3000, currency="EUR")
        grant(other, agent_id=paolo.agent_id, customer_id=demo.main_id,  # costs nothing
              remedy="payment_extension", amount_cents=0, currency="EUR", quantity=20)
        assert sync_once(other, hub_service.url, token=token).error is None
    finally:
        other.close()
    open_customer(qtbot, w, demo.main_id)
    dialog = grant_dialog(qtbot, w)
    qtbot.waitUntil(dialog.reach.isVisible, timeout=30_000)
    assert dialog.reach.text() == EVERY_DESK
    dialog.set_amount_cents(2000)
    assert dialog.meter.left[Limit.CUSTOMER_30_DAYS].text() == "€50.00 left of €100.00"
    pick(dialog, "payment_extension")  # the other shop's 20 days count too
    assert dialog.meter.left[Limit.CUSTOMER_30_DAYS].text() == "50 of 45 days"
    dialog.reject()

    hub_service.stop()
    dialog = grant_dialog(qtbot, w)
    qtbot.waitUntil(dialog.reach.isVisible, timeout=30_000)
    assert dialog.reach.text() == LOCAL_ONLY
    dialog.set_amount_cents(2000)  # what this computer knows: nothing granted here yet
    assert dialog.meter.left[Limit.CUSTOMER_30_DAYS].text() == "€80.00 left of €100.00"
    pick(dialog, "payment_extension")
    assert dialog.meter.left[Limit.CUSTOMER_30_DAYS].text() == "30 of 45 days"
    dialog.reject()
