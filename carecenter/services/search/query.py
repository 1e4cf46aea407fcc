"""Finding a customer from whatever the agent types: name, phone, e-mail, number."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from carecenter.db.limits import sql_limit
from carecenter.db.store import Store
from carecenter.db.texts import from_text
from carecenter.services.customers.phones import looks_like_phone, to_e164
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
    words = [w[:MAX_TOKEN_CHARS] for w in _WORD.findall(raw)][:MAX_TOKENS]
    if not words:
        return None
    return " AND ".join(_term(w) for w in words)


def _term(word: str) -> str:
    # "Größe": the index holds it lower-cased ("größe") and case-folded ("grösse", which
    # also finds "grosse"); the tokenizer folds the accents of both.
    lower, folded = word.lower(), word.casefold()
    if lower == folded:
        return f'"{lower}"*'
    return f'("{lower}"* OR "{folded}"*)'


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
    e-mail matches first, then text matches by most recent contact.

    The hot path of every keystroke and screen pop: it reads through a driver connection
    with plain SQL (one read transaction, no Session, no ORM; before the engine exists,
    the plain connection the store was opened with: ``Store.reading``).
    """
    raw = raw.strip()[:MAX_QUERY_CHARS]
    if not raw:
        return []
    try:
        with store.reading() as db:
            return _search(db, raw, limit, region, state)
    except Exception as exc:  # sqlite3's, or SQLCipher's for an encrypted store
        if getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_INTERRUPT:
            raise Cancelled from exc
        raise


def _search(db: sqlite3.Connection, raw: str, limit: int, region: str,
            state: TaskState | None) -> list[CustomerHit]:
    """One read transaction: exact matches first, then the text index."""
    db.execute("BEGIN")
    try:
        with interruptible(db, state):
            found = _exact(db, raw, region)
            if state:
                state.check()
            query = _digits_query(raw) if looks_like_phone(raw, 4) else fts_query(raw)
            if query and not found:
                return _text_hits(db, query, limit)
            if query and len(found) < limit:
                # search_doc holds live customers only: no survivor to look up here.
                for cid in recent_candidates(db, query, 2 * limit):
                    found.setdefault(cid, "text")
            return _hits(db, found, limit)
    finally:
        db.execute("COMMIT")


def _exact(db: sqlite3.Connection, raw: str, region: str) -> dict[str, str]:
    """Exact phone, e-mail and customer-number matches, each standing for its survivor."""
    rows: list[tuple[str, str]] = []
    e164 = to_e164(raw, region) if looks_like_phone(raw) else None
    if e164:
        rows += [(r[0], "phone") for r in db.execute(
            "SELECT customer_id FROM customer_phone WHERE e164 = ? AND NOT deleted", (e164,))]
    if "@" in raw:
        rows += [(r[0], "email") for r in db.execute(
            "SELECT customer_id FROM customer_email WHERE email = ? AND NOT deleted",
            (raw.casefold(),))]
    if len(raw) <= MAX_TOKEN_CHARS:
        rows += [(r[0], "ref") for r in db.execute(
            "SELECT id FROM customer WHERE customer_ref IN (?, ?)", (raw, raw.upper()))]
    out: dict[str, str] = {}
    for cid, how in rows:
        alive = survivor(db, cid)
        if alive not in out or _RANK[how] < _RANK[out[alive]]:
            out[alive] = how
    return out


_RANK = {"phone": 0, "ref": 0, "email": 1, "text": 2}


def survivor(db: sqlite3.Connection, customer_id: str) -> str:
    """The customer ``customer_id`` was merged into, followed to the one still live."""
    current = customer_id
    for _ in range(32):
        row = db.execute("SELECT merged_into_id FROM customer WHERE id = ?", (current,)).fetchone()
        if row is None or not row[0]:
            return current
        current = row[0]
    return current


def hits_for(conn: Any, found: dict[str, str], limit: int) -> list[CustomerHit]:
    """Hits for customer ids with how each matched, best first (live customers only);
    ``conn`` is a SQLAlchemy connection inside the caller's transaction."""
    db = conn.connection.driver_connection
    return _hits(db, found, limit)


def hits_on(db: sqlite3.Connection, found: dict[str, str], limit: int) -> list[CustomerHit]:
    """``hits_for`` on a DB-API connection already inside a read transaction."""
    return _hits(db, found, limit)


def _marks(n: int) -> str:
    return ", ".join("?" * n)


_FIELDS = "c.id, c.customer_ref, c.first_name, c.last_name, c.company, c.tier, c.store"
_LAST_CONTACT = "(SELECT max(at) FROM contact WHERE customer_id = c.id)"
_COLUMNS = f"{_FIELDS}, {_LAST_CONTACT} AS last_at"
# "+": SQLite would otherwise walk the merged_into_id index over every live customer
# (100 ms at 100,000) instead of looking the ids up by primary key.
_LIVE = "NOT c.deleted AND +c.merged_into_id IS NULL"
Row = tuple[str, str, str | None, str | None, str | None, str | None, str | None, str | None]


