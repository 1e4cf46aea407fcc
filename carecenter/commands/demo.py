"""``carecenter demo``: a realistic demo store (being written: see carecenter/demo/)."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("demo", help="build a realistic demo store")
    p.add_argument("--db", type=Path, required=True, metavar="PATH")
    p.add_argument("--customers", type=int, default=1000)
    p.add_argument("--seed", type=int, default=1)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    raise NotImplementedError
