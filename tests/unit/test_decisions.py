"""In-place decisions on a real store: grant within limits (offline: no hub anywhere),
approval requests and answers, overrides with a reason, review notes and teaching
moments, the weekly digest and the figures on hand-computed data."""

from __future__ import annotations

from dataclasses import fields, replace
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from carecenter.commands.refusal_words import refusal_sentence as said
from carecenter.db.models import SYNCED_MODELS, Agent, Case, Decision, FollowUp, OutboxOp
from carecenter.db.store import Store
from carecenter.domain import AuthorityState, FollowUpReason, ReviewKind
from carecenter.services.decisions import figures as decision_figures
from carecenter.services.decisions import review
from carecenter.services.decisions.authority import Limit, Verdict
from carecenter.services.decisions.catalogue import catalogue, import_policy, policy
from carecenter.services.decisions.grants import (
    Action,
    DecisionError,
    answer_request,
    approval_queue,
    grant,
    my_requests,
    weigh,
)
from carecenter.services.decisions.review import Flag, ReviewFilter
from carecenter.services.uow import UnitOfWork
from tests.factories import add_contact, make_customer

NOW = datetime(2026, 3, 10, 11, 0, tzinfo=UTC)


def make_agent(store: Store, name: str, role: str = "agent") -> str:
    with UnitOfWork(store) as uow:
        a = uow.add(Agent(name=name, role=role))
    return a.id


def counts(store: Store) -> dict[str, int]:
    with store.session() as s:
        return {m.__tablename__: s.scalar(select(func.count()).select_from(m)) or 0
                for m in (Decision, FollowUp, OutboxOp)}


def answer_check(store: Store, decision_id: str, outcome: str, at: datetime) -> None:
    """The remedy check of a decision answered (as the follow-up screen records it)."""
    with UnitOfWork(store) as uow:
        fu = uow.session.scalars(select(FollowUp).where(FollowUp.decision_id == decision_id)).one()
        uow.update(fu, status="done", outcome=outcome, done_at=at)


@pytest.fixture
def people(store: Store) -> dict[str, str]:
    return {"anna": make_agent(store, "Anna Rossi"), "bruno": make_agent(store, "Bruno Neri"),
            "sara": make_agent(store, "Sara Conti", "supervisor"),
            "c1": make_customer(store, "C1", "Carla", "Bianchi"),
            "c2": make_customer(store, "C2", "Dario", "Verdi")}


# -- granting -----------------------------------------------------------------------------

def test_a_grant_within_limits_is_recorded_at_once_with_its_follow_up(
        store: Store, people: dict[str, str]) -> None:
    before = counts(store)
    r = grant(store, agent_id=people["anna"], customer_id=people["c1"], remedy="credit",
              amount_cents=5000, currency="EUR", reason="Billed twice", now=NOW)
    assert r.decision.authority_state == AuthorityState.WITHIN
    assert (r.decision.amount_cents, r.decision.currency, r.decision.reason, r.decision.at) == (
        5000, "EUR", "Billed twice", NOW)
    assert r.meter.verdict is Verdict.WITHIN
    days = catalogue(store).get("credit").follow_up_days  # type: ignore[union-attr]
    with store.session() as s:
        fu = s.get(FollowUp, r.follow_up_id)
        assert fu is not None
        assert (fu.reason, fu.decision_id, fu.assignee_id, fu.customer_id, fu.due, fu.status) == (
            FollowUpReason.REMEDY_CHECK, r.decision.id, people["anna"], people["c1"],
            NOW + timedelta(days=days), "open")
    after = counts(store)
    assert after["decision"] == before["decision"] + 1
    assert after["follow_up"] == before["follow_up"] + 1
    assert after["outbox"] == before["outbox"] + 2  # both wait for the hub; none is needed
    assert r.changes.rows.keys() == {"decision", "follow_up"}
    assert r.changes.customer_ids == {people["c1"]}


