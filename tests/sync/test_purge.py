"""Large purges wait for a supervisor, table by table (issue 16, part 7), against
PostgreSQL (pgserver) and a SQLite hub: the held rows, the other tables syncing on, the
supervisor's confirmation and the callback that lets a purge go at once."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from carecenter.db.models import Customer, CustomerPhone
from carecenter.db.store import Store
from carecenter.services.uow import UnitOfWork
from carecenter.sync.hub import Hub
from tests.factories import make_customer
from tests.sync.helpers import ok


def _deleted(store: Store, model: type = Customer) -> int:
    with store.session() as s:
        return int(s.execute(select(func.count()).select_from(model)
                             .where(model.deleted.is_(True))).scalar_one())


def test_a_purge_of_more_than_a_fifth_of_a_table_waits_and_the_rest_syncs_on(
        hub: Hub, make_store) -> None:
    """Per table: 3 of 10 customers is a purge (held), though with their 10 phone numbers
    it is 3 of 20 rows; a phone number deleted meanwhile and new rows sync on."""
    from carecenter.services import purges

    a, b = make_store("a"), make_store("b")
    ids = [make_customer(a, f"Q-{i}", f"N{i}", phones=(f"+3906111111{i:02d}",))
           for i in range(10)]
    ok(a, hub)
    ok(b, hub)
    for cid in ids[:3]:
        with a.session() as s:
            row = s.get(Customer, cid)
        with UnitOfWork(a) as uow:
            uow.delete(row)
    with a.session() as s:
        phone = s.scalars(select(CustomerPhone).where(CustomerPhone.customer_id == ids[9])).one()
    with UnitOfWork(a) as uow:
        uow.delete(phone)  # 1 of 10 phone numbers: no purge
    make_customer(a, "Q-new", "Nuova")
    ok(a, hub)
    report = ok(b, hub)
    assert report.held == 3
    assert _deleted(b) == 0  # held
    assert _deleted(b, CustomerPhone) == 1  # the other table synced on
    with b.session() as s:
        assert s.scalars(select(Customer.first_name).where(
            Customer.customer_ref == "Q-new")).one() == "Nuova"
    assert [(h.table, h.rows, h.live) for h in purges.pending(b)] == [("customer", 3, 11)]
    # a later deletion of the same table waits with the others, whatever its size
    with a.session() as s:
        row = s.get(Customer, ids[3])
    with UnitOfWork(a) as uow:
        uow.delete(row)
    ok(a, hub)
    assert ok(b, hub).held == 1
    assert [(h.table, h.rows) for h in purges.pending(b)] == [("customer", 4)]
    with pytest.raises(purges.PurgeError) as refused:
        purges.confirm(b, "customer", "agent")
    assert (refused.value.code, refused.value.values) == (
        purges.PurgeCode.NOT_SUPERVISOR, {"role": "agent"})
    assert _deleted(b) == 0
    changes = purges.confirm(b, "customer", "supervisor")
    assert changes.customer_ids == frozenset(ids[:4])
    assert _deleted(b) == 4 and purges.pending(b) == []
    ok(b, hub)
    with pytest.raises(purges.PurgeError) as refused:
        purges.confirm(b, "customer", "supervisor")
    assert refused.value.code == purges.PurgeCode.NOTHING_HELD


def test_a_purge_confirmed_as_it_comes_goes_ahead(hub: Hub, make_store) -> None:
    a, b = make_store("a"), make_store("b")
    ids = [make_customer(a, f"Q-{i}", f"N{i}") for i in range(10)]
    ok(a, hub)
    ok(b, hub)
    for cid in ids[:3]:
        with a.session() as s:
            row = s.get(Customer, cid)
        with UnitOfWork(a) as uow:
            uow.delete(row)
    ok(a, hub)
    asked = []
    report = ok(b, hub, confirm_purge=lambda n, total: asked.append((n, total)) or True)
    assert asked == [(3, 10)] and report.held == 0
    assert _deleted(b) == 3
