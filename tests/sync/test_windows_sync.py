"""Issue 19 parts 3 and 4 across desks, through the real hub service: a counter
appointment, a follow-up promised as a window and a message logged on a case reach
another desk, nothing refused; a check-in made there comes back."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from carecenter.services.cases.checklists import load_templates
from carecenter.services.cases.followups import get_follow_up, record_promise
from carecenter.services.cases.lifecycle import get_case, open_case
from carecenter.services.counter.appointments import book, check_in, day_list, get_appointment
from carecenter.services.customers.messages import log_message
from tests.factories import make_customer
from tests.sync.conftest import Service
from tests.sync.helpers import ok, outbox


def test_an_appointment_a_window_and_a_message_reach_another_desk(
        service: Service, make_store: Any) -> None:
    a, b = make_store("a"), make_store("b")
    ta, tb = service.transport(a, "agent"), service.transport(b, "senior")
    me = service.people["agent"].id
    ok(a, ta)  # the hub's agents, here too
    now = datetime.now(UTC).replace(microsecond=0)
    cid = make_customer(a, "W-1", "Lucia", "Gallo", phones=("+393401112233",),
                        emails=("lucia@example.it",))
    appointment = book(a, customer_id=cid, starts=now + timedelta(hours=1),
                       ends=now + timedelta(hours=1, minutes=30), purpose="Swap the modem",
                       agent_id=me, now=now).appointment
    case = open_case(a, load_templates(), customer_id=cid, category="late_delivery",
                     summary="The modem never arrived", agent_id=me, now=now).case
    promise = record_promise(a, customer_id=cid, text="We call back with the courier",
                             due=now + timedelta(hours=2), due_until=now + timedelta(hours=3),
                             agent_id=me, now=now, case_id=case.id).follow_up
    told = log_message(a, case_id=case.id, channel="email", kind="update",
                       subject="News", body="We are on it.", agent_id=me, now=now)
    report = ok(a, ta)
    assert (report.refused, outbox(a)) == (0, 0)

    assert ok(b, tb).refused == 0
    day = day_list(b, now - timedelta(hours=1), now + timedelta(hours=23), now)
    assert [(x.id, x.customer_name, x.purpose, x.status, x.agent_id) for x in day] == [
        (appointment.id, "Lucia Gallo", "Swap the modem", "expected", me)]
    got = get_follow_up(b, promise.id, now)
    assert (got.due, got.due_until, got.case_id) == (
        now + timedelta(hours=2), now + timedelta(hours=3), case.id)
    assert get_case(b, case.id).last_told == now
    assert told.contact_id

    # the customer checks in at the other desk: the status comes back to the first
    check_in(b, appointment.id, now=now + timedelta(hours=1, minutes=5))
    assert ok(b, tb).refused == 0
    ok(a, ta)
    back = get_appointment(a, appointment.id, now + timedelta(hours=1, minutes=5))
    assert (back.status, back.arrived_at) == ("arrived", now + timedelta(hours=1, minutes=5))
