"""``carecenter export``: one CSV per table."""

from __future__ import annotations

import argparse
from pathlib import Path

from carecenter.commands.common import add_db, open_store
from carecenter.services.export import export_csv


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("export", help="write one CSV per table")
    add_db(p, required=True)
    p.add_argument("--out", type=Path, required=True, metavar="DIR",
                   help="the folder to write the CSV files to")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    store = open_store(args)
    try:
        counts = export_csv(store, args.out)
    finally:
        store.close()
    total = sum(counts.values())
    print(f"Exported {total} rows in {len(counts)} tables to {args.out}.")
    return 0
