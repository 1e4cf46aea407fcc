"""``carecenter hub init|serve|agent|device``: the hub, run where the hub service runs.

These commands hold the hub database's URL (its password in the OS keyring, or in libpq's
own ``PGPASSWORD``/``.pgpass`` for a service account); workstations never do.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from typing import Any, TypeVar

from carecenter import formats
from carecenter.commands.words import identity_error

ROLES = ("agent", "senior", "supervisor", "admin")
T = TypeVar("T")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    h = sub.add_parser("hub", help="set up and run the hub (where the hub service runs)")
    hs = h.add_subparsers(dest="hub_command", metavar="ACTION", required=True)

    init = hs.add_parser("init", help="create or migrate the hub schema")
    _hub_arg(init)
    init.set_defaults(run=run_init)

    serve = hs.add_parser("serve", help="run the hub service (HTTP or HTTPS)")
    _hub_arg(serve)
    serve.add_argument("--listen", metavar="HOST:PORT", default="127.0.0.1:8765",
                       help="where to listen (default 127.0.0.1:8765)")
    serve.add_argument("--tls-cert", metavar="FILE", help="certificate (PEM) for HTTPS")
    serve.add_argument("--tls-key", metavar="FILE", help="its private key (PEM)")
    serve.set_defaults(run=run_serve)

    agent = hs.add_parser("agent", help="agents who may sign in")
    ag = agent.add_subparsers(dest="agent_command", metavar="ACTION", required=True)
    add = ag.add_parser("add", help="add an agent (asks for the password)")
    _hub_arg(add)
    add.add_argument("name", help="the name the agent signs in with")
    add.add_argument("--role", choices=ROLES, default="agent",
                     help="what the agent may do (default: agent)")
    add.add_argument("--store", metavar="SHOP", help="the shop the agent works in")
    add.add_argument("--team", metavar="TEAM", help="the agent's team")
    add.add_argument("--password-stdin", action="store_true",
                     help="read the password from standard input (one line)")
    add.set_defaults(run=run_agent_add)
    lst = ag.add_parser("list", help="list the agents")
    _hub_arg(lst)
    lst.set_defaults(run=run_agent_list)
    role = ag.add_parser("role", help="change an agent's role")
    _hub_arg(role)
    role.add_argument("name", help="the agent's sign-in name")
    role.add_argument("role", choices=ROLES, help="the new role")
    role.set_defaults(run=run_agent_role)
    for verb, flag, what in (("disable", True, "stop an agent signing in and syncing"),
                             ("enable", False, "let a disabled agent sign in again")):
        d = ag.add_parser(verb, help=what)
        _hub_arg(d)
        d.add_argument("name", help="the agent's sign-in name")
        d.set_defaults(run=run_agent_disable, disabled=flag)
    pw = ag.add_parser("password", help="set an agent's password")
    _hub_arg(pw)
    pw.add_argument("name", help="the agent's sign-in name")
    pw.add_argument("--password-stdin", action="store_true",
                    help="read the password from standard input (one line)")
    pw.set_defaults(run=run_agent_password)

    device = hs.add_parser("device", help="workstations agents signed in from")
    dv = device.add_subparsers(dest="device_command", metavar="ACTION", required=True)
    dl = dv.add_parser("list", help="list the devices")
    _hub_arg(dl)
    dl.add_argument("--agent", metavar="NAME", help="only this agent's devices")
    dl.set_defaults(run=run_device_list)
    rv = dv.add_parser("revoke", help="revoke a device: its next request is refused")
    _hub_arg(rv)
    rv.add_argument("device", metavar="DEVICE_ID", help="the device, as `device list` shows it")
    rv.set_defaults(run=run_device_revoke)


def _hub_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--hub", metavar="URL", required=True,
                   help="the hub database (sqlite:///hub.db or postgresql+psycopg://host/db)")


def _where(url: str) -> str:
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return "the hub"


def open_hub(args: argparse.Namespace) -> Any:
    """The ``Hub`` of ``--hub`` (checked: initialised, current)."""
    from sqlalchemy.exc import ArgumentError

    from carecenter.cli import UserError
    from carecenter.sync import credentials
    from carecenter.sync.hub import Hub
    from carecenter.sync.protocol import SyncRefused, TransportError

    url = str(args.hub)
    if url.startswith(("http://", "https://")):
        raise UserError(f"{url} is the hub service's address: these commands take the hub "
                        "database's URL (sqlite:///hub.db or postgresql+psycopg://host/db) "
                        "and run where the service runs.")
    try:
        hub = Hub(url, password=credentials.get_password(url))
        hub.hub_id  # noqa: B018 (checks the schema)
    except (ArgumentError, ValueError) as exc:
        raise UserError(f"The hub address {_where(url)!r} is not a valid database URL "
                        "(for example sqlite:///hub.db or postgresql+psycopg://host/db).") \
            from exc
    except SyncRefused as exc:
        raise UserError(exc.message) from exc
    except TransportError as exc:
        raise UserError(f"The hub database at {_where(url)} cannot be reached: check that "
                        "it runs and that its password is in the keyring or in PGPASSWORD.") \
            from exc
    return hub


def run_init(args: argparse.Namespace) -> int:
    from sqlalchemy.exc import ArgumentError, DBAPIError

    from carecenter.cli import UserError
    from carecenter.sync import credentials
    from carecenter.sync.hub import init_hub

    url = str(args.hub)
    try:
        hub_id = init_hub(url, credentials.get_password(url))
    except (ArgumentError, ValueError) as exc:
        raise UserError(f"The hub address {_where(url)!r} is not a valid database URL "
                        "(for example sqlite:///hub.db or postgresql+psycopg://host/db).") \
            from exc
    except DBAPIError as exc:
        reason = type(exc.orig).__name__
        raise UserError(f"The hub at {_where(url)} could not be set up ({reason}): check "
                        "that the database runs and that this account may create tables.") \
            from exc
    print(f"Hub {_where(url)} is ready (id {hub_id}).")
    return 0


def run_serve(args: argparse.Namespace) -> int:
    from carecenter.cli import UserError
    from carecenter.hub.service import serve

    host, _, port = str(args.listen).rpartition(":")
    if not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise UserError(f"--listen {args.listen!r} is not HOST:PORT (for example "
                        "0.0.0.0:8765).")
    if bool(args.tls_cert) != bool(args.tls_key):
        raise UserError("HTTPS needs both --tls-cert and --tls-key.")
    hub = open_hub(args)
    scheme = "https" if args.tls_cert else "http"
    print(f"Hub service for {_where(args.hub)} on {scheme}://{host}:{port} "
          f"(OpenAPI at /openapi.json); Ctrl+C stops it.", flush=True)
    try:
        serve(hub, host.strip("[]"), int(port), tls_cert=args.tls_cert, tls_key=args.tls_key)
    finally:
        hub.close()
    return 0


def _read_password(args: argparse.Namespace, prompt: str) -> str:
    from carecenter.cli import UserError

    if getattr(args, "password_stdin", False) or not sys.stdin.isatty():
        line = sys.stdin.readline()
        if not line:
            raise UserError("No password was given on standard input.")
        return line.rstrip("\r\n")
    first = getpass.getpass(f"{prompt}: ")
    if getpass.getpass("The same again: ") != first:
        raise UserError("The two passwords differ: nothing was changed.")
    return first


def _with_identity(args: argparse.Namespace, work: Callable[[Any], T]) -> T:
    """Run ``work(identity)`` on the hub of ``--hub``; a refusal becomes one sentence."""
    from carecenter.hub.identity import Identity, IdentityError

    ident = Identity(open_hub(args))
    try:
        return work(ident)
    except IdentityError as exc:
        raise identity_error(exc) from exc
    finally:
        ident.hub.close()


def run_agent_add(args: argparse.Namespace) -> int:
    info = _with_identity(args, lambda ident: ident.add_agent(
        args.name, _read_password(args, f"Password for {args.name}"), args.role,
        store=args.store, team=args.team))
    print(f"Agent {info.name} ({info.role}) added; id {info.id}.")
    return 0


def run_agent_list(args: argparse.Namespace) -> int:
    agents = _with_identity(args, lambda ident: ident.agents())
    if not agents:
        print("No agents yet: add the first administrator with "
              "`carecenter hub agent add NAME --role admin`.")
    for a in agents:
        state = "disabled" if a.disabled else "active"
        print(f"{a.name}\t{a.role}\t{a.store or '-'}\t{state}\t{a.id}")
    return 0


def run_agent_role(args: argparse.Namespace) -> int:
    info = _with_identity(args, lambda ident: ident.set_role(args.name, args.role))
    print(f"{info.name} is now {info.role}; every workstation learns it at its next sync.")
    return 0


def run_agent_disable(args: argparse.Namespace) -> int:
    info = _with_identity(args, lambda ident: ident.set_disabled(args.name, args.disabled))
    state = ("disabled: every device of theirs is refused from now on" if info.disabled
             else "enabled")
    print(f"{info.name} is {state}.")
    return 0


def run_agent_password(args: argparse.Namespace) -> int:
    _with_identity(args, lambda ident: ident.set_password(
        args.name, _read_password(args, f"New password for {args.name}")))
    print(f"The password of {args.name} was changed.")
    return 0


def run_device_list(args: argparse.Namespace) -> int:
    devices = _with_identity(args, lambda ident: ident.devices(agent=args.agent))
    for d in devices:
        state = f"revoked {formats.date_time(d.revoked_at)}" if d.revoked_at else "active"
        seen = formats.date_time(d.last_seen) if d.last_seen else "-"
        print(f"{d.id}\t{d.agent_name}\t{d.label or '-'}\tlast seen {seen}\t{state}")
    return 0


def run_device_revoke(args: argparse.Namespace) -> int:
    d = _with_identity(args, lambda ident: ident.revoke(args.device))
    print(f"Device {d.id} of {d.agent_name} is revoked: its next request is refused.")
    return 0
