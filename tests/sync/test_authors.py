"""Agents who share a workstation: each op reaches the hub as the agent who wrote it, even
when another agent syncs (issue 13: switch agent without restarting, offline too)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from carecenter.db.store import Store
from carecenter.services.decisions.grants import grant
from carecenter.services.decisions.review import add_review_note
from carecenter.services.signin import author_tokens, sign_in
from carecenter.sync import credentials
from carecenter.sync.hub_schema import TABLES
from carecenter.sync.replica import sync_once
from tests.factories import make_customer
from tests.sync.conftest import PASSWORD, Service


def _sign_in(service: Service, store: Store, name: str) -> tuple[str, str]:
    _ = service.people[name]
    who, token = sign_in(store, service.url, name, PASSWORD)
    credentials.save_token(service.url, who.name, token)
    return who.agent_id, token


def test_a_colleagues_work_goes_out_as_hers_when_another_agent_syncs(
        service: Service, make_store: Any) -> None:
    desk = make_store("counter")
    supervisor, _ = _sign_in(service, desk, "supervisor")
    agent, agent_token = _sign_in(service, desk, "agent")
    first = sync_once(desk, service.url, token=agent_token)
    assert first.error is None, first.error
    customer = make_customer(desk, "C-1", "Maria", "Verdi")
    decision = grant(desk, agent_id=agent, customer_id=customer, remedy="fee_waiver",
                     amount_cents=1000, currency="EUR").decision.id
    add_review_note(desk, author_id=supervisor, kind="praise", text="Well done.",
                    decision_id=decision)

    # the agent syncs; the supervisor's note goes with the supervisor's own token
    report = sync_once(desk, service.url, token=agent_token,
                       tokens=author_tokens(desk, service.url))

    assert (report.error, report.refused, report.pending) == (None, 0, 0)
    d, n = TABLES["decision"], TABLES["review_note"]
    with service.hub.engine.connect() as conn:
        assert conn.execute(select(d.c.agent_id).where(d.c.id == decision)).scalar() == agent
        assert conn.execute(select(n.c.author_id).where(n.c.decision_id == decision)) \
            .scalar() == supervisor


def test_without_the_colleagues_token_her_note_is_set_aside_not_misattributed(
        service: Service, make_store: Any) -> None:
    desk = make_store("counter")
    supervisor, _ = _sign_in(service, desk, "supervisor")
    agent, agent_token = _sign_in(service, desk, "agent")
    assert sync_once(desk, service.url, token=agent_token).error is None
    customer = make_customer(desk, "C-1", "Maria", "Verdi")
    decision = grant(desk, agent_id=agent, customer_id=customer, remedy="fee_waiver",
                     amount_cents=1000, currency="EUR").decision.id
    add_review_note(desk, author_id=supervisor, kind="praise", text="Well done.",
                    decision_id=decision)
    credentials.forget_token(service.url, "supervisor")  # she signed out

    report = sync_once(desk, service.url, token=agent_token,
                       tokens=author_tokens(desk, service.url))

    assert (report.error, report.refused, report.set_aside, report.pending) == (None, 1, 1, 0)
    with service.hub.engine.connect() as conn:
        assert conn.execute(select(TABLES["review_note"].c.id)).all() == []
