"""Skills grown, not blamed (issue 19, part 6).

- An agent asks for training from a case or a decision (``ask_training``); it reaches the
  supervisors' review, "Training and praise" (``training_asked``).
- A lesson may point to the playbook section it is about (``review.add_review_note``,
  ``playbook_ref``); when the agent opens it from her coaching page, the read is recorded
  (``record_read``).
- Each agent's coaching page lists what she read and asked (``my_learning``).
- A supervisor shares a praise with the team (``celebrate``); every agent sees the team's
  celebrations (``celebrations``). A lesson is never put on show.

Every write goes through the unit of work with its sync op; refusals are ``Problem`` codes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from carecenter.db.models import (
    Agent,
    Case,
    Celebration,
    Customer,
    Decision,
    PlaybookRead,
    ReviewNote,
    TrainingRequest,
)
from carecenter.db.store import Store
from carecenter.domain import ReviewKind
from carecenter.problems import Problem
from carecenter.services.decisions.grants import DecisionError
from carecenter.services.decisions.review import MAX_NOTE, REVIEWING_ROLES
from carecenter.services.search.query import full_name
from carecenter.services.uow import ChangeSet, UnitOfWork


@dataclass(frozen=True)
class TrainingAsk:
    id: str
    agent_id: str | None
    agent_name: str | None
    customer_id: str | None
    customer_name: str
    case_id: str | None
    decision_id: str | None
    text: str
    at: datetime


@dataclass(frozen=True)
class Read:
    note_id: str
    playbook_ref: str
    at: datetime


@dataclass(frozen=True)
class Learning:
    """What the agent read from lessons and asked for, newest first."""

    reads: tuple[Read, ...]
    asked: tuple[TrainingAsk, ...]


@dataclass(frozen=True)
class Praise:
    """A praise, and whether (and when) it was celebrated with the team."""

    note_id: str
    agent_name: str | None  # whose decision or case it praises
    author_name: str | None
    customer_name: str
    text: str
    at: datetime
    celebrated_at: datetime | None


@dataclass(frozen=True)
class Written:
    id: str
    changes: ChangeSet


def _name(s: Session, agent_id: str | None) -> str | None:
    a = s.get(Agent, agent_id) if agent_id else None
    return a.name if a else None


def _customer(s: Session, customer_id: str | None) -> str:
    c = s.get(Customer, customer_id) if customer_id else None
    return full_name(c.first_name, c.last_name, c.company) if c else ""


def ask_training(store: Store, *, agent_id: str, text: str, now: datetime,
                 case_id: str | None = None, decision_id: str | None = None) -> Written:
    """The agent asks for training about a case or a decision (one of them)."""
    words = (text or "").strip()
    if not words:
        raise DecisionError(Problem.TRAINING_EMPTY)
    if len(words) > MAX_NOTE:
        raise DecisionError(Problem.NOTE_TOO_LONG, limit=MAX_NOTE)
    if (case_id is None) == (decision_id is None):
        raise DecisionError(Problem.TRAINING_TARGET)
    with UnitOfWork(store) as uow:
        s = uow.session
        if s.get(Agent, agent_id) is None:
            raise DecisionError(Problem.AGENT_UNKNOWN_HERE)
        target = s.get(Case, case_id) if case_id else s.get(Decision, decision_id)
        if target is None:
            raise DecisionError(Problem.CASE_UNKNOWN_HERE if case_id
                                else Problem.DECISION_UNKNOWN_HERE)
        row = uow.add(TrainingRequest(agent_id=agent_id, customer_id=target.customer_id,
                                      case_id=case_id, decision_id=decision_id, text=words,
                                      at=now))
    return Written(row.id, uow.changes)


def _asks(s: Session, q: object) -> tuple[TrainingAsk, ...]:
    rows = s.scalars(q).all()  # type: ignore[call-overload]
    return tuple(TrainingAsk(r.id, r.agent_id, _name(s, r.agent_id), r.customer_id,
                             _customer(s, r.customer_id), r.case_id, r.decision_id, r.text,
                             r.at) for r in rows)


def training_asked(store: Store, *, since: datetime) -> tuple[TrainingAsk, ...]:
    """The supervisors' queue: training asked since ``since``, newest first."""
    with store.session() as s:
        return _asks(s, select(TrainingRequest).where(TrainingRequest.at >= since)
                     .order_by(TrainingRequest.at.desc(), TrainingRequest.id.desc()))


