"""Import and call-list figures for ``carecenter bench``, each next to a raw SQLite figure
measured in the same run (design.md section 7), so the ratios hold on a noisy machine.

``bench_imports(workdir)`` builds its own store and files in ``workdir`` and returns a
dict of figures; nothing outside ``workdir`` is touched.
"""

from __future__ import annotations

import csv
import random
import sqlite3
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from carecenter.db.models import CallListEntry, Case, ConsentEvent
from carecenter.db.store import Store
from carecenter.db.texts import utc_text
from carecenter.ids import new_ids
from carecenter.services.calls.calllist import evaluate
from carecenter.services.calls.campaigns import CampaignSpec, create_campaign
from carecenter.services.imports import import_file
from carecenter.services.uow import UnitOfWork

CONTACT_HEADER = ("contact_ref", "customer_ref", "at", "channel", "direction", "team",
                  "campaign", "offer", "outcome", "agent", "duration_s", "summary")
_OUTCOMES = ("reached", "no_answer", "busy", "declined", "accepted", "callback",
             "wrong_number", "opted_out")


def write_customers(path: Path, n: int, seed: int = 1) -> None:
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["customer_ref", "first_name", "last_name", "phone", "email", "tier"])
        for i in range(n):
            w.writerow([f"C{i:07d}", f"Name{i}", f"Surname{i % 997}",
                        f"+39 3{rng.randrange(10, 99)} {rng.randrange(1000000, 9999999)}",
                        f"c{i}@example.com", rng.choice(("standard", "silver", "gold", ""))])


def write_contacts(path: Path, n: int, customers: int, now: datetime, *, seed: int = 2,
                   campaign: str = "", offer: str = "") -> None:
    """``n`` contacts over the 120 days before ``now``; about a third marketing calls."""
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(CONTACT_HEADER)
        for i in range(n):
            at = now - timedelta(seconds=rng.randrange(1, 120 * 86400))
            marketing = rng.random() < 0.35
            w.writerow([
                f"K{i:08d}", f"C{rng.randrange(customers):07d}",
                at.strftime("%Y-%m-%dT%H:%M:%S"), "phone",
                "outbound" if marketing else rng.choice(("inbound", "outbound")),
                "marketing" if marketing else rng.choice(("service", "sales", "store")),
                campaign if marketing and campaign and rng.random() < 0.3 else "",
                offer if marketing and offer and rng.random() < 0.2 else "",
                rng.choice(_OUTCOMES) if marketing else "reached",
                f"Agent {rng.randrange(40)}", str(rng.randrange(0, 900)),
                "called about the invoice" if not marketing else "",
            ])


def raw_executemany(store_file: Path, contacts_csv: Path) -> float:
    """Rows/s of a bare sqlite3 executemany of the same contact rows into a copy of the
    store (same schema, indexes and pragmas, the import's page cache included), values
    prepared beforehand, one transaction; no outbox, no clocks."""
    con = sqlite3.connect(store_file, isolation_level=None)
    try:
        for pragma in ("foreign_keys=ON", "journal_mode=WAL", "synchronous=NORMAL",
                       *Store.BULK_PRAGMAS):
            con.execute(f"PRAGMA {pragma}")
        ids = dict(con.execute("SELECT customer_ref, id FROM customer"))
        with contacts_csv.open(encoding="utf-8", newline="") as f:
            reader = csv.reader(f)
            next(reader)
            rows = [(r[0], ids[r[1]], r[2] + ".000000Z", r[3], r[4], r[5], r[8] or None,
                     int(r[10]), r[11] or None) for r in reader]
        params = [(*r, rid, 0, "", "{}") for r, rid in zip(rows, new_ids(len(rows)), strict=True)]
        start = time.perf_counter()
        con.execute("BEGIN")
        con.executemany(
            "INSERT INTO contact (contact_ref, customer_id, at, channel, direction, team, "
            "outcome, duration_s, summary, id, hlc, site, clocks) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", params)
        con.execute("COMMIT")
        return len(params) / (time.perf_counter() - start)
    finally:
        con.close()


