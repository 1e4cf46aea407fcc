"""Review of decisions: figures, the queue, teaching moments (praise and lessons, never
penalties), the weekly digest."""

from __future__ import annotations

from dataclasses import fields, replace
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from carecenter.commands.refusal_words import refusal_sentence as said
from carecenter.db.models import SYNCED_MODELS, Case, Decision
from carecenter.db.store import Store
from carecenter.domain import AuthorityState, ReviewKind
from carecenter.services.decisions import figures as decision_figures
from carecenter.services.decisions import review
from carecenter.services.decisions.authority import Limit
from carecenter.services.decisions.catalogue import catalogue
from carecenter.services.decisions.grants import (
    Action,
    DecisionError,
    answer_request,
    grant,
    weigh,
)
from carecenter.services.decisions.review import Flag, ReviewFilter
from carecenter.services.uow import UnitOfWork
from tests.factories import add_contact, make_customer
from tests.unit.test_decisions import NOW, answer_check, counts

# -- review, teaching moments, digest, figures ------------------------------------------

@pytest.fixture
def march(store: Store, people: dict[str, str]) -> dict[str, str]:
    """Known decisions of March 2026 (see test_figures_on_known_data for the sums)."""
    p = people
    p["c3"] = make_customer(store, "C3", "Elsa", "Galli")
    p["c4"] = make_customer(store, "C4", "Franco", "Russo")
    def t(day: int, hour: int = 10) -> datetime:
        return datetime(2026, 3, day, hour, 0, tzinfo=UTC)

    def g(agent: str, customer: str, remedy: str, cents: int, at: datetime, *,
          action: Action = Action.GRANT, reason: str | None = None) -> str:
        return grant(store, agent_id=p[agent], customer_id=p[customer], remedy=remedy,
                     amount_cents=cents, currency="EUR", action=action, reason=reason,
                     now=at).decision.id

    p["d0"] = g("anna", "c4", "credit", 1000, datetime(2026, 2, 20, 10, tzinfo=UTC))
    p["d1"] = g("anna", "c1", "credit", 3000, t(2))
    p["d2"] = g("anna", "c1", "fee_waiver", 4000, t(3))
    p["d3"] = g("anna", "c2", "upgrade", 8000, t(3, 11), action=Action.OVERRIDE,
                 reason="Loyal for 20 years")
    p["d4"] = g("bruno", "c3", "gift", 2000, t(5))
    p["d5"] = g("bruno", "c3", "credit", 6000, t(5, 11), action=Action.REQUEST_APPROVAL)
    p["d6"] = g("bruno", "c4", "discount", 7000, t(6), action=Action.REQUEST_APPROVAL)
    p["d7"] = g("anna", "c1", "credit", 1000, t(20))
    answer_request(store, decision_id=p["d5"], supervisor_id=p["sara"], approve=True, now=t(6))
    answer_request(store, decision_id=p["d6"], supervisor_id=p["sara"], approve=False,
                   note="Too much for a late parcel", now=t(6, 12))
    answer_check(store, p["d1"], "satisfied", t(7))
    answer_check(store, p["d2"], "not_satisfied", t(12))
    answer_check(store, p["d4"], "satisfied", t(12))
    answer_check(store, p["d5"], "satisfied", t(13))
    add_contact(store, p["c1"], t(2, 10) + timedelta(minutes=5))  # the same call: not "again"
    add_contact(store, p["c1"], datetime(2026, 4, 15, 9, tzinfo=UTC))
    add_contact(store, p["c2"], t(10))
    add_contact(store, p["c3"], t(5, 17))  # same day in Rome: not "again"
    with UnitOfWork(store) as uow:
        uow.add(Case(customer_id=p["c2"], category="late_delivery", opened_at=t(20)))
    return p


