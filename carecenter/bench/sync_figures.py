"""``carecenter bench sync``: sync figures against a PostgreSQL hub on loopback (pgserver).

- first sync: a new workstation pulls the whole hub (N demo customers and their history)
  through the replica (paged pull, JSON wire form, merge and apply), beside the raw
  pipeline for the same rows in the same run: PostgreSQL ``COPY ... TO STDOUT`` and
  SQLite ``executemany`` into the same tables;
- round trip: 1,000 ops pushed by one workstation and pulled by another;
- hub throughput: 50 workstations (threads) each pushing and pulling at once;
- optionally the sync simulation with thousands of examples (source checkout only).

The hub is seeded from the demo store's rows as pushes would leave them (each field with
its clock and site), in bulk, so building the bench does not take as long as a first push
of a million customers; the seeded PostgreSQL data folder is kept beside the store and
reused by the next run.
"""

from __future__ import annotations

import json
import os
import sqlite3
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import select, text

from carecenter.db.models import SYNCED_MODELS, Customer
from carecenter.db.store import Store
from carecenter.services.uow import UnitOfWork
from carecenter.sync.apply import local_state
from carecenter.sync.hub import ORDER, Hub, init_hub
from carecenter.sync.hub_cursor import _encode_cursor
from carecenter.sync.hub_schema import TABLES, hub_meta
from carecenter.sync.replica import Replica, _Acc
from carecenter.sync.transport import InProcessTransport

# A hub seeded in one transaction (before 2026-11-30) had every row with the same txn, so
# a pull walked its heap at random; such a hub is seeded again.
SEEDED = "bench_rows_v2"


# -- the hub --------------------------------------------------------------------------
@contextmanager
def pg_hub(folder: Path) -> Iterator[str]:
    """A PostgreSQL server (pgserver) with its data in ``folder``; yields the hub URL."""
    from pgserver.postgres_server import get_server

    folder.mkdir(parents=True, exist_ok=True)
    srv = get_server(folder, cleanup_mode="stop")
    try:
        url = srv.get_uri().replace("postgresql://", "postgresql+psycopg://", 1)
        yield url
    finally:
        srv.cleanup()


def _hub_rows(store: Store, model: Any, batch: int) -> Iterator[list[dict[str, Any]]]:
    """The rows of ``model`` as the hub keeps them, in batches, each field's clock still
    without the hub transaction (``None``, set by ``seed_hub``)."""
    t = model.__table__
    site = store.site_id
    cols = [c.name for c in t.columns]
    with store.engine.connect() as conn:
        result = conn.execution_options(yield_per=batch).execute(select(t))
        for part in result.mappings().partitions(batch):
            out = []
            for r in part:
                cells = local_state(r, site)
                row = {c: r[c] for c in cols}
                row["clocks"] = {f: [c.hlc, c.site, None] for f, c in cells.items()}
                out.append(row)
            yield out


def seed_hub(url: str, store: Store, batch: int = 5000) -> int:
    """Fill an initialised hub with ``store``'s rows as pushes would: each batch of
    ``batch`` rows in a hub transaction of its own, its rows and clocks stamped with that
    transaction's number, so the hub's rows lie in the order of their transactions as
    they do on a hub filled by workstations. Returns how many rows."""
    hub = Hub(url)
    n = 0
    try:
        with hub.engine.begin() as conn:  # what a seed cut short by a kill left
            for t in TABLES.values():
                conn.execute(t.delete())
        for model in SYNCED_MODELS:
            t = TABLES[model.__tablename__]
            for rows in _hub_rows(store, model, batch):
                with hub.engine.begin() as conn:
                    txn, _ = hub._begin_txn(conn)
                    for row in rows:
                        row["txn"], row["seq"] = txn, 0
                        for clock in row["clocks"].values():
                            clock[2] = txn
                    conn.execute(t.insert(), rows)
                n += len(rows)
        with hub.engine.begin() as conn:
            conn.execute(hub_meta.insert(), [{"key": SEEDED, "value": str(n)}])
    finally:
        hub.close()
    return n


def ready_hub(url: str, store: Store) -> tuple[int, float | None]:
    """The hub seeded from ``store`` (seeded now unless a previous run did)."""
    init_hub(url)
    hub = Hub(url)
    try:
        with hub.engine.connect() as conn:
            have = conn.execute(select(hub_meta.c.value)
                                .where(hub_meta.c.key == SEEDED)).scalar()
    finally:
        hub.close()
    if have is not None:
        return int(have), None
    start = time.perf_counter()
    n = seed_hub(url, store)
    return n, time.perf_counter() - start


