"""The ``carecenter`` command (design.md section 5). With no sub-command: the console.

Errors reach the user as one sentence on stderr with a non-zero exit code, never a
traceback. Sub-commands live in ``carecenter/commands/``, one module each.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import sys
from collections.abc import Sequence
from pathlib import Path

from carecenter import __version__

# Each module has register(subparsers) and sets args.run(args) -> int.
COMMAND_MODULES = (
    "carecenter.commands.gui",
    "carecenter.commands.init",
    "carecenter.commands.demo",
    "carecenter.commands.search",
    "carecenter.commands.export",
    "carecenter.commands.sync",
    "carecenter.commands.login",
    "carecenter.commands.hub",
    "carecenter.commands.bench",
    "carecenter.commands.cases",
    "carecenter.commands.published",
    "carecenter.commands.charter",
    "carecenter.commands.remedies",
    "carecenter.commands.imports",
    "carecenter.commands.campaign",
    "carecenter.commands.calllist",
    "carecenter.commands.backup",
    "carecenter.commands.store",
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
    try:
        code = _run(args)
        sys.stdout.flush()  # here, where a closed pipe is caught, not at exit
        return code
    except BrokenPipeError:
        return _closed_pipe()


def _run(args: argparse.Namespace) -> int:
    from carecenter.db.store import StoreError
    from carecenter.problems import Refused

    try:
        return _with_passphrase(args)
    except UserError as exc:
        print(f"carecenter: {exc}", file=sys.stderr)
        return 2
    except StoreError as exc:
        print(f"carecenter: {_store_words(exc, args, exc.code) or exc}", file=sys.stderr)
        return 2
    except Refused as exc:
        from carecenter.commands.refusal_words import refusal_sentence

        print(f"carecenter: {refusal_sentence(exc)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("carecenter: stopped.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        raise
    except Exception as exc:
        # A store the work found read-only, locked, or on a full disk: one sentence.
        from carecenter.db.store import store_fault

        code = store_fault(exc, Path(str(_store_path(args))))
        if isinstance(exc, OSError) and exc.filename is not None \
                and not str(exc.filename).startswith(str(_store_path(args))):
            code = None  # another file (the one imported, a report): said below
        if (sentence := _store_words(exc, args, code)) is not None:
            print(f"carecenter: {sentence}", file=sys.stderr)
            return 2
        if not isinstance(exc, OSError):
            raise
        where = f" ({exc.filename})" if exc.filename else ""
        print(f"carecenter: {exc.strerror or exc}{where}.", file=sys.stderr)
        return 2


def _with_passphrase(args: argparse.Namespace) -> int:
    """Run the command; an encrypted store on a computer without a keyring: its passphrase
    asked once (commands/passphrase.py), kept in memory, and the command run again."""
    from carecenter.db.store import StoreCode, StoreError

    try:
        return int(args.run(args))
    except StoreError as exc:
        if exc.code is not StoreCode.KEY_NEEDED or exc.path is None:
            raise
        from carecenter.commands.passphrase import ask_passphrase
        from carecenter.db.cipher import provide_passphrase

        provide_passphrase(exc.path, ask_passphrase(exc.path))
        return int(args.run(args))


def _store_words(exc: BaseException, args: argparse.Namespace, code: object) -> str | None:
    from carecenter.commands.words import store_sentence

    if code is None:
        return None
    return store_sentence(str(code), getattr(exc, "path", None) or _store_path(args))


def _store_path(args: argparse.Namespace) -> object:
    from carecenter.db.store import default_store_path

    return getattr(args, "db", None) or default_store_path()


def _closed_pipe() -> int:
    """The reader of our output went away (``carecenter search ... | head``): end quietly,
    and point stdout at nothing so that the flush at exit does not complain again."""
    import os

    with contextlib.suppress(OSError, ValueError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0


if __name__ == "__main__":
    sys.exit(main())
