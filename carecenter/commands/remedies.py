"""``carecenter remedies|policy export|import``: the remedy catalogue and the authority
policy, for administrators. Both are data in the store and reach every workstation by
sync; until one is imported the shipped defaults apply (and are what export writes).

    carecenter remedies export --db PATH FILE
    carecenter remedies import --db PATH FILE
    carecenter policy export --db PATH FILE
    carecenter policy import --db PATH FILE

An import is all or nothing: a broken file is reported with its line and nothing
changes; importing the same file twice changes nothing the second time.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from carecenter.commands.common import add_db, open_store
from carecenter.services.decisions.authority_files import (
    PolicyFileError,
    dump_catalogue,
    dump_policy,
    load_catalogue_file,
    load_policy_file,
)
from carecenter.services.decisions.catalogue import (
    ImportResult,
    catalogue,
    import_catalogue,
    import_policy,
    policy,
)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    for name, what in (("remedies", "the remedy catalogue"), ("policy", "the authority policy")):
        p = sub.add_parser(name, help=f"export or import {what} (TOML)")
        actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
        for action, verb in (("export", "write"), ("import", "read")):
            a = actions.add_parser(action, help=f"{verb} {what} as TOML")
            add_db(a)
            a.add_argument("file", type=Path, metavar="FILE", help="the TOML file")
            a.set_defaults(run=run, what=name)


def run(args: argparse.Namespace) -> int:
    from carecenter.cli import UserError

    remedies = args.what == "remedies"
    if args.action == "import":
        try:  # read and check the whole file before the store is opened
            new_catalogue = load_catalogue_file(args.file) if remedies else None
            new_policy = None if remedies else load_policy_file(args.file)
        except PolicyFileError as exc:
            raise UserError(str(exc).rstrip(".") + "; nothing was imported.") from exc
    store = open_store(args)
    try:
        if args.action == "export":
            _write(args.file, dump_catalogue(catalogue(store)) if remedies
                   else dump_policy(policy(store)))
            print(f"Exported {_what(args.what)} to {args.file}.")
            return 0
        if new_catalogue is not None:
            result = import_catalogue(store, new_catalogue)
        else:
            assert new_policy is not None
            result = import_policy(store, new_policy)
    finally:
        store.close()
    print(_summary(args.what, args.file, result))
    return 0


def _what(name: str) -> str:
    return "the remedy catalogue" if name == "remedies" else "the authority policy"


def _write(path: Path, text: str) -> None:
    """Write through a temporary file, so a failed export never leaves half a file."""
    tmp = path.with_name(f".{path.name}.tmp")
    with tmp.open("w", encoding="utf-8", newline="\n") as f:
        f.write(text)
        f.flush()
        os.fsync(f.fileno())
    tmp.replace(path)


def _summary(name: str, path: Path, r: ImportResult) -> str:
    if not (r.added or r.changed or r.retired):
        return f"Imported {path}: {_what(name)} was already the same; nothing changed."
    noun = "remedies" if name == "remedies" else "roles"
    parts = [f"{r.added} added", f"{r.changed} changed"]
    if name == "remedies":
        parts.append(f"{r.retired} retired")
    parts.append(f"{r.unchanged} unchanged")
    return f"Imported {path}: {noun} " + ", ".join(parts) + "."
