"""The figures of ``carecenter bench hub`` as a table, the issue's goals beside them."""

from __future__ import annotations

import json
from typing import Any

from carecenter.bench.hub_load import GOALS


def _pair(c: dict[str, Any], name: str) -> str:
    return f"{c[name + '_p50_ms']:.1f} / {c[name + '_p95_ms']:.1f}"


def _met(ok: bool) -> str:
    return "met" if ok else "NOT met"


def table(f: dict[str, Any]) -> str:
    one, two, raw, g = f["one"], f["two"], f["raw"], f["goals"]
    s = f["signin"]
    lines = [
        f"hub service under load: {f['workstations']} workstations, a sync round each every "
        f"{f['interval_s']:g} s (push the outbox, then pull), {f['push_rate']:g} ops/s "
        f"written; {f['seconds']:g} s measured after {f['interval_s']:g} s of warm-up",
        f"{'figure':34} {'1 instance':>18} {'2 instances':>18} {'raw psycopg':>18}  goal",
        f"{'pull p50 / p95 (ms)':34} {_pair(one, 'pull'):>18} {_pair(two, 'pull'):>18} "
        f"{_pair(raw, 'raw_pull'):>18}  p95 < {GOALS['pull_p95_ms']:.0f}: "
        f"{_met(g['one_pull_p95_under_100ms'])} / {_met(g['two_pull_p95_under_100ms'])}",
        f"{'push p50 / p95 (ms)':34} {_pair(one, 'push'):>18} {_pair(two, 'push'):>18} "
        f"{_pair(raw, 'raw_push'):>18}  p95 < {GOALS['push_p95_ms']:.0f}: "
        f"{_met(g['one_push_p95_under_200ms'])} / {_met(g['two_push_p95_under_200ms'])}",
        f"{'in-process pull / push p95 (ms)':34} {'':>18} {'':>18} "
        f"{raw['inproc_pull_p95_ms']:>6.1f} /{raw['inproc_push_p95_ms']:>6.1f}  "
        "(Hub.pull/push, no HTTP)",
        f"{'pulls, mean size (KB)':34} {one['pulls']:>7} {one['pull_kb_mean']:>6.0f} "
        f"{two['pulls']:>7} {two['pull_kb_mean']:>6.0f}",
        f"{'ops/s acked (written)':34} {one['ops_per_s']:>18} {two['ops_per_s']:>18}",
        f"{'request errors / ops refused':34} {one['errors']:>7} / {one['refused']:<4} "
        f"{two['errors']:>7} / {two['refused']:<4}",
        f"{'ops lost (acked, not on hub)':34} {one['lost_ops'] + one['lost_rows']:>18} "
        f"{two['lost_ops'] + two['lost_rows']:>18} {'':>18}  0: {_met(g['none_lost'])}",
        f"{'capacity, closed loop (ops/s)':34} {one['capacity_ops_per_s']:>18} "
        f"{two['capacity_ops_per_s']:>18} {'':>18}  two >= {GOALS['two_vs_one']}x one: "
        f"{f['two_vs_one']}x, {_met(g['two_at_least_1.6x_one'])}",
        f"{'window for CPU (s)':34} {one['cpu_window_s']:>18} {two['cpu_window_s']:>18}",
        f"{'CPU s in the window: client':34} {one['cpu_s']['client']:>18} "
        f"{two['cpu_s']['client']:>18}",
        f"{'  service instances':34} {one['cpu_s']['service']:>18} {two['cpu_s']['service']:>18}",
        f"{'  PostgreSQL':34} {one['cpu_s']['postgres']:>18} {two['cpu_s']['postgres']:>18}",
        f"{'new PostgreSQL sessions':34} {one['pg_sessions_opened']:>18} "
        f"{two['pg_sessions_opened']:>18}",
        f"sign-in (before the windows): {s['over_http']} over HTTP in {s['seconds']} s "
        f"(p50 {s['p50_ms']:.0f} ms, p95 {s['p95_ms']:.0f} ms, two at a time), "
        f"{s['written_directly']} devices written directly; setup {f['setup_s']} s, "
        f"whole run {f['total_s']} s, load average {f['load_avg']}",
        "The simulated workstations run on the same cores as the service and PostgreSQL "
        "(CPU seconds above): on a small machine they take a share of what the service "
        "could use, and the two-instance ratio is bounded by the cores PostgreSQL, the "
        "instances and the desks share, not by the service.",
    ]
    for key in ("one", "two"):
        for sample in f[key]["error_samples"] + f[key]["refused_samples"]:
            lines.append(f"  {key}: {sample}")
    rest = {k: v for k, v in f.items() if k not in ("machine",)}
    lines.append(json.dumps(rest, sort_keys=True))
    return "\n".join(lines)
