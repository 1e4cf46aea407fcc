"""Ops that wait for another op of the same outbox (issue 13): an approved decision and the
answer approving it, a follow-up and the decision it checks, written apart in the outbox
(as imports and demo data write table after table) and sent in different batches, all
reach the hub; what never finds its partner is set aside once nothing else is left."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select

from carecenter.db.models import Decision, DecisionAnswer, FollowUp
from carecenter.db.store import Store
from carecenter.ids import new_id
from carecenter.services.uow import UnitOfWork
from carecenter.sync.hub_schema import TABLES
from carecenter.sync.replica import Replica
from tests.factories import make_customer
from tests.sync.conftest import Service

AT = datetime(2026, 12, 1, 10, tzinfo=UTC)


def _approved(desk: Store, agent: str, supervisor: str, customer: str, *,
              answered: bool) -> str:
    did = new_id()
    with UnitOfWork(desk) as uow:  # table after table, as the demo and imports write
        uow.bulk_insert(Decision, [{
            "id": did, "customer_id": customer, "case_id": None, "agent_id": agent,
            "remedy": "credit", "amount_cents": 9000, "currency": "EUR", "reason": "late",
            "authority_state": "approved", "at": AT}])
        uow.bulk_insert(FollowUp, [{
            "id": new_id(), "customer_id": customer, "case_id": None, "decision_id": did,
            "due": AT, "assignee_id": agent, "reason": "remedy_check"}])
        for n in range(6):  # other work between the decision and its answer
            uow.bulk_insert(FollowUp, [{
                "id": new_id(), "customer_id": customer, "case_id": None,
                "decision_id": None, "due": AT, "assignee_id": agent,
                "reason": "call_back", "note": f"call {n}"}])
        if answered:
            uow.bulk_insert(DecisionAnswer, [{
                "id": str(uuid.uuid4()), "decision_id": did, "by_id": supervisor,
                "approved": True, "note": None, "at": AT}])
    return did


def _desk(service: Service, make_store: Any) -> tuple[Store, Replica, str, str, str]:
    desk = make_store("desk")
    transport = service.transport(desk, "admin")
    replica = Replica(desk, transport, batch=3)
    assert replica.sync().error is None
    agent, supervisor = service.people["agent"].id, service.people["supervisor"].id
    assert replica.sync().error is None  # the agents' rows, made on first use
    return desk, replica, agent, supervisor, make_customer(desk, "C-1", "Maria", "Verdi")


def test_a_decision_waits_for_its_answer_in_a_later_batch(
        service: Service, make_store: Any) -> None:
    desk, replica, agent, supervisor, customer = _desk(service, make_store)
    did = _approved(desk, agent, supervisor, customer, answered=True)

    report = replica.sync()

    assert (report.error, report.refused, report.set_aside, report.pending) == (None, 0, 0, 0)
    d = TABLES["decision"]
    with service.hub.engine.connect() as conn:
        assert conn.execute(select(d.c.authority_state).where(d.c.id == did)).scalar() \
            == "approved"
    assert service.hub.count("follow_up") == 7


def test_a_decision_whose_answer_never_comes_is_set_aside_with_what_names_it(
        service: Service, make_store: Any) -> None:
    desk, replica, agent, supervisor, customer = _desk(service, make_store)
    _approved(desk, agent, supervisor, customer, answered=False)

    report = replica.sync()

    assert (report.error, report.refused, report.set_aside, report.pending) == (None, 2, 2, 0)
    assert service.hub.count("decision") == 0
    assert service.hub.count("follow_up") == 6  # the call-backs went on
