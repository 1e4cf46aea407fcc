"""Cases and their service-recovery checklist.

A case is opened with a category, a severity and what happened in the customer's words;
it keeps a copy of its category's steps. Each tick or untick is an append-only step event
(who, when, note); the state of the checklist is derived from the events, latest first.
Ticking ``follow_up`` schedules a follow-up; ticking ``compensate`` records what was
offered in its note (the remedy dialog of the decisions issue will take over).
Closing with unticked steps is refused unless a reason is given; such a close is marked
``close_override`` and counted in the supervisor's figures. Reopening a closed case makes a
new case that names it (statuses only move forward, also in sync).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from carecenter.db.models import Agent, Case, CaseStepEvent, CharterCitation, Contact
from carecenter.db.store import Store
from carecenter.domain import CaseStatus, FollowUpReason, Severity
from carecenter.problems import Problem
from carecenter.services.cases.casework import (
    CLOSED,
    CLOSED_OVERRIDE,
    LIFECYCLE,
    CaseError,
    add_follow_up,
    aware,
    check_agent,
    check_customer,
    latest_in_chain,
    load_case,
    reopen_in,
    text_or_none,
)
from carecenter.services.cases.checklists import (
    COMPENSATE,
    FOLLOW_UP,
    Step,
    Templates,
    load_templates,
)
from carecenter.services.uow import ChangeSet, UnitOfWork

__all__ = [
    "CaseError", "CaseView", "CaseWrite", "CloseResult", "StepEvent", "StepState",
    "case_history", "close_case", "customer_cases", "get_case", "open_case", "reopen_case",
    "tick_step", "untick_step",
]


@dataclass(frozen=True)
class StepState:
    id: str
    labels: Mapping[str, str]
    hints: Mapping[str, str]
    done: bool
    by_id: str | None = None  # who ticked (or unticked) it last
    by_name: str | None = None
    at: datetime | None = None
    note: str | None = None

    def label(self, lang: str) -> str:
        return self.labels.get(lang) or self.labels.get("en") or self.id


@dataclass(frozen=True)
class StepEvent:
    """One line of the case's history: a step ticked/unticked, or ``_closed``,
    ``_override`` (closed with unticked steps) or ``_reopened``."""

    id: str
    step: str
    done: bool
    agent_id: str | None
    agent_name: str | None
    at: datetime
    note: str | None


@dataclass(frozen=True)
class CaseView:
    id: str
    customer_id: str
    category: str
    severity: str
    status: str
    summary: str | None
    opened_at: datetime
    opened_by_id: str | None
    closed_at: datetime | None
    close_reason: str | None
    close_override: bool
    promise_due: datetime | None
    reopens_id: str | None
    steps: tuple[StepState, ...] = ()
    last_told: datetime | None = None  # the latest outbound contact about the case
    clauses: tuple[str, ...] = ()  # the service charter's clauses cited on it, in order

    @property
    def is_closed(self) -> bool:
        return self.status == CaseStatus.CLOSED.value

    @property
    def open_steps(self) -> tuple[StepState, ...]:
        return tuple(s for s in self.steps if not s.done)


@dataclass(frozen=True)
class CaseWrite:
    case: CaseView
    changes: ChangeSet
    follow_up_id: str | None = None  # the follow-up a "follow up" tick scheduled


@dataclass(frozen=True)
class CloseResult:
    """``closed`` False: nothing was written; ``open_steps`` need a reason to close."""

    closed: bool
    case: CaseView
    open_steps: tuple[StepState, ...] = ()
    changes: ChangeSet = field(default_factory=ChangeSet)


# -- reading -------------------------------------------------------------------------------

@cache
def _shipped() -> Templates:
    return load_templates()


def _case_steps(case: Case) -> tuple[Step, ...]:
    if case.steps:
        return tuple(Step.from_json(s) for s in case.steps)
    # A case made without a copy of its steps (older data): the shipped template.
    templates = _shipped()
    tpl = templates.get(case.category) or templates.get("other")
    return tpl.steps if tpl else ()


def _told(session: Session, case_ids: list[str]) -> dict[str, datetime]:
    """When each case's customer was last told: its latest outbound contact."""
    if not case_ids:
        return {}
    rows = session.execute(select(Contact.case_id, func.max(Contact.at)).where(
        Contact.case_id.in_(case_ids), Contact.direction == "outbound")
        .group_by(Contact.case_id)).all()
    return {cid: at for cid, at in rows if cid is not None}


