"""The changes the hub refused, set aside on the desk: listed newest first, sent again at the
end of the outbox, a refused value fixed (checked as the hub checks it) and taken by the
hub, discarded only with a reason that stays as the record. A real hub (SQLite file)."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, update

from carecenter.db.guard import lifted
from carecenter.db.models import Contact, Customer, OutboxOp, SetAsideOp
from carecenter.db.store import Store
from carecenter.services import set_aside as sa
from carecenter.services.search.query import search
from carecenter.sync.hub import Hub, init_hub
from carecenter.sync.refusals import RefusalCode
from carecenter.sync.replica import Replica
from carecenter.sync.transport import InProcessTransport
from tests.factories import add_contact, make_customer
from tests.hub_service import refuse_a_value


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[Hub]:
    url = f"sqlite:///{tmp_path / 'hub.db'}"
    init_hub(url)
    h = Hub(url)
    yield h
    h.close()


def sync(store: Store, hub: Hub) -> None:
    report = Replica(store, InProcessTransport(hub)).sync()
    assert report.error is None


def refused(store: Store, hub: Hub, ref: str = "C-1") -> str:
    cid = make_customer(store, ref, "Anna", "Rossi")
    sync(store, hub)
    refuse_a_value(store, cid)
    sync(store, hub)
    return cid


def hub_tier(hub: Hub, cid: str) -> str | None:
    with hub.engine.connect() as conn:
        from carecenter.sync.hub_schema import TABLES

        t = TABLES["customer"]
        return conn.execute(select(t.c.tier).where(t.c.id == cid)).scalar()


def test_a_refused_value_waits_with_its_code_and_values(store: Store, hub: Hub) -> None:
    cid = refused(store, hub)
    (item,) = sa.waiting(store)
    assert (item.table, item.row_id, item.kind, item.code) == \
        ("customer", cid, "update", RefusalCode.BAD_VALUE)
    assert item.field == "tier" and item.fixable
    assert item.refusal.values["value"] == "diamond"
    assert "gold" in item.refusal.values["allowed"]
    assert item.fields["tier"] == "diamond"
    assert hub_tier(hub, cid) is None


def test_waiting_lists_newest_first(store: Store, hub: Hub) -> None:
    first = refused(store, hub, "C-1")
    second = refused(store, hub, "C-2")
    assert [i.row_id for i in sa.waiting(store)] == [second, first]


def test_amend_checks_the_value_then_the_hub_takes_it(store: Store, hub: Hub) -> None:
    cid = refused(store, hub)
    (item,) = sa.waiting(store)
    with pytest.raises(sa.SetAsideError) as bad:
        sa.amend(store, item.op_id, "tier", "emerald")
    assert bad.value.code is sa.SetAsideCode.STILL_REFUSED
    assert bad.value.values["refusal"].code is RefusalCode.BAD_VALUE
    with pytest.raises(sa.SetAsideError) as unknown:
        sa.amend(store, item.op_id, "shoe_size", "42")
    assert unknown.value.code is sa.SetAsideCode.UNKNOWN_FIELD
    assert len(sa.waiting(store)) == 1  # nothing changed by the refusals
    sa.amend(store, item.op_id, "tier", "platinum")
    assert sa.waiting(store) == ()
    with store.session() as s:
        assert s.get(Customer, cid).tier == "platinum"  # type: ignore[union-attr]
        op = s.scalars(select(OutboxOp).where(OutboxOp.op_id == item.op_id)).one()
        assert op.fields["tier"][0] == "platinum"
        assert op.seq == s.scalars(select(OutboxOp.seq).order_by(OutboxOp.seq.desc())).first()
    sync(store, hub)
    assert hub_tier(hub, cid) == "platinum"
    with store.session() as s:
        assert s.scalars(select(SetAsideOp)).all() == []


def test_send_again_puts_it_at_the_end_of_the_outbox(store: Store, hub: Hub) -> None:
    refused(store, hub)
    (item,) = sa.waiting(store)
    make_customer(store, "C-9", "Bruno", "Neri")  # an op queued before
    sa.send_again(store, item.op_id)
    with store.session() as s:
        last = s.scalars(select(OutboxOp).order_by(OutboxOp.seq.desc())).first()
    assert last is not None and last.op_id == item.op_id
    assert sa.waiting(store) == ()
    sync(store, hub)  # refused again: it comes back to the list, the rest went through
    assert [i.op_id for i in sa.waiting(store)] == [item.op_id]
    with pytest.raises(sa.SetAsideError) as gone:
        sa.send_again(store, "0190aaaa-0000-7000-8000-000000000000")
    assert gone.value.code is sa.SetAsideCode.UNKNOWN


def test_discard_needs_a_reason_and_keeps_the_record(
        store: Store, hub: Hub, caplog: pytest.LogCaptureFixture) -> None:
    refused(store, hub)
    (item,) = sa.waiting(store)
    for reason in ("", "   "):
        with pytest.raises(sa.SetAsideError) as no:
            sa.discard(store, item.op_id, reason, "Giulia Bianchi")
        assert no.value.code is sa.SetAsideCode.NO_REASON
    with pytest.raises(sa.SetAsideError) as long:
        sa.discard(store, item.op_id, "x" * 501, "Giulia Bianchi")
    assert long.value.code is sa.SetAsideCode.REASON_TOO_LONG
    logger = logging.getLogger("carecenter.sync")
    disabled = logger.disabled  # another test's logging set-up may have disabled it
    logger.disabled = False
    logger.addHandler(caplog.handler)
    try:
        with caplog.at_level(logging.INFO, logger="carecenter.sync"):
            sa.discard(store, item.op_id, "  tier  typed by mistake ", "Giulia Bianchi")
    finally:
        logger.removeHandler(caplog.handler)
        logger.disabled = disabled
    assert sa.waiting(store) == ()
    with store.session() as s:
        row = s.get(SetAsideOp, item.op_id)
        assert row is not None and row.discarded_at is not None
        assert (row.discard_reason, row.discarded_by) == ("tier typed by mistake",
                                                          "Giulia Bianchi")
    (line,) = {r.getMessage() for r in caplog.records if r.name == "carecenter.sync"}
    assert item.op_id in line and "Giulia Bianchi" in line
    assert "diamond" not in line and "tier typed" not in line  # no values in the log
    with pytest.raises(sa.SetAsideError):
        sa.discard(store, item.op_id, "again", "Giulia Bianchi")


def test_a_refusal_that_is_no_value_cannot_be_amended(store: Store, hub: Hub) -> None:
    refused(store, hub)
    (item,) = sa.waiting(store)
    with store.session() as s, s.begin():
        row = s.get(SetAsideOp, item.op_id)
        assert row is not None
        row.code, row.values = "role", {"needed": "admin", "role": "agent"}
    (item,) = sa.waiting(store)
    assert not item.fixable
    with pytest.raises(sa.SetAsideError) as no:
        sa.amend(store, item.op_id, "tier", "gold")
    assert no.value.code is sa.SetAsideCode.NOT_FIXABLE


def test_a_contacts_time_fixed_ranks_its_customer_by_it(store: Store, hub: Hub) -> None:
    t0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    older = make_customer(store, "C-1", "Anna", "Zanetti")
    newer = make_customer(store, "C-2", "Bice", "Zanetti")
    add_contact(store, newer, at=t0 + timedelta(hours=1))
    contact = add_contact(store, older, at=t0)
    with store.session() as s, s.begin():  # as an older desk wrote it: a time the hub refuses
        op = s.scalars(select(OutboxOp).where(OutboxOp.row_id == contact)).one()
        op.fields = {**op.fields, "at": ["yesterday", op.fields["at"][1]]}
        with lifted(s.connection()):
            s.execute(update(Contact).where(Contact.id == contact).values(at=t0))
    sync(store, hub)
    (item,) = sa.waiting(store)
    assert (item.table, item.field) == ("contact", "at")
    assert [h.customer_id for h in search(store, "Zanetti")] == [newer, older]
    sa.amend(store, item.op_id, "at", "2026-03-09T09:00:00Z")
    (first, second) = search(store, "Zanetti")
    assert (first.customer_id, second.customer_id) == (older, newer)
    assert first.last_contact_at == datetime(2026, 3, 9, 9, 0, tzinfo=UTC)


def test_a_name_fixed_is_found_by_the_search(store: Store, hub: Hub) -> None:
    cid = make_customer(store, "C-1", "Anna", "Zanetti")
    with store.session() as s, s.begin():  # an older desk's name, longer than the hub takes
        op = s.scalars(select(OutboxOp).where(OutboxOp.row_id == cid)).one()
        op.fields = {**op.fields, "first_name": ["Anna" * 40, op.fields["first_name"][1]]}
    sync(store, hub)
    (item,) = sa.waiting(store)
    assert (item.field, item.code) == ("first_name", RefusalCode.TOO_LONG)
    assert search(store, "Annamaria") == []
    sa.amend(store, item.op_id, "first_name", "Annamaria")
    assert [h.customer_id for h in search(store, "Annamaria")] == [cid]
    assert [h.name for h in search(store, "Zanetti")] == ["Annamaria Zanetti"]
