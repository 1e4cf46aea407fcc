"""Pieces shared by sub-commands."""

from __future__ import annotations

import argparse
from pathlib import Path

from carecenter.db.store import Store, default_store_path


def add_db(parser: argparse.ArgumentParser, required: bool = False) -> None:
    if required:
        parser.add_argument("--db", type=Path, required=True, metavar="PATH",
                            help="the local store file")
        return
    parser.add_argument(
        "--db", type=Path, metavar="PATH",
        help=f"the local store file (default: {default_store_path()})",
    )


def open_store(args: argparse.Namespace) -> Store:
    """The store named by ``--db`` (or the default one); never made here: a missing store
    is refused (``carecenter init`` and ``demo`` make one)."""
    return Store.open(args.db, create=False)
