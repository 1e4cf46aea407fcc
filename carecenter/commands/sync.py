"""``carecenter sync --db PATH --hub URL`` (one round) and ``carecenter hub init --hub URL``."""

from __future__ import annotations

import argparse
import getpass
import sys

from carecenter.commands.common import add_db, open_store


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("sync", help="one sync round with the hub; prints what moved")
    add_db(p)
    p.add_argument("--hub", metavar="URL",
                   help="the hub (SQLAlchemy URL; default: hub_url in the settings)")
    p.add_argument("--allow-purge", action="store_true",
                   help="go on when the sync would delete more than 20%% of the rows here")
    p.set_defaults(run=run_sync)

    h = sub.add_parser("hub", help="set up the hub")
    hs = h.add_subparsers(dest="hub_command", metavar="ACTION", required=True)
    init = hs.add_parser("init", help="create or migrate the hub schema")
    init.add_argument("--hub", metavar="URL", required=True)
    init.set_defaults(run=run_hub_init)


def _hub_url(args: argparse.Namespace) -> str:
    from carecenter.cli import UserError
    from carecenter.settings import Settings

    url = args.hub or Settings.load().hub_url
    if not url:
        raise UserError("No hub is set: give one with --hub URL "
                        "(for example sqlite:///hub.db or postgresql+psycopg://host/db).")
    return str(url)


def _ask(prompt: str) -> str | None:
    from carecenter.cli import UserError
    from carecenter.sync.credentials import keyring_status

    if not sys.stdin.isatty():
        if not keyring_status().available:
            raise UserError("The hub needs a password, this computer has no keyring to keep "
                            "it and there is no terminal to ask for it: run this command in "
                            "a terminal, which asks for it each time and stores nothing.")
        raise UserError("The hub needs a password, none is stored in the keyring and there "
                        "is no terminal to ask for it: run this command once in a terminal, "
                        "which keeps it in the keyring.")
    return getpass.getpass(f"{prompt}: ")


def _password(url: str) -> str | None:
    from sqlalchemy.exc import ArgumentError

    from carecenter.cli import UserError
    from carecenter.sync import credentials

    try:
        return credentials.resolve_password(url, _ask)
    except (ArgumentError, ValueError) as exc:  # a malformed URL
        raise UserError(f"The hub address {url!r} is not a valid SQLAlchemy URL "
                        "(for example sqlite:///hub.db or postgresql+psycopg://host/db).") from exc


def run_sync(args: argparse.Namespace) -> int:
    from carecenter.cli import UserError
    from carecenter.sync.replica import sync_once

    url = _hub_url(args)
    password = _password(url)
    store = open_store(args)
    try:
        report = sync_once(store, url, password=password,
                           confirm_purge=(lambda _n, _t: True) if args.allow_purge else None)
    finally:
        store.close()
    print(f"Pushed {report.pushed} changes, pulled {report.pulled} rows, "
          f"{report.conflicts} conflicts or probable duplicates flagged; "
          f"{report.pending} changes waiting to be sent.")
    if report.error:
        raise UserError(report.error)
    if password is not None:
        from carecenter.sync import credentials

        credentials.save_password(url, password)
    return 0


def run_hub_init(args: argparse.Namespace) -> int:
    from sqlalchemy.exc import DBAPIError

    from carecenter.cli import UserError
    from carecenter.sync.credentials import account
    from carecenter.sync.hub import init_hub

    url = str(args.hub)
    try:
        password = _password(url)
        hub_id = init_hub(url, password)
    except DBAPIError as exc:
        reason = str(exc.orig).strip().splitlines()[0] if str(exc.orig).strip() else "error"
        raise UserError(f"The hub at {account(url)} could not be set up ({reason}).") from exc
    print(f"Hub {account(url)} is ready (id {hub_id}).")
    return 0
