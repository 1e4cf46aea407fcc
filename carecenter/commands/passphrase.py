"""A store's passphrase, asked on the command line where there is no keyring: at the
terminal without echo, else one line of standard input. Kept in this process only."""

from __future__ import annotations

import getpass
import sys
from pathlib import Path

from carecenter.cli import UserError


def ask_passphrase(path: Path) -> str:
    """The passphrase for the store at ``path`` (asked twice for a new store at a terminal,
    so that a typing slip does not lock the store for ever)."""
    new = not path.exists() or path.stat().st_size == 0
    if not sys.stdin.isatty():
        answer = sys.stdin.readline().rstrip("\r\n")
    else:
        answer = getpass.getpass(f"Passphrase for the store {path}: ")
        if new and getpass.getpass("The same passphrase again: ") != answer:
            raise UserError("The two passphrases differ; nothing was created: try again.")
    if not answer:
        raise UserError(f"No passphrase was given for the store {path}; it was left "
                        "untouched: give one (the store is encrypted, there is no keyring).")
    return answer
