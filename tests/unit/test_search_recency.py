"""The search index keeps its documents in the order of each customer's last contact, so
the page is the most recently contacted of ALL the matches (not of the first few hundred
the index happens to hold), whoever writes the contact and in whatever order it arrives."""

from __future__ import annotations

import random
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import text

from carecenter.clock import hlc_of
from carecenter.db.base import jsonable
from carecenter.db.models import Contact, Customer
from carecenter.db.search_order import NEVER_TOP
from carecenter.db.store import Store
from carecenter.ids import new_id
from carecenter.services.search.query import CANDIDATES, search
from carecenter.services.uow import UnitOfWork
from tests.factories import add_contact

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _read(store: Store, sql: str, params: tuple[object, ...] = ()) -> list[Any]:
    """Rows read from the store's file on a connection of its own."""
    con = sqlite3.connect(store.path)
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


def _ranked_by_hand(store: Store, last_name: str, limit: int = 20) -> list[str]:
    """Every live customer of that name, by last contact (never contacted last), number."""
    return [cid for (cid,) in _read(
        store, "SELECT c.id FROM customer c WHERE c.last_name = ? AND NOT c.deleted "
        "AND c.merged_into_id IS NULL ORDER BY coalesce((SELECT max(at) FROM contact k "
        "WHERE k.customer_id = c.id), '') DESC, c.customer_ref, c.id LIMIT ?",
        (last_name, limit))]


def _pulled(customer_id: str, at: datetime) -> dict[str, list[object]]:
    """A contact's cells as a pull brings them from another desk."""
    hlc = hlc_of(int(at.timestamp() * 1000))
    values = {"customer_id": customer_id, "at": jsonable(at), "channel": "phone",
              "direction": "inbound", "team": "service"}
    return {k: [v, hlc, "other-workstation"] for k, v in values.items()}


def _before(revision: str) -> str:
    from alembic.script import ScriptDirectory

    from carecenter.db.store import _alembic_config

    with _alembic_config() as cfg:
        down = ScriptDirectory.from_config(cfg).get_revision(revision)
    assert down is not None and isinstance(down.down_revision, str)
    return down.down_revision


def _many(store: Store, n: int) -> list[str]:
    """``n`` customers named Zanetti, one unit of work (the index is built at its end)."""
    with UnitOfWork(store) as uow:
        return [uow.add(Customer(customer_ref=f"Z{k:04}", first_name="Anna",
                                last_name="Zanetti")).id for k in range(n)]


def test_the_page_is_the_newest_of_every_match(store: Store) -> None:
    n = CANDIDATES + 60  # more matches than the old search ever ranked
    ids = _many(store, n)
    rng = random.Random(5)
    order = list(range(n))
    rng.shuffle(order)  # contacts written in no particular order of time
    with UnitOfWork(store) as uow:
        for k in order[: n - 20]:  # 20 never contacted
            uow.add(Contact(customer_id=ids[k], at=T0 + timedelta(minutes=k), channel="phone",
                            direction="inbound", team="service"))
    hits = [h.customer_id for h in search(store, "Zanetti")]
    assert hits == _ranked_by_hand(store, "Zanetti")
    newest = max(order[: n - 20])
    assert hits[0] == ids[newest] and newest >= CANDIDATES


def test_a_new_contact_moves_the_customer_up_and_an_older_one_does_not(store: Store) -> None:
    ids = _many(store, 70)  # more than the window the search ranks (twice the page)
    for k, cid in enumerate(ids):
        add_contact(store, cid, at=T0 + timedelta(hours=k))
    assert search(store, "Zanetti")[0].customer_id == ids[-1]
    add_contact(store, ids[3], at=T0 + timedelta(days=30))
    assert search(store, "Zanetti")[0].customer_id == ids[3]
    # A contact from another desk that arrives late but happened long ago moves nothing.
    add_contact(store, ids[5], at=T0 - timedelta(days=300))
    # One pulled from the hub (the replica's raw inserts) moves its customer like any.
    with UnitOfWork(store, remote=True) as uow:
        uow.apply_remote(Contact, [(new_id(), _pulled(ids[7], T0 + timedelta(days=40)))])
    assert search(store, "Zanetti")[0].customer_id == ids[7]
    hits = [h.customer_id for h in search(store, "Zanetti")]
    assert hits[:2] == [ids[7], ids[3]] and ids[5] not in hits
    assert hits == _ranked_by_hand(store, "Zanetti")