def test_figures_on_known_data(store: Store, march: dict[str, str]) -> None:
    f = decision_figures.decision_figures(
        store, since=datetime(2026, 3, 1, tzinfo=UTC), until=datetime(2026, 4, 1, tzinfo=UTC),
        now=datetime(2026, 6, 30, tzinfo=UTC))
    # d1..d7 are in March; d6 was refused; d3 an override; d5 approved.
    t = f.total
    assert (t.decisions, t.granted, t.money_granted_cents, t.within) == (7, 6, 24000, 4)
    assert t.share_within == pytest.approx(4 / 6)
    assert (t.checked, t.satisfied) == (4, 3)  # d1, d2, d4, d5 checked; d2 not satisfied
    # Customers granted something: C1 (kept: contacted on 15 April, no new case),
    # C2 (a new case on 20 March), C3 (only a same-day contact).
    assert (t.customers, t.customers_kept) == (3, 1)
    anna, bruno = f.per_agent
    assert (anna.agent_name, anna.decisions, anna.granted, anna.money_granted_cents,
            anna.within, anna.checked, anna.satisfied, anna.customers, anna.customers_kept) == (
        "Anna Rossi", 4, 4, 16000, 3, 2, 1, 2, 1)
    assert (bruno.agent_name, bruno.decisions, bruno.granted, bruno.money_granted_cents,
            bruno.within, bruno.checked, bruno.satisfied, bruno.customers,
            bruno.customers_kept) == ("Bruno Neri", 3, 2, 8000, 1, 2, 2, 1, 0)


def test_the_review_queue_filters(store: Store, march: dict[str, str]) -> None:
    p = march
    window = ReviewFilter(since=datetime(2026, 3, 1, tzinfo=UTC),
                          until=datetime(2026, 4, 1, tzinfo=UTC))
    now = datetime(2026, 6, 30, tzinfo=UTC)

    def ids(*flags: Flag) -> list[str]:
        items = review.review_queue(store, replace(window, flags=frozenset(flags)), now=now)
        return [i.decision.id for i in items]

    assert ids() == [p[f"d{n}"] for n in (7, 6, 5, 4, 3, 2, 1)]  # newest first
    assert ids(Flag.OVERRIDE) == [p["d3"]]
    assert ids(Flag.REPEAT) == [p["d7"]]  # credit to C1 again within 30 days
    defaults = {r.code: r.default_amount_cents for r in catalogue(store).remedies}
    with store.session() as s:
        rows = s.scalars(select(Decision).where(Decision.at >= window.since)).all()
        outliers = {d.id for d in rows if d.amount_cents > 2 * defaults[d.remedy]}
    assert set(ids(Flag.OUTLIER)) == outliers
    assert outliers
    assert ids(Flag.EXCEEDS_CAP) == []
    with UnitOfWork(store) as uow:  # the hub's mark, as sync brings it in
        d = uow.session.get(Decision, p["d7"])
        assert d is not None
        uow.update(d, authority_state=AuthorityState.EXCEEDS_CAP)
    assert ids(Flag.EXCEEDS_CAP) == [p["d7"]]
    assert ids(Flag.EXCEEDS_CAP, Flag.OVERRIDE) == [p["d7"], p["d3"]]
    only_bruno = review.review_queue(store, replace(window, agent_id=p["bruno"]), now=now)
    assert [i.decision.id for i in only_bruno] == [p["d6"], p["d5"], p["d4"]]


def test_review_notes_are_teaching_moments_for_the_agent(store: Store,
                                                         march: dict[str, str]) -> None:
    p = march
    at = datetime(2026, 3, 4, 9, tzinfo=UTC)
    praise = review.add_review_note(store, author_id=p["sara"], kind=ReviewKind.PRAISE,
                                    text="Quick and kind: well done", decision_id=p["d1"], now=at)
    lesson = review.add_review_note(
        store, author_id=p["sara"], kind=ReviewKind.LESSON, decision_id=p["d3"],
        text="A free month would have cost less than the upgrade", now=at + timedelta(hours=1))
    review.add_review_note(store, author_id=p["sara"], kind=ReviewKind.PRAISE,
                           text="Good call", decision_id=p["d4"], now=at)
    assert praise.changes.rows.keys() == {"review_note"}
    moments = review.teaching_moments(store, p["anna"])
    assert [(m.note.kind, m.note.text, m.note.author_name, m.decision.id if m.decision else None)
            for m in moments] == [
        ("lesson", "A free month would have cost less than the upgrade", "Sara Conti", p["d3"]),
        ("praise", "Quick and kind: well done", "Sara Conti", p["d1"])]
    assert moments[0].customer_name == "Dario Verdi"
    assert [m.note.text for m in review.teaching_moments(store, p["bruno"])] == ["Good call"]
    assert [n.id for n in review.notes_on_decision(store, p["d3"])] == [lesson.note.id]
    items = review.review_queue(store, ReviewFilter(since=datetime(2026, 3, 1, tzinfo=UTC)),
                                now=datetime(2026, 3, 31, tzinfo=UTC))
    assert {i.decision.id: i.notes for i in items}[p["d1"]] == 1