# The index keeps its documents in order of the customer's last contact (rowid = that
# second << 20, never-contacted customers below: services/search/index.py), so the newest
# matches are the first FTS5 gives walking its rowids down.
def _recent(window: int) -> str:
    return ("WITH cand(id, noted_at) AS (SELECT d.customer_id, d.last_at FROM customer_fts f "
            "JOIN search_doc d ON d.rowid = f.rowid WHERE customer_fts MATCH ? "
            f"ORDER BY f.rowid DESC {sql_limit(window)})")


# The last contact noted with the document (no look-up in the contact index for each match:
# a page each, the first time, to read from the file or decrypt); from the contacts for a
# customer whose document is to move (a bulk import under way, or killed: search_move).
_CAND_COLUMNS = (f"{_FIELDS}, CASE WHEN EXISTS (SELECT 1 FROM search_move m "
                 f"WHERE m.customer_id = c.id) THEN {_LAST_CONTACT} ELSE cand.noted_at END "
                 "AS last_at")


def recent_candidates(db: sqlite3.Connection, query: str, n: int) -> list[str]:
    """The ``n`` matching customers contacted last (never contacted after them)."""
    return [cid for (cid,) in db.execute(
        "SELECT d.customer_id FROM customer_fts f JOIN search_doc d ON d.rowid = f.rowid "
        f"WHERE customer_fts MATCH ? ORDER BY f.rowid DESC {sql_limit(n)}", (query,))]


def _text_hits(db: sqlite3.Connection, query: str, page: int) -> list[CustomerHit]:
    """Nothing matched exactly: the page of text matches, most recent contact first
    (never contacted last), then the customer number, then the id.

    The index hands the matches over newest first, so only a window of twice the page is
    read and ranked exactly (the index orders by the second of the last contact; the window
    settles ties and a late-arriving older contact). Should the window hold customers no
    longer live (the index not caught up), a wider one is ranked."""
    for window in (2 * page, CANDIDATES):
        rows: list[Row] = db.execute(
            f"{_recent(window)} SELECT {_CAND_COLUMNS} FROM cand "
            f"JOIN customer c ON c.id = cand.id WHERE {_LIVE} "
            f"ORDER BY coalesce(last_at, '') DESC, c.customer_ref, c.id {sql_limit(page)}",
            (query,)).fetchall()
        if len(rows) >= page or window == CANDIDATES:
            break
        if db.execute(f"{_recent(window)} SELECT count(*) FROM cand", (query,)).fetchone()[0] \
                < window:
            break  # every match was read
    return _complete(db, rows, dict.fromkeys((r[0] for r in rows), "text"))


def _hits(db: sqlite3.Connection, found: dict[str, str], limit: int) -> list[CustomerHit]:
    if not found:
        return []
    ids = list(found)
    rows: list[Row] = db.execute(
        f"SELECT {_COLUMNS} FROM customer c WHERE c.id IN ({_marks(len(ids))}) AND {_LIVE}",
        ids).fetchall()
    # Best match first, then the most recent contact (never contacted last), then the
    # customer number: three stable sorts, cheaper than one key inverting the dates.
    # (Rows come in id order, so equal keys stay in id order, as _text_hits says.)
    rows.sort(key=lambda r: r[1])
    rows.sort(key=lambda r: r[7] or "", reverse=True)
    rows.sort(key=lambda r: _RANK[found[r[0]]])
    return _complete(db, rows[:limit], found)


def _complete(db: sqlite3.Connection, rows: list[Row],
              found: dict[str, str]) -> list[CustomerHit]:
    """The hits for ``rows`` (already ranked and cut), with their phones and e-mails."""
    if not rows:
        return []
    keep = [r[0] for r in rows]
    marks = _marks(len(keep))
    phones: dict[str, list[str]] = {}
    for cid, p in db.execute(
            f"SELECT customer_id, e164 FROM customer_phone WHERE customer_id IN ({marks}) "
            "AND NOT deleted ORDER BY id", keep):
        phones.setdefault(cid, []).append(p)
    emails: dict[str, list[str]] = {}
    for cid, e in db.execute(
            f"SELECT customer_id, email FROM customer_email WHERE customer_id IN ({marks}) "
            "AND NOT deleted ORDER BY id", keep):
        emails.setdefault(cid, []).append(e)
    return [
        CustomerHit(
            customer_id=cid, customer_ref=ref, name=full_name(first, last, company),
            company=company, phones=tuple(phones.get(cid, ())),
            emails=tuple(emails.get(cid, ())), tier=tier, store=home, match=found[cid],
            last_contact_at=from_text(last_at) if last_at else None,
        )
        for cid, ref, first, last, company, tier, home, last_at in rows
    ]


def full_name(first: str | None, last: str | None, company: str | None = None) -> str:
    name = " ".join(p for p in (first, last) if p)
    return name or company or ""