def record_read(store: Store, *, agent_id: str, note_id: str, now: datetime) -> Written:
    """The agent opened the playbook section a lesson points to."""
    with UnitOfWork(store) as uow:
        note = uow.session.get(ReviewNote, note_id)
        if note is None or not note.playbook_ref:
            raise DecisionError(Problem.NO_PLAYBOOK_LINK)
        if uow.session.get(Agent, agent_id) is None:
            raise DecisionError(Problem.AGENT_UNKNOWN_HERE)
        row = uow.add(PlaybookRead(agent_id=agent_id, note_id=note.id,
                                   playbook_ref=note.playbook_ref, at=now))
    return Written(row.id, uow.changes)


def my_learning(store: Store, agent_id: str) -> Learning:
    with store.session() as s:
        reads = tuple(Read(r.note_id, r.playbook_ref, r.at) for r in s.scalars(
            select(PlaybookRead).where(PlaybookRead.agent_id == agent_id)
            .order_by(PlaybookRead.at.desc(), PlaybookRead.id.desc())))
        asked = _asks(s, select(TrainingRequest).where(TrainingRequest.agent_id == agent_id)
                      .order_by(TrainingRequest.at.desc(), TrainingRequest.id.desc()))
    return Learning(reads, asked)


def celebrate(store: Store, *, by_id: str, note_id: str, now: datetime) -> Written:
    """A supervisor shares a praise with the team (once)."""
    with UnitOfWork(store) as uow:
        s = uow.session
        by = s.get(Agent, by_id)
        if by is None or by.role not in REVIEWING_ROLES:
            raise DecisionError(Problem.ONLY_SUPERVISOR_REVIEWS)
        note = s.get(ReviewNote, note_id)
        if note is None or note.kind != ReviewKind.PRAISE:
            raise DecisionError(Problem.CELEBRATE_PRAISE_ONLY)
        if s.scalar(select(Celebration.id).where(Celebration.note_id == note_id)):
            raise DecisionError(Problem.ALREADY_CELEBRATED)
        row = uow.add(Celebration(note_id=note_id, by_id=by_id, at=now))
    return Written(row.id, uow.changes)


def _praise(s: Session, n: ReviewNote, celebrated: datetime | None) -> Praise:
    d = s.get(Decision, n.decision_id) if n.decision_id else None
    case = s.get(Case, n.case_id) if n.case_id else None
    whose = d.agent_id if d else (case.opened_by_id if case else None)
    customer = d.customer_id if d else (case.customer_id if case else None)
    return Praise(n.id, _name(s, whose), _name(s, n.author_id), _customer(s, customer), n.text,
                  n.at, celebrated)


def recent_praise(store: Store, *, since: datetime) -> tuple[Praise, ...]:
    """Praise written since ``since`` (newest first), each with its celebration if any."""
    with store.session() as s:
        shared = dict(s.execute(select(Celebration.note_id, Celebration.at)).all())
        return tuple(_praise(s, n, shared.get(n.id)) for n in s.scalars(
            select(ReviewNote).where(ReviewNote.kind == ReviewKind.PRAISE,
                                     ReviewNote.at >= since)
            .order_by(ReviewNote.at.desc(), ReviewNote.id.desc())))


def celebrations(store: Store, now: datetime, *, days: int = 30) -> tuple[Praise, ...]:
    """What the team celebrated in the last ``days`` days, newest first."""
    with store.session() as s:
        rows = s.execute(select(Celebration, ReviewNote)
                         .join(ReviewNote, ReviewNote.id == Celebration.note_id)
                         .where(Celebration.at >= now - timedelta(days=days))
                         .order_by(Celebration.at.desc(), Celebration.id.desc())).all()
        seen: set[str] = set()
        out = []
        for c, n in rows:
            if n.id not in seen:
                seen.add(n.id)
                out.append(_praise(s, n, c.at))
    return tuple(out)
