"""Counter appointments: who comes, when, what for; the day's list; check-in and seen.

An appointment is ``expected`` until the customer checks in (``arrived``), then ``seen``
once served; ``no_show`` when the slot passed without them (a late customer may still
check in). The day list says, for each, how many minutes past its slot a customer who
arrived is still waiting, or how late one who is expected is (``past_slot_min``). The
statuses only move forward, here and in sync (``sync.merge.FORWARD``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import aliased

from carecenter.db.models import Agent, Appointment, Customer
from carecenter.db.store import Store
from carecenter.domain import AppointmentStatus
from carecenter.problems import Problem
from carecenter.services.cases.casework import (
    CaseError,
    aware,
    check_agent,
    check_customer,
    text_or_none,
)
from carecenter.services.search.query import full_name
from carecenter.services.uow import ChangeSet, UnitOfWork

PURPOSE_LIMIT = 200
S = AppointmentStatus
# status -> the statuses it may move to
MOVES: dict[str, frozenset[str]] = {
    S.EXPECTED: frozenset({S.ARRIVED, S.SEEN, S.NO_SHOW}),
    S.NO_SHOW: frozenset({S.ARRIVED, S.SEEN}),
    S.ARRIVED: frozenset({S.SEEN}),
    S.SEEN: frozenset(),
}


@dataclass(frozen=True)
class AppointmentView:
    id: str
    customer_id: str
    customer_name: str
    agent_id: str | None
    agent_name: str | None
    starts: datetime
    ends: datetime
    purpose: str
    status: str
    arrived_at: datetime | None
    seen_at: datetime | None
    past_slot_min: int  # arrived and still waiting, or expected and late: minutes past
    #                     the slot's start (0 before it, and once seen or a no-show)

    @property
    def waiting(self) -> bool:
        """Arrived, not yet served, and kept past the slot."""
        return self.status == S.ARRIVED and self.past_slot_min > 0


@dataclass(frozen=True)
class AppointmentWrite:
    appointment: AppointmentView
    changes: ChangeSet


def _past(a: Appointment, now: datetime) -> int:
    if a.status not in (S.ARRIVED, S.EXPECTED) or now <= a.starts:
        return 0
    return int((now - a.starts).total_seconds() // 60)


def _views(store: Store, where: ColumnElement[bool], now: datetime) -> list[AppointmentView]:
    agent = aliased(Agent)
    q = (select(Appointment, Customer, agent.name)
         .join(Customer, Customer.id == Appointment.customer_id)
         .outerjoin(agent, agent.id == Appointment.agent_id)
         .where(where)
         .order_by(Appointment.starts, Appointment.id))
    with store.session() as s:
        return [AppointmentView(
            a.id, a.customer_id, full_name(c.first_name, c.last_name, c.company), a.agent_id,
            name, a.starts, a.ends, a.purpose, a.status, a.arrived_at, a.seen_at,
            _past(a, now)) for a, c, name in s.execute(q).all()]


def day_list(store: Store, day_start: datetime, day_end: datetime, now: datetime
             ) -> tuple[AppointmentView, ...]:
    """The appointments starting in ``[day_start, day_end)`` (the agent's local day),
    by time."""
    aware(now)
    return tuple(_views(store, (Appointment.starts >= day_start)
                        & (Appointment.starts < day_end), now))


def get_appointment(store: Store, appointment_id: str, now: datetime) -> AppointmentView:
    views = _views(store, Appointment.id == appointment_id, now)
    if not views:
        raise CaseError(Problem.NO_APPOINTMENT, id=appointment_id)
    return views[0]


def book(store: Store, *, customer_id: str, starts: datetime, ends: datetime, purpose: str,
         agent_id: str | None, now: datetime) -> AppointmentWrite:
    """A customer expected at the counter from ``starts`` to ``ends``, for ``purpose``."""
    aware(now)
    aware(starts, "start")
    aware(ends, "end")
    words = text_or_none(purpose)
    if words is None:
        raise CaseError(Problem.APPOINTMENT_NO_PURPOSE)
    if len(words) > PURPOSE_LIMIT:
        raise CaseError(Problem.APPOINTMENT_PURPOSE_TOO_LONG, limit=PURPOSE_LIMIT)
    if ends <= starts:
        raise CaseError(Problem.WINDOW_BACKWARDS)
    if ends < now:
        raise CaseError(Problem.DUE_IN_PAST)
    with UnitOfWork(store) as uow:
        check_customer(uow, customer_id)
        check_agent(uow, agent_id)
        row = uow.add(Appointment(customer_id=customer_id, agent_id=agent_id, starts=starts,
                                  ends=ends, purpose=words, status=S.EXPECTED.value))
    return AppointmentWrite(get_appointment(store, row.id, now), uow.changes)


def _move(store: Store, appointment_id: str, wanted: S, now: datetime,
          agent_id: str | None = None) -> AppointmentWrite:
    aware(now)
    with UnitOfWork(store) as uow:
        a = uow.session.get(Appointment, appointment_id)
        if a is None:
            raise CaseError(Problem.NO_APPOINTMENT, id=appointment_id)
        if wanted not in MOVES.get(a.status, frozenset()):
            raise CaseError(Problem.APPOINTMENT_STATUS_BACK, state=a.status,
                            value=wanted.value)
        changes: dict[str, object] = {"status": wanted.value}
        if wanted is S.ARRIVED:
            changes["arrived_at"] = now
        if wanted is S.SEEN:
            changes["seen_at"] = now
            if agent_id is not None:
                check_agent(uow, agent_id)
                changes["agent_id"] = agent_id
        uow.update(a, **changes)
    return AppointmentWrite(get_appointment(store, appointment_id, now), uow.changes)


def check_in(store: Store, appointment_id: str, *, now: datetime) -> AppointmentWrite:
    """The customer is here (also after being marked a no-show)."""
    return _move(store, appointment_id, S.ARRIVED, now)


def mark_seen(store: Store, appointment_id: str, *, agent_id: str | None,
              now: datetime) -> AppointmentWrite:
    """Served, by ``agent_id``."""
    return _move(store, appointment_id, S.SEEN, now, agent_id)


def mark_no_show(store: Store, appointment_id: str, *, now: datetime) -> AppointmentWrite:
    return _move(store, appointment_id, S.NO_SHOW, now)
