"""The text search ranks its candidates in SQL: the page it shows is the one ranking every
candidate in Python gives (``_hits``), also when the index holds a customer that is no
longer live (the short cut then comes up short and every candidate is ranked)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta

from carecenter.db.store import Store
from carecenter.services.search.query import CANDIDATES, _hits, fts_query, search
from tests.factories import add_contact, make_customer

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _every_candidate_ranked(store: Store, raw: str, limit: int = 20) -> list[str]:
    con = sqlite3.connect(store.path)
    try:
        found = {cid: "text" for (cid,) in con.execute(
            "SELECT d.customer_id FROM customer_fts f JOIN search_doc d ON d.rowid = f.rowid "
            "WHERE customer_fts MATCH ? LIMIT ?", (fts_query(raw), CANDIDATES))}
        return [h.customer_id for h in _hits(con, found, limit)]
    finally:
        con.close()


def _zanettis(store: Store) -> list[str]:
    ids = [make_customer(store, f"Z{n:03}", "Anna", "Zanetti") for n in range(30)]
    for n, cid in enumerate(ids[:24]):  # six never contacted; some share a last contact
        add_contact(store, cid, at=T0 + timedelta(hours=n // 3))
    return ids


def test_the_page_is_every_candidate_ranked(store: Store) -> None:
    _zanettis(store)
    hits = [h.customer_id for h in search(store, "Zanetti")]
    assert len(hits) == 20
    assert hits == _every_candidate_ranked(store, "Zanetti")


def test_a_candidate_no_longer_live_is_passed_over(store: Store) -> None:
    ids = _zanettis(store)
    # As if the index had not caught up: the most recently contacted ones are deleted.
    con = sqlite3.connect(store.path)
    with con:
        con.executemany("UPDATE customer SET deleted = 1 WHERE id = ?",
                        [(cid,) for cid in ids[18:24]])
    con.close()
    hits = [h.customer_id for h in search(store, "Zanetti")]
    assert len(hits) == 20 and not set(hits) & set(ids[18:24])
    assert hits == _every_candidate_ranked(store, "Zanetti")
