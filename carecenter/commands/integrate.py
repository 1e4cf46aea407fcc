"""``carecenter integrate [--remove]``: make the console the current user's handler of
``tel:`` and ``callto:`` links, or undo exactly that (carecenter/integrate.py)."""

from __future__ import annotations

import argparse
import subprocess

from carecenter.cli import UserError
from carecenter.integrate import Method, integrate


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("integrate",
                       help="open tel: and callto: links with the console (this user)")
    p.add_argument("--remove", action="store_true",
                   help="undo what integrate registered, and only that")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    try:
        outcome = integrate(remove=args.remove)
    except subprocess.CalledProcessError as exc:
        raise UserError(f"xdg-mime could not set the default for phone links (exit "
                        f"{exc.returncode}); nothing else was changed.") from None
    if outcome.method is Method.BUNDLE:
        print("On macOS the app declares tel: and callto: itself: copy CareCenter.app to "
              "Applications and open it once; there is nothing to register.")
        return 0
    if args.remove:
        print("Removed CareCenter as the handler of tel: and callto: links"
              + (f" ({', '.join(outcome.changed)})." if outcome.changed
                 else ": it was not registered."))
        return 0
    how = {Method.XDG_MIME: "set as default with xdg-mime",
           Method.MIMEAPPS: "set as default in mimeapps.list",
           Method.REGISTRY: "in the registry of this user"}[outcome.method]
    where = f" ({', '.join(outcome.changed)})" if outcome.changed else ", as it already was"
    print(f"tel: and callto: links now open CareCenter ({' '.join(outcome.command)}), "
          f"{how}{where}.")
    return 0
