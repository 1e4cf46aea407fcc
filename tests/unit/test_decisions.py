"""In-place decisions on a real store: grant within limits (offline: no hub anywhere),
approval requests and answers, overrides with a reason, review notes and teaching
moments, the weekly digest and the figures on hand-computed data."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from carecenter.commands.refusal_words import refusal_sentence as said
from carecenter.db.models import Decision, FollowUp, OutboxOp
from carecenter.db.store import Store
from carecenter.domain import AuthorityState, FollowUpReason
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
from tests.factories import make_customer

NOW = datetime(2026, 3, 10, 11, 0, tzinfo=UTC)


def counts(store: Store) -> dict[str, int]:
    with store.session() as s:
        return {m.__tablename__: s.scalar(select(func.count()).select_from(m)) or 0
                for m in (Decision, FollowUp, OutboxOp)}


def answer_check(store: Store, decision_id: str, outcome: str, at: datetime) -> None:
    """The remedy check of a decision answered (as the follow-up screen records it)."""
    with UnitOfWork(store) as uow:
        fu = uow.session.scalars(select(FollowUp).where(FollowUp.decision_id == decision_id)).one()
        uow.update(fu, status="done", outcome=outcome, done_at=at)




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
