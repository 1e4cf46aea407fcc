"""The lookups' statements are compiled once per connection, on an encrypted store too.

SQLite compiles a statement when it is prepared and calls the authorizer then, never when
it runs a compiled one. SQLCipher's SQLite (3.53) compiled every statement with a bound
``LIMIT`` again on each run (40 µs of the search's 50 on its main statement): the second
search, duplicate check or customer view must compile nothing.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import pytest

from carecenter.db.guard import arm, authorize
from carecenter.db.limits import sql_limit
from carecenter.db.store import Store
from carecenter.services.customers.duplicates import Probe, find_duplicates
from carecenter.services.customers.view import customer_view
from carecenter.services.search.query import search
from tests.factories import add_contact, make_customer

NOW = datetime(2026, 12, 7, 10, 0, tzinfo=UTC)


@pytest.fixture(params=["encrypted", "plain"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    s = Store.open(tmp_path / "store.db", encrypt=request.param == "encrypted")
    ids = [make_customer(s, "C-1", "Zebedeo", "Quaglierini", phones=("+390612345678",)),
           make_customer(s, "C-2", "Zelinda", "Quagliarella", phones=("+390612345679",)),
           make_customer(s, "C-3", "Zeno", "Quaglia", birth_date=datetime(1970, 1, 2).date())]
    for n, cid in enumerate(ids):
        add_contact(s, cid, datetime(2026, 11, 1 + n, tzinfo=UTC))
    try:
        yield s
    finally:
        s.close()


@contextmanager
def counted(store: Store) -> Iterator[list[int]]:
    """What the statements compiled on the store's connection meanwhile read or select
    (authorizer calls). Setting an authorizer expires the compiled statements, so it is
    set first."""
    calls: list[int] = []

    def counting(action: int, *args: str | None) -> int:
        if action != sqlite3.SQLITE_TRANSACTION:  # the driver's rollback() compiles its own
            calls.append(action)
        return authorize(action, *args)

    with store.reading() as db:
        db.set_authorizer(counting)
    try:
        yield calls
    finally:
        with store.reading() as db:
            arm(db)


def twice(store: Store, first: Callable[[], object], second: Callable[[], object]) -> int:
    """How many statements ``second`` compiles after ``first`` ran the same kind of work."""
    with counted(store) as calls:
        first()
        assert calls, "the first run compiles its statements"
        calls.clear()
        second()
        return len(calls)


def ids(store: Store) -> list[str]:
    return [h.customer_id for h in search(store, "Quagli")]


def test_a_second_search_compiles_nothing(store: Store) -> None:
    assert len(ids(store)) == 3
    assert twice(store, lambda: search(store, "Zebedeo"), lambda: search(store, "Zelinda")) == 0


def test_a_second_duplicate_check_compiles_nothing(store: Store) -> None:
    def check(first: str, last: str) -> object:
        return find_duplicates(store, Probe(first, last, phones=("+390699999999",)))

    assert twice(store, lambda: check("Zebedeo", "Quaglierni"),
                 lambda: check("Zelinda", "Quagliarela")) == 0


def test_a_second_customer_view_compiles_nothing(store: Store) -> None:
    first, second, _third = ids(store)
    assert twice(store, lambda: customer_view(store, first, now=NOW),
                 lambda: customer_view(store, second, now=NOW)) == 0


def test_a_limit_is_an_int_written_into_the_statement() -> None:
    assert sql_limit(20) == "LIMIT 20"
    assert sql_limit(-1) == "LIMIT 0"
    with pytest.raises(TypeError, match=r"^a LIMIT is an int, not str$"):
        sql_limit("20; DROP TABLE customer")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^a LIMIT is an int, not bool$"):
        sql_limit(True)
