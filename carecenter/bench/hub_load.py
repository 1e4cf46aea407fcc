"""``carecenter bench hub``: 1,000 workstations against the hub service (issue 13, part 6).

A PostgreSQL is started with pgserver (as ``bench sync`` does) in a new folder, the hub is
initialised and seeded with customers and one agent per workstation (the agents' rows
through the hub's own trusted push, their accounts with one argon2id hash of a shared
bench password). Then the service runs as ``carecenter hub serve`` subprocesses on free
loopback ports: one instance, then two on the same PostgreSQL, the desks' requests spread
round-robin over them as a load balancer would (``hub_clients``; the set-up is in
``hub_setup``).

Sign-in: a password check is an argon2id hash (about 0.1-0.3 s of one core here), so
1,000 sign-ins would take minutes before anything is measured. ``signins`` desks sign in
over HTTP (two at a time: the machine has two cores), timed and reported on their own;
the others get their device rows written directly by the bench, the same rows
``Identity.login`` writes (a random token, its SHA-256, the desk's site). Every request
then authenticates its token on the hub exactly as a real desk's does.

Per configuration: the steady phase (sync rounds every ``interval`` s per desk, ops
written at ``push_rate`` per second), then the capacity phase (a closed loop of sync
rounds, for the two-instance/one-instance throughput ratio), then the check that nothing
acked was lost: every acked op is in ``hub_op`` and every row it wrote is in its hub
table. Last, the raw figure (``hub_raw``): the same queries a pull and a push run, replayed
with psycopg. The client runs on the same cores as the service and PostgreSQL: the CPU
seconds of each are reported beside the figures.
"""

from __future__ import annotations

import asyncio
import os
import random
import subprocess
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from carecenter.bench import hub_clients as hc
from carecenter.bench.hub_http import Http
from carecenter.bench.hub_setup import (
    Cpu,
    register_devices,
    seed,
    sign_in,
    start_instance,
    stop_instance,
)
from carecenter.bench.stats import percentile, round_ms
from carecenter.sync.hub import ORDER, Hub
from carecenter.sync.hub_cursor import _encode_cursor
from carecenter.sync.hub_schema import TABLES

GOALS = {"pull_p95_ms": 100.0, "push_p95_ms": 200.0, "lost": 0, "two_vs_one": 1.6}


def _bound(pg: Any) -> int:
    return int(pg.execute("SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint")
               .fetchone()[0])


def _sessions(pg: Any) -> int:
    """Connections PostgreSQL has accepted so far (each a new backend process)."""
    row = pg.execute("SELECT sessions FROM pg_stat_database "
                     "WHERE datname = current_database()").fetchone()
    return int(row[0] or 0) if row else 0


def caught_up(pg: Any, desks: list[hc.Desk]) -> None:
    cursor = _encode_cursor({"lo": _bound(pg), "hi": None, "t": ORDER[0], "k": None})
    for d in desks:
        d.cursor, d.outbox = cursor, []


def lost(pg: Any, acked: list[tuple[str, str, str]]) -> tuple[int, int, int]:
    """(acked ops checked, acked ops not in hub_op, rows they wrote not on the hub)."""
    ops = sorted({a[0] for a in acked})
    have = 0
    for at in range(0, len(ops), 5000):
        have += pg.execute("SELECT count(*) FROM hub_op WHERE op_id = ANY(%s)",
                           (ops[at:at + 5000],)).fetchone()[0]
    rows: dict[str, set[str]] = {}
    for _op, table, row in acked:
        rows.setdefault(table, set()).add(row)
    missing = 0
    for table, ids in rows.items():
        found = pg.execute(f'SELECT count(*) FROM "{TABLES[table].name}" WHERE id = ANY(%s)',
                           (sorted(ids),)).fetchone()[0]
        missing += len(ids) - found
    return len(ops), len(ops) - have, missing


def _ms(values: list[float], p: int) -> float:
    return round_ms(percentile(values, p))


@dataclass(frozen=True)
class Plan:
    push_rate: float
    interval: float
    seconds: float
    capacity_seconds: float
    loops: int
    batch: int  # ops a desk's outbox holds at a round: push_rate * interval / desks


