"""The core benchmark: lookups at scale, console figures, imports, memory."""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from sqlalchemy import text

from carecenter.bench.lookups import measure_search, measure_view, sample_queries
from carecenter.bench.memory import own_peak_rss_mb
from carecenter.bench.stats import percentile
from carecenter.db.store import Store


def ensure_store(path: Path, customers: int) -> tuple[Store, float | None]:
    """The demo store at ``path`` with at least ``customers`` customers, built if needed;
    returns it and the seconds spent building (None when reused)."""
    if path.exists():
        store = Store.open(path)
        with store.session() as s:
            have = s.execute(text("SELECT count(*) FROM customer")).scalar_one()
        if have >= customers:
            return store, None
        store.close()
        from carecenter.cli import UserError

        raise UserError(f"{path} holds {have} customers, fewer than {customers}; "
                        "remove it or pass another --db.")
    from carecenter.demo import build_demo

    start = time.perf_counter()
    build_demo(path, customers=customers, seed=1)
    built = time.perf_counter() - start
    return Store.open(path), built


def machine() -> dict[str, Any]:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        cpu = platform.processor()
    return {"cpu": cpu, "cores": os.cpu_count(), "python": platform.python_version(),
            "platform": platform.platform()}


def console_figures(path: Path, numbers: list[str], starts: int = 3) -> dict[str, Any]:
    """Screen pop, cold start and the console's own peak memory, from a separate process
    (the core never imports Qt): ``python -m ui.shell.bench`` prints one JSON object."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(numbers, f)
        numbers_file = f.name
    try:
        out = subprocess.run(
            [sys.executable, "-m", "ui.shell.bench", "--db", str(path), "--numbers", numbers_file,
             "--starts", str(starts)],
            capture_output=True, text=True, env=env, timeout=1800, check=False)
    finally:
        os.unlink(numbers_file)
    if out.returncode != 0:
        return {"console_error": (out.stderr.strip().splitlines() or ["failed"])[-1]}
    figures: dict[str, Any] = json.loads(out.stdout)
    return figures


def run_core_bench(customers: int, *, db: Path | None, samples: int, gui: bool,
                   starts: int = 3, import_rows: int = 50_000) -> dict[str, Any]:
    from carecenter.commands.bench import default_bench_path

    path = db or default_bench_path(customers)
    store, built_s = ensure_store(path, customers)
    try:
        with store.session() as s:
            count = s.execute(text("SELECT count(*) FROM customer")).scalar_one()
            contacts = s.execute(text("SELECT count(*) FROM contact")).scalar_one()
        queries, ids = sample_queries(path, samples)
        figures: dict[str, Any] = {"customers": count, "contacts": contacts,
                                   "store": str(path),
                                   "store_mb": round(path.stat().st_size / 2**20, 1)}
        if built_s is not None:
            figures["build_s"] = round(built_s, 1)
        figures.update(measure_search(store, queries))
        figures.update(measure_view(store, ids))
        from carecenter.bench.duplicates import make_probes, measure_speed

        # The duplicate check of the new-customer form, beside the exact phone lookup.
        figures.update(measure_speed(store, make_probes(path, max(1, samples // 2))))
        numbers = [q.text for n, q in enumerate(queries) if n % 5 == 2][:50]
    finally:
        store.close()
    figures["bench_peak_rss_mb"] = own_peak_rss_mb()  # this process: searches and views
    if gui:
        figures.update(console_figures(path, numbers, starts))
    if import_rows > 0:
        with tempfile.TemporaryDirectory() as work:
            from carecenter.services.imports_bench import bench_imports

            imports = bench_imports(Path(work), customers=import_rows, contacts=4 * import_rows,
                                    entries=max(1, import_rows * 9 // 10))
        # Prefixed: the import bench's own "customers"/"contacts" are not the store's.
        figures.update({k if k.startswith(("import_", "reconcile_")) else f"import_{k}": v
                        for k, v in imports.items()})
    from carecenter.bench.calllists import bench_calllists  # 45,000-entry list on this store

    figures.update(bench_calllists(path, imports=False))
    # The console's own peak (VmHWM of the process that ran the screen pops), not the
    # bench's: the bench parent holds the search measurements' caches, the console not.
    if "console_peak_rss_mb" in figures:
        figures["peak_rss_mb"] = figures["console_peak_rss_mb"]
    figures["machine"] = machine()
    return figures


ROWS = [
    ("search p50 (ms)", "search_p50_ms", "raw_search_p50_ms", "raw FTS5 prefix query"),
    ("search p95 (ms)", "search_p95_ms", "raw_search_p95_ms", "raw FTS5 prefix query"),
    ("customer view p50 (ms)", "view_p50_ms", "raw_view_p50_ms", "raw indexed join"),
    ("customer view p95 (ms)", "view_p95_ms", "raw_view_p95_ms", "raw indexed join"),
    ("duplicate check p50 (ms)", "dupcheck_p50_ms", "raw_phone_p50_ms", "exact phone lookup"),
    ("duplicate check p95 (ms)", "dupcheck_p95_ms", "raw_phone_p95_ms", "exact phone lookup"),
    ("screen pop p95 (ms)", "screen_pop_p95_ms", None, "from --call to view painted"),
    ("cold start, usable (s)", "start_s", "raw_start_s", "bare Qt window"),
    ("cold start, ready (s)", "start_ready_s", "raw_start_s",
     "bare Qt window; ready: store open, features in, searches run"),
    ("console peak memory (MB)", "console_peak_rss_mb", "raw_start_peak_rss_mb",
     "bare Qt window; VmHWM of each process, after the screen pops"),
    ("console memory at ready (MB)", "start_peak_rss_mb", "raw_start_peak_rss_mb",
     "bare Qt window; VmHWM of each process"),
    ("bench process memory (MB)", "bench_peak_rss_mb", None, "searches and views, VmHWM"),
    ("contacts import CSV (rows/s)", "contacts_import_rows_per_s",
     "raw_contacts_import_rows_per_s", "raw executemany; UTF-8 CSV"),
    ("  Windows-1252 CSV (rows/s)", "contacts_import_cp1252_rows_per_s",
     "raw_contacts_import_rows_per_s", "the same rows, semicolons, CRLF"),
    ("  .xlsx workbook (rows/s)", "contacts_import_xlsx_rows_per_s",
     "raw_contacts_import_rows_per_s", "the same rows, date cells"),
]


def table(figures: dict[str, Any]) -> str:
    lines = [f"{'figure':<28}{'carecenter':>14}{'raw':>12}  baseline"]
    for label, ours, raw, what in ROWS:
        if ours not in figures:
            continue
        raw_v = figures.get(raw, "") if raw else ""
        lines.append(f"{label:<28}{figures[ours]!s:>14}{raw_v!s:>12}  {what}")
    extra = sorted(k for k in figures if k not in {r[1] for r in ROWS} | {r[2] for r in ROWS}
                   and k != "machine")
    lines += [f"{k:<28}{figures[k]!s:>14}" for k in extra]
    m = figures.get("machine", {})
    lines.append(f"machine: {m.get('cpu', '?')}, {m.get('cores', '?')} cores, "
                 f"Python {m.get('python', '?')}")
    return "\n".join(lines)


__all__ = ["percentile", "run_core_bench", "table"]
