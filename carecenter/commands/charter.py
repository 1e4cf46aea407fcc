"""``carecenter charter publish|show``: the service charter (our promises and rules), for
administrators. A published charter is data in the store and reaches every workstation by
sync; until one is published the shipped one applies.

    carecenter charter publish DIR --db PATH [--by NAME]   (DIR holds charter.en.md and
                                                            charter.it.md)
    carecenter charter show --db PATH [--lang it]          (the charter in effect)

A publish is all or nothing: every problem of the folder is printed and, when there is one,
nothing is written. Publishing the same folder twice changes nothing the second time.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from carecenter.clock import utcnow
from carecenter.commands.common import add_db, open_store
from carecenter.commands.published import _who
from carecenter.services import charter


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("charter", help="publish or show the service charter (Markdown)")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    pub = actions.add_parser("publish", help="check and publish charter.en.md and "
                             "charter.it.md of a folder to every workstation (by sync)")
    pub.add_argument("dir", type=Path, metavar="DIR", help="the folder of the charter files")
    add_db(pub, required=True)
    pub.add_argument("--by", default=_who(), metavar="NAME",
                     help="who publishes (default: this user)")
    pub.set_defaults(run=run)
    show = actions.add_parser("show", help="print the charter in effect")
    add_db(show, required=True)
    show.add_argument("--lang", choices=charter.LANGUAGES, default="en",
                      help="the language to print (default: en)")
    show.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from carecenter.cli import UserError

    store = open_store(args)
    try:
        if args.action == "show":
            c = charter.load_charter(store, args.lang)
            print(c.title)
            for clause in c.clauses:
                print(f"\n{clause.number}. {clause.title}\n{clause.text}")
            return 0
        try:
            result = charter.publish_charter(store, args.dir, by=args.by, now=utcnow())
        except charter.CharterFileError as exc:
            raise UserError(str(exc)) from exc
    finally:
        store.close()
    if not (result.added or result.changed):
        print(f"Published {args.dir}: the charter was already the same; nothing changed.")
    else:
        print(f"Published {args.dir}: charter languages {result.added} added, "
              f"{result.changed} changed, {result.unchanged} unchanged.")
    return 0
