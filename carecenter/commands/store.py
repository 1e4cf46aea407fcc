"""``carecenter store encrypt --db PATH``: convert a plain store into an encrypted one, in
place (carecenter/db/encrypt.py). Running it again on the encrypted store says so and
exits 0."""

from __future__ import annotations

import argparse

from carecenter.commands.common import add_db
from carecenter.db.store import StoreCode, StoreError, default_store_path


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("store", help="look after the local store file (encrypt it)")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    e = actions.add_parser(
        "encrypt", help="encrypt a plain store in place",
        description="Encrypt the plain store in place under a new key kept in the OS "
                    "keyring (where there is none, under a passphrase asked now and at each "
                    "start). A backup is kept beside it until the encrypted copy has been "
                    "checked (every table's rows, the outbox's too). Close the console first.")
    add_db(e)
    e.set_defaults(run=run_encrypt)


def run_encrypt(args: argparse.Namespace) -> int:
    from carecenter.commands.words import store_sentence
    from carecenter.db.encrypt import encrypt_store

    path = args.db if args.db is not None else default_store_path()
    try:
        done = encrypt_store(path)
    except StoreError as exc:
        if exc.code is StoreCode.ENCRYPTED:
            print(store_sentence(exc.code.value, path))
            return 0
        raise
    where = "its key is in this computer's keyring" if done.in_keyring \
        else "its passphrase is asked at each start"
    print(f"Encrypted {path}: {done.rows} rows in {done.tables} tables, "
          f"{done.outbox} changes not yet sent to the hub; {where}.")
    return 0
