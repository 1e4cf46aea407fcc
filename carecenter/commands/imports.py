"""``carecenter import {customers|contacts|holdings|offers} FILE --db PATH`` and
``carecenter import template KIND FILE``."""

from __future__ import annotations

import argparse
import sys
import textwrap
from pathlib import Path

from carecenter.cli import UserError
from carecenter.commands.common import add_db, open_store
from carecenter.commands.import_help import READING, columns_help
from carecenter.commands.import_words import problem_words, reject_words
from carecenter.commands.refusal_words import refusal_sentence
from carecenter.services.imports import (
    BATCH_SIZE,
    KINDS,
    ImportFileError,
    ImportResult,
    Reject,
    import_file,
)
from carecenter.services.imports.fields import local_zone
from carecenter.services.imports.templates import TEMPLATE_KINDS, write_template
from carecenter.services.tasks import TaskState
from carecenter.settings import Settings


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "import", help="import customers, contacts, holdings or offers from CSV or .xlsx",
        description=READING.format(zone=local_zone()) + " 'carecenter import KIND --help' "
                    "lists the columns of each kind.")
    kinds = p.add_subparsers(dest="kind", metavar="KIND", required=True)
    for kind in KINDS:
        k = kinds.add_parser(
            kind, help=f"import {kind} (see: carecenter import {kind} --help)",
            formatter_class=argparse.RawDescriptionHelpFormatter,
            description=textwrap.fill(READING.format(zone=local_zone()), 79) + "\n\n"
            + columns_help(kind))
        k.add_argument("file", type=Path, metavar="FILE", help="the CSV or .xlsx file")
        add_db(k, required=True)
        k.add_argument("--batch-size", type=int, default=BATCH_SIZE, help=argparse.SUPPRESS)
        k.set_defaults(run=run)
    t = kinds.add_parser(
        "template", help="write an example file to fill in: the header and two rows",
        description="Write the header and two example rows of KIND to FILE: an .xlsx "
                    "workbook when FILE ends in .xlsx, else CSV (UTF-8).")
    t.add_argument("template_kind", choices=TEMPLATE_KINDS, metavar="KIND",
                   help=f"one of {', '.join(TEMPLATE_KINDS)}")
    t.add_argument("file", type=Path, metavar="FILE", help="the file to write")
    t.set_defaults(run=run_template)


def print_reject(r: Reject) -> None:
    print(f"line {r.line}: {reject_words(r)}", file=sys.stderr)


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
    if result.encoding and result.encoding not in ("UTF-8", "Excel"):
        text += f" Read as {result.encoding} text."
    if result.kind == "contacts" and result.time_zone:
        text += f" Times without an offset were taken as local time ({result.time_zone})."
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
                             state=state, batch_size=args.batch_size, on_reject=print_reject,
                             describe=problem_words)
    except ImportFileError as exc:
        raise UserError(refusal_sentence(exc)) from None
    finally:
        store.close()
    return finish(result, state)


def run_template(args: argparse.Namespace) -> int:
    try:
        write_template(args.template_kind, args.file)
    except OSError as exc:
        raise UserError(f"{args.file} cannot be written ({exc.strerror or exc}); choose "
                        "another place.") from None
    print(f"Wrote the {args.template_kind} columns and two example rows to {args.file}.")
    return 0
