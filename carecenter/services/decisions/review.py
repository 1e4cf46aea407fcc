"""Review, not blame: the supervisor's review queue and notes, the agent's teaching
moments and weekly digest.

A review note is a praise or a lesson on a decision (or a case); there is no penalty
anywhere. The queue flags decisions worth a look:

- ``override``: granted over a limit with a written reason;
- ``exceeds_cap``: granted within the limits this workstation knew, but marked by the hub
  once every workstation's decisions met;
- ``pending``: waiting for a supervisor's answer;
- ``outlier``: an amount more than ``outlier_factor`` (default 2) times the remedy's
  catalogue default;
- ``repeat``: the same remedy was already given (or asked for) for the same customer in
  the ``repeat_days`` (default 30) before — rejected requests do not count.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from carecenter.clock import utcnow
from carecenter.db.models import Agent, Case, Customer, Decision, FollowUp, ReviewNote
from carecenter.db.store import Store
from carecenter.domain import (
    AuthorityState,
    FollowUpOutcome,
    FollowUpReason,
    FollowUpStatus,
    ReviewKind,
    Role,
)
from carecenter.problems import Problem
from carecenter.services.decisions.authority import (
    COUNTED_STATES,
    day_bounds,
    local_day,
    policy_for,
)
from carecenter.services.decisions.catalogue import catalogue_in, policy_in
from carecenter.services.decisions.grants import DecisionError, DecisionInfo, info
from carecenter.services.uow import ChangeSet, UnitOfWork

MAX_NOTE = 2000
REVIEWING_ROLES = frozenset({Role.SUPERVISOR, Role.ADMIN})


class Flag(StrEnum):
    OVERRIDE = "override"
    EXCEEDS_CAP = "exceeds_cap"
    PENDING = "pending"
    OUTLIER = "outlier"
    REPEAT = "repeat"


@dataclass(frozen=True)
class ReviewFilter:
    flags: frozenset[Flag] = frozenset()  # empty: every decision; else any of these
    agent_id: str | None = None
    since: datetime | None = None  # default: 30 days before now
    until: datetime | None = None  # default: now (inclusive)
    outlier_factor: int = 2
    repeat_days: int = 30


@dataclass(frozen=True)
class ReviewItem:
    decision: DecisionInfo
    agent_name: str | None
    customer_name: str
    flags: frozenset[Flag]
    notes: int


@dataclass(frozen=True)
class NoteInfo:
    id: str
    kind: str  # praise | lesson
    text: str
    at: datetime
    author_id: str | None
    author_name: str | None
    decision_id: str | None
    case_id: str | None
    playbook_ref: str | None = None  # a lesson's playbook section: "category#heading"


@dataclass(frozen=True)
class NoteResult:
    note: NoteInfo
    changes: ChangeSet


@dataclass(frozen=True)
class TeachingMoment:
    note: NoteInfo
    decision: DecisionInfo | None  # None for a note on a case
    customer_name: str


@dataclass(frozen=True)
class WeeklyDigest:
    agent_id: str
    week_start: date  # Monday, in the policy's day time zone
    time_zone: str
    decisions: int
    granted: int  # decisions that granted money (within, override, approved, exceeds_cap)
    granted_cents: int
    currency: str
    states: dict[str, int] = field(default_factory=dict)  # authority state -> decisions
    checks_done: int = 0  # remedy checks of the agent's decisions answered this week
    checks_satisfied: int = 0
    moments: tuple[TeachingMoment, ...] = ()  # notes written this week, newest first

    @property
    def praise(self) -> int:
        return sum(1 for m in self.moments if m.note.kind == ReviewKind.PRAISE)

    @property
    def lessons(self) -> int:
        return sum(1 for m in self.moments if m.note.kind == ReviewKind.LESSON)


# -- the review queue --------------------------------------------------------------------

def review_queue(store: Store, filt: ReviewFilter | None = None, *,
                 now: datetime | None = None, limit: int = 500) -> tuple[ReviewItem, ...]:
    """Decisions of the period with their flags, newest first; with ``filt.flags``, only
    those carrying at least one of them. At most ``limit`` of them."""
    return review_queue_page(store, filt, now=now, limit=limit)[0]


def review_queue_page(store: Store, filt: ReviewFilter | None = None, *,
                      now: datetime | None = None,
                      limit: int = 500) -> tuple[tuple[ReviewItem, ...], int]:
    """``review_queue`` and how many decisions it has in all (more than ``limit`` when
    the newest ``limit`` are all it gives)."""
    filt = filt or ReviewFilter()
    now = now or utcnow()
    since = filt.since or now - timedelta(days=30)
    until = filt.until or now
    window = timedelta(days=filt.repeat_days)
    with store.session() as s:
        q = select(Decision).where(Decision.at > since - window, Decision.at <= until)
        rows = s.scalars(q.order_by(Decision.at, Decision.id)).all()
        defaults = {r.code: r.default_amount_cents
                    for r in catalogue_in(s, retired=True).remedies}
        seen: dict[tuple[str, str], list[datetime]] = {}
        picked: list[tuple[Decision, frozenset[Flag]]] = []
        for d in rows:
            key = (d.customer_id, d.remedy)
            earlier = [t for t in seen.get(key, []) if t > d.at - window]
            if d.authority_state != AuthorityState.REJECTED:
                seen.setdefault(key, []).append(d.at)
            if d.at < since or (filt.agent_id and d.agent_id != filt.agent_id):
                continue
            flags = _flags(d, defaults.get(d.remedy), filt.outlier_factor, bool(earlier))
            if not filt.flags or flags & filt.flags:
                picked.append((d, flags))
        picked.reverse()
        return tuple(ReviewItem(info(d), _agent_name(s, d.agent_id),
                                _customer_name(s.get(Customer, d.customer_id)), flags,
                                _note_count(s, d.id))
                     for d, flags in picked[:limit]), len(picked)


def _flags(d: Decision, default: int | None, factor: int, repeat: bool) -> frozenset[Flag]:
    out = set()
    if d.authority_state == AuthorityState.OVERRIDE:
        out.add(Flag.OVERRIDE)
    elif d.authority_state == AuthorityState.EXCEEDS_CAP:
        out.add(Flag.EXCEEDS_CAP)
    elif d.authority_state == AuthorityState.PENDING:
        out.add(Flag.PENDING)
    if default and d.amount_cents > factor * default:
        out.add(Flag.OUTLIER)
    if repeat:
        out.add(Flag.REPEAT)
    return frozenset(out)


def _note_count(s: Session, decision_id: str) -> int:
    return len(s.scalars(select(ReviewNote.id).where(ReviewNote.decision_id == decision_id)).all())


# -- notes -------------------------------------------------------------------------------

def add_review_note(store: Store, *, author_id: str, kind: str, text: str,
                    decision_id: str | None = None, case_id: str | None = None,
                    now: datetime | None = None,
                    playbook_ref: str | None = None) -> NoteResult:
    """A supervisor's praise or lesson on a decision or a case; a lesson may point to the
    playbook section it is about (``category#heading``)."""
    now = now or utcnow()
    words = (text or "").strip()
    if kind not in {k.value for k in ReviewKind}:
        raise DecisionError(Problem.REVIEW_KIND)
    if not words:
        raise DecisionError(Problem.REVIEW_EMPTY)
    if len(words) > MAX_NOTE:
        raise DecisionError(Problem.NOTE_TOO_LONG, limit=MAX_NOTE)
    if (decision_id is None) == (case_id is None):
        raise DecisionError(Problem.REVIEW_TARGET)
    ref = (playbook_ref or "").strip() or None
    if ref is not None and (kind != ReviewKind.LESSON or "#" not in ref or len(ref) > 200):
        raise DecisionError(Problem.PLAYBOOK_LINK)
    with UnitOfWork(store) as uow:
        s = uow.session
        author = s.get(Agent, author_id)
        if author is None or author.role not in REVIEWING_ROLES:
            raise DecisionError(Problem.ONLY_SUPERVISOR_REVIEWS)
        if decision_id is not None and s.get(Decision, decision_id) is None:
            raise DecisionError(Problem.DECISION_UNKNOWN_HERE)
        if case_id is not None and s.get(Case, case_id) is None:
            raise DecisionError(Problem.CASE_UNKNOWN_HERE)
        n = uow.add(ReviewNote(decision_id=decision_id, case_id=case_id, author_id=author.id,
                               kind=kind, text=words, at=now, playbook_ref=ref))
        note = _note(n, author.name)
    return NoteResult(note, uow.changes)


def notes_on_decision(store: Store, decision_id: str) -> tuple[NoteInfo, ...]:
    with store.session() as s:
        rows = s.scalars(select(ReviewNote).where(ReviewNote.decision_id == decision_id)
                         .order_by(ReviewNote.at, ReviewNote.id)).all()
        return tuple(_note(n, _agent_name(s, n.author_id)) for n in rows)


def teaching_moments(store: Store, agent_id: str, *, since: datetime | None = None,
                     until: datetime | None = None) -> tuple[TeachingMoment, ...]:
    """Notes on the agent's own decisions and on the cases they opened, newest first."""
    with store.session() as s:
        return _moments(s, agent_id, since, until)


def _moments(s: Session, agent_id: str, since: datetime | None,
             until: datetime | None) -> tuple[TeachingMoment, ...]:
    mine = select(Decision.id).where(Decision.agent_id == agent_id)
    my_cases = select(Case.id).where(Case.opened_by_id == agent_id)
    q = select(ReviewNote).where(or_(ReviewNote.decision_id.in_(mine),
                                     ReviewNote.case_id.in_(my_cases)))
    if since is not None:
        q = q.where(ReviewNote.at >= since)
    if until is not None:
        q = q.where(ReviewNote.at < until)
    out = []
    for n in s.scalars(q.order_by(ReviewNote.at.desc(), ReviewNote.id.desc())):
        d = s.get(Decision, n.decision_id) if n.decision_id else None
        case = s.get(Case, n.case_id) if n.case_id else None
        customer_id = d.customer_id if d else case.customer_id if case else None
        out.append(TeachingMoment(
            _note(n, _agent_name(s, n.author_id)), info(d) if d else None,
            _customer_name(s.get(Customer, customer_id) if customer_id else None)))
    return tuple(out)


# -- the weekly digest -------------------------------------------------------------------

def weekly_digest(store: Store, agent_id: str, *, week_of: date | None = None,
                  now: datetime | None = None) -> WeeklyDigest:
    """The agent's week (Monday to Sunday in the policy's day time zone) containing
    ``week_of`` (default: today): decisions, money granted, answers to remedy checks and
    the notes supervisors wrote on their work."""
    now = now or utcnow()
    with store.session() as s:
        agent = s.get(Agent, agent_id)
        if agent is None:
            raise DecisionError(Problem.AGENT_UNKNOWN_HERE)
        pol = policy_for(policy_in(s), agent.role)
        day = week_of or local_day(now, pol.day_time_zone)
        monday = day - timedelta(days=day.weekday())
        start = day_bounds(monday, pol.day_time_zone)[0]
        end = day_bounds(monday + timedelta(days=7), pol.day_time_zone)[0]
        rows = s.scalars(select(Decision).where(
            Decision.agent_id == agent_id, Decision.at >= start, Decision.at < end)).all()
        states: dict[str, int] = {}
        for d in rows:
            states[d.authority_state] = states.get(d.authority_state, 0) + 1
        granted = [d for d in rows if d.authority_state in COUNTED_STATES
                   and d.currency == pol.currency]
        checks = s.scalars(select(FollowUp).where(
            FollowUp.decision_id.in_(select(Decision.id).where(Decision.agent_id == agent_id)),
            FollowUp.reason == FollowUpReason.REMEDY_CHECK,
            FollowUp.status == FollowUpStatus.DONE,
            FollowUp.done_at >= start, FollowUp.done_at < end)).all()
        return WeeklyDigest(
            agent_id=agent_id, week_start=monday, time_zone=pol.day_time_zone,
            decisions=len(rows), granted=len(granted),
            granted_cents=sum(d.amount_cents for d in granted), currency=pol.currency,
            states=states, checks_done=len(checks),
            checks_satisfied=sum(1 for f in checks if f.outcome == FollowUpOutcome.SATISFIED),
            moments=_moments(s, agent_id, start, end))


# -- helpers -----------------------------------------------------------------------------

def _note(n: ReviewNote, author_name: str | None) -> NoteInfo:
    return NoteInfo(n.id, n.kind, n.text, n.at, n.author_id, author_name, n.decision_id,
                    n.case_id, n.playbook_ref)


def _agent_name(s: Session, agent_id: str | None) -> str | None:
    a = s.get(Agent, agent_id) if agent_id else None
    return a.name if a else None


def _customer_name(c: Customer | None) -> str:
    if c is None:
        return ""
    name = " ".join(p for p in (c.first_name, c.last_name) if p)
    return name or c.company or c.customer_ref
