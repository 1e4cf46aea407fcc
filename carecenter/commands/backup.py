"""``carecenter backup`` and ``carecenter restore``: a copy of the local store taken while
the console may be writing, and putting one back (carecenter/db/backup.py)."""

from __future__ import annotations

import argparse
from pathlib import Path

from carecenter import formats
from carecenter.cli import UserError
from carecenter.commands.backup_words import backup_sentence
from carecenter.db.backup import BackupRefused, backup, connect_for, restore
from carecenter.db.store import default_store_path


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("backup", help="copy the local store to a backup file (owner-only)")
    p.add_argument("--db", type=Path, default=None, metavar="PATH",
                   help=f"the local store (default: {default_store_path()})")
    p.add_argument("--out", type=Path, required=True, metavar="FILE",
                   help="the backup file to write (replaced if it exists)")
    p.set_defaults(run=run_backup)
    r = sub.add_parser("restore", help="put a backup back as the local store")
    r.add_argument("--backup", type=Path, required=True, metavar="FILE",
                   help="the backup file to put back, made by carecenter backup")
    r.add_argument("--db", type=Path, default=None, metavar="PATH",
                   help=f"the local store to replace (default: {default_store_path()})")
    r.set_defaults(run=run_restore)


def run_backup(args: argparse.Namespace) -> int:
    db = args.db if args.db is not None else default_store_path()
    try:
        info = backup(db, args.out, connect_for(db))
    except BackupRefused as exc:
        raise UserError(backup_sentence(exc)) from None
    print(f"Backed up {db} to {args.out} ({info.outbox} changes not yet sent to the hub); "
          "only you can read the file.")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    db = args.db if args.db is not None else default_store_path()
    try:
        result = restore(args.backup, db, connect_for(args.backup))
    except BackupRefused as exc:
        raise UserError(backup_sentence(exc)) from None
    kept = f"; the store it replaced is kept as {result.replaced}" if result.replaced else ""
    taken = formats.iso_date_time(result.backup.taken_at)
    print(f"Restored {db} from the backup of {taken}{kept}. "
          "Sync to bring it up to date.")
    return 0