def test_the_index_stays_whole_as_documents_move(store: Store) -> None:
    ids = _many(store, 30)
    for k, cid in enumerate(ids):
        add_contact(store, cid, at=T0 + timedelta(minutes=k))
        add_contact(store, cid, at=T0 + timedelta(days=1, minutes=k))
    con = sqlite3.connect(store.path)
    try:
        docs = con.execute(
            "SELECT count(*), count(DISTINCT customer_id) FROM search_doc").fetchone()
        texts = con.execute("SELECT count(*) FROM customer_fts").fetchone()[0]
        orphans = con.execute("SELECT count(*) FROM search_doc d WHERE NOT EXISTS "
                              "(SELECT 1 FROM customer_fts f WHERE f.rowid = d.rowid)").fetchone()
        low = con.execute("SELECT count(*) FROM search_doc WHERE rowid < ?",
                          (NEVER_TOP,)).fetchone()[0]
    finally:
        con.close()
    assert docs == (30, 30) and texts == 30 and orphans == (0,) and low == 0


def _closed_store(path: Path, n: int, contacted: int, step: timedelta) -> list[str]:
    """A store of ``n`` Zanettis, the first ``contacted`` of them contacted in a jumbled
    order of time, closed (for a test to turn into an older revision's)."""
    s = Store.open(path)
    try:
        ids = _many(s, n)
        for k, cid in enumerate(ids[:contacted]):
            add_contact(s, cid, at=T0 + step * ((k * 7) % contacted))
    finally:
        s.close()
    return ids


def test_an_older_store_is_renumbered_by_recency(store_path: Path) -> None:
    ids = _closed_store(store_path, 25, 22, timedelta(hours=1))
    # As the revision before 0016 left it: documents numbered 1, 2, 3... as they were made.
    con = sqlite3.connect(store_path)
    with con:
        rows = con.execute("SELECT d.customer_id, f.names, f.keys FROM search_doc d "
                           "JOIN customer_fts f ON f.rowid = d.rowid ORDER BY d.customer_id")\
            .fetchall()
        con.execute("DELETE FROM search_doc")
        con.execute("DELETE FROM customer_fts")
        for n, (cid, names, keys) in enumerate(rows, 1):
            con.execute("INSERT INTO search_doc (rowid, customer_id) VALUES (?, ?)", (n, cid))
            con.execute("INSERT INTO customer_fts (rowid, names, keys) VALUES (?, ?, ?)",
                        (n, names, keys))
        con.execute("DROP TABLE search_move")  # came after 0016 (0017)
        con.execute("ALTER TABLE search_doc DROP COLUMN last_at")  # and 0018
        con.execute("UPDATE alembic_version SET version_num = ?", (_before("0016"),))
    con.close()
    s = Store.open(store_path)
    try:
        assert [h.customer_id for h in search(s, "Zanetti")] == _ranked_by_hand(s, "Zanetti")
        add_contact(s, ids[24], at=T0 + timedelta(days=9))
        assert search(s, "Zanetti")[0].customer_id == ids[24]
        with s.session() as ses:
            assert ses.execute(text("SELECT count(*) FROM customer_fts")).scalar_one() == 25
    finally:
        s.close()


def test_an_import_moves_each_document_once_at_its_end(store: Store) -> None:
    from carecenter.services.search.index import DEFERRING
    from carecenter.services.uow import search_moves_deferred

    ids = _many(store, 70)
    for k, cid in enumerate(ids):
        add_contact(store, cid, at=T0 + timedelta(hours=k))
    with search_moves_deferred(store):
        assert store in DEFERRING
        with UnitOfWork(store) as uow:  # one batch of an import
            uow.add(Contact(customer_id=ids[2], at=T0 + timedelta(days=20), channel="phone",
                            direction="inbound", team="service"))
        assert _noted(store) == [ids[2]]  # noted, not moved yet
        assert search(store, "Zanetti")[0].customer_id == ids[-1]
    assert _noted(store) == [] and store not in DEFERRING
    assert search(store, "Zanetti")[0].customer_id == ids[2]


