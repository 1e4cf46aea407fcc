"""A customer's decisions as the customer view lists them: each with who decided, the
supervisor's answer to an approval request, and how many review notes it has.

Read only; the decisions of customers merged into this one are listed too. Also what
the grant dialog reads before the agent commits (``grant_context``), and its meter weighed
with the decisions other desks made, as the hub service tells them (``with_remote``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from sqlalchemy import and_, func, or_, select

from carecenter.clock import utcnow
from carecenter.db.base import from_text
from carecenter.db.models import (
    Agent,
    CharterCitation,
    Customer,
    Decision,
    DecisionAnswer,
    ReviewNote,
)
from carecenter.db.store import Store
from carecenter.domain import AuthorityState
from carecenter.problems import Problem
from carecenter.services.agents import AgentRef
from carecenter.services.customers.family import family_ids
from carecenter.services.decisions.authority import (
    COUNTED_STATES,
    WINDOW_CUSTOMER,
    AuthorityError,
    Catalogue,
    DecisionFact,
    Meter,
    day_bounds,
    local_day,
    meter,
    policy_for,
)
from carecenter.services.decisions.catalogue import catalogue_in, policy_in
from carecenter.services.decisions.grants import (
    Answer,
    DecisionError,
    DecisionInfo,
    fact,
    info,
    weigh,
    weigh_units,
)
from carecenter.services.decisions.units import UnitMeter, unit_meter


@dataclass(frozen=True)
class DecisionRow:
    decision: DecisionInfo
    agent_name: str | None
    answer: Answer | None  # the latest answer to an approval request
    notes: int  # review notes on the decision
    remedy_labels: dict[str, str]  # language -> label (empty for a remedy never catalogued)
    remedy_unit: str = "money"  # the unit its quantity is in, for a remedy that costs nothing
    clauses: tuple[str, ...] = ()  # the service charter's clauses cited on it, in order


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
        known = catalogue_in(s, retired=True).remedies
        labels = {r.code: dict(r.labels) for r in known}
        units = {r.code: r.unit for r in known}
        clauses: dict[str, list[str]] = {}
        for did, clause in s.execute(select(CharterCitation.decision_id, CharterCitation.clause)
                                     .where(CharterCitation.decision_id.in_(ids))
                                     .order_by(CharterCitation.at, CharterCitation.id)):
            mine = clauses.setdefault(str(did), [])
            if clause not in mine:
                mine.append(clause)
        granted = sum(d.amount_cents for d in rows if d.authority_state in COUNTED_STATES
                      and now - WINDOW_CUSTOMER < d.at <= now)
        return CustomerDecisions(
            customer_id=customer_id,
            rows=tuple(DecisionRow(info(d), names.get(d.agent_id or ""), answers.get(d.id),
                                   int(notes.get(d.id, 0)), labels.get(d.remedy, {}),
                                   units.get(d.remedy, "money"),
                                   tuple(clauses.get(d.id, ())))
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
    # remedies that cost nothing: code -> their meter with nothing granted yet
    # (``UnitMeter.with_quantity`` weighs a quantity as the agent types)
    unit_meters: Mapping[str, UnitMeter] = field(default_factory=dict)


def grant_context(store: Store, customer_id: str, agent: AgentRef, *,
                  now: datetime | None = None) -> GrantContext:
    """``agent``: who works here (``carecenter.services.agents.desk_agent``)."""
    with store.session() as s:
        customer = s.get(Customer, customer_id)
        if customer is None:
            raise DecisionError(Problem.CUSTOMER_UNKNOWN_HERE)
        name = " ".join(p for p in (customer.first_name, customer.last_name) if p)
        name = name or customer.company or customer.customer_ref
        currency = policy_for(policy_in(s), agent.role).currency
        cat = catalogue_in(s)
        row = s.get(Agent, agent.id)
        units = {} if row is None else {
            spec.code: weigh_units(s, row, customer_id, spec, 0, now=now or utcnow())
            for spec in cat.remedies if not spec.costs_money}
    m = weigh(store, agent_id=agent.id, customer_id=customer_id, amount_cents=0,
              currency=currency, now=now)
    return GrantContext(agent, name, cat, currency, m, units)


def remote_fact(d: Mapping[str, Any]) -> DecisionFact | None:
    """A decision as the hub's ``/v1/decisions`` answers it (None: not readable)."""
    try:
        at = d["at"]
        return DecisionFact(str(d["id"]), str(d["customer_id"]),
                            str(d["agent_id"]) if d.get("agent_id") else None,
                            int(d["amount_cents"]), str(d["currency"]),
                            from_text(at) if isinstance(at, str) else at,
                            str(d["authority_state"]), str(d.get("remedy") or ""),
                            None if d.get("quantity") is None else int(d["quantity"]))
    except (KeyError, TypeError, ValueError):
        return None


def with_remote(store: Store, context: GrantContext, customer_id: str,
                remote: Iterable[Mapping[str, Any]], *,
                now: datetime | None = None) -> GrantContext:
    """The grant dialog's meters (nothing granted yet: money, and each remedy that costs
    nothing) weighed with this workstation's decisions and those the hub knows from every
    desk, merged by id (the same decision counts once; the hub's copy, with any cap mark,
    wins)."""
    now = now or utcnow()
    agent = context.agent
    with store.session() as s:
        policies = policy_in(s)
        tz = policy_for(policies, agent.role).day_time_zone
        family = family_ids(s.connection(), customer_id)
        start, end = day_bounds(local_day(now, tz), tz)
        rows = s.scalars(select(Decision).where(or_(
            and_(Decision.customer_id.in_(family), Decision.at > now - WINDOW_CUSTOMER),
            and_(Decision.agent_id == agent.id, Decision.at >= start, Decision.at < end),
        ))).all()
        facts = {f.id: f for f in (fact(d) for d in rows)}
    for d in remote:
        f = remote_fact(d)
        if f is not None:
            facts[f.id] = f
    # Decisions made for customers since merged into this one count as this customer's.
    merged = [replace(f, customer_id=customer_id if f.customer_id in family else f.customer_id)
              for f in facts.values()]
    try:
        m = meter(policies, agent.role, agent_id=agent.id, customer_id=customer_id,
                  amount_cents=0, currency=context.currency, prior=merged, now=now)
        units = {code: unit_meter(policies, agent.role, remedy=code, unit=u.unit,
                                  customer_id=customer_id, quantity=0, prior=merged, now=now)
                 for code, u in context.unit_meters.items()}
    except AuthorityError as exc:
        raise DecisionError(exc.code, **exc.values) from exc
    return replace(context, meter=m, unit_meters=units)
