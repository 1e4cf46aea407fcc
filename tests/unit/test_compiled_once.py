"""The lookups' statements are compiled once per connection, on an encrypted store too.

SQLite calls the authorizer when it compiles a statement, never when it runs a compiled
one: the store's guard (``db/guard.authorize``) is counted on every connection. On an
encrypted store, SQLCipher's SQLite (3.53) compiled every statement with a bound ``LIMIT``
again on each run, the connection that ran the migrations compiled every statement again
in each transaction, and the driver's statement cache, once full of bulk work's
statements, compiled the search's anew every time: the second search, duplicate check or
customer view must compile nothing.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from carecenter.db import guard
from carecenter.db.limits import sql_limit
from carecenter.db.store import Store
from carecenter.services.customers.duplicates import Probe, find_duplicates
from carecenter.services.customers.view import customer_view
from carecenter.services.search.query import search
from tests.factories import add_contact, make_customer

NOW = datetime(2026, 12, 7, 10, 0, tzinfo=UTC)


class Compiles:
    """The store guard's calls, counted while ``on``: one or more per statement compiled
    (transaction control aside: the driver's rollback() compiles its own each time)."""

    def __init__(self) -> None:
        self.on = False
        self.calls = 0
        self.guard = guard.authorize

    def __call__(self, action: int, *args: str | None) -> int:
        if self.on and action != sqlite3.SQLITE_TRANSACTION:
            self.calls += 1
        return self.guard(action, *args)

    def second(self, first: Callable[[], object], second: Callable[[], object]) -> int:
        """How many compiles ``second`` needs after ``first`` did the same kind of work."""
        self.calls, self.on = 0, True
        try:
            first()
            assert self.calls, "the first run compiles its statements"
            self.calls = 0
            second()
            return self.calls
        finally:
            self.on = False


@pytest.fixture
def compiles(monkeypatch: pytest.MonkeyPatch) -> Compiles:
    counter = Compiles()
    monkeypatch.setattr(guard, "authorize", counter)  # armed on each connection from now
    return counter


@pytest.fixture(params=["encrypted", "plain"])
def store(request: pytest.FixtureRequest, tmp_path: Path, compiles: Compiles) -> Iterator[Store]:
    s = Store.open(tmp_path / "store.db", encrypt=request.param == "encrypted")
    ids = [make_customer(s, "C-1", "Zebedeo", "Quaglierini", phones=("+390612345678",)),
           make_customer(s, "C-2", "Zelinda", "Quagliarella", phones=("+390612345679",)),
           make_customer(s, "C-3", "Zeno", "Quaglia", birth_date=date(1970, 1, 2))]
    for n, cid in enumerate(ids):
        add_contact(s, cid, datetime(2026, 11, 1 + n, tzinfo=UTC))
    try:
        yield s
    finally:
        s.close()


def ids(store: Store) -> list[str]:
    return [h.customer_id for h in search(store, "Quagli")]


def test_a_second_search_compiles_nothing(store: Store, compiles: Compiles) -> None:
    assert len(ids(store)) == 3
    assert compiles.second(lambda: search(store, "Zebedeo"),
                           lambda: search(store, "Zelinda")) == 0


def test_a_second_duplicate_check_compiles_nothing(store: Store, compiles: Compiles) -> None:
    def check(first: str, last: str) -> object:
        return find_duplicates(store, Probe(first, last, phones=("+390699999999",)))

    assert compiles.second(lambda: check("Zebedeo", "Quaglierni"),
                           lambda: check("Zelinda", "Quagliarela")) == 0


def test_a_second_customer_view_compiles_nothing(store: Store, compiles: Compiles) -> None:
    first, second, _third = ids(store)
    assert compiles.second(lambda: customer_view(store, first, now=NOW),
                           lambda: customer_view(store, second, now=NOW)) == 0


def test_after_bulk_work_a_second_search_compiles_nothing(store: Store,
                                                          compiles: Compiles) -> None:
    """Bulk work runs more distinct statements, more often, than the driver's cache
    holds (an import's or a demo build's batches)."""
    with store.bulk_work(), store.reading() as db:
        for n in range(1100):
            for _ in range(3):
                db.execute(f"SELECT {n} FROM customer WHERE id = ?", ("none",)).fetchall()
    assert compiles.second(lambda: search(store, "Zebedeo"),
                           lambda: search(store, "Zelinda")) == 0


def test_a_days_statements_leave_room_for_the_searchs(store: Store,
                                                     compiles: Compiles) -> None:
    """Hundreds of statements, each run often, before the search (the driver's own
    default held a hundred)."""
    with store.reading() as db:
        for n in range(300):
            for _ in range(3):
                db.execute(f"SELECT {n} FROM customer WHERE id = ?", ("none",)).fetchall()
    assert compiles.second(lambda: search(store, "Zebedeo"),
                           lambda: search(store, "Zelinda")) == 0


def test_a_limit_is_an_int_written_into_the_statement() -> None:
    assert sql_limit(20) == "LIMIT 20"
    assert sql_limit(-1) == "LIMIT 0"
    with pytest.raises(TypeError, match=r"^a LIMIT is an int, not str$"):
        sql_limit("20; DROP TABLE customer")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^a LIMIT is an int, not bool$"):
        sql_limit(True)