def one_configuration(pg: Any, cpu: Cpu, bases: list[str], desks: list[hc.Desk], *,
                      ops: hc.Ops, plan: Plan) -> dict[str, Any]:
    caught_up(pg, desks)
    marks: dict[str, Any] = {}

    def opened() -> None:
        marks["cpu"], marks["lo"] = cpu.snapshot(), _bound(pg)
        marks["wall"], marks["sessions"] = time.monotonic(), _sessions(pg)

    async def main() -> tuple[hc.Tally, dict[str, float], hc.Tally, float]:
        http = Http()
        try:
            wire = hc.Wire(http, bases)
            steady = await hc.steady(wire, desks, ops, rate=plan.push_rate,
                                     interval=plan.interval, seconds=plan.seconds,
                                     on_measure=opened)
            after = cpu.snapshot()
            marks["window_s"] = time.monotonic() - marks["wall"]
            marks["sessions"] = _sessions(pg) - marks["sessions"]
            caught_up(pg, desks[:plan.loops])
            cap, cap_s = await hc.capacity(wire, desks, ops, loops=plan.loops,
                                           seconds=plan.capacity_seconds, batch=plan.batch)
        finally:
            await http.close()
        return steady, after, cap, cap_s

    steady, after, cap, cap_s = asyncio.run(main())
    checked, lost_ops, lost_rows = lost(pg, steady.acked + cap.acked)
    used = {k: round(after[k] - marks["cpu"][k], 1) for k in after}
    pulls = len(steady.pull_ms)
    cores = os.cpu_count() or 1
    return {
        "instances": len(bases),
        "pull_p50_ms": _ms(steady.pull_ms, 50), "pull_p95_ms": _ms(steady.pull_ms, 95),
        "pulls": pulls,
        "pull_kb_mean": round(steady.pull_bytes / 1024 / pulls, 1) if pulls else 0.0,
        "push_p50_ms": _ms(steady.push_ms, 50), "push_p95_ms": _ms(steady.push_ms, 95),
        "pushes": len(steady.push_ms), "rounds": steady.rounds,
        "ops_written": steady.ops_written, "ops_acked": steady.ops_acked,
        "ops_per_s": round(steady.ops_acked / plan.seconds, 1),
        "refused": steady.refused + cap.refused, "errors": steady.errors + cap.errors,
        "error_samples": (steady.error_samples + cap.error_samples)[:3],
        "refused_samples": (steady.refused_samples + cap.refused_samples)[:3],
        "acked_checked": checked, "lost_ops": lost_ops, "lost_rows": lost_rows,
        # the window closes when the last round started in it ends (later under overload)
        "cpu_s": used, "cpu_window_s": round(marks["window_s"], 1),
        "cpu_share": round(sum(used.values()) / (marks["window_s"] * cores), 2),
        "pg_sessions_opened": marks["sessions"],
        "capacity_loops": plan.loops, "capacity_s": round(cap_s, 1),
        "capacity_ops_per_s": round(cap.ops_acked / cap_s, 1) if cap_s else 0.0,
        "capacity_rounds_per_s": round(cap.rounds / cap_s, 1) if cap_s else 0.0,
        "capacity_push_p95_ms": _ms(cap.push_ms, 95),
        "capacity_pull_p95_ms": _ms(cap.pull_ms, 95),
        "_lo": marks.get("lo", 0),
    }


# -- all of it -------------------------------------------------------------------------------
def _desks(url: str, base: str, agents: list[tuple[str, str]], signins: int
           ) -> tuple[list[hc.Desk], dict[str, Any]]:
    """``signins`` desks signed in over HTTP (timed), the others' devices written."""
    n_http = max(0, min(signins, len(agents)))
    t = time.perf_counter()
    signed, sign_ms = asyncio.run(sign_in(base, agents[:n_http]))
    sign_s = time.perf_counter() - t
    desks = signed + register_devices(url, agents[n_http:])
    return desks, {"over_http": n_http, "seconds": round(sign_s, 1),
                   "p50_ms": _ms(sign_ms, 50), "p95_ms": _ms(sign_ms, 95),
                   "written_directly": len(agents) - n_http,
                   "note": "before the measured windows; a sign-in is one argon2id check"}


