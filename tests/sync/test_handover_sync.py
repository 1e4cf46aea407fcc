"""Cover and share-out across desks (issue 19, part 1): a share-out made on the
supervisor's desk shows as new in "Mine" on the receiver's desk; the hub lets an agent move
only the work she holds or the team queue's, a hand-over change only who holds it."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from carecenter.clock import utcnow
from carecenter.db.models import HandOver
from carecenter.ids import new_id
from carecenter.services.cases.checklists import load_templates
from carecenter.services.cases.followups import my_follow_ups, schedule_follow_up
from carecenter.services.cases.handover import new_for, open_work, share_out
from carecenter.services.cases.lifecycle import open_case
from carecenter.sync.hub import Hub
from tests.factories import make_customer
from tests.sync.conftest import Service
from tests.sync.helpers import ok, outbox
from tests.sync.test_op_checks_hub import (  # noqa: F401 - the seeded hub fixture
    ADMIN_ID,
    AGENT,
    AGENT_ID,
    AT,
    CUSTOMER,
    SMALL,
    SUP_ID,
    SUPERVISOR,
    op,
    push,
    row,
    seeded,
    snapshot,
)


def test_a_share_out_on_one_desk_is_new_in_mine_on_the_receivers_desk(
        service: Service, make_store: Any) -> None:
    sup, agent, absent = (service.people[n] for n in ("supervisor", "agent", "senior"))
    away, lead, taker = make_store("away"), make_store("lead"), make_store("taker")
    t_away = service.transport(away, "senior")
    ok(away, t_away)  # the agents, from the hub
    now = utcnow()
    customer = make_customer(away, "C-1", "Giulia", "Bianchi")
    fu = schedule_follow_up(away, customer_id=customer, due=now.replace(year=now.year + 1),
                            assignee_id=absent.id, now=now, note="Call back about the refund")
    case = open_case(away, load_templates(), customer_id=customer, category="billing_error",
                     summary="Charged twice.", severity="medium", agent_id=absent.id,
                     now=now).case.id
    ok(away, t_away)
    t_lead = service.transport(lead, "supervisor")
    ok(lead, t_lead)
    assert {w.id for w in open_work(lead, absent.id)} == {fu.follow_up.id, case}
    done = share_out(lead, by_id=sup.id, absent_id=absent.id, to_ids=[agent.id], now=utcnow(),
                     note="Off sick today: the refund is promised for Friday.")
    assert done.handed == 2
    report = ok(lead, t_lead)
    assert (report.refused, outbox(lead)) == (0, 0)
    ok(taker, service.transport(taker, "agent"))
    new = new_for(taker, agent.id)
    assert sorted((n.kind, n.item_id, n.from_name, n.by_name, n.note) for n in new) == [
        ("case", case, "senior", "supervisor", "Off sick today: the refund is promised for "
                                               "Friday."),
        ("follow_up", fu.follow_up.id, "senior", "supervisor",
         "Off sick today: the refund is promised for Friday.")]
    assert [f.id for f in my_follow_ups(taker, agent.id, utcnow()).all] == [fu.follow_up.id]
    hub_case = row(service.hub, "case", case)
    assert hub_case is not None and hub_case["owner_id"] == agent.id
    assert row(service.hub, "follow_up", fu.follow_up.id)["assignee_id"] == agent.id  # type: ignore[index]
    with taker.session() as s:
        assert {h.by_id for h in s.scalars(select(HandOver))} == {sup.id}
    # and the absent agent's desk learns it is no longer hers
    ok(away, t_away)
    assert open_work(away, absent.id) == ()


def _follow_up(rid: str, assignee: str | None) -> Any:
    return op("follow_up", rid, customer_id=CUSTOMER, due=AT, assignee_id=assignee,
              reason="call_back", status="open")


def _hand(item: str, giver: str | None, to: str | None, by: str | None = None,
          table: str = "follow_up") -> Any:
    return op("hand_over", new_id(), **{f"{table}_id": item}, from_id=giver, to_id=to,
              by_id=by, note="Please take this one", at=AT)


def test_the_hub_lets_an_agent_move_only_her_own_or_the_team_queues_work(
        seeded: Hub) -> None:  # noqa: F811 - the fixture imported above
    sups, mine, teams, case = new_id(), new_id(), new_id(), new_id()
    base = [_follow_up(sups, SUP_ID), _follow_up(mine, AGENT_ID), _follow_up(teams, None),
            op("case", case, customer_id=CUSTOMER, category="billing_error",
               severity="medium", status="open", opened_at=AT, opened_by_id=SUP_ID,
               close_override=False)]
    assert push(seeded, base, None).refused == []
    # a colleague's follow-up and case: refused, nothing changes on the hub
    before = snapshot(seeded)
    taken = [_hand(sups, SUP_ID, AGENT_ID), op("follow_up", sups, "update", assignee_id=AGENT_ID),
             _hand(case, SUP_ID, AGENT_ID, table="case"),
             op("case", case, "update", owner_id=AGENT_ID, handed_at=AT)]
    resp = push(seeded, taken, AGENT)
    assert [(r["code"], r["table"]) for r in resp.refused] == [
        ("not_yours", "hand_over"), ("not_yours", "follow_up"), ("not_yours", "hand_over"),
        ("not_yours", "case")]
    assert snapshot(seeded) == before
    # a hand-over that changes more than who holds the row
    sneaky = [_hand(mine, AGENT_ID, ADMIN_ID),
              op("follow_up", mine, "update", assignee_id=ADMIN_ID, note="done already")]
    resp = push(seeded, sneaky, AGENT)
    assert [(r["code"], r["values"]) for r in resp.refused] == [
        ("hand_over_fields", {"field": "note"})]
    assert row(seeded, "follow_up", mine)["assignee_id"] == AGENT_ID  # type: ignore[index]
    # her own, and the team queue's: taken, the author stamped from the token
    fine = [_hand(mine, AGENT_ID, ADMIN_ID, by=SUP_ID),
            op("follow_up", mine, "update", assignee_id=ADMIN_ID),
            _hand(teams, None, AGENT_ID), op("follow_up", teams, "update", assignee_id=AGENT_ID)]
    resp = push(seeded, fine, AGENT)
    assert resp.refused == []
    assert row(seeded, "follow_up", mine)["assignee_id"] == ADMIN_ID  # type: ignore[index]
    assert row(seeded, "follow_up", teams)["assignee_id"] == AGENT_ID  # type: ignore[index]
    assert row(seeded, "hand_over", fine[0].row_id)["by_id"] == AGENT_ID  # type: ignore[index]
    # a supervisor moves anyone's
    resp = push(seeded, [_hand(case, SUP_ID, AGENT_ID, table="case"),
                         op("case", case, "update", owner_id=AGENT_ID, handed_at=AT)],
                SUPERVISOR)
    assert resp.refused == []
    assert row(seeded, "case", case)["owner_id"] == AGENT_ID  # type: ignore[index]


def test_the_hub_checks_training_requests_and_celebrations(seeded: Hub) -> None:  # noqa: F811
    praise, lesson = new_id(), new_id()
    notes = [op("review_note", rid, decision_id=SMALL, author_id=SUP_ID,
                text="Well done" if kind == "praise" else "Try this", at=AT,
                playbook_ref=None if kind == "praise" else "billing_error#Errors to avoid")
             for rid, kind in ((praise, "praise"), (lesson, "lesson"))]
    for note, kind in zip(notes, ("praise", "lesson"), strict=True):
        note.fields["kind"] = [kind, note.hlc]  # "kind" is also op()'s own argument
    assert push(seeded, notes, None).refused == []
    before = snapshot(seeded)
    resp = push(seeded, [
        op("celebration", new_id(), note_id=praise, by_id=AGENT_ID, at=AT),  # an agent
        op("training_request", new_id(), agent_id=AGENT_ID, customer_id=CUSTOMER,
           text="Help", at=AT),  # about nothing
    ], AGENT)
    assert [(r["code"], r["table"]) for r in resp.refused] == [
        ("role", "celebration"), ("bad_value", "training_request")]
    resp = push(seeded, [op("celebration", new_id(), note_id=lesson, by_id=SUP_ID, at=AT)],
                SUPERVISOR)  # a lesson is never put on show
    assert [(r["code"], r["values"]["field"]) for r in resp.refused] == [
        ("bad_value", "note_id")]
    assert snapshot(seeded) == before
    ask, read, cheer = new_id(), new_id(), new_id()
    assert push(seeded, [
        op("training_request", ask, agent_id=SUP_ID, customer_id=CUSTOMER,
           decision_id=SMALL, text="Help", at=AT),
        op("playbook_read", read, agent_id=None, note_id=lesson,
           playbook_ref="billing_error#Errors to avoid", at=AT)], AGENT).refused == []
    assert row(seeded, "training_request", ask)["agent_id"] == AGENT_ID  # type: ignore[index]
    assert row(seeded, "playbook_read", read)["agent_id"] == AGENT_ID  # type: ignore[index]
    assert push(seeded, [op("celebration", cheer, note_id=praise, by_id=None, at=AT)],
                SUPERVISOR).refused == []
    assert row(seeded, "celebration", cheer)["by_id"] == SUP_ID  # type: ignore[index]
