"""Pieces shared by the case and follow-up services: the error, checks, and the writes
both need inside one unit of work (a follow-up row, a case reopened, a promise date)."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import func, select

from carecenter.db.models import Agent, Case, CaseStepEvent, Customer, FollowUp
from carecenter.domain import CaseStatus, FollowUpReason, FollowUpStatus
from carecenter.problems import Problem, Refused
from carecenter.services.uow import UnitOfWork

# Lifecycle events, kept with the step events (step ids cannot start with "_").
CLOSED = "_closed"
CLOSED_OVERRIDE = "_override"
REOPENED = "_reopened"
LIFECYCLE = frozenset({CLOSED, CLOSED_OVERRIDE, REOPENED})
WINDOW_HOURS = 12  # the longest window a promise may give
OPEN_STATUSES = (CaseStatus.OPEN.value, CaseStatus.IN_PROGRESS.value, CaseStatus.RESOLVED.value)


class CaseError(Refused):
    """A request the case services refuse: a ``Problem`` and its values."""


def aware(value: datetime, what: str = "time") -> datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"the {what} must be an aware UTC datetime")
    return value


def text_or_none(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip()
    return value or None


def check_customer(uow: UnitOfWork, customer_id: str) -> Customer:
    customer = uow.session.get(Customer, customer_id)
    if customer is None:
        raise CaseError(Problem.NO_CUSTOMER, id=customer_id)
    return customer


def check_agent(uow: UnitOfWork, agent_id: str | None) -> None:
    if agent_id is not None and uow.session.get(Agent, agent_id) is None:
        raise CaseError(Problem.NO_AGENT, id=agent_id)


def load_case(uow: UnitOfWork, case_id: str) -> Case:
    case = uow.session.get(Case, case_id)
    if case is None:
        raise CaseError(Problem.NO_CASE, id=case_id)
    return case


def check_window(due: datetime, due_until: datetime | None) -> None:
    """A promised window ends after it starts and lasts at most ``WINDOW_HOURS``."""
    if due_until is None:
        return
    aware(due_until, "window end")
    if due_until <= due:
        raise CaseError(Problem.WINDOW_BACKWARDS)
    if due_until - due > timedelta(hours=WINDOW_HOURS):
        raise CaseError(Problem.WINDOW_TOO_LONG, limit=WINDOW_HOURS)


def add_follow_up(uow: UnitOfWork, *, customer_id: str, due: datetime, reason: str,
                  now: datetime, assignee_id: str | None, note: str | None = None,
                  case_id: str | None = None, decision_id: str | None = None,
                  due_until: datetime | None = None) -> FollowUp:
    """A follow-up due at ``due`` (or in the window ``due``–``due_until``)."""
    aware(due, "due time")
    check_window(due, due_until)
    if (due_until or due) < now:
        raise CaseError(Problem.DUE_IN_PAST)
    check_agent(uow, assignee_id)
    return uow.add(FollowUp(
        customer_id=customer_id, case_id=case_id, decision_id=decision_id, due=due,
        due_until=due_until, assignee_id=assignee_id, reason=reason, note=note,
        status=FollowUpStatus.OPEN.value,
    ))


def refresh_promise_due(uow: UnitOfWork, case_id: str | None) -> None:
    """Case.promise_due: the earliest open promise made on the case (None when none)."""
    if case_id is None:
        return
    uow.session.flush()
    earliest = uow.session.scalar(select(func.min(FollowUp.due)).where(
        FollowUp.case_id == case_id, FollowUp.status == FollowUpStatus.OPEN.value,
        FollowUp.reason == FollowUpReason.PROMISE.value))
    case = load_case(uow, case_id)
    uow.update(case, promise_due=earliest)


def latest_in_chain(uow: UnitOfWork, case: Case) -> Case:
    """The newest case of a chain of reopenings that starts at ``case``."""
    for _ in range(100):
        newer = uow.session.scalars(select(Case).where(Case.reopens_id == case.id)
                                    .order_by(Case.opened_at.desc(), Case.id.desc())).first()
        if newer is None:
            return case
        case = newer
    return case


def reopen_in(uow: UnitOfWork, case: Case, *, agent_id: str | None, now: datetime,
              reason: str) -> tuple[Case, bool]:
    """Reopen ``case`` (or the newest case of its chain) as a new case naming it.

    Statuses only move forward, also in sync, so a closed case stays closed and its
    reopening is a new open case with the same customer, category and checklist.
    Returns the open case and whether it was made now (False: it was already open).
    """
    latest = latest_in_chain(uow, case)
    if latest.status != CaseStatus.CLOSED.value:
        return latest, False
    new = uow.add(Case(
        customer_id=latest.customer_id, category=latest.category, severity=latest.severity,
        status=CaseStatus.OPEN.value, summary=latest.summary, opened_at=now,
        opened_by_id=agent_id, reopens_id=latest.id,
        steps=[dict(s) for s in (latest.steps or [])], close_override=False,
    ))
    uow.add(CaseStepEvent(case_id=new.id, step=REOPENED, done=True, agent_id=agent_id,
                          at=now, note=reason))
    return new, True
