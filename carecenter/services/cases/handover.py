"""Cover and share-out (issue 19, part 1): work handed to a colleague, and received.

An agent hands chosen follow-ups and cases that are hers (or the team queue's) to a
colleague, or back to the team queue, with a note; a supervisor shares out an absent
agent's open work among chosen colleagues in one step, the next item always to the one
with the least open work. Each item moved is one ``hand_over`` row (the audit: who gave
what to whom, when and why) written with the item's new assignee (a follow-up) or owner
(a case) in one unit of work, so both reach every desk by sync. The hub checks the same
rule (``carecenter/sync/hub_handover.py``).

A case is its opener's until its first hand-over (``handed_at`` set), then ``owner_id``'s
(None: the team queue). What was handed to an agent is new in her "Mine" until she has
looked at it on her desk (``hand_over_seen``, never synced).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, case, select
from sqlalchemy.orm import aliased

from carecenter.db.models import Agent, Case, Customer, FollowUp, HandOver, HandOverSeen
from carecenter.db.store import Store
from carecenter.domain import FollowUpStatus, Role
from carecenter.problems import Problem
from carecenter.services.cases.casework import (
    OPEN_STATUSES,
    CaseError,
    aware,
    load_case,
    text_or_none,
)
from carecenter.services.search.query import full_name
from carecenter.services.uow import ChangeSet, UnitOfWork

NOTE_LIMIT = 2000
FOLLOW_UP, CASE = "follow_up", "case"
SHARING = frozenset({Role.SUPERVISOR.value, Role.ADMIN.value})

# Who works a case: its opener until it is handed over, then its owner (None: the team).
case_owner = case((Case.handed_at.is_(None), Case.opened_by_id), else_=Case.owner_id)


@dataclass(frozen=True)
class WorkItem:
    """One open follow-up or case of an agent, as the hand-over dialog lists it."""

    kind: str  # FOLLOW_UP or CASE
    id: str
    customer_id: str
    customer_name: str
    what: str  # the follow-up's note (or reason code) or the case's category code
    due: datetime | None  # the follow-up's due time, the case's promise


@dataclass(frozen=True)
class NewWork:
    """A hand-over to the agent she has not looked at yet."""

    hand_over_id: str
    kind: str
    item_id: str
    customer_id: str
    customer_name: str
    case_id: str | None  # the case to open with the customer
    from_name: str | None  # None: it came from the team queue
    by_name: str | None
    note: str | None
    at: datetime


@dataclass(frozen=True)
class HandOverResult:
    handed: int
    changes: ChangeSet


def _open_work(store: Store, agent_id: str | None) -> list[WorkItem]:
    with store.session() as s:
        fus = s.execute(select(FollowUp, Customer).join(
            Customer, Customer.id == FollowUp.customer_id).where(
            FollowUp.assignee_id.is_(None) if agent_id is None
            else FollowUp.assignee_id == agent_id,
            FollowUp.status == FollowUpStatus.OPEN.value)
            .order_by(FollowUp.due, FollowUp.id)).all()
        cases = s.execute(select(Case, Customer).join(
            Customer, Customer.id == Case.customer_id).where(
            case_owner.is_(None) if agent_id is None else case_owner == agent_id,
            Case.status.in_(OPEN_STATUSES)).order_by(Case.opened_at, Case.id)).all()
    items = [WorkItem(FOLLOW_UP, f.id, c.id, full_name(c.first_name, c.last_name, c.company),
                      f.note or f.reason, f.due) for f, c in fus]
    items += [WorkItem(CASE, k.id, c.id, full_name(c.first_name, c.last_name, c.company),
                       k.category, k.promise_due) for k, c in cases]
    return items


def open_work(store: Store, agent_id: str) -> tuple[WorkItem, ...]:
    """The agent's open follow-ups (by due time), then her open cases (oldest first)."""
    return tuple(_open_work(store, agent_id))


def team_work(store: Store) -> tuple[WorkItem, ...]:
    """What waits in the team queue: open follow-ups and cases nobody holds."""
    return tuple(_open_work(store, None))


