"""A PostgreSQL hub keeps each row's JSON text as the row is written (``sync.hub_wire``),
and a pull sends that text: it must be exactly what rendering the row at pull time gives,
after inserts, edits and the hub's own updates, and rows without it must still go out."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import Connection, func, select, text

from carecenter.db.models import Customer, Decision
from carecenter.db.store import Store
from carecenter.services.uow import UnitOfWork
from carecenter.sync import hub_pull, hub_wire
from carecenter.sync import protocol as p
from carecenter.sync.hub import Hub, init_hub
from carecenter.sync.hub_pg import row_json
from carecenter.sync.hub_schema import TABLES, hub_site
from carecenter.sync.transport import InProcessTransport
from tests.factories import add_contact, make_customer
from tests.sync.helpers import ok

NOW = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)


@pytest.fixture
def pg_hub(pg_url: str) -> Any:
    h = Hub(pg_url)
    yield h
    h.close()


def _stale_rows(conn: Connection) -> dict[str, int]:
    """Per table: rows whose kept text is missing or differs from rendering them now."""
    out = {}
    for t in TABLES.values():
        n = conn.execute(text(f'SELECT count(*) FROM "{t.name}" '
                              f'WHERE wire IS DISTINCT FROM {row_json(t)}')).scalar_one()
        if n:
            out[t.name] = int(n)
    return out


def _work(hub: Hub, a: Store, b: Store) -> None:
    """Inserts, an edit of a row from another desk, and a row the hub itself changes
    (a decision over the customer's cap is marked ``exceeds_cap`` by the hub)."""
    cid = make_customer(a, "W-1", "Wanda", phones=("+390611111111",))
    add_contact(a, cid, NOW)
    ok(a, hub)
    ok(b, hub)
    with b.session() as s:
        row = s.get(Customer, cid)
    with UnitOfWork(b) as uow:
        uow.update(row, first_name="Wendy")
    for store, day in ((a, 1), (b, 3), (a, 5)):  # 3 x 40 EUR within 30 days: 120 > 100
        with UnitOfWork(store) as uow:
            uow.add(Decision(customer_id=cid, remedy="credit", amount_cents=4000,
                             at=NOW + timedelta(days=day)))
    for s in (a, b, a):
        ok(s, hub)


def test_every_write_keeps_the_row_text_a_pull_would_render(pg_hub: Hub, make_store) -> None:
    _work(pg_hub, make_store("a"), make_store("b"))
    with pg_hub.engine.connect() as conn:
        states = conn.execute(select(TABLES["decision"].c.authority_state)).scalars().all()
        assert sorted(states) == ["exceeds_cap", "within", "within"]  # the hub's update too
        assert _stale_rows(conn) == {}
        n = conn.execute(select(func.count()).select_from(TABLES["customer"])).scalar_one()
        assert n == 1


def test_rows_written_before_the_hub_kept_their_text_are_pulled_the_same(
        pg_hub: Hub, make_store) -> None:
    _work(pg_hub, make_store("a"), make_store("b"))
    transport = InProcessTransport(pg_hub)
    kept = transport.pull(p.PullRequest(1, "c-site", None, 1000, "rows"))
    with pg_hub.engine.begin() as conn:  # as a hub upgraded from h0002 holds its rows
        conn.exec_driver_sql("SET LOCAL session_replication_role = replica")
        for t in TABLES.values():
            conn.exec_driver_sql(f'UPDATE "{t.name}" SET wire = NULL')
    rendered = transport.pull(p.PullRequest(1, "c-site", None, 1000, "rows"))
    assert rendered.extra == kept.extra and rendered.done and kept.done
    assert set(kept.extra["pages"]) >= {"customer", "customer_phone", "contact", "decision"}
    # and a replica starting from those rows gets the same store
    fresh = make_store("c")
    ok(fresh, pg_hub)
    with fresh.session() as s:
        assert s.get(Customer, next(iter(_ids(kept, "customer")))).first_name == "Wendy"


def _ids(resp: p.PullResponse, name: str) -> list[str]:
    cols = resp.extra["columns"][name]
    return [v[cols.index("id")] for v in resp.extra["pages"][name]]


def _trigger_ids(url: str) -> list[int]:
    h = Hub(url)
    try:
        with h.engine.connect() as conn:
            return list(conn.execute(text(
                "SELECT oid FROM pg_trigger WHERE tgname LIKE 'h\\_%\\_wire' ORDER BY 1")
                ).scalars())
    finally:
        h.close()


def test_a_hub_whose_row_triggers_are_not_this_codes_is_not_up_to_date(pg_url: str) -> None:
    first = _trigger_ids(pg_url)
    assert len(first) == len(TABLES)
    init_hub(pg_url)  # again: changes nothing (no table locked to replace a trigger)
    assert _trigger_ids(pg_url) == first
    h = Hub(pg_url)
    try:
        with h.engine.begin() as conn:
            conn.execute(text("UPDATE hub_meta SET value = 'older' WHERE key = 'wire'"))
        with pytest.raises(p.SyncRefused) as e:
            _ = h.hub_id
        assert e.value.code == "schema" and "is not up to date: run `carecenter hub init" \
            in e.value.message
    finally:
        h.close()
    init_hub(pg_url)
    assert len(_trigger_ids(pg_url)) == len(TABLES) and _trigger_ids(pg_url) != first
    h = Hub(pg_url)
    try:
        assert h.hub_id
        with h.engine.connect() as conn:
            assert hub_wire.current(conn)
    finally:
        h.close()


def _last_pull(hub: Hub, site: str) -> Any:
    with hub.engine.connect() as conn:
        return conn.execute(select(hub_site.c.last_pull).where(hub_site.c.site == site)
                            ).scalar_one()


def test_a_pull_marks_the_site_at_most_once_a_minute(
        hub: Hub, make_store, monkeypatch: pytest.MonkeyPatch) -> None:
    a = make_store("a")
    make_customer(a, "M-1", "Mara")
    ok(a, hub)
    first = _last_pull(hub, a.site_id)
    assert first is not None
    ok(a, hub)
    assert _last_pull(hub, a.site_id) == first  # within the minute: not written again
    monkeypatch.setattr(hub_pull, "PULL_MARK_EVERY_S", 0.0)
    ok(a, hub)
    assert _last_pull(hub, a.site_id) > first
    # a pull the hub refuses writes no mark, and leaves none to skip the next one
    other = "0190a0b0-0000-7000-8000-00000000abcd"
    with pytest.raises(p.SyncRefused):
        InProcessTransport(hub).pull(p.PullRequest(1, other, "not a cursor", 10, "rows"))
    monkeypatch.setattr(hub_pull, "PULL_MARK_EVERY_S", 60.0)
    with hub.engine.connect() as conn:
        assert conn.execute(select(hub_site).where(hub_site.c.site == other)).first() is None
    InProcessTransport(hub).pull(p.PullRequest(1, other, None, 10, "rows"))
    assert _last_pull(hub, other) is not None