def test_the_meter_before_committing_shows_what_is_left(store: Store,
                                                        people: dict[str, str]) -> None:
    grant(store, agent_id=people["anna"], customer_id=people["c1"], remedy="credit",
          amount_cents=3000, currency="EUR", now=NOW - timedelta(days=2))
    grant(store, agent_id=people["anna"], customer_id=people["c2"], remedy="gift",
          amount_cents=2500, currency="EUR", now=NOW - timedelta(hours=1))
    m = weigh(store, agent_id=people["anna"], customer_id=people["c1"], amount_cents=4000,
              currency="EUR", now=NOW)
    assert (m.left_for_decision_cents, m.left_for_customer_cents, m.left_today_cents) == (
        5000, 7000, 27500)
    assert m.allowance_cents == 5000
    assert m.within


def test_a_grant_over_a_limit_is_refused_and_nothing_is_stored(store: Store,
                                                               people: dict[str, str]) -> None:
    before = counts(store)
    with pytest.raises(DecisionError) as err:
        grant(store, agent_id=people["anna"], customer_id=people["c1"], remedy="credit",
              amount_cents=5001, currency="EUR", now=NOW)
    assert said(err.value) == ("This amount is over your authority (per decision): ask a "
                              "supervisor for approval, or override it with a written reason.")
    assert counts(store) == before


def test_another_currency_is_refused_and_nothing_is_stored(store: Store,
                                                           people: dict[str, str]) -> None:
    before = counts(store)
    with pytest.raises(DecisionError) as err:
        grant(store, agent_id=people["anna"], customer_id=people["c1"], remedy="credit",
              amount_cents=1000, currency="USD", now=NOW)
    assert said(err.value) == ("Amounts in USD cannot be granted: the authority policy counts "
                              "EUR only, so enter the amount in EUR.")
    assert counts(store) == before


def test_a_remedy_not_in_the_catalogue_is_refused(store: Store, people: dict[str, str]) -> None:
    with pytest.raises(DecisionError) as err:
        grant(store, agent_id=people["anna"], customer_id=people["c1"], remedy="free_car",
              amount_cents=100, currency="EUR", now=NOW)
    assert said(err.value) == ("'free_car' is not in the remedy catalogue: choose a remedy "
                              "from the list.")


def test_the_store_meter_turns_the_day_at_rome_midnight_and_the_window_at_30_days(
        store: Store, people: dict[str, str]) -> None:
    """The meter's boundaries through the store (the rows it picks), not only the
    arithmetic: 23:59 in Rome is still today, local midnight starts a new day; a grant
    exactly 30 days old has left the customer's window, one a second younger has not."""
    late = datetime(2026, 3, 10, 22, 59, tzinfo=UTC)  # 23:59 in Rome
    for i, cents in enumerate((5000, 5000, 5000, 5000, 5000, 4000)):
        grant(store, agent_id=people["anna"], customer_id=make_customer(store, f"D{i}", "D", "D"),
              remedy="credit", amount_cents=cents, currency="EUR", now=late - timedelta(hours=i))
    before = counts(store)
    at_cap = weigh(store, agent_id=people["anna"], customer_id=people["c1"], amount_cents=1000,
                   currency="EUR", now=late)
    assert (at_cap.day_used_cents, at_cap.over) == (29000, ())  # exactly 300.00: within
    one_over = weigh(store, agent_id=people["anna"], customer_id=people["c1"],
                     amount_cents=1001, currency="EUR", now=late)
    assert one_over.over == (Limit.AGENT_DAY,)
    with pytest.raises(DecisionError):
        grant(store, agent_id=people["anna"], customer_id=people["c1"], remedy="credit",
              amount_cents=1001, currency="EUR", now=late)
    assert counts(store) == before
    midnight = datetime(2026, 3, 10, 23, 0, tzinfo=UTC)  # 00:00 on 11 March in Rome
    fresh = weigh(store, agent_id=people["anna"], customer_id=people["c1"], amount_cents=5000,
                  currency="EUR", now=midnight)
    assert (fresh.day, fresh.day_used_cents, fresh.over) == (date(2026, 3, 11), 0, ())

    old = grant(store, agent_id=people["bruno"], customer_id=people["c2"], remedy="credit",
                amount_cents=5000, currency="EUR", now=NOW - timedelta(days=30))
    assert old.decision.authority_state == AuthorityState.WITHIN
    gone = weigh(store, agent_id=people["bruno"], customer_id=people["c2"], amount_cents=5000,
                 currency="EUR", now=NOW)
    assert (gone.customer_used_cents, gone.left_for_customer_cents) == (0, 10000)
    still = weigh(store, agent_id=people["bruno"], customer_id=people["c2"], amount_cents=5001,
                  currency="EUR", now=NOW - timedelta(seconds=1))
    assert still.customer_used_cents == 5000
    assert still.over == (Limit.DECISION, Limit.CUSTOMER_30_DAYS)