# -- first sync beside the raw pipeline -----------------------------------------------
def first_sync(url: str, where: Path) -> dict[str, Any]:
    path = where / "first.db"
    store = Store.open(path)
    hub = Hub(url)
    try:
        start = time.perf_counter()
        report = Replica(store, InProcessTransport(hub)).sync()
        seconds = time.perf_counter() - start
    finally:
        hub.close()
        store.close()
    if report.error:
        raise RuntimeError(report.error)
    return {"first_sync_rows": report.pulled, "first_sync_s": round(seconds, 2),
            "first_sync_rows_per_s": round(report.pulled / seconds)}


def raw_pipeline(url: str, where: Path) -> dict[str, Any]:
    """COPY every hub table out of PostgreSQL and executemany it into a fresh store's
    tables: the floor under any first sync of the same rows."""
    import psycopg
    from sqlalchemy.engine import make_url

    path = where / "raw.db"
    Store.open(path).close()  # the same schema as a store
    raw_url = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    db = sqlite3.connect(path)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    rows = 0
    start = time.perf_counter()
    with psycopg.connect(raw_url) as pg:
        for model in SYNCED_MODELS:
            name = model.__tablename__
            cols = [c.name for c in model.__table__.columns]
            quoted = ", ".join(f'"{c}"' for c in cols)
            sql = f'INSERT INTO "{name}" ({quoted}) VALUES ({", ".join("?" * len(cols))})'
            copy = f'COPY (SELECT {quoted} FROM "h_{name}") TO STDOUT'
            with pg.cursor() as cur, cur.copy(copy) as cp:
                batch: list[tuple[Any, ...]] = []
                for r in cp.rows():
                    batch.append(r)
                    if len(batch) == 5000:
                        db.executemany(sql, batch)
                        rows += len(batch)
                        batch.clear()
                if batch:
                    db.executemany(sql, batch)
                    rows += len(batch)
    db.commit()
    seconds = time.perf_counter() - start
    db.close()
    for leftover in where.glob("raw.db*"):  # a million customers' copy: free the disk now
        leftover.unlink()
    return {"raw_rows": rows, "raw_s": round(seconds, 2), "raw_rows_per_s": round(rows / seconds)}


# -- round trip and concurrency -------------------------------------------------------
def _caught_up(store: Store, hub: Hub) -> None:
    """Mark a new store as having pulled everything up to now (the bench's replicas do
    not need the seeded rows to measure what moves from here on)."""
    with hub.engine.connect() as conn:
        lo = hub._bound(conn)
    from carecenter.sync.replica_state import _set

    with UnitOfWork(store, remote=True) as uow:
        _set(uow.session, "sync.cursor", _encode_cursor({"lo": lo, "hi": None,
                                                        "t": ORDER[0], "k": None}))
        _set(uow.session, "sync.hub_id", hub.hub_id)


def _new_customers(store: Store, n: int, tag: str) -> None:
    with UnitOfWork(store) as uow:
        for i in range(n):
            uow.add(Customer(customer_ref=f"{tag}-{i}", first_name="Bench", last_name=f"{tag} {i}"))


def round_trip(url: str, where: Path, ops: int = 1000) -> dict[str, Any]:
    """A new workstation pushes ``ops`` ops; the one of the first sync (holding the whole
    hub) pulls them."""
    hub = Hub(url)
    a, b = Store.open(where / "rt-a.db"), Store.open(where / "first.db")
    try:
        _caught_up(a, hub)
        _new_customers(a, ops, f"rt-{uuid.uuid4().hex[:8]}")
        ra, rb = Replica(a, InProcessTransport(hub)), Replica(b, InProcessTransport(hub))
        acc = _Acc()
        start = time.perf_counter()
        ra.push(acc)
        pushed = time.perf_counter()
        rb.pull(acc)
        done = time.perf_counter()
        if acc.pushed != ops or acc.pulled < ops:
            raise RuntimeError(f"round trip moved {acc.pushed} ops out, {acc.pulled} in")
    finally:
        a.close()
        b.close()
        hub.close()
    return {"round_trip_ops": ops, "round_trip_s": round(done - start, 3),
            "round_trip_push_s": round(pushed - start, 3),
            "round_trip_pull_s": round(done - pushed, 3)}


