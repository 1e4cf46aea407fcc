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
    p.add_argument("suite", nargs="?",
                   choices=("core", "sync", "calllists", "hub", "duplicates", "cipher"),
                   default="core",
                   help="core (default), sync, calllists, hub, duplicates (the duplicate "
                        "check's precision and recall on injected typos, and its speed), or "
                        "cipher (an encrypted store's search, view, import and first sync "
                        "beside a plain one's)")
    p.add_argument("--customers", type=int, default=None, metavar="N",
                   help="customers (default 1,000,000; hub: 5,000 on the hub)")
    add_db(p)
    p.add_argument("--samples", type=int, default=300, metavar="K",
                   help="queries and customer views to time (default 300)")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--no-gui", action="store_true", help="skip the console figures")
    p.add_argument("--no-speed", action="store_true",
                   help="duplicates: the precision and recall only, no timings")
    p.add_argument("--starts", type=int, default=3, metavar="K",
                   help="cold starts of each kind, median taken (default 3)")
    p.add_argument("--import-rows", type=int, default=50_000, metavar="N",
                   help="customers for the import figures, 4 contacts each (0: skip them)")
    p.add_argument("--simulate", type=int, default=0, metavar="EXAMPLES",
                   help="sync: also run the sync simulation with this many examples")
    p.add_argument("--replicas", type=int, default=50, metavar="N",
                   help="sync: workstations pushing and pulling at once (default 50)")
    hub = p.add_argument_group("hub: workstations against the hub service (PostgreSQL)")
    hub.add_argument("--workstations", type=int, default=1000, metavar="N",
                     help="simulated workstations, one signed-in device each (default 1000)")
    hub.add_argument("--seconds", type=float, default=30.0, metavar="S",
                     help="measured seconds per configuration, after a warm-up of one "
                          "interval (default 30)")
    hub.add_argument("--push-rate", type=float, default=200.0, metavar="OPS",
                     help="ops written per second over all workstations (default 200)")
    hub.add_argument("--interval", type=float, default=30.0, metavar="S",
                     help="seconds between a workstation's sync rounds (default 30)")
    hub.add_argument("--capacity-seconds", type=float, default=10.0, metavar="S",
                     help="seconds of the closed loop for the throughput ratio (default 10)")
    hub.add_argument("--signins", type=int, default=16, metavar="N",
                     help="workstations that sign in over HTTP (default 16; the others' "
                          "devices are written directly)")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.suite == "hub":
        from carecenter.bench.hub_load import run_hub_bench

        figures = run_hub_bench(
            args.workstations, seconds=args.seconds, push_rate=args.push_rate,
            interval=args.interval, customers=args.customers or 5000,
            capacity_seconds=args.capacity_seconds, signins=args.signins)
        if not args.json:
            from carecenter.bench.hub_report import table as hub_table

            print(hub_table(figures))
            return 0
    elif args.suite == "sync":
        from carecenter.bench.sync_figures import run_sync_bench

        figures = run_sync_bench(args.customers or 1_000_000, db=args.db,
                                 simulate_examples=args.simulate, replicas=args.replicas)
        if not args.json:
            from carecenter.bench.sync_figures import table as sync_table

            print(sync_table(figures))
            return 0
    elif args.suite == "duplicates":
        from carecenter.bench.duplicates import run_duplicates_bench

        figures = run_duplicates_bench(args.customers or 1_000_000, db=args.db,
                                       samples=args.samples, speed=not args.no_speed)
    elif args.suite == "cipher":
        from carecenter.bench.cipher_figures import run_cipher_bench
        from carecenter.bench.cipher_figures import table as cipher_table

        figures = run_cipher_bench(args.customers or 20_000, samples=args.samples,
                                   import_rows=max(0, args.import_rows))
        if not args.json:
            print(cipher_table(figures))
            return 0
    elif args.suite == "calllists":
        from carecenter.bench.calllists import run_calllists_bench

        figures = run_calllists_bench(args.customers or 1_000_000, db=args.db)
    else:
        from carecenter.bench.core import run_core_bench

        figures = run_core_bench(args.customers or 1_000_000, db=args.db, samples=args.samples,
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
