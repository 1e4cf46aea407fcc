"""``carecenter checklists check [DIR]`` and ``carecenter supervisor export``
(``checklists publish|export``: see ``carecenter.commands.published``).

``checklists check`` validates the checklist templates (the shipped ones, replaced or
extended by DIR, by default this workstation's override folder) and prints each problem
as ``file:line: key: message``; exit 0 when all are good, 1 otherwise.
``supervisor export`` writes the supervisor's figures to one CSV file.
"""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from pathlib import Path

from carecenter.cli import UserError
from carecenter.clock import utcnow
from carecenter.commands import published
from carecenter.commands.common import add_db, open_store
from carecenter.services.cases.checklists import default_override_dir, load_templates
from carecenter.services.supervisor import export_figures_csv


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("checklists", help="checklist templates of the case categories")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    check = actions.add_parser("check", help="validate the templates and list problems")
    check.add_argument("dir", type=Path, nargs="?", metavar="DIR",
                       help=f"override folder (default: {default_override_dir()})")
    check.set_defaults(run=run_check)
    published.add_actions(actions, "checklists")

    s = sub.add_parser("supervisor", help="the supervisor's figures")
    sactions = s.add_subparsers(dest="action", metavar="ACTION", required=True)
    export = sactions.add_parser("export", help="write workload, promises and recovery "
                                 "figures to a CSV file")
    add_db(export, required=True)
    export.add_argument("--out", type=Path, required=True, metavar="FILE.csv",
                        help="the CSV file to write")
    export.add_argument("--since", metavar="YYYY-MM-DD",
                        help="only promises due and cases closed from this day (UTC)")
    export.set_defaults(run=run_export)


def run_check(args: argparse.Namespace) -> int:
    folder: Path | None = args.dir
    if folder is None:
        default = default_override_dir()
        folder = default if default.is_dir() else None
    elif not folder.is_dir():
        raise UserError(f"{folder} is not a folder; give the folder that holds the "
                        "template files (*.toml).")
    templates = load_templates(folder)
    for problem in templates.problems:
        print(problem)
    codes = ", ".join(templates.codes)
    print(f"{len(templates.categories)} categories loaded ({codes}); "
          f"{len(templates.problems)} problem(s).")
    return 1 if templates.problems else 0


def _day(text: str | None) -> datetime | None:
    if text is None:
        return None
    try:
        return datetime.strptime(text, "%Y-%m-%d").replace(tzinfo=UTC)
    except ValueError:
        raise UserError(f'"{text}" is not a date; write it as YYYY-MM-DD.') from None


def run_export(args: argparse.Namespace) -> int:
    since = _day(args.since)
    store = open_store(args)
    try:
        rows = export_figures_csv(store, args.out, utcnow(), since=since)
    finally:
        store.close()
    print(f"Exported {rows} figures to {args.out}.")
    return 0