# -- approval -----------------------------------------------------------------------------

def test_an_approval_request_waits_then_is_approved_and_the_agent_sees_it(
        store: Store, people: dict[str, str]) -> None:
    r = grant(store, agent_id=people["anna"], customer_id=people["c1"], remedy="replacement",
              amount_cents=8000, currency="EUR", action=Action.REQUEST_APPROVAL,
              reason="Second broken device", now=NOW)
    assert r.decision.authority_state == AuthorityState.PENDING
    assert r.follow_up_id is None
    assert r.meter.over == (Limit.DECISION,)
    queue = approval_queue(store)
    assert [q.decision.id for q in queue] == [r.decision.id]
    assert queue[0].agent_name == "Anna Rossi"
    assert queue[0].customer_name == "Carla Bianchi"
    assert queue[0].meter.over == (Limit.DECISION,)
    assert queue[0].answer is None
    # While pending it uses no authority.
    assert weigh(store, agent_id=people["anna"], customer_id=people["c1"], amount_cents=100,
                 currency="EUR", now=NOW).customer_used_cents == 0

    later = NOW + timedelta(minutes=20)
    ops = counts(store)["outbox"]
    a = answer_request(store, decision_id=r.decision.id, supervisor_id=people["sara"],
                       approve=True, note="Fine: keep the customer", now=later)
    assert a.decision.authority_state == AuthorityState.APPROVED
    with store.session() as s:
        op = s.scalars(select(OutboxOp).where(OutboxOp.table == "decision",
                                              OutboxOp.kind == "update")).one()
        assert set(op.fields) == {"authority_state"}
        assert op.fields["authority_state"][0] == "approved"
        fu = s.get(FollowUp, a.follow_up_id)
        assert fu is not None
        assert fu.due > later
        assert fu.assignee_id == people["anna"]
    assert counts(store)["outbox"] == ops + 3  # the answer, the state, the follow-up
    assert approval_queue(store) == ()
    mine = my_requests(store, people["anna"], now=later)
    assert [(m.decision.authority_state, m.answer.approved, m.answer.by_name, m.answer.note)
            for m in mine if m.answer] == [("approved", True, "Sara Conti",
                                            "Fine: keep the customer")]
    # Approved money counts from the time it was asked.
    assert weigh(store, agent_id=people["anna"], customer_id=people["c1"], amount_cents=100,
                 currency="EUR", now=later).customer_used_cents == 8000
    with pytest.raises(DecisionError) as err:
        answer_request(store, decision_id=r.decision.id, supervisor_id=people["sara"],
                       approve=False, note="No", now=later)
    assert said(err.value) == ("This request is not waiting for an answer any more "
                              "(it is approved).")


