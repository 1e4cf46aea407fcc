"""``carecenter init --db PATH``: make a new, empty store (every other command but
``demo`` refuses a missing store rather than making one where a path was mistyped)."""

from __future__ import annotations

import argparse
from pathlib import Path

from carecenter.db.store import Store


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("init", help="create a new, empty store",
                       description="Create a new, empty store at PATH (its folder is made "
                                   "if needed). A store already there is left as it is.")
    p.add_argument("--db", type=Path, required=True, metavar="PATH",
                   help="the store file to create")
    p.add_argument("--plain", action="store_true",
                   help="do not encrypt the new store (by default it is encrypted under a "
                        "key kept in the keyring, or a passphrase where there is none)")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    path: Path = args.db
    existed = path.exists() and path.stat().st_size > 0
    store = Store.open(path, create=True, encrypt=not args.plain)
    store.close()
    if existed:
        print(f"{path} is already a CareCenter store: left as it is.")
    else:
        kind = "an empty store" if args.plain or store.key is None \
            else "an empty encrypted store"
        print(f"Created {kind} at {path}.")
    return 0
