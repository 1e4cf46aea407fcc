"""``carecenter checklists|playbooks publish|export``: the checklist templates and the
playbooks, for administrators. Published ones are data in the store and reach every
workstation by sync; until one is published the shipped files apply (and are what
export writes).

    carecenter checklists publish DIR --db PATH [--by NAME]
    carecenter checklists export --db PATH --out DIR
    carecenter playbooks publish DIR --db PATH [--by NAME]
    carecenter playbooks export --db PATH --out DIR

A publish is all or nothing: every file of DIR is checked first, each problem is printed
as ``file:line: message`` and, when one is broken, nothing is written. Publishing the
same folder twice changes nothing the second time.
"""

from __future__ import annotations

import argparse
import getpass
from pathlib import Path

from carecenter.clock import utcnow
from carecenter.commands.common import add_db, open_store
from carecenter.services import published


def _who() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return ""


def add_actions(actions: argparse._SubParsersAction[argparse.ArgumentParser],
                what: str) -> None:
    """``publish`` and ``export`` under the ``checklists`` or ``playbooks`` command."""
    noun = "checklist templates (*.toml)" if what == "checklists" else "playbooks (*.md)"
    pub = actions.add_parser("publish", help=f"check and publish the {noun} of a folder "
                             "to every workstation (by sync)")
    pub.add_argument("dir", type=Path, metavar="DIR", help=f"the folder of {noun}")
    add_db(pub, required=True)
    pub.add_argument("--by", default=_who(), metavar="NAME",
                     help="who publishes (default: this user)")
    pub.set_defaults(run=run, what=what)
    exp = actions.add_parser("export", help=f"write the {noun} in effect to a folder")
    add_db(exp, required=True)
    exp.add_argument("--out", type=Path, required=True, metavar="DIR",
                     help="the folder to write them to")
    exp.set_defaults(run=run, what=what)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("playbooks", help="publish or export the playbooks (Markdown)")
    add_actions(p.add_subparsers(dest="action", metavar="ACTION", required=True),
                "playbooks")


def run(args: argparse.Namespace) -> int:
    from carecenter.cli import UserError

    templates = args.what == "checklists"
    noun = "templates" if templates else "playbooks"
    store = open_store(args)
    try:
        if args.action == "export":
            written = (published.export_templates(store, args.out) if templates
                       else published.export_playbooks(store, args.out))
            print(f"Exported {len(written)} {noun} to {args.out}.")
            return 0
        try:
            result = (published.publish_templates if templates else published.publish_playbooks)(
                store, args.dir, by=args.by, now=utcnow())
        except published.PublishError as exc:
            raise UserError(str(exc)) from exc
    finally:
        store.close()
    if not (result.added or result.changed):
        print(f"Published {args.dir}: the {noun} were already the same; nothing changed.")
    else:
        print(f"Published {args.dir}: {noun} {result.added} added, {result.changed} changed, "
              f"{result.unchanged} unchanged.")
    return 0
