"""Every pushed op checked by the hub, the client's word taken for nothing (issue 13, parts
3 and 4): through ``Hub.push(req, principal)`` on a SQLite hub and on PostgreSQL."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import select

from carecenter.clock import hlc_of
from carecenter.ids import new_id
from carecenter.sync import protocol as p
from carecenter.sync.hub import Hub
from carecenter.sync.hub_schema import TABLES, hub_op
from carecenter.sync.refusals import Principal

AT = "2026-11-20T10:00:00.000000Z"
SITE = "0190a0b0-0000-7000-8000-00000000aaaa"
ADMIN_ID = "0190a0b0-0000-7000-8000-000000000001"
SUP_ID = "0190a0b0-0000-7000-8000-000000000002"
AGENT_ID = "0190a0b0-0000-7000-8000-000000000003"
CUSTOMER = "0190a0b0-0000-7000-8000-0000000000c1"
SMALL = "0190a0b0-0000-7000-8000-0000000000d1"  # 30 EUR, asked by the agent
BIG = "0190a0b0-0000-7000-8000-0000000000d2"  # 200 EUR, asked by the agent
SUPS_OWN = "0190a0b0-0000-7000-8000-0000000000d3"  # 30 EUR, asked by the supervisor
NOBODYS = "0190a0b0-0000-7000-8000-0000000000d4"  # never made

ADMIN = Principal(ADMIN_ID, "Ada", "admin", "dev-1", SITE)
SUPERVISOR = Principal(SUP_ID, "Sara", "supervisor", "dev-2", SITE)
AGENT = Principal(AGENT_ID, "Aldo", "agent", "dev-3", SITE)


def clock(ahead_ms: int = 0) -> int:
    return hlc_of(time.time_ns() // 1_000_000 + ahead_ms)


def op(table: str, rid: str, kind: str = "insert", *, hlc: int | None = None,
       **fields: Any) -> p.Op:
    at = hlc or clock()
    cells = {"id": [rid, at]} if kind == "insert" else {}
    cells.update({k: [v, at] for k, v in fields.items()})
    return p.Op(new_id(), table, rid, kind, cells, at)


def push(hub: Hub, ops: list[p.Op], who: Principal | None) -> p.PushResponse:
    return hub.push(p.PushRequest(p.PROTOCOL_VERSION, SITE, ops), who)


def decision(rid: str, agent_id: str, cents: int, state: str = "pending") -> p.Op:
    return op("decision", rid, customer_id=CUSTOMER, agent_id=agent_id, remedy="credit",
              amount_cents=cents, currency="EUR", authority_state=state, at=AT)


def answer(decision_id: str, approved: bool = True, by_id: str | None = None) -> p.Op:
    return op("decision_answer", new_id(), decision_id=decision_id, by_id=by_id,
              approved=approved, note=None, at=AT)


def policy(role: str, cents: int) -> p.Op:
    return op("authority_policy", new_id(), role=role, currency="EUR",
              day_time_zone="Europe/Rome", max_per_decision_cents=cents,
              max_per_customer_30_days_cents=cents * 10, max_per_agent_day_cents=cents * 10,
              may_override_with_reason=True)


def customer(rid: str, first: str = "Anna", **more: Any) -> p.Op:
    return op("customer", rid, customer_ref=f"R-{rid[-4:]}", first_name=first, deleted=False,
              **more)


@pytest.fixture
def seeded(hub: Hub) -> Hub:
    """Three agents, the supervisors' policy (50 EUR a decision), a customer and three
    requests, written by the hub's trusted code."""
    ops = [op("agent", i, name=n, role=r) for i, n, r in (
        (ADMIN_ID, "Ada", "admin"), (SUP_ID, "Sara", "supervisor"), (AGENT_ID, "Aldo", "agent"))]
    ops += [policy("supervisor", 5000), customer(CUSTOMER),
            decision(SMALL, AGENT_ID, 3000), decision(BIG, AGENT_ID, 20000),
            decision(SUPS_OWN, SUP_ID, 3000)]
    resp = push(hub, ops, None)
    assert resp.refused == [] and len(resp.acked) == len(ops)
    return hub


