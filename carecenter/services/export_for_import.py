"""``carecenter export --for-import``: the store as the import files it would take.

``customers.csv``, ``offers.csv``, ``holdings.csv`` and ``contacts.csv`` in the import
columns (docs/import.md), so that importing them into this store changes nothing and
importing them into an empty one (customers, offers, holdings, then contacts) gives the
same files back. Times are written as stored, in UTC with their offset, so no time zone
reads them otherwise; a contact logged in the console has no contact_ref and is written
with its id, which the contacts import recognises.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sqlalchemy import text

from carecenter.db.store import Store
from carecenter.services.imports.templates import EXAMPLES

_LIVE = "NOT c.deleted"

_CUSTOMERS = (
    "SELECT c.id, c.customer_ref, c.first_name, c.last_name, c.company, c.birth_date, "
    f"c.language, c.tier, c.store FROM customer c WHERE {_LIVE} ORDER BY c.customer_ref, c.id")
_OFFERS = (
    "SELECT o.code, p.code, o.title, o.value_cents, o.valid_from, o.valid_to, o.channels "
    "FROM offer o LEFT JOIN product p ON p.id = o.product_id ORDER BY o.code, o.id")
_HOLDINGS = (
    "SELECT c.customer_ref, p.code, h.since FROM holding h "
    "JOIN customer c ON c.id = h.customer_id JOIN product p ON p.id = h.product_id "
    f"WHERE {_LIVE} ORDER BY c.customer_ref, p.code, h.since, h.id")
_CONTACTS = (
    "SELECT coalesce(k.contact_ref, k.id), c.customer_ref, k.at, k.channel, k.direction, "
    "k.team, cp.name, o.code, k.outcome, a.name, k.duration_s, k.summary FROM contact k "
    "JOIN customer c ON c.id = k.customer_id LEFT JOIN campaign cp ON cp.id = k.campaign_id "
    "LEFT JOIN offer o ON o.id = k.offer_id LEFT JOIN agent a ON a.id = k.agent_id "
    f"WHERE {_LIVE} ORDER BY k.at, k.id")


def export_for_import(store: Store, out: Path) -> dict[str, int]:
    """Write the four import files into ``out``; rows per file."""
    out.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    with store.session() as s:
        conn = s.connection()
        counts["customers"] = _write(out, "customers", _customers(conn))
        counts["offers"] = _write(out, "offers", (
            (code, product or "", title, f"{cents // 100}.{cents % 100:02d}", start or "",
             end or "", channels or "")
            for code, product, title, cents, start, end, channels in conn.execute(
                text(_OFFERS))))
        counts["holdings"] = _write(out, "holdings", conn.execute(text(_HOLDINGS)))
        counts["contacts"] = _write(out, "contacts", conn.execute(text(_CONTACTS)))
    return counts


def _customers(conn: Any) -> Iterable[tuple[Any, ...]]:
    phones = _by_customer(conn, "SELECT customer_id, e164 FROM customer_phone "
                                "WHERE NOT deleted ORDER BY id")
    emails = _by_customer(conn, "SELECT customer_id, email FROM customer_email "
                                "WHERE NOT deleted ORDER BY id")
    for cid, ref, first, last, company, birth, language, tier, home in conn.execute(
            text(_CUSTOMERS)):
        # A number or address held twice is written once, as the import keeps it.
        yield (ref, first, last, company, "|".join(dict.fromkeys(phones.get(cid, ()))),
               "|".join(dict.fromkeys(emails.get(cid, ()))), birth, language, tier, home)


def _by_customer(conn: Any, sql: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for cid, value in conn.execute(text(sql)):
        out.setdefault(cid, []).append(value)
    return out


def _write(out: Path, kind: str, rows: Iterable[Iterable[Any]]) -> int:
    path = out / f"{kind}.csv"
    tmp = path.with_name(path.name + ".tmp")
    n = 0
    with tmp.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(EXAMPLES[kind][0])
        for row in rows:
            writer.writerow(["" if v is None else v for v in row])
            n += 1
    tmp.replace(path)
    return n