def _raw(url: str, desk: hc.Desk, ops: hc.Ops, *, batch: int, lo: int, samples: int
         ) -> dict[str, Any]:
    from carecenter.bench.hub_raw import raw_figures
    from carecenter.hub.identity import Identity

    hub = Hub(url)
    try:
        who = Identity(hub).authenticate(desk.token)
    finally:
        hub.close()
    if who is None:
        raise RuntimeError("the bench's own device was refused")

    def outbox() -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        while len(out) < batch:
            out.extend(ops.work(desk))
        return out

    return raw_figures(url, who, outbox, lo=lo, samples=samples)


def run_hub_bench(workstations: int = 1000, *, seconds: float = 30.0,
                  push_rate: float = 200.0, interval: float = 30.0, customers: int = 5000,
                  capacity_seconds: float = 10.0, loops: int = 32, signins: int = 16,
                  seed_value: int = 7) -> dict[str, Any]:
    import psycopg

    from carecenter.bench.core import machine
    from carecenter.bench.hub_raw import raw_url
    from carecenter.bench.sync_figures import pg_hub

    plan = Plan(push_rate, interval, seconds, capacity_seconds,
                max(1, min(loops, workstations)),
                max(1, round(push_rate * interval / max(1, workstations))))
    f: dict[str, Any] = {
        "workstations": workstations, "seconds": seconds, "interval_s": interval,
        "push_rate": push_rate, "customers": customers, "ops_per_round": plan.batch,
        "capacity_loops": plan.loops,
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")}
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="cc-bench-hub-") as tmp:
        where = Path(tmp)
        procs: list[subprocess.Popen[bytes]] = []
        with pg_hub(where / "pg") as url, psycopg.connect(raw_url(url), autocommit=True) as pg:
            try:
                customer_ids, agents = seed(url, customers, workstations)
                ops = hc.Ops(customer_ids, random.Random(seed_value))
                cpu = Cpu(where / "pg")
                bases: list[str] = []
                for n in (1, 2):
                    proc, base = start_instance(url, where / f"service-{n}.log")
                    procs.append(proc)
                    cpu.services.append(proc.pid)
                    bases.append(base)
                    if n == 1:
                        desks, f["signin"] = _desks(url, base, agents, signins)
                        f["setup_s"] = round(time.perf_counter() - started, 1)
                    f["one" if n == 1 else "two"] = one_configuration(
                        pg, cpu, list(bases), desks, ops=ops, plan=plan)
            finally:
                for p in procs:
                    stop_instance(p)
            f["one"].pop("_lo")
            f["raw"] = _raw(url, desks[0], ops, batch=plan.batch, lo=f["two"].pop("_lo"),
                            samples=min(20, max(3, workstations)))
    one, two = f["one"], f["two"]
    f["lost"] = sum(c["lost_ops"] + c["lost_rows"] for c in (one, two))
    f["two_vs_one"] = round(two["capacity_ops_per_s"] / one["capacity_ops_per_s"], 2) \
        if one["capacity_ops_per_s"] else 0.0
    f["goals"] = goals(f)
    f["total_s"] = round(time.perf_counter() - started, 1)
    f["load_avg"] = [round(x, 2) for x in os.getloadavg()]
    f["machine"] = machine()
    return f


def goals(f: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key in ("one", "two"):
        c = f[key]
        out[f"{key}_pull_p95_under_{GOALS['pull_p95_ms']:.0f}ms"] = \
            c["pull_p95_ms"] < GOALS["pull_p95_ms"]
        out[f"{key}_push_p95_under_{GOALS['push_p95_ms']:.0f}ms"] = \
            c["push_p95_ms"] < GOALS["push_p95_ms"]
    out["none_lost"] = f["lost"] == 0
    out["two_at_least_1.6x_one"] = f["two_vs_one"] >= GOALS["two_vs_one"]
    return out