def snapshot(hub: Hub) -> dict[str, Any]:
    with hub.engine.connect() as conn:
        out: dict[str, Any] = {name: sorted(tuple(r) for r in conn.execute(
            select(t.c.id, t.c.clocks, t.c.txn)).all()) for name, t in TABLES.items()}
        out["hub_op"] = sorted(conn.execute(select(hub_op.c.op_id)).scalars())
    return out


def row(hub: Hub, table: str, rid: str) -> dict[str, Any] | None:
    t = TABLES[table]
    with hub.engine.connect() as conn:
        r = conn.execute(select(t).where(t.c.id == rid)).mappings().first()
    return dict(r) if r else None


def test_one_bad_op_among_good_ones_is_refused_alone(seeded: Hub) -> None:
    good1, bad, good2 = new_id(), new_id(), new_id()
    ops = [customer(good1), customer(bad, "B" * 150), customer(good2)]
    resp = push(seeded, ops, AGENT)
    assert resp.acked == [ops[0].op_id, ops[2].op_id]
    assert [(r["op_id"], r["code"], r["table"], r["row_id"], r["values"])
            for r in resp.refused] == [
        (ops[1].op_id, "too_long", "customer", bad,
         {"field": "first_name", "limit": 120, "length": 150})]
    assert "150 characters long" in resp.refused[0]["message"]
    assert row(seeded, "customer", good1) and row(seeded, "customer", good2)
    assert row(seeded, "customer", bad) is None


Attack = Callable[[], tuple[Principal, p.Op]]
_YEARS_10 = 10 * 365 * 86_400_000

ATTACKS: dict[str, tuple[Attack, str, dict[str, Any]]] = {
    "agent makes herself supervisor": (
        lambda: (AGENT, op("agent", AGENT_ID, "update", role="supervisor")),
        "role", {"needed": "admin", "role": "agent"}),
    "policy with huge caps": (
        lambda: (SUPERVISOR, policy("agent", 99_000_000)),
        "role", {"needed": "admin", "role": "supervisor"}),
    "a non-supervisor answers someone else's request": (
        lambda: (AGENT, answer(SUPS_OWN)), "role", {"needed": "supervisor", "role": "agent"}),
    "a supervisor answers over her authority": (
        lambda: (SUPERVISOR, answer(BIG)), "over_authority",
        {"amount_cents": 20000, "limit_cents": 5000}),
    "a supervisor answers her own request": (
        lambda: (SUPERVISOR, answer(SUPS_OWN)), "own_request", {}),
    "an answer to a decision nobody made": (
        lambda: (SUPERVISOR, answer(NOBODYS)), "unknown_decision", {"decision_id": NOBODYS}),
    "a decision pushed already approved": (
        lambda: (AGENT, decision(new_id(), AGENT_ID, 100_000, "approved")), "no_answer", {}),
    "a request moved to approved without an answer": (
        lambda: (SUPERVISOR, op("decision", SMALL, "update", authority_state="approved")),
        "no_answer", {}),
    "a desk marks exceeds_cap": (
        lambda: (AGENT, op("decision", SMALL, "update", authority_state="exceeds_cap")),
        "bad_value", {"field": "authority_state", "value": "exceeds_cap",
                      "allowed": ["within", "override", "pending", "approved", "rejected"]}),
    "a 150-character first name": (
        lambda: (AGENT, op("customer", CUSTOMER, "update", first_name="A" * 150)),
        "too_long", {"field": "first_name", "limit": 120, "length": 150}),
    "a 40-character row id": (
        lambda: (AGENT, customer(CUSTOMER + "abcd")), "bad_id", {"id": CUSTOMER + "abcd"}),
    "text in an integer column": (
        lambda: (AGENT, decision(new_id(), AGENT_ID, "ten")),  # type: ignore[arg-type]
        "bad_type", {"field": "amount_cents", "expected": "a whole number"}),
    "an unknown kind": (
        lambda: (AGENT, p.Op(new_id(), "customer", CUSTOMER, "drop", {}, clock())),
        "bad_kind", {"kind": "drop"}),
    "an unknown field": (
        lambda: (AGENT, op("customer", CUSTOMER, "update", is_admin=True)),
        "unknown_field", {"field": "is_admin"}),
    "a field clock ten years ahead": (
        lambda: (AGENT, p.Op(new_id(), "customer", CUSTOMER, "update",
                             {"first_name": ["Anna", clock(_YEARS_10)]}, clock())),
        "clock_ahead", {"field": "first_name", "minutes": 5_256_000}),
    "an update of an append-only row": (
        lambda: (AGENT, op("decision", SMALL, "update", amount_cents=1)),
        "append_only", {}),
    "an insert rewriting a decision with an older clock": (
        lambda: (AGENT, p.Op(new_id(), "decision", SMALL, "insert",
                             {"amount_cents": [1, 1]}, clock())), "append_only", {}),
    "a partial row": (
        lambda: (AGENT, op("customer", new_id(), "update", first_name="X")),
        "missing_field", {"field": "customer_ref"}),
}


