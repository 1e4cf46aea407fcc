"""``carecenter login`` / ``carecenter logout``: sign this workstation in to the hub
service as an agent (the device token goes to the OS keyring only)."""

from __future__ import annotations

import argparse
import getpass
import sys

from carecenter.commands.common import add_db, open_store


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("login", help="sign this workstation in to the hub service")
    add_db(p)
    p.add_argument("--hub", metavar="URL", help="the hub service (https://HOST:PORT; "
                   "default: hub_url in the settings)")
    p.add_argument("--agent", metavar="NAME", help="who signs in (default: agent_name in "
                   "the settings)")
    p.add_argument("--password-stdin", action="store_true",
                   help="read the password from standard input (one line)")
    p.set_defaults(run=run_login)
    q = sub.add_parser("logout", help="forget this workstation's token for an agent")
    q.add_argument("--hub", metavar="URL", help="the hub service (default: hub_url in the "
                   "settings)")
    q.add_argument("--agent", metavar="NAME", help="whose token to forget (default: "
                   "agent_name in the settings)")
    q.set_defaults(run=run_logout)


def _who(args: argparse.Namespace) -> tuple[str, str]:
    from carecenter.cli import UserError
    from carecenter.settings import Settings
    from carecenter.sync.http_transport import clean_service_url

    s = Settings.load()
    url = clean_service_url(str(args.hub or s.hub_url or ""))
    name = " ".join(str(args.agent or s.agent_name or "").split())
    if not url:
        raise UserError("No hub service is set: give its address with --hub https://HOST:PORT.")
    if not name:
        raise UserError("Say who signs in with --agent NAME.")
    return url, name


def run_login(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from carecenter.cli import UserError
    from carecenter.commands.words import signin_error
    from carecenter.services.signin import SignInError, sign_in
    from carecenter.settings import Settings
    from carecenter.sync import credentials

    url, name = _who(args)
    if args.password_stdin or not sys.stdin.isatty():
        password = sys.stdin.readline().rstrip("\r\n")
        if not password:
            raise UserError("No password was given on standard input.")
    else:
        password = getpass.getpass(f"Password of {name} at {url}: ")
    store = open_store(args)
    try:
        who, token = sign_in(store, url, name, password)
    except SignInError as exc:
        raise signin_error(exc) from exc
    finally:
        store.close()
    kept = credentials.save_token(url, who.name, token)
    s = Settings.load()
    replace(s, hub_url=url, agent_name=who.name).save()
    print(f"Signed in as {who.name} ({who.role}) at {url}.")
    if not kept:
        print("This computer has no keyring, so the token is not kept: the console asks for "
              "the password each session, and `carecenter sync` cannot run on its own.",
              file=sys.stderr)
    return 0


def run_logout(args: argparse.Namespace) -> int:
    from carecenter.sync import credentials

    url, name = _who(args)
    credentials.forget_token(url, name)
    print(f"This workstation no longer holds a token for {name} at {url}.")
    return 0
