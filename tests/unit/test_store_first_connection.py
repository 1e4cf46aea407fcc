"""The connection a store is opened with serves the searches until the engine is made,
and then becomes the engine's first pooled connection: the page cache the searches warmed
goes on serving them (a new connection starts cold; an encrypted store decrypts each cold
page again). Made while a search reads from it, the engine waits for the search."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from carecenter.db.store import Store
from carecenter.services.customers.view import customer_view
from carecenter.services.search.query import search
from tests.factories import add_contact, make_customer

NOW = datetime(2026, 12, 7, 10, 0, tzinfo=UTC)


@pytest.fixture(params=["encrypted", "plain"])
def reopened(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[Store, str]]:
    """A store at the newest schema, opened again: no engine yet, only its first
    connection."""
    encrypt = request.param == "encrypted"
    s = Store.open(tmp_path / "store.db", encrypt=encrypt)
    cid = make_customer(s, "C-1", "Zebedeo", "Quaglierini", phones=("+390612345678",))
    add_contact(s, cid, datetime(2026, 11, 1, tzinfo=UTC))
    s.close()
    s = Store.open(tmp_path / "store.db", encrypt=encrypt)
    try:
        yield s, cid
    finally:
        s.close()


def test_the_engine_takes_over_the_connection_the_searches_used(
        reopened: tuple[Store, str]) -> None:
    store, cid = reopened
    assert [h.customer_id for h in search(store, "Quagl")] == [cid]
    with store.reading() as first:
        pass
    assert customer_view(store, cid, now=NOW).header.customer_id == cid  # makes the engine
    with store.reading() as now_used:
        assert now_used is first
    assert [h.customer_id for h in search(store, "Zebe")] == [cid]


def test_the_engine_waits_for_a_search_still_reading(reopened: tuple[Store, str]) -> None:
    store, _ = reopened
    inside, leave = threading.Event(), threading.Event()
    held: list[object] = []

    def searching() -> None:
        with store.reading() as db:
            held.append(db)
            inside.set()
            leave.wait(10)
            db.execute("SELECT count(*) FROM customer").fetchone()

    reader = threading.Thread(target=searching)
    reader.start()
    assert inside.wait(10)
    making = threading.Thread(target=lambda: store.engine)
    making.start()
    making.join(0.3)
    assert making.is_alive()  # waiting for the search, not sharing its connection
    leave.set()
    reader.join(10)
    making.join(10)
    assert not making.is_alive()
    with store.reading() as db:
        assert db is held[0]


def test_after_the_first_connection_is_closed_the_pool_opens_new_ones(
        reopened: tuple[Store, str]) -> None:
    store, cid = reopened
    with store.reading() as first:
        pass
    assert store.engine is not None  # made meanwhile (a customer view, a sync)
    with store.reading() as pooled:
        assert pooled is first
    store.engine.dispose()  # closes the pool's connections, the first among them
    with pytest.raises(Exception, match="closed"):
        first.execute("SELECT 1")
    with store.reading() as db:
        assert db is not first
        assert db.execute("SELECT id FROM customer").fetchone()[0] == cid


def test_closing_the_store_closes_its_first_connection(reopened: tuple[Store, str]) -> None:
    store, _ = reopened
    with store.reading() as first:
        pass
    assert store.engine is not None  # made, never used
    store.close()
    with pytest.raises(Exception, match="closed"):
        first.execute("SELECT 1")
