"""``carecenter import {customers|contacts|holdings|offers} FILE --db PATH``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from carecenter.cli import UserError
from carecenter.commands.common import add_db, open_store
from carecenter.services.imports import (
    BATCH_SIZE,
    KINDS,
    ImportFileError,
    ImportResult,
    Reject,
    import_file,
)
from carecenter.services.tasks import TaskState
from carecenter.settings import Settings


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "import", help="import customers, contacts, holdings or offers from a CSV file",
        description="Import a CSV file (UTF-8, comma or semicolon). Rejected rows are "
                    "reported with their line number and written to FILE.rejects.csv; "
                    "importing the same file again changes nothing. Exit code 1 when some "
                    "rows were rejected.")
    p.add_argument("kind", choices=KINDS, help="what the file holds")
    p.add_argument("file", type=Path, metavar="FILE", help="the file to import")
    add_db(p, required=True)
    p.add_argument("--batch-size", type=int, default=BATCH_SIZE, help=argparse.SUPPRESS)
    p.set_defaults(run=run)


def print_reject(r: Reject) -> None:
    print(f"line {r.line}: {r.reason}", file=sys.stderr)


def progress_printer() -> TaskState | None:
    """Progress on stderr, only when a person watches it."""
    if not sys.stderr.isatty():
        return None

    def show(fraction: float, rows: str) -> None:
        print(f"\r{fraction:4.0%} ({rows} rows read)", end="", file=sys.stderr, flush=True)

    return TaskState(show)


def summary(result: ImportResult) -> str:
    rows = "row" if result.rows == 1 else "rows"
    parts = [f"{result.kind}: {result.rows} {rows} read, {result.imported} imported, "
             f"{result.unchanged} already there, {result.rejected} rejected"]
    for what, n in sorted(result.created.items()):
        parts.append(f"{n} new {what}{'s' if n != 1 else ''} created")
    text = "; ".join(parts) + "."
    if result.unknown_columns:
        text += f" Unknown columns ignored: {', '.join(result.unknown_columns)}."
    if result.rejects_path is not None:
        text += f" Rejected rows are in {result.rejects_path}."
    return text


def finish(result: ImportResult, state: TaskState | None) -> int:
    if state is not None:
        print(file=sys.stderr)
    print(summary(result))
    return 0 if result.ok else 1


def run(args: argparse.Namespace) -> int:
    if args.batch_size < 1:
        raise UserError("--batch-size must be 1 or more.")
    store = open_store(args)
    state = progress_printer()
    try:
        result = import_file(store, args.kind, args.file, region=Settings.load().region,
                             state=state, batch_size=args.batch_size, on_reject=print_reject)
    except ImportFileError as exc:
        raise UserError(str(exc)) from None
    finally:
        store.close()
    return finish(result, state)
