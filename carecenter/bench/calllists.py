"""Call-list figures for ``carecenter bench``: contacts imported per second (from a UTF-8
CSV, the same rows as a Windows-1252 CSV and as an .xlsx workbook) and the time to
reconcile a 45,000-entry call list on the bench's demo store, each beside a raw SQLite
figure for the same work measured in the same run.

The call list is a campaign of the demo store whose list has at least N entries, when
there is one (nothing is written); else a campaign named ``bench-calllist-<N>`` added to
the store the first time (its entries written through the unit of work, like any list)
and reused afterwards, so the store is not copied (a 1M-customer store is many gigabytes).
The import figures come from ``services/imports_bench.py``, which builds its own store
in a temporary folder.
"""

from __future__ import annotations

import random
import sqlite3
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import text

from carecenter.db.models import CallListEntry
from carecenter.db.store import Store
from carecenter.db.texts import utc_text
from carecenter.services.calls.calllist import CAP_WINDOW, REACHED_OUTCOMES, Status, evaluate
from carecenter.services.calls.campaigns import CampaignSpec, create_campaign
from carecenter.services.uow import UnitOfWork

ENTRIES = 45_000
RUNS = 3


def bench_calllists(store_path: Path, *, entries: int = ENTRIES, imports: bool = True,
                    seed: int = 1, import_customers: int = 0) -> dict[str, Any]:
    """``import_customers``: a smaller import bench (that many customers, four times as
    many contacts; 0: the default 50,000 and 200,000)."""
    out: dict[str, Any] = {}
    if imports:
        from carecenter.services.imports_bench import bench_imports

        with tempfile.TemporaryDirectory() as work:
            got = bench_imports(Path(work), entries=entries, seed=seed, formats=True,
                                **({"customers": import_customers,
                                    "contacts": 4 * import_customers}
                                   if import_customers else {}))
        out["contacts_import_rows_per_s"] = got["contacts_rows_per_s"]
        out["raw_contacts_import_rows_per_s"] = got["raw_executemany_rows_per_s"]
        out["contacts_import_read_ahead"] = got["contacts_read_ahead"]
        # The same 200,000 contacts as a Windows-1252 CSV and as an .xlsx workbook.
        for name in ("cp1252", "xlsx"):
            out[f"contacts_import_{name}_rows_per_s"] = got[f"contacts_{name}_rows_per_s"]
            out[f"contacts_import_{name}_imported"] = got[f"contacts_{name}_imported"]
        out["contacts_import_xlsx_file_mb"] = got["xlsx_file_mb"]
    store = Store.open(store_path)
    try:
        campaign_id, n = _bench_campaign(store, entries, seed)
        now = datetime.now(UTC)
        evaluate(store, campaign_id, now)  # warm the page cache once, as the raw run gets
        times, states = [], []
        for _ in range(RUNS):
            start = time.perf_counter()
            states = evaluate(store, campaign_id, now)
            times.append(time.perf_counter() - start)
        raw_times, raw_flags = [], 0
        for _ in range(RUNS):
            start = time.perf_counter()
            raw_flags = raw_reconcile(store_path, campaign_id, now)
            raw_times.append(time.perf_counter() - start)
    finally:
        store.close()
    out.update({
        "calllist_entries": n,
        "calllist_reconcile_s": round(statistics.median(times), 3),
        "raw_calllist_reconcile_s": round(statistics.median(raw_times), 3),
        "calllist_to_call": sum(1 for e in states if e.status is Status.CALL),
        "calllist_skipped": sum(1 for e in states if e.status is Status.SKIP),
        "raw_calllist_flagged": raw_flags,
    })
    return out


def _bench_campaign(store: Store, entries: int, seed: int) -> tuple[str, int]:
    name = f"bench-calllist-{entries}"
    with store.session() as s:
        row = s.execute(text(
            "SELECT c.id, (SELECT count(*) FROM call_list_entry e WHERE e.campaign_id = c.id) "
            "FROM campaign c WHERE c.name = :n"), {"n": name}).first()
        if row is not None:
            return str(row[0]), int(row[1])
        # A campaign of the store with a list at least that long is used as it is, so a
        # big demo store is measured without writing to it.
        row = s.execute(text(
            "SELECT e.campaign_id, count(*) AS n FROM call_list_entry e JOIN campaign c "
            "ON c.id = e.campaign_id WHERE c.product_id IS NOT NULL GROUP BY e.campaign_id "
            "HAVING n >= :n ORDER BY n, e.campaign_id LIMIT 1"), {"n": entries}).first()
        if row is not None:
            return str(row[0]), int(row[1])
        offer = s.execute(text(
            "SELECT o.code, p.code FROM offer o JOIN product p ON p.id = o.product_id "
            "WHERE o.status = 'active' ORDER BY o.value_cents, o.code LIMIT 1")).first()
        ids = [r[0] for r in s.execute(text(
            "SELECT id FROM customer WHERE merged_into_id IS NULL AND NOT deleted "
            "ORDER BY id"))]
    spec = CampaignSpec(name=name, product=offer[1] if offer else "BENCH",
                        offer=offer[0] if offer else None)
    campaign_id = create_campaign(store, spec).campaign_id
    chosen = random.Random(seed).sample(ids, min(entries, len(ids)))
    with UnitOfWork(store) as uow:
        uow.bulk_insert(CallListEntry, [
            {"campaign_id": campaign_id, "customer_id": cid, "position": n + 1,
             "status": "pending"} for n, cid in enumerate(chosen)])
    return campaign_id, len(chosen)