def _view(case: Case, events: list[tuple[CaseStepEvent, str | None]],
          told: datetime | None = None, clauses: tuple[str, ...] = ()) -> CaseView:
    latest: dict[str, tuple[CaseStepEvent, str | None]] = {}
    for ev, name in events:  # in time order: the last one wins
        latest[ev.step] = (ev, name)
    steps = []
    for step in _case_steps(case):
        ev_name = latest.get(step.id)
        if ev_name is None:
            steps.append(StepState(step.id, step.labels, step.hints, False))
        else:
            ev, name = ev_name
            steps.append(StepState(step.id, step.labels, step.hints, ev.done, ev.agent_id,
                                   name, ev.at, ev.note))
    return CaseView(
        id=case.id, customer_id=case.customer_id, category=case.category,
        severity=case.severity, status=case.status, summary=case.summary,
        opened_at=case.opened_at, opened_by_id=case.opened_by_id, closed_at=case.closed_at,
        close_reason=case.close_reason, close_override=bool(case.close_override),
        promise_due=case.promise_due, reopens_id=case.reopens_id, steps=tuple(steps),
        last_told=told,
        clauses=clauses,
    )


def _clauses(session: Session, case_id: str) -> tuple[str, ...]:
    cited = session.scalars(select(CharterCitation.clause)
                            .where(CharterCitation.case_id == case_id)
                            .order_by(CharterCitation.at, CharterCitation.id)).all()
    return tuple(dict.fromkeys(cited))


def _events(session: Session, case_id: str) -> list[tuple[CaseStepEvent, str | None]]:
    rows = session.execute(
        select(CaseStepEvent, Agent.name).outerjoin(Agent, Agent.id == CaseStepEvent.agent_id)
        .where(CaseStepEvent.case_id == case_id)
        .order_by(CaseStepEvent.at, CaseStepEvent.hlc, CaseStepEvent.id)).all()
    return [(ev, name) for ev, name in rows]


def get_case(store: Store, case_id: str) -> CaseView:
    with store.session() as s:
        case = s.get(Case, case_id)
        if case is None:
            raise CaseError(Problem.NO_CASE, id=case_id)
        return _view(case, _events(s, case_id), _told(s, [case_id]).get(case_id),
                     _clauses(s, case_id))


def case_history(store: Store, case_id: str) -> tuple[StepEvent, ...]:
    """Every step and lifecycle event of the case, oldest first."""
    with store.session() as s:
        return tuple(StepEvent(ev.id, ev.step, ev.done, ev.agent_id, name, ev.at, ev.note)
                     for ev, name in _events(s, case_id))


def customer_cases(store: Store, customer_id: str, *, include_closed: bool = False
                   ) -> tuple[CaseView, ...]:
    """The customer's cases, newest first (open ones only unless ``include_closed``)."""
    with store.session() as s:
        q = select(Case).where(Case.customer_id == customer_id)
        if not include_closed:
            q = q.where(Case.status != CaseStatus.CLOSED.value)
        cases = s.scalars(q.order_by(Case.opened_at.desc(), Case.id.desc())).all()
        told = _told(s, [c.id for c in cases])
        return tuple(_view(c, _events(s, c.id), told.get(c.id), _clauses(s, c.id))
                     for c in cases)


# -- writing -------------------------------------------------------------------------------

def open_case(store: Store, templates: Templates, *, customer_id: str, category: str,
              summary: str, severity: str = Severity.MEDIUM.value, agent_id: str | None,
              now: datetime) -> CaseWrite:
    """Open a case with the steps of ``category``'s template."""
    aware(now)
    tpl = templates.get(category)
    if tpl is None:
        raise CaseError(Problem.NO_CHECKLIST, category=category,
                        categories=tuple(templates.codes))
    if severity not in {s.value for s in Severity}:
        raise CaseError(Problem.BAD_SEVERITY)
    text = text_or_none(summary)
    if text is None:
        raise CaseError(Problem.NO_DESCRIPTION)
    with UnitOfWork(store) as uow:
        check_customer(uow, customer_id)
        check_agent(uow, agent_id)
        case = uow.add(Case(
            customer_id=customer_id, category=category, severity=severity,
            status=CaseStatus.OPEN.value, summary=text, opened_at=now, opened_by_id=agent_id,
            steps=[s.as_json() for s in tpl.steps], close_override=False,
        ))
    return CaseWrite(get_case(store, case.id), uow.changes)


def _open_case_for_change(uow: UnitOfWork, case_id: str) -> Case:
    case = load_case(uow, case_id)
    if case.status == CaseStatus.CLOSED.value:
        raise CaseError(Problem.CASE_CLOSED_CHECKLIST)
    return case


def _step(case: Case, step_id: str) -> Step:
    for step in _case_steps(case):
        if step.id == step_id:
            return step
    raise CaseError(Problem.NO_STEP, step=step_id)


