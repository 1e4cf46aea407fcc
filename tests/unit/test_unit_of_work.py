"""Every write goes through the unit of work and leaves an outbox op; nothing bypasses it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from sqlalchemy import insert, select, text, update
from sqlalchemy.orm import Session

from carecenter.db.guard import WriteOutsideUnitOfWork
from carecenter.db.models import SYNCED_MODELS, Contact, Customer, CustomerPhone, OutboxOp
from carecenter.db.store import Store
from carecenter.services.uow import UnitOfWork, column_names
from carecenter.sync.outbox import wire_fields
from tests.factories import add_contact, make_customer


def _ops(store: Store) -> list[OutboxOp]:
    with store.session() as s:
        return list(s.scalars(select(OutboxOp).order_by(OutboxOp.seq)))


def test_insert_records_one_op_with_every_field_and_its_clock(store: Store) -> None:
    cid = make_customer(store, "C1", "Anna", "Bianchi", phones=("+393331234567",))
    ops = _ops(store)
    assert [(o.table, o.kind) for o in ops] == [("customer", "insert"),
                                                ("customer_phone", "insert")]
    op = ops[0]
    assert op.row_id == cid
    assert set(op.fields) == set(column_names(Customer))
    assert op.fields["first_name"] == ["Anna", op.hlc]
    assert op.fields["deleted"] == [False, op.hlc]
    with store.session() as s:
        row = s.get(Customer, cid)
        assert row is not None
        assert row.hlc == op.hlc and row.site == store.site_id


def test_update_logs_only_changed_fields_and_stamps_their_clocks(store: Store) -> None:
    cid = make_customer(store, "C1", "Anna", "Bianchi")
    with UnitOfWork(store) as uow:
        c = uow.session.get(Customer, cid)
        assert c is not None
        uow.update(c, tier="gold", last_name="Bianchi")  # last_name unchanged
    op = _ops(store)[-1]
    assert (op.table, op.kind, set(op.fields)) == ("customer", "update", {"tier"})
    with store.session() as s:
        c2 = s.get(Customer, cid)
        assert c2 is not None
        assert c2.clocks["tier"] == op.hlc > c2.clocks["last_name"]
    assert uow.changes.customer_ids == {cid}
    assert uow.changes.tables == {"customer"}


def test_clock_values_only_grow_and_survive_reopening(store: Store) -> None:
    make_customer(store, "C1", "Anna", "Bianchi")
    make_customer(store, "C2", "Bruno", "Verdi")
    hlcs = [o.hlc for o in _ops(store)]
    assert hlcs == sorted(hlcs) and len(set(hlcs)) == len(hlcs)


def test_delete_is_a_tombstone(store: Store) -> None:
    cid = make_customer(store, "C1", "Anna", "Bianchi", phones=("+393331234567",))
    with UnitOfWork(store) as uow:
        phone = uow.session.scalars(select(CustomerPhone)).one()
        uow.delete(phone)
    with store.session() as s:
        assert s.scalars(select(CustomerPhone.deleted)).one() is True
    op = _ops(store)[-1]
    assert (op.table, op.kind, op.fields["deleted"][0]) == ("customer_phone", "update", True)
    assert cid


def test_append_only_rows_cannot_be_updated(store: Store) -> None:
    cid = make_customer(store, "C1", "Anna", "Bianchi")
    kid = add_contact(store, cid, datetime(2026, 1, 1, tzinfo=UTC))
    before = len(_ops(store))

    def update_the_contact() -> None:
        with UnitOfWork(store) as uow:
            k = uow.session.get(Contact, kid)
            assert k is not None
            uow.update(k, summary="changed")

    with pytest.raises(TypeError, match="contact rows are append-only"):
        update_the_contact()
    assert len(_ops(store)) == before


def test_an_error_inside_the_unit_of_work_writes_nothing(store: Store) -> None:
    def add_then_fail() -> None:
        with UnitOfWork(store) as uow:
            uow.add(Customer(customer_ref="C9", first_name="Zoe"))
            raise RuntimeError("boom")

    with pytest.raises(RuntimeError, match="boom"):
        add_then_fail()
    with store.session() as s:
        assert s.execute(text("SELECT count(*) FROM customer")).scalar_one() == 0
        assert s.execute(text("SELECT count(*) FROM outbox")).scalar_one() == 0
        assert s.execute(text("SELECT count(*) FROM customer_fts")).scalar_one() == 0


@pytest.mark.parametrize("model", SYNCED_MODELS, ids=lambda m: m.__tablename__)
def test_no_write_to_a_replicated_table_can_bypass_the_unit_of_work(store: Store,
                                                                    model: type) -> None:
    cid = make_customer(store, "C1", "Anna", "Bianchi")
    before = _ops(store)
    table = model.__tablename__
    attempts = [
        lambda s: s.execute(update(model).values(hlc=1)),
        lambda s: s.execute(text(f'DELETE FROM "{table}"')),
        lambda s: s.execute(insert(model).values(id="x")),
    ]
    if model is Customer:
        attempts.append(lambda s: s.add(Customer(customer_ref="C2")))
    for attempt in attempts:
        with pytest.raises(WriteOutsideUnitOfWork):
            _in_a_transaction(store, attempt)
    assert [o.op_id for o in _ops(store)] == [o.op_id for o in before]
    with store.session() as s:
        assert s.get(Customer, cid) is not None


def _in_a_transaction(store: Store, attempt: Callable[[Session], object]) -> None:
    with store.session() as s, s.begin():
        attempt(s)
        s.flush()


def test_bulk_insert_records_an_op_per_row_and_indexes_customers(store: Store) -> None:
    rows = [{"customer_ref": f"C{n}", "first_name": "Élodie", "last_name": f"Rossi{n}",
             "deleted": False} for n in range(50)]
    with UnitOfWork(store) as uow:
        uow.bulk_insert(Customer, rows)
    ops = _ops(store)
    assert len(ops) == 50
    assert {o.row_id for o in ops} == {r["id"] for r in rows}
    assert uow.changes.customer_ids == {r["id"] for r in rows}
    from carecenter.services.search.query import search

    assert [h.customer_ref for h in search(store, "elodie rossi7")] == ["C7"]


def test_bulk_insert_ops_send_what_the_orm_path_would_log(store: Store) -> None:
    """The ops SQLite writes for a bulk insert carry no copy of the row; what the push
    sends for them is every field as ``[value, hlc]`` with the values the row holds
    (booleans, dates, instants, nulls and integers included), as the ORM path logs."""
    import uuid
    from datetime import date

    from carecenter.db.base import jsonable

    rows = [{"customer_ref": f"C{n}", "first_name": "Zoë \"Q\"" if n else None,
             "last_name": f"Rossi{n}", "deleted": bool(n % 2),
             "birth_date": date(1980, 1, n + 1)} for n in range(5)]
    with UnitOfWork(store) as uow:
        uow.bulk_insert(Customer, rows)
    cid = rows[0]["id"]
    contacts = [{"customer_id": cid, "at": datetime(2026, 1, 2, 3, 4, 5, 6000, tzinfo=UTC),
                 "channel": "phone", "direction": "inbound", "team": "service",
                 "duration_s": n, "summary": None} for n in range(3)]
    with UnitOfWork(store) as uow:
        uow.bulk_insert(Contact, contacts)
    ops = _ops(store)
    assert [o.row_id for o in ops] == [r["id"] for r in rows + contacts]
    assert len({o.op_id for o in ops}) == len(ops)
    assert all(uuid.UUID(o.op_id).version == 7 and str(uuid.UUID(o.op_id)) == o.op_id
               for o in ops)
    # Within a bulk insert the op ids grow with the rows (the op_id index only appends).
    assert [o.op_id for o in ops[:5]] == sorted(o.op_id for o in ops[:5])
    with store.session() as s:
        for op in ops:
            model = Customer if op.table == "customer" else Contact
            row = s.get(model, op.row_id)
            assert row is not None and op.kind == "insert" and op.hlc == row.hlc
            assert op.fields == {}
        sent = wire_fields(s, ops, store.site_id)
        for op, fields in zip(ops, sent, strict=True):
            model = Customer if op.table == "customer" else Contact
            row = s.get(model, op.row_id)
            assert fields == {n: [jsonable(getattr(row, n)), row.hlc]
                              for n in column_names(model)}
            assert row.clocks == {"*": row.hlc}  # every field at the row's clock


def test_a_bulk_insert_op_sends_the_row_as_it_stands_and_only_this_sites_fields(
        store: Store) -> None:
    """A field changed here after the bulk insert goes with its newer clock (as the update
    op sends it); a field another site's value won is not sent as this site's write; an
    op whose row is gone sends nothing."""
    rows = [{"customer_ref": f"B{n}", "first_name": "Ada", "last_name": "Neri"}
            for n in range(3)]
    with UnitOfWork(store) as uow:
        uow.bulk_insert(Customer, rows)
    with UnitOfWork(store) as uow:
        row = uow.session.get(Customer, rows[0]["id"])
        assert row is not None
        uow.update(row, tier="gold")
    with UnitOfWork(store, remote=True) as uow:  # as a pull would leave them
        s = uow.session
        s.execute(text("UPDATE customer SET last_name = 'Verdi', "
                       "clocks = json_set(clocks, '$.last_name', json_array(5, 'other-site')) "
                       "WHERE id = :id"), {"id": rows[1]["id"]})
        s.execute(text("DELETE FROM search_doc WHERE customer_id = :id"), {"id": rows[2]["id"]})
        s.execute(text("DELETE FROM customer WHERE id = :id"), {"id": rows[2]["id"]})
    ops = [o for o in _ops(store) if o.kind == "insert"]
    with store.session() as s:
        first, second, third = wire_fields(s, ops, store.site_id)
        edited = s.get(Customer, rows[0]["id"])
        assert edited is not None
    assert first is not None and second is not None and third is None
    assert first["tier"] == ["gold", edited.clocks["tier"]]
    assert edited.clocks["tier"] > ops[0].hlc
    assert first["first_name"] == ["Ada", ops[0].hlc]
    assert "last_name" not in second and second["first_name"] == ["Ada", ops[1].hlc]


def test_ctrl_c_mid_statement_leaves_the_interrupt_itself_and_nothing_written(
        store: Store) -> None:
    """A KeyboardInterrupt inside a statement makes SQLAlchemy drop the connection; the
    unit of work still rolls back and lets the interrupt through (the CLI says one
    sentence for it), not an error about the dropped connection."""
    from sqlalchemy import event

    def interrupt(_conn: object, _cursor: object, statement: str, *_rest: object) -> None:
        if statement.startswith("INSERT INTO customer "):
            raise KeyboardInterrupt

    event.listen(store.engine, "before_cursor_execute", interrupt)
    try:
        with pytest.raises(KeyboardInterrupt), UnitOfWork(store) as uow:
            uow.add(Customer(customer_ref="C9", first_name="Zoe"))
    finally:
        event.remove(store.engine, "before_cursor_execute", interrupt)
    with store.session() as s:
        assert s.execute(text("SELECT count(*) FROM customer")).scalar_one() == 0
        assert s.execute(text("SELECT count(*) FROM outbox")).scalar_one() == 0
    with pytest.raises(WriteOutsideUnitOfWork):  # the guard is still on for other writes
        _in_a_transaction(store, lambda s: s.add(Customer(customer_ref="C2")))
    make_customer(store, "C3")  # and the store takes writes again


def test_a_bulk_insert_names_its_ops_by_the_ids_it_makes_and_only_those(
        store: Store) -> None:
    """Rows whose ids the bulk insert makes (new, in time order) give their ids to their
    insert ops; rows that came with ids (demo data, any order) get op ids of their own."""
    import uuid

    cid = make_customer(store, "C1")
    row = {"customer_id": [cid] * 3, "at": [datetime(2026, 1, 2, tzinfo=UTC)] * 3,
           "channel": ["phone"] * 3, "direction": ["inbound"] * 3, "team": ["service"] * 3}
    given = ["01890000-0000-7000-8000-00000000000c", "01890000-0000-7000-8000-00000000000a",
             "01890000-0000-7000-8000-00000000000b"]
    with UnitOfWork(store) as uow:
        uow.bulk_insert_columns(Contact, row)
    with UnitOfWork(store) as uow:
        uow.bulk_insert_columns(Contact, {**row, "id": given})
    ops = [o for o in _ops(store) if o.table == "contact"]
    made, kept = ops[:3], ops[3:]
    assert all(o.op_id == o.row_id for o in made)
    assert [o.op_id for o in made] == sorted(o.op_id for o in made)
    assert all(uuid.UUID(o.op_id).version == 7 for o in made)
    assert [o.row_id for o in kept] == given
    assert not {o.op_id for o in kept} & set(given)
    assert [o.op_id for o in kept] == sorted(o.op_id for o in kept)
    assert len({o.op_id for o in ops}) == 6
