"""The write guard lives in SQLite (an authorizer), not in a reading of the SQL text:
however a write to a replicated table is spelt, outside a unit of work it is refused with
one sentence and nothing changes; the unit of work, sync apply and migrations still write."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import text

from carecenter.db.guard import WriteOutsideUnitOfWork
from carecenter.db.store import Store
from carecenter.services.uow import UnitOfWork
from tests.factories import make_customer

SENTENCE = "write to {} outside a unit of work: it would never reach the hub"

SPELLINGS = {
    "comment first": "/* c */ UPDATE customer SET first_name = 'Mallory'",
    "line comment first": "-- c\nUPDATE customer SET first_name = 'Mallory'",
    "with clause": "WITH x AS (SELECT 1) UPDATE customer SET first_name = 'Mallory'",
    "schema-qualified": "UPDATE main.customer SET first_name = 'Mallory'",
    "quoted mixed case": 'UPDATE "Customer" SET first_name = \'Mallory\'',
    "insert": "INSERT INTO customer (id, customer_ref, hlc, site, clocks, deleted) "
              "VALUES ('x', 'C9', 1, 's', '{}', 0)",
    "insert from a select": "INSERT INTO customer_phone (id, customer_id, number, hlc, "
                            "site, clocks, deleted) SELECT 'p', id, '+39333', 1, 's', '{}', 0 "
                            "FROM customer",
    "replace": "REPLACE INTO customer (id, customer_ref, hlc, site, clocks, deleted) "
               "VALUES ('x', 'C9', 1, 's', '{}', 0)",
    "delete": "DELETE FROM customer",
    "delete qualified": "DELETE FROM main.customer WHERE 1",
    "drop": "DROP TABLE customer_email",
}


def _state(store: Store) -> tuple[object, ...]:
    with store.session() as s:
        return (
            s.execute(text("SELECT id, customer_ref, first_name, deleted FROM customer "
                           "ORDER BY id")).all(),
            s.execute(text("SELECT count(*) FROM customer_phone")).scalar_one(),
            s.execute(text("SELECT count(*) FROM outbox")).scalar_one(),
            s.execute(text("SELECT count(*) FROM sqlite_master")).scalar_one(),
        )


@pytest.mark.parametrize("sql", SPELLINGS.values(), ids=SPELLINGS.keys())
def test_a_write_outside_the_unit_of_work_is_refused_however_it_is_spelt(
        store: Store, sql: str) -> None:
    make_customer(store, "C1", "Anna", "Bianchi", phones=("+393331234567",))
    before = _state(store)
    table = "customer_email" if "customer_email" in sql else (
        "customer_phone" if "customer_phone" in sql else "customer")
    with pytest.raises(WriteOutsideUnitOfWork) as refused, \
            store.session() as s, s.begin():
        s.execute(text(sql))
    assert str(refused.value).lower() == SENTENCE.format(table)
    assert _state(store) == before


def test_the_driver_connection_itself_cannot_write(store: Store) -> None:
    """Below SQLAlchemy, on the pooled sqlite3 connection: SQLite says no all the same."""
    make_customer(store, "C1", "Anna", "Bianchi")
    before = _state(store)
    raw = store.engine.raw_connection()
    try:
        with pytest.raises(sqlite3.DatabaseError, match=r"^not authorized$"):
            raw.cursor().execute("/* c */ UPDATE customer SET first_name = 'Mallory'")
        raw.rollback()
    finally:
        raw.close()
    assert _state(store) == before


def test_a_statement_compiled_inside_a_unit_of_work_is_checked_again_outside(
        store: Store) -> None:
    """The driver caches compiled statements; lifting and arming the guard expires them,
    so the same text compiled while it was lifted is refused once it is back."""
    cid = make_customer(store, "C1", "Anna", "Bianchi")
    sql = "UPDATE customer SET first_name = first_name WHERE id = ?"
    # one pooled connection: the unit of work's and the bare session's are the same one
    with UnitOfWork(store) as uow:
        raw = uow.session.connection().connection.driver_connection
        assert raw is not None
        raw.execute(sql, (cid,))
    before = _state(store)
    with store.session() as s, s.begin():
        assert s.connection().connection.driver_connection is raw
        with pytest.raises(sqlite3.DatabaseError, match=r"^not authorized$"):
            raw.execute(sql, (cid,))
    assert _state(store) == before


def test_reads_and_local_tables_are_not_guarded(store: Store) -> None:
    make_customer(store, "C1", "Anna", "Bianchi")
    with store.session() as s, s.begin():
        assert s.execute(text("SELECT count(*) FROM customer")).scalar_one() == 1
        s.execute(text("INSERT INTO store_meta (key, value) VALUES ('x', 'y')"))
    with store.session() as s:
        assert s.execute(text("SELECT value FROM store_meta WHERE key = 'x'")).scalar() == "y"


def test_the_unit_of_work_and_sync_apply_still_write_and_the_guard_comes_back(
        store: Store) -> None:
    cid = make_customer(store, "C1", "Anna", "Bianchi")
    with UnitOfWork(store) as uow:  # raw SQL inside a unit of work is its own business
        uow.session.execute(text("UPDATE main.customer SET tier = 'gold' WHERE id = :i"),
                            {"i": cid})
    with UnitOfWork(store, remote=True) as uow:
        uow.session.execute(text("/* c */ UPDATE customer SET tier = 'silver'"))
    with store.session() as s:
        assert s.execute(text("SELECT tier FROM customer")).scalar_one() == "silver"
    before = _state(store)
    with pytest.raises(WriteOutsideUnitOfWork), store.session() as s, s.begin():
        s.execute(text("UPDATE customer SET tier = 'bronze'"))
    assert _state(store) == before


def test_a_failed_unit_of_work_puts_the_guard_back(store: Store) -> None:
    make_customer(store, "C1", "Anna", "Bianchi")

    def fail_after_a_write() -> None:
        with UnitOfWork(store) as uow:
            uow.session.execute(text("UPDATE customer SET tier = 'gold'"))
            raise ZeroDivisionError

    with pytest.raises(ZeroDivisionError):
        fail_after_a_write()
    before = _state(store)
    with pytest.raises(WriteOutsideUnitOfWork), store.session() as s, s.begin():
        s.execute(text("UPDATE customer SET tier = 'gold'"))
    assert _state(store) == before


def test_a_reopened_store_is_guarded_from_its_first_connection(store_path: object) -> None:
    s = Store.open(store_path)  # type: ignore[arg-type]
    make_customer(s, "C1", "Anna")
    s.close()
    s = Store.open(store_path)  # type: ignore[arg-type]
    try:
        with pytest.raises(WriteOutsideUnitOfWork), s.session() as ses, ses.begin():
            ses.execute(text("WITH gone AS (SELECT id FROM customer) "
                             "DELETE FROM customer WHERE id IN gone"))
    finally:
        s.close()
