"""Figures of in-place decisions, per agent and in total, for a period ``[since, until)``.

- **decisions**: every decision recorded in the period, whatever its state;
- **granted**: decisions that granted money (within, override, approved, exceeds_cap);
  **money granted** is the sum of their amounts (in the policy's currency);
- **share within authority**: within / granted (None when nothing was granted);
- **remedies followed by a satisfied follow-up**: granted decisions whose latest answered
  remedy check (follow-up with reason ``remedy_check`` naming the decision) says
  ``satisfied``; ``checked`` counts those with any answered check;
- **customers kept**: of the customers granted a remedy in the period (each judged from
  the first such decision), those contacted again — a contact on a later day (in the
  policy's day time zone) than that decision and at most 90 days after it — without a new
  complaint: no case opened for them after the decision and within the 90 days, other
  than the decision's own case. What happened after ``now`` is not known yet.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from carecenter.clock import utcnow
from carecenter.db.models import Agent, Case, Contact, Decision, FollowUp
from carecenter.db.store import Store
from carecenter.domain import AuthorityState, FollowUpOutcome, FollowUpReason, FollowUpStatus
from carecenter.services.decisions.authority import (
    COUNTED_STATES,
    RolePolicy,
    local_day,
    policy_for,
)
from carecenter.services.decisions.catalogue import policy_in

KEPT_WINDOW = timedelta(days=90)


@dataclass(frozen=True)
class DecisionFigures:
    agent_id: str | None  # None for the total
    agent_name: str
    decisions: int
    granted: int
    money_granted_cents: int
    within: int
    checked: int
    satisfied: int
    customers: int
    customers_kept: int

    @property
    def share_within(self) -> float | None:
        return self.within / self.granted if self.granted else None

    @property
    def share_satisfied(self) -> float | None:
        return self.satisfied / self.granted if self.granted else None

    @property
    def share_kept(self) -> float | None:
        return self.customers_kept / self.customers if self.customers else None


@dataclass(frozen=True)
class Figures:
    since: datetime
    until: datetime
    currency: str
    total: DecisionFigures
    per_agent: tuple[DecisionFigures, ...]  # by agent name


def decision_figures(store: Store, *, since: datetime, until: datetime,
                     now: datetime | None = None) -> Figures:
    now = now or utcnow()
    with store.session() as s:
        pol = policy_for(policy_in(s), None)
        rows = s.scalars(select(Decision).where(Decision.at >= since, Decision.at < until)
                         .order_by(Decision.at, Decision.id)).all()
        outcomes = _latest_checks(s, [d.id for d in rows])
        kept_by_decision = _kept(s, [d for d in rows if _granted(d, pol)], pol, now)
        names = {a.id: a.name for a in s.scalars(select(Agent))}
    per_agent = []
    for agent_id in sorted({d.agent_id for d in rows if d.agent_id},
                           key=lambda a: (names.get(a, ""), a)):
        mine = [d for d in rows if d.agent_id == agent_id]
        per_agent.append(_figures(agent_id, names.get(agent_id, ""), mine, pol,
                                  outcomes=outcomes, kept=kept_by_decision))
    total = _figures(None, "", list(rows), pol, outcomes=outcomes, kept=kept_by_decision)
    return Figures(since, until, pol.currency, total, tuple(per_agent))


def _granted(d: Decision, pol: RolePolicy) -> bool:
    return d.authority_state in COUNTED_STATES and d.currency == pol.currency


def _figures(agent_id: str | None, name: str, rows: list[Decision], pol: RolePolicy, *,
             outcomes: dict[str, str | None], kept: dict[str, bool]) -> DecisionFigures:
    granted = [d for d in rows if _granted(d, pol)]
    first: dict[str, Decision] = {}
    for d in granted:  # rows come in (at, id) order
        first.setdefault(d.customer_id, d)
    return DecisionFigures(
        agent_id=agent_id, agent_name=name, decisions=len(rows), granted=len(granted),
        money_granted_cents=sum(d.amount_cents for d in granted),
        within=sum(1 for d in granted if d.authority_state == AuthorityState.WITHIN),
        checked=sum(1 for d in granted if outcomes.get(d.id) is not None),
        satisfied=sum(1 for d in granted if outcomes.get(d.id) == FollowUpOutcome.SATISFIED),
        customers=len(first),
        customers_kept=sum(1 for d in first.values() if kept.get(d.id)),
    )


def _latest_checks(s: Session, ids: list[str]) -> dict[str, str | None]:
    """Per decision, the outcome of its latest answered remedy check."""
    out: dict[str, str | None] = {}
    for chunk in (ids[i:i + 500] for i in range(0, len(ids), 500)):
        for decision_id, outcome in s.execute(select(FollowUp.decision_id, FollowUp.outcome).where(
                FollowUp.decision_id.in_(chunk), FollowUp.reason == FollowUpReason.REMEDY_CHECK,
                FollowUp.status == FollowUpStatus.DONE).order_by(FollowUp.done_at, FollowUp.id)):
            if decision_id is not None:
                out[decision_id] = outcome
    return out


def _kept(s: Session, granted: list[Decision], pol: RolePolicy, now: datetime) -> dict[str, bool]:
    """For each granted decision: was its customer kept (see the module's docstring)?"""
    out: dict[str, bool] = {}
    for d in granted:
        end = min(d.at + KEPT_WINDOW, now)
        day = local_day(d.at, pol.day_time_zone)
        contacts = s.scalars(select(Contact.at).where(
            Contact.customer_id == d.customer_id, Contact.at > d.at, Contact.at <= end)).all()
        again = any(local_day(at, pol.day_time_zone) > day for at in contacts)
        complaint = s.scalars(select(Case.id).where(
            Case.customer_id == d.customer_id, Case.opened_at > d.at, Case.opened_at <= end,
            Case.id != (d.case_id or ""))).first()
        out[d.id] = again and complaint is None
    return out
