"""Consent across sync (issue 15 part 2), against a real PostgreSQL hub (pgserver) and a
SQLite hub: a withdrawal and a concurrent grant made on two desks converge to the
withdrawal on every desk and on the hub, whichever reaches the hub first; a grant made
after seeing the withdrawal wins."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from carecenter.db.models import ConsentEvent
from carecenter.db.store import Store
from carecenter.services.customers.consent import consent_states, record_consent
from carecenter.sync.consent_rule import current
from carecenter.sync.hub import Hub
from carecenter.sync.hub_schema import TABLES
from tests.factories import make_customer
from tests.sync.consent_oracle import check_overruled
from tests.sync.helpers import ok, outbox

TEN = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)
KEY = ("phone", "marketing")


def desk_says(store: Store, cid: str) -> bool | None:
    states = {(c.channel, c.purpose): c.granted for c in consent_states(store, cid)}
    return states[KEY]


def desk_marks(store: Store) -> dict[str, bool]:
    with store.session() as s:
        return {e.id: bool(e.overruled) for e in s.scalars(select(ConsentEvent))}


def hub_says(hub: Hub) -> tuple[bool, dict[str, bool]]:
    t = TABLES["consent_event"]
    with hub.engine.connect() as conn:
        rows = conn.execute(select(t.c.id, t.c.channel, t.c.purpose, t.c.granted, t.c.at,
                                   t.c.overruled)).all()
    answer = current((r.channel, r.purpose, r.granted, r.at, bool(r.overruled)) for r in rows)
    return answer[KEY], {r.id: bool(r.overruled) for r in rows}


def hub_rows(hub: Hub) -> dict[str, dict[str, object]]:
    t = TABLES["consent_event"]
    with hub.engine.connect() as conn:
        return {r["id"]: dict(r) for r in conn.execute(select(t)).mappings()}


def withdraw(store: Store, cid: str, at: datetime) -> str:
    return record_consent(store, cid, channel="phone", purpose="marketing", granted=False,
                          source="call", note="asked not to be called", at=at).event_id


def grant(store: Store, cid: str, at: datetime) -> str:
    return record_consent(store, cid, channel="phone", purpose="marketing", granted=True,
                          source="counter", at=at).event_id


@pytest.mark.parametrize("first", ["withdrawal", "grant"])
def test_a_blind_grant_loses_to_the_withdrawal_and_a_seeing_grant_wins(
        hub: Hub, make_store, first: str) -> None:
    a, b = make_store("a"), make_store("b")
    cid = make_customer(a, "K-1", "Carla", "Bruni")
    ok(a, hub)
    ok(b, hub)
    # offline on both desks: a withdrawal at 10:00 on a, a grant at 10:01 on b
    w = withdraw(a, cid, TEN)
    g = grant(b, cid, TEN + timedelta(minutes=1))
    assert desk_says(a, cid) is False and desk_says(b, cid) is True
    order = (a, b, a, b) if first == "withdrawal" else (b, a, b, a)
    for s in order:
        ok(s, hub)
    assert outbox(a) == outbox(b) == 0
    expected = {w: False, g: True}
    for s in (a, b):
        assert desk_says(s, cid) is False
        assert desk_marks(s) == expected
    assert hub_says(hub) == (False, expected)

    # b has now seen the withdrawal: its new grant wins everywhere
    g2 = grant(b, cid, TEN + timedelta(minutes=5))
    for s in (b, a):
        ok(s, hub)
    expected[g2] = False
    for s in (a, b):
        assert desk_says(s, cid) is True
        assert desk_marks(s) == expected
    assert hub_says(hub) == (True, expected)
    # the simulation's oracle agrees, on the hub's rows as they are
    check_overruled(hub_rows(hub), {w: frozenset(), g: frozenset(), g2: frozenset({w, g})})


def test_a_grant_made_on_the_same_desk_after_its_withdrawal_wins(hub: Hub, make_store) -> None:
    a, b = make_store("a"), make_store("b")
    cid = make_customer(a, "K-2", "Dario")
    withdraw(a, cid, TEN)
    g = grant(a, cid, TEN + timedelta(minutes=2))  # the customer changed their mind
    for s in (a, b):
        ok(s, hub)
    for s in (a, b):
        assert desk_says(s, cid) is True
        assert desk_marks(s)[g] is False
    assert hub_says(hub)[0] is True
