"""Cases: opening, ticking, the close gate with its override, reopening."""

from __future__ import annotations

import pytest

from carecenter.commands.refusal_words import refusal_sentence as said
from carecenter.db.models import Case, CaseStepEvent, FollowUp
from carecenter.db.store import Store
from carecenter.services.cases.followups import my_follow_ups
from carecenter.services.cases.lifecycle import (
    CaseError,
    case_history,
    close_case,
    customer_cases,
    get_case,
    open_case,
    reopen_case,
    tick_step,
    untick_step,
)
from carecenter.services.supervisor import recovery_by_category, workload
from tests.factories import make_customer
from tests.unit.recovery_data import (
    T0,
    count,
    hours,
    make_agent,
    new_case,
    outbox_size,
    templates,
    tick_all,
)


@pytest.fixture
def people(store: Store) -> tuple[str, str]:
    return make_customer(store, "C1", "Giulia", "Bianchi"), make_agent(store, "Anna Rossi")


def test_open_case_copies_the_category_steps(store: Store, people: tuple[str, str]) -> None:
    customer, anna = people
    before = outbox_size(store)
    result = open_case(store, templates(), customer_id=customer, category="late_delivery",
                       summary="  The sofa was due on Monday, it's Friday!  ", severity="high",
                       agent_id=anna, now=T0)
    case = result.case
    assert (case.customer_id, case.category, case.severity, case.status) == (
        customer, "late_delivery", "high", "open")
    assert case.summary == "The sofa was due on Monday, it's Friday!"
    assert (case.opened_at, case.opened_by_id) == (T0, anna)
    assert [s.id for s in case.steps] == ["apologise", "act", "track_order", "empathy",
                                          "compensate", "follow_up"]
    assert not any(s.done for s in case.steps)
    assert case.steps[2].label("it") == "Rintracciare l'ordine e comunicare una nuova data"
    assert result.changes.rows["case"] == frozenset({case.id})
    assert result.changes.customer_ids == frozenset({customer})
    assert outbox_size(store) == before + 1  # the insert, as a sync op


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"category": "weather"}, 'There is no checklist for the category "weather"; choose one '
     "of: billing_error, defective_product, late_delivery, staff_behaviour, other."),
    ({"severity": "urgent"}, "The severity must be low, medium or high."),
    ({"summary": "   "}, "Write what happened, in the customer's words."),
    ({"customer_id": "nobody"}, "There is no customer with id nobody."),
    ({"agent_id": "ghost"}, "There is no agent with id ghost."),
])
def test_open_case_refuses_bad_input_and_stores_nothing(
        store: Store, people: tuple[str, str], kwargs: dict[str, str], message: str) -> None:
    customer, anna = people
    args = {"customer_id": customer, "category": "billing_error", "summary": "Charged twice",
            "severity": "low", "agent_id": anna, **kwargs}
    before = (count(store, Case), outbox_size(store))
    with pytest.raises(CaseError) as err:
        open_case(store, templates(), now=T0, **args)
    assert said(err.value) == message
    assert (count(store, Case), outbox_size(store)) == before


def test_tick_and_untick_record_who_when_and_note(store: Store,
                                                  people: tuple[str, str]) -> None:
    customer, anna = people
    bruno = make_agent(store, "Bruno Neri")
    case_id = new_case(store, customer, anna)
    ticked = tick_step(store, case_id, "apologise", agent_id=anna, now=T0 + hours(1),
                       note=" Said sorry twice ")
    step = ticked.case.steps[0]
    assert (step.done, step.by_id, step.by_name, step.at, step.note) == (
        True, anna, "Anna Rossi", T0 + hours(1), "Said sorry twice")
    assert ticked.case.status == "in_progress"
    assert ticked.changes.rows["case_step_event"]

    unticked = untick_step(store, case_id, "apologise", agent_id=bruno, now=T0 + hours(2),
                           note="Not really")
    step = unticked.case.steps[0]
    assert (step.done, step.by_id, step.at, step.note) == (False, bruno, T0 + hours(2),
                                                           "Not really")
    history = case_history(store, case_id)
    assert [(e.step, e.done, e.agent_name) for e in history] == [
        ("apologise", True, "Anna Rossi"), ("apologise", False, "Bruno Neri")]
    # Step events are append-only: both rows stay.
    assert count(store, CaseStepEvent) == 2


def test_compensate_needs_what_was_offered(store: Store, people: tuple[str, str]) -> None:
    customer, anna = people
    case_id = new_case(store, customer, anna)
    before = outbox_size(store)
    with pytest.raises(CaseError) as err:
        tick_step(store, case_id, "compensate", agent_id=anna, now=T0, note="  ")
    assert said(err.value) == "Write in the note what was offered to the customer."
    assert outbox_size(store) == before
    done = tick_step(store, case_id, "compensate", agent_id=anna, now=T0,
                     note="Waived the 5 EUR reminder fee")
    assert done.case.steps[5].note == "Waived the 5 EUR reminder fee"


def test_follow_up_step_schedules_a_follow_up(store: Store, people: tuple[str, str]) -> None:
    customer, anna = people
    case_id = new_case(store, customer, anna)
    with pytest.raises(CaseError) as err:
        tick_step(store, case_id, "follow_up", agent_id=anna, now=T0)
    assert said(err.value) == "Choose when to follow up with the customer."
    with pytest.raises(CaseError) as err:
        tick_step(store, case_id, "follow_up", agent_id=anna, now=T0,
                  follow_up_due=T0 - hours(1))
    assert said(err.value) == "The follow-up cannot be due in the past; choose a later time."
    assert count(store, FollowUp) == 0
    assert count(store, CaseStepEvent) == 0

    done = tick_step(store, case_id, "follow_up", agent_id=anna, now=T0,
                     follow_up_due=T0 + hours(48), note="Check the refund arrived")
    assert done.follow_up_id is not None
    assert done.changes.rows["follow_up"] == frozenset({done.follow_up_id})
    queue = my_follow_ups(store, anna, T0)
    assert [(f.id, f.reason, f.case_id, f.due, f.note) for f in queue.upcoming] == [
        (done.follow_up_id, "call_back", case_id, T0 + hours(48), "Check the refund arrived")]


