"""Pieces shared by sub-commands."""

from __future__ import annotations

import argparse
from pathlib import Path

from carecenter.db.store import Store, default_store_path


def add_db(parser: argparse.ArgumentParser, required: bool = False) -> None:
    parser.add_argument(
        "--db", type=Path, required=required, metavar="PATH",
        help=f"the local store (default: {default_store_path()})",
    )


def open_store(args: argparse.Namespace) -> Store:
    return Store.open(args.db)