def concurrent(url: str, where: Path, replicas: int = 50, rounds: int = 3,
               ops_per_round: int = 20) -> dict[str, Any]:
    hub = Hub(url)
    stores = [Store.open(where / f"c{i}.db") for i in range(replicas)]
    errors: list[str] = []
    run = uuid.uuid4().hex[:8]  # refs new to the hub, which a kept bench hub may hold
    moved = {"pushed": 0, "pulled": 0}
    lock = threading.Lock()
    try:
        for s in stores:
            _caught_up(s, hub)
        barrier = threading.Barrier(replicas + 1)

        def work(i: int, store: Store) -> None:
            rep = Replica(store, InProcessTransport(hub))
            barrier.wait()
            for r in range(rounds):
                _new_customers(store, ops_per_round, f"c{i}r{r}-{run}")
                rep_ = rep.sync()
                with lock:
                    if rep_.error:
                        errors.append(rep_.error)
                    moved["pushed"] += rep_.pushed
                    moved["pulled"] += rep_.pulled

        threads = [threading.Thread(target=work, args=(i, s)) for i, s in enumerate(stores)]
        for th in threads:
            th.start()
        barrier.wait()
        start = time.perf_counter()
        for th in threads:
            th.join()
        seconds = time.perf_counter() - start
    finally:
        for s in stores:
            s.close()
        hub.close()
    return {"hub_replicas": replicas, "hub_rounds": replicas * rounds,
            "hub_ops_pushed": moved["pushed"], "hub_rows_pulled": moved["pulled"],
            "hub_s": round(seconds, 2),
            "hub_ops_per_s": round(moved["pushed"] / seconds),
            "hub_rounds_per_s": round(replicas * rounds / seconds, 1),
            "hub_errors": errors[:3]}


# -- the simulation -------------------------------------------------------------------
def simulate(examples: int) -> dict[str, Any]:
    """Run the sync simulation test with ``examples`` examples (needs the source tests)."""
    os.environ["CARECENTER_SIM_EXAMPLES"] = str(examples)
    try:
        from tests.sync import test_simulation as sim
    except ImportError:
        return {"simulation_error": "the simulation needs a source checkout (tests/sync)"}
    from tests.sync.simulation import Pool

    where = Path(tempfile.mkdtemp(prefix="cc-sim-"))
    pool = Pool(where, sim.REPLICAS)
    start = time.perf_counter()
    try:
        sim.test_every_workstation_converges_with_the_hub(pool=pool)
    finally:
        pool.close()
    return {"simulation_examples": examples,
            "simulation_s": round(time.perf_counter() - start, 1)}


# -- all of it ------------------------------------------------------------------------
def run_sync_bench(customers: int, *, db: Path | None = None, simulate_examples: int = 0,
                   replicas: int = 50) -> dict[str, Any]:
    from carecenter.bench.core import ensure_store, machine
    from carecenter.commands.bench import default_bench_path

    path = db or default_bench_path(customers)
    store, built_s = ensure_store(path, customers)
    figures: dict[str, Any] = {"store": str(path)}
    if built_s is not None:
        figures["build_s"] = round(built_s, 1)
    try:
        with store.session() as s:
            figures["customers"] = s.execute(text("SELECT count(*) FROM customer")).scalar_one()
            figures["contacts"] = s.execute(text("SELECT count(*) FROM contact")).scalar_one()
        pgdata = path.with_name(path.name + ".hubpg")
        with pg_hub(pgdata) as url, tempfile.TemporaryDirectory(prefix="cc-bench-sync-") as tmp:
            where = Path(tmp)
            _seeded, seeded_s = ready_hub(url, store)
            if seeded_s is not None:
                figures["hub_seed_s"] = round(seeded_s, 1)
            hub = Hub(url)
            try:
                figures["hub_rows"] = sum(hub.count(n) for n in TABLES)
            finally:
                hub.close()
            figures.update(raw_pipeline(url, where))
            figures.update(first_sync(url, where))
            figures["first_sync_vs_raw"] = round(
                figures["first_sync_rows_per_s"] / figures["raw_rows_per_s"], 3)
            figures.update(round_trip(url, where))
            figures.update(concurrent(url, where, replicas=replicas))
    finally:
        store.close()
    if simulate_examples:
        figures.update(simulate(simulate_examples))
    figures["machine"] = machine()
    return figures


ROWS = [
    ("first sync (rows/s)", "first_sync_rows_per_s", "raw_rows_per_s", "COPY out + executemany"),
    ("first sync (s)", "first_sync_s", "raw_s", "COPY out + executemany"),
    ("1,000 ops push+pull (s)", "round_trip_s", None, ""),
    ("hub, 50 replicas (ops/s)", "hub_ops_per_s", None, "pushed, while pulling"),
]


def table(figures: dict[str, Any]) -> str:
    lines = [f"{'figure':28} {'CareCenter':>12} {'raw':>12}  note"]
    for label, key, raw, note in ROWS:
        r = figures.get(raw, "") if raw else ""
        lines.append(f"{label:28} {figures.get(key, '-')!s:>12} {r!s:>12}  {note}")
    rest = {k: v for k, v in figures.items() if k != "machine"}
    lines.append(json.dumps(rest, sort_keys=True))
    return "\n".join(lines)