def test_a_refusal_says_why_and_the_agent_reads_it(store: Store, people: dict[str, str]) -> None:
    r = grant(store, agent_id=people["anna"], customer_id=people["c1"], remedy="credit",
              amount_cents=9000, currency="EUR", action=Action.REQUEST_APPROVAL, now=NOW)
    before = counts(store)
    with pytest.raises(DecisionError) as err:
        answer_request(store, decision_id=r.decision.id, supervisor_id=people["sara"],
                       approve=False, note="  ", now=NOW)
    assert said(err.value) == "Say why the request is refused: the agent will read it."
    assert counts(store) == before
    a = answer_request(store, decision_id=r.decision.id, supervisor_id=people["sara"],
                       approve=False, note="A voucher would do", now=NOW)
    assert a.decision.authority_state == AuthorityState.REJECTED
    assert a.follow_up_id is None
    (mine,) = my_requests(store, people["anna"], now=NOW)
    assert mine.answer is not None
    assert (mine.answer.approved, mine.answer.note) == (False, "A voucher would do")
    assert weigh(store, agent_id=people["anna"], customer_id=people["c1"], amount_cents=100,
                 currency="EUR", now=NOW).customer_used_cents == 0


def test_only_another_supervisor_answers_a_request(store: Store, people: dict[str, str]) -> None:
    r = grant(store, agent_id=people["bruno"], customer_id=people["c1"], remedy="credit",
              amount_cents=9000, currency="EUR", action=Action.REQUEST_APPROVAL, now=NOW)
    with pytest.raises(DecisionError) as err:
        answer_request(store, decision_id=r.decision.id, supervisor_id=people["anna"],
                       approve=True, now=NOW)
    assert said(err.value) == "Only a supervisor can answer an approval request."
    own = grant(store, agent_id=people["sara"], customer_id=people["c2"], remedy="credit",
                amount_cents=30000, currency="EUR", action=Action.REQUEST_APPROVAL, now=NOW)
    with pytest.raises(DecisionError) as err:
        answer_request(store, decision_id=own.decision.id, supervisor_id=people["sara"],
                       approve=True, now=NOW)
    assert said(err.value) == "Nobody can answer their own request: ask another supervisor."


# -- override ------------------------------------------------------------------------------

def test_an_override_needs_a_written_reason(store: Store, people: dict[str, str]) -> None:
    before = counts(store)
    for reason in (None, "", "   "):
        with pytest.raises(DecisionError) as err:
            grant(store, agent_id=people["anna"], customer_id=people["c1"], remedy="upgrade",
                  amount_cents=7000, currency="EUR", action=Action.OVERRIDE, reason=reason,
                  now=NOW)
        assert said(err.value) == ("An override needs a written reason: say why this customer "
                                  "should have more than your authority allows.")
    assert counts(store) == before
    r = grant(store, agent_id=people["anna"], customer_id=people["c1"], remedy="upgrade",
              amount_cents=7000, currency="EUR", action=Action.OVERRIDE,
              reason="Third outage this month; the upgrade fixes it", now=NOW)
    assert r.decision.authority_state == AuthorityState.OVERRIDE
    assert r.follow_up_id
    items = review.review_queue(store, ReviewFilter(flags=frozenset({Flag.OVERRIDE})), now=NOW)
    assert [i.decision.id for i in items] == [r.decision.id]


def test_an_override_is_refused_where_the_policy_does_not_allow_it(
        store: Store, people: dict[str, str]) -> None:
    strict = policy(store)
    strict["agent"] = replace(strict["agent"], may_override_with_reason=False)
    import_policy(store, strict)
    with pytest.raises(DecisionError) as err:
        grant(store, agent_id=people["anna"], customer_id=people["c1"], remedy="upgrade",
              amount_cents=7000, currency="EUR", action=Action.OVERRIDE, reason="Because",
              now=NOW)
    assert said(err.value) == ("This amount is over your authority (per decision) and your role "
                              "may not override it: ask a supervisor for approval.")


def test_limits_follow_the_policy_in_the_store(store: Store, people: dict[str, str]) -> None:
    generous = policy(store)
    generous["agent"] = replace(generous["agent"], max_per_decision_cents=6000)
    import_policy(store, generous)
    r = grant(store, agent_id=people["anna"], customer_id=people["c1"], remedy="credit",
              amount_cents=6000, currency="EUR", now=NOW)
    assert r.decision.authority_state == AuthorityState.WITHIN


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
