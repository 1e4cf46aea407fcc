"""A few demo hand-overs (issue 19, part 1), so "New for you" and the audit have something
on first start: the agent with the most open follow-ups handed two of them to a colleague
of her team before an afternoon of training, and a supervisor shared out the open cases of
an agent on leave. Ids are fixed by the seed, like the rest of the demo."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta

from sqlalchemy import func, select

from carecenter.db.models import Agent, Case, FollowUp, HandOver
from carecenter.db.store import Store
from carecenter.services.cases.casework import OPEN_STATUSES
from carecenter.services.uow import UnitOfWork

_NS = uuid.UUID("0b7d2c54-3e91-4a8f-9f10-6c2e5d7a8b19")
_SICK = "Off this afternoon for training: both expect a call before 17:00, notes in the case."
_LEAVE = "On leave until Monday: the customers were told a colleague would call."


def _id(seed: int, *parts: object) -> str:
    return str(uuid.uuid5(_NS, "|".join(str(p) for p in (seed, *parts))))


def add_hand_overs(store: Store, seed: int, now: datetime) -> int:
    """Add the demo's hand-overs (none when there is not enough open work); how many."""
    with store.session() as s:
        agents = {a.id: a for a in s.scalars(select(Agent).order_by(Agent.id))}
        busiest = s.execute(
            select(FollowUp.assignee_id, func.count()).where(
                FollowUp.status == "open", FollowUp.assignee_id.is_not(None))
            .group_by(FollowUp.assignee_id).order_by(func.count().desc(),
                                                     FollowUp.assignee_id)).first()
        cases = s.execute(select(Case.opened_by_id, Case.id).where(
            Case.status.in_(OPEN_STATUSES), Case.opened_by_id.is_not(None),
            Case.handed_at.is_(None)).order_by(Case.opened_by_id, Case.id)).all()
    supervisors = [a for a in agents.values() if a.role == "supervisor"]
    if busiest is None or busiest[0] is None or not supervisors:
        return 0
    giver = agents[busiest[0]]
    mates = [a for a in agents.values() if a.id != giver.id and a.team == giver.team
             and a.role in ("agent", "senior")]
    if not mates:
        return 0
    taker, boss, n = mates[0], supervisors[0], 0
    with UnitOfWork(store) as uow:
        fus = uow.session.scalars(select(FollowUp).where(
            FollowUp.assignee_id == giver.id, FollowUp.status == "open")
            .order_by(FollowUp.due, FollowUp.id).limit(2)).all()
        for fu in fus:
            uow.add(HandOver(id=_id(seed, "fu", fu.id), follow_up_id=fu.id, from_id=giver.id,
                             to_id=taker.id, by_id=giver.id, note=_SICK,
                             at=now - timedelta(hours=3)))
            uow.update(fu, assignee_id=taker.id)
            n += 1
        away = next((o for o, _c in cases if o not in (giver.id, taker.id, boss.id)), None)
        for owner, case_id in cases:
            if owner != away or n >= 4:
                continue
            case = uow.session.get(Case, case_id)
            assert case is not None
            uow.add(HandOver(id=_id(seed, "case", case_id), case_id=case_id, from_id=owner,
                             to_id=giver.id, by_id=boss.id, note=_LEAVE,
                             at=now - timedelta(hours=1)))
            uow.update(case, owner_id=giver.id, handed_at=now - timedelta(hours=1))
            n += 1
    return n