def test_during_an_import_a_match_is_ranked_by_its_newest_contact(store: Store) -> None:
    from carecenter.services.uow import search_moves_deferred

    ids = _many(store, 30)  # all in the window the search ranks
    for k, cid in enumerate(ids):
        add_contact(store, cid, at=T0 + timedelta(hours=k))
    with search_moves_deferred(store):
        with UnitOfWork(store) as uow:  # one batch of an import
            uow.add(Contact(customer_id=ids[20], at=T0 + timedelta(days=20), channel="phone",
                            direction="inbound", team="service"))
        assert _noted(store) == [ids[20]]
        # The document not moved yet, nor its last contact noted: read from the contacts.
        first = search(store, "Zanetti")[0]
        assert first.customer_id == ids[20]
        assert first.last_contact_at == T0 + timedelta(days=20)
        assert [h.customer_id for h in search(store, "Zanetti")] == \
            _ranked_by_hand(store, "Zanetti")


def test_each_document_notes_its_customers_last_contact(store: Store) -> None:
    ids = _many(store, 6)
    add_contact(store, ids[0], at=T0)
    add_contact(store, ids[0], at=T0 - timedelta(days=3))  # older, arriving later
    add_contact(store, ids[1], at=T0 + timedelta(minutes=1))
    with UnitOfWork(store, remote=True) as uow:  # pulled from another desk
        uow.apply_remote(Contact, [(new_id(), _pulled(ids[2], T0 + timedelta(days=2)))])
    assert _noted_last(store) == _last_by_hand(store)
    assert _noted_last(store)[ids[0]] == _last_by_hand(store)[ids[0]] is not None
    assert _noted_last(store)[ids[5]] is None  # never contacted


def test_an_older_store_notes_each_documents_last_contact(store_path: Path) -> None:
    _closed_store(store_path, 45, 40, timedelta(minutes=1))
    con = sqlite3.connect(store_path)
    with con:  # as the revision before 0018 left it
        con.execute("ALTER TABLE search_doc DROP COLUMN last_at")
        con.execute("UPDATE alembic_version SET version_num = ?", (_before("0018"),))
    con.close()
    s = Store.open(store_path)
    try:
        assert _noted_last(s) == _last_by_hand(s)
        assert len([a for a in _noted_last(s).values() if a]) == 40
        assert [h.customer_id for h in search(s, "Zanetti")] == _ranked_by_hand(s, "Zanetti")
    finally:
        s.close()


def _noted_last(store: Store) -> dict[str, str | None]:
    return dict(_read(store, "SELECT customer_id, last_at FROM search_doc"))


def _last_by_hand(store: Store) -> dict[str, str | None]:
    return dict(_read(store, "SELECT c.id, (SELECT max(at) FROM contact k "
                             "WHERE k.customer_id = c.id) FROM customer c"))


def test_moves_noted_by_a_killed_import_are_made_by_the_next_commit(store: Store) -> None:
    from carecenter.services.search.index import DEFERRING

    ids = _many(store, 70)
    for k, cid in enumerate(ids):
        add_contact(store, cid, at=T0 + timedelta(hours=k))
    DEFERRING.add(store)  # an import running...
    with UnitOfWork(store) as uow:
        uow.add(Contact(customer_id=ids[4], at=T0 + timedelta(days=20), channel="phone",
                        direction="inbound", team="service"))
    DEFERRING.discard(store)  # ...killed: its end never ran
    assert _noted(store) == [ids[4]]
    make_other = _many(store, 1)  # any later write
    assert make_other and _noted(store) == []
    assert search(store, "Zanetti")[0].customer_id == ids[4]


def _noted(store: Store) -> list[str]:
    return [c for (c,) in _read(store, "SELECT customer_id FROM search_move")]
