"""``carecenter bench [--customers N] [--json]``: the project's figures beside raw ones."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from carecenter.commands.common import add_db


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "bench", help="measure search, customer view, screen pop, start-up and imports",
        description="Builds (or reuses) a demo store of N customers and prints each figure "
                    "beside the raw SQLite or bare Qt figure for the same work.")
    p.add_argument("suite", nargs="?", choices=("core", "sync", "calllists"),
                   default="core", help="core (default), sync or calllists")
    p.add_argument("--customers", type=int, default=1_000_000, metavar="N")
    add_db(p)
    p.add_argument("--samples", type=int, default=300, metavar="K",
                   help="queries and customer views to time (default 300)")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--no-gui", action="store_true", help="skip the console figures")
    p.add_argument("--starts", type=int, default=3, metavar="K",
                   help="cold starts of each kind, median taken (default 3)")
    p.add_argument("--import-rows", type=int, default=50_000, metavar="N",
                   help="customers for the import figures, 4 contacts each (0: skip them)")
    p.add_argument("--simulate", type=int, default=0, metavar="EXAMPLES",
                   help="sync: also run the sync simulation with this many examples")
    p.add_argument("--replicas", type=int, default=50, metavar="N",
                   help="sync: workstations pushing and pulling at once (default 50)")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.suite == "sync":
        from carecenter.bench.sync_figures import run_sync_bench

        figures = run_sync_bench(args.customers, db=args.db, simulate_examples=args.simulate,
                                 replicas=args.replicas)
        if not args.json:
            from carecenter.bench.sync_figures import table as sync_table

            print(sync_table(figures))
            return 0
    elif args.suite == "calllists":
        from carecenter.bench.calllists import run_calllists_bench

        figures = run_calllists_bench(args.customers, db=args.db)
    else:
        from carecenter.bench.core import run_core_bench

        figures = run_core_bench(args.customers, db=args.db, samples=args.samples,
                                 gui=not args.no_gui, starts=max(1, args.starts),
                                 import_rows=max(0, args.import_rows))
    if args.json:
        print(json.dumps(figures, indent=2, sort_keys=True))
    else:
        from carecenter.bench.core import table

        print(table(figures))
    return 0


def default_bench_path(customers: int) -> Path:
    import platformdirs

    return platformdirs.user_cache_path("carecenter") / f"bench-{customers}.db"
