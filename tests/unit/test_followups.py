"""Promises and follow-ups: the queues, the banner's open promises, outcomes."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from carecenter.commands.refusal_words import refusal_sentence as said
from carecenter.db.models import Case, Customer, Decision, FollowUp
from carecenter.db.store import Store
from carecenter.services.cases.followups import (
    complete_follow_up,
    my_follow_ups,
    open_promises,
    queue_counts,
    record_promise,
    remedy_outcomes,
    reschedule,
    schedule_follow_up,
    schedule_remedy_check,
    team_queue,
)
from carecenter.services.cases.lifecycle import (
    CaseError,
    close_case,
    customer_cases,
    get_case,
    tick_step,
)
from carecenter.services.uow import UnitOfWork
from carecenter.sync.hub import Hub, init_hub
from carecenter.sync.replica import Replica
from carecenter.sync.transport import InProcessTransport
from tests.factories import make_customer
from tests.unit.recovery_data import T0, count, hours, make_agent, new_case, outbox_size, resolve

ROME = ZoneInfo("Europe/Rome")


@pytest.fixture
def people(store: Store) -> tuple[str, str]:
    return make_customer(store, "C1", "Giulia", "Bianchi"), make_agent(store, "Anna Rossi")


def test_a_promise_becomes_a_follow_up_and_sets_the_case_due(
        store: Store, people: tuple[str, str]) -> None:
    customer, anna = people
    case_id = new_case(store, customer, anna)
    friday = T0 + hours(96)
    first = record_promise(store, customer_id=customer, case_id=case_id, agent_id=anna,
                           text=" We call you back by Friday ", due=friday, now=T0)
    fu = first.follow_up
    assert (fu.reason, fu.note, fu.due, fu.assignee_id, fu.case_id, fu.customer_name,
            fu.bucket) == ("promise", "We call you back by Friday", friday, anna, case_id,
                           "Giulia Bianchi", "upcoming")
    assert first.changes.tables == frozenset({"follow_up", "case"})
    assert get_case(store, case_id).promise_due == friday

    refund = record_promise(store, customer_id=customer, case_id=case_id, agent_id=anna,
                            text="The refund arrives within 2 days", due=T0 + hours(48),
                            now=T0).follow_up
    assert get_case(store, case_id).promise_due == T0 + hours(48)
    complete_follow_up(store, refund.id, outcome="satisfied", agent_id=anna, now=T0 + hours(40))
    assert get_case(store, case_id).promise_due == friday
    complete_follow_up(store, fu.id, outcome="satisfied", agent_id=anna, now=T0 + hours(90))
    assert get_case(store, case_id).promise_due is None


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"text": "  "}, "Write what was promised to the customer."),
    ({"due": T0 - hours(1)}, "The follow-up cannot be due in the past; choose a later time."),
    ({"customer_id": "nobody"}, "There is no customer with id nobody."),
    ({"assignee_id": "ghost"}, "There is no agent with id ghost."),
])
def test_bad_promises_are_refused_and_nothing_is_stored(
        store: Store, people: tuple[str, str], kwargs: dict[str, object], message: str) -> None:
    customer, anna = people
    args: dict[str, object] = {"customer_id": customer, "agent_id": anna, "text": "Call back",
                               "due": T0 + hours(5), **kwargs}
    before = (count(store, FollowUp), outbox_size(store))
    with pytest.raises(CaseError) as err:
        record_promise(store, now=T0, **args)  # type: ignore[arg-type]
    assert said(err.value) == message
    assert (count(store, FollowUp), outbox_size(store)) == before


def test_a_promise_on_another_customers_case_is_refused(
        store: Store, people: tuple[str, str]) -> None:
    customer, anna = people
    other = make_customer(store, "C2", "Marco", "Verdi")
    case_id = new_case(store, other, anna)
    with pytest.raises(CaseError) as err:
        record_promise(store, customer_id=customer, case_id=case_id, agent_id=anna,
                       text="Call back", due=T0 + hours(1), now=T0)
    assert said(err.value) == "That case belongs to another customer."
    assert count(store, FollowUp) == 0


def test_queues_sort_by_due_into_overdue_today_upcoming(
        store: Store, people: tuple[str, str]) -> None:
    customer, anna = people
    bruno = make_agent(store, "Bruno Neri", team="store")
    now = datetime(2026, 3, 2, 21, 30, tzinfo=UTC)  # 22:30 in Rome

    def promise(text: str, due: datetime) -> str:  # promised in the morning
        return record_promise(store, customer_id=customer, agent_id=anna, text=text, due=due,
                              now=T0).follow_up.id

    ids = {
        "late": promise("late", now - hours(3)),
        "later_today_rome": promise("23:30 in Rome", now + hours(1)),
        "after_midnight_rome": promise("00:30 in Rome: tomorrow", now + hours(2)),
        "next_week": promise("next week", now + hours(24 * 7)),
    }
    # Due before this morning: scheduled days ago (here written directly).
    with UnitOfWork(store) as uow:
        ids["overdue_most"] = uow.add(FollowUp(customer_id=customer, due=now - hours(30),
                                               assignee_id=anna, reason="call_back")).id
    bruno_fu = schedule_follow_up(store, customer_id=customer, due=now + hours(5),
                                  assignee_id=bruno, now=now).follow_up.id

    mine = my_follow_ups(store, anna, now, ROME)
    assert [f.id for f in mine.overdue] == [ids["overdue_most"], ids["late"]]
    assert [f.id for f in mine.today] == [ids["later_today_rome"]]
    assert [f.id for f in mine.upcoming] == [ids["after_midnight_rome"], ids["next_week"]]
    assert (mine.counts.overdue, mine.counts.today, mine.counts.upcoming) == (2, 1, 2)
    assert queue_counts(store, now, ROME, agent_id=anna) == mine.counts

    in_utc = my_follow_ups(store, anna, now)
    assert [f.id for f in in_utc.today] == [ids["later_today_rome"], ids["after_midnight_rome"]]

    team = team_queue(store, now, ROME)
    assert [f.id for f in team.upcoming] == [ids["after_midnight_rome"], bruno_fu,
                                             ids["next_week"]]
    assert queue_counts(store, now, ROME) == team.counts
    assert [f.id for f in team_queue(store, now, ROME, team="store").all] == [bruno_fu]

    complete_follow_up(store, ids["late"], outcome="unreachable", agent_id=anna, now=now)
    assert [f.id for f in my_follow_ups(store, anna, now, ROME).overdue] == [
        ids["overdue_most"]]


def test_open_promises_for_the_banner(store: Store, people: tuple[str, str]) -> None:
    customer, anna = people
    other = make_customer(store, "C2", "Marco", "Verdi")
    merged = make_customer(store, "C3", "Giulia", "Bianchi")
    now = T0 + hours(30)
    overdue_promise = record_promise(store, customer_id=customer, agent_id=anna,
                                     text="Refund by tomorrow", due=T0 + hours(24),
                                     now=T0).follow_up.id
    open_promise = record_promise(store, customer_id=customer, agent_id=anna,
                                  text="Call back Friday", due=T0 + hours(96),
                                  now=T0).follow_up.id
    kept = record_promise(store, customer_id=customer, agent_id=anna, text="Send the form",
                          due=T0 + hours(2), now=T0).follow_up.id
    complete_follow_up(store, kept, outcome="satisfied", agent_id=anna, now=T0 + hours(1))
    late_call = schedule_follow_up(store, customer_id=customer, due=T0 + hours(10),
                                   assignee_id=anna, now=T0).follow_up.id
    schedule_follow_up(store, customer_id=customer, due=T0 + hours(50), assignee_id=anna,
                       now=T0)  # not overdue: not on the banner
    record_promise(store, customer_id=other, agent_id=anna, text="Not hers",
                   due=T0 + hours(20), now=T0)
    from_merged = record_promise(store, customer_id=merged, agent_id=anna,
                                 text="Promised before the merge", due=T0 + hours(40),
                                 now=T0).follow_up.id
    with UnitOfWork(store) as uow:
        row = uow.session.get(Customer, merged)
        assert row is not None
        uow.update(row, merged_into_id=customer)

    banner = open_promises(store, customer, now)
    assert [p.id for p in banner.promises] == [overdue_promise, from_merged, open_promise]
    assert [p.id for p in banner.overdue_promises] == [overdue_promise]
    assert [p.note for p in banner.promises] == [
        "Refund by tomorrow", "Promised before the merge", "Call back Friday"]
    assert [f.id for f in banner.overdue_follow_ups] == [late_call]
    assert not open_promises(store, make_customer(store, "C4", "Nobody"), now)


def test_not_satisfied_reopens_the_closed_case(store: Store, people: tuple[str, str]) -> None:
    customer, anna = people
    case_id = new_case(store, customer, anna)
    fu = resolve(store, case_id, anna, T0, satisfied=False)
    assert fu is not None
    assert get_case(store, case_id).status == "closed"

    done = complete_follow_up(store, fu, outcome="not_satisfied", agent_id=anna,
                              now=T0 + hours(24), note=" Second invoice still wrong ")
    assert (done.follow_up.status, done.follow_up.outcome, done.follow_up.outcome_note,
            done.follow_up.done_at, done.follow_up.done_by_id) == (
        "done", "not_satisfied", "Second invoice still wrong", T0 + hours(24), anna)
    new_id = done.reopened_case_id
    assert new_id is not None
    new = get_case(store, new_id)
    assert (new.reopens_id, new.status, new.category) == (case_id, "open", "billing_error")
    assert [c.id for c in customer_cases(store, customer)] == [new_id]
    assert done.changes.rows["case"] == frozenset({new_id})
    assert get_case(store, case_id).status == "closed"


def test_not_satisfied_on_an_open_case_keeps_it(store: Store,
                                                people: tuple[str, str]) -> None:
    customer, anna = people
    case_id = new_case(store, customer, anna)
    fu = schedule_follow_up(store, customer_id=customer, case_id=case_id, due=T0 + hours(2),
                            assignee_id=anna, now=T0).follow_up.id
    done = complete_follow_up(store, fu, outcome="not_satisfied", agent_id=anna,
                              now=T0 + hours(3))
    assert done.reopened_case_id is None
    assert count(store, Case) == 1


@pytest.mark.parametrize("outcome", ["satisfied", "unreachable"])
def test_other_outcomes_leave_the_case_closed(store: Store, people: tuple[str, str],
                                              outcome: str) -> None:
    customer, anna = people
    case_id = new_case(store, customer, anna)
    fu = resolve(store, case_id, anna, T0, satisfied=False)
    assert fu is not None
    done = complete_follow_up(store, fu, outcome=outcome, agent_id=anna, now=T0 + hours(24))
    assert done.reopened_case_id is None
    assert get_case(store, case_id).status == "closed"
    assert count(store, Case) == 1


def test_bad_completions_are_refused(store: Store, people: tuple[str, str]) -> None:
    customer, anna = people
    fu = record_promise(store, customer_id=customer, agent_id=anna, text="Call back",
                        due=T0 + hours(5), now=T0).follow_up.id
    before = outbox_size(store)
    with pytest.raises(CaseError) as err:
        complete_follow_up(store, fu, outcome="happy", agent_id=anna, now=T0)
    assert said(err.value) == "The outcome must be satisfied, not_satisfied or unreachable."
    with pytest.raises(CaseError) as err:
        complete_follow_up(store, "nope", outcome="satisfied", agent_id=anna, now=T0)
    assert said(err.value) == "There is no follow-up with id nope."
    assert outbox_size(store) == before
    complete_follow_up(store, fu, outcome="satisfied", agent_id=anna, now=T0)
    before = outbox_size(store)
    with pytest.raises(CaseError) as err:
        complete_follow_up(store, fu, outcome="unreachable", agent_id=anna, now=T0)
    assert said(err.value) == "This follow-up is already done."
    assert outbox_size(store) == before


def test_reschedule_moves_the_promise_due(store: Store, people: tuple[str, str]) -> None:
    customer, anna = people
    bruno = make_agent(store, "Bruno Neri")
    case_id = new_case(store, customer, anna)
    fu = record_promise(store, customer_id=customer, case_id=case_id, agent_id=anna,
                        text="Call back", due=T0 + hours(5), now=T0).follow_up.id
    moved = reschedule(store, fu, due=T0 + hours(29), now=T0 + hours(1), assignee_id=bruno)
    assert (moved.follow_up.due, moved.follow_up.assignee_name) == (T0 + hours(29),
                                                                    "Bruno Neri")
    assert get_case(store, case_id).promise_due == T0 + hours(29)


def test_a_remedy_check_links_the_answer_to_the_decision(
        store: Store, people: tuple[str, str]) -> None:
    customer, anna = people
    case_id = new_case(store, customer, anna)
    with UnitOfWork(store) as uow:
        decision = uow.add(Decision(customer_id=customer, case_id=case_id, agent_id=anna,
                                    remedy="credit", amount_cents=1000, currency="EUR",
                                    reason="Charged twice", at=T0))
    assert remedy_outcomes(store, [decision.id]) == {decision.id: None}
    check = schedule_remedy_check(store, decision_id=decision.id, due=T0 + hours(72),
                                  assignee_id=None, now=T0).follow_up
    assert (check.reason, check.decision_id, check.case_id, check.customer_id,
            check.assignee_id) == ("remedy_check", decision.id, case_id, customer, anna)
    complete_follow_up(store, check.id, outcome="satisfied", agent_id=anna, now=T0 + hours(72))
    assert remedy_outcomes(store, [decision.id]) == {decision.id: "satisfied"}
    with pytest.raises(CaseError) as err:
        schedule_remedy_check(store, decision_id="nope", due=T0 + hours(1), assignee_id=anna,
                              now=T0)
    assert said(err.value) == "There is no decision with id nope."


def test_promises_and_reopening_travel_between_two_stores(tmp_path: Path) -> None:
    """A promise made on one workstation shows in the banner and the queue of another after
    a sync; "not satisfied" there reopens the case, and the first sees the reopening."""
    url = f"sqlite:///{tmp_path / 'hub.db'}"
    init_hub(url)
    hub = Hub(url)
    a, b = Store.open(tmp_path / "a.db"), Store.open(tmp_path / "b.db")

    def sync(store: Store) -> None:
        report = Replica(store, InProcessTransport(hub)).sync()
        assert report.error is None, report.error

    try:
        customer = make_customer(a, "C1", "Giulia", "Bianchi")
        anna = make_agent(a, "Anna Rossi")
        case_id = new_case(a, customer, anna)
        promise = record_promise(a, customer_id=customer, case_id=case_id, agent_id=anna,
                                 text="We call you back by Friday", due=T0 + hours(96),
                                 now=T0).follow_up.id
        call = tick_step(a, case_id, "follow_up", agent_id=anna, now=T0,
                         follow_up_due=T0 + hours(24)).follow_up_id
        assert close_case(a, case_id, agent_id=anna, now=T0 + hours(1),
                          reason="Customer asked to close it now").closed
        sync(a)
        sync(b)

        now = T0 + hours(30)
        banner = open_promises(b, customer, now)
        assert [(p.id, p.note, p.due) for p in banner.promises] == [
            (promise, "We call you back by Friday", T0 + hours(96))]
        assert [f.id for f in banner.overdue_follow_ups] == [call]
        assert [f.id for f in team_queue(b, now).all] == [call, promise]
        on_b = get_case(b, case_id)
        assert (on_b.status, on_b.close_override, on_b.promise_due) == (
            "closed", True, T0 + hours(96))
        assert [s.id for s in on_b.steps if s.done] == ["follow_up"]

        assert call is not None
        reopened = complete_follow_up(b, call, outcome="not_satisfied", agent_id=anna,
                                      now=now).reopened_case_id
        sync(b)
        sync(a)
        assert [c.id for c in customer_cases(a, customer)] == [reopened]
        assert get_case(a, case_id).status == "closed"
        assert [f.id for f in my_follow_ups(a, anna, now).all] == [promise]
    finally:
        a.close()
        b.close()
        hub.close()
