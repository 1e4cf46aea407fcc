"""The few hundred customers worth scoring against a probe, from the store's indexes.

Every block is one indexed look-up, capped: the phone and e-mail indexes, and FTS5 queries
on the ``names`` column of the search index (accents already folded by its tokenizer):

- both names exact (either way round, so first and last name swapped too);
- either name exact with the first two letters of the other (a typo later in it);
- the other forms of the first name (``Giuseppe`` → ``Beppe``, ``Pino``) with the last name;
- the one-letter variants (a letter dropped, added, changed or swapped) of the start of
  each name, where a prefix cannot reach, with the other name exact (only without a birth
  date: with one, the next block finds these);
- each name alone, among customers born on the probe's birth date.

What this cannot find: two mistakes in the names and no shared phone, e-mail or birth
date. Scoring then happens in Python on these candidates only (``duplicates.score``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date

from carecenter.db.limits import sql_limit
from carecenter.services.customers.duplicates import (
    Candidate,
    Probe,
    address_blocker,
    address_reader,
    fold,
)
from carecenter.services.customers.nicknames import forms
from carecenter.services.search.query import survivor

BLOCK = 100  # candidates per block
MAX_CANDIDATES = 400
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _match() -> str:
    return ("SELECT d.customer_id FROM customer_fts f JOIN search_doc d ON d.rowid = f.rowid "
            f"WHERE customer_fts MATCH ? {sql_limit(BLOCK)}")


def _born() -> str:
    return ("SELECT c.id FROM customer_fts f JOIN search_doc d ON d.rowid = f.rowid "
            "JOIN customer c ON c.id = d.customer_id "
            f"WHERE customer_fts MATCH ? AND c.birth_date = ? {sql_limit(BLOCK)}")


def _q(term: str) -> str:
    return f'"{term}"'  # fold() leaves letters and digits only: nothing else reaches FTS5


def _any(terms: set[str]) -> str:
    return "(" + " OR ".join(_q(t) for t in sorted(terms)) + ")"


def variants(word: str, head: int) -> set[str]:
    """Words one edit away from ``word`` where the edit is within its first ``head``
    letters: a letter dropped, added, changed, or two neighbours swapped."""
    out: set[str] = set()
    for i in range(min(head, len(word))):
        out.add(word[:i] + word[i + 1:])
        if i + 1 < len(word):
            out.add(word[:i] + word[i + 1] + word[i] + word[i + 2:])
        for ch in _LETTERS:
            out.add(word[:i] + ch + word[i + 1:])
            out.add(word[:i] + ch + word[i:])
    out.discard(word)
    return {w for w in out if len(w) >= 2}


def name_blocks(probe: Probe) -> Iterator[str]:
    """The FTS5 queries (on the names column) for the probe's names. With a birth date
    the one-letter variants (the dearest blocks) are left out: the birth-date blocks
    already find a typo in one name, and a customer born another day scores too low."""
    first, last = fold(probe.first_name), fold(probe.last_name)
    if first and last:
        yield f"names : ({_q(first)} AND {_q(last)})"
        if len(first) >= 2:
            yield f"names : ({_q(last)} AND {_q(first[:2])}*)"
        if len(last) >= 2:
            yield f"names : ({_q(first)} AND {_q(last[:2])}*)"
        nicks = forms(first)
        if nicks:
            yield f"names : ({_q(last)} AND {_any(nicks)})"
        if probe.birth_date is None:
            yield f"names : ({_q(first)} AND {_any(variants(last, 2))})"
            yield f"names : ({_q(last)} AND {_any(variants(first, 2))})"
    elif first or last:
        yield f"names : {_q(first or last)}"
    company = fold(probe.company)
    if company and not (first or last):
        words = [fold(w) for w in probe.company.split()]
        words = [w for w in words if w]
        yield "names : (" + " AND ".join(_q(w) for w in words) + ")"
        if len(company) >= 3:
            yield f"names : {_q(company[:3])}*"


def _born_blocks(probe: Probe) -> Iterator[str]:
    for name in (fold(probe.first_name), fold(probe.last_name)):
        if name:
            yield f"names : {_q(name)}"


def candidates(db: sqlite3.Connection, probe: Probe) -> list[str]:
    """Ids of live customers worth scoring (survivors for merged ones), at most
    ``MAX_CANDIDATES``, the surest blocks first."""
    found: dict[str, None] = {}

    def take(rows: list[tuple[str]]) -> None:
        for (cid,) in rows:
            found.setdefault(survivor(db, cid), None)

    for e164 in probe.phones:
        take(db.execute("SELECT customer_id FROM customer_phone WHERE e164 = ? "
                        f"AND NOT deleted {sql_limit(BLOCK)}", (e164,)).fetchall())
    for email in probe.emails:
        take(db.execute("SELECT customer_id FROM customer_email WHERE email = ? "
                        f"AND NOT deleted {sql_limit(BLOCK)}", (email,)).fetchall())
    blocker = address_blocker()
    if blocker is not None and probe.address:
        take([(cid,) for cid in blocker(db, probe.address, BLOCK)])
    if probe.birth_date is not None:
        for query in _born_blocks(probe):
            take(db.execute(_born(), (query, probe.birth_date.isoformat())).fetchall())
    for query in name_blocks(probe):
        if len(found) >= MAX_CANDIDATES:
            break
        take(db.execute(_match(), (query,)).fetchall())
    return list(found)[:MAX_CANDIDATES]


def load(db: sqlite3.Connection, ids: list[str]) -> list[Candidate]:
    """The live customers among ``ids`` as the scoring reads them (with the phones and
    e-mails of customers merged into them)."""
    if not ids:
        return []
    marks = ", ".join("?" * len(ids))
    rows = db.execute(
        "SELECT id, first_name, last_name, company, birth_date FROM customer "
        f"WHERE id IN ({marks}) AND NOT deleted AND +merged_into_id IS NULL", ids).fetchall()
    live = [r[0] for r in rows]
    if not live:
        return []
    phones = _owned(db, "customer_phone", "e164", live)
    emails = _owned(db, "customer_email", "email", live)
    reader = address_reader() or stored_addresses
    addresses = reader(db, live)
    return [Candidate(cid, first or "", last or "", company or "",
                      frozenset(phones.get(cid, ())), frozenset(emails.get(cid, ())),
                      date.fromisoformat(born) if born else None, addresses.get(cid))
            for cid, first, last, company, born in rows]


def _owned(db: sqlite3.Connection, table: str, column: str,
           ids: list[str]) -> dict[str, list[str]]:
    marks = ", ".join("?" * len(ids))
    out: dict[str, list[str]] = {}
    for cid, value in db.execute(
            f"SELECT customer_id, {column} FROM {table} "
            f"WHERE customer_id IN ({marks}) AND NOT deleted", ids):
        out.setdefault(cid, []).append(value)
    for cid, value in db.execute(
            f"SELECT c.merged_into_id, t.{column} FROM customer c "
            f"JOIN {table} t ON t.customer_id = c.id "
            f"WHERE c.merged_into_id IN ({marks}) AND NOT t.deleted", ids):
        out.setdefault(cid, []).append(value)
    return out


def address_line(street: str | None, number: str | None, postcode: str | None,
                 town: str | None) -> str | None:
    """The one line the check compares: street, number, postcode, town (None when the
    customer has no address)."""
    parts = [p for p in (street, number, postcode, town) if p]
    return " ".join(parts) if parts else None


def stored_addresses(db: sqlite3.Connection, ids: list[str]) -> dict[str, str]:
    """The postal addresses of these customers (issue 15 part 1), one line each."""
    marks = ", ".join("?" * len(ids))
    out: dict[str, str] = {}
    for cid, street, number, postcode, town in db.execute(
            "SELECT id, street, house_number, postcode, town FROM customer "
            f"WHERE id IN ({marks})", ids):
        line = address_line(street, number, postcode, town)
        if line is not None:
            out[cid] = line
    return out
