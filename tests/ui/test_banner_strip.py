"""The banner strip in the customer view: each line appears exactly when its condition
holds, in the core's order, and opens its detail with Alt+Shift+N or a click."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from carecenter.clock import utcnow
from carecenter.db.models import Campaign, Case, ConsentEvent, FollowUp, Offer
from carecenter.db.store import Store
from carecenter.services.uow import UnitOfWork
from tests.factories import add_contact, make_customer
from ui.customer.banner import BannerStrip, strip_of
from ui.customer.view import CustomerView
from ui.shell.main_window import MainWindow

ORDER = ["do_not_call", "consent_withdrawn", "open_complaint", "promises", "overdue",
         "marketing_contact", "offer_response"]


def _open(qtbot: QtBot, window: MainWindow, cid: str) -> tuple[CustomerView, BannerStrip]:
    view = window.open_customer(cid)
    qtbot.waitUntil(lambda: view.is_ready, timeout=10000)
    strip = strip_of(view)
    assert strip is not None
    return view, strip


def _reload(qtbot: QtBot, view: CustomerView) -> None:
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.refresh()


def _kinds(strip: BannerStrip) -> list[str]:
    return [b.property("kind") for b in strip.buttons]


def _consent(store: Store, cid: str, channel: str, granted: bool = False) -> None:
    with UnitOfWork(store) as uow:
        uow.add(ConsentEvent(customer_id=cid, channel=channel, purpose="marketing",
                             granted=granted, source="t", at=utcnow() - timedelta(days=2)))


def _complaint(store: Store, cid: str) -> None:
    with UnitOfWork(store) as uow:
        uow.add(Case(customer_id=cid, category="billing_error", status="open",
                     opened_at=utcnow() - timedelta(days=6, hours=1)))


def _promise(store: Store, cid: str) -> None:
    with UnitOfWork(store) as uow:
        uow.add(FollowUp(customer_id=cid, due=utcnow() + timedelta(days=2), reason="promise",
                         note="call back by Friday"))


def _overdue(store: Store, cid: str) -> None:
    with UnitOfWork(store) as uow:
        uow.add(FollowUp(customer_id=cid, due=utcnow() - timedelta(days=1), reason="call_back"))


def _offer(store: Store) -> tuple[str, str]:
    with UnitOfWork(store) as uow:
        offer = uow.add(Offer(code="FIB9", title="Fibra 9", value_cents=900))
        camp = uow.add(Campaign(name="Inverno fibra", offer_id=offer.id))
    return offer.id, camp.id


def _marketing(store: Store, cid: str) -> None:
    offer, camp = _offer(store)
    add_contact(store, cid, utcnow() - timedelta(days=4, hours=1), team="marketing",
                direction="outbound", campaign_id=camp, offer_id=offer, outcome="no_answer")


def _offer_response(store: Store, cid: str) -> None:
    offer, _ = _offer(store)
    add_contact(store, cid, utcnow() - timedelta(days=10), team="sales", offer_id=offer,
                outcome="accepted")


CASES: dict[str, tuple[Callable[[Store, str], None], str, str]] = {
    "do_not_call": (lambda s, c: _consent(s, c, "phone"), "Do not call for marketing", "critical"),
    "consent_withdrawn": (lambda s, c: _consent(s, c, "email"), "Consent withdrawn: Email",
                          "critical"),
    "open_complaint": (
        _complaint, "Open complaint: Billing error, medium severity, opened 6 days ago",
        "warning"),
    "promises": (_promise, "Open promises: 1, next due", "warning"),
    "overdue": (_overdue, "Overdue follow-ups: 1, oldest due", "warning"),
    "marketing_contact": (
        _marketing,
        "Marketing called 4 days ago — campaign Inverno fibra · offer Fibra 9 · No answer",
        "info"),
    "offer_response": (_offer_response, "Recent offers: Fibra 9: Accepted", "info"),
}


def test_a_quiet_customer_shows_no_banner(qtbot: QtBot, window: MainWindow, store: Store) -> None:
    cid = make_customer(store, "Q1", "Quieto", "Cliente")
    add_contact(store, cid, utcnow() - timedelta(days=1))
    _, strip = _open(qtbot, window, cid)
    assert strip.lines == () and not strip.isVisible()


@pytest.mark.parametrize("kind", list(CASES))
def test_each_line_appears_exactly_when_its_condition_holds(qtbot: QtBot, window: MainWindow,
                                                           store: Store, kind: str) -> None:
    build, words, severity = CASES[kind]
    cid = make_customer(store, "B1", "Bruno", "Banner")
    view, strip = _open(qtbot, window, cid)
    assert _kinds(strip) == []
    build(store, cid)
    _reload(qtbot, view)
    assert _kinds(strip) == [kind]
    assert strip.isVisible()
    (button,) = strip.buttons
    assert button.text().startswith(words), button.text()
    assert button.property("severity") == severity
    assert not button.icon().isNull()


def test_every_line_in_order_and_details_by_key_and_click(qtbot: QtBot, window: MainWindow,
                                                          store: Store) -> None:
    cid = make_customer(store, "B2", "Tutti", "Avvisi")
    for build, _, _ in CASES.values():
        build(store, cid)
    view, strip = _open(qtbot, window, cid)
    assert _kinds(strip) == ORDER
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert strip.detail is not None and strip.detail.line.kind == "open_complaint"
    assert "Opened on" in strip.detail.text.text()
    qtbot.mouseClick(strip.buttons[3], Qt.MouseButton.LeftButton)
    assert strip.detail.line.kind == "promises"
    assert "call back by Friday" in strip.detail.text.text()
    strip.detail.close()


def test_a_line_goes_when_its_condition_ends(qtbot: QtBot, window: MainWindow,
                                             store: Store) -> None:
    cid = make_customer(store, "B3", "Via", "Vai")
    _consent(store, cid, "phone")
    view, strip = _open(qtbot, window, cid)
    assert _kinds(strip) == ["do_not_call"]
    with UnitOfWork(store) as uow:
        uow.add(ConsentEvent(customer_id=cid, channel="phone", purpose="marketing",
                             granted=True, source="t", at=utcnow() - timedelta(days=1)))
    _reload(qtbot, view)
    assert _kinds(strip) == [] and not strip.isVisible()
