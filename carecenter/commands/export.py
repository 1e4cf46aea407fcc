"""``carecenter export``: one CSV per table, or (``--for-import``) the import files."""

from __future__ import annotations

import argparse
from pathlib import Path

from carecenter.commands.common import add_db, open_store
from carecenter.services.export import export_csv
from carecenter.services.export_for_import import export_for_import


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("export", help="write one CSV per table, or the import files")
    add_db(p, required=True)
    p.add_argument("--out", type=Path, required=True, metavar="DIR",
                   help="the folder to write into (made when missing)")
    p.add_argument("--for-import", action="store_true",
                   help="write customers.csv, offers.csv, holdings.csv and contacts.csv in "
                        "the columns 'carecenter import' takes, to import elsewhere")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    store = open_store(args)
    try:
        if args.for_import:
            files = export_for_import(store, args.out)
            print(f"Wrote {', '.join(f'{n} {kind}' for kind, n in files.items())} to "
                  f"{args.out}; import them in that order.")
            return 0
        counts = export_csv(store, args.out)
    finally:
        store.close()
    total = sum(counts.values())
    print(f"Exported {total} rows in {len(counts)} tables to {args.out}.")
    return 0