def tick_step(store: Store, case_id: str, step_id: str, *, agent_id: str | None,
              now: datetime, note: str | None = None, follow_up_due: datetime | None = None,
              follow_up_assignee_id: str | None = None) -> CaseWrite:
    """Tick a step. ``follow_up`` needs ``follow_up_due`` (a follow-up is scheduled, for
    ``follow_up_assignee_id`` or the agent); ``compensate`` needs a note of what was
    offered."""
    aware(now)
    note = text_or_none(note)
    follow_up_id = None
    with UnitOfWork(store) as uow:
        case = _open_case_for_change(uow, case_id)
        _step(case, step_id)
        check_agent(uow, agent_id)
        if step_id == COMPENSATE and note is None:
            raise CaseError(Problem.COMPENSATE_NEEDS_NOTE)
        if step_id == FOLLOW_UP:
            if follow_up_due is None:
                raise CaseError(Problem.FOLLOW_UP_NEEDS_TIME)
            fu = add_follow_up(uow, customer_id=case.customer_id, case_id=case.id,
                               due=follow_up_due, reason=FollowUpReason.CALL_BACK.value,
                               now=now, assignee_id=follow_up_assignee_id or agent_id,
                               note=note)
            follow_up_id = fu.id
        uow.add(CaseStepEvent(case_id=case.id, step=step_id, done=True, agent_id=agent_id,
                              at=now, note=note))
        if case.status == CaseStatus.OPEN.value:
            uow.update(case, status=CaseStatus.IN_PROGRESS.value)
    return CaseWrite(get_case(store, case_id), uow.changes, follow_up_id)


def untick_step(store: Store, case_id: str, step_id: str, *, agent_id: str | None,
                now: datetime, note: str | None = None) -> CaseWrite:
    """Untick a step (a new event: the earlier tick stays in the history). A follow-up
    already scheduled stays scheduled."""
    aware(now)
    with UnitOfWork(store) as uow:
        case = _open_case_for_change(uow, case_id)
        _step(case, step_id)
        check_agent(uow, agent_id)
        uow.add(CaseStepEvent(case_id=case.id, step=step_id, done=False, agent_id=agent_id,
                              at=now, note=text_or_none(note)))
    return CaseWrite(get_case(store, case_id), uow.changes)


def close_case(store: Store, case_id: str, *, agent_id: str | None, now: datetime,
               reason: str | None = None) -> CloseResult:
    """Close the case. With unticked steps and no reason nothing is written and the
    result lists the steps; with a reason the case closes as an override."""
    aware(now)
    before = get_case(store, case_id)
    if before.is_closed:
        raise CaseError(Problem.CASE_ALREADY_CLOSED)
    why = text_or_none(reason)
    if before.open_steps and why is None:
        return CloseResult(False, before, before.open_steps)
    with UnitOfWork(store) as uow:
        case = load_case(uow, case_id)
        check_agent(uow, agent_id)
        # Steps ticked since ``before`` was read count too: decide again in the transaction.
        state = _view(case, _events(uow.session, case_id), clauses=_clauses(uow.session, case_id))
        if state.open_steps and why is None:
            raise CaseError(Problem.CLOSE_NEEDS_REASON)
        override = bool(state.open_steps)
        uow.update(case, status=CaseStatus.CLOSED.value, closed_at=now, close_reason=why,
                   close_override=override)
        uow.add(CaseStepEvent(case_id=case.id, step=CLOSED_OVERRIDE if override else CLOSED,
                              done=True, agent_id=agent_id, at=now, note=why))
    after = get_case(store, case_id)
    return CloseResult(True, after, state.open_steps, uow.changes)


def reopen_case(store: Store, case_id: str, *, agent_id: str | None, now: datetime,
                reason: str) -> CaseWrite:
    """Reopen a closed case: a new open case naming it, with the same checklist unticked.
    When the case was already reopened, the open case of its chain is returned."""
    aware(now)
    why = text_or_none(reason)
    if why is None:
        raise CaseError(Problem.REOPEN_NEEDS_REASON)
    with UnitOfWork(store) as uow:
        case = load_case(uow, case_id)
        check_agent(uow, agent_id)
        if latest_in_chain(uow, case).status != CaseStatus.CLOSED.value and \
                case.status != CaseStatus.CLOSED.value:
            raise CaseError(Problem.REOPEN_ONLY_CLOSED)
        new, _made = reopen_in(uow, case, agent_id=agent_id, now=now, reason=why)
    return CaseWrite(get_case(store, new.id), uow.changes)


def is_lifecycle(step: str) -> bool:
    return step in LIFECYCLE
