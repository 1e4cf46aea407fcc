"""Decisions across workstations: an approval asked offline and answered elsewhere, and
two offline stores that together break a customer's cap (a SQLite hub on local disk)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from carecenter.db.models import Agent, Decision
from carecenter.db.store import Store
from carecenter.domain import AuthorityState
from carecenter.services.decisions.grants import (
    Action,
    answer_request,
    approval_queue,
    customer_decisions,
    grant,
    my_requests,
    weigh,
)
from carecenter.services.decisions.review import Flag, ReviewFilter, review_queue
from carecenter.services.uow import UnitOfWork
from carecenter.sync.hub import Hub, init_hub
from carecenter.sync.hub_schema import TABLES
from carecenter.sync.replica import sync_once
from tests.factories import make_customer

T = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)


@pytest.fixture
def hub_url(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'hub.db'}"
    init_hub(url)
    return url


@pytest.fixture
def two_stores(tmp_path: Path, hub_url: str) -> Iterator[tuple[Store, Store, dict[str, str]]]:
    a, b = Store.open(tmp_path / "a.db"), Store.open(tmp_path / "b.db")
    with UnitOfWork(a) as uow:
        ids = {"anna": uow.add(Agent(name="Anna Rossi", role="agent")).id,
               "bruno": uow.add(Agent(name="Bruno Neri", role="agent")).id,
               "sara": uow.add(Agent(name="Sara Conti", role="supervisor")).id}
    ids["c1"] = make_customer(a, "C1", "Carla", "Bianchi")
    sync(a, hub_url)
    sync(b, hub_url)  # the second workstation knows the agents and the customer
    yield a, b, ids
    a.close()
    b.close()


def sync(store: Store, hub_url: str) -> None:
    report = sync_once(store, hub_url)
    assert report.error is None, report.error


def state(store: Store, decision_id: str) -> str:
    with store.session() as s:
        d = s.get(Decision, decision_id)
        assert d is not None
        return d.authority_state


def test_an_approval_asked_offline_is_answered_on_another_workstation(
        two_stores: tuple[Store, Store, dict[str, str]], hub_url: str) -> None:
    a, b, p = two_stores
    asked = grant(a, agent_id=p["anna"], customer_id=p["c1"], remedy="replacement",
                  amount_cents=9000, currency="EUR", action=Action.REQUEST_APPROVAL,
                  reason="Second broken device", now=T)
    assert state(a, asked.decision.id) == AuthorityState.PENDING
    sync(a, hub_url)
    sync(b, hub_url)
    assert [q.decision.id for q in approval_queue(b)] == [asked.decision.id]
    answer_request(b, decision_id=asked.decision.id, supervisor_id=p["sara"], approve=True,
                   note="Yes, and apologise for us", now=T + timedelta(hours=1))
    assert state(a, asked.decision.id) == AuthorityState.PENDING  # not synced yet
    sync(b, hub_url)
    sync(a, hub_url)
    assert state(a, asked.decision.id) == AuthorityState.APPROVED
    (mine,) = my_requests(a, p["anna"], now=T + timedelta(hours=2))
    assert mine.answer is not None
    assert (mine.answer.approved, mine.answer.by_name, mine.answer.note) == (
        True, "Sara Conti", "Yes, and apologise for us")
    assert approval_queue(a) == ()
    assert weigh(a, agent_id=p["anna"], customer_id=p["c1"], amount_cents=100, currency="EUR",
                 now=T + timedelta(hours=2)).customer_used_cents == 9000


def test_two_offline_stores_breaking_a_customer_cap_mark_the_later_decision_everywhere(
        two_stores: tuple[Store, Store, dict[str, str]], hub_url: str, tmp_path: Path) -> None:
    a, b, p = two_stores
    # Offline, each within what it knows: 60.00 on A, then 45.00 on B (cap 100.00 / 30 days).
    first = grant(a, agent_id=p["anna"], customer_id=p["c1"], remedy="credit",
                  amount_cents=5000, currency="EUR", now=T)
    second = grant(a, agent_id=p["anna"], customer_id=p["c1"], remedy="fee_waiver",
                   amount_cents=1000, currency="EUR", now=T + timedelta(minutes=5))
    later = grant(b, agent_id=p["bruno"], customer_id=p["c1"], remedy="gift",
                  amount_cents=4500, currency="EUR", now=T + timedelta(hours=1))
    for r in (first, second, later):
        assert r.decision.authority_state == AuthorityState.WITHIN
    sync(a, hub_url)
    sync(b, hub_url)  # the hub sees 105.00 in 30 days: the later decision breaks the cap
    sync(a, hub_url)
    for store in (a, b):
        assert state(store, first.decision.id) == AuthorityState.WITHIN
        assert state(store, second.decision.id) == AuthorityState.WITHIN
        assert state(store, later.decision.id) == AuthorityState.EXCEEDS_CAP
        assert len(customer_decisions(store, p["c1"])) == 3  # never dropped
        flagged = review_queue(store, ReviewFilter(flags=frozenset({Flag.EXCEEDS_CAP})),
                               now=T + timedelta(days=1))
        assert [i.decision.id for i in flagged] == [later.decision.id]
    on_hub = Hub(hub_url)  # the hub's own table carries the mark
    try:
        t = TABLES["decision"]
        with on_hub.engine.connect() as conn:
            marks = dict(conn.execute(select(t.c.id, t.c.authority_state)).all())
    finally:
        on_hub.close()
    assert marks == {first.decision.id: AuthorityState.WITHIN,
                     second.decision.id: AuthorityState.WITHIN,
                     later.decision.id: AuthorityState.EXCEEDS_CAP}
    hub = Store.open(tmp_path / "hub-check.db")  # a third workstation sees the same
    try:
        sync(hub, hub_url)
        assert state(hub, later.decision.id) == AuthorityState.EXCEEDS_CAP
    finally:
        hub.close()
