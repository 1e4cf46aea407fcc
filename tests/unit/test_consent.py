"""Recording consent per channel and purpose: the row, its outbox op, the state the
dialog shows, and refusals that write nothing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from carecenter.db.models import ConsentEvent, OutboxOp
from carecenter.db.store import Store
from carecenter.services.customers.consent import (
    ConsentCode,
    ConsentError,
    consent_states,
    record_consent,
)
from carecenter.services.uow import UnitOfWork
from tests.factories import make_customer

NOW = datetime(2026, 6, 15, 10, 0, tzinfo=UTC)


def counts(store: Store) -> tuple[int, int]:
    with store.session() as s:
        return (int(s.scalar(select(func.count()).select_from(ConsentEvent)) or 0),
                int(s.scalar(select(func.count()).select_from(OutboxOp)) or 0))


def test_a_grant_then_a_withdrawal_are_stored_with_their_ops(store: Store) -> None:
    cid = make_customer(store, "C1", "Luca", "Neri")
    _, ops_before = counts(store)
    g = record_consent(store, cid, channel="sms", purpose="marketing", granted=True,
                       source="counter", note="  ok by SMS  ", at=NOW)
    w = record_consent(store, cid, channel="sms", purpose="marketing", granted=False,
                       source="call", at=NOW + timedelta(hours=1))
    assert g.changes.touches("consent_event") and cid in w.changes.customer_ids
    with store.session() as s:
        row = s.get(ConsentEvent, g.event_id)
        assert row is not None
        assert (row.granted, row.source, row.note, row.overruled) == (True, "counter",
                                                                       "ok by SMS", False)
        ops = {o.row_id: o for o in s.scalars(select(OutboxOp).where(
            OutboxOp.table == "consent_event"))}
    assert set(ops) == {g.event_id, w.event_id} and counts(store)[1] == ops_before + 2
    assert ops[w.event_id].fields["granted"][0] is False
    assert ops[w.event_id].fields["source"][0] == "call"
    states = {(c.channel, c.purpose): c for c in consent_states(store, cid)}
    assert len(states) == 8  # 4 channels x 2 purposes, always all shown
    sms = states[("sms", "marketing")]
    assert (sms.granted, sms.source, sms.note) == (False, "call", None)
    assert states[("phone", "service")].granted is None


def test_an_overruled_grant_counts_no_more(store: Store) -> None:
    cid = make_customer(store, "C2", "Anna")
    record_consent(store, cid, channel="phone", purpose="marketing", granted=False,
                   source="call", at=NOW)
    with UnitOfWork(store) as uow:  # what the hub's mark looks like once pulled
        uow.add(ConsentEvent(customer_id=cid, channel="phone", purpose="marketing",
                             granted=True, source="form", at=NOW + timedelta(minutes=1),
                             overruled=True))
    states = {(c.channel, c.purpose): c for c in consent_states(store, cid)}
    assert states[("phone", "marketing")].granted is False


@pytest.mark.parametrize(("kw", "code", "values"), [
    ({"channel": "fax"}, ConsentCode.BAD_CHANNEL, {"channel": "fax"}),
    ({"purpose": "spam"}, ConsentCode.BAD_PURPOSE, {"purpose": "spam"}),
    ({"source": "rumour"}, ConsentCode.BAD_SOURCE, {"source": "rumour"}),
    ({"note": "x" * 501}, ConsentCode.NOTE_TOO_LONG, {"limit": 500, "length": 501}),
])
def test_bad_input_is_refused_with_its_code_and_nothing_is_written(
        store: Store, kw: dict[str, str], code: ConsentCode, values: dict[str, object]) -> None:
    cid = make_customer(store, "C3", "Bea")
    before = counts(store)
    args = {"channel": "email", "purpose": "marketing", "source": "form", **kw}
    with pytest.raises(ConsentError) as err:
        record_consent(store, cid, granted=True, **args)  # type: ignore[arg-type]
    assert (err.value.code, err.value.values) == (code, values)
    assert counts(store) == before


def test_an_unknown_customer_is_refused(store: Store) -> None:
    before = counts(store)
    with pytest.raises(ConsentError) as err:
        record_consent(store, "0190a000-0000-7000-8000-000000000000", channel="email",
                       purpose="service", granted=True, source="form")
    assert err.value.code is ConsentCode.UNKNOWN_CUSTOMER
    assert counts(store) == before
