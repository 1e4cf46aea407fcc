"""The hub's cap check (design.md section 4): once the decisions of every workstation meet,
the hub marks ``exceeds_cap`` the granted decisions that break a limit of the published
policy (the synced ``authority_policy`` rows, or ``resources/authority.toml`` where there
are none), per customer over 30 days and per agent per local day, counting granted
decisions only; the mark syncs back to every desk and puts the decision in the review.

Each test runs on a SQLite hub and on a real PostgreSQL (``hub`` fixture); decisions are
made with the workstation's own services, each desk within what it knows offline.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from carecenter.db.models import Agent, Decision
from carecenter.db.store import Store
from carecenter.domain import AuthorityState
from carecenter.services.decisions.authority_files import default_policy
from carecenter.services.decisions.catalogue import import_policy
from carecenter.services.decisions.grants import Action, answer_request, grant
from carecenter.services.decisions.review import Flag, ReviewFilter, review_queue
from carecenter.services.uow import UnitOfWork
from carecenter.sync.hub import Hub
from carecenter.sync.hub_schema import TABLES
from tests.factories import make_customer
from tests.sync.helpers import ok

# 10:00 in Rome (CET, UTC+1) on a Tuesday; every default cap is in resources/authority.toml:
# agent 50.00 a decision, 100.00 a customer in 30 days, 300.00 a day; senior 100/250/750.
T = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
WITHIN, OVER = AuthorityState.WITHIN, AuthorityState.EXCEEDS_CAP

Desks = tuple[Store, Store, dict[str, str]]


@pytest.fixture
def desks(hub: Hub, make_store: Callable[[str], Store]) -> Desks:
    """Two workstations that both know the agents and seven customers, then go offline."""
    a, b = make_store("a"), make_store("b")
    with UnitOfWork(a) as uow:
        ids = {"anna": uow.add(Agent(name="Anna Rossi", role="agent")).id,
               "bruno": uow.add(Agent(name="Bruno Neri", role="agent")).id,
               "sergio": uow.add(Agent(name="Sergio Galli", role="senior")).id,
               "sara": uow.add(Agent(name="Sara Conti", role="supervisor")).id}
    for n in range(1, 8):
        ids[f"c{n}"] = make_customer(a, f"C{n}", f"Name{n}", "Bianchi")
    ok(a, hub)
    ok(b, hub)
    return a, b, ids


def give(store: Store, agent: str, customer: str, cents: int, at: datetime,
         action: Action = Action.GRANT, reason: str | None = None) -> str:
    r = grant(store, agent_id=agent, customer_id=customer, remedy="credit", amount_cents=cents,
              currency="EUR", action=action, reason=reason, now=at)
    return r.decision.id


def meet(hub: Hub, *stores: Store) -> None:
    """Every desk syncs, then every desk again (so each has what the others sent)."""
    for s in (*stores, *stores):
        ok(s, hub)


def states(store: Store, *ids: str) -> list[str]:
    with store.session() as s:
        got = dict(s.execute(select(Decision.id, Decision.authority_state)
                             .where(Decision.id.in_(ids))).all())
    return [got[i] for i in ids]


def on_hub(hub: Hub, *ids: str) -> list[str]:
    t = TABLES["decision"]
    with hub.engine.connect() as conn:
        got = dict(conn.execute(select(t.c.id, t.c.authority_state).where(t.c.id.in_(ids))).all())
    return [got[i] for i in ids]


def flagged(store: Store) -> list[str]:
    items = review_queue(store, ReviewFilter(flags=frozenset({Flag.EXCEEDS_CAP})),
                         now=T + timedelta(days=5))
    return [i.decision.id for i in items]


# -- per customer over 30 days -----------------------------------------------------------

def test_two_desks_over_a_customers_cap_mark_the_later_decision_on_both_and_in_review(
        hub: Hub, desks: Desks) -> None:
    a, b, p = desks
    # Offline, each within what it knows: 50 + 10 on A, then 45 on B: 105 > 100 in 30 days.
    first = give(a, p["anna"], p["c1"], 5000, T)
    second = give(a, p["anna"], p["c1"], 1000, T + timedelta(minutes=5))
    later = give(b, p["bruno"], p["c1"], 4500, T + timedelta(days=2))
    assert states(a, first, second) == [WITHIN, WITHIN] and states(b, later) == [WITHIN]
    meet(hub, a, b)
    assert on_hub(hub, first, second, later) == [WITHIN, WITHIN, OVER]
    for desk in (a, b):
        assert states(desk, first, second, later) == [WITHIN, WITHIN, OVER]
        assert flagged(desk) == [later]


@pytest.mark.parametrize(("late_at", "want"), [
    (T + timedelta(days=30), WITHIN),  # ``old`` is exactly 30 days old: it no longer counts
    (T + timedelta(days=30) - timedelta(minutes=1), OVER),  # 50 + 50 + 10
])
def test_a_customers_window_is_30_days(hub: Hub, desks: Desks, late_at: datetime,
                                       want: str) -> None:
    a, b, p = desks
    old = give(a, p["anna"], p["c1"], 5000, T)
    newer = give(b, p["bruno"], p["c1"], 5000, T + timedelta(days=29))
    late = give(b, p["bruno"], p["c1"], 1000, late_at)
    meet(hub, a, b)
    assert states(a, old, newer, late) == [WITHIN, WITHIN, want]


# -- per agent per local day -------------------------------------------------------------

def test_one_agent_on_two_desks_over_the_days_cap_is_marked(hub: Hub, desks: Desks) -> None:
    a, b, p = desks
    # Anna grants 50 to each of seven customers the same morning: 4 on A, 3 on B (350 > 300);
    # no customer is over its own cap.
    on_a = [give(a, p["anna"], p[f"c{n}"], 5000, T + timedelta(minutes=n)) for n in (1, 2, 3, 4)]
    on_b = [give(b, p["anna"], p[f"c{n}"], 5000, T + timedelta(hours=2, minutes=n))
            for n in (5, 6, 7)]
    meet(hub, a, b)
    want = [WITHIN] * 6 + [OVER]  # 200, 250, 300 stand; the seventh takes the day to 350
    for desk in (a, b):
        assert states(desk, *on_a, *on_b) == want
        assert flagged(desk) == [on_b[-1]]
    assert on_hub(hub, *on_a, *on_b) == want


def test_the_day_ends_at_midnight_in_rome_not_utc(hub: Hub, desks: Desks) -> None:
    a, b, p = desks
    evening = datetime(2026, 3, 10, 21, 0, tzinfo=UTC)  # 22:00 in Rome
    after_midnight = datetime(2026, 3, 10, 23, 10, tzinfo=UTC)  # 00:10 on the 11th in Rome
    on_a = [give(a, p["anna"], p[f"c{n}"], 5000, evening + timedelta(minutes=n))
            for n in (1, 2, 3, 4)]
    on_b = [give(b, p["anna"], p[f"c{n}"], 5000, after_midnight + timedelta(minutes=n))
            for n in (5, 6, 7)]
    meet(hub, a, b)  # the same UTC day, two days in Rome: 200 and 150
    assert states(a, *on_a, *on_b) == [WITHIN] * 7
    assert states(b, *on_a, *on_b) == [WITHIN] * 7


def test_a_day_when_the_clocks_change_is_one_day(hub: Hub, desks: Desks) -> None:
    a, b, p = desks
    # 29 March 2026 in Rome lasts 23 hours: 00:30 local (23:30 UTC the day before) and
    # 23:30 local (21:30 UTC) are the same day.
    start = datetime(2026, 3, 28, 23, 30, tzinfo=UTC)
    end = datetime(2026, 3, 29, 21, 30, tzinfo=UTC)
    on_a = [give(a, p["anna"], p[f"c{n}"], 5000, start + timedelta(minutes=n))
            for n in (1, 2, 3, 4)]
    on_b = [give(b, p["anna"], p[f"c{n}"], 5000, end + timedelta(minutes=n)) for n in (5, 6, 7)]
    meet(hub, a, b)
    assert states(a, *on_a, *on_b) == [WITHIN] * 6 + [OVER]


# -- what counts -------------------------------------------------------------------------

def test_pending_and_rejected_decisions_do_not_count(hub: Hub, desks: Desks) -> None:
    a, b, p = desks
    mine = give(a, p["anna"], p["c1"], 5000, T)
    pending = give(b, p["bruno"], p["c1"], 9000, T + timedelta(minutes=10),
                   Action.REQUEST_APPROVAL, "Broken twice")
    refused = give(b, p["bruno"], p["c1"], 8000, T + timedelta(minutes=20),
                   Action.REQUEST_APPROVAL, "Late twice")
    answer_request(b, decision_id=refused, supervisor_id=p["sara"], approve=False,
                   note="Too much for a late parcel", now=T + timedelta(minutes=30))
    granted = give(b, p["bruno"], p["c1"], 5000, T + timedelta(hours=1))
    meet(hub, a, b)  # granted: 50 + 50 = 100, at the cap, not over it
    want = [WITHIN, AuthorityState.PENDING, AuthorityState.REJECTED, WITHIN]
    for desk in (a, b):
        assert states(desk, mine, pending, refused, granted) == want
        assert flagged(desk) == []


def test_override_and_approved_are_never_marked_but_count(hub: Hub, desks: Desks) -> None:
    a, b, p = desks
    # c1: 50 within on A; an override of 60 on B, then 30 within on B (B knows 90).
    mine = give(a, p["anna"], p["c1"], 5000, T)
    override = give(b, p["bruno"], p["c1"], 6000, T + timedelta(minutes=10), Action.OVERRIDE,
                    "Third failed repair")
    small = give(b, p["bruno"], p["c1"], 3000, T + timedelta(minutes=20))
    # c2: 90 asked on A and still pending while B grants 20; approved on A afterwards.
    asked = give(a, p["anna"], p["c2"], 9000, T, Action.REQUEST_APPROVAL, "Broken twice")
    after = give(b, p["bruno"], p["c2"], 2000, T + timedelta(hours=1))
    meet(hub, a, b)
    assert states(a, mine, override, small) == [WITHIN, AuthorityState.OVERRIDE, OVER]
    assert states(a, asked, after) == [AuthorityState.PENDING, WITHIN]  # pending: not counted
    answer_request(a, decision_id=asked, supervisor_id=p["sara"], approve=True,
                   now=T + timedelta(hours=2))
    meet(hub, a, b)  # the approval counts the 90 at the time it was asked: 110 > 100
    for desk in (a, b):
        assert states(desk, asked, after) == [AuthorityState.APPROVED, OVER]
        assert states(desk, mine, override, small) == [WITHIN, AuthorityState.OVERRIDE, OVER]


# -- which policy ------------------------------------------------------------------------

def test_without_a_published_policy_the_shipped_file_sets_the_caps(
        hub: Hub, desks: Desks) -> None:
    a, b, p = desks
    assert hub.count("authority_policy") == 0
    # A senior's cap is 250.00 a customer in resources/authority.toml.
    big = [give(a, p["sergio"], p["c1"], 10000, T + timedelta(minutes=n)) for n in (1, 2)]
    fits = give(b, p["sergio"], p["c1"], 5000, T + timedelta(hours=1))  # 250: at the cap
    over = give(b, p["sergio"], p["c1"], 100, T + timedelta(hours=2))  # 251
    meet(hub, a, b)
    assert states(a, *big, fits, over) == [WITHIN, WITHIN, WITHIN, OVER]


@pytest.mark.parametrize(("customer_cap", "on_a", "on_b", "want"), [
    (20000, [5000, 4000], [5000], WITHIN),  # 140: over the file's 100, within the policy
    (6000, [4000], [3000], OVER),  # 70: within the file's 100, over the policy
])
def test_a_published_policy_decides_the_verdict(
        hub: Hub, desks: Desks, customer_cap: int, on_a: list[int], on_b: list[int],
        want: str) -> None:
    a, b, p = desks
    # An administrator publishes another customer cap for agents on A; both desks sync it.
    policy = default_policy()
    policy["agent"] = replace(policy["agent"], max_per_customer_30_days_cents=customer_cap)
    import_policy(a, policy)
    meet(hub, a, b)
    assert hub.count("authority_policy") == 3
    ids = [give(a, p["anna"], p["c1"], cents, T + timedelta(minutes=n))
           for n, cents in enumerate(on_a)]
    ids += [give(b, p["bruno"], p["c1"], cents, T + timedelta(hours=1, minutes=n))
            for n, cents in enumerate(on_b)]
    assert states(a, *ids[:len(on_a)]) + states(b, *ids[len(on_a):]) == [WITHIN] * len(ids)
    meet(hub, a, b)
    for desk in (a, b):
        assert states(desk, *ids) == [WITHIN] * (len(ids) - 1) + [want]