def bench_formats(workdir: Path, base: Path, contacts_csv: Path) -> dict[str, Any]:
    """The contacts of ``contacts_csv`` as an Italian office saves them (Windows-1252,
    semicolons, CRLF, accented summaries) and as an .xlsx workbook (times as date cells,
    durations as numbers), each imported into its own copy of ``base``: rows/s of each,
    beside the UTF-8 CSV figure of the same run."""
    cp1252 = workdir / "bench-imports-contacts-1252.csv"
    book = workdir / "bench-imports-contacts.xlsx"
    with contacts_csv.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    with cp1252.open("w", encoding="cp1252", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        w.writerow(rows[0])
        w.writerows([*r[:11], r[11] and "chiamata per la fattura: più dettagli, però già"]
                    for r in rows[1:])
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Contatti")
    sheet.append(rows[0])
    for r in rows[1:]:
        sheet.append([*r[:2], datetime.fromisoformat(r[2]), *r[3:10], int(r[10]), r[11]])
    workbook.save(book)
    del rows
    out: dict[str, Any] = {}
    for name, path in (("cp1252", cp1252), ("xlsx", book)):
        db = workdir / f"bench-imports-{name}.db"
        _copy(base, db)
        store = Store.open(db)
        try:
            start = time.perf_counter()
            result = import_file(store, "contacts", path)
            elapsed = time.perf_counter() - start
        finally:
            store.close()
        out[f"contacts_{name}_rows_per_s"] = round(result.rows / elapsed)
        out[f"contacts_{name}_imported"] = result.imported
        out[f"contacts_{name}_read_ahead"] = result.read_ahead
    out["xlsx_file_mb"] = round(book.stat().st_size / 1e6, 1)
    return out


def _copy(src: Path, dst: Path) -> None:
    a, b = sqlite3.connect(src), sqlite3.connect(dst)
    try:
        a.backup(b)
    finally:
        a.close()
        b.close()


def _history(store: Store, refs_to_ids: dict[str, str], now: datetime, seed: int) -> None:
    """Consents and cases for some customers, so every rule has work to do."""
    rng = random.Random(seed)
    ids = list(refs_to_ids.values())
    consents = [{"customer_id": c, "channel": "phone", "purpose": "marketing",
                 "granted": rng.random() < 0.5, "source": "bench",
                 "at": now - timedelta(days=rng.randrange(1, 400))}
                for c in rng.sample(ids, len(ids) // 10)]
    cases = [{"customer_id": c, "category": "billing", "severity": "medium",
              "status": rng.choice(("open", "in_progress", "resolved", "closed")),
              "summary": None, "opened_at": now - timedelta(days=rng.randrange(1, 60)),
              "opened_by_id": None, "closed_at": None, "close_reason": None,
              "promise_due": None}
             for c in rng.sample(ids, len(ids) // 20)]
    with UnitOfWork(store) as uow:
        uow.bulk_insert(ConsentEvent, consents)
        uow.bulk_insert(Case, cases)


def bench_imports(workdir: Path, *, customers: int = 50_000, contacts: int = 200_000,
                  entries: int = 45_000, seed: int = 1, formats: bool = False
                  ) -> dict[str, Any]:
    """Import rows/s (customers, contacts) against raw executemany, and the time to
    reconcile a call list of ``entries`` entries. ``formats``: also the same contacts as
    an office's Windows-1252 CSV and as an .xlsx workbook (``bench_formats``)."""
    workdir.mkdir(parents=True, exist_ok=True)
    db = workdir / "bench-imports.db"
    for old in workdir.glob("bench-imports*"):
        old.unlink()
    now = datetime.now(UTC).replace(microsecond=0)
    # Named apart from the store's "customers" and "contacts" in the core bench's figures.
    out: dict[str, Any] = {"import_customers": customers, "import_contacts": contacts,
                           "reconcile_list_entries": entries}
    store = Store.open(db)
    try:
        cust_csv = workdir / "bench-imports-customers.csv"
        write_customers(cust_csv, customers, seed)
        start = time.perf_counter()
        import_file(store, "customers", cust_csv)
        out["customers_rows_per_s"] = round(customers / (time.perf_counter() - start))
        spec = CampaignSpec(name="Bench", product="FIBRA", recontact_days=30,
                            max_calls_30d=3, max_attempts=5)
        create_campaign(store, spec)
        _copy(db, workdir / "bench-imports-raw.db")
        if formats:
            _copy(db, workdir / "bench-imports-base.db")
        contacts_csv = workdir / "bench-imports-contacts.csv"
        write_contacts(contacts_csv, contacts, customers, now, seed=seed + 1, campaign="Bench")
        start = time.perf_counter()
        result = import_file(store, "contacts", contacts_csv)
        elapsed = time.perf_counter() - start
        out["contacts_rows_per_s"] = round(result.rows / elapsed)
        out["contacts_imported"] = result.imported
        out["contacts_read_ahead"] = result.read_ahead
        out["raw_executemany_rows_per_s"] = round(
            raw_executemany(workdir / "bench-imports-raw.db", contacts_csv))
        out["contacts_vs_raw"] = round(out["contacts_rows_per_s"]
                                       / out["raw_executemany_rows_per_s"], 3)
        if formats:
            out.update(bench_formats(workdir, workdir / "bench-imports-base.db",
                                     contacts_csv))
        with store.session() as s:
            refs: dict[str, str] = dict(s.connection().exec_driver_sql(
                "SELECT customer_ref, id FROM customer").all())
            campaign_id = s.connection().exec_driver_sql(
                "SELECT id FROM campaign WHERE name = 'Bench'").scalar_one()
        _history(store, refs, now, seed + 2)
        chosen = random.Random(seed + 3).sample(sorted(refs), min(entries, len(refs)))
        with UnitOfWork(store) as uow:
            uow.bulk_insert(CallListEntry, [
                {"campaign_id": campaign_id, "customer_id": refs[r], "position": n,
                 "status": "pending"} for n, r in enumerate(chosen)])
        start = time.perf_counter()
        evaluated = evaluate(store, campaign_id, now)
        out["reconcile_s"] = round(time.perf_counter() - start, 3)
        out["reconcile_entries"] = len(evaluated)
        out["reconcile_as_of"] = utc_text(now)
    finally:
        store.close()
    return out
