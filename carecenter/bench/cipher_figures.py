"""``carecenter bench cipher``: the encrypted store's figures beside the plain store's, for
the same work in the same run (issue 18, part 3; goal: at most 1.3 times plain).

Two demo stores built alike (same seed, same day: the same rows, ids included), one plain
and one encrypted (SQLCipher 4, a raw key handed over in this process: no keyring entry
is left behind), each opened again as a console starts on it; then, each measured on both,
interleaved so that neither profits alone from a warm disk cache: search (the agent's
queries), the customer view (each twice: the first time every page is read since the
store opened, then again from the page cache), an import of customers and contacts into
a new store, and a first sync from a SQLite hub.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any

from carecenter.bench.stats import percentile, round_ms, timed_ms
from carecenter.db import cipher
from carecenter.db.cipher import StoreKey
from carecenter.db.store import Store

KINDS = ("plain", "encrypted")


def _open(path: Path, kind: str) -> Store:
    if kind == "encrypted":
        if cipher.given_key(path) is None:
            cipher.provide_key(path, StoreKey.new())
        return Store.open(path, encrypt=True)
    return Store.open(path)


def _interleaved(stores: dict[str, Store], items: list[Any],
                 work: Callable[[Store, Any], object]) -> dict[str, list[float]]:
    """Each item on both stores, alternating which goes first."""
    times: dict[str, list[float]] = {k: [] for k in KINDS}
    for n, item in enumerate(items):
        for kind in (KINDS if n % 2 == 0 else KINDS[::-1]):
            times[kind].append(timed_ms(partial(work, stores[kind], item))[0])
    return times


def _lookups(where: Path, customers: int, samples: int) -> dict[str, Any]:
    from carecenter.bench.lookups import sample_queries
    from carecenter.demo import build_demo
    from carecenter.services.customers.view import customer_view
    from carecenter.services.search.query import search

    now = datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    out: dict[str, Any] = {}
    stores: dict[str, Store] = {}
    try:
        for kind in KINDS:
            stores[kind] = _open(where / f"{kind}.db", kind)
            start = time.perf_counter()
            build_demo(stores[kind], customers=customers, seed=1, now=now)
            out[f"{kind}_build_s"] = round(time.perf_counter() - start, 1)
            # Opened again, as a console starts on it: both page caches empty.
            stores.pop(kind).close()
            stores[kind] = _open(where / f"{kind}.db", kind)
        queries, ids = sample_queries(where / "plain.db", samples)  # the same ids in both
        # First pass: each page read for the first time since the store was opened (the
        # plain store copies it from the system's cache, the encrypted one decrypts it);
        # second pass: the same work again, from the connection's page cache, as a
        # console that has been running a while.
        for suffix in ("", "_again"):
            found = _interleaved(stores, queries, lambda s, q: search(s, q.text, region="IT"))
            viewed = _interleaved(stores, ids, lambda s, c: customer_view(s, c, now=now))
            for kind in KINDS:
                for name, times in (("search", found[kind]), ("view", viewed[kind])):
                    out[f"{kind}_{name}{suffix}_p50_ms"] = round_ms(percentile(times, 50))
                    out[f"{kind}_{name}{suffix}_p95_ms"] = round_ms(percentile(times, 95))
    finally:
        for store in stores.values():
            store.close()
    for kind in KINDS:  # closed: the -wal folded in
        out[f"{kind}_store_mb"] = round((where / f"{kind}.db").stat().st_size / 2**20, 1)
    return out


def _orders(rounds: int) -> list[tuple[str, ...]]:
    """The order of the kinds in each round: alternating which goes first."""
    return [KINDS if r % 2 == 0 else KINDS[::-1] for r in range(rounds)]


def _imports(where: Path, rows: int, rounds: int) -> dict[str, Any]:
    from carecenter.services.imports import import_file
    from carecenter.services.imports_bench import write_contacts, write_customers

    customers_csv, contacts_csv = where / "customers.csv", where / "contacts.csv"
    write_customers(customers_csv, rows)
    write_contacts(contacts_csv, 4 * rows, rows, datetime.now(UTC).replace(microsecond=0))
    best: dict[str, float] = {}
    for r, kinds in enumerate(_orders(rounds)):
        for kind in kinds:
            path = where / f"import-{kind}-{r}.db"
            store = _open(path, kind)
            try:
                for what, csv_file, n in (("customers", customers_csv, rows),
                                          ("contacts", contacts_csv, 4 * rows)):
                    start = time.perf_counter()
                    import_file(store, what, csv_file)
                    name = f"{kind}_import_{what}_rows_per_s"
                    best[name] = max(best.get(name, 0.0), n / (time.perf_counter() - start))
            finally:
                store.close()
            _remove(path)
    return {k: round(v) for k, v in best.items()}


def _remove(path: Path) -> None:
    """A store of one round, once measured (the disk holds one at a time)."""
    for f in cipher.store_files(path):
        f.unlink(missing_ok=True)
    cipher.forget_given(path)


def _first_sync(where: Path, rounds: int) -> dict[str, Any]:
    from carecenter.bench.sync_figures import seed_hub
    from carecenter.sync.hub import Hub, init_hub
    from carecenter.sync.replica import Replica
    from carecenter.sync.transport import InProcessTransport

    url = f"sqlite:///{where / 'hub.db'}"
    init_hub(url)
    source = Store.open(where / "plain.db", create=False)
    try:
        out: dict[str, Any] = {"hub_rows": seed_hub(url, source)}
    finally:
        source.close()
    for r, kinds in enumerate(_orders(rounds)):
        for kind in kinds:
            path = where / f"sync-{kind}-{r}.db"
            store = _open(path, kind)
            hub = Hub(url)
            try:
                start = time.perf_counter()
                report = Replica(store, InProcessTransport(hub)).sync()
                seconds = time.perf_counter() - start
            finally:
                hub.close()
                store.close()
            _remove(path)
            if report.error:
                raise RuntimeError(report.error)
            if seconds < out.get(f"{kind}_first_sync_s", float("inf")):
                out[f"{kind}_first_sync_s"] = round(seconds, 2)
                out[f"{kind}_first_sync_rows_per_s"] = round(report.pulled / seconds)
    return out


def run_cipher_bench(customers: int, *, samples: int = 300, import_rows: int = 20_000,
                     sync: bool = True, rounds: int = 2) -> dict[str, Any]:
    """The figures; imports and first syncs run ``rounds`` times each, alternating which
    store goes first, the best of each kind kept (the machine's noise is one-sided)."""
    from carecenter.bench.core import machine

    with tempfile.TemporaryDirectory(prefix="cc-bench-cipher-") as tmp:
        where = Path(tmp)
        try:
            figures: dict[str, Any] = {"customers": customers, "samples": samples,
                                       "rounds": rounds}
            figures.update(_lookups(where, customers, samples))
            if import_rows > 0:
                figures.update(_imports(where, import_rows, max(1, rounds)))
            if sync:
                figures.update(_first_sync(where, max(1, rounds)))
        finally:
            for f in where.iterdir():
                cipher.forget_given(f)
    figures["machine"] = machine()
    return figures


# label, figure (without the kind), lower is better
ROWS = [
    ("search p50 (ms)", "search_p50_ms", True),
    ("search p95 (ms)", "search_p95_ms", True),
    ("customer view p50 (ms)", "view_p50_ms", True),
    ("customer view p95 (ms)", "view_p95_ms", True),
    ("search again p50 (ms)", "search_again_p50_ms", True),
    ("search again p95 (ms)", "search_again_p95_ms", True),
    ("customer view again p50 (ms)", "view_again_p50_ms", True),
    ("customer view again p95 (ms)", "view_again_p95_ms", True),
    ("import customers (rows/s)", "import_customers_rows_per_s", False),
    ("import contacts (rows/s)", "import_contacts_rows_per_s", False),
    ("first sync (s)", "first_sync_s", True),
    ("demo build (s)", "build_s", True),
    ("store size (MB)", "store_mb", True),
]


def table(figures: dict[str, Any]) -> str:
    """Plain, encrypted, and the encrypted cost as a multiple of plain (time taken)."""
    lines = [f"{'figure':<28}{'plain':>12}{'encrypted':>12}{'cost':>8}"]
    for label, name, lower in ROWS:
        plain, enc = figures.get(f"plain_{name}"), figures.get(f"encrypted_{name}")
        if plain is None or enc is None:
            continue
        cost = (enc / plain if lower else plain / enc) if plain and enc else 0.0
        lines.append(f"{label:<28}{plain!s:>12}{enc!s:>12}{cost:>7.2f}x")
    m = figures.get("machine", {})
    lines.append(f"{figures.get('customers')} customers; machine: {m.get('cpu', '?')}, "
                 f"{m.get('cores', '?')} cores, Python {m.get('python', '?')}")
    return "\n".join(lines)
