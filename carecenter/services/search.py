"""Finding a customer from whatever the agent types: name, phone, e-mail, number."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import TextClause, bindparam, text
from sqlalchemy.exc import OperationalError

from carecenter.db.base import from_text
from carecenter.db.store import Store
from carecenter.services.family import survivor_id
from carecenter.services.phones import looks_like_phone, to_e164
from carecenter.services.tasks import Cancelled, TaskState, interruptible

MAX_QUERY_CHARS = 200
MAX_TOKENS = 8
MAX_TOKEN_CHARS = 40
CANDIDATES = 200
_WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class CustomerHit:
    customer_id: str
    customer_ref: str
    name: str
    company: str | None
    phones: tuple[str, ...]
    emails: tuple[str, ...]
    tier: str | None
    store: str | None
    match: str  # "phone", "ref", "email" or "text"
    last_contact_at: datetime | None


def fts_query(raw: str) -> str | None:
    """A safe FTS5 query: every word of ``raw`` as a quoted prefix, all required.

    Quotes, operators (AND, OR, NOT, NEAR), stars and brackets can never reach FTS5 as
    syntax: only runs of letters and digits survive, each inside double quotes.
    """
    words = [w[:MAX_TOKEN_CHARS] for w in _WORD.findall(raw.casefold())][:MAX_TOKENS]
    if not words:
        return None
    return " AND ".join(f'"{w}"*' for w in words)


def _digits_query(raw: str) -> str | None:
    digits = re.sub(r"\D", "", raw)
    if raw.strip().startswith("+"):
        return f'keys : "{digits}"*'
    if digits.startswith("00"):
        return f'keys : "{digits[2:]}"*'
    return f'keys : "{digits}"*' if digits else None


def search(store: Store, raw: str, *, limit: int = 20, region: str = "IT",
           state: TaskState | None = None) -> list[CustomerHit]:
    """Customers matching ``raw``, most likely first: exact phone, customer number or
    e-mail matches first, then text matches by most recent contact."""
    raw = raw.strip()[:MAX_QUERY_CHARS]
    if not raw:
        return []
    with store.session() as s:
        conn = s.connection()
        dbapi = conn.connection.dbapi_connection
        try:
            with interruptible(dbapi, state):
                exact = _exact(conn, raw, region)
                if state:
                    state.check()
                query = _digits_query(raw) if looks_like_phone(raw, 4) else fts_query(raw)
                found: dict[str, str] = dict(exact)
                if query and len(found) < limit:
                    for (cid,) in conn.execute(text(
                            "SELECT d.customer_id FROM customer_fts f "
                            "JOIN search_doc d ON d.rowid = f.rowid "
                            "WHERE customer_fts MATCH :q LIMIT :n"), {"q": query, "n": CANDIDATES}):
                        found.setdefault(cid, "text")
                return hits_for(conn, _survivors(conn, found), limit)
        except OperationalError as exc:
            if isinstance(exc.orig, sqlite3.OperationalError) and "interrupt" in str(exc.orig):
                raise Cancelled from exc
            raise


def _exact(conn: Any, raw: str, region: str) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    e164 = to_e164(raw, region)
    if e164:
        rows += [(r[0], "phone") for r in conn.execute(text(
            "SELECT customer_id FROM customer_phone WHERE e164 = :p AND NOT deleted"), {"p": e164})]
    if "@" in raw:
        rows += [(r[0], "email") for r in conn.execute(text(
            "SELECT customer_id FROM customer_email WHERE email = :e AND NOT deleted"),
            {"e": raw.casefold()})]
    rows += [(r[0], "ref") for r in conn.execute(text(
        "SELECT id FROM customer WHERE customer_ref IN (:a, :b)"), {"a": raw, "b": raw.upper()})]
    return rows


_RANK = {"phone": 0, "ref": 0, "email": 1, "text": 2}


def _ids(sql: str) -> TextClause:
    # One expanding parameter: hundreds of named ones cost more to build than to run.
    return text(sql).bindparams(bindparam("ids", expanding=True))


def _survivors(conn: Any, found: dict[str, str]) -> dict[str, str]:
    """Each match stands for the customer it was merged into, keeping the best match."""
    if not found:
        return {}
    # One query for all candidates; chains are followed only for the few merged ones.
    merged = {r[0] for r in conn.execute(_ids(
        "SELECT id FROM customer WHERE id IN :ids AND merged_into_id IS NOT NULL"),
        {"ids": list(found)})}
    out: dict[str, str] = {}
    for cid, how in found.items():
        alive = survivor_id(conn, cid) if cid in merged else cid
        if alive not in out or _RANK[how] < _RANK[out[alive]]:
            out[alive] = how
    return out


def hits_for(conn: Any, found: dict[str, str], limit: int) -> list[CustomerHit]:
    """Hits for customer ids with how each matched, best first (live customers only)."""
    if not found:
        return []
    # "+c.merged_into_id": without statistics SQLite would rather walk the index of
    # merged_into_id (every live customer is NULL there) than look up a few hundred ids:
    # 0.3 s instead of 2 ms on a million customers.
    rows = conn.execute(_ids(
        "SELECT c.id, c.customer_ref, c.first_name, c.last_name, c.company, c.tier, c.store, "
        "(SELECT max(at) FROM contact WHERE customer_id = c.id) AS last_at "
        "FROM customer c WHERE c.id IN :ids AND NOT c.deleted AND +c.merged_into_id IS NULL"),
        {"ids": list(found)}).mappings().all()
    rows = sorted(rows, key=lambda r: (_RANK[found[r["id"]]], _neg(r["last_at"]),
                                       r["customer_ref"]))
    rows = rows[:limit]
    if not rows:
        return []
    keep = {f"k{n}": r["id"] for n, r in enumerate(rows)}
    kmarks = ", ".join(f":k{n}" for n in range(len(rows)))
    phones: dict[str, list[str]] = {}
    for cid, p in conn.execute(text(
            f"SELECT customer_id, e164 FROM customer_phone WHERE customer_id IN ({kmarks}) "
            "AND NOT deleted ORDER BY id"), keep):
        phones.setdefault(cid, []).append(p)
    emails: dict[str, list[str]] = {}
    for cid, e in conn.execute(text(
            f"SELECT customer_id, email FROM customer_email WHERE customer_id IN ({kmarks}) "
            "AND NOT deleted ORDER BY id"), keep):
        emails.setdefault(cid, []).append(e)
    return [
        CustomerHit(
            customer_id=r["id"], customer_ref=r["customer_ref"],
            name=full_name(r["first_name"], r["last_name"], r["company"]),
            company=r["company"], phones=tuple(phones.get(r["id"], ())),
            emails=tuple(emails.get(r["id"], ())), tier=r["tier"], store=r["store"],
            match=found[r["id"]],
            last_contact_at=from_text(r["last_at"]) if r["last_at"] else None,
        )
        for r in rows
    ]


def _neg(iso: str | None) -> str:
    # Newest first: invert the characters of the fixed-width ISO text.
    if not iso:
        return "~"
    return "".join(chr(0x7E - ord(ch) + 0x20) for ch in iso)


def full_name(first: str | None, last: str | None, company: str | None = None) -> str:
    name = " ".join(p for p in (first, last) if p)
    return name or company or ""