def _role(uow: UnitOfWork, agent_id: str) -> str:
    agent = uow.session.get(Agent, agent_id)
    if agent is None:
        raise CaseError(Problem.NO_AGENT, id=agent_id)
    return agent.role


def _note(note: str | None) -> str | None:
    words = text_or_none(note)
    if words is not None and len(words) > NOTE_LIMIT:
        raise CaseError(Problem.NOTE_TOO_LONG, limit=NOTE_LIMIT)
    return words


def _move_follow_up(uow: UnitOfWork, fu_id: str, *, by_id: str, to_id: str | None,
                    note: str | None, now: datetime, anyone: bool) -> None:
    fu = uow.session.get(FollowUp, fu_id)
    if fu is None:
        raise CaseError(Problem.NO_FOLLOW_UP, id=fu_id)
    if fu.status != FollowUpStatus.OPEN.value:
        raise CaseError(Problem.FOLLOW_UP_DONE)
    if not anyone and fu.assignee_id not in (by_id, None):
        raise CaseError(Problem.NOT_YOURS)
    if fu.assignee_id == to_id:
        raise CaseError(Problem.HAND_OVER_TO_SELF)
    uow.add(HandOver(follow_up_id=fu.id, from_id=fu.assignee_id, to_id=to_id, by_id=by_id,
                     note=note, at=now))
    uow.update(fu, assignee_id=to_id)


def _move_case(uow: UnitOfWork, case_id: str, *, by_id: str, to_id: str | None,
               note: str | None, now: datetime, anyone: bool) -> None:
    k = load_case(uow, case_id)
    if k.status not in OPEN_STATUSES:
        raise CaseError(Problem.CASE_ALREADY_CLOSED)
    owner = k.opened_by_id if k.handed_at is None else k.owner_id
    if not anyone and owner not in (by_id, None):
        raise CaseError(Problem.NOT_YOURS)
    if owner == to_id:
        raise CaseError(Problem.HAND_OVER_TO_SELF)
    uow.add(HandOver(case_id=k.id, from_id=owner, to_id=to_id, by_id=by_id, note=note,
                     at=now))
    uow.update(k, owner_id=to_id, handed_at=now)


def hand_over(store: Store, *, by_id: str, to_id: str | None, now: datetime,
              follow_up_ids: Sequence[str] = (), case_ids: Sequence[str] = (),
              note: str | None = None) -> HandOverResult:
    """Hand the chosen follow-ups and cases to ``to_id`` (None: the team queue), with a
    note. An agent may hand only what is hers or the team queue's; a supervisor anyone's.
    All or nothing: one item refused, nothing is moved."""
    aware(now)
    if not follow_up_ids and not case_ids:
        raise CaseError(Problem.HAND_OVER_NOTHING)
    words = _note(note)
    with UnitOfWork(store) as uow:
        anyone = _role(uow, by_id) in SHARING
        if to_id is not None:
            _role(uow, to_id)
        for fu_id in dict.fromkeys(follow_up_ids):
            _move_follow_up(uow, fu_id, by_id=by_id, to_id=to_id, note=words, now=now,
                            anyone=anyone)
        for case_id in dict.fromkeys(case_ids):
            _move_case(uow, case_id, by_id=by_id, to_id=to_id, note=words, now=now,
                       anyone=anyone)
    return HandOverResult(len(set(follow_up_ids)) + len(set(case_ids)), uow.changes)


def _loads(store: Store, agent_ids: Iterable[str | None]) -> dict[str | None, int]:
    return {a: len(_open_work(store, a)) for a in agent_ids}


