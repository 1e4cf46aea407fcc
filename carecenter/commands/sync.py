"""``carecenter sync [--db PATH] [--hub URL]``: one round with the hub service, as the
agent signed in on this workstation (``carecenter login``)."""

from __future__ import annotations

import argparse

from carecenter.commands.common import add_db, open_store
from carecenter.commands.words import purge_held_sentence


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("sync", help="one sync round with the hub; prints what moved")
    add_db(p)
    p.add_argument("--hub", metavar="URL",
                   help="the hub service (https://HOST:PORT; default: hub_url in the settings)")
    p.add_argument("--agent", metavar="NAME",
                   help="sync as this signed-in agent (default: agent_name in the settings)")
    p.add_argument("--allow-purge", action="store_true",
                   help="let a purge go ahead (a sync deleting more than 20%% of the "
                        "customers, phone numbers or e-mail addresses here), also one held "
                        "by an earlier sync")
    p.set_defaults(run=run_sync)


def run_sync(args: argparse.Namespace) -> int:
    from carecenter.cli import UserError
    from carecenter.settings import Settings
    from carecenter.sync import credentials
    from carecenter.sync.http_transport import clean_service_url, is_service_url
    from carecenter.sync.replica import sync_once

    settings = Settings.load()
    url = clean_service_url(str(args.hub or settings.hub_url or ""))
    if not url:
        raise UserError("No hub is set: give the hub service's address with --hub "
                        "https://HOST:PORT, or sign in once with `carecenter login`.")
    if not is_service_url(url):
        raise UserError("Workstations sync through the hub service, never with the hub "
                        "database's own address: give the service's address "
                        "(https://HOST:PORT) that IT gave you.")
    name = " ".join(str(args.agent or settings.agent_name or "").split())
    token = credentials.get_token(url, name) if name else None
    if token is None:
        who = f" as {name}" if name else ""
        raise UserError(f"This workstation is not signed in to {url}{who}: run "
                        "`carecenter login` first.")
    store = open_store(args)
    try:
        from carecenter.services import purges
        from carecenter.services.signin import author_tokens

        if args.allow_purge:  # the purges held by earlier rounds go ahead too
            purges.release_all(store)
        report = sync_once(store, url, token=token, tokens=author_tokens(store, url),
                           confirm_purge=(lambda _n, _t: True) if args.allow_purge else None)
        held = purges.pending(store)
    finally:
        store.close()
    if report.error:  # no line of success before it: the error alone
        raise UserError(report.error)
    print(f"Pushed {report.pushed} changes, pulled {report.pulled} rows, "
          f"{report.conflicts} conflicts or probable duplicates flagged; "
          f"{report.pending} changes waiting to be sent.")
    if report.set_aside:
        print(f"{report.set_aside} changes the hub refused are set aside on this workstation "
              "(the console lists them under Sync → Not sent).")
    for h in held:
        print(purge_held_sentence(h.table, h.rows, h.live))
    return 0
