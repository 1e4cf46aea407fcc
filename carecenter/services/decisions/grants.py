"""In-place decisions: weigh a remedy against the agent's authority, grant it, ask for
approval or override with a reason; supervisors answer approval requests.

Everything works on the local store alone (offline too): the limits are enforced with
the decisions this workstation knows, and the hub checks them again once every
workstation's decisions meet (``authority.find_cap_breaches``). A decision is an
append-only record; only its authority state moves forward (pending -> approved or
rejected, within -> exceeds_cap). A granted remedy schedules a follow-up
(reason ``remedy_check``) asking whether it worked.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import StrEnum

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from carecenter.clock import utcnow
from carecenter.db.models import Agent, Case, Customer, Decision, DecisionAnswer, FollowUp
from carecenter.db.store import Store
from carecenter.domain import AuthorityState, FollowUpReason, Role
from carecenter.problems import Problem
from carecenter.services.customers.family import family_ids
from carecenter.services.decisions.authority import (
    WINDOW_CUSTOMER,
    AuthorityError,
    DecisionFact,
    Meter,
    RemedySpec,
    day_bounds,
    local_day,
    meter,
    policy_for,
)
from carecenter.services.decisions.catalogue import catalogue_in, policy_in
from carecenter.services.decisions.units import UnitMeter, unit_meter
from carecenter.services.uow import ChangeSet, UnitOfWork

MAX_REASON = 2000
ANSWERING_ROLES = frozenset({Role.SUPERVISOR, Role.ADMIN})

class DecisionError(AuthorityError):
    """A decision or an answer cannot be recorded; one sentence for the user."""


class Action(StrEnum):
    GRANT = "grant"                        # within authority: granted at once
    REQUEST_APPROVAL = "request_approval"  # queued for a supervisor (state pending)
    OVERRIDE = "override"                  # over a limit with a written reason


@dataclass(frozen=True)
class DecisionInfo:
    id: str
    customer_id: str
    case_id: str | None
    agent_id: str | None
    remedy: str
    amount_cents: int
    currency: str
    reason: str | None
    authority_state: str
    at: datetime
    quantity: int | None = None  # a remedy that costs nothing: how much of its unit


@dataclass(frozen=True)
class GrantResult:
    decision: DecisionInfo
    meter: Meter | UnitMeter  # as weighed when it was recorded (UnitMeter: costs nothing)
    follow_up_id: str | None
    changes: ChangeSet


@dataclass(frozen=True)
class AnswerResult:
    decision: DecisionInfo
    answer_id: str
    follow_up_id: str | None
    changes: ChangeSet


@dataclass(frozen=True)
class Answer:
    by_id: str | None
    by_name: str | None
    approved: bool
    note: str | None
    at: datetime


@dataclass(frozen=True)
class ApprovalRequest:
    """A request as the approval queue and the agent see it."""

    decision: DecisionInfo
    agent_name: str | None
    customer_name: str
    meter: Meter  # weighed as when it was asked: which limits, by how much
    answer: Answer | None  # the latest answer, None while pending
    unit_meter: UnitMeter | None = None  # for a remedy that costs nothing, its own meter


def info(d: Decision) -> DecisionInfo:
    return DecisionInfo(d.id, d.customer_id, d.case_id, d.agent_id, d.remedy, d.amount_cents,
                        d.currency, d.reason, d.authority_state, d.at, d.quantity)


def fact(d: Decision) -> DecisionFact:
    return DecisionFact(d.id, d.customer_id, d.agent_id, d.amount_cents, d.currency, d.at,
                        d.authority_state, d.remedy, d.quantity)


# -- weighing ----------------------------------------------------------------------------

def weigh(store: Store, *, agent_id: str, customer_id: str, amount_cents: int,
          currency: str, now: datetime | None = None) -> Meter:
    """The authority meter for a decision not yet made (what the grant dialog shows)."""
    now = now or utcnow()
    with store.session() as s:
        return _weigh(s, _agent(s, agent_id), customer_id, amount_cents, currency, now=now,
                      leave_out=None)


def _weigh(s: Session, agent: Agent, customer_id: str, amount_cents: int, currency: str, *,
           now: datetime, leave_out: str | None) -> Meter:
    policies = policy_in(s)
    tz = policy_for(policies, agent.role).day_time_zone
    family = family_ids(s.connection(), customer_id)
    start, end = day_bounds(local_day(now, tz), tz)
    rows = s.scalars(select(Decision).where(
        Decision.id != (leave_out or ""),
        or_(and_(Decision.customer_id.in_(family), Decision.at > now - WINDOW_CUSTOMER),
            and_(Decision.agent_id == agent.id, Decision.at >= start, Decision.at < end)),
    )).all()
    # Decisions made for customers since merged into this one count as this customer's.
    facts = [fact(d) for d in rows]
    facts = [replace(f, customer_id=customer_id if f.customer_id in family else f.customer_id)
             for f in facts]
    try:
        return meter(policies, agent.role, agent_id=agent.id, customer_id=customer_id,
                     amount_cents=amount_cents, currency=currency, prior=facts, now=now)
    except AuthorityError as exc:
        raise DecisionError(exc.code, **exc.values) from exc


def weigh_units(s: Session, agent: Agent, customer_id: str, spec: RemedySpec, quantity: int,
                *, now: datetime, leave_out: str | None = None) -> UnitMeter:
    """The meter of a remedy that costs nothing, in its unit (``units.unit_meter``)."""
    family = family_ids(s.connection(), customer_id)
    rows = s.scalars(select(Decision).where(
        Decision.id != (leave_out or ""), Decision.customer_id.in_(family),
        Decision.remedy == spec.code, Decision.quantity.is_not(None),
        Decision.at > now - WINDOW_CUSTOMER)).all()
    facts = [replace(fact(d), customer_id=customer_id) for d in rows]
    try:
        return unit_meter(policy_in(s), agent.role, remedy=spec.code, unit=spec.unit,
                          customer_id=customer_id, quantity=quantity, prior=facts, now=now)
    except AuthorityError as exc:
        raise DecisionError(exc.code, **exc.values) from exc


# -- granting ----------------------------------------------------------------------------

def grant(store: Store, *, agent_id: str, customer_id: str, remedy: str, amount_cents: int,
          currency: str, action: Action = Action.GRANT, reason: str | None = None,
          case_id: str | None = None, now: datetime | None = None,
          quantity: int | None = None) -> GrantResult:
    """Record a decision, weighed against the agent's authority in the same transaction.

    A remedy that costs nothing is granted in ``quantity`` of its unit (its default
    quantity when None), weighed against its own limits; its amount is 0 in the policy's
    currency.

    ``GRANT`` needs the amount within every limit; ``OVERRIDE`` needs a written reason and
    a policy that allows it (within every limit it is a plain grant); ``REQUEST_APPROVAL``
    queues the decision (state ``pending``) for a supervisor.
    """
    now = now or utcnow()
    reason = (reason or "").strip() or None
    if action is Action.OVERRIDE and reason is None:
        raise DecisionError(Problem.OVERRIDE_NEEDS_REASON)
    if reason is not None and len(reason) > MAX_REASON:
        raise DecisionError(Problem.REASON_TOO_LONG, limit=MAX_REASON)
    with UnitOfWork(store) as uow:
        s = uow.session
        agent = _agent(s, agent_id)
        if s.get(Customer, customer_id) is None:
            raise DecisionError(Problem.CUSTOMER_UNKNOWN_HERE)
        if case_id is not None:
            case = s.get(Case, case_id)
            if case is None or case.customer_id != customer_id:
                raise DecisionError(Problem.CASE_NOT_THE_CUSTOMERS)
        spec = catalogue_in(s).get(remedy)
        if spec is None:
            raise DecisionError(Problem.REMEDY_UNKNOWN, remedy=remedy)
        m: Meter | UnitMeter
        if spec.costs_money:
            quantity = None
            m = _weigh(s, agent, customer_id, amount_cents, currency, now=now, leave_out=None)
        else:
            quantity = spec.default_quantity if quantity is None else quantity
            m = weigh_units(s, agent, customer_id, spec, quantity, now=now)
            amount_cents, currency = 0, policy_for(policy_in(s), agent.role).currency
        state = _state(action, m)
        d = uow.add(Decision(customer_id=customer_id, case_id=case_id, agent_id=agent.id,
                             remedy=remedy, amount_cents=amount_cents, currency=currency,
                             reason=reason, authority_state=state, at=now, quantity=quantity))
        follow_up = None
        if state != AuthorityState.PENDING:
            follow_up = _schedule_check(uow, d, agent.id, now + timedelta(days=spec.follow_up_days))
        result = info(d)
    return GrantResult(result, m, follow_up, uow.changes)


def _state(action: Action, m: Meter | UnitMeter) -> AuthorityState:
    if action is Action.REQUEST_APPROVAL:
        return AuthorityState.PENDING
    if m.within:
        return AuthorityState.WITHIN
    if action is Action.GRANT:
        raise DecisionError(Problem.OVER_AUTHORITY, limits=m.over, may_override=m.may_override)
    if not m.may_override:
        raise DecisionError(Problem.OVER_AUTHORITY_NO_OVERRIDE, limits=m.over)
    return AuthorityState.OVERRIDE


def _schedule_check(uow: UnitOfWork, d: Decision, assignee: str | None, due: datetime) -> str:
    f = uow.add(FollowUp(customer_id=d.customer_id, case_id=d.case_id, decision_id=d.id,
                         due=due, assignee_id=assignee, reason=FollowUpReason.REMEDY_CHECK))
    return f.id


def _agent(s: Session, agent_id: str) -> Agent:
    agent = s.get(Agent, agent_id)
    if agent is None:
        raise DecisionError(Problem.AGENT_UNKNOWN_HERE)
    return agent


# -- approvals ---------------------------------------------------------------------------

def answer_request(store: Store, *, decision_id: str, supervisor_id: str, approve: bool,
                   note: str | None = None, now: datetime | None = None) -> AnswerResult:
    """A supervisor approves or refuses a pending request (a refusal says why)."""
    now = now or utcnow()
    note = (note or "").strip() or None
    with UnitOfWork(store) as uow:
        s = uow.session
        supervisor = _agent(s, supervisor_id)
        if supervisor.role not in ANSWERING_ROLES:
            raise DecisionError(Problem.ONLY_SUPERVISOR_ANSWERS)
        d = s.get(Decision, decision_id)
        if d is None:
            raise DecisionError(Problem.DECISION_UNKNOWN_HERE)
        if d.authority_state != AuthorityState.PENDING:
            raise DecisionError(Problem.REQUEST_NOT_WAITING, state=d.authority_state)
        if d.agent_id == supervisor.id:
            raise DecisionError(Problem.OWN_REQUEST)
        if not approve and note is None:
            raise DecisionError(Problem.REFUSAL_NEEDS_REASON)
        if note is not None and len(note) > MAX_REASON:
            raise DecisionError(Problem.NOTE_TOO_LONG, limit=MAX_REASON)
        a = uow.add(DecisionAnswer(decision_id=d.id, by_id=supervisor.id, approved=approve,
                                   note=note, at=now))
        uow.update(d, authority_state=AuthorityState.APPROVED if approve
                   else AuthorityState.REJECTED)
        follow_up = None
        if approve:
            known = catalogue_in(s, retired=True)
            spec = known.get(d.remedy)
            days = spec.follow_up_days if spec else known.follow_up_days
            follow_up = _schedule_check(uow, d, d.agent_id, now + timedelta(days=days))
        result = info(d)
    return AnswerResult(result, a.id, follow_up, uow.changes)


def approval_queue(store: Store) -> tuple[ApprovalRequest, ...]:
    """Requests waiting for a supervisor, oldest first."""
    with store.session() as s:
        rows = s.scalars(select(Decision).where(Decision.authority_state == AuthorityState.PENDING)
                         .order_by(Decision.at, Decision.id)).all()
        return tuple(_request(s, d) for d in rows)


def my_requests(store: Store, agent_id: str, *, since: datetime | None = None,
                now: datetime | None = None) -> tuple[ApprovalRequest, ...]:
    """The agent's approval requests and their answers (default: the last 30 days),
    newest first."""
    since = since or (now or utcnow()) - WINDOW_CUSTOMER
    with store.session() as s:
        asked = select(DecisionAnswer.decision_id)
        rows = s.scalars(select(Decision).where(
            Decision.agent_id == agent_id, Decision.at >= since,
            or_(Decision.authority_state == AuthorityState.PENDING, Decision.id.in_(asked)),
        ).order_by(Decision.at.desc(), Decision.id.desc())).all()
        return tuple(_request(s, d) for d in rows)


def _request(s: Session, d: Decision) -> ApprovalRequest:
    agent = s.get(Agent, d.agent_id) if d.agent_id else None
    customer = s.get(Customer, d.customer_id)
    if agent is not None:
        m = _weigh(s, agent, d.customer_id, d.amount_cents, d.currency, now=d.at,
                   leave_out=d.id)
    else:
        m = meter(policy_in(s), None, agent_id=None, customer_id=d.customer_id,
                  amount_cents=d.amount_cents, currency=d.currency, prior=(), now=d.at)
    latest = s.scalars(select(DecisionAnswer).where(DecisionAnswer.decision_id == d.id)
                       .order_by(DecisionAnswer.at.desc(), DecisionAnswer.id.desc())).first()
    answer = None
    if latest is not None:
        by = s.get(Agent, latest.by_id) if latest.by_id else None
        answer = Answer(latest.by_id, by.name if by else None, latest.approved, latest.note,
                        latest.at)
    um = None
    spec = catalogue_in(s, retired=True).get(d.remedy)
    if d.quantity is not None and spec is not None and agent is not None:
        um = weigh_units(s, agent, d.customer_id, spec, d.quantity, now=d.at, leave_out=d.id)
    return ApprovalRequest(info(d), agent.name if agent else None, _customer_name(customer), m,
                           answer, um)


def _customer_name(c: Customer | None) -> str:
    if c is None:
        return ""
    name = " ".join(p for p in (c.first_name, c.last_name) if p)
    return name or c.company or c.customer_ref


def customer_decisions(store: Store, customer_id: str) -> tuple[DecisionInfo, ...]:
    """Every decision for the customer (and those merged into them), newest first."""
    with store.session() as s:
        family = family_ids(s.connection(), customer_id)
        rows = s.scalars(select(Decision).where(Decision.customer_id.in_(family))
                         .order_by(Decision.at.desc(), Decision.id.desc())).all()
        return tuple(info(d) for d in rows)
