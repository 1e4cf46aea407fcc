"""The customer search index (FTS5 ``customer_fts``), kept by the unit of work."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any
from weakref import WeakSet

from sqlalchemy import TextClause, bindparam, text
from sqlalchemy.orm import Session

from carecenter.db.search_order import NEVER_TOP, first_slot
from carecenter.services.customers.phones import national_digits

_WORD = re.compile(r"[^\W_]+")

_CHUNK = 500

# Documents lie in the order of their customer's last contact (carecenter/db/search_order.py).
# A newer contact moves the document up: the unit of work notes the customers whose contacts
# it writes (the console, an import, a sync) and moves their documents in one batch as it
# commits (move_up). One at a time would cost a few ms a contact: FTS5 writes its pending
# terms out whenever a rowid lower than the last one written comes, so the moves delete,
# then insert, each in rising rowid order. (A trigger on contact would catch writers
# outside the unit of work too, but costs every bulk insert of contacts about half its
# speed, a first sync included.)


# national_digits() costs ~40 µs a number (phonenumbers parses and formats it). A bulk
# writer that already knows the national digits of the numbers it writes (the demo
# generator, whose number shapes are checked against phonenumbers) primes them here; each
# is used once, by the next reindex of its customer.
_known_national: dict[str, str] = {}
_KNOWN_MAX = 200_000


def prime_national(pairs: Iterable[tuple[str, str]]) -> None:
    """Tell the index the national digits of these E.164 numbers (as national_digits()
    would give them), so a bulk reindex need not work them out again."""
    if len(_known_national) > _KNOWN_MAX:
        _known_national.clear()
    _known_national.update(pairs)


def document(customer: dict[str, Any], phones: Iterable[str],
             emails: Iterable[str]) -> tuple[str, str]:
    """The (names, keys) text indexed for one customer."""
    parts = [p for p in (customer.get("first_name"), customer.get("last_name"),
                         customer.get("company")) if p]
    # "D'Angelo" is indexed as "d angelo" and as "dangelo", so either spelling finds it.
    squashed = ["".join(_WORD.findall(p)) for p in parts if len(_WORD.findall(p)) > 1]
    # Case-folded too where it differs from lower case ("Größe" -> "grösse"), as queries are.
    folded = [p.casefold() for p in parts if p.casefold() != p.lower()]
    names = " ".join(parts + squashed + folded)
    keys = [customer.get("customer_ref") or ""]
    for e164 in phones:
        keys += [e164.lstrip("+"), _known_national.pop(e164, None) or national_digits(e164)]
    keys += list(emails)
    return names, " ".join(k for k in keys if k)


def reindex(session: Session, customer_ids: Iterable[str]) -> set[str]:
    """Rebuild the documents of these customers (dropping deleted and merged ones);
    returns those given a new document (placed by their last contact already)."""
    ids = list(customer_ids)
    placed: set[str] = set()
    for start in range(0, len(ids), _CHUNK):
        placed |= _reindex_chunk(session, ids[start:start + _CHUNK])
    return placed


def _ids(sql: str) -> TextClause:
    return text(sql).bindparams(bindparam("ids", expanding=True))


def _reindex_chunk(session: Session, ids: list[str]) -> set[str]:
    conn = session.connection()
    # One expanding parameter: statements with hundreds of named ones cost more to build
    # than to run.
    params = {"ids": ids}
    customers = {
        r["id"]: dict(r) for r in conn.execute(_ids(
            "SELECT id, customer_ref, first_name, last_name, company, deleted, merged_into_id "
            "FROM customer WHERE id IN :ids"), params).mappings()
    }
    # A customer's document also holds the numbers and addresses of customers merged
    # into it, so a partial number of the merged one still finds the survivor.
    owner = "coalesce(c.merged_into_id, c.id)"
    merged = "SELECT id FROM customer WHERE merged_into_id IN :ids"
    phones: dict[str, list[str]] = {}
    for cid, e164 in conn.execute(_ids(
            f"SELECT {owner}, p.e164 FROM customer_phone p JOIN customer c ON c.id = p.customer_id "
            f"WHERE (p.customer_id IN :ids OR p.customer_id IN ({merged})) AND NOT p.deleted "
            "ORDER BY p.id"), params).all():
        phones.setdefault(cid, []).append(e164)
    emails: dict[str, list[str]] = {}
    for cid, email in conn.execute(_ids(
            f"SELECT {owner}, e.email FROM customer_email e "
            "JOIN customer c ON c.id = e.customer_id "
            f"WHERE (e.customer_id IN :ids OR e.customer_id IN ({merged})) AND NOT e.deleted "
            "ORDER BY e.id"), params).all():
        emails.setdefault(cid, []).append(email)
    held = {cid: (rowid, last_at) for cid, rowid, last_at in conn.execute(_ids(
        "SELECT customer_id, rowid, last_at FROM search_doc WHERE customer_id IN :ids"),
        params).all()}
    rowids: dict[str, int] = {cid: rowid for cid, (rowid, _) in held.items()}
    # Statements for the whole chunk at once (executemany): one per customer was the
    # cost of every bulk write (imports, demo data).
    live = {cid for cid, c in customers.items() if not c["deleted"] and not c["merged_into_id"]}
    rewritten = [{"r": rowids[cid]} for cid in ids if cid in rowids]
    if rewritten:
        conn.execute(text("DELETE FROM customer_fts WHERE rowid = :r"), rewritten)
    gone = [{"r": rowids[cid]} for cid in ids if cid in rowids and cid not in live]
    if gone:
        conn.execute(text("DELETE FROM search_doc WHERE rowid = :r"), gone)
    last = _last_contacts(conn, [cid for cid in ids if cid in live])
    last_at = {cid: at for cid, (_, at) in last.items()}
    # A kept document's last contact, should it have changed unseen (a first sync's
    # contacts, written before the whole index is rebuilt at its end)
    outdated = [{"a": last_at.get(cid), "c": cid} for cid in ids
                if cid in live and cid in held and held[cid][1] != last_at.get(cid)]
    if outdated:
        conn.execute(text("UPDATE search_doc SET last_at = :a WHERE customer_id = :c"),
                     outdated)
    new = [cid for cid in ids if cid in live and cid not in rowids]
    placed: dict[str, int] = {}
    if new:
        placed = _place(conn, new, last)
        conn.execute(text("INSERT INTO search_doc (rowid, customer_id, last_at) "
                          "VALUES (:r, :c, :a)"),
                     [{"r": r, "c": cid, "a": last_at.get(cid)} for cid, r in placed.items()])
        rowids.update(placed)
    docs = []
    for cid in ids:
        if cid in live:
            names, keys = document(customers[cid], phones.get(cid, ()), emails.get(cid, ()))
            docs.append({"r": rowids[cid], "n": names, "k": keys})
    if docs:
        conn.execute(text("INSERT INTO customer_fts (rowid, names, keys) VALUES (:r, :n, :k)"),
                     docs)
    return set(placed)


def _last_contacts(conn: Any, ids: list[str]) -> dict[str, tuple[int | None, str]]:
    """The last contact of each of these customers that has one: (Unix second, at)."""
    if not ids:
        return {}
    return {cid: (second, at) for cid, at, second in conn.execute(_ids(
        f"SELECT customer_id, m, {_SECOND} FROM (SELECT customer_id, max(at) AS m "
        "FROM contact WHERE customer_id IN :ids GROUP BY customer_id)"), {"ids": ids}).all()}


def _place(conn: Any, ids: list[str],
           last: dict[str, tuple[int | None, str]]) -> dict[str, int]:
    """Free rowids for new documents of these customers, by their last contact."""
    never = conn.execute(text("SELECT coalesce(max(rowid), 0) FROM search_doc WHERE rowid < :t"),
                         {"t": NEVER_TOP}).scalar_one()
    slots = _Slots(conn)
    placed: dict[str, int] = {}
    for cid in ids:
        second = last[cid][0] if cid in last else None
        if second is None or second <= 0:
            never += 1
            placed[cid] = never
        else:
            placed[cid] = slots.take(second)
    return placed


# The Unix second of ``m``, a contact's ``at`` (text, UTC).
_SECOND = "CAST(strftime('%s', m) AS INTEGER)"


class _Slots:
    """Free document rowids from a second up: looked up on the driver's connection (a
    statement through SQLAlchemy costs more than the look-up itself, thousands a batch)."""

    def __init__(self, conn: Any) -> None:
        self.db = conn.connection.driver_connection
        self.taken: set[int] = set()

    def take(self, second: int) -> int:
        slot = first_slot(second)
        while slot in self.taken or self.db.execute(
                "SELECT 1 FROM search_doc WHERE rowid = ?", (slot,)).fetchone():
            slot += 1
        self.taken.add(slot)
        return slot


# Stores whose units of work note their moves in search_move instead of making them (a bulk
# import: a customer's contacts come in many batches, and each move rewrites a document)
DEFERRING: WeakSet[Any] = WeakSet()


def settle_moves(session: Session, customer_ids: set[str], store: Any) -> None:
    """At a commit: note the moves of these customers while ``store`` defers them, else
    make them, with any noted before (an import that ended, or was killed)."""
    conn = session.connection()
    if store in DEFERRING:
        if customer_ids:
            conn.execute(text("INSERT OR IGNORE INTO search_move (customer_id) VALUES (:c)"),
                         [{"c": c} for c in customer_ids])
        return
    if conn.execute(text("SELECT EXISTS (SELECT 1 FROM search_move)")).scalar_one():
        customer_ids = customer_ids | set(conn.execute(
            text("SELECT customer_id FROM search_move")).scalars())
        conn.execute(text("DELETE FROM search_move"))
    if customer_ids:
        move_up(session, customer_ids)


def refresh_documents(session: Session, table: str, customer_ids: set[str]) -> None:
    """Make good the documents of these customers after a write to ``table`` outside a
    unit of work (a set-aside value fixed in place)."""
    if not customer_ids:
        return
    if table in ("customer", "customer_phone", "customer_email"):
        reindex(session, customer_ids)
    elif table == "contact":
        move_up(session, customer_ids)


def move_up(session: Session, customer_ids: Iterable[str]) -> int:
    """Move the documents of these customers up to their last contact where it is newer
    than where they lie (new contacts were written), and note each one's last contact
    (``search_doc.last_at``, which the search ranks by); returns how many moved."""
    conn = session.connection()
    ids = list(customer_ids)
    notes: list[tuple[str, int, str | None, str | None, int | None]] = []
    for start in range(0, len(ids), _CHUNK):
        notes += conn.execute(_ids(
            f"SELECT customer_id, rowid, last_at, m, {_SECOND} FROM (SELECT d.customer_id, "
            "d.rowid, d.last_at, (SELECT max(k.at) FROM contact k "
            "WHERE k.customer_id = d.customer_id) AS m FROM search_doc d "
            "WHERE d.customer_id IN :ids)"), {"ids": ids[start:start + _CHUNK]}).all()
    slots = _Slots(conn)
    moves = [(cid, old, slots.take(second))
             for cid, old, _, _, second in sorted(notes, key=lambda n: n[1])
             # never contacted, or already at (or above) its last contact: stays
             if second is not None and second > 0 and old < first_slot(second)]
    # The exact last contact, either way (a contact's time corrected: set_aside.amend):
    # with the move where there is one (one update a document, an import's thousands).
    last_at = {cid: m for cid, _, _, m, _ in notes}
    if moves:
        _move(conn, moves, last_at)
    moved = {cid for cid, _, _ in moves}
    changed = [{"a": m, "c": cid} for cid, _, held, m, _ in notes
               if m != held and cid not in moved]
    if changed:
        conn.execute(text("UPDATE search_doc SET last_at = :a WHERE customer_id = :c"),
                     changed)
    return len(moves)


def _move(conn: Any, moves: list[tuple[str, int, int]], last_at: dict[str, str | None]) -> None:
    olds = [old for _, old, _ in moves]
    db = conn.connection.driver_connection
    # one look-up a rowid: FTS5 answers "rowid IN (...)" by reading the whole table
    texts = {old: db.execute("SELECT names, keys FROM customer_fts WHERE rowid = ?",
                             (old,)).fetchone() for old in olds}
    conn.execute(text("DELETE FROM customer_fts WHERE rowid = :r"), [{"r": o} for o in olds])
    conn.execute(text("UPDATE search_doc SET rowid = :n, last_at = :a WHERE customer_id = :c"),
                 [{"n": new, "a": last_at[cid], "c": cid} for cid, _, new in moves])
    conn.execute(text("INSERT INTO customer_fts (rowid, names, keys) VALUES (:r, :n, :k)"),
                 [{"r": new, "n": texts[old][0], "k": texts[old][1]}
                  for _, old, new in sorted(moves, key=lambda m: m[2]) if texts[old]])