BAD_NOTES = [
    ("anna", "praise", "Nice", "Only a supervisor can write review notes."),
    ("sara", "penalty", "Bad", "A review note is a praise or a lesson."),
    ("sara", "lesson", "   ", "Write the praise or the lesson: the note is empty."),
]


@pytest.mark.parametrize("bad", BAD_NOTES)
def test_bad_review_notes_are_refused_and_nothing_is_stored(
        store: Store, march: dict[str, str], bad: tuple[str, str, str, str]) -> None:
    author, kind, text, message = bad
    before = counts(store)
    with pytest.raises(DecisionError) as err:
        review.add_review_note(store, author_id=march[author], kind=kind, text=text,
                               decision_id=march["d1"], now=NOW)
    assert said(err.value) == message
    assert counts(store) == before


def test_there_is_no_penalty_field_anywhere() -> None:
    columns = {f"{m.__tablename__}.{c.name}" for m in SYNCED_MODELS
               for c in m.__table__.columns}
    values = {f"{cls.__name__}.{f.name}" for cls in (
        review.ReviewItem, review.NoteInfo, review.TeachingMoment, review.WeeklyDigest,
        decision_figures.DecisionFigures) for f in fields(cls)}
    assert not [n for n in columns | values if "penal" in n.lower() or "blame" in n.lower()]


def test_the_weekly_digest_on_known_data(store: Store, march: dict[str, str]) -> None:
    p = march
    at = datetime(2026, 3, 4, 9, tzinfo=UTC)
    review.add_review_note(store, author_id=p["sara"], kind=ReviewKind.PRAISE,
                           text="Well done", decision_id=p["d1"], now=at)
    review.add_review_note(store, author_id=p["sara"], kind=ReviewKind.LESSON,
                           text="Ask first", decision_id=p["d3"], now=at + timedelta(hours=1))
    review.add_review_note(store, author_id=p["sara"], kind=ReviewKind.LESSON,
                           text="Later note", decision_id=p["d2"],
                           now=datetime(2026, 3, 9, 8, tzinfo=UTC))  # next week
    d = review.weekly_digest(store, p["anna"], week_of=date(2026, 3, 5))
    assert (d.week_start, d.time_zone, d.currency) == (date(2026, 3, 2), "Europe/Rome", "EUR")
    # Anna's week: d1 (30.00 within), d2 (40.00 within), d3 (80.00 override).
    assert (d.decisions, d.granted, d.granted_cents) == (3, 3, 15000)
    assert d.states == {"within": 2, "override": 1}
    assert (d.checks_done, d.checks_satisfied) == (1, 1)  # d1 answered on 7 March
    assert (d.praise, d.lessons) == (1, 1)
    assert [m.note.text for m in d.moments] == ["Ask first", "Well done"]  # newest first


def test_decisions_for_a_customer_merged_away_count_for_the_one_kept(
        store: Store, people: dict[str, str]) -> None:
    from carecenter.services.customers.merge import merge_customers

    grant(store, agent_id=people["anna"], customer_id=people["c2"], remedy="credit",
          amount_cents=4000, currency="EUR", now=NOW - timedelta(days=3))
    merge_customers(store, people["c1"], people["c2"], by_agent_id=people["sara"],
                    reason="Same person, two records", now=NOW - timedelta(days=1))
    m = weigh(store, agent_id=people["bruno"], customer_id=people["c1"], amount_cents=6001,
              currency="EUR", now=NOW)
    assert m.customer_used_cents == 4000
    assert m.over == (Limit.DECISION, Limit.CUSTOMER_30_DAYS)
