"""The customer search index (FTS5 ``customer_fts``), kept by the unit of work."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from carecenter.services.phones import national_digits

_WORD = re.compile(r"[^\W_]+")

_CHUNK = 500


def document(customer: dict[str, Any], phones: Iterable[str], emails: Iterable[str]) -> tuple[str, str]:
    """The (names, keys) text indexed for one customer."""
    parts = [p for p in (customer.get("first_name"), customer.get("last_name"),
                         customer.get("company")) if p]
    # "D'Angelo" is indexed as "d angelo" and as "dangelo", so either spelling finds it.
    squashed = ["".join(_WORD.findall(p)) for p in parts if len(_WORD.findall(p)) > 1]
    names = " ".join(parts + squashed)
    keys = [customer.get("customer_ref") or ""]
    for e164 in phones:
        keys += [e164.lstrip("+"), national_digits(e164)]
    keys += list(emails)
    return names, " ".join(k for k in keys if k)


def reindex(session: Session, customer_ids: Iterable[str]) -> None:
    """Rebuild the documents of these customers (dropping deleted and merged ones)."""
    ids = list(customer_ids)
    for start in range(0, len(ids), _CHUNK):
        _reindex_chunk(session, ids[start:start + _CHUNK])


def _reindex_chunk(session: Session, ids: list[str]) -> None:
    conn = session.connection()
    params = {f"i{n}": cid for n, cid in enumerate(ids)}
    marks = ", ".join(f":i{n}" for n in range(len(ids)))
    customers = {
        r["id"]: dict(r) for r in conn.execute(text(
            "SELECT id, customer_ref, first_name, last_name, company, deleted, merged_into_id "
            f"FROM customer WHERE id IN ({marks})"), params).mappings()
    }
    # A customer's document also holds the numbers and addresses of customers merged
    # into it, so a partial number of the merged one still finds the survivor.
    owner = "coalesce(c.merged_into_id, c.id)"
    merged = f"SELECT id FROM customer WHERE merged_into_id IN ({marks})"
    phones: dict[str, list[str]] = {}
    for cid, e164 in conn.execute(text(
            f"SELECT {owner}, p.e164 FROM customer_phone p JOIN customer c ON c.id = p.customer_id "
            f"WHERE (p.customer_id IN ({marks}) OR p.customer_id IN ({merged})) AND NOT p.deleted "
            "ORDER BY p.id"), params):
        phones.setdefault(cid, []).append(e164)
    emails: dict[str, list[str]] = {}
    for cid, email in conn.execute(text(
            f"SELECT {owner}, e.email FROM customer_email e JOIN customer c ON c.id = e.customer_id "
            f"WHERE (e.customer_id IN ({marks}) OR e.customer_id IN ({merged})) AND NOT e.deleted "
            "ORDER BY e.id"), params):
        emails.setdefault(cid, []).append(email)
    rowids = dict(conn.execute(text(
        f"SELECT customer_id, rowid FROM search_doc WHERE customer_id IN ({marks})"), params).all())
    for cid in ids:
        rowid = rowids.get(cid)
        if rowid is not None:
            conn.execute(text("DELETE FROM customer_fts WHERE rowid = :r"), {"r": rowid})
        c = customers.get(cid)
        if c is None or c["deleted"] or c["merged_into_id"]:
            if rowid is not None:
                conn.execute(text("DELETE FROM search_doc WHERE rowid = :r"), {"r": rowid})
            continue
        if rowid is None:
            rowid = conn.execute(
                text("INSERT INTO search_doc (customer_id) VALUES (:c) RETURNING rowid"), {"c": cid}
            ).scalar_one()
        names, keys = document(c, phones.get(cid, ()), emails.get(cid, ()))
        conn.execute(text("INSERT INTO customer_fts (rowid, names, keys) VALUES (:r, :n, :k)"),
                     {"r": rowid, "n": names, "k": keys})
