"""Skills grown, not blamed (issue 19, part 6): training asked, lessons' playbook sections
read, praise celebrated; each refusal has its code and changes nothing stored."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import func, select

from carecenter.db.models import (
    Celebration,
    OutboxOp,
    PlaybookRead,
    ReviewNote,
    TrainingRequest,
)
from carecenter.db.store import Store
from carecenter.problems import Problem
from carecenter.services.decisions.coaching import (
    ask_training,
    celebrate,
    celebrations,
    my_learning,
    recent_praise,
    record_read,
    training_asked,
)
from carecenter.services.decisions.grants import DecisionError, grant
from carecenter.services.decisions.review import add_review_note, teaching_moments
from tests.factories import make_customer
from tests.unit.recovery_data import T0, hours, make_agent, new_case

REF = "billing_error#Errors to avoid"


@pytest.fixture
def desk(store: Store) -> dict[str, str]:
    customer = make_customer(store, "C1", "Giulia", "Bianchi")
    anna = make_agent(store, "Anna Rossi")
    sara = make_agent(store, "Sara Conti", role="supervisor")
    d = grant(store, agent_id=anna, customer_id=customer, remedy="gift", amount_cents=1000,
              currency="EUR", now=T0).decision.id
    return {"customer": customer, "anna": anna, "sara": sara, "decision": d,
            "case": new_case(store, customer, anna)}


def _counts(store: Store) -> Any:
    with store.session() as s:
        return tuple(s.scalar(select(func.count()).select_from(m)) for m in (
            TrainingRequest, PlaybookRead, Celebration, ReviewNote, OutboxOp))


def test_training_asked_from_a_case_and_a_decision_reaches_the_queue(
        store: Store, desk: dict[str, str]) -> None:
    ask_training(store, agent_id=desk["anna"], text=" Calming an angry caller ", now=T0,
                 case_id=desk["case"])
    ask_training(store, agent_id=desk["anna"], text="When is a gift right?",
                 now=T0 + hours(1), decision_id=desk["decision"])
    asked = training_asked(store, since=T0)
    assert [(a.agent_name, a.customer_name, a.case_id, a.decision_id, a.text) for a in asked] == [
        ("Anna Rossi", "Giulia Bianchi", None, desk["decision"], "When is a gift right?"),
        ("Anna Rossi", "Giulia Bianchi", desk["case"], None, "Calming an angry caller")]
    assert [a.text for a in my_learning(store, desk["anna"]).asked] == [
        "When is a gift right?", "Calming an angry caller"]


def test_a_lesson_points_to_a_section_and_the_read_is_recorded(
        store: Store, desk: dict[str, str]) -> None:
    note = add_review_note(store, author_id=desk["sara"], kind="lesson", text="Name the line.",
                           decision_id=desk["decision"], playbook_ref=REF, now=T0).note
    assert note.playbook_ref == REF
    [moment] = teaching_moments(store, desk["anna"])
    assert moment.note.playbook_ref == REF
    record_read(store, agent_id=desk["anna"], note_id=note.id, now=T0 + hours(2))
    [read] = my_learning(store, desk["anna"]).reads
    assert (read.note_id, read.playbook_ref, read.at) == (note.id, REF, T0 + hours(2))
    with store.session() as s:
        [op] = s.scalars(select(OutboxOp).where(OutboxOp.table == "playbook_read")).all()
    assert op.fields["playbook_ref"][0] == REF and op.fields["agent_id"][0] == desk["anna"]


def test_a_praise_is_celebrated_once(store: Store, desk: dict[str, str]) -> None:
    note = add_review_note(store, author_id=desk["sara"], kind="praise", text="Exactly right.",
                           decision_id=desk["decision"], now=T0).note
    celebrate(store, by_id=desk["sara"], note_id=note.id, now=T0 + hours(1))
    [shared] = celebrations(store, T0 + hours(2))
    assert (shared.agent_name, shared.author_name, shared.text, shared.celebrated_at) == (
        "Anna Rossi", "Sara Conti", "Exactly right.", T0 + hours(1))
    assert recent_praise(store, since=T0)[0].celebrated_at == T0 + hours(1)
    before = _counts(store)
    with pytest.raises(DecisionError) as err:
        celebrate(store, by_id=desk["sara"], note_id=note.id, now=T0 + hours(3))
    assert err.value.code is Problem.ALREADY_CELEBRATED
    assert _counts(store) == before


@pytest.mark.parametrize(("call", "code"), [
    (lambda st, d: ask_training(st, agent_id=d["anna"], text="   ", now=T0,
                                case_id=d["case"]), Problem.TRAINING_EMPTY),
    (lambda st, d: ask_training(st, agent_id=d["anna"], text="x" * 2001, now=T0,
                                case_id=d["case"]), Problem.NOTE_TOO_LONG),
    (lambda st, d: ask_training(st, agent_id=d["anna"], text="Help", now=T0),
     Problem.TRAINING_TARGET),
    (lambda st, d: ask_training(st, agent_id=d["anna"], text="Help", now=T0,
                                case_id=d["case"], decision_id=d["decision"]),
     Problem.TRAINING_TARGET),
    (lambda st, d: ask_training(st, agent_id=d["anna"], text="Help", now=T0,
                                case_id="0190a0b0-0000-7000-8000-00000000dead"),
     Problem.CASE_UNKNOWN_HERE),
    (lambda st, d: add_review_note(st, author_id=d["sara"], kind="praise", text="Good",
                                   decision_id=d["decision"], playbook_ref=REF),
     Problem.PLAYBOOK_LINK),
    (lambda st, d: add_review_note(st, author_id=d["sara"], kind="lesson", text="Try",
                                   decision_id=d["decision"], playbook_ref="no section"),
     Problem.PLAYBOOK_LINK),
    (lambda st, d: celebrate(st, by_id=d["anna"], note_id=_note(st, d, "praise"), now=T0),
     Problem.ONLY_SUPERVISOR_REVIEWS),
    (lambda st, d: celebrate(st, by_id=d["sara"], note_id=_note(st, d, "lesson"), now=T0),
     Problem.CELEBRATE_PRAISE_ONLY),
    (lambda st, d: record_read(st, agent_id=d["anna"], note_id=_note(st, d, "lesson"),
                               now=T0), Problem.NO_PLAYBOOK_LINK),
])
def test_refusals_change_nothing(store: Store, desk: dict[str, str], call: Any,
                                 code: Problem) -> None:
    _note(store, desk, "praise")
    _note(store, desk, "lesson")
    before = _counts(store)
    with pytest.raises(DecisionError) as err:
        call(store, desk)
    assert err.value.code is code
    assert _counts(store) == before


def _note(store: Store, desk: dict[str, str], kind: str) -> str:
    with store.session() as s:
        found = s.scalar(select(ReviewNote.id).where(ReviewNote.kind == kind))
    if found is not None:
        return found
    return add_review_note(store, author_id=desk["sara"], kind=kind, text=f"A {kind}",
                           decision_id=desk["decision"], now=T0).note.id


def test_the_demo_has_a_lesson_with_its_section_a_celebration_and_training_asked(
        store: Store) -> None:
    from carecenter.demo.builder import build_demo
    from carecenter.demo.coaching import ASKS, PRAISE, SECTION

    summary = build_demo(store, customers=60, seed=1)
    assert summary.rows["celebration"] == 1 and summary.rows["training_request"] >= 1
    with store.session() as s:
        assert s.scalar(select(ReviewNote.playbook_ref).where(
            ReviewNote.kind == "lesson", ReviewNote.playbook_ref.is_not(None))) == SECTION
    assert [p.text for p in celebrations(store, summary_now(store))] == [PRAISE]
    assert training_asked(store, since=summary_now(store) - hours(24 * 365))[-1].text == ASKS[0]


def summary_now(store: Store) -> Any:
    with store.session() as s:
        return s.scalar(select(func.max(Celebration.at))) + hours(3)