def test_unknown_step_is_refused(store: Store, people: tuple[str, str]) -> None:
    customer, anna = people
    case_id = new_case(store, customer, anna, category="other")
    with pytest.raises(CaseError) as err:
        tick_step(store, case_id, "check_invoice", agent_id=anna, now=T0)
    assert said(err.value) == 'The case has no step "check_invoice".'


def test_close_gate_lists_unticked_steps_and_writes_nothing(
        store: Store, people: tuple[str, str]) -> None:
    customer, anna = people
    case_id = new_case(store, customer, anna)
    tick_step(store, case_id, "apologise", agent_id=anna, now=T0)
    tick_step(store, case_id, "act", agent_id=anna, now=T0)
    before = outbox_size(store)
    for reason in (None, "", "   "):
        result = close_case(store, case_id, agent_id=anna, now=T0 + hours(1), reason=reason)
        assert not result.closed
        assert [s.id for s in result.open_steps] == [
            "check_invoice", "correct_billing", "empathy", "compensate", "follow_up"]
        assert not result.changes
    assert outbox_size(store) == before
    assert get_case(store, case_id).status == "in_progress"


def test_close_with_reason_is_an_override_and_is_counted(
        store: Store, people: tuple[str, str]) -> None:
    customer, anna = people
    case_id = new_case(store, customer, anna)
    tick_step(store, case_id, "apologise", agent_id=anna, now=T0)
    reason = "Customer hung up; the invoice was already corrected by accounting."
    result = close_case(store, case_id, agent_id=anna, now=T0 + hours(3),
                        reason=f"  {reason}\n")
    assert result.closed
    assert len(result.open_steps) == 6
    case = result.case
    assert (case.status, case.closed_at, case.close_reason, case.close_override) == (
        "closed", T0 + hours(3), reason, True)
    assert case_history(store, case_id)[-1].step == "_override"
    assert case_history(store, case_id)[-1].note == reason
    [load] = workload(store, T0 + hours(4))
    assert (load.agent_name, load.overrides, load.open_cases) == ("Anna Rossi", 1, 0)
    [billing] = recovery_by_category(store)
    assert (billing.category, billing.recovered, billing.overrides) == ("billing_error", 1, 1)


def test_close_with_every_step_ticked_needs_no_reason(
        store: Store, people: tuple[str, str]) -> None:
    customer, anna = people
    case_id = new_case(store, customer, anna)
    tick_all(store, case_id, anna, T0)
    result = close_case(store, case_id, agent_id=anna, now=T0 + hours(1))
    assert result.closed
    assert result.open_steps == ()
    assert (result.case.close_override, result.case.close_reason) == (False, None)
    assert case_history(store, case_id)[-1].step == "_closed"
    [billing] = recovery_by_category(store)
    assert billing.overrides == 0


def test_a_closed_case_cannot_change(store: Store, people: tuple[str, str]) -> None:
    customer, anna = people
    case_id = new_case(store, customer, anna)
    close_case(store, case_id, agent_id=anna, now=T0, reason="Duplicate of another case")
    before = outbox_size(store)
    with pytest.raises(CaseError) as err:
        tick_step(store, case_id, "apologise", agent_id=anna, now=T0)
    assert said(err.value) == "This case is closed; reopen it to change its checklist."
    with pytest.raises(CaseError) as err:
        close_case(store, case_id, agent_id=anna, now=T0, reason="again")
    assert said(err.value) == "This case is already closed."
    assert outbox_size(store) == before


def test_reopen_makes_a_new_case_naming_the_closed_one(
        store: Store, people: tuple[str, str]) -> None:
    customer, anna = people
    case_id = new_case(store, customer, anna)
    with pytest.raises(CaseError) as err:
        reopen_case(store, case_id, agent_id=anna, now=T0, reason="Still wrong")
    assert said(err.value) == "Only a closed case can be reopened."
    tick_all(store, case_id, anna, T0)
    close_case(store, case_id, agent_id=anna, now=T0 + hours(1))
    with pytest.raises(CaseError) as err:
        reopen_case(store, case_id, agent_id=anna, now=T0 + hours(2), reason=" ")
    assert said(err.value) == "Say why the case is reopened."

    new = reopen_case(store, case_id, agent_id=anna, now=T0 + hours(2),
                      reason="The next invoice is wrong again").case
    assert new.id != case_id
    assert (new.reopens_id, new.status, new.category, new.opened_at) == (
        case_id, "open", "billing_error", T0 + hours(2))
    assert not any(s.done for s in new.steps)
    assert get_case(store, case_id).status == "closed"
    assert case_history(store, new.id)[0].note == "The next invoice is wrong again"
    assert [c.id for c in customer_cases(store, customer)] == [new.id]
    assert [c.id for c in customer_cases(store, customer, include_closed=True)] == [
        new.id, case_id]
    # Reopening the old case again returns the open reopening instead of a third case.
    again = reopen_case(store, case_id, agent_id=anna, now=T0 + hours(3), reason="Again")
    assert again.case.id == new.id
    assert count(store, Case) == 2
