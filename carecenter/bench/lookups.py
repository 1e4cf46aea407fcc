"""Search and customer-view figures, each beside the raw SQLite query for the same work."""

from __future__ import annotations

import random
import sqlite3
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from carecenter.bench.stats import percentile, round_ms, timed_ms
from carecenter.db.store import Store
from carecenter.services.customers.phones import national_digits
from carecenter.services.customers.view import customer_view
from carecenter.services.search.query import fts_query, search


@dataclass(frozen=True)
class Query:
    text: str  # what the agent types
    raw_match: str  # the plain FTS5 MATCH expression for the same words


def sample_queries(path: Path, n: int, seed: int = 7) -> tuple[list[Query], list[str]]:
    """``n`` realistic queries drawn from the store, and ``n`` customer ids to open."""
    rng = random.Random(seed)
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        top = con.execute("SELECT max(rowid) FROM customer").fetchone()[0] or 0
        ids: list[str] = []
        queries: list[Query] = []
        while len(ids) < n and top:
            row = con.execute(
                "SELECT id, customer_ref, first_name, last_name, company FROM customer "
                "WHERE rowid >= ? AND merged_into_id IS NULL AND NOT deleted LIMIT 1",
                (rng.randint(1, top),)).fetchone()
            if row is None:
                continue
            cid, ref, first, last, _company = row
            ids.append(cid)
            phone = con.execute("SELECT e164 FROM customer_phone WHERE customer_id = ? LIMIT 1",
                                (cid,)).fetchone()
            email = con.execute("SELECT email FROM customer_email WHERE customer_id = ? LIMIT 1",
                                (cid,)).fetchone()
            kind = len(queries) % 5
            raw_match: str | None
            if kind == 0 and last:
                text = last[:4]
                raw_match = fts_query(text)
            elif kind == 1 and first and last:
                text = f"{first} {last}"
                raw_match = fts_query(text)
            elif kind == 2 and phone:
                digits = national_digits(phone[0])
                text = f"{digits[:3]} {digits[3:6]} {digits[6:]}"
                raw_match = f'keys : "{digits}"*'
            elif kind == 3 and email:
                text = email[0]
                raw_match = fts_query(text)
            else:
                text = ref
                raw_match = fts_query(text)
            queries.append(Query(text, raw_match or '""'))
        return queries, ids
    finally:
        con.close()


def measure_search(store: Store, queries: list[Query], region: str = "IT") -> dict[str, float]:
    """Our search and the raw FTS5 query, interleaved query by query (alternating which
    goes first), so that neither profits alone from pages the other brought in."""
    con = sqlite3.connect(store.path)
    ours: list[float] = []
    raw: list[float] = []
    try:
        def bare(q: Query) -> object:
            return con.execute("SELECT rowid FROM customer_fts WHERE customer_fts MATCH ? LIMIT 20",
                               (q.raw_match,)).fetchall()

        for n, q in enumerate(queries):
            if n % 2:
                raw.append(timed_ms(partial(bare, q))[0])
                ours.append(timed_ms(partial(search, store, q.text, region=region))[0])
            else:
                ours.append(timed_ms(partial(search, store, q.text, region=region))[0])
                raw.append(timed_ms(partial(bare, q))[0])
    finally:
        con.close()
    return {
        "search_p50_ms": round_ms(percentile(ours, 50)),
        "search_p95_ms": round_ms(percentile(ours, 95)),
        "raw_search_p50_ms": round_ms(percentile(raw, 50)),
        "raw_search_p95_ms": round_ms(percentile(raw, 95)),
    }


RAW_VIEW = (
    "SELECT k.id, k.at, k.channel, k.direction, k.team, k.outcome, k.summary, cp.name, o.code, "
    "a.name FROM contact k LEFT JOIN campaign cp ON cp.id = k.campaign_id "
    "LEFT JOIN offer o ON o.id = k.offer_id LEFT JOIN agent a ON a.id = k.agent_id "
    "WHERE k.customer_id = ? ORDER BY k.at DESC LIMIT 50"
)


def measure_view(store: Store, ids: list[str]) -> dict[str, float]:
    ours = [timed_ms(partial(customer_view, store, c))[0] for c in ids]
    con = sqlite3.connect(store.path)
    try:
        def raw(cid: str) -> object:
            con.execute("SELECT * FROM customer WHERE id = ?", (cid,)).fetchone()
            return con.execute(RAW_VIEW, (cid,)).fetchall()
        raws = [timed_ms(partial(raw, c))[0] for c in ids]
    finally:
        con.close()
    return {
        "view_p50_ms": round_ms(percentile(ours, 50)),
        "view_p95_ms": round_ms(percentile(ours, 95)),
        "raw_view_p50_ms": round_ms(percentile(raws, 50)),
        "raw_view_p95_ms": round_ms(percentile(raws, 95)),
    }
