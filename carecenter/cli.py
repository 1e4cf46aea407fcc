"""The ``carecenter`` command (design.md section 5). With no sub-command: the console.

Errors reach the user as one sentence on stderr with a non-zero exit code, never a
traceback. Sub-commands live in ``carecenter/commands/``, one module each.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from carecenter import __version__

# Each module has register(subparsers) and sets args.run(args) -> int.
COMMAND_MODULES = (
    "carecenter.commands.gui",
    "carecenter.commands.demo",
    "carecenter.commands.search",
    "carecenter.commands.export",
    "carecenter.commands.sync",
    "carecenter.commands.login",
    "carecenter.commands.hub",
    "carecenter.commands.bench",
    "carecenter.commands.cases",
    "carecenter.commands.published",
    "carecenter.commands.remedies",
    "carecenter.commands.imports",
    "carecenter.commands.campaign",
    "carecenter.commands.calllist",
    "carecenter.commands.backup",
    "carecenter.commands.integrate",
)


class UserError(Exception):
    """A failure to report as one sentence: what, why, what to do."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="carecenter", description="CareCenter customer-care console.")
    parser.add_argument("--version", action="version", version=f"carecenter {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    # No sub-command (or only console options such as --call): open the console.
    if not argv or (argv[0].startswith("-") and argv[0] not in ("-h", "--help", "--version")):
        argv = ["gui", *argv]
    args = parser.parse_args(argv)
    from carecenter.db.store import StoreError
    from carecenter.problems import Refused

    try:
        return int(args.run(args))
    except (UserError, StoreError) as exc:
        print(f"carecenter: {exc}", file=sys.stderr)
        return 2
    except Refused as exc:
        from carecenter.commands.refusal_words import refusal_sentence

        print(f"carecenter: {refusal_sentence(exc)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("carecenter: stopped.", file=sys.stderr)
        return 130
    except OSError as exc:
        where = f" ({exc.filename})" if exc.filename else ""
        print(f"carecenter: {exc.strerror or exc}{where}.", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