@pytest.mark.parametrize("name", list(ATTACKS))
def test_an_attack_is_refused_and_changes_nothing(seeded: Hub, name: str) -> None:
    make, code, values = ATTACKS[name]
    who, bad = make()
    before = snapshot(seeded)
    resp = push(seeded, [bad], who)
    assert resp.acked == []
    assert [(r["op_id"], r["code"]) for r in resp.refused] == [(bad.op_id, code)]
    got = resp.refused[0]["values"]
    if "minutes" in values:  # the wall clock moved on while the test ran
        assert abs(got.pop("minutes") - values["minutes"]) <= 1
        values = {k: v for k, v in values.items() if k != "minutes"}
    assert got == values
    assert resp.refused[0]["message"]
    assert snapshot(seeded) == before
    # The same site's next, normal push goes through.
    fine = op("customer", CUSTOMER, "update", first_name="Anna Maria")
    assert push(seeded, [fine], who).acked == [fine.op_id]
    assert row(seeded, "customer", CUSTOMER)["first_name"] == "Anna Maria"  # type: ignore[index]


def test_a_supervisor_answers_within_her_authority(seeded: Hub) -> None:
    ans = answer(SMALL, by_id=ADMIN_ID)  # names someone else: stamped with the token's agent
    moved = op("decision", SMALL, "update", authority_state="approved")
    resp = push(seeded, [ans, moved], SUPERVISOR)
    assert resp.refused == [] and resp.acked == [ans.op_id, moved.op_id]
    assert row(seeded, "decision_answer", ans.row_id)["by_id"] == SUP_ID  # type: ignore[index]
    assert row(seeded, "decision", SMALL)["authority_state"] == "approved"  # type: ignore[index]
    # The agent's own desk may then write the state the answer set.
    again = op("decision", SMALL, "update", authority_state="approved")
    assert push(seeded, [again], AGENT).acked == [again.op_id]


def test_authors_are_stamped_from_the_token_but_an_admin_writes_for_others(
        seeded: Hub) -> None:
    mine = decision(new_id(), SUP_ID, 500, "within")  # the agent claims the supervisor did it
    assert push(seeded, [mine], AGENT).acked == [mine.op_id]
    assert row(seeded, "decision", mine.row_id)["agent_id"] == AGENT_ID  # type: ignore[index]
    theirs = decision(new_id(), AGENT_ID, 500, "within")
    assert push(seeded, [theirs], ADMIN).acked == [theirs.op_id]
    assert row(seeded, "decision", theirs.row_id)["agent_id"] == AGENT_ID  # type: ignore[index]


def test_an_admin_publishes_policy_and_agents_create_plain_agents(seeded: Hub) -> None:
    pol = policy("agent", 7000)
    assert push(seeded, [pol], ADMIN).acked == [pol.op_id]
    newbie = op("agent", new_id(), name="Nina", role="agent")
    boss = op("agent", new_id(), name="Boss", role="supervisor")
    resp = push(seeded, [newbie, boss], AGENT)
    assert resp.acked == [newbie.op_id]
    assert [(r["op_id"], r["code"]) for r in resp.refused] == [(boss.op_id, "role")]


def test_the_trusted_code_gets_value_checks_only(seeded: Hub) -> None:
    pol = policy("agent", 7000)
    bad = customer(new_id(), "B" * 150)
    resp = push(seeded, [pol, bad], None)
    assert resp.acked == [pol.op_id]
    assert [r["code"] for r in resp.refused] == ["too_long"]