def raw_reconcile(store_path: Path, campaign_id: str, now: datetime) -> int:
    """The same rules as hand-written SQL on a bare sqlite3 connection (one aggregate pass
    over the contacts, one query per other rule), each entry's own customer only (no
    merged family, no better-offer detail): the floor for this work.
    Returns how many entries some rule flags."""
    con = sqlite3.connect(store_path)
    try:
        c = con.execute("SELECT product_id, recontact_days, max_calls_30d, max_attempts "
                        "FROM campaign WHERE id = ?", (campaign_id,)).fetchone()
        product, recontact, cap, attempts = c
        m = utc_text(now)
        p = {"c": campaign_id, "m": m, "d": now.date().isoformat(), "product": product,
             "recent": utc_text(now - timedelta(days=recontact)),
             "capfrom": utc_text(now - CAP_WINDOW), "cap": cap, "attempts": attempts}
        reached = ", ".join(f"'{o}'" for o in REACHED_OUTCOMES)
        marketing = "(k.team = 'marketing' OR k.campaign_id IS NOT NULL)"
        rules = [
            "SELECT e.id FROM call_list_entry e JOIN consent_event ce ON ce.customer_id = "
            "e.customer_id AND ce.channel = 'phone' AND ce.purpose = 'marketing' WHERE "
            "e.campaign_id = :c AND ce.granted = 0 AND ce.at = (SELECT max(at) FROM "
            "consent_event c2 WHERE c2.customer_id = e.customer_id AND c2.channel = 'phone' "
            "AND c2.purpose = 'marketing' AND c2.at <= :m "
            # a grant the hub overruled (its desk had not seen a withdrawal) counts no more
            "AND NOT (c2.granted AND coalesce(c2.overruled, 0)))",
            "SELECT e.id FROM call_list_entry e JOIN holding h ON h.customer_id = "
            "e.customer_id WHERE e.campaign_id = :c AND h.product_id = :product "
            "AND (h.since IS NULL OR h.since <= :d)",
            # Every contact rule in one aggregate pass over each entry's contacts.
            "SELECT e.id FROM call_list_entry e JOIN contact k ON k.customer_id = "
            "e.customer_id AND k.at <= :m LEFT JOIN offer o ON o.id = k.offer_id "
            "WHERE e.campaign_id = :c GROUP BY e.id HAVING "
            "max(k.outcome = 'accepted' AND o.product_id = :product) "
            f"OR max(k.at > :recent AND {marketing} AND k.outcome IN ({reached})) "
            f"OR sum(k.at > :capfrom AND k.direction = 'outbound' AND {marketing}) >= :cap "
            "OR sum(k.campaign_id = :c AND k.direction = 'outbound') >= :attempts",
            "SELECT e.id FROM call_list_entry e JOIN \"case\" k ON k.customer_id = "
            "e.customer_id WHERE e.campaign_id = :c AND k.opened_at <= :m AND "
            "(k.status NOT IN ('resolved', 'closed') OR k.closed_at > :m)",
        ]
        flagged: set[str] = set()
        for sql in rules:
            flagged.update(r[0] for r in con.execute(sql, p))
        con.execute("SELECT id, customer_id, position FROM call_list_entry "
                    "WHERE campaign_id = ? ORDER BY position, id", (campaign_id,)).fetchall()
        return len(flagged)
    finally:
        con.close()


def run_calllists_bench(customers: int, *, db: Path | None) -> dict[str, Any]:
    """``carecenter bench calllists``: these figures alone, on the bench's demo store."""
    from carecenter.bench.core import ensure_store, machine
    from carecenter.commands.bench import default_bench_path

    path = db or default_bench_path(customers)
    store, _built = ensure_store(path, customers)
    with store.session() as s:
        count = s.execute(text("SELECT count(*) FROM customer")).scalar_one()
    store.close()
    figures = {"customers": count, "store": str(path), **bench_calllists(path)}
    figures["machine"] = machine()
    return figures
