"""Promise windows and counter appointments in the core (issue 19 part 3): bad windows and
backward moves refused with their codes, nothing stored; a window kept on reschedule; the
banner's window line in the last hour only; due windows first in the calling order."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from carecenter.db.models import Appointment, FollowUp, OutboxOp
from carecenter.db.store import Store
from carecenter.problems import Problem
from carecenter.services.calls.calllist import EntryState, Status, calling_order
from carecenter.services.cases.casework import CaseError
from carecenter.services.cases.followups import complete_follow_up, record_promise, reschedule
from carecenter.services.counter.appointments import book, check_in, mark_seen
from carecenter.services.customers.banner import banner_lines
from carecenter.services.supervisor import promise_figures, workload

NOW = datetime(2026, 12, 7, 14, 0, tzinfo=UTC)


def _counts(store: Store) -> tuple[int, int, int]:
    with store.session() as s:
        return (s.scalar(select(func.count()).select_from(FollowUp)) or 0,
                s.scalar(select(func.count()).select_from(Appointment)) or 0,
                s.scalar(select(func.count()).select_from(OutboxOp)) or 0)


@pytest.mark.parametrize(("until", "code", "values"), [
    (NOW + timedelta(hours=2), Problem.WINDOW_BACKWARDS, {}),
    (NOW + timedelta(hours=3), Problem.WINDOW_BACKWARDS, {}),
    (NOW + timedelta(hours=15, minutes=1), Problem.WINDOW_TOO_LONG, {"limit": 12}),
])
def test_a_bad_window_is_refused_and_nothing_is_stored(
        store: Store, people: dict[str, str], until: datetime, code: Problem,
        values: dict[str, object]) -> None:
    before = _counts(store)
    with pytest.raises(CaseError) as refused:
        record_promise(store, customer_id=people["c1"], text="Call back", agent_id=None,
                       due=NOW + timedelta(hours=3), due_until=until, now=NOW)
    assert (refused.value.code, refused.value.values) == (code, values)
    assert _counts(store) == before


def test_a_window_keeps_its_length_when_moved(store: Store, people: dict[str, str]) -> None:
    fu = record_promise(store, customer_id=people["c1"], text="Call back", agent_id=None,
                        due=NOW + timedelta(hours=2), due_until=NOW + timedelta(hours=3),
                        now=NOW).follow_up
    moved = reschedule(store, fu.id, due=NOW + timedelta(days=1), now=NOW).follow_up
    assert (moved.due, moved.due_until) == (NOW + timedelta(days=1),
                                            NOW + timedelta(days=1, hours=1))


def test_the_banner_shows_a_window_from_its_last_hour(store: Store,
                                                      people: dict[str, str]) -> None:
    record_promise(store, customer_id=people["c1"], text="Call back 16-17", agent_id=None,
                   due=NOW + timedelta(hours=2), due_until=NOW + timedelta(hours=3), now=NOW)

    def kinds(at: datetime) -> list[str]:
        with store.session() as s:
            return [line.kind for line in banner_lines(s.connection(), [people["c1"]], at)]
    assert "window" not in kinds(NOW + timedelta(minutes=119))
    with store.session() as s:
        [line] = [x for x in banner_lines(s.connection(), [people["c1"]],
                                          NOW + timedelta(hours=2, minutes=20))
                  if x.kind == "window"]
    assert line.values["minutes_left"] == 40
    assert line.values["note"] == "Call back 16-17"
    with store.session() as s:
        [promises] = [x for x in banner_lines(s.connection(), [people["c1"]],
                                              NOW + timedelta(hours=2, minutes=20))
                      if x.kind == "promises"]
    assert promises.values["overdue"] == 0  # in its window, not late yet
    assert "window" not in kinds(NOW + timedelta(hours=3, minutes=1))  # missed: overdue


def test_due_windows_come_first_in_the_calling_order() -> None:
    def entry(n: int, until: datetime | None) -> EntryState:
        return EntryState(f"e{n}", f"c{n}", f"C{n}", n, Status.CALL, (), None, until)
    got = calling_order([entry(1, None), entry(2, NOW + timedelta(hours=1)), entry(3, None),
                         entry(4, NOW + timedelta(minutes=30))])
    assert [e.entry_id for e in got] == ["e4", "e2", "e1", "e3"]


def test_a_seen_appointment_cannot_go_back(store: Store, people: dict[str, str]) -> None:
    a = book(store, customer_id=people["c1"], starts=NOW, ends=NOW + timedelta(minutes=30),
             purpose="Sign the contract", agent_id=people["anna"], now=NOW).appointment
    check_in(store, a.id, now=NOW + timedelta(minutes=2))
    mark_seen(store, a.id, agent_id=people["bruno"], now=NOW + timedelta(minutes=10))
    before = _counts(store)
    with pytest.raises(CaseError) as refused:
        check_in(store, a.id, now=NOW + timedelta(minutes=12))
    assert (refused.value.code, refused.value.values) == (
        Problem.APPOINTMENT_STATUS_BACK, {"state": "seen", "value": "arrived"})
    assert _counts(store) == before
    with store.session() as s:
        row = s.get(Appointment, a.id)
        assert row is not None
        assert (row.status, row.agent_id) == ("seen", people["bruno"])


def test_a_window_is_kept_and_overdue_by_its_end(store: Store, people: dict[str, str]) -> None:
    fu = record_promise(store, customer_id=people["c1"], text="Call back", agent_id=None,
                        assignee_id=people["anna"], due=NOW + timedelta(hours=2),
                        due_until=NOW + timedelta(hours=3), now=NOW).follow_up
    in_window = NOW + timedelta(hours=2, minutes=30)
    [load] = [x for x in workload(store, in_window) if x.agent_id == people["anna"]]
    assert (load.open_follow_ups, load.overdue_follow_ups) == (1, 0)
    complete_follow_up(store, fu.id, outcome="satisfied", agent_id=people["anna"],
                       now=in_window)
    figures = promise_figures(store, NOW + timedelta(hours=4))
    assert (figures.overall.due, figures.overall.kept) == (1, 1)


def test_a_message_by_mail_needs_an_address_but_a_copy_does_not(
        store: Store, people: dict[str, str]) -> None:
    from carecenter.services.cases.checklists import load_templates
    from carecenter.services.cases.lifecycle import get_case, open_case
    from carecenter.services.customers.messages import MessageError, log_message

    case = open_case(store, load_templates(), customer_id=people["c1"], category="other",
                     summary="Wrong bill", agent_id=None, now=NOW).case
    before = _counts(store)
    with pytest.raises(MessageError) as refused:
        log_message(store, case_id=case.id, channel="email", kind="update", subject="News",
                    body="On it.", agent_id=None, now=NOW)
    assert (refused.value.code, refused.value.values) == (Problem.NO_ADDRESS, {"what": "email"})
    assert _counts(store) == before
    log_message(store, case_id=case.id, channel="email", kind="update", subject="News",
                body="On it.", agent_id=None, now=NOW, copied=True)
    assert get_case(store, case.id).last_told == NOW
