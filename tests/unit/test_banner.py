"""Each banner line appears exactly when its condition holds, in the fixed order."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from carecenter.db.models import Campaign, Case, ConsentEvent, FollowUp, Offer
from carecenter.db.store import Store
from carecenter.services.customers.view import customer_view
from carecenter.services.uow import UnitOfWork
from tests.factories import add_contact, make_customer

NOW = datetime(2026, 6, 15, 10, 0, tzinfo=UTC)
ORDER = ["do_not_call", "consent_withdrawn", "open_complaint", "promises", "overdue",
         "marketing_contact", "offer_response"]


def kinds(store: Store, cid: str) -> list[str]:
    return [line.kind for line in customer_view(store, cid, now=NOW).banner]


@pytest.fixture
def cid(store: Store) -> str:
    return make_customer(store, "C1", "Luca", "Neri")


def test_a_quiet_customer_has_no_banner(store: Store, cid: str) -> None:
    add_contact(store, cid, NOW - timedelta(days=3))  # a service call is not a warning
    assert kinds(store, cid) == []


def _consent(store: Store, cid: str, granted: bool, at: datetime, channel: str = "phone") -> None:
    with UnitOfWork(store) as uow:
        uow.add(ConsentEvent(customer_id=cid, channel=channel, purpose="marketing",
                             granted=granted, source="t", at=at))


def test_do_not_call_follows_the_latest_consent_and_ties_deny(store: Store, cid: str) -> None:
    _consent(store, cid, False, NOW - timedelta(days=10))
    assert kinds(store, cid) == ["do_not_call"]
    _consent(store, cid, True, NOW - timedelta(days=5))
    assert kinds(store, cid) == []
    _consent(store, cid, False, NOW - timedelta(days=5))  # same moment: the no wins
    assert kinds(store, cid) == ["do_not_call"]
    # Only history up to now counts.
    _consent(store, cid, True, NOW + timedelta(days=1))
    assert kinds(store, cid) == ["do_not_call"]


def test_other_withdrawn_consents_get_their_own_line(store: Store, cid: str) -> None:
    _consent(store, cid, False, NOW - timedelta(days=1), channel="email")
    view = customer_view(store, cid, now=NOW)
    assert [(b.kind, b.values["which"]) for b in view.banner] == [
        ("consent_withdrawn", ["email:marketing"])]


def test_open_complaint_with_its_age_until_it_is_closed(store: Store, cid: str) -> None:
    with UnitOfWork(store) as uow:
        case = uow.add(Case(customer_id=cid, category="billing_error", status="open",
                            opened_at=NOW - timedelta(days=4, hours=1)))
    line = customer_view(store, cid, now=NOW).banner[0]
    assert (line.kind, line.values["age_days"], line.values["count"], line.ref) == (
        "open_complaint", 4, 1, case.id)
    with UnitOfWork(store) as uow:
        c = uow.session.get(Case, case.id)
        assert c is not None
        uow.update(c, status="closed", closed_at=NOW)
    assert kinds(store, cid) == []


def test_promises_and_overdue_follow_ups(store: Store, cid: str) -> None:
    with UnitOfWork(store) as uow:
        p = uow.add(FollowUp(customer_id=cid, due=NOW + timedelta(days=2), reason="promise",
                             note="call back by Friday"))
        o = uow.add(FollowUp(customer_id=cid, due=NOW - timedelta(minutes=1), reason="call_back"))
        uow.add(FollowUp(customer_id=cid, due=NOW + timedelta(minutes=1), reason="call_back"))
    view = customer_view(store, cid, now=NOW)
    assert [(b.kind, b.values["count"], b.ref) for b in view.banner] == [
        ("promises", 1, p.id), ("overdue", 1, o.id)]
    assert view.banner[0].values["note"] == "call back by Friday"
    with UnitOfWork(store) as uow:
        for fid in (p.id, o.id):
            f = uow.session.get(FollowUp, fid)
            assert f is not None
            uow.update(f, status="done", outcome="satisfied", done_at=NOW)
    assert kinds(store, cid) == []


def test_marketing_contact_within_90_days_with_campaign_offer_and_outcome(store: Store,
                                                                        cid: str) -> None:
    with UnitOfWork(store) as uow:
        offer = uow.add(Offer(code="FIB100", title="Fibra 1 Gbit", value_cents=2000))
        camp = uow.add(Campaign(name="Autumn fibre", offer_id=offer.id))
    add_contact(store, cid, NOW - timedelta(days=91), team="marketing", direction="outbound",
                campaign_id=camp.id, outcome="no_answer")
    assert kinds(store, cid) == []
    add_contact(store, cid, NOW - timedelta(days=3, hours=2), team="marketing",
                direction="outbound", campaign_id=camp.id, offer_id=offer.id, outcome="declined")
    view = customer_view(store, cid, now=NOW)
    assert [b.kind for b in view.banner] == ["marketing_contact", "offer_response"]
    mk = view.banner[0].values
    assert (mk["days_ago"], mk["campaign"], mk["offer_code"], mk["outcome"]) == (
        3, "Autumn fibre", "FIB100", "declined")
    offers = view.banner[1].values["offers"]
    assert [(o["code"], o["outcome"]) for o in offers] == [("FIB100", "declined")]


def test_every_line_at_once_comes_in_the_fixed_order(store: Store, cid: str) -> None:
    _consent(store, cid, False, NOW - timedelta(days=1))
    _consent(store, cid, False, NOW - timedelta(days=1), channel="sms")
    with UnitOfWork(store) as uow:
        offer = uow.add(Offer(code="TV", title="TV pack", value_cents=1000))
        uow.add(Case(customer_id=cid, category="late_delivery", opened_at=NOW - timedelta(days=1)))
        uow.add(FollowUp(customer_id=cid, due=NOW + timedelta(days=1), reason="promise"))
        uow.add(FollowUp(customer_id=cid, due=NOW - timedelta(days=1), reason="remedy_check"))
    add_contact(store, cid, NOW - timedelta(days=2), team="marketing", direction="outbound",
                offer_id=offer.id, outcome="accepted")
    assert kinds(store, cid) == ORDER
