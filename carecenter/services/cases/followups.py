"""Follow-ups and promises: somebody calls back, and the console makes sure they do.

A promise made to a customer ("we call you back by Friday") is a follow-up with reason
``promise`` and a due time; on a case it also sets ``Case.promise_due`` (the earliest open
promise). Queues sort follow-ups by due time into overdue, due today (in the agent's time
zone) and upcoming. A follow-up is done with an outcome; ``not_satisfied`` reopens its
case. A remedy's follow-up (reason ``remedy_check``) names the decision it checks, so its
answer is the remedy's outcome.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta, tzinfo
from functools import cache

from sqlalchemy import Select, func, select
from sqlalchemy.orm import aliased

from carecenter.db.models import Agent, Customer, Decision, FollowUp
from carecenter.db.store import Store
from carecenter.domain import FollowUpOutcome, FollowUpReason, FollowUpStatus
from carecenter.problems import Problem
from carecenter.services.cases.casework import (
    CaseError,
    add_follow_up,
    aware,
    check_agent,
    check_customer,
    load_case,
    refresh_promise_due,
    reopen_in,
    text_or_none,
)
from carecenter.services.customers.family import family_ids
from carecenter.services.search.query import full_name
from carecenter.services.uow import ChangeSet, UnitOfWork

OVERDUE, TODAY, UPCOMING, DONE = "overdue", "today", "upcoming", "done"


@dataclass(frozen=True)
class FollowUpView:
    id: str
    customer_id: str
    customer_name: str
    case_id: str | None
    decision_id: str | None
    due: datetime
    assignee_id: str | None
    assignee_name: str | None
    reason: str  # FollowUpReason
    note: str | None  # the promise in words, or why to call
    status: str
    outcome: str | None
    outcome_note: str | None
    done_at: datetime | None
    done_by_id: str | None
    bucket: str  # overdue, today, upcoming, done
    due_until: datetime | None = None  # the end of a promised window (due is its start)

    @property
    def missed(self) -> bool:
        """A promised window that closed before anybody called: recover, then call."""
        return self.due_until is not None and self.bucket == OVERDUE

    def window_open(self, now: datetime) -> bool:
        return self.due_until is not None and self.due <= now <= self.due_until


@dataclass(frozen=True)
class QueueCounts:
    overdue: int = 0
    today: int = 0
    upcoming: int = 0

    @property
    def total(self) -> int:
        return self.overdue + self.today + self.upcoming


@dataclass(frozen=True)
class Queue:
    """Open follow-ups by due time: overdue (oldest first), due today, upcoming."""

    overdue: tuple[FollowUpView, ...] = ()
    today: tuple[FollowUpView, ...] = ()
    upcoming: tuple[FollowUpView, ...] = ()

    @property
    def counts(self) -> QueueCounts:
        return QueueCounts(len(self.overdue), len(self.today), len(self.upcoming))

    @property
    def all(self) -> tuple[FollowUpView, ...]:
        return self.overdue + self.today + self.upcoming


@dataclass(frozen=True)
class OpenPromises:
    """What the customer view's banner shows: open promises (overdue ones flagged by
    their bucket) and other follow-ups that are overdue."""

    promises: tuple[FollowUpView, ...]
    overdue_follow_ups: tuple[FollowUpView, ...]

    @property
    def overdue_promises(self) -> tuple[FollowUpView, ...]:
        return tuple(p for p in self.promises if p.bucket == OVERDUE)

    def __bool__(self) -> bool:
        return bool(self.promises or self.overdue_follow_ups)


@dataclass(frozen=True)
class FollowUpWrite:
    follow_up: FollowUpView
    changes: ChangeSet


@dataclass(frozen=True)
class CompleteResult:
    follow_up: FollowUpView
    changes: ChangeSet
    reopened_case_id: str | None = None  # the new case when "not satisfied" reopened one


# -- reading -------------------------------------------------------------------------------

def _end_of_today(now: datetime, tz: tzinfo) -> datetime:
    local = now.astimezone(tz)
    tomorrow = datetime.combine(local.date() + timedelta(days=1), time(0), tzinfo=tz)
    return tomorrow.astimezone(UTC)


def _bucket(fu: FollowUp, now: datetime, end_of_today: datetime) -> str:
    if fu.status != FollowUpStatus.OPEN.value:
        return DONE
    if (fu.due_until or fu.due) < now:
        return OVERDUE
    return TODAY if fu.due < end_of_today else UPCOMING


@cache
def _assignee() -> type[Agent]:
    """The assignee's alias, made at first use: ``aliased`` configures every mapper, which
    importing this module (the console does it before searches run) should not."""
    return aliased(Agent)


def _query() -> Select[FollowUp, Customer, str]:
    assignee = _assignee()
    return (select(FollowUp, Customer, assignee.name)
            .join(Customer, Customer.id == FollowUp.customer_id)
            .outerjoin(assignee, assignee.id == FollowUp.assignee_id))


def _views(store: Store, q: Select[FollowUp, Customer, str], now: datetime,
           tz: tzinfo = UTC) -> list[FollowUpView]:
    end = _end_of_today(now, tz)
    with store.session() as s:
        rows = s.execute(q.order_by(FollowUp.due, FollowUp.id)).all()
        return [_view(fu, c, name, now, end) for fu, c, name in rows]


def _view(fu: FollowUp, c: Customer, assignee: str | None, now: datetime,
          end: datetime) -> FollowUpView:
    return FollowUpView(
        id=fu.id, customer_id=fu.customer_id,
        customer_name=full_name(c.first_name, c.last_name, c.company),
        case_id=fu.case_id, decision_id=fu.decision_id, due=fu.due,
        assignee_id=fu.assignee_id, assignee_name=assignee, reason=fu.reason, note=fu.note,
        status=fu.status, outcome=fu.outcome, outcome_note=fu.outcome_note,
        done_at=fu.done_at, done_by_id=fu.done_by_id, bucket=_bucket(fu, now, end),
        due_until=fu.due_until)


def _queue(views: Iterable[FollowUpView], now: datetime) -> Queue:
    """Due windows open now first in "today" (the one closing soonest first)."""
    items = list(views)
    today = sorted((v for v in items if v.bucket == TODAY),
                   key=lambda v: (not v.window_open(now), v.due_until or v.due, v.due))
    return Queue(tuple(v for v in items if v.bucket == OVERDUE), tuple(today),
                 tuple(v for v in items if v.bucket == UPCOMING))


def get_follow_up(store: Store, follow_up_id: str, now: datetime,
                  tz: tzinfo = UTC) -> FollowUpView:
    views = _views(store, _query().where(FollowUp.id == follow_up_id), now, tz)
    if not views:
        raise CaseError(Problem.NO_FOLLOW_UP, id=follow_up_id)
    return views[0]


def my_follow_ups(store: Store, agent_id: str, now: datetime, tz: tzinfo = UTC) -> Queue:
    """The open follow-ups assigned to ``agent_id``; "today" ends at midnight in ``tz``."""
    aware(now)
    return _queue(_views(store, _query().where(
        FollowUp.assignee_id == agent_id, FollowUp.status == FollowUpStatus.OPEN.value),
        now, tz), now)


def team_queue(store: Store, now: datetime, tz: tzinfo = UTC, *, team: str | None = None
               ) -> Queue:
    """Every open follow-up (with ``team``: those assigned to that team's agents)."""
    aware(now)
    q = _query().where(FollowUp.status == FollowUpStatus.OPEN.value)
    if team is not None:
        q = q.where(_assignee().team == team)
    return _queue(_views(store, q, now, tz), now)


def queue_counts(store: Store, now: datetime, tz: tzinfo = UTC, *,
                 agent_id: str | None = None) -> QueueCounts:
    """Counts for the status bar, without loading the rows (all open ones, or an agent's)."""
    aware(now)
    end = _end_of_today(now, tz)
    base = select(func.count()).select_from(FollowUp).where(
        FollowUp.status == FollowUpStatus.OPEN.value)
    if agent_id is not None:
        base = base.where(FollowUp.assignee_id == agent_id)
    ends = func.coalesce(FollowUp.due_until, FollowUp.due)
    with store.session() as s:
        overdue = s.scalar(base.where(ends < now)) or 0
        today = s.scalar(base.where(ends >= now, FollowUp.due < end)) or 0
        upcoming = s.scalar(base.where(ends >= now, FollowUp.due >= end)) or 0
    return QueueCounts(overdue, today, upcoming)


def open_promises(store: Store, customer_id: str, now: datetime) -> OpenPromises:
    """For the customer view's banner: the open promises made to the customer (and to
    customers merged into it), by due time, and the other follow-ups that are overdue."""
    aware(now)
    with store.session() as s:
        family = family_ids(s.connection(), customer_id)
    views = _views(store, _query().where(FollowUp.customer_id.in_(family),
                                         FollowUp.status == FollowUpStatus.OPEN.value), now)
    promises = tuple(v for v in views if v.reason == FollowUpReason.PROMISE.value)
    overdue = tuple(v for v in views
                    if v.reason != FollowUpReason.PROMISE.value and v.bucket == OVERDUE)
    return OpenPromises(promises, overdue)


def remedy_outcomes(store: Store, decision_ids: Iterable[str]) -> dict[str, str | None]:
    """For each decision: the outcome of its latest done remedy check (None: not yet)."""
    ids = list(decision_ids)
    out: dict[str, str | None] = dict.fromkeys(ids)
    if not ids:
        return out
    with store.session() as s:
        rows = s.execute(select(FollowUp.decision_id, FollowUp.outcome).where(
            FollowUp.decision_id.in_(ids), FollowUp.status == FollowUpStatus.DONE.value,
            FollowUp.reason == FollowUpReason.REMEDY_CHECK.value)
            .order_by(FollowUp.done_at, FollowUp.id)).all()
    for decision_id, outcome in rows:
        if decision_id is not None:
            out[decision_id] = outcome
    return out


# -- writing -------------------------------------------------------------------------------

def _written(store: Store, fu_id: str, changes: ChangeSet, now: datetime) -> FollowUpWrite:
    return FollowUpWrite(get_follow_up(store, fu_id, now), changes)


def record_promise(store: Store, *, customer_id: str, text: str, due: datetime,
                   agent_id: str | None, now: datetime, case_id: str | None = None,
                   assignee_id: str | None = None,
                   due_until: datetime | None = None) -> FollowUpWrite:
    """Record what was promised and by when (or in which window, ``due``–``due_until``);
    it becomes a follow-up (reason promise) for ``assignee_id`` or the agent who
    promised, and sets the case's promise due time."""
    aware(now)
    words = text_or_none(text)
    if words is None:
        raise CaseError(Problem.PROMISE_EMPTY)
    with UnitOfWork(store) as uow:
        check_customer(uow, customer_id)
        check_agent(uow, agent_id)
        if case_id is not None and load_case(uow, case_id).customer_id != customer_id:
            raise CaseError(Problem.CASE_OF_ANOTHER_CUSTOMER)
        fu = add_follow_up(uow, customer_id=customer_id, case_id=case_id, due=due,
                           reason=FollowUpReason.PROMISE.value, now=now,
                           assignee_id=assignee_id or agent_id, note=words,
                           due_until=due_until)
        refresh_promise_due(uow, case_id)
    return _written(store, fu.id, uow.changes, now)


def schedule_follow_up(store: Store, *, customer_id: str, due: datetime,
                       assignee_id: str | None, now: datetime, case_id: str | None = None,
                       note: str | None = None,
                       reason: str = FollowUpReason.CALL_BACK.value,
                       due_until: datetime | None = None) -> FollowUpWrite:
    """A call-back (or another reason) for ``assignee_id`` at ``due`` (or in the window
    ``due``–``due_until``)."""
    aware(now)
    if reason not in {r.value for r in FollowUpReason}:
        raise CaseError(Problem.BAD_FOLLOW_UP_REASON)
    with UnitOfWork(store) as uow:
        check_customer(uow, customer_id)
        if case_id is not None and load_case(uow, case_id).customer_id != customer_id:
            raise CaseError(Problem.CASE_OF_ANOTHER_CUSTOMER)
        fu = add_follow_up(uow, customer_id=customer_id, case_id=case_id, due=due,
                           reason=reason, now=now, assignee_id=assignee_id,
                           note=text_or_none(note), due_until=due_until)
        if reason == FollowUpReason.PROMISE.value:
            refresh_promise_due(uow, case_id)
    return _written(store, fu.id, uow.changes, now)


def schedule_remedy_check(store: Store, *, decision_id: str, due: datetime,
                          assignee_id: str | None, now: datetime,
                          note: str | None = None) -> FollowUpWrite:
    """The follow-up asking whether a granted remedy worked; its answer is linked to the
    decision (see :func:`remedy_outcomes`)."""
    aware(now)
    with UnitOfWork(store) as uow:
        decision = uow.session.get(Decision, decision_id)
        if decision is None:
            raise CaseError(Problem.NO_DECISION, id=decision_id)
        fu = add_follow_up(uow, customer_id=decision.customer_id, case_id=decision.case_id,
                           decision_id=decision.id, due=due,
                           reason=FollowUpReason.REMEDY_CHECK.value, now=now,
                           assignee_id=assignee_id or decision.agent_id,
                           note=text_or_none(note))
    return _written(store, fu.id, uow.changes, now)


def _open_follow_up(uow: UnitOfWork, follow_up_id: str) -> FollowUp:
    fu = uow.session.get(FollowUp, follow_up_id)
    if fu is None:
        raise CaseError(Problem.NO_FOLLOW_UP, id=follow_up_id)
    if fu.status != FollowUpStatus.OPEN.value:
        raise CaseError(Problem.FOLLOW_UP_DONE)
    return fu


def reschedule(store: Store, follow_up_id: str, *, due: datetime, now: datetime,
               assignee_id: str | None = None) -> FollowUpWrite:
    """Move an open follow-up to a new due time (and assignee, when given); a window
    keeps its length."""
    aware(now)
    aware(due, "due time")
    if due < now:
        raise CaseError(Problem.DUE_IN_PAST)
    with UnitOfWork(store) as uow:
        fu = _open_follow_up(uow, follow_up_id)
        changes: dict[str, object] = {"due": due}
        if fu.due_until is not None:
            changes["due_until"] = due + (fu.due_until - fu.due)
        if assignee_id is not None:
            check_agent(uow, assignee_id)
            changes["assignee_id"] = assignee_id
        uow.update(fu, **changes)
        if fu.reason == FollowUpReason.PROMISE.value:
            refresh_promise_due(uow, fu.case_id)
    return _written(store, follow_up_id, uow.changes, now)


def complete_follow_up(store: Store, follow_up_id: str, *, outcome: str,
                       agent_id: str | None, now: datetime,
                       note: str | None = None) -> CompleteResult:
    """Done with an outcome: satisfied, not_satisfied or unreachable. ``not_satisfied``
    reopens the follow-up's case when it is closed (a new case naming it)."""
    aware(now)
    if outcome not in {o.value for o in FollowUpOutcome}:
        raise CaseError(Problem.BAD_FOLLOW_UP_OUTCOME)
    words = text_or_none(note)
    reopened: str | None = None
    with UnitOfWork(store) as uow:
        fu = _open_follow_up(uow, follow_up_id)
        check_agent(uow, agent_id)
        uow.update(fu, status=FollowUpStatus.DONE.value, outcome=outcome, outcome_note=words,
                   done_at=now, done_by_id=agent_id)
        if fu.reason == FollowUpReason.PROMISE.value:
            refresh_promise_due(uow, fu.case_id)
        if outcome == FollowUpOutcome.NOT_SATISFIED.value and fu.case_id is not None:
            why = "The customer is not satisfied" + (f": {words}" if words else ".")
            case, made = reopen_in(uow, load_case(uow, fu.case_id), agent_id=agent_id,
                                   now=now, reason=why)
            reopened = case.id if made else None
    return CompleteResult(get_follow_up(store, follow_up_id, now), uow.changes, reopened)