def share_out(store: Store, *, by_id: str, absent_id: str, to_ids: Sequence[str | None],
              now: datetime, note: str | None = None) -> HandOverResult:
    """A supervisor's one step: every open follow-up and case of ``absent_id`` dealt out
    to ``to_ids`` (None: the team queue), each item to whoever then has the least open
    work (ties: the order given)."""
    aware(now)
    receivers = list(dict.fromkeys(to_ids))
    if not receivers:
        raise CaseError(Problem.NO_RECEIVER)
    if absent_id in receivers:
        raise CaseError(Problem.HAND_OVER_TO_SELF)
    words = _note(note)
    work = _open_work(store, absent_id)
    if not work:
        raise CaseError(Problem.HAND_OVER_NOTHING)
    load = _loads(store, receivers)
    with UnitOfWork(store) as uow:
        if _role(uow, by_id) not in SHARING:
            raise CaseError(Problem.ONLY_SUPERVISOR_SHARES)
        for r in receivers:
            if r is not None:
                _role(uow, r)
        for item in work:
            to = min(receivers, key=lambda r: (load[r], receivers.index(r)))
            load[to] += 1
            move = _move_follow_up if item.kind == FOLLOW_UP else _move_case
            move(uow, item.id, by_id=by_id, to_id=to, note=words, now=now, anyone=True)
    return HandOverResult(len(work), uow.changes)


def new_for(store: Store, agent_id: str) -> tuple[NewWork, ...]:
    """What was handed to ``agent_id``, is still hers and open, and she has not seen on
    this desk: the latest hand-over of each item, newest first."""
    giver, by = aliased(Agent), aliased(Agent)
    fu_mine = and_(HandOver.follow_up_id == FollowUp.id, FollowUp.assignee_id == agent_id,
                   FollowUp.status == FollowUpStatus.OPEN.value)
    case_mine = and_(HandOver.case_id == Case.id, case_owner == agent_id,
                     Case.status.in_(OPEN_STATUSES))
    with store.session() as s:
        seen = select(HandOverSeen.hand_over_id)
        rows = s.execute(
            select(HandOver, FollowUp.customer_id, FollowUp.case_id, Case.customer_id,
                   giver.name, by.name)
            .outerjoin(FollowUp, fu_mine).outerjoin(Case, case_mine)
            .outerjoin(giver, giver.id == HandOver.from_id)
            .outerjoin(by, by.id == HandOver.by_id)
            .where(HandOver.to_id == agent_id, HandOver.id.not_in(seen),
                   (FollowUp.id.is_not(None)) | (Case.id.is_not(None)))
            .order_by(HandOver.at.desc(), HandOver.id.desc())).all()
        names = {c.id: full_name(c.first_name, c.last_name, c.company)
                 for c in s.scalars(select(Customer).where(Customer.id.in_(
                     {r[1] or r[3] for r in rows})))}
    out: dict[str, NewWork] = {}
    for h, fu_customer, fu_case, case_customer, from_name, by_name in rows:
        item = h.follow_up_id or h.case_id or ""
        if item in out:
            continue  # an older hand-over of the same item
        customer = fu_customer or case_customer or ""
        out[item] = NewWork(h.id, FOLLOW_UP if h.follow_up_id else CASE, item, customer,
                            names.get(customer, ""), fu_case if h.follow_up_id else h.case_id,
                            from_name, by_name, h.note, h.at)
    return tuple(out.values())


def mark_seen(store: Store, hand_over_ids: Iterable[str], now: datetime) -> int:
    """The agent has looked at these hand-overs here: no longer new in her "Mine"."""
    aware(now)
    ids = sorted(set(hand_over_ids))
    with store.session() as s, s.begin():
        have = set(s.scalars(select(HandOverSeen.hand_over_id).where(
            HandOverSeen.hand_over_id.in_(ids))))
        s.add_all(HandOverSeen(hand_over_id=i, seen_at=now) for i in ids if i not in have)
    return len(set(ids) - have)


@dataclass(frozen=True)
class Colleague:
    id: str
    name: str
    follow_ups: int  # open follow-ups held now
    cases: int  # open cases held now


def colleagues(store: Store, now: datetime) -> tuple[Colleague, ...]:
    """Every agent with her open work, by name: whom to hand work to, and how loaded."""
    from carecenter.services.supervisor import workload

    return tuple(Colleague(w.agent_id, w.agent_name or "", w.open_follow_ups, w.open_cases)
                 for w in workload(store, now) if w.agent_id is not None)
