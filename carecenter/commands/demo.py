"""``carecenter demo --db PATH --customers N --seed S``: a realistic demo store."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from carecenter import formats
from carecenter.cli import UserError
from carecenter.db.store import Store
from carecenter.demo import StoreNotEmpty, build_demo
from carecenter.services.tasks import TaskState


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "demo", help="build a realistic demo store",
        description="Fill a new or empty store with Italian and English demo customers and "
                    "their history. The same seed and size give the same store. A store "
                    "that already holds data is left as it is.")
    p.add_argument("--db", type=Path, required=True, metavar="PATH",
                   help="the store file to make (or an empty store to fill)")
    p.add_argument("--customers", type=int, default=1000, metavar="N",
                   help="how many customers (default: 1000)")
    p.add_argument("--plain", action="store_true",
                   help="do not encrypt a new store (by default it is encrypted)")
    p.add_argument("--seed", type=int, default=1, metavar="S",
                   help="the random seed: the same seed, the same store (default: 1)")
    p.set_defaults(run=run)


def _progress() -> TaskState | None:
    if not sys.stderr.isatty():
        return None

    def show(fraction: float, what: str) -> None:
        print(f"\r{fraction:4.0%} ({what})", end="", file=sys.stderr, flush=True)

    return TaskState(show)


def run(args: argparse.Namespace) -> int:
    if args.customers < 0:
        raise UserError("The number of customers cannot be negative.")
    started = time.perf_counter()
    state = _progress()
    store = Store.open(args.db, encrypt=not args.plain)
    try:
        summary = build_demo(store, customers=args.customers, seed=args.seed, state=state)
    except StoreNotEmpty as e:
        print(f"{args.db} already holds {e.customers} customers: left as it is "
              "(delete the file to build a new demo).")
        return 0
    finally:
        store.close()
        if state is not None:
            print(file=sys.stderr)
    seconds = time.perf_counter() - started
    print(f"Demo store {args.db}: {summary.customers} customers, {summary.total} rows "
          f"in {formats.seconds(seconds)} (seed {args.seed}).")
    return 0
