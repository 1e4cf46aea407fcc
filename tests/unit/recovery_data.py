"""Builders for the service-recovery tests (cases, follow-ups, supervisor figures)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select

from carecenter.db.models import Agent, OutboxOp
from carecenter.db.store import Store
from carecenter.services.cases.checklists import Templates, load_templates
from carecenter.services.cases.followups import complete_follow_up
from carecenter.services.cases.lifecycle import close_case, get_case, open_case, tick_step
from carecenter.services.uow import UnitOfWork

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)  # a Monday, 10:00 in Rome


def hours(n: float) -> timedelta:
    return timedelta(hours=n)


def make_agent(store: Store, name: str, team: str | None = "service", role: str = "agent") -> str:
    with UnitOfWork(store) as uow:
        a = uow.add(Agent(name=name, team=team, role=role))
    return a.id


def templates() -> Templates:
    return load_templates()


def new_case(store: Store, customer_id: str, agent_id: str | None, *, at: datetime = T0,
             category: str = "billing_error", summary: str = "Charged twice in March.") -> str:
    return open_case(store, templates(), customer_id=customer_id, category=category,
                     summary=summary, severity="medium", agent_id=agent_id, now=at).case.id


def tick_all(store: Store, case_id: str, agent_id: str | None, at: datetime) -> str | None:
    """Tick every step (follow_up due a day later); the scheduled follow-up's id."""
    follow_up_id = None
    for step in get_case(store, case_id).steps:
        done = tick_step(store, case_id, step.id, agent_id=agent_id, now=at,
                         note="Offered a 10 EUR credit" if step.id == "compensate" else None,
                         follow_up_due=at + hours(24) if step.id == "follow_up" else None)
        follow_up_id = done.follow_up_id or follow_up_id
    return follow_up_id


def resolve(store: Store, case_id: str, agent_id: str | None, at: datetime, *,
            satisfied: bool = True) -> str | None:
    """Tick every step and close at ``at``; the scheduled follow-up is done at once with
    the customer satisfied, unless ``satisfied`` is False (then it is left open)."""
    fu = tick_all(store, case_id, agent_id, at)
    assert close_case(store, case_id, agent_id=agent_id, now=at).closed
    if satisfied and fu is not None:
        complete_follow_up(store, fu, outcome="satisfied", agent_id=agent_id, now=at)
    return fu


def count(store: Store, model: type) -> int:
    with store.session() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def outbox_size(store: Store) -> int:
    return count(store, OutboxOp)
