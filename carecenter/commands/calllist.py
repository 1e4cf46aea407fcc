"""``carecenter calllist {import|show|export}``: load a campaign's list, see it live."""

from __future__ import annotations

import argparse
import csv
import sys
from datetime import UTC, date, datetime, time
from pathlib import Path

from carecenter.cli import UserError
from carecenter.commands.common import add_db, open_store
from carecenter.commands.import_help import columns_help
from carecenter.commands.import_words import problem_words
from carecenter.commands.imports import finish, print_reject, progress_printer
from carecenter.commands.refusal_words import refusal_sentence
from carecenter.services.calls.calllist import evaluate, export_list
from carecenter.services.calls.campaigns import CampaignError, find_campaign, import_call_list
from carecenter.services.imports import ImportFileError


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("calllist", help="load and show campaign call lists")
    verbs = p.add_subparsers(dest="verb", metavar="VERB", required=True)
    i = verbs.add_parser(
        "import", help="add the customers of a CSV or .xlsx file (customer_ref column) to "
                       "a campaign's list",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Add the customers of FILE to the campaign's list; a customer already "
                    "on it stays where it is.\n\n" + columns_help("calllist")
                    + "\n\n'carecenter import template calllist FILE' writes this example.")
    add_db(i, required=True)
    i.add_argument("--campaign", required=True, metavar="NAME",
                   help="the campaign's name (carecenter campaign create)")
    i.add_argument("file", type=Path, metavar="FILE", help="the CSV or .xlsx file")
    i.set_defaults(run=run_import)
    for name, helptext in (("show", "print each entry: customer_ref,status,reasons"),
                           ("export", "write the reconciled list as CSV for a dialer")):
        v = verbs.add_parser(name, help=helptext)
        add_db(v, required=True)
        v.add_argument("--campaign", required=True, metavar="NAME",
                       help="the campaign's name")
        v.add_argument("--as-of", metavar="DATE", type=as_of,
                       help="evaluate as of this moment (ISO date or date-time, UTC; "
                            "default now)")
        if name == "show":
            v.add_argument("--format", choices=("csv", "table"), default="csv",
                           help="csv (default) or an aligned table")
            v.set_defaults(run=run_show)
        else:
            v.add_argument("--out", type=Path, required=True, metavar="FILE",
                           help="the CSV file to write")
            v.add_argument("--all", action="store_true",
                           help="also write the entries to skip (default: only those "
                                "that may be called)")
            v.set_defaults(run=run_export)


def as_of(value: str) -> datetime:
    """An ISO date (midnight UTC at its start) or date-time (UTC when no offset)."""
    try:
        if len(value.strip()) <= 10:
            return datetime.combine(date.fromisoformat(value.strip()), time(), UTC)
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{value!r} is not a date like 2024-03-31 or 2024-03-31T14:00") from None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def run_import(args: argparse.Namespace) -> int:
    store = open_store(args)
    state = progress_printer()
    try:
        result = import_call_list(store, args.campaign, args.file, state=state,
                                  on_reject=print_reject, describe=problem_words)
    except CampaignError as exc:
        raise UserError(refusal_sentence(exc)) from None
    except ImportFileError as exc:
        raise UserError(refusal_sentence(exc)) from None
    finally:
        store.close()
    return finish(result, state)


def run_show(args: argparse.Namespace) -> int:
    store = open_store(args)
    try:
        info = find_campaign(store, args.campaign)
        entries = evaluate(store, info.id, args.as_of)
    except CampaignError as exc:
        raise UserError(refusal_sentence(exc)) from None
    finally:
        store.close()
    rows = [(e.customer_ref, e.status.value, "|".join(r.value for r in e.reasons))
            for e in entries]
    if args.format == "csv":
        w = csv.writer(sys.stdout, lineterminator="\n")
        w.writerow(("customer_ref", "status", "reasons"))
        w.writerows(rows)
        return 0
    head = ("customer_ref", "status", "reasons")
    widths = [max([len(h), *(len(r[n]) for r in rows)]) for n, h in enumerate(head)]
    for r in (head, *rows):
        print("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip())
    return 0


def run_export(args: argparse.Namespace) -> int:
    store = open_store(args)
    try:
        info = find_campaign(store, args.campaign)
        counts = export_list(store, info.id, args.out, args.as_of, include_skipped=args.all)
    except CampaignError as exc:
        raise UserError(refusal_sentence(exc)) from None
    finally:
        store.close()
    print(f"Wrote {counts.written} of {counts.entries} entries to {args.out} "
          f"({counts.skipped} to skip were {'included' if args.all else 'left out'}).")
    return 0
