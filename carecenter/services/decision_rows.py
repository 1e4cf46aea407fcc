"""A customer's decisions as the customer view lists them: each with who decided, the
supervisor's answer to an approval request, and how many review notes it has.

Read only; the decisions of customers merged into this one are listed too. Also what
the grant dialog reads before the agent commits (``grant_context``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from carecenter.clock import utcnow
from carecenter.db.models import Agent, Customer, Decision, DecisionAnswer, ReviewNote
from carecenter.db.store import Store
from carecenter.domain import AuthorityState
from carecenter.services.agents import AgentRef, workstation_agent
from carecenter.services.authority import (
    COUNTED_STATES,
    WINDOW_CUSTOMER,
    Catalogue,
    Meter,
    policy_for,
)
from carecenter.services.catalogue import catalogue_in, policy_in
from carecenter.services.decisions import Answer, DecisionError, DecisionInfo, info, weigh
from carecenter.services.family import family_ids


@dataclass(frozen=True)
class DecisionRow:
    decision: DecisionInfo
    agent_name: str | None
    answer: Answer | None  # the latest answer to an approval request
    notes: int  # review notes on the decision
    remedy_labels: dict[str, str]  # language -> label (empty for a remedy never catalogued)


@dataclass(frozen=True)
class CustomerDecisions:
    customer_id: str
    rows: tuple[DecisionRow, ...]  # newest first
    granted_30_days_cents: int  # money granted in the 30 days before ``now``
    pending: int


def customer_decision_rows(store: Store, customer_id: str, *, now: datetime | None = None,
                           limit: int = 500) -> CustomerDecisions:
    now = now or utcnow()
    with store.session() as s:
        family = family_ids(s.connection(), customer_id)
        rows = s.scalars(select(Decision).where(Decision.customer_id.in_(family))
                         .order_by(Decision.at.desc(), Decision.id.desc()).limit(limit)).all()
        ids = [d.id for d in rows]
        names = {a.id: a.name for a in s.scalars(
            select(Agent).where(Agent.id.in_({d.agent_id for d in rows if d.agent_id})))}
        answers: dict[str, Answer] = {}
        for a in s.scalars(select(DecisionAnswer).where(DecisionAnswer.decision_id.in_(ids))
                           .order_by(DecisionAnswer.at, DecisionAnswer.id)):
            by = s.get(Agent, a.by_id) if a.by_id else None
            answers[a.decision_id] = Answer(a.by_id, by.name if by else None, a.approved,
                                            a.note, a.at)
        notes = dict(s.execute(select(ReviewNote.decision_id, func.count())
                               .where(ReviewNote.decision_id.in_(ids))
                               .group_by(ReviewNote.decision_id)).all())
        labels = {r.code: dict(r.labels) for r in catalogue_in(s, retired=True).remedies}
        granted = sum(d.amount_cents for d in rows if d.authority_state in COUNTED_STATES
                      and now - WINDOW_CUSTOMER < d.at <= now)
        return CustomerDecisions(
            customer_id=customer_id,
            rows=tuple(DecisionRow(info(d), names.get(d.agent_id or ""), answers.get(d.id),
                                   int(notes.get(d.id, 0)), labels.get(d.remedy, {}))
                       for d in rows),
            granted_30_days_cents=granted,
            pending=sum(1 for d in rows if d.authority_state == AuthorityState.PENDING))


@dataclass(frozen=True)
class GrantContext:
    """What the grant dialog needs before the agent commits: who grants, to whom, the
    catalogue, and the meter with nothing granted yet (``Meter.with_amount`` weighs an
    amount as the agent types)."""

    agent: AgentRef
    customer_name: str
    catalogue: Catalogue
    currency: str  # the policy's: the only one the meter counts
    meter: Meter


def grant_context(store: Store, customer_id: str, agent_name: str, agent_role: str, *,
                  now: datetime | None = None) -> GrantContext:
    agent = workstation_agent(store, agent_name, agent_role)
    with store.session() as s:
        customer = s.get(Customer, customer_id)
        if customer is None:
            raise DecisionError("This customer is not known on this workstation.")
        name = " ".join(p for p in (customer.first_name, customer.last_name) if p)
        name = name or customer.company or customer.customer_ref
        currency = policy_for(policy_in(s), agent.role).currency
        cat = catalogue_in(s)
    m = weigh(store, agent_id=agent.id, customer_id=customer_id, amount_cents=0,
              currency=currency, now=now)
    return GrantContext(agent, name, cat, currency, m)
