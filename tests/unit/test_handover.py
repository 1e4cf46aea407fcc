"""Cover and share-out (issue 19, part 1): work handed to a colleague or the team queue,
audited, in the outbox, new in the receiver's "Mine" until seen; refusals change nothing."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from carecenter.db.models import Case, FollowUp, HandOver, OutboxOp
from carecenter.db.store import Store
from carecenter.problems import Problem
from carecenter.services.cases.casework import CaseError
from carecenter.services.cases.followups import my_follow_ups, schedule_follow_up
from carecenter.services.cases.handover import (
    colleagues,
    hand_over,
    mark_seen,
    new_for,
    open_work,
    share_out,
    team_work,
)
from carecenter.services.supervisor import workload
from tests.factories import make_customer
from tests.unit.recovery_data import T0, hours, make_agent, new_case


@pytest.fixture
def desk(store: Store) -> dict[str, str]:
    customer = make_customer(store, "C1", "Giulia", "Bianchi")
    ids = {"customer": customer, "anna": make_agent(store, "Anna Rossi"),
           "bruno": make_agent(store, "Bruno Neri"), "carla": make_agent(store, "Carla Verdi"),
           "sara": make_agent(store, "Sara Conti", role="supervisor")}
    ids["case"] = new_case(store, customer, ids["anna"])
    ids["fu_b"] = schedule_follow_up(store, customer_id=customer, due=T0 + hours(5),
                                     assignee_id=ids["bruno"], now=T0).follow_up.id
    for n in (1, 2, 3):
        ids[f"fu{n}"] = schedule_follow_up(
            store, customer_id=customer, due=T0 + hours(24 * n), assignee_id=ids["anna"],
            now=T0, note=f"Call back {n}").follow_up.id
    return ids


def _ops(store: Store, after: int = 0) -> list[tuple[str, str, list[str]]]:
    with store.session() as s:
        return [(o.table, o.kind, sorted(o.fields)) for o in s.scalars(
            select(OutboxOp).where(OutboxOp.seq > after).order_by(OutboxOp.seq))]


def _last_seq(store: Store) -> int:
    with store.session() as s:
        return max(s.scalars(select(OutboxOp.seq)), default=0)


def _state(store: Store) -> Any:
    with store.session() as s:
        return ([(f.id, f.assignee_id) for f in s.scalars(
                    select(FollowUp).order_by(FollowUp.id))],
                [(c.id, c.owner_id, c.handed_at) for c in s.scalars(
                    select(Case).order_by(Case.id))],
                len(s.scalars(select(HandOver)).all()), _last_seq(store))


def test_an_agent_hands_a_follow_up_and_a_case_to_a_colleague_with_a_note(
        store: Store, desk: dict[str, str]) -> None:
    before = _last_seq(store)
    result = hand_over(store, by_id=desk["anna"], to_id=desk["bruno"], now=T0,
                       follow_up_ids=[desk["fu1"]], case_ids=[desk["case"]],
                       note=" Off sick today: the customer expects a call at 10. ")
    assert result.handed == 2
    assert result.changes.tables == frozenset({"follow_up", "case", "hand_over"})
    with store.session() as s:
        assert s.get(FollowUp, desk["fu1"]).assignee_id == desk["bruno"]
        assert s.get(FollowUp, desk["fu2"]).assignee_id == desk["anna"]
        case = s.get(Case, desk["case"])
        assert (case.owner_id, case.handed_at, case.opened_by_id) == (
            desk["bruno"], T0, desk["anna"])
        rows = {(h.follow_up_id, h.case_id, h.from_id, h.to_id, h.by_id, h.note)
                for h in s.scalars(select(HandOver))}
    note = "Off sick today: the customer expects a call at 10."
    assert rows == {(desk["fu1"], None, desk["anna"], desk["bruno"], desk["anna"], note),
                    (None, desk["case"], desk["anna"], desk["bruno"], desk["anna"], note)}
    hand = ["at", "by_id", "case_id", "follow_up_id", "from_id", "id", "note", "to_id"]
    assert _ops(store, before) == [("hand_over", "insert", hand),
                                   ("follow_up", "update", ["assignee_id"]),
                                   ("hand_over", "insert", hand),
                                   ("case", "update", ["handed_at", "owner_id"])]
    # the receiver sees both as new in "Mine" until she has looked at them
    new = new_for(store, desk["bruno"])
    assert sorted((n.kind, n.item_id, n.from_name, n.note) for n in new) == [
        ("case", desk["case"], "Anna Rossi", note),
        ("follow_up", desk["fu1"], "Anna Rossi", note)]
    assert [f.id for f in my_follow_ups(store, desk["bruno"], T0).all] == [
        desk["fu_b"], desk["fu1"]]
    assert {w.id for w in open_work(store, desk["bruno"])} == {
        desk["fu_b"], desk["fu1"], desk["case"]}
    loads = {w.agent_name: (w.open_cases, w.open_follow_ups) for w in workload(store, T0)}
    assert loads["Bruno Neri"] == (1, 2) and loads["Anna Rossi"] == (0, 2)
    assert mark_seen(store, [new[0].hand_over_id], T0) == 1
    assert len(new_for(store, desk["bruno"])) == 1
    assert mark_seen(store, [n.hand_over_id for n in new], T0) == 1
    assert new_for(store, desk["bruno"]) == ()
    assert _last_seq(store) == before + 4  # seeing is this desk's own: nothing to sync


def test_back_to_the_team_queue_and_taken_from_it(store: Store, desk: dict[str, str]) -> None:
    hand_over(store, by_id=desk["anna"], to_id=None, now=T0, follow_up_ids=[desk["fu2"]],
              case_ids=[desk["case"]], note="Back to the team: I move to the shop.")
    assert {w.id for w in team_work(store)} == {desk["fu2"], desk["case"]}
    # anyone may take the team queue's work
    hand_over(store, by_id=desk["carla"], to_id=desk["carla"], now=T0,
              follow_up_ids=[desk["fu2"]], case_ids=[desk["case"]])
    assert {w.id for w in open_work(store, desk["carla"])} == {desk["fu2"], desk["case"]}
    assert team_work(store) == ()


@pytest.mark.parametrize(("who", "to", "items", "note", "code"), [
    ("bruno", "carla", {"follow_up_ids": ["fu1"]}, None, Problem.NOT_YOURS),
    ("bruno", "carla", {"case_ids": ["case"]}, None, Problem.NOT_YOURS),
    ("anna", "bruno", {}, "Nothing ticked", Problem.HAND_OVER_NOTHING),
    ("anna", "anna", {"follow_up_ids": ["fu1"]}, None, Problem.HAND_OVER_TO_SELF),
    ("anna", "bruno", {"follow_up_ids": ["fu1"]}, "x" * 2001, Problem.NOTE_TOO_LONG),
    # one item refused, none moved: fu1 is Anna's, fu_b is Bruno's
    ("anna", "carla", {"follow_up_ids": ["fu1", "fu_b"]}, None, Problem.NOT_YOURS),
])
def test_a_refused_hand_over_changes_nothing(store: Store, desk: dict[str, str], who: str,
                                             to: str, items: dict[str, list[str]],
                                             note: str | None, code: Problem) -> None:
    before = _state(store)
    with pytest.raises(CaseError) as err:
        hand_over(store, by_id=desk[who], to_id=desk[to], now=T0, note=note,
                  **{k: [desk[i] for i in v] for k, v in items.items()})
    assert err.value.code is code
    assert _state(store) == before


def test_a_supervisor_shares_out_an_absent_agents_work_by_load(
        store: Store, desk: dict[str, str]) -> None:
    # Bruno already holds two follow-ups, Carla nothing
    schedule_follow_up(store, customer_id=desk["customer"], due=T0 + hours(1),
                       assignee_id=desk["bruno"], now=T0)
    loads = {c.name: (c.follow_ups, c.cases) for c in colleagues(store, T0)}
    assert loads == {"Anna Rossi": (3, 1), "Bruno Neri": (2, 0), "Carla Verdi": (0, 0),
                     "Sara Conti": (0, 0)}
    before = _last_seq(store)
    result = share_out(store, by_id=desk["sara"], absent_id=desk["anna"],
                       to_ids=[desk["bruno"], desk["carla"]], now=T0,
                       note="Anna is off today.")
    assert result.handed == 4
    # each item to whoever then had the least: Carla, Carla, Bruno (a tie: the first named)
    with store.session() as s:
        held = {f.id: f.assignee_id for f in s.scalars(select(FollowUp))}
        owner = s.get(Case, desk["case"]).owner_id
        by = {h.by_id for h in s.scalars(select(HandOver))}
    assert [held[desk[f"fu{n}"]] for n in (1, 2, 3)] == [desk["carla"], desk["carla"],
                                                       desk["bruno"]]
    assert owner == desk["carla"]
    assert by == {desk["sara"]}
    assert [t for t, _k, _f in _ops(store, before)] == ["hand_over", "follow_up"] * 3 + [
        "hand_over", "case"]
    assert open_work(store, desk["anna"]) == ()
    assert len(new_for(store, desk["carla"])) == 3


@pytest.mark.parametrize(("who", "absent", "to", "code"), [
    ("bruno", "anna", ["carla"], Problem.ONLY_SUPERVISOR_SHARES),
    ("sara", "anna", [], Problem.NO_RECEIVER),
    ("sara", "anna", ["anna"], Problem.HAND_OVER_TO_SELF),
    ("sara", "carla", ["bruno"], Problem.HAND_OVER_NOTHING),
])
def test_a_refused_share_out_changes_nothing(store: Store, desk: dict[str, str], who: str,
                                             absent: str, to: list[str],
                                             code: Problem) -> None:
    before = _state(store)
    with pytest.raises(CaseError) as err:
        share_out(store, by_id=desk[who], absent_id=desk[absent],
                  to_ids=[desk[t] for t in to], now=T0)
    assert err.value.code is code
    assert _state(store) == before


def test_the_demo_has_work_handed_over_that_is_new_to_its_receiver(store: Store) -> None:
    from carecenter.demo.builder import build_demo

    summary = build_demo(store, customers=60, seed=1)
    assert summary.rows["hand_over"] == 2
    with store.session() as s:
        [receiver] = {h.to_id for h in s.scalars(select(HandOver))}
        assert {h.note for h in s.scalars(select(HandOver))} == {
            "Off this afternoon for training: both expect a call before 17:00, notes in the "
            "case."}
    assert receiver is not None
    assert [n.kind for n in new_for(store, receiver)] == ["follow_up", "follow_up"]
